import type { Day } from '../dates';
import type { InterviewNote, Person } from '../interview-note';
import { inquiriesSent, isLate } from './days';
import {
  CHECK_IN,
  CONFIRM,
  DECLINE_OFFER,
  DEFAULT_MAX_INQUIRIES,
  LATE,
  SCHEDULED,
  type DraftKind,
  type DraftMedium,
  type DraftRequest,
  type DraftVariant,
} from './kinds';
import { filled, preferredContact, resolvePerson } from './recipient';
import { builtInTemplate, templateName, usualMedium } from './templates';

/** Who a draft goes to, in which variant and by which medium. */
export interface DraftStyle {
  kind: DraftKind;
  variant: DraftVariant | null;
  medium: DraftMedium;
  recipient: Person | null;
  templateName: string;
}

/** The kinds that go to the employer, which a `phone` preference turns into call scripts. */
const TO_THE_EMPLOYER: ReadonlySet<DraftKind> = new Set<DraftKind>([
  'thank-you',
  'promised-follow-up',
  'status-inquiry',
  'written-offer',
  'rejection-reply',
  'offer-deadline',
]);

/** The kinds written to a reference rather than an interviewer. */
const TO_A_REFERENCE: ReadonlySet<DraftKind> = new Set<DraftKind>(['notify-references', 'thank-references']);

/** Whether a kind's draft goes to a reference rather than to someone at the employer. */
export function writesToAReference(kind: DraftKind): boolean {
  return TO_A_REFERENCE.has(kind);
}

/** The media each kind can take. */
const MEDIA: Readonly<Record<DraftKind, readonly DraftMedium[]>> = {
  'thank-you': ['email', 'card', 'call'],
  'notify-references': ['email'],
  'promised-follow-up': ['email', 'call'],
  'status-inquiry': ['email', 'call'],
  'written-offer': ['email', 'call'],
  'rejection-reply': ['email', 'call'],
  'offer-deadline': ['email', 'call'],
  'offer-nudge': ['email'],
  withdraw: ['email'],
  'thank-references': ['email'],
  'linkedin-note': ['linkedin'],
};

/**
 * Which status inquiry this is, on `today`: the last one allowed closes the
 * loop; a later one refers to the earlier; else, after a final round, ask
 * only what they still need; a promised date that has passed is named; else
 * no date was given (or it has not come yet).
 */
export function inquiryVariantOf(note: InterviewNote, today: Day, maxInquiries: number = DEFAULT_MAX_INQUIRIES): DraftVariant {
  const sent = inquiriesSent(note, today).length;
  if (sent >= 1 && sent >= maxInquiries - 1) return 'last';
  if (sent >= 1) return 'again';
  if (note.finalRound) return 'final-round';
  return note.promisedDate !== null && note.promisedDate < today ? 'date-passed' : 'no-date';
}

/** This application itself made an offer. */
export function hasOffer(note: InterviewNote): boolean {
  return note.status === 'offer' || note.status === 'verbal-offer';
}

/** The variant the note calls for on the day the draft is written. */
function variantFromNote(request: DraftRequest): DraftVariant | null {
  const { note, today } = request;
  const scheduled = note.date !== null && note.date > today;
  switch (request.kind) {
    case 'thank-you':
      return isLate(note, today) ? LATE : null;
    case 'promised-follow-up':
      return filled(note.deliverable) ? null : CHECK_IN;
    case 'status-inquiry':
      return inquiryVariantOf(note, today, request.maxInquiries);
    case 'written-offer':
      return hasOffer(note) ? null : CONFIRM;
    case 'offer-nudge':
      return scheduled ? SCHEDULED : null;
    case 'withdraw':
      return hasOffer(note) ? DECLINE_OFFER : scheduled ? SCHEDULED : null;
    default:
      return null;
  }
}

/**
 * The variant asked for when the kind has a template of it in this medium;
 * else the note's; else none (a handwritten card names the day anyway, so a
 * late one is an ordinary card).
 */
function variantOf(request: DraftRequest, medium: DraftMedium): DraftVariant | null {
  const exists = (variant: DraftVariant | null) => builtInTemplate(templateName(request.kind, variant, medium)) !== undefined;
  if (request.variant != null && exists(request.variant)) return request.variant;
  const fromNote = variantFromNote(request);
  return exists(fromNote) ? fromNote : null;
}

/** The interviewers and references with their person notes' details. */
export function peopleOf(request: Pick<DraftRequest, 'note' | 'interviewers' | 'references'>): {
  interviewers: readonly Person[];
  references: readonly Person[];
} {
  return {
    interviewers: request.interviewers ?? request.note.interviewers,
    references: request.references ?? request.note.references,
  };
}

function recipientOf(request: DraftRequest): Person | null {
  const { interviewers, references } = peopleOf(request);
  const toReference = TO_A_REFERENCE.has(request.kind);
  if (request.person === null) return null;
  if (request.person === undefined) return (toReference ? references[0] : interviewers[0]) ?? null;
  return toReference
    ? resolvePerson(request.person, request.note.references, references)
    : resolvePerson(request.person, request.note.interviewers, interviewers);
}

function mediumOf(request: DraftRequest, recipient: Person | null): DraftMedium {
  const allowed = MEDIA[request.kind];
  if (request.medium != null && allowed.includes(request.medium)) return request.medium;
  if (request.kind === 'thank-you' && request.note.thankYouMethod === 'handwritten') return 'card';
  if (TO_THE_EMPLOYER.has(request.kind) && preferredContact(request.note, recipient) === 'phone') return 'call';
  return usualMedium(request.kind);
}

/** How the request will be drafted; the template name tells which user template applies. */
export function draftStyle(request: DraftRequest): DraftStyle {
  const recipient = recipientOf(request);
  const medium = mediumOf(request, recipient);
  const variant = variantOf(request, medium);
  return { kind: request.kind, variant, medium, recipient, templateName: templateName(request.kind, variant, medium) };
}

const LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'Thank-you email',
  'notify-references': 'Reference heads-up',
  'promised-follow-up': 'Promised follow-up',
  'status-inquiry': 'Status inquiry',
  'written-offer': 'Written-offer request',
  'rejection-reply': 'Rejection reply',
  'offer-deadline': 'Request for more time',
  'offer-nudge': 'Offer news email',
  withdraw: 'Withdrawal email',
  'thank-references': 'Reference thank-you',
  'linkedin-note': 'LinkedIn note',
};

/** Labels of the variants a reader should tell apart in a heading. */
const VARIANT_LABELS: Partial<Record<DraftVariant, string>> = {
  again: 'Another status inquiry',
  last: 'Last status inquiry',
  'decline-offer': 'Offer decline',
};

/** `Thank-you email to Pat Jones`, `Call script: status inquiry to Pat Jones`. */
export function titleOf(style: DraftStyle, note: InterviewNote): string {
  let label = (style.variant !== null ? VARIANT_LABELS[style.variant] : undefined) ?? LABELS[style.kind];
  if (style.medium === 'card') label = 'Thank-you card';
  if (style.medium === 'call') {
    label = `Call script: ${style.kind === 'thank-you' ? 'thank-you' : `${label.charAt(0).toLowerCase()}${label.slice(1)}`}`;
  }
  const to = style.recipient?.name ?? note.company;
  const oneLine = (to ?? '').replace(/\s+/g, ' ').trim();
  return oneLine === '' ? label : `${label} to ${oneLine}`;
}
