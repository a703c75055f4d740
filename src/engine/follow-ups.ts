import { decidedOn, groupApplications, isOpen, type Application } from './applications';
import { BusinessCalendar, type Day } from './dates';
import type { DoneMarker, InterviewNote, Person } from './interview-note';
import { NO_SEARCH_END, offerDeadlineOf, searchEndOf, type SearchEnd } from './search-end';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

import { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';

export { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';
export { applicationKey, decidedOn, groupApplications, isOpen, makeApplication, type Application } from './applications';
export { NO_SEARCH_END, searchEndOf, type SearchEnd } from './search-end';

export const FOLLOW_UP_STATES = ['overdue', 'due', 'waiting', 'done'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

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

/** `who` of the contract: the interviewer's name for a thank-you, the reference's for thank-references, else null. */
export function whoOf(followUp: FollowUp): string | null {
  return followUp.person?.name ?? null;
}

/** Receives each follow-up the rules give, before snooze and state are applied. */
type Add = (kind: FollowUpKind, person: Person | null, from: Day, due: Day, done: DoneMarker, source?: InterviewNote | null) => void;

function stateOf(today: Day, from: Day, due: Day, done: boolean): FollowUpState {
  if (done) return 'done';
  if (today < from) return 'waiting';
  return today <= due ? 'due' : 'overdue';
}

function latestOf(days: readonly Day[]): Day | null {
  let latest: Day | null = null;
  for (const d of days) if (latest === null || d > latest) latest = d;
  return latest;
}

/** Whether a thank-you's moment has passed: a later round took place, or an inquiry went out. */
function thankYouOvertaken(note: InterviewNote, application: Application, today: Day): boolean {
  const I = note.date as Day;
  for (const other of application.notes) {
    const d = other.date;
    if (d !== null && d > I && d <= today) return true;
    if (other.inquiries.some((q) => q >= I)) return true;
  }
  return false;
}

/** The first status inquiry's day, or the next one's after those sent (row 4). */
function statusInquiryFrom(note: InterviewNote, settings: RuleSettings, calendar: BusinessCalendar): Day {
  const I = note.date as Day;
  const k = note.inquiries.length;
  const wait = settings.inquiryDaysAfterInterview;
  let from: Day | null = null;
  if (note.promisedDate !== null) from = calendar.addBusinessDays(note.promisedDate, settings.inquiryDaysAfterPromisedDate);
  else if (k === 0) from = calendar.addBusinessDays(I, wait);
  const last = latestOf(note.inquiries);
  if (last !== null) {
    const spaced = calendar.addBusinessDays(last, wait * 2 ** (k - 1));
    if (from === null || spaced > from) from = spaced;
  }
  return from as Day;
}

/** The rules of rows 1 to 7 of the contract's table, for one interview whose day has come. */
function applyRules(note: InterviewNote, application: Application, settings: RuleSettings, calendar: BusinessCalendar, today: Day, add: Add): void {
  const I = note.date as Day;
  // An undone thank-you, heads-up or rejection reply ends some days past its due day.
  const lapsed = (due: Day, done: DoneMarker): boolean => done === null && settings.lapseDays > 0 && today > due + settings.lapseDays;
  if (application.outcome === null) {
    const thankYouDue = note.thankYouMethod === 'handwritten' ? calendar.addBusinessDays(I, 1) : I + 1;
    const thankYouEnded = lapsed(thankYouDue, note.thankYouSent) || (note.thankYouSent === null && thankYouOvertaken(note, application, today));
    if (!thankYouEnded) {
      const thanked = note.interviewers.length > 0 ? note.interviewers : [null];
      for (const person of thanked) add('thank-you', person, I, thankYouDue, note.thankYouSent);
    }
    if (note.references.length > 0 && !lapsed(I, note.referencesNotified)) {
      add('notify-references', null, I, I, note.referencesNotified);
    }
    if (note.followUpBy !== null) {
      const F = note.followUpBy;
      add('promised-follow-up', null, F, F, note.followedUp);
    }
    if (note === application.latest && note.status !== 'next-round' && note.inquiries.length < settings.maxInquiries) {
      const from = statusInquiryFrom(note, settings, calendar);
      add('status-inquiry', null, from, calendar.addBusinessDays(from, settings.inquiryWindowDays), null);
    }
  }
  if (note.status === 'verbal-offer') {
    const from = decidedOn(note);
    add('written-offer', null, from, calendar.addBusinessDays(from, 1), note.offerRequested);
  }
  if (note.status === 'rejected' && settings.rejectionReply) {
    const from = decidedOn(note);
    const due = calendar.addBusinessDays(from, 1);
    if (!lapsed(due, note.rejectionReplySent)) add('rejection-reply', null, from, due, note.rejectionReplySent);
  }
  if (note === application.latest) {
    const deadline = offerDeadlineOf(application, today);
    if (deadline !== null) add('offer-deadline', null, decidedOn(note), deadline, null);
  }
}

/** Rows 8 to 10: what another application's offer or acceptance asks of this one, on its latest interview. */
function applySearchEnd(application: Application, end: SearchEnd, calendar: BusinessCalendar, add: Add): void {
  const latest = application.latest;
  const { offer, acceptance } = end;
  // Applications are compared by their latest round: the same application may be built twice.
  const isThis = (other: Application): boolean => other.latest.path === latest.path;
  const withdraws = acceptance !== null && !isThis(acceptance.application) && isOpen(application);
  if (withdraws) {
    add('withdraw', null, acceptance.from, calendar.addBusinessDays(acceptance.from, 2), latest.withdrawalSent, acceptance.application.latest);
  } else if (offer !== null && !isThis(offer.application) && application.outcome === null) {
    const due = Math.min(calendar.addBusinessDays(offer.from, 2), offer.deadline);
    add('offer-nudge', null, offer.from, due, latest.offerNudgeSent, offer.application.latest);
  }
  if (acceptance !== null && isThis(acceptance.application)) {
    const due = calendar.addBusinessDays(acceptance.from, 5);
    for (const person of end.references) add('thank-references', person, acceptance.from, due, latest.referencesThanked, latest);
  }
}

/** The follow-ups of one application on `today`, unsorted. */
export function followUpsOfApplication(
  application: Application,
  today: Day,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  calendar: BusinessCalendar = new BusinessCalendar(settings.holidays),
  end: SearchEnd = NO_SEARCH_END,
): FollowUp[] {
  const result: FollowUp[] = [];
  const collect = (note: InterviewNote): Add => (kind, person, from, due, done, source = null) => {
    // Snooze: an open follow-up that would start before `snoozed_until` starts on it instead.
    const until = note.snoozedUntil;
    if (until !== null && done === null && from < until) {
      due = Math.max(due, until);
      from = until;
    }
    const isDone = done !== null;
    result.push({
      kind,
      note,
      application,
      person,
      from,
      due,
      done: isDone,
      doneOn: typeof done === 'number' ? done : null,
      source,
      state: stateOf(today, from, due, isDone),
    });
  };
  for (const note of application.notes) {
    // An interview still to come has no follow-ups yet.
    if (note.date === null || note.date > today) continue;
    applyRules(note, application, settings, calendar, today, collect(note));
  }
  // An offer elsewhere, or an acceptance, concerns a scheduled interview too.
  applySearchEnd(application, end, calendar, collect(application.latest));
  return result;
}

const STATE_RANK: Readonly<Record<FollowUpState, number>> = { overdue: 0, due: 1, waiting: 2, done: 3 };
const KIND_RANK = new Map<FollowUpKind, number>(FOLLOW_UP_KINDS.map((k, i) => [k, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Overdue, due, waiting, done; then by due day, note path, kind and who. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    a.due - b.due ||
    compareText(a.note.path, b.note.path) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
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
  const all = [...notes];
  const applications = groupApplications(all);
  const end = searchEndOf(applications, () => all, today);
  const followUps: FollowUp[] = [];
  for (const application of applications) {
    followUps.push(...followUpsOfApplication(application, today, settings, calendar, end));
  }
  return followUps.sort(compareFollowUps);
}
