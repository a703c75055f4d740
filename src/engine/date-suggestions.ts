/**
 * What a person meant by a date written another way (contract section 5):
 * `Nov 20, 2026`, `20/11/2026` and `2026-11-20 at 3pm` all mean 2026-11-20,
 * and a problem message says so. Only what the text writes is read: a day
 * with no year (`Nov 20`), a weekday alone or a word such as `today`
 * suggests nothing, so a suggestion is never a guess from today's date.
 * Two-digit years (`11/20/26`) suggest nothing either: the century is a guess
 * and the three numbers could be read three ways.
 *
 * Nothing here decides what a note means: the reader still ignores a value
 * that is not a date; these functions only word the problem.
 */

import type { Day } from './dates';

/** The years a date may have (contract section 2). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month's name or its usual abbreviation, with an optional dot. */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';

/** The ways a whole date can be written, each with the order of its parts. */
const FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Reading[] }[] = [
  // Nov 20, 2026 / November 20 2026 / Friday, November 20th, 2026
  { pattern: new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?!\\d)(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)`, 'g'), read: (m) => [named(m[3], m[1], m[2], 'month-first')] },
  // 20 November 2026 / 20 Nov 2026 / 20-Nov-2026 / 20th of November, 2026
  { pattern: new RegExp(`\\b(\\d{1,2})(?:\\s+of)?[\\s./-]*${MONTH}[\\s,./-]*(\\d{4})(?!\\d)`, 'g'), read: (m) => [named(m[3], m[2], m[1], 'day-first')] },
  // 2026 Nov 20 / 2026-Nov-20
  { pattern: new RegExp(`\\b(\\d{4})[\\s./-]*${MONTH}[\\s./-]*(\\d{1,2})(?!\\d)`, 'g'), read: (m) => [named(m[1], m[2], m[3], 'month-first')] },
  // 2026/11/20 / 2026.11.20 / 2026-11-20 at 3pm
  { pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, read: (m) => [numeric(m[1], m[3], m[4], 'year-first')] },
  // 11/20/2026 / 20/11/2026 / 20.11.2026: day first, then month first
  {
    pattern: /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m) => [numeric(m[4], m[3], m[1], 'day-first'), numeric(m[4], m[1], m[3], 'month-first')],
  },
  // 20261120
  { pattern: /^(\d{4})(\d{2})(\d{2})$/g, read: (m) => [numeric(m[1], m[2], m[3], 'year-first')] },
];

/** A day and month without a year, or with two digits for it. */
const PARTIAL: readonly RegExp[] = [
  new RegExp(`\\b${MONTH}\\s*\\d{1,2}(?!\\d)`),
  new RegExp(`\\b\\d{1,2}(?:\\s+of)?[\\s./-]*${MONTH}`),
  /\b\d{1,2}([-/.])\d{1,2}\1\d{2}(?!\d)/,
];

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
const WEEKDAY = /\b(sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)\b/;

/** One way to read a written date. */
interface Reading {
  year: number;
  month: number;
  day: number;
  /** How the parts were ordered, which a message shows when two readings remain. */
  order: 'day-first' | 'month-first' | 'year-first';
}

function named(year: string | undefined, month: string | undefined, day: string | undefined, order: Reading['order']): Reading {
  const index = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith((month ?? '').slice(0, 3)));
  return { year: Number(year), month: index + 1, day: Number(day), order };
}

function numeric(year: string | undefined, month: string | undefined, day: string | undefined, order: Reading['order']): Reading {
  return { year: Number(year), month: Number(month), day: Number(day), order };
}

/** What a text that is not an accepted date seems to say. */
export type WrittenDate =
  /** Nothing that reads as a whole date (day, month and year). */
  | { kind: 'none' }
  /** A day and a month with no year (`Nov 20`), or a two-digit year (`11/20/26`): the year is not guessed. */
  | { kind: 'no-full-year' }
  /** The day or days it can mean, as `YYYY-MM-DD`; two when day and month could be either (day first, then month first). */
  | { kind: 'days'; days: SuggestedDay[] }
  /** A whole date, but its year is outside 1900 to 2999. */
  | { kind: 'year-out-of-range'; year: number }
  /** A whole date that does not exist; `reason` says why in plain words ("February 2026 has 28 days"), `part` which part to check. */
  | { kind: 'impossible'; reason: string; part: 'day' | 'month' }
  /** Two or more different dates: which one is meant cannot be told. */
  | { kind: 'several' };

export interface SuggestedDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** How this reading takes the text, for a choice between two: `5 November`, `May 11`. */
  reading: string;
}

/**
 * Reads a date written another way. Forms read, in any case, with commas,
 * dots, ordinals (`20th`) and a weekday or a time of day around them:
 * `Nov 20, 2026`, `November 20 2026`, `20 November 2026`, `20 Nov 2026`,
 * `20-Nov-2026`, `2026 Nov 20`, `2026/11/20`, `2026.11.20`, `2026-11-20 at
 * 3pm`, `20261120`, and `11/20/2026`, `20/11/2026`, `05/11/2026` (with `/`,
 * `.` or `-`), which are read both day first and month first, keeping the
 * readings that exist. When a weekday is written and only one reading falls
 * on it, that one is kept. The text is read only as far as its first 200
 * characters.
 */
export function readWrittenDate(text: string): WrittenDate {
  const t = text.slice(0, 200).toLowerCase().replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').trim();
  const found: { start: number; end: number; readings: Reading[] }[] = [];
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(t); m !== null; m = form.pattern.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end, readings: form.read(m) });
    }
  }
  if (found.length === 0) return PARTIAL.some((p) => p.test(t)) ? { kind: 'no-full-year' } : { kind: 'none' };
  const distinct = new Set(found.map((f) => f.readings.map(isoOf).join(' ')));
  if (distinct.size > 1) return { kind: 'several' };
  const readings = found[0]?.readings ?? [];

  const year = readings[0]?.year ?? 0;
  if (year < FIRST_YEAR || year > LAST_YEAR) return { kind: 'year-out-of-range', year };
  let real = readings.filter(exists);
  if (real.length === 0) return { kind: 'impossible', ...whyNot(readings) };
  const weekday = WEEKDAY.exec(t)?.[1];
  if (weekday !== undefined && real.length > 1) {
    const wanted = WEEKDAYS[weekday];
    const onIt = real.filter((r) => weekdayOfDate(r.year, r.month, r.day) === wanted);
    if (onIt.length === 1) real = onIt;
  }
  const days: SuggestedDay[] = [];
  for (const r of real) {
    const date = isoOf(r);
    if (!days.some((d) => d.date === date)) days.push({ date, reading: readingOf(r) });
  }
  return { kind: 'days', days };
}

/**
 * The day or days a date written another way means, as `YYYY-MM-DD`: one,
 * or two when day and month could be either (`05/11/2026`: `2026-11-05`
 * first, read day first, then `2026-05-11`, read month first). Empty when
 * the text does not write a whole, real date with a year from 1900 to 2999.
 * `today` never completes a date: a suggestion is always the day the text
 * writes, today's date included only when the text writes it.
 */
export function suggestDate(text: string, today?: Day): string[] {
  void today;
  const written = readWrittenDate(text);
  return written.kind === 'days' ? written.days.map((d) => d.date) : [];
}

/**
 * How the value of a date field is wanted:
 * - `date`: one date, `YYYY-MM-DD` (the default);
 * - `date-or-time`: one date, optionally with a time of day (the `date` field);
 * - `list-item`: one item of a list of dates (`inquiries`), which is not counted.
 */
export type DateValueKind = 'date' | 'date-or-time' | 'list-item';

/**
 * One plain sentence for a value that is not a date, naming the field and
 * saying what to write instead: the same day in the accepted form when the
 * text writes one another way, both days when day and month could be
 * either, why a date does not exist, or which kind of value is wanted (a
 * list or a map where one date belongs). It never proposes an example date
 * the note did not write, so it is never today's date by accident.
 *
 *     dateProblemMessage('date', 'Nov 20, 2026')
 *     // date: 'Nov 20, 2026' is not a date; use 2026-11-20
 *     dateProblemMessage('date', '05/11/2026')
 *     // date: '05/11/2026' is not a date; use 2026-11-05 (5 November) or 2026-05-11 (May 11)
 */
export function dateProblemMessage(field: string, value: unknown, kind: DateValueKind = 'date'): string {
  const form = kind === 'date-or-time' ? 'YYYY-MM-DD or YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD';
  const ignored = kind === 'list-item' ? ', so it is not counted' : '';
  if (Array.isArray(value) || (value !== null && typeof value === 'object' && !(value instanceof Date))) {
    const what = Array.isArray(value) ? 'a list' : 'a map';
    const example = exampleIn(value);
    return `${field}: ${what} is not a date${ignored}; give one date, ${example === null ? `written ${form}` : `such as ${example}`}`;
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(year) || (year >= FIRST_YEAR && year <= LAST_YEAR)) return `${field}: the value is not a date${ignored}; write it as ${form}`;
    return `${field}: the year ${year} is out of range (${FIRST_YEAR} to ${LAST_YEAR})${ignored}; write the date as ${form}`;
  }
  const shown = typeof value === 'string' ? `'${oneLine(value)}'` : String(value);
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const written = readWrittenDate(text);
  const start = `${field}: ${shown} is not a date${ignored}`;
  switch (written.kind) {
    case 'days': {
      const [first, second] = written.days;
      if (first === undefined) break;
      if (second === undefined) return `${start}; use ${first.date}`;
      return `${start}; use ${first.date} (${first.reading}) or ${second.date} (${second.reading})`;
    }
    case 'year-out-of-range':
      return `${start}, as the year ${written.year} is out of range (${FIRST_YEAR} to ${LAST_YEAR}); write it as ${form}`;
    case 'impossible':
      return `${start}, as ${written.reason}; check the ${written.part}`;
    case 'no-full-year':
      return `${start}, as its year is missing or short; write it as ${form} with the year in full`;
    case 'several':
      return `${start}, as it holds more than one date; give one date, written ${form}`;
    case 'none':
      break;
  }
  return `${start}; write it as ${form}`;
}

/** The first date a list or map holds (in its values, then its keys), or null. */
function exampleIn(value: object): string | null {
  const items: unknown[] = Array.isArray(value) ? (value as unknown[]).flat(2) : [...(Object.values(value) as unknown[]), ...Object.keys(value)];
  for (const item of items.slice(0, 20)) {
    if (typeof item !== 'string') continue;
    const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(item);
    if (iso !== null) {
      const r = numeric(iso[1], iso[2], iso[3], 'year-first');
      if (exists(r) && r.year >= FIRST_YEAR && r.year <= LAST_YEAR) return isoOf(r);
    }
    const suggested = suggestDate(item);
    if (suggested.length === 1) return suggested[0] ?? null;
  }
  return null;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function exists(r: Reading): boolean {
  return r.month >= 1 && r.month <= 12 && r.day >= 1 && r.day <= daysIn(r.year, r.month);
}

/** Why none of the readings is a real day, in plain words. */
function whyNot(readings: Reading[]): { reason: string; part: 'day' | 'month' } {
  const r = readings.find((x) => x.month >= 1 && x.month <= 12) ?? readings[0];
  if (r === undefined) return { reason: 'there is no such day', part: 'day' };
  if (r.month < 1 || r.month > 12) return { reason: `there is no month ${r.month}`, part: 'month' };
  if (r.day < 1) return { reason: 'there is no day 0', part: 'day' };
  const name = MONTH_NAMES[r.month - 1] ?? '';
  const reason = r.month === 2 ? `February ${r.year} has ${daysIn(r.year, 2)} days` : `${name} has ${daysIn(r.year, r.month)} days`;
  return { reason, part: 'day' };
}

function readingOf(r: Reading): string {
  const name = MONTH_NAMES[r.month - 1] ?? '';
  return r.order === 'day-first' ? `${r.day} ${name}` : `${name} ${r.day}`;
}

function isoOf(r: Reading): string {
  return `${String(r.year).padStart(4, '0')}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday ... 6 = Saturday (Sakamoto's method, no `Date` involved). */
function weekdayOfDate(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] ?? 0) + day) % 7;
}
