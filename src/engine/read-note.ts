import { dayOfValue, formatDay, type Day } from './dates';
import {
  STATUSES,
  THANK_YOU_METHODS,
  type DoneMarker,
  type InterviewNote,
  type Person,
  type Problem,
  type Status,
  type ThankYouMethod,
} from './interview-note';
import { collectFields, fieldLookup, FIELDS, isAbsent, normalizeWord, type FieldEntry, type FieldLookup } from './keys';
import { dateProblemMessage } from './date-suggestions';
import { textOrLinkName, type Frontmatter } from './interview-markers';
import { findMissingDateHints } from './missing-date';
import { readPerson, splitPeople } from './people';

export { isInterviewNote, isInterviewTag, isInterviewType, textOrLinkName, type Frontmatter } from './interview-markers';

/** More people or inquiries than this in one note is a mistake (a pasted list), not an interview. */
export const MAX_LIST_ITEMS = 100;

const STATUS_BY_WORD = new Map<string, Status>([
  ...STATUSES.map((st): [string, Status] => [normalizeWord(st), st]),
  // Words trackers use for an application still in progress, an offer, a hire.
  ...['applied', 'interviewing', 'interview', 'active', 'in-progress', 'pending', 'open', 'scheduled'].map((w): [string, Status] => [normalizeWord(w), 'waiting']),
  ['offered', 'offer'],
  ['hired', 'accepted'],
]);
const METHOD_BY_WORD = new Map<string, ThankYouMethod>(THANK_YOU_METHODS.map((m) => [normalizeWord(m), m]));

/** How a value looks in a message: quoted text, or what kind of thing it is. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return `'${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}'`;
  }
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date-time object';
  if (value !== null && typeof value === 'object') return 'a map';
  return String(value);
}

class NoteReader {
  readonly problems: Problem[] = [];
  private readonly fields: Map<string, FieldEntry>;

  constructor(
    private readonly path: string,
    frontmatter: Frontmatter,
    private readonly today: Day,
    lookup: FieldLookup,
  ) {
    const { fields, duplicates } = collectFields(frontmatter, lookup);
    this.fields = fields;
    for (const d of duplicates) {
      this.problem(d.field, `${d.field} is written ${d.keys.length} times (${d.keys.join(', ')}); only '${d.keys[0]}' is used, so remove the others`);
    }
  }

  problem(field: string, message: string): void {
    this.problems.push({ note: this.path, field, message });
  }

  private present(field: string): unknown {
    const entry = this.fields.get(field);
    return entry === undefined || isAbsent(entry.value) ? undefined : entry.value;
  }

  day(field: string, what = 'a date'): Day | null {
    const value = this.present(field);
    if (value === undefined) return null;
    const day = dayOfValue(value);
    if (day === null) {
      this.problem(field, dateProblemMessage(field, value, field === 'date' ? 'date-or-time' : 'date'));
    }
    return day;
  }

  /** A done marker: a date, or a checkbox (`true`: done on a day not known). */
  done(field: string): DoneMarker {
    const value = this.present(field);
    if (value === undefined || value === false) return null;
    if (value === true) return true;
    return this.day(field, 'a date (or a checkbox)');
  }

  text(field: string, what: string): string | null {
    const value = this.present(field);
    if (value === undefined) return null;
    const text = textOrLinkName(value);
    if (text !== null) return text.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.problem(field, `${field}: ${describeValue(value)} is not ${what}; write it as plain text`);
    return null;
  }

  list(field: string): unknown[] {
    const value = this.present(field);
    if (value === undefined) return [];
    if (!Array.isArray(value) || textOrLinkName(value) !== null) return [value];
    if (value.length > MAX_LIST_ITEMS) {
      this.problem(field, `${field} lists ${value.length} items; only the first ${MAX_LIST_ITEMS} are used, so shorten the list`);
    }
    return value.slice(0, MAX_LIST_ITEMS).filter((v) => !isAbsent(v));
  }

  people(field: string): Person[] {
    const people: Person[] = [];
    const seen = new Set<string>();
    const value = this.present(field);
    // A single text may name several people; a list item never does.
    const items = typeof value === 'string' ? splitPeople(value) : this.list(field);
    for (const item of items) {
      const person = readPerson(item);
      if (typeof person === 'string') {
        this.problem(field, `${field}: ${describeValue(item)} is not a person: ${person}`);
      } else if (!seen.has(person.name)) {
        seen.add(person.name);
        people.push(person);
      }
    }
    return people;
  }

  days(field: string): Day[] {
    const days: Day[] = [];
    for (const item of this.list(field)) {
      const day = dayOfValue(item);
      if (day === null) {
        this.problem(field, dateProblemMessage(field, item, 'list-item'));
      } else {
        days.push(day);
      }
    }
    return days;
  }

  word<T extends string>(field: string, known: ReadonlyMap<string, T>, fallback: T): T {
    const value = this.present(field);
    if (value === undefined) return fallback;
    const found = typeof value === 'string' ? known.get(normalizeWord(value)) : undefined;
    if (found !== undefined) return found;
    const choices = [...new Set(known.values())].join(', ');
    this.problem(field, `${field}: ${describeValue(value)} is not one of ${choices}; ${fallback} is assumed until it is corrected`);
    return fallback;
  }

  checkbox(field: string): boolean {
    const value = this.present(field);
    if (value === undefined) return false;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      const w = normalizeWord(value);
      if (w === 'true' || w === 'yes') return true;
      if (w === 'false' || w === 'no') return false;
    }
    this.problem(field, `${field}: ${describeValue(value)} is not a checkbox; use true or false`);
    return false;
  }

  timeOfDate(): string | null {
    const value = this.present('date');
    if (typeof value !== 'string') return null;
    const m = /^\d{4}-\d{2}-\d{2}[Tt ](\d{2}:\d{2})/.exec(value.trim());
    return m?.[1] ?? null;
  }
}

