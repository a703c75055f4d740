import { dayOfValue, formatDay, type Day } from './dates';
import {
  STATUSES,
  THANK_YOU_METHODS,
  type InterviewNote,
  type Person,
  type Problem,
  type Status,
  type ThankYouMethod,
} from './interview-note';
import { collectFields, isAbsent, normalizeKey, normalizeWord, type FieldEntry } from './keys';
import { readPerson } from './people';
import { isInFolders } from './settings';

/** A frontmatter map as YAML or Obsidian's metadataCache gives it. */
export type Frontmatter = Readonly<Record<string, unknown>>;

/** More people or inquiries than this in one note is a mistake (a pasted list), not an interview. */
export const MAX_LIST_ITEMS = 100;

const STATUS_BY_WORD = new Map<string, Status>(STATUSES.map((s) => [normalizeWord(s), s]));
const METHOD_BY_WORD = new Map<string, ThankYouMethod>(THANK_YOU_METHODS.map((m) => [normalizeWord(m), m]));

function findKey(frontmatter: Frontmatter, wanted: string): unknown {
  for (const key of Object.keys(frontmatter)) {
    if (normalizeKey(key) === wanted) return frontmatter[key];
  }
  return undefined;
}

function typeIsInterview(value: unknown): boolean {
  if (typeof value === 'string') return normalizeWord(value) === 'interview';
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && normalizeWord(v) === 'interview');
}

/** `interview`, `#Interview` and `interview/onsite` are interview tags; `interviews` is not. */
export function isInterviewTag(tag: string): boolean {
  const t = tag.trim().replace(/^#/, '').toLowerCase();
  return t === 'interview' || t.startsWith('interview/');
}

function tagsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Contract section 1: `type: interview`, an interview tag, or a note in an interview folder. */
export function isInterviewNote(path: string, frontmatter: Frontmatter | null, folders: readonly string[]): boolean {
  if (isInFolders(path, folders)) return true;
  if (frontmatter === null) return false;
  if (typeIsInterview(findKey(frontmatter, 'type'))) return true;
  return tagsOf(findKey(frontmatter, 'tags')).some(isInterviewTag);
}

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
  ) {
    const { fields, duplicates } = collectFields(frontmatter);
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
      this.problem(field, `${field}: ${describeValue(value)} is not ${what}; use the form YYYY-MM-DD, such as ${formatDay(this.today)}`);
    }
    return day;
  }

  text(field: string, what: string): string | null {
    const value = this.present(field);
    if (value === undefined) return null;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.problem(field, `${field}: ${describeValue(value)} is not ${what}; write it as plain text`);
    return null;
  }

  list(field: string): unknown[] {
    const value = this.present(field);
    if (value === undefined) return [];
    if (!Array.isArray(value)) return [value];
    if (value.length > MAX_LIST_ITEMS) {
      this.problem(field, `${field} lists ${value.length} items; only the first ${MAX_LIST_ITEMS} are used, so shorten the list`);
    }
    return value.slice(0, MAX_LIST_ITEMS).filter((v) => !isAbsent(v));
  }

  people(field: string): Person[] {
    const people: Person[] = [];
    const seen = new Set<string>();
    for (const item of this.list(field)) {
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
        this.problem(field, `${field}: ${describeValue(item)} is not a date, so it is not counted; use the form YYYY-MM-DD, such as ${formatDay(this.today)}`);
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
 * then ignored). `today` only shapes the examples in the messages.
 */
export function readInterviewNote(
  path: string,
  frontmatter: Frontmatter,
  today: Day,
): { note: InterviewNote; problems: Problem[] } {
  const r = new NoteReader(path, frontmatter, today);
  const hasDate = r.list('date').length > 0;
  const date = r.day('date', 'a date');
  if (!hasDate) {
    r.problem('date', `date is missing, so this interview has no follow-ups; add the day of the interview, such as date: ${formatDay(today)}`);
  }
  const note: InterviewNote = {
    path,
    date,
    time: date === null ? null : r.timeOfDate(),
    company: r.text('company', 'a company name'),
    position: r.text('position', 'a job title'),
    interviewers: r.people('interviewer'),
    references: r.people('references'),
    promisedDate: r.day('promised_date'),
    followUpBy: r.day('follow_up_by'),
    deliverable: r.text('deliverable', 'a description of what you promised'),
    contactMethod: r.text('contact_method', 'a contact method')?.toLowerCase() ?? null,
    finalRound: r.checkbox('final_round'),
    status: r.word('status', STATUS_BY_WORD, 'waiting'),
    decisionDate: r.day('decision_date'),
    thankYouMethod: r.word('thank_you_method', METHOD_BY_WORD, 'email'),
    thankYouSent: r.day('thank_you_sent'),
    referencesNotified: r.day('references_notified'),
    followedUp: r.day('followed_up'),
    inquiries: r.days('inquiries'),
    offerRequested: r.day('offer_requested'),
    rejectionReplySent: r.day('rejection_reply_sent'),
    snoozedUntil: r.day('snoozed_until'),
  };
  return { note, problems: r.problems };
}
