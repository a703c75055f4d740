import { parseDay } from './dates';
import { FIELD_NAMES, normalizeKey } from './keys';
import { yamlText } from './new-note';
import { splitPeople } from './people';

/**
 * The fields `track` brings into a note, with the aliases the contract
 * gives each (section 2), and how a value found as text (a Dataview field,
 * an option) becomes a property value, written as YAML that reads back as
 * the same value.
 */

export type TrackedKind = 'text' | 'date' | 'people' | 'checkbox' | 'marker';

export interface TrackedField {
  /** The documented spelling. */
  field: string;
  /** Every name it answers to, best first (the contract's order, section 2). */
  names: readonly string[];
  kind: TrackedKind;
}

/**
 * What kind of value each field `track` brings in holds. `status`, `type`,
 * `tags` and `inquiries` are not taken from a note's text: a meeting's
 * `status:: done` says nothing about an application.
 */
const KINDS: Readonly<Record<string, TrackedKind>> = {
  date: 'date',
  company: 'text',
  position: 'text',
  interviewer: 'people',
  references: 'people',
  promised_date: 'date',
  follow_up_by: 'date',
  deliverable: 'text',
  contact_method: 'text',
  final_round: 'checkbox',
  decision_date: 'date',
  offer_deadline: 'date',
  thank_you_method: 'text',
  thank_you_sent: 'marker',
  references_notified: 'marker',
  followed_up: 'marker',
  offer_requested: 'marker',
  rejection_reply_sent: 'marker',
  offer_nudge_sent: 'marker',
  withdrawal_sent: 'marker',
  references_thanked: 'marker',
  snoozed_until: 'date',
};

/** In the order their lines are added. */
export const TRACKED_FIELDS: readonly TrackedField[] = FIELD_NAMES.flatMap(([field, names]) => {
  const kind = KINDS[field];
  return kind === undefined ? [] : [{ field, names, kind }];
});

/** A key as the contract compares keys: case, spaces, `-`, `_` and a trailing `:` ignored. */
export function keyForm(key: string): string {
  return normalizeKey(key);
}

/** The names a field answers to, in normal form, best first: the person's own name for it, then the contract's. */
export function namesOf(f: TrackedField, propertyNames: Readonly<Record<string, string>>): string[] {
  const own = propertyNames[f.field];
  return [...(own === undefined || own.trim() === '' ? [] : [own]), ...f.names].map(keyForm);
}

export type TrackedValue = string | string[] | boolean;

/** Text a person would take as a date: `YYYY-MM-DD`, with a time or not, or a link to a daily note; years 1900 to 2999. */
export function dateText(text: string): string | null {
  const t = text.trim();
  const link = /^\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]$/.exec(t);
  const date = (link?.[1] ?? t).trim();
  const year = Number(date.slice(0, 4));
  return parseDay(date) !== null && year >= 1900 && year <= 2999 ? date : null;
}

/** `"Dana Lee"` as Dataview reads a quoted value: the text inside. */
function unquoted(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/**
 * A value found as text (each occurrence of a Dataview field), as the
 * field's value; a problem sentence when it is not of the field's kind.
 */
export function valueFromText(f: TrackedField, texts: readonly string[], where: string): { value: TrackedValue } | { problem: string } | null {
  const given = texts.map(unquoted).filter((t) => t !== '');
  const first = given[0];
  if (first === undefined) return null;
  switch (f.kind) {
    case 'text':
      return { value: first };
    case 'people': {
      const people = [...new Set(given.flatMap(splitPeople))];
      return people.length === 0 ? null : { value: people };
    }
    case 'checkbox':
      if (/^(true|yes)$/i.test(first)) return { value: true };
      if (/^(false|no)$/i.test(first)) return { value: false };
      return { problem: `${where}: '${first}' is not true or false, so ${f.field} was not added` };
    case 'marker':
      if (/^(true|yes)$/i.test(first)) return { value: true };
      if (/^(false|no)$/i.test(first)) return { value: false };
      return dateValue(f, first, where);
    case 'date':
      return dateValue(f, first, where);
  }
}

function dateValue(f: TrackedField, text: string, where: string): { value: TrackedValue } | { problem: string } {
  const date = dateText(text);
  return date === null ? { problem: `${where}: '${text}' is not a date, so ${f.field} was not added; write it as YYYY-MM-DD, such as 2026-11-18` } : { value: date };
}

/** A date as Obsidian's Properties writes one, plain; anything else as text YAML reads back unchanged. */
function scalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  return /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(value) ? value : yamlText(value);
}

/** A property name as YAML reads it back: plain (`promised_date`, `Interview Day`) where it can be, else double-quoted. */
export function keyText(key: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_ .'-]*$/u.test(key) && !/\s$/.test(key) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(key);
  return plain ? key : JSON.stringify(key);
}

/** The lines that give `key` this value: `key: value`, or `key:` and one `  - item` line per item. */
export function propertyLines(key: string, value: TrackedValue): string[] {
  const k = keyText(key);
  if (!Array.isArray(value)) return [`${k}: ${scalar(value)}`];
  return [`${k}:`, ...value.map((v) => `  - ${scalar(v)}`)];
}

/** An item of a flow list (`[a, b]`): plain where that reads back as the same text, else double-quoted. */
export function flowItem(value: string): string {
  const plain = yamlText(value);
  return plain === value && !/[,[\]{}]/.test(value) ? value : JSON.stringify(value);
}

export type TrackSource = 'given' | 'dataview' | 'file-name' | 'type';

export interface TrackAddition {
  /** The documented field (`type` for the note's type). */
  field: string;
  /** The property written. */
  key: string;
  /** What that property holds afterwards (for `type`, its whole new value). */
  value: TrackedValue;
  source: TrackSource;
  /** For a Dataview field, the line of the note it is on (from 1). */
  line: number | null;
  /** The frontmatter lines as written. */
  lines: string[];
}
