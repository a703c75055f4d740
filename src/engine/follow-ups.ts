import { BusinessCalendar, type Day } from './dates';
import { OUTCOMES, type InterviewNote, type Person, type Status } from './interview-note';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

import { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';

export { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';

export const FOLLOW_UP_STATES = ['overdue', 'due', 'waiting', 'done'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** Interview notes with the same company and position (contract section 3). */
export interface Application {
  notes: InterviewNote[];
  /** The interview with the latest date (ties: the later path). */
  latest: InterviewNote;
  /** The latest interview's status when it settles the application, else null. */
  outcome: Status | null;
}

/** One thing to do after an interview. */
export interface FollowUp {
  kind: FollowUpKind;
  note: InterviewNote;
  application: Application;
  /** The interviewer thanked (thank-you) or the reference thanked (thank-references), else null. */
  person: Person | null;
  /** The first day it is right to do it. */
  from: Day;
  /** The last day to do it on time. */
  due: Day;
  state: FollowUpState;
  /** Whether its done marker holds. */
  done: boolean;
  /** The day its done marker records, when done on a known day (a ticked checkbox gives none). */
  doneOn: Day | null;
  /**
   * For `offer-nudge`, `withdraw` and `thank-references`: the latest
   * interview of the application whose offer (with its `offerDeadline`) or
   * acceptance brought this follow-up; else null.
   */
  source: InterviewNote | null;
}

/** `who` of the contract: the interviewer's name for a thank-you, else null. */
export function whoOf(followUp: FollowUp): string | null {
  return followUp.person?.name ?? null;
}

/** Notes with the same key are rounds of one application: company and position, trimmed, any case. */
export function applicationKey(note: InterviewNote): string {
  if (note.company === null || note.company.trim() === '') return `\u0001${note.path}`;
  return `${note.company.trim().toLowerCase()}\u0000${(note.position ?? '').trim().toLowerCase()}`;
}

function isLater(a: InterviewNote, b: InterviewNote): boolean {
  // Only dated notes reach here.
  const da = a.date ?? 0;
  const db = b.date ?? 0;
  return da !== db ? da > db : a.path > b.path;
}

/** The application made of these rounds (at least one, all dated). */
export function makeApplication(notes: InterviewNote[]): Application {
  let latest = notes[0] as InterviewNote;
  for (const n of notes) if (isLater(n, latest)) latest = n;
  return { notes, latest, outcome: OUTCOMES.has(latest.status) ? latest.status : null };
}

/** Groups dated interview notes into applications. Notes without a date belong to none. */
export function groupApplications(notes: Iterable<InterviewNote>): Application[] {
  const byKey = new Map<string, InterviewNote[]>();
  for (const note of notes) {
    if (note.date === null) continue;
    const key = applicationKey(note);
    const group = byKey.get(key);
    if (group) group.push(note);
    else byKey.set(key, [note]);
  }
  return [...byKey.values()].map(makeApplication);
}

/** Receives each follow-up the rules give, before snooze and state are applied. */
type Add = (kind: FollowUpKind, person: Person | null, from: Day, due: Day, doneOn: Day | null) => void;

function stateOf(today: Day, from: Day, due: Day, doneOn: Day | null): FollowUpState {
  if (doneOn !== null) return 'done';
  if (today < from) return 'waiting';
  return today <= due ? 'due' : 'overdue';
}

function latestOf(days: readonly Day[]): Day | null {
  let latest: Day | null = null;
  for (const d of days) if (latest === null || d > latest) latest = d;
  return latest;
}

/** The rules of the contract's table, row by row, for one interview. */
function applyRules(note: InterviewNote, application: Application, settings: RuleSettings, calendar: BusinessCalendar, add: Add): void {
  const I = note.date as Day;
  if (application.outcome === null) {
    const thankYouDue = note.thankYouMethod === 'handwritten' ? calendar.addBusinessDays(I, 1) : I + 1;
    const thanked = note.interviewers.length > 0 ? note.interviewers : [null];
    for (const person of thanked) {
      add('thank-you', person, I, thankYouDue, note.thankYouSent);
    }
    if (note.references.length > 0) {
      add('notify-references', null, I, I, note.referencesNotified);
    }
    if (note.followUpBy !== null) {
      const F = note.followUpBy;
      add('promised-follow-up', null, F, F, note.followedUp);
    }
    if (note === application.latest && note.status !== 'next-round' && note.inquiries.length < settings.maxInquiries) {
      const lastInquiry = latestOf(note.inquiries);
      const from =
        lastInquiry !== null
          ? calendar.addBusinessDays(lastInquiry, settings.inquiryDaysAfterInterview)
          : note.promisedDate !== null
            ? calendar.addBusinessDays(note.promisedDate, settings.inquiryDaysAfterPromisedDate)
            : calendar.addBusinessDays(I, settings.inquiryDaysAfterInterview);
      add('status-inquiry', null, from, calendar.addBusinessDays(from, settings.inquiryWindowDays), null);
    }
  }
  if (note.status === 'verbal-offer') {
    const from = note.decisionDate ?? I;
    add('written-offer', null, from, calendar.addBusinessDays(from, 1), note.offerRequested);
  }
  if (note.status === 'rejected' && settings.rejectionReply) {
    const from = note.decisionDate ?? I;
    add('rejection-reply', null, from, calendar.addBusinessDays(from, 1), note.rejectionReplySent);
  }
}

/** The follow-ups of one application on `today`, unsorted. */
export function followUpsOfApplication(
  application: Application,
  today: Day,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  calendar: BusinessCalendar = new BusinessCalendar(settings.holidays),
): FollowUp[] {
  const result: FollowUp[] = [];
  for (const note of application.notes) {
    if (note.date === null || note.date > today) continue;
    const until = note.snoozedUntil;
    applyRules(note, application, settings, calendar, (kind, person, from, due, doneOn) => {
      // Snooze: an open follow-up that would start before `snoozed_until` starts on it instead.
      if (until !== null && doneOn === null && from < until) {
        due = Math.max(due, until);
        from = until;
      }
      result.push({ kind, note, application, person, from, due, doneOn, state: stateOf(today, from, due, doneOn) });
    });
  }
  return result;
}

const STATE_RANK: Readonly<Record<FollowUpState, number>> = { overdue: 0, due: 1, waiting: 2, done: 3 };
const KIND_RANK: Readonly<Record<FollowUpKind, number>> = {
  'thank-you': 0,
  'notify-references': 1,
  'promised-follow-up': 2,
  'status-inquiry': 3,
  'written-offer': 4,
  'rejection-reply': 5,
};

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Overdue, due, waiting, done; then by due day, note path, kind and who. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    a.due - b.due ||
    compareText(a.note.path, b.note.path) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    compareText(whoOf(a) ?? '', whoOf(b) ?? '')
  );
}

/** Every follow-up of the given interview notes on `today`, done ones included, in agenda order. */
export function computeFollowUps(
  notes: Iterable<InterviewNote>,
  today: Day,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): FollowUp[] {
  const calendar = new BusinessCalendar(settings.holidays);
  const all: FollowUp[] = [];
  for (const application of groupApplications(notes)) {
    all.push(...followUpsOfApplication(application, today, settings, calendar));
  }
  return all.sort(compareFollowUps);
}
