import { dayFromParts, formatDay, partsOfDay, weekdayOf, type Day } from '../../../src/engine/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_IN_WORDS = new RegExp(`(\\bby )?\\b(${WEEKDAYS.join('|')}), (${MONTHS.join('|')}) (\\d{1,2})(?:, (\\d{4}))?`, 'g');

/** A day in words as a draft writes it, with the year of `today` when it gives none. */
export interface DayInText {
  words: string;
  day: Day;
  /** Written after "by": a day looked forward to. */
  by: boolean;
}

export function daysInText(text: string, today: Day): DayInText[] {
  const found: DayInText[] = [];
  for (const m of text.matchAll(DAY_IN_WORDS)) {
    const year = m[5] !== undefined ? Number(m[5]) : partsOfDay(today).year;
    const day = dayFromParts(year, MONTHS.indexOf(m[3] ?? '') + 1, Number(m[4]));
    if (day === null) throw new Error(`not a day: ${m[0]}`);
    if (WEEKDAYS[weekdayOf(day)] !== m[2]) throw new Error(`${m[0]}: ${formatDay(day)} is a ${WEEKDAYS[weekdayOf(day)] ?? ''} (a year left out?)`);
    found.push({ words: m[0], day, by: m[1] !== undefined });
  }
  return found;
}

/**
 * What must never reach a recipient, in the words a reviewer would use:
 * an ISO date, template syntax, `undefined` or `null`, a day in words whose
 * weekday is wrong (a year left out), or "by" a day that has passed.
 */
export function problemsOf(text: string, today: Day): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\d{4}-\d{2}-\d{2}/g)) problems.push(`ISO date ${m[0]}`);
  for (const m of text.matchAll(/\{\{|\}\}|\bundefined\b|\bnull\b/g)) problems.push(`raw ${m[0]}`);
  try {
    for (const found of daysInText(text, today)) {
      if (found.by && found.day < today) problems.push(`looks forward to a day that has passed: ${found.words}`);
      if (partsOfDay(found.day).year !== partsOfDay(today).year && !/\d{4}$/.test(found.words)) problems.push(`no year: ${found.words}`);
    }
  } catch (e) {
    problems.push(String(e));
  }
  return problems;
}
