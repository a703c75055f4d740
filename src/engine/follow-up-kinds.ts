/**
 * The follow-up kinds, in the contract's table order (which is also the sort
 * order), with what each one is called wherever a person meets it: its done
 * marker, what recording it says, the command palette's names. Adding a kind
 * means a row here, its rule in `follow-ups.ts`, its draft template, and tests.
 */
export const FOLLOW_UP_KINDS = [
  'thank-you',
  'notify-references',
  'promised-follow-up',
  'status-inquiry',
  'written-offer',
  'rejection-reply',
  'offer-deadline',
  'offer-nudge',
  'withdraw',
  'thank-references',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUpKindInfo {
  /** The field that records it done; null when nothing marks it done (answering an offer ends it). */
  doneField: string | null;
  /** Whether the done marker is a list of dates (status inquiries) rather than one date. */
  doneIsList: boolean;
  /** What recording it says: `thank-you sent`. */
  doneWords: string;
  /** The command palette's mark command. */
  markCommand: string;
  /** The command palette's draft command. */
  draftCommand: string;
  /** `who` names a person for each of these (an interviewer or a reference). */
  perPerson: boolean;
  /**
   * Its draft is about another application (an offer elsewhere, an
   * acceptance): only the follow-up knows which, so it is drafted from the
   * follow-up, where the note has one.
   */
  draftFromFollowUp: boolean;
  /** It can wait with a snooze; an employer's deadline cannot. */
  snoozable: boolean;
}

export const FOLLOW_UP_KIND_INFO: Readonly<Record<FollowUpKind, FollowUpKindInfo>> = Object.freeze({
  'thank-you': {
    doneField: 'thank_you_sent',
    doneIsList: false,
    doneWords: 'thank-you sent',
    markCommand: 'Mark thank-you sent',
    draftCommand: 'Insert thank-you draft',
    perPerson: true,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'notify-references': {
    doneField: 'references_notified',
    doneIsList: false,
    doneWords: 'references notified',
    markCommand: 'Mark references notified',
    draftCommand: 'Insert reference heads-up',
    perPerson: false,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'promised-follow-up': {
    doneField: 'followed_up',
    doneIsList: false,
    doneWords: 'promised follow-up done',
    markCommand: 'Mark promised follow-up done',
    draftCommand: 'Insert follow-up promise draft',
    perPerson: false,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'status-inquiry': {
    doneField: 'inquiries',
    doneIsList: true,
    doneWords: 'status inquiry sent',
    markCommand: 'Mark status inquiry sent',
    draftCommand: 'Insert status-inquiry draft',
    perPerson: false,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'written-offer': {
    doneField: 'offer_requested',
    doneIsList: false,
    doneWords: 'written offer requested',
    markCommand: 'Mark written offer requested',
    draftCommand: 'Insert written-offer request',
    perPerson: false,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'rejection-reply': {
    doneField: 'rejection_reply_sent',
    doneIsList: false,
    doneWords: 'rejection reply sent',
    markCommand: 'Mark rejection reply sent',
    draftCommand: 'Insert rejection reply',
    perPerson: false,
    draftFromFollowUp: false,
    snoozable: true,
  },
  'offer-deadline': {
    doneField: null,
    doneIsList: false,
    doneWords: 'offer answered',
    markCommand: 'Mark offer answered',
    draftCommand: 'Insert request for more time',
    perPerson: false,
    draftFromFollowUp: true,
    snoozable: false,
  },
  'offer-nudge': {
    doneField: 'offer_nudge_sent',
    doneIsList: false,
    doneWords: 'offer news sent',
    markCommand: 'Mark offer news sent',
    draftCommand: 'Insert offer news draft',
    perPerson: false,
    draftFromFollowUp: true,
    snoozable: true,
  },
  withdraw: {
    doneField: 'withdrawal_sent',
    doneIsList: false,
    doneWords: 'withdrawal sent',
    markCommand: 'Mark withdrawal sent',
    draftCommand: 'Insert withdrawal draft',
    perPerson: false,
    draftFromFollowUp: true,
    snoozable: true,
  },
  'thank-references': {
    doneField: 'references_thanked',
    doneIsList: false,
    doneWords: 'references thanked',
    markCommand: 'Mark references thanked',
    draftCommand: 'Insert thanks to references',
    perPerson: true,
    draftFromFollowUp: true,
    snoozable: true,
  },
});
