import { findFrontmatterBlock } from './frontmatter-block';
import type { Problem } from './interview-note';
import { fieldLookup, normalizeKey } from './keys';

/** `... on line 5 of the note ...`, as the YAML messages say it. */
const LINE_IN_MESSAGE = /\bline (\d+) of the note\b/;

/** A property line's key: `company:`, `"Promised Date":`, `interviewer::`. */
const KEY_LINE = /^(?:"([^"]*)"|'([^']*)'|([^\s#\-:][^:]*?))\s*:/;

/**
 * The line of the note (1 for its first) a problem is about, so that a
 * person can be taken to it: the line a YAML message names, else the line
 * of the field's key in the frontmatter (under any of its names), else the
 * opening `---` for the frontmatter as a whole. Null when the field is not
 * written at all (a missing date).
 */
export function lineOfProblem(text: string, problem: Problem, propertyNames?: Readonly<Record<string, string>>): number | null {
  const named = LINE_IN_MESSAGE.exec(problem.message);
  if (named !== null) return Number(named[1]);
  const block = findFrontmatterBlock(text);
  if (block === null) return null;
  if (problem.field === null) return 1;
  const lookup = fieldLookup(propertyNames);
  const lines = block.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i] ?? '');
    if (m === null) continue;
    const key = m[1] ?? m[2] ?? m[3] ?? '';
    if (lookup.get(normalizeKey(key))?.field === problem.field) return i + 2;
  }
  return null;
}
