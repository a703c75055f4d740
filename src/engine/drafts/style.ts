import type { InterviewNote, Person } from '../interview-note';
import { CHECK_IN, STATUS_INQUIRY_VARIANTS, type DraftKind, type DraftMedium, type DraftRequest, type DraftVariant } from './kinds';
import { preferredContact, resolvePerson } from './recipient';
import { templateName, usualMedium } from './templates';

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
]);

/** The media each kind can take. */
const MEDIA: Readonly<Record<DraftKind, readonly DraftMedium[]>> = {
  'thank-you': ['email', 'card', 'call'],
  'notify-references': ['email'],
  'promised-follow-up': ['email', 'call'],
  'status-inquiry': ['email', 'call'],
  'written-offer': ['email', 'call'],
  'rejection-reply': ['email', 'call'],
  'linkedin-note': ['linkedin'],
};

/** Final round: ask only what they still need; a promised date: it has passed; else no date was given. */
export function inquiryVariantOf(note: InterviewNote): DraftVariant {
  if (note.finalRound) return 'final-round';
  return note.promisedDate !== null ? 'date-passed' : 'no-date';
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
  const toReference = request.kind === 'notify-references';
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
  const variant =
    request.kind === 'promised-follow-up'
      ? request.note.deliverable === null || request.note.deliverable === ''
        ? CHECK_IN
        : null
      : request.kind !== 'status-inquiry'
        ? null
        : request.variant != null && (STATUS_INQUIRY_VARIANTS as readonly string[]).includes(request.variant)
          ? request.variant
          : inquiryVariantOf(request.note);
  return { kind: request.kind, variant, medium, recipient, templateName: templateName(request.kind, variant, medium) };
}

const LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'Thank-you email',
  'notify-references': 'Reference heads-up',
  'promised-follow-up': 'Promised follow-up',
  'status-inquiry': 'Status inquiry',
  'written-offer': 'Written-offer request',
  'rejection-reply': 'Rejection reply',
  'linkedin-note': 'LinkedIn note',
};

/** `Thank-you email to Pat Jones`, `Call script: status inquiry to Pat Jones`. */
export function titleOf(style: DraftStyle, note: InterviewNote): string {
  let label = LABELS[style.kind];
  if (style.medium === 'card') label = 'Thank-you card';
  if (style.medium === 'call') {
    label = `Call script: ${style.kind === 'thank-you' ? 'thank-you' : `${label.charAt(0).toLowerCase()}${label.slice(1)}`}`;
  }
  const to = style.recipient?.name ?? note.company;
  const oneLine = (to ?? '').replace(/\s+/g, ' ').trim();
  return oneLine === '' ? label : `${label} to ${oneLine}`;
}
