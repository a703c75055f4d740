import { partsOfDay, type Day } from '../dates';
import type { InterviewNote } from '../interview-note';
import { dayInWords, dayInWordsWithYear } from '../words';

/**
 * A day in words as a draft written on `today` says it: `Friday, November
 * 27`, with the year when it is not today's (`Friday, January 8, 2027`).
 */
export function dayInWordsFrom(day: Day, today: Day): string {
  return partsOfDay(day).year === partsOfDay(today).year ? dayInWords(day) : dayInWordsWithYear(day);
}

/** `today`, `yesterday`, `on Monday, November 23`. */
export function dayRelativeTo(day: Day, today: Day): string {
  if (day === today) return 'today';
  if (day === today - 1) return 'yesterday';
  return `on ${dayInWordsFrom(day, today)}`;
}

/**
 * The status inquiries already sent for this interview, oldest first: the
 * days of `inquiries` on or after the interview's day and not after today
 * (an earlier one belongs to another round; a later one has not happened).
 */
export function inquiriesSent(note: InterviewNote, today: Day): Day[] {
  const from = note.date ?? Number.NEGATIVE_INFINITY;
  return [...new Set(note.inquiries.filter((day) => day >= from && day <= today))].sort((a, b) => a - b);
}

/** Written more than a day after the interview: a thank-you that says the day, not "today" or "yesterday". */
export function isLate(note: InterviewNote, today: Day): boolean {
  return note.date !== null && today > note.date + 1;
}
