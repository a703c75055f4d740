import type { Day } from './dates';

export const STATUSES = [
  'waiting',
  'next-round',
  'verbal-offer',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that settle an application: its thank-yous, heads-ups and inquiries end. */
export const OUTCOMES: ReadonlySet<Status> = new Set<Status>([
  'verbal-offer',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
]);

export const THANK_YOU_METHODS = ['email', 'handwritten'] as const;
export type ThankYouMethod = (typeof THANK_YOU_METHODS)[number];

/** Someone the job seeker met or named: an interviewer or a reference. */
export interface Person {
  /** As the note names them, honorific included (`Dr. Dana Lee`), or a linked note's name. */
  name: string;
  /** `Ms.`, `Dr.`, ... where the note gives one. */
  honorific: string | null;
  email: string | null;
  phone: string | null;
  /** How they asked to be contacted, or how they like to be addressed. */
  prefers: string | null;
  /** The link's target (`People/Pat Jones`) when the person is a link to a person note. */
  link: string | null;
}

/**
 * A done marker: the day it was done, `true` for a checkbox ticked with no
 * day, or null when not done.
 */
export type DoneMarker = Day | true | null;

/** One interview, read from a note's frontmatter. */
export interface InterviewNote {
  /** Path inside the vault, `/` separators. */
  path: string;
  /** The interview's calendar day; null when the note has no usable date. */
  date: Day | null;
  /** The time of day as written (`14:30`), when the date has one. */
  time: string | null;
  company: string | null;
  position: string | null;
  interviewers: Person[];
  references: Person[];
  promisedDate: Day | null;
  followUpBy: Day | null;
  deliverable: string | null;
  contactMethod: string | null;
  finalRound: boolean;
  status: Status;
  decisionDate: Day | null;
  thankYouMethod: ThankYouMethod;
  thankYouSent: DoneMarker;
  referencesNotified: DoneMarker;
  followedUp: DoneMarker;
  inquiries: Day[];
  offerRequested: DoneMarker;
  rejectionReplySent: DoneMarker;
  snoozedUntil: Day | null;
  /** The day by which the employer wants an answer to its offer. */
  offerDeadline: Day | null;
  offerNudgeSent: DoneMarker;
  withdrawalSent: DoneMarker;
  referencesThanked: DoneMarker;
}

/** Something in a note the user should fix; `field` is null when the whole frontmatter is unreadable. */
export interface Problem {
  note: string;
  field: string | null;
  message: string;
  /** The line of the note it is about (1 for the first), where known: see `lineOfProblem`. */
  line?: number | null;
  /** `missing-date`: the note has no date at all, which `track` can bring in. */
  code?: 'missing-date';
}
