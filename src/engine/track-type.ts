import type { Layout, Line } from './frontmatter-layout';
import { isAbsent } from './keys';
import { isInterviewType, textOrLinkName } from './read-note';
import { flowItem, keyForm, keyText } from './track-fields';
import { readRawNote } from './raw-note';
import type { TrackAddition } from './track-fields';
import { parseYaml } from './yaml';

/**
 * A note's `type` gaining `interview`, in one line: a note without a type
 * gets `type: interview`; a text becomes a list of the old value and
 * `interview` (that line changes, `type: meeting` -> `type: [meeting,
 * interview]`); a list gets `interview` as one more item (one line added,
 * or one flow list's line changed). A note whose `type`, `category` or
 * `categories` already says interview keeps it as it is.
 */

export interface TypeChange {
  addition: TrackAddition;
  /** A new line, to go with the added fields; otherwise `apply` changes the note's own lines. */
  added: boolean;
  apply(lines: Line[], eol: string): void;
}

/** Whether a `type` value (a text, a link, or any item of a list) already says interview, as section 1 reads it. */
function saysInterview(value: unknown): boolean {
  const word = textOrLinkName(value);
  if (word !== null) return isInterviewType(word);
  return Array.isArray(value) && value.some(saysInterview);
}

/** The key a top-level frontmatter line starts, as YAML reads it; null for other lines. */
export function topLevelKey(line: string): string | null {
  if (line === '' || /^[\s#-]/.test(line)) return null;
  const parsed = readRawNote(`---\n${line}\n---\n`, true);
  if (parsed.kind !== 'parsed') return null;
  const keys = Object.keys(parsed.frontmatter);
  return keys.length === 1 ? (keys[0] as string) : null;
}

/** Where the key's `:` is on its line. */
function colonOf(line: string, key: string): number {
  for (let i = line.indexOf(':'); i !== -1; i = line.indexOf(':', i + 1)) {
    if (/^[ \t]|^$/.test(line.slice(i + 1, i + 2)) && topLevelKey(`${line.slice(0, i + 1)} 0`) === key) return i;
  }
  return -1;
}

/** A one-line value and the comment after it (`meeting  # from the template`). */
function splitComment(rest: string, value: unknown): { valueText: string; comment: string } {
  for (let p = rest.indexOf('#'); p !== -1; p = rest.indexOf('#', p + 1)) {
    if (p > 0 && !/[ \t]/.test(rest.charAt(p - 1))) continue;
    try {
      const parsed = parseYaml(`k:${rest.slice(0, p)}`) as { k?: unknown } | null;
      if (parsed !== null && typeof parsed === 'object' && JSON.stringify(parsed.k ?? null) === JSON.stringify(value ?? null)) {
        return { valueText: rest.slice(0, p).trim(), comment: rest.slice(rest.slice(0, p).trimEnd().length) };
      }
    } catch {
      // This `#` is inside the value.
    }
  }
  return { valueText: rest.trim(), comment: '' };
}

/** The last line of a block value that starts on line `i`: its indented or `- ` lines, not what follows. */
function lastLineOf(lines: readonly Line[], i: number): number {
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const t = (lines[j] as Line).text;
    if (t.trim() === '' || t.startsWith('#')) continue;
    if (/^[ \t]/.test(t) || /^-(?:[ \t]|$)/.test(t)) last = j;
    else break;
  }
  return last;
}

function addition(key: string, value: string | string[], lines: string[]): TrackAddition {
  return { field: 'type', key, value, source: 'type', line: null, lines };
}

/** How the note's type takes `interview`; null when it already says interview; a refusal when it cannot be done in a line. */
export function interviewTypeChange(layout: Layout, ownName: string | undefined): { change: TypeChange | null } | { refusal: string } {
  const properties = layout.properties;
  const markers = ['type', 'category', 'categories', ...(ownName === undefined ? [] : [keyForm(ownName)])];
  if (Object.keys(properties).some((k) => markers.includes(keyForm(k)) && saysInterview(properties[k]))) return { change: null };
  const wanted = keyForm(ownName ?? 'type');
  const key = Object.keys(properties).find((k) => keyForm(k) === wanted);
  if (key === undefined) {
    const name = ownName ?? 'type';
    return { change: { addition: addition(name, 'interview', [`${keyText(name)}: interview`]), added: true, apply: () => undefined } };
  }
  const current = properties[key];
  const i = layout.lines.findIndex((l) => topLevelKey(l.text) === key);
  const line = layout.lines[i];
  const colon = line === undefined ? -1 : colonOf(line.text, key);
  const cannot = { refusal: `${key}: its value could not be given one more word in a line, so nothing was written; add interview to ${key} by hand, or in Obsidian’s Properties` };
  if (line === undefined || colon === -1) return cannot;
  const keyPart = line.text.slice(0, colon + 1);
  const rest = line.text.slice(colon + 1);
  const single = lastLineOf(layout.lines, i) === i;
  const replace = (text: string, value: string | string[]): { change: TypeChange } => ({
    change: {
      addition: addition(key, value, [text]),
      added: false,
      apply: (lines) => {
        (lines[i] as Line).text = text;
      },
    },
  });
  if (isAbsent(current)) {
    if (!single) return cannot;
    const { comment } = splitComment(rest, current ?? null);
    return replace(`${keyPart} interview${comment}`, 'interview');
  }
  const lead = rest.slice(0, rest.length - rest.trimStart().length) || ' ';
  if (typeof current === 'string') {
    if (!single) return cannot;
    const { valueText, comment } = splitComment(rest, current);
    // A quoted value keeps its quotes; a plain one is quoted where a list needs it (`a, b`).
    const old = /^["']/.test(valueText) ? valueText : flowItem(current);
    return replace(`${keyPart}${lead}[${old}, interview]${comment}`, [current, 'interview']);
  }
  if (!Array.isArray(current) || !current.every((v) => typeof v === 'string' || (Array.isArray(v) && v.every((w) => typeof w === 'string')))) return cannot;
  const value = [...(current as string[]), 'interview'];
  if (single) {
    const { valueText, comment } = splitComment(rest, current);
    if (!valueText.startsWith('[') || !valueText.endsWith(']')) return cannot;
    const inner = valueText.slice(1, -1);
    const sep = inner.includes(',') && !inner.includes(', ') ? ',' : ', ';
    const list = inner.trim() === '' ? '[interview]' : `[${inner.trimEnd()}${sep}interview]`;
    return replace(`${keyPart}${lead}${list}${comment}`, value);
  }
  const last = lastLineOf(layout.lines, i);
  const style = /^([ \t]*)-([ \t]+)/.exec((layout.lines[last] as Line).text);
  if (style === null) return cannot;
  const item = `${style[1] ?? ''}-${style[2] ?? ' '}interview`;
  return {
    change: {
      addition: addition(key, value, [item]),
      added: false,
      apply: (lines, eol) => {
        lines.splice(last + 1, 0, { text: item, eol });
      },
    },
  };
}
