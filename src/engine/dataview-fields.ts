/**
 * Dataview's inline fields in a note's text, read as Dataview reads them:
 * `key:: value` on a line of its own (also as a list item or a task, or in
 * a quote), and `[key:: value]` or `(key:: value)` anywhere in a line. Code
 * (fenced blocks and `inline code`) is not read, as Dataview does not read
 * it. Nothing is interpreted here: keys and values are the text written.
 */

export type DataviewForm = 'line' | 'bracket' | 'paren';

export interface DataviewField {
  /** The key as written, without its bold or italic marks (`**Interviewer**` is `Interviewer`). */
  key: string;
  /** The value as written, trimmed; may be empty. */
  value: string;
  /** The line it is on, counted from 0 in the text given. */
  line: number;
  form: DataviewForm;
}

/** A key as Dataview accepts one: no brackets, colons or backticks. */
const KEY = String.raw`[^\[\]():\x60\n]+?`;

/** A field that is the whole line, after any quote marks, list marker and task box. */
const LINE_FIELD = new RegExp(String.raw`^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[.\][ \t]+)?(${KEY})::(.*)$`);

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** `**Interviewer**` or `_role_` as the key it names. */
function plainKey(key: string): string {
  return key.trim().replace(/^[*_~=]+|[*_~=]+$/g, '').trim();
}

/** The line with `inline code` blanked out, so that fields in it are not read (its length is kept). */
function withoutCode(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
}

/** Where the bracket opened at `open` closes, counting nested brackets of its kind; -1 when it never does. */
function closingOf(line: string, open: number): number {
  const opener = line.charAt(open);
  const closer = opener === '[' ? ']' : ')';
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}

const INLINE_START = new RegExp(String.raw`^(${KEY})::`);

/** `[key:: value]` and `(key:: value)` in one line. */
function inlineFields(line: string, index: number): DataviewField[] {
  const found: DataviewField[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    // `[[a link]]` and `![[an embed]]` are not fields.
    if ((c !== '[' && c !== '(') || line.charAt(i + 1) === '[' || (c === '[' && line.charAt(i - 1) === '[')) continue;
    const m = INLINE_START.exec(line.slice(i + 1));
    if (m === null) continue;
    const close = closingOf(line, i);
    if (close === -1) continue;
    const key = plainKey(m[1] as string);
    if (key !== '') {
      found.push({ key, value: line.slice(i + 1 + m[0].length, close).trim(), line: index, form: c === '[' ? 'bracket' : 'paren' });
    }
    i = close;
  }
  return found;
}

/** Every inline field of the text, in the order written. */
export function dataviewFields(text: string): DataviewField[] {
  const fields: DataviewField[] = [];
  let fence: string | null = null;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '');
    const f = FENCE.exec(raw);
    if (fence !== null) {
      if (f !== null && (f[1] as string).charAt(0) === fence.charAt(0) && (f[1] as string).length >= fence.length && raw.trim() === f[1]) fence = null;
      continue;
    }
    if (f !== null) {
      fence = f[1] as string;
      continue;
    }
    const line = withoutCode(raw);
    const inline = inlineFields(line, index);
    if (inline.length > 0) {
      fields.push(...inline);
      continue;
    }
    const m = LINE_FIELD.exec(line);
    if (m === null) continue;
    const key = plainKey(m[1] as string);
    if (key !== '') fields.push({ key, value: raw.slice(raw.length - (m[2] as string).length).trim(), line: index, form: 'line' });
  }
  return fields;
}
