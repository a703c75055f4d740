import { CORE_SCHEMA, dump } from 'js-yaml';
import { nameToWrite } from './keys';
import { keyOfField, nextValue, RecordError, type FrontmatterChange, type Recording } from './record';
import { FrontmatterEditError, LEFT_AS_IT_WAS, readLayout, sameValue, type Layout, type Line } from './frontmatter-layout';
import { readRawNote } from './raw-note';
import { parseYaml } from './yaml';

export { FrontmatterEditError, sameValue, type EditRefusal } from './frontmatter-layout';

/**
 * Recording in a note's raw text, for the command line: only the lines of the
 * one key being recorded change. The body's bytes, every other frontmatter
 * line, comments, the line endings and a byte-order mark stay exactly as
 * they were. Every edit is checked by reading the new text back as the
 * agenda reads it: the recorded field must hold the intended value and every
 * other property must be unchanged, or the edit is refused.
 */

export interface FrontmatterEdit {
  /** The note's new text (the same text when nothing changed). */
  text: string;
  changed: boolean;
  /** The key written for each changed field, in the note's own spelling where it had one. */
  keys: string[];
}

/** The key a top-level line starts, and where its `:` is; null for other lines. */
function keyOfLine(text: string): { key: string; colon: number } | null {
  let keyEnd: number;
  const first = text.charAt(0);
  if (first === '"' || first === "'") {
    let i = 1;
    while (i < text.length) {
      const c = text.charAt(i);
      if (first === '"' && c === '\\') i += 2;
      else if (c === first && first === "'" && text.charAt(i + 1) === "'") i += 2;
      else if (c === first) break;
      else i += 1;
    }
    keyEnd = i + 1;
  } else {
    if (first === '' || /[\s#\-?:,[\]{}&*!|>%@`]/.test(first)) return null;
    const m = /:(?=[ \t]|$)/.exec(text);
    if (m === null || /[ \t]#/.test(text.slice(0, m.index))) return null;
    keyEnd = m.index;
  }
  const colon = text.indexOf(':', keyEnd);
  if (colon === -1 || text.slice(keyEnd, colon).trim() !== '') return null;
  try {
    const key = parseYaml(text.slice(0, keyEnd));
    // js-yaml names a property by its key's text: `null`, `12`, `true`.
    if (typeof key === 'string') return { key, colon };
    if (typeof key === 'number' || typeof key === 'boolean') return { key: String(key), colon };
    return key === null ? { key: 'null', colon } : null;
  } catch {
    return null;
  }
}

/** The last line of a top-level key's value: its continuation lines, not trailing blank lines or comments. */
function lastLineOf(lines: readonly Line[], i: number, blockScalar: boolean): number {
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const t = (lines[j] as Line).text;
    if (t.trim() === '') continue;
    if (/^[ \t]/.test(t)) {
      if (blockScalar || !/^[ \t]*#/.test(t)) last = j;
    } else if (/^-(?:[ \t]|$)/.test(t)) {
      last = j;
    } else if (blockScalar || !t.startsWith('#')) {
      break;
    }
  }
  return last;
}

/** A one-line value split from its comment: `  2026-11-20   # by email`. */
function splitComment(rest: string, value: unknown): { lead: string; valueText: string; gap: string; comment: string } {
  const lead = /^[ \t]*/.exec(rest)?.[0] ?? '';
  for (let p = rest.indexOf('#'); p !== -1; p = rest.indexOf('#', p + 1)) {
    if (p > 0 && !/[ \t]/.test(rest.charAt(p - 1))) continue;
    const before = rest.slice(0, p);
    try {
      const parsed = parseYaml(`k:${before}`) as Record<string, unknown> | null;
      if (parsed !== null && typeof parsed === 'object' && sameValue(parsed.k, value)) {
        const valueText = before.trim();
        return { lead, valueText, gap: valueText === '' ? ' ' : before.slice(before.trimEnd().length), comment: rest.slice(p) };
      }
    } catch {
      // This `#` is inside the value: look further.
    }
  }
  return { lead, valueText: rest.trim(), gap: '', comment: '' };
}

/** A value on one line, as js-yaml writes it (dates and plain words unquoted). */
function inline(value: unknown): string {
  return dump(value, { schema: CORE_SCHEMA, flowLevel: 0, lineWidth: -1 }).replace(/\n$/, '');
}

/** Text in the quotes of `sample` when it is quoted (`'2026-11-16'`), so a list or a line keeps its style. */
function like(sample: string | undefined, value: unknown): string {
  if (typeof value !== 'string' || sample === undefined || sample.length < 2) return inline(value);
  if (sample.startsWith("'") && sample.endsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (sample.startsWith('"') && sample.endsWith('"')) return JSON.stringify(value);
  return inline(value);
}

const ITEM = /^([ \t]*)-([ \t]+)/;
const BLOCK_SCALAR = /^[ \t]*[|>][1-9+-]*[ \t]*(?:#.*)?$/;

/** The new lines for a key that holds `current` and is to hold `next` (an existing key at line `i`). */
function replacement(lines: readonly Line[], i: number, colon: number, current: unknown, next: unknown, eol: string): { from: number; to: number; lines: string[] } {
  const text = (lines[i] as Line).text;
  const keyPart = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  const last = lastLineOf(lines, i, BLOCK_SCALAR.test(rest));
  const single = last === i;
  const { lead, valueText, gap, comment } = single ? splitComment(rest, current) : { lead: ' ', valueText: '', gap: '', comment: '' };
  const space = lead === '' ? ' ' : lead;
  const withComment = (line: string): string => (comment === '' ? line : `${line}${gap === '' ? ' ' : gap}${comment}`);
  if (!Array.isArray(next)) return { from: i, to: last, lines: [withComment(`${keyPart}:${space}${like(valueText, next)}`)] };
  const added = next.slice(Array.isArray(current) ? current.length : 0);
  if (Array.isArray(current) && single && valueText.startsWith('[') && valueText.endsWith(']')) {
    const inner = valueText.slice(1, -1);
    const body = inner.trimEnd();
    const sep = inner.includes(',') && !inner.includes(', ') ? ',' : ', ';
    const lastItem = body.slice(body.lastIndexOf(',') + 1).trim();
    const items = added.map((v) => like(lastItem, v)).join(sep);
    const list = body.trim() === '' ? `[${items}]` : `[${body}${sep}${items}${inner.slice(body.length)}]`;
    return { from: i, to: i, lines: [withComment(`${keyPart}:${space}${list}`)] };
  }
  const firstItem = lines.slice(i + 1, last + 1).find((l) => l.text.trim() !== '' && !/^[ \t]*#/.test(l.text));
  const style = firstItem === undefined ? null : ITEM.exec(firstItem.text);
  const keyLineEmpty = /^[ \t]*(?:#.*)?$/.test(rest);
  if (Array.isArray(current) && !single && keyLineEmpty && style) {
    const lastItem = (lines[last] as Line).text.replace(ITEM, '').trim();
    const item = (v: unknown): string => `${style[1] ?? ''}-${style[2] ?? ' '}${like(lastItem, v)}`;
    return { from: last + 1, to: last, lines: added.map(item) };
  }
  if (!Array.isArray(current) && (single || current === null || current === undefined)) {
    const oldText = single && valueText !== '' && next.length > 1 && !/^(?:~|null|Null|NULL)$/.test(valueText) ? valueText : null;
    const items = next.map((v, n) => `  - ${n === 0 && oldText !== null ? oldText : inline(v)}`);
    const keyLine = comment === '' ? `${keyPart}:` : `${keyPart}:${space}${comment}`;
    return { from: i, to: last, lines: [keyLine, ...items] };
  }
  return { from: i, to: last, lines: [`${keyPart}:${space}${inline(next)}`] };
}

function applyChange(raw: string, change: FrontmatterChange, propertyNames?: Readonly<Record<string, string>>): { text: string; key: string } | null {
  const layout = readLayout(raw);
  const key = keyOfField(layout.properties, change.field, propertyNames);
  const newKey = nameToWrite(change.field, propertyNames);
  const current = key === null ? undefined : layout.properties[key];
  let next;
  try {
    next = nextValue(current, change);
  } catch (error) {
    if (error instanceof RecordError) throw new FrontmatterEditError('cannot-change', `${error.message}; ${LEFT_AS_IT_WAS}`);
    throw error;
  }
  if (next.unchanged) return null;
  const { eol } = layout;
  let text: string;
  if (key === null) {
    const value = next.value;
    const keyText = inlineKey(newKey);
    const added = Array.isArray(value) ? [`${keyText}:`, ...value.map((v) => `  - ${inline(v)}`)] : [`${keyText}: ${inline(value)}`];
    const block = added.map((l) => l + eol).join('');
    text = layout.exists
      ? raw.slice(0, layout.end) + block + raw.slice(layout.end)
      : `${layout.bom}---${eol}${block}---${eol}${raw.slice(layout.bom.length)}`;
  } else {
    const i = layout.lines.findIndex((l) => keyOfLine(l.text)?.key === key);
    if (i === -1) throw unverified(change.field);
    const colon = (keyOfLine((layout.lines[i] as Line).text) as { colon: number }).colon;
    const r = replacement(layout.lines, i, colon, current, next.value, eol);
    const kept = (l: Line): string => l.text + l.eol;
    const before = layout.lines.slice(0, r.from).map(kept).join('');
    const after = layout.lines.slice(r.to + 1).map(kept).join('');
    // A replaced line keeps its own line ending; added lines take the note's.
    const ownEol = r.to >= r.from ? (layout.lines[r.to] as Line).eol : eol;
    const middle = r.lines.map((l, n) => l + (n === r.lines.length - 1 ? ownEol : eol)).join('');
    text = raw.slice(0, layout.start) + before + middle + after + raw.slice(layout.end);
  }
  verify(raw, text, layout, { ...layout.properties, [key ?? newKey]: next.value }, change.field);
  return { text, key: key ?? newKey };
}

function unverified(field: string): FrontmatterEditError {
  return new FrontmatterEditError(
    'unverified',
    `${field} could not be written without changing the rest of the frontmatter; ${LEFT_AS_IT_WAS}, so set it in Obsidian's Properties or by hand`,
  );
}

/** The new text must keep what lies before and after the frontmatter, and read back as expected. */
function verify(raw: string, text: string, layout: Layout, expected: Record<string, unknown>, field: string): void {
  const read = readRawNote(text, true);
  const kept = text.startsWith(raw.slice(0, layout.start)) && text.endsWith(raw.slice(layout.end));
  if (!kept || read.kind !== 'parsed' || !sameValue(read.frontmatter, expected)) throw unverified(field);
}

/** A key as YAML needs it written: a person's own name such as `Interview Day` is plain; one with `: ` or a leading special character is quoted. */
function inlineKey(key: string): string {
  return /^[A-Za-z_][\w .-]*$/.test(key) && !/\s$/.test(key) ? key : JSON.stringify(key);
}

/**
 * Records a change in a note's raw text. Throws `FrontmatterEditError` for a
 * note that cannot be edited safely: frontmatter that is not YAML, that
 * cannot be parsed, that is not a set of properties, or an edit that would
 * change anything besides the recorded fields.
 */
export function editFrontmatter(
  raw: string,
  recording: Recording | readonly FrontmatterChange[],
  propertyNames?: Readonly<Record<string, string>>,
): FrontmatterEdit {
  const changes = 'changes' in recording ? recording.changes : recording;
  let text = raw;
  const keys: string[] = [];
  readLayout(raw);
  for (const change of changes) {
    const edit = applyChange(text, change, propertyNames);
    if (edit === null) continue;
    text = edit.text;
    keys.push(edit.key);
  }
  return { text, changed: text !== raw, keys };
}
