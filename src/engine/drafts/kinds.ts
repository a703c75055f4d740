import type { Day } from '../dates';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../follow-ups';
import type { InterviewNote, Person } from '../interview-note';

/** What a draft is for: one kind for each follow-up kind, plus a LinkedIn connection note. */
export const DRAFT_KINDS = [...FOLLOW_UP_KINDS, 'linkedin-note'] as const;
export type DraftKind = FollowUpKind | 'linkedin-note';

/**
 * The three status inquiries: the date they gave has passed, they gave no
 * date, or the interview was the final round and they are deciding.
 */
export const STATUS_INQUIRY_VARIANTS = ['date-passed', 'no-date', 'final-round'] as const;
/**
 * The later status inquiries: `again` refers to the earlier one by its day;
 * `last`, the last one the settings allow, closes the loop kindly.
 */
export const LATER_INQUIRY_VARIANTS = ['again', 'last'] as const;
/** A promised follow-up with nothing to send: a promise to be in touch by a date. */
export const CHECK_IN = 'check-in';
/** A thank-you written more than a day after the interview. */
export const LATE = 'late';
/** An offer-nudge or a withdrawal before the interview has taken place. */
export const SCHEDULED = 'scheduled';
/** A withdrawal from an application that made an offer: a gracious decline of it. */
export const DECLINE_OFFER = 'decline-offer';
/** A written-offer request for a note that records no offer: it asks for the terms in writing without thanking for an offer. */
export const CONFIRM = 'confirm';
export type DraftVariant =
  | (typeof STATUS_INQUIRY_VARIANTS)[number]
  | (typeof LATER_INQUIRY_VARIANTS)[number]
  | typeof CHECK_IN
  | typeof LATE
  | typeof SCHEDULED
  | typeof DECLINE_OFFER
  | typeof CONFIRM;

/** Status inquiries a draft assumes the settings allow, unless told otherwise. */
export const DEFAULT_MAX_INQUIRIES = 3;

/** How the draft reaches its reader. */
export const DRAFT_MEDIA = ['email', 'card', 'call', 'linkedin'] as const;
export type DraftMedium = (typeof DRAFT_MEDIA)[number];

/** The job seeker, as the settings describe them. */
export interface Sender {
  name: string | null;
  /** The sign-off under an email (may span lines); the name is used when there is none. */
  signature: string | null;
  phone?: string | null;
  email?: string | null;
}

/** Everything a draft is made from, besides its kind. */
export interface DraftContext {
  note: InterviewNote;
  /** The note's interviewers with their person notes' details; the note's own list when not given. */
  interviewers?: readonly Person[];
  /** The note's references with their person notes' details; the note's own list when not given. */
  references?: readonly Person[];
  sender: Sender;
  today: Day;
  /** The user's templates by template name (`thank-you`, `status-inquiry-final-round`, ...). */
  templates?: Readonly<Record<string, string>>;
  /**
   * For an offer-nudge: the offer another employer made, with the day it
   * must be answered by. Not given or null: that day is a fill-in.
   */
  offerElsewhere?: { deadline: Day } | null;
  /** The status inquiries the settings allow (3 when not given); the last one closes the loop. */
  maxInquiries?: number;
}

export interface DraftRequest extends DraftContext {
  kind: DraftKind;
  /** The variant (a status inquiry's, a late thank-you, ...); chosen from the note when not given or not one of the kind's. */
  variant?: DraftVariant | null;
  /** Chosen from the note and the recipient when not given (`phone` gives a call script). */
  medium?: DraftMedium | null;
  /**
   * The person written to. Not given: the first interviewer (the first
   * reference for a reference heads-up or thanks). Null: nobody named, so the
   * greeting is a fill-in.
   */
  person?: Person | null;
  /** A template to use instead of the built-in one or the user's `templates`. */
  template?: string;
}

/** A rendered draft, ready to be inserted into the note or copied. */
export interface Draft {
  kind: DraftKind;
  variant: DraftVariant | null;
  medium: DraftMedium;
  /** The template this draft was made from, which is also the name a user's template goes by. */
  templateName: string;
  recipient: Person | null;
  /** The recipient's email address, where known (for a `mailto:` link). */
  email: string | null;
  /** What the draft is, for a heading: `Thank-you email to Pat Jones`. */
  title: string;
  /** The subject line of an email; null for a card, a call script or a LinkedIn note. */
  subject: string | null;
  body: string;
  /** The `[...]` fill-ins still to replace, in the subject and the body. */
  fillIns: number;
  /** The body's length, counted as a browser's text box counts it (UTF-16 code units). */
  characters: number;
  /** The most characters the body may have (300 for a LinkedIn note), else null. */
  limit: number | null;
  /** The draft as it goes into a note: a heading, the subject line, the body. */
  text: string;
}
