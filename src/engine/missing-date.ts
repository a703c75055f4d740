/**
 * Where an interview note without a `date` seems to hold the interview's day
 * (contract section 5): another property holding a date, a Dataview field
 * such as `interview_date:: 2026-11-18` in the text, a `YYYY-MM-DD` in the
 * file name. The problem names it and says how to bring it in (`track`,
 * section 6, or mapping the property); nothing found here is ever used as
 * the note's date.
 *
 * Only interview notes lacking a date come here, so this may look at the
 * whole note, but it still reads the text once and only the lines that hold
 * `::`.
 */

import { readWrittenDate, type SuggestedDay } from './date-suggestions';
import { parseDay, type Day } from './dates';

export interface MissingDateInput {
  /** The note's path in the vault; its file name may hold the day. */
  path: string;
  /** The note's properties, or null when it has none. */
  frontmatter: Readonly<Record<string, unknown>> | null;
  /** The note's text after its frontmatter. */
  body: string;
  /** The person's own property name for `date`, when the settings map one (`Interview Day`). */
  dateName?: string;
}

/**
 * One place the interview's day seems to be. `written` is the text as
 * written there; `days` the day it means as `YYYY-MM-DD` (two when day and
 * month could be either); `accepted` whether it is written in an accepted
 * form (a date, a date and time, a link to a daily note), so that `track` or
 * a mapping takes it as it is.
 */
export type MissingDateHint = { written: string; days: SuggestedDay[]; accepted: boolean } & (
  /** A Dataview field for the date in the text (`interview_date:: 2026-11-18`); `line` counts from 0 in `body`. */
  | { kind: 'dataview'; field: string; line: number }
  /** A `YYYY-MM-DD` in the file name. */
  | { kind: 'file-name' }
  /** Another property holding a date (`Date Last Interaction: 2026-11-12`). */
  | { kind: 'property'; property: string }
);

export interface MissingDateHints {
  /**
   * Every place found, likeliest first: a Dataview field in an accepted form,
   * a property whose name mentions the interview, a date in the file name,
   * any other property holding a date; then a field or property holding a
   * date written another way.
   */
  hints: MissingDateHint[];
  /** The problem's one sentence, naming the first hint and how to bring it in. */
  message: string;
}

const MISSING = 'date is missing, so this interview has no follow-ups';
const TRACK = "run `interview-follow-up track` on it (in Obsidian: Track this note as an interview) to bring it in";

/** The names the date field answers to, normalized (contract section 2). */
const DATE_NAMES = new Set(['date', 'interviewdate', 'interviewedon']);

/** Documented fields that hold other dates of the interview, and the note's own timestamps: never the interview's day. */
const NOT_THE_DAY = new Set([
  'promiseddate', 'decisionexpected', 'hearbackby', 'followupby', 'followupdate', 'decisiondate', 'offerdeadline',
  'thankyousent', 'referencesnotified', 'followedup', 'inquiries', 'offerrequested', 'rejectionreplysent',
  'offernudgesent', 'withdrawalsent', 'referencesthanked', 'snoozeduntil',
  'created', 'createdat', 'createdon', 'datecreated', 'creationdate', 'ctime',
  'modified', 'modifiedat', 'datemodified', 'lastmodified', 'updated', 'updatedat', 'lastupdated', 'mtime',
]);

/** A property name that may hold a date written another way. */
const DATE_LIKE_NAME = /date|day|interview|when/;

/**
 * Finds where the interview's day seems to be, and words the missing-date
 * problem: "date is missing, so this interview has no follow-ups; the note's
 * text has interview_date:: 2026-11-18 — run `interview-follow-up track` on
 * it (in Obsidian: Track this note as an interview) to bring it in". With
 * nothing found: "...; add the day of the interview as date: YYYY-MM-DD".
 */
export function findMissingDateHints(input: MissingDateInput): MissingDateHints {
  const names = new Set(DATE_NAMES);
  if (input.dateName !== undefined) names.add(normalize(input.dateName));
  const fields = dateFieldsIn(input.body, names);
  const properties = datePropertiesOf(input.frontmatter, names);
  const file = dateInFileName(input.path);
  const accepted = (h: MissingDateHint): boolean => h.accepted;
  const mentionsInterview = (h: MissingDateHint): boolean => h.kind === 'property' && normalize(h.property).includes('interview');
  const hints: MissingDateHint[] = [
    ...fields.filter(accepted),
    ...properties.filter((h) => accepted(h) && mentionsInterview(h)),
    ...(file === null ? [] : [file]),
    ...properties.filter((h) => accepted(h) && !mentionsInterview(h)),
    ...fields.filter((h) => !accepted(h)),
    ...properties.filter((h) => !accepted(h)),
  ];
  return { hints, message: messageFor(hints[0], input.dateName ?? 'date') };
}