/**
 * Reads an interview note's frontmatter into an `InterviewNote`, with a
 * problem for every field whose value has the wrong form (that field is
 * then ignored). `today` only shapes the messages; `propertyNames` are the
 * person's own names for fields, read first.
 */
export function readInterviewNote(
  path: string,
  frontmatter: Frontmatter,
  today: Day,
  propertyNames?: Readonly<Record<string, string>>,
  body = '',
): { note: InterviewNote; problems: Problem[] } {
  const r = new NoteReader(path, frontmatter, today, fieldLookup(propertyNames));
  const hasDate = r.list('date').length > 0;
  const date = r.day('date', 'a date');
  if (!hasDate) {
    // Say where the day seems to be (another property, a Dataview field, the file name), without using it.
    r.problems.push({ note: path, field: 'date', message: findMissingDateHints({ path, frontmatter, body, dateName: propertyNames?.date }).message, code: 'missing-date' });
  }
  let promisedDate = r.day('promised_date');
  if (promisedDate !== null && date !== null && promisedDate < date) {
    r.problem('promised_date', `promised_date: ${formatDay(promisedDate)} is before the interview on ${formatDay(date)}, so it is ignored; correct the date they gave`);
    promisedDate = null;
  }
  let inquiries = r.days('inquiries');
  if (date !== null) {
    const early = inquiries.filter((d) => d < date);
    if (early.length > 0) {
      r.problem('inquiries', `inquiries: ${early.map(formatDay).join(', ')} ${early.length === 1 ? 'is' : 'are'} before the interview on ${formatDay(date)}, so not counted; remove ${early.length === 1 ? 'it' : 'them'} or correct the date`);
      inquiries = inquiries.filter((d) => d >= date);
    }
  }
  const note: InterviewNote = {
    path,
    date,
    time: date === null ? null : r.timeOfDate(),
    company: r.text('company', 'a company name'),
    position: r.text('position', 'a job title'),
    interviewers: r.people('interviewer'),
    references: r.people('references'),
    promisedDate,
    followUpBy: r.day('follow_up_by'),
    deliverable: r.text('deliverable', 'a description of what you promised'),
    contactMethod: r.text('contact_method', 'a contact method')?.toLowerCase() ?? null,
    finalRound: r.checkbox('final_round'),
    status: r.word('status', STATUS_BY_WORD, 'waiting'),
    decisionDate: r.day('decision_date'),
    offerDeadline: r.day('offer_deadline'),
    thankYouMethod: r.word('thank_you_method', METHOD_BY_WORD, 'email'),
    thankYouSent: r.done('thank_you_sent'),
    referencesNotified: r.done('references_notified'),
    followedUp: r.done('followed_up'),
    inquiries,
    offerRequested: r.done('offer_requested'),
    rejectionReplySent: r.done('rejection_reply_sent'),
    offerNudgeSent: r.done('offer_nudge_sent'),
    withdrawalSent: r.done('withdrawal_sent'),
    referencesThanked: r.done('references_thanked'),
    snoozedUntil: r.day('snoozed_until'),
  };
  // The note's problems in the contract's field order, whatever order they were found in.
  const rank = (p: Problem): number => (p.field === null ? -1 : FIELDS.indexOf(p.field));
  return { note, problems: r.problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p) };
}
