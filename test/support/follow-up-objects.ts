import { parseDay, type Day } from '../../src/engine/dates';
import { makeApplication, type FollowUp, type FollowUpState } from '../../src/engine/follow-ups';
import type { InterviewNote, Person } from '../../src/engine/interview-note';

/** A day from `YYYY-MM-DD` (this module is also used where `../helpers`, which reads files, cannot load: a DOM test). */
export function d(text: string): Day {
  const day = parseDay(text);
  if (day === null) throw new Error(`not a date: ${text}`);
  return day;
}

/**
 * Interview notes and follow-ups made directly, field by field, without the
 * rules: for tests of what a person reads about a follow-up, whatever rule
 * brings it.
 */

export function person(name: string, details: Partial<Person> = {}): Person {
  return { name, honorific: null, email: null, phone: null, prefers: null, link: null, ...details };
}

export function interviewNote(path: string, fields: Partial<InterviewNote> = {}): InterviewNote {
  return {
    path,
    date: d('2026-11-20'),
    time: null,
    company: null,
    position: null,
    interviewers: [],
    references: [],
    promisedDate: null,
    followUpBy: null,
    deliverable: null,
    contactMethod: null,
    finalRound: false,
    status: 'waiting',
    decisionDate: null,
    thankYouMethod: 'email',
    thankYouSent: null,
    referencesNotified: null,
    followedUp: null,
    inquiries: [],
    offerRequested: null,
    rejectionReplySent: null,
    snoozedUntil: null,
    offerDeadline: null,
    offerNudgeSent: null,
    withdrawalSent: null,
    referencesThanked: null,
    ...fields,
  };
}

/** The state a follow-up has on `today`, as the contract defines it. */
export function stateOn(today: Day, from: Day, due: Day, done: boolean): FollowUpState {
  if (done) return 'done';
  if (today < from) return 'waiting';
  return today <= due ? 'due' : 'overdue';
}

export interface FollowUpSpec {
  kind: FollowUp['kind'];
  note: InterviewNote;
  from: string;
  due: string;
  today: string;
  person?: Person | null;
  /** `true`: a ticked checkbox; a `YYYY-MM-DD`: done that day. */
  done?: string | true;
  source?: InterviewNote | null;
}

/** A follow-up with its state on `today`; its application is its note alone. */
export function followUp(spec: FollowUpSpec): FollowUp {
  const from = d(spec.from);
  const due = d(spec.due);
  const done = spec.done !== undefined;
  const doneOn = typeof spec.done === 'string' ? d(spec.done) : null;
  return {
    kind: spec.kind,
    note: spec.note,
    application: makeApplication([spec.note]),
    person: spec.person ?? null,
    from,
    due,
    state: stateOn(d(spec.today), from, due, done),
    done,
    doneOn,
    source: spec.source ?? null,
  };
}