function messageFor(hint: MissingDateHint | undefined, name: string): string {
  if (hint === undefined) return `${MISSING}; add the day of the interview as ${name}: YYYY-MM-DD`;
  const where =
    hint.kind === 'dataview'
      ? `the note's text has ${hint.field}:: ${hint.written}`
      : hint.kind === 'file-name'
        ? `the file name has ${hint.written}`
        : `the property '${hint.property}' holds ${hint.written}`;
  const [first, second] = hint.days;
  if (first === undefined) return `${MISSING}; add the day of the interview as ${name}: YYYY-MM-DD`;
  if (!hint.accepted) {
    const add = second === undefined ? `${name}: ${first.date}` : `${name}: ${first.date} (${first.reading}) or ${name}: ${second.date} (${second.reading})`;
    return `${MISSING}; ${where} — if that is the interview's day, add ${add}`;
  }
  if (hint.kind === 'property') {
    return `${MISSING}; ${where} — if that is the interview's day, map ${name} to it in the settings, or with --property date="${hint.property}" on the command line`;
  }
  return hint.kind === 'dataview' ? `${MISSING}; ${where} — ${TRACK}` : `${MISSING}; ${where} — if that is the interview's day, ${TRACK}`;
}

/** `Interview Date`, `interview-date` and `interviewDate` are one name; a trailing `:` is ignored. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '').replace(/:+$/, '');
}

/** The day a text holds, in an accepted form or written another way; no days for anything else. */
function daysOf(text: string): { days: SuggestedDay[]; accepted: boolean } {
  const link = /^\s*\[\[([^\]|#]+)(?:\|[^\]]*)?\]\]\s*$/.exec(text);
  const inner = link === null ? text.trim() : (link[1] ?? '').trim().replace(/^.*\//, '');
  if (acceptedDay(inner) !== null) return { days: [{ date: inner.slice(0, 10), reading: '' }], accepted: true };
  const written = readWrittenDate(inner);
  return { days: written.kind === 'days' ? written.days : [], accepted: false };
}

/** The day of a text in an accepted form (a date, or a date and time), with a year from 1900 to 2999. */
function acceptedDay(text: string): Day | null {
  const year = Number(text.slice(0, 4));
  if (!(year >= 1900 && year <= 2999)) return null;
  return parseDay(text);
}

function datePropertiesOf(frontmatter: Readonly<Record<string, unknown>> | null, names: ReadonlySet<string>): MissingDateHint[] {
  if (frontmatter === null) return [];
  const found: MissingDateHint[] = [];
  for (const [property, value] of Object.entries(frontmatter)) {
    const key = normalize(property);
    if (names.has(key) || NOT_THE_DAY.has(key)) continue;
    const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
    if (typeof text !== 'string' || text.length > 80) continue;
    const { days, accepted } = daysOf(text);
    if (days.length === 0) continue;
    if (accepted || DATE_LIKE_NAME.test(key)) found.push({ kind: 'property', property, written: text.trim(), days, accepted });
  }
  return found;
}

/** What may come before a field that is the whole line: quote marks, a list marker, a task box. */
const LINE_START = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[.\][ \t]+)?/;
/** A Dataview field that is the whole line, or `[key:: value]` / `(key:: value)` in a line. */
const LINE_FIELD = /^([^[\]():`\n]+?)::(.*)$/;
const INLINE_FIELD = /[[(]([^[\]():`\n]+?)::([^\])\n]*)[\])]/g;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** The Dataview fields for the date in the text, outside code, in the order written. */
function dateFieldsIn(body: string, names: ReadonlySet<string>): MissingDateHint[] {
  if (!body.includes('::')) return [];
  const found: MissingDateHint[] = [];
  let fence: string | null = null;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const f = FENCE.exec(line);
    if (f !== null) {
      const mark = f[1] ?? '';
      if (fence === null) fence = mark;
      else if (mark.charAt(0) === fence.charAt(0) && mark.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null || !line.includes('::')) continue;
    const text = line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    const fields: [string, string][] = [];
    const whole = LINE_FIELD.exec(text.replace(LINE_START, ''));
    if (whole !== null) {
      fields.push([whole[1] ?? '', whole[2] ?? '']);
    } else {
      for (const m of text.matchAll(INLINE_FIELD)) fields.push([m[1] ?? '', m[2] ?? '']);
    }
    for (const [rawKey, rawValue] of fields) {
      const field = rawKey.trim().replace(/^[*_~=]+|[*_~=]+$/g, '').trim();
      if (!names.has(normalize(field))) continue;
      const written = rawValue.trim();
      const { days, accepted } = daysOf(written);
      if (days.length > 0) found.push({ kind: 'dataview', field, written, days, accepted, line: i });
    }
  }
  return found;
}

/** The first real `YYYY-MM-DD` in the file's name (not its folders). */
function dateInFileName(path: string): MissingDateHint | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const m of name.matchAll(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g)) {
    if (acceptedDay(m[0]) !== null) return { kind: 'file-name', written: m[0], days: [{ date: m[0], reading: '' }], accepted: true };
  }
  return null;
}
