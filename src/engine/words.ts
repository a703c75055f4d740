import { partsOfDay, type Day } from './dates';
import type { FollowUp } from './follow-ups';

/**
 * Everything a person reads about a follow-up, in plain words: the sidebar,
 * the command line and the calendar say the same things. Dates are written
 * from the calendar day itself, in English (the drafts' language), with no
 * time zone involved.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Friday, November 27` */
export function dayInWords(day: Day): string {
  const p = partsOfDay(day);
  return `${WEEKDAYS[p.weekday] ?? ''}, ${MONTHS[p.month - 1] ?? ''} ${p.day}`;
}

/** `Friday, November 27, 2026` */
export function dayInWordsWithYear(day: Day): string {
  return `${dayInWords(day)}, ${partsOfDay(day).year}`;
}

/** `Fri, Nov 27` */
export function shortDay(day: Day): string {
  const p = partsOfDay(day);
  return `${(WEEKDAYS[p.weekday] ?? '').slice(0, 3)}, ${(MONTHS[p.month - 1] ?? '').slice(0, 3)} ${p.day}`;
}

/** `Acme, Data Analyst`, or whichever of the two the note gives. */
export function applicationLabel(f: FollowUp): string {
  const parts = [f.note.company, f.note.position].filter((p): p is string => p !== null && p !== '');
  return parts.join(', ');
}

/** What to do, as a person would say it: `Thank Pat Jones`, `Ask Acme for the offer in writing`. */
export function followUpTitle(f: FollowUp): string {
  const company = f.note.company ?? 'the employer';
  const position = f.note.position;
  switch (f.kind) {
    case 'thank-you': {
      const card = f.note.thankYouMethod === 'handwritten';
      if (f.person === null) return card ? 'Mail a thank-you card' : 'Send a thank-you note';
      return card ? `Mail a thank-you card to ${f.person.name}` : `Thank ${f.person.name}`;
    }
    case 'notify-references': {
      const n = f.note.references.length;
      return n === 1 ? `Give your reference ${f.note.references[0]?.name ?? ''} a heads-up` : `Give your ${n} references a heads-up`;
    }
    case 'promised-follow-up':
      return f.note.deliverable !== null ? `Send ${company} ${f.note.deliverable} as promised` : `Follow up with ${company} as promised`;
    case 'status-inquiry':
      return position !== null ? `Ask ${company} where the ${position} decision stands` : `Ask ${company} where their decision stands`;
    case 'written-offer':
      return `Ask ${company} for the offer in writing`;
    case 'rejection-reply':
      return `Reply graciously to ${company}`;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** When, relative to today: `2 days overdue`, `due today`, `due tomorrow`, `from Monday, November 30`. */
export function whenInWords(f: FollowUp, today: Day): string {
  switch (f.state) {
    case 'overdue':
      return `${plural(today - f.due, 'day')} overdue`;
    case 'due':
      if (f.due === today) return 'due today';
      if (f.due === today + 1) return 'due tomorrow';
      return `due by ${dayInWords(f.due)}`;
    case 'waiting':
      return f.from === today + 1 ? 'from tomorrow' : `from ${dayInWords(f.from)}`;
    case 'done':
      return f.doneOn !== null ? `done ${dayInWords(f.doneOn)}` : 'done';
  }
}
