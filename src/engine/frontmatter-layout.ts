import { findFrontmatterBlock, isYamlLanguage } from './frontmatter-block';
import { readRawNote } from './raw-note';
import { parseYaml, yamlErrorReason } from './yaml';

/**
 * A note's frontmatter as lines, for editing it in place: where it starts
 * and ends, each line with its own line ending, and its properties, read
 * twice (as the edit sees them and as the agenda reads them) and refused
 * unless both agree.
 */

export type EditRefusal = 'not-yaml' | 'unparseable' | 'not-properties' | 'unclosed' | 'cannot-change' | 'unverified';

/** A note that cannot be edited safely; `message` is one plain sentence. */
export class FrontmatterEditError extends Error {
  constructor(
    readonly refusal: EditRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'FrontmatterEditError';
  }
}

export const BOM = '\uFEFF';
export const LEFT_AS_IT_WAS = 'the note was left as it was';

export interface Line {
  /** Without its line ending. */
  text: string;
  eol: string;
}

export interface Layout {
  bom: string;
  /** The note's line ending, for lines that are added. */
  eol: string;
  /** Whether the note has a frontmatter block. */
  exists: boolean;
  /** Where the first frontmatter line starts. */
  start: number;
  /** Where the closing `---` line starts: from here on the note is kept byte for byte. */
  end: number;
  lines: Line[];
  properties: Record<string, unknown>;
}

/** Whether two YAML values are the same (lists and maps compared item by item, key order aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
}

function yamlMessage(error: unknown): string {
  return `the frontmatter is not valid YAML (${yamlErrorReason(error)}); ${LEFT_AS_IT_WAS}, so fix it in source mode first`;
}

export function splitLines(text: string): Line[] {
  if (text === '') return [];
  return text
    .slice(0, -1)
    .split('\n')
    .map((t) => (t.endsWith('\r') ? { text: t.slice(0, -1), eol: '\r\n' } : { text: t, eol: '\n' }));
}

/** The note's frontmatter, line by line, with its properties read and checked. */
export function readLayout(raw: string): Layout {
  const bom = raw.startsWith(BOM) ? BOM : '';
  const block = findFrontmatterBlock(raw);
  if (block === null) {
    const nl = raw.indexOf('\n');
    const eol = nl > 0 && raw.charAt(nl - 1) === '\r' ? '\r\n' : '\n';
    return { bom, eol, exists: false, start: bom.length, end: bom.length, lines: [], properties: {} };
  }
  if (!isYamlLanguage(block.language)) {
    throw new FrontmatterEditError(
      'not-yaml',
      `the front matter is written as '${block.language}', not YAML, and is never run; ${LEFT_AS_IT_WAS}, so rewrite it as YAML properties between --- lines`,
    );
  }
  if (!block.closed) throw new FrontmatterEditError('unclosed', `the frontmatter has no closing --- line; ${LEFT_AS_IT_WAS}, so close it first`);
  const openEnd = block.start - 1;
  const start = block.start;
  const end = block.close;
  let data: unknown;
  try {
    // Read without the block's last line break, exactly as the agenda reads it.
    data = parseYaml(block.text) ?? {};
  } catch (error) {
    throw new FrontmatterEditError('unparseable', yamlMessage(error));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterEditError('not-properties', `the frontmatter is not a set of properties (key: value lines); ${LEFT_AS_IT_WAS}`);
  }
  const properties = data as Record<string, unknown>;
  const read = readRawNote(raw, true);
  if (read.kind !== 'parsed' || !sameValue(read.frontmatter, properties)) {
    throw new FrontmatterEditError('unverified', `the frontmatter could not be read the same way twice; ${LEFT_AS_IT_WAS}`);
  }
  const eol = raw.charAt(openEnd - 1) === '\r' ? '\r\n' : '\n';
  return { bom, eol, exists: true, start, end, lines: splitLines(raw.slice(start, end)), properties };
}

