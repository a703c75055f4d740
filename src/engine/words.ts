import { partsOfDay, type Day } from './dates';
import type { FollowUp } from './follow-ups';
import type { InterviewNote } from './interview-note';

/**
 * Everything a person reads about a follow-up, in plain words: the sidebar,
 * the command line and the calendar say the same things. Dates are written
 * from the calendar day itself, in English (the drafts' language), with no
 * time zone involved.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `Friday, November 27`; with `today` given, a day of another year carries
 * its year (`Monday, January 4, 2027`), so that no date read in December
 * about January is taken for last January.
 */
export function dayInWords(day: Day, today?: Day): string {
  const p = partsOfDay(day);
  const words = `${WEEKDAYS[p.weekday] ?? ''}, ${MONTHS[p.month - 1] ?? ''} ${p.day}`;
  return today !== undefined && partsOfDay(today).year !== p.year ? `${words}, ${p.year}` : words;
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
  return noteLabel(f.note);
}

/** `Acme, Data Analyst` for an interview note, or whichever of the two it gives. */
export function noteLabel(note: Pick<InterviewNote, 'company' | 'position'>): string {
  return [note.company, note.position].filter((p): p is string => p !== null && p !== '').join(', ');
}

/** `Acme's`, `Jones & Sons'`: the possessive of a company's name. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** `Globex, Data Analyst`, or `Globex` when the note gives no position. */
function companyAndPosition(company: string, position: string | null): string {
  return position !== null && position !== '' ? `${company}, ${position}` : company;
}

/**
 * What to do, as a person would say it: `Thank Pat Jones`, `Ask Acme for
 * the offer in writing`. With `today` given, a date in it carries its year
 * when that is not today's.
 */
export function followUpTitle(f: FollowUp, today?: Day): string {
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
    case 'offer-deadline': {
      const offer = f.note.company !== null ? `${possessive(f.note.company)} offer` : 'the offer';
      return f.note.offerDeadline !== null ? `Answer ${offer} by ${dayInWords(f.note.offerDeadline, today)}` : `Answer ${offer}`;
    }
    case 'offer-nudge': {
      const deadline = f.source?.offerDeadline ?? null;
      return deadline !== null ? `Tell ${company} you have an offer to answer by ${dayInWords(deadline, today)}` : `Tell ${company} about your offer`;
    }
    case 'withdraw':
      // An application that made an offer of its own is declined, not withdrawn from.
      if (f.application.outcome === 'offer' || f.application.outcome === 'verbal-offer' || f.note.status === 'offer' || f.note.status === 'verbal-offer') {
        return f.note.company !== null ? `Decline ${possessive(f.note.company)} offer` : 'Decline the offer';
      }
      return `Withdraw from ${companyAndPosition(company, position)}`;
    case 'thank-references':
      return f.person !== null ? `Thank your reference ${f.person.name}` : 'Thank your references';
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The days left to answer an offer: `3 days left to answer`, `last day to answer`, `deadline passed yesterday`. */
function offerDeadlineInWords(f: FollowUp, today: Day): string {
  const left = f.due - today;
  if (left > 1) return `${plural(left, 'day')} left to answer`;
  if (left === 1) return '1 day left to answer';
  if (left === 0) return 'last day to answer';
  return left === -1 ? 'deadline passed yesterday' : `deadline passed ${plural(-left, 'day')} ago`;
}

/**
 * When, relative to today: `2 days overdue`, `due today`, `due tomorrow`,
 * `from Monday, November 30`, `done Friday, November 20` (`done` for a
 * ticked checkbox, which records no day); an offer's deadline counts the
 * days left to answer. A date of another year than today's carries it.
 */
export function whenInWords(f: FollowUp, today: Day): string {
  if (f.done || f.state === 'done') return f.doneOn !== null ? `done ${dayInWords(f.doneOn, today)}` : 'done';
  if (f.kind === 'offer-deadline' && f.state !== 'waiting') return offerDeadlineInWords(f, today);
  switch (f.state) {
    case 'overdue':
      return `${plural(today - f.due, 'day')} overdue`;
    case 'due':
      if (f.due === today) return 'due today';
      if (f.due === today + 1) return 'due tomorrow';
      return `due by ${dayInWords(f.due, today)}`;
    case 'waiting':
      return f.from === today + 1 ? 'from tomorrow' : `from ${dayInWords(f.from, today)}`;
  }
}
