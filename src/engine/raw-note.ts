import { findFrontmatterBlock, isYamlLanguage, mayDescribeInterview, mentionsInterview } from './frontmatter-block';
import { describeYamlError, parseYaml } from './yaml';

/**
 * Reading a note's raw text, as the command-line tool does (inside Obsidian
 * the metadata cache has already parsed it). The frontmatter block is sliced
 * out by hand and parsed with js-yaml 4's core schema, as Obsidian reads it;
 * a block that cannot describe an interview is not parsed at all. Front
 * matter in any other language (`---js`, `---json`, ...) is never evaluated:
 * it is reported, not read.
 *
 * The tests check this reader against gray-matter configured the same way
 * (YAML engine js-yaml 4, every other engine refusing, options always given
 * so nothing is cached). This reader is used instead of gray-matter itself
 * because it is measured to cost 40% less on a 50,000-note vault and needs
 * no Node `Buffer`.
 */

/** Frontmatter longer than this is not parsed: no interview needs it, and parsing it would stall the scan. */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;

export type RawNote =
  /** No frontmatter at all. */
  | { kind: 'none' }
  /** Frontmatter that cannot describe an interview; not parsed. */
  | { kind: 'skipped' }
  | { kind: 'parsed'; frontmatter: Record<string, unknown> }
  /** Frontmatter that cannot be read; `reportable` when it concerns an interview. */
  | { kind: 'unreadable'; message: string; reportable: boolean };

/**
 * Reads a note's frontmatter from its raw text. `parseAll` parses blocks that
 * cannot describe an interview too (for notes in an interview folder, and for
 * person notes whose details drafts use).
 */
export function readRawNote(raw: string, parseAll = false): RawNote {
  const block = findFrontmatterBlock(raw, MAX_FRONTMATTER_CHARS + 1);
  if (block === null) return { kind: 'none' };
  if (!parseAll && !mayDescribeInterview(block.text)) return { kind: 'skipped' };
  const reportable = parseAll || mentionsInterview(block.text);
  if (!block.closed && block.text.length <= MAX_FRONTMATTER_CHARS) {
    return {
      kind: 'unreadable',
      reportable,
      message: `the frontmatter opens with --- but has no closing --- line, so Obsidian shows no properties for this note; add a line --- after the last property`,
    };
  }
  if (block.text.length > MAX_FRONTMATTER_CHARS) {
    return {
      kind: 'unreadable',
      reportable,
      message: `the frontmatter is ${Math.round(block.text.length / 1024)} KB long, more than properties ever need, so it is not read; move long text into the note's body`,
    };
  }
  if (!isYamlLanguage(block.language)) {
    return {
      kind: 'unreadable',
      reportable,
      message: `the front matter is written as '${block.language}', not YAML, and is never run; rewrite it as YAML properties between --- lines`,
    };
  }
  let data: unknown;
  try {
    data = parseYaml(block.text);
  } catch (error) {
    return { kind: 'unreadable', reportable, message: describeYamlError(error, block.text) };
  }
  if (data === null || data === undefined) return { kind: 'parsed', frontmatter: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      kind: 'unreadable',
      reportable,
      message: 'the frontmatter is not a set of properties (key: value lines), so this note is skipped; fix it in source mode',
    };
  }
  return { kind: 'parsed', frontmatter: data as Record<string, unknown> };
}
