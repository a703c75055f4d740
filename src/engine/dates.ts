/**
 * Calendar dates without time zones.
 *
 * A `Day` is a whole number of days since 1970-01-01, so "the 20th" is the
 * 20th on every machine: no `Date` in local time is ever involved, and the
 * arithmetic is plain integer arithmetic (fast enough for 50,000 notes).
 */

/** Days since 1970-01-01 (a Thursday). */
export type Day = number;

const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? ?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The years a date may have (contract section 2): anything else is a typing mistake. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** The day of a calendar date, or null when that date does not exist. */
export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Days from the civil calendar (proleptic Gregorian), without allocating a Date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads `YYYY-MM-DD`, optionally followed by a time of day (`T` or a space,
 * `HH:mm`, optional seconds and fraction, optional `Z` or offset). The day
 * is the one written: an offset never moves it. Returns null for anything
 * else, including impossible dates and times (`2026-02-30`, `25:99`).
 */
export function parseDay(text: string): Day | null {
  // The common form, `YYYY-MM-DD` alone, read without a regular expression.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y >= 0 && mo >= 0 && d >= 0) return y >= FIRST_YEAR && y <= LAST_YEAR ? dayFromParts(y, mo, d) : null;
  }
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, offset] = m;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59)) return null;
  if (ss !== undefined && Number(ss) > 59) return null;
  if (offset !== undefined && offset.length > 1) {
    // A real offset: at most +14:00 and -12:00, minutes below 60.
    const digits = offset.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    const minutesEast = (hours * 60 + minutes) * (offset.startsWith('-') ? -1 : 1);
    if (minutes > 59 || minutesEast > 14 * 60 || minutesEast < -12 * 60) return null;
  }
  const year = Number(y);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return dayFromParts(year, Number(mo), Number(d));
}

/** The number written in text[from, to) with ASCII digits only, else -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The day of a frontmatter value: text as above, or a `Date` that a YAML
 * engine made of such text (its UTC calendar day, which is the day written
 * for a plain date). Anything else is not a date.
 */
export function dayOfValue(value: unknown): Day | null {
  if (typeof value === 'string') {
    const day = parseDay(value);
    if (day !== null || value.charCodeAt(0) !== 91 /* [ */) return day;
    // A link to a daily note, `[[2026-11-20]]`, is that day.
    const m = /^\[\[([^\]|#]+)(?:\|[^\]]*)?\]\]$/.exec(value.trim());
    if (m === null) return null;
    const target = (m[1] ?? '').trim();
    const name = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
    return parseDay(name);
  }
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === 'string') {
    // An unquoted [[2026-11-20]], which YAML reads as a list in a list.
    return dayOfValue(`[[${value[0][0]}]]`);
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    const year = value.getUTCFullYear();
    return year < FIRST_YEAR || year > LAST_YEAR ? null : Math.floor(t / MS_PER_DAY);
  }
  return null;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

export function partsOfDay(day: Day): DateParts {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  const p = partsOfDay(day);
  const year = String(Math.abs(p.year)).padStart(4, '0');
  return `${p.year < 0 ? '-' : ''}${year}-${pad2(p.month)}-${pad2(p.day)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** The working calendar: weekends and the user's holidays are not business days. */
export class BusinessCalendar {
  private readonly holidays: ReadonlySet<Day>;

  constructor(holidays: Iterable<Day> = []) {
    this.holidays = new Set(holidays);
  }

  isBusinessDay(day: Day): boolean {
    return !isWeekend(day) && !this.holidays.has(day);
  }

  /**
   * n business days after `day`: each step moves to the next business day,
   * so one business day after a Friday or a Saturday is the Monday (or the
   * first working day after it when Monday is a holiday).
   */
  addBusinessDays(day: Day, n: number): Day {
    let d = day;
    let left = Math.max(0, Math.floor(n));
    // A year of holidays at most stands between two business days; the
    // bound only guards against a calendar with no business day at all.
    let guard = left * 7 + 400;
    while (left > 0 && guard-- > 0) {
      d += 1;
      if (this.isBusinessDay(d)) left -= 1;
    }
    return d;
  }
}
