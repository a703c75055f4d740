import type { DraftKind, DraftMedium, DraftVariant } from './kinds';

/**
 * The built-in templates. A template's first line may be `Subject: ...`;
 * the rest is the body. `[...]` marks what only the sender can write.
 * A user's template of the same name replaces the built-in one.
 */
export interface BuiltInTemplate {
  /** The template's name: the kind, then the variant, then the medium when it is not the kind's usual one. */
  name: string;
  kind: DraftKind;
  variant: DraftVariant | null;
  medium: DraftMedium;
  text: string;
}

const RESONATED = '[a topic from the interview that stayed with you]';

const THANK_YOU_EMAIL = `Subject: Thank you for meeting with me {{interview_when}}

Dear {{greeting_name}},

Thank you for taking the time to meet with me {{interview_when}}, and for the chance to interview for the {{position}} position at {{company}}.

I especially enjoyed our conversation about ${RESONATED}; it made me all the more eager to join your team.

{{next_step}}

Best regards,
{{signature}}`;

const THANK_YOU_CARD = `Dear {{greeting_name}},

Thank you for meeting with me on {{interview_day}}, and for the chance to interview for the {{position}} position at {{company}}. I especially enjoyed our conversation about ${RESONATED}.

{{next_step}}

With warm thanks,
{{sender_name}}`;

const THANK_YOU_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. I am calling to thank you for meeting with me {{interview_when}}, and for the chance to interview for the {{position}} position at {{company}}.

I especially enjoyed our conversation about ${RESONATED}.

{{next_step}} Thank you again for your time.

Voicemail: say the same in a few words, then leave your number, {{sender_phone}}.`;

const NOTIFY_REFERENCES = `Subject: A heads-up: {{company}} may call you about me

Hi {{recipient_first_name}},

Thank you again for agreeing to be a reference for me. I interviewed with {{interviewers}} for the {{position}} position at {{company}} {{interview_when}}, and I think it went well.

They were most interested in [what they cared about most, such as a project we worked on together], so that may come up if they call.

If they check my references, you may hear from {{caller}} ({{caller_phone}}). Could you let me know if they get in touch?

Thanks so much,
{{signature}}`;

const PROMISED_FOLLOW_UP_EMAIL = `Subject: As promised: {{deliverable}}

Dear {{greeting_name}},

Thank you again for meeting with me on {{interview_day}}, about the {{position}} position at {{company}}. As promised, I have attached {{deliverable}}.

I hope it is useful, and I would be happy to answer any questions about it.

Best regards,
{{signature}}`;

const PROMISED_FOLLOW_UP_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. We met on {{interview_day}}, about the {{position}} position at {{company}}, and I promised to follow up by {{follow_up_by}}.

I have just emailed you {{deliverable}}. Could you let me know that it arrived, and whether you need anything else from me?

Voicemail: leave your name, say that {{deliverable}} is on its way by email, then leave your number, {{sender_phone}}.`;

const PROMISED_CHECK_IN_EMAIL = `Subject: Following up on our {{position}} conversation

Dear {{greeting_name}},

Thank you again for meeting with me on {{interview_day}}, about the {{position}} position at {{company}}. As I said I would, I am following up by {{follow_up_by}}: [what you promised to get back to them about].

I remain very interested in the role and would be glad to help with anything else you need from me.

Best regards,
{{signature}}`;

const PROMISED_CHECK_IN_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. We met on {{interview_day}}, about the {{position}} position at {{company}}, and I said I would be in touch by {{follow_up_by}}.

[What you promised to get back to them about.] Is there anything else you need from me?

Voicemail: leave your name, say you are following up as promised, then leave your number, {{sender_phone}}.`;

const INQUIRY_SUBJECT = 'Subject: Following up on my {{position}} interview';
const INQUIRY_OPENING = `Dear {{greeting_name}},

I hope you are well. I am {{sender_name}}, and I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}.`;
const INQUIRY_CLOSING = `I remain very interested in joining {{company}} and look forward to hearing from you.

Best regards,
{{signature}}`;

const STATUS_INQUIRY_DATE_PASSED = `${INQUIRY_SUBJECT}

${INQUIRY_OPENING}

When we spoke, I understood that I would hear about the next step by {{promised_date}}. Could you tell me where the process stands? Has the timeline changed, and am I still being considered for the role?

${INQUIRY_CLOSING}`;

const STATUS_INQUIRY_NO_DATE = `${INQUIRY_SUBJECT}

${INQUIRY_OPENING}

I would appreciate an update on where the process stands and what the next step will be. Am I still being considered for the role?

${INQUIRY_CLOSING}`;

const STATUS_INQUIRY_FINAL_ROUND = `Subject: Following up after my final {{position}} interview

Dear {{greeting_name}},

Thank you again for meeting with me on {{interview_day}}, for the final round of interviews for the {{position}} position at {{company}}. I enjoyed meeting the team and am excited about the role.

I know this is a busy time while you make your decision. Is there anything else you need from me to help you decide? I would be glad to send it right away.

Best regards,
{{signature}}`;

const CALL_OPENING = `Hello {{greeting_name}}, this is {{sender_name}}. I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}.`;

const STATUS_INQUIRY_DATE_PASSED_CALL = `${CALL_OPENING}

I understood that I would hear about the next step by {{promised_date}}, so I am calling to ask where the process stands. Has the timeline changed, and am I still being considered?

Voicemail: leave your name, the position and your question, then your number, {{sender_phone}}.`;

const STATUS_INQUIRY_NO_DATE_CALL = `${CALL_OPENING}

I am calling to ask where the process stands and what the next step will be. Am I still being considered for the role?

Voicemail: leave your name, the position and your question, then your number, {{sender_phone}}.`;

const STATUS_INQUIRY_FINAL_ROUND_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you again for the final interview on {{interview_day}}, for the {{position}} position at {{company}}.

I know this is a busy time while you make your decision, so just one question: is there anything else you need from me to help you decide?

Voicemail: leave your name, offer to send anything they need, then leave your number, {{sender_phone}}.`;

const WRITTEN_OFFER_EMAIL = `Subject: Thank you for the {{position}} offer

Dear {{greeting_name}},

Thank you for offering me the {{position}} position at {{company}}. I am delighted, and grateful for your confidence in me.

Could you send me the offer in writing? I would like to review a letter that sets out the salary, benefits, expense reimbursement, and any conditions of the offer, such as a background check.

I look forward to receiving it.

Best regards,
{{signature}}`;

const WRITTEN_OFFER_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you again for offering me the {{position}} position at {{company}}; I am delighted.

Could you send me the offer in writing, with the salary, benefits, expense reimbursement, and any conditions, such as a background check? My email address is {{sender_email}}.

Voicemail: leave your name, ask for the offer letter by email, then leave your number, {{sender_phone}}.`;

const REJECTION_REPLY_EMAIL = `Subject: Thank you for letting me know

Dear {{greeting_name}},

Thank you for letting me know your decision about the {{position}} position. Although I am disappointed, I appreciated the time you and your colleagues at {{company}} spent with me, and I enjoyed learning about your work.

I would welcome the chance to be considered for future openings, and I hope our paths cross again.

Best regards,
{{signature}}`;

const REJECTION_REPLY_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you for letting me know your decision about the {{position}} position. Although I am disappointed, I appreciated the time you and your colleagues at {{company}} spent with me.

Please keep me in mind for future openings; I would welcome the chance to apply again.

Voicemail: say the same in a few words, then leave your number, {{sender_phone}}.`;

const LINKEDIN_NOTE =
  'Hello {{greeting_name}}, thank you for meeting with me about the {{position}} role at {{company}} {{interview_when}}.' +
  '{{#optional}} I enjoyed our conversation and learning how your team works.{{/optional}}' +
  ' I would be glad to stay in touch here.' +
  '{{#optional}} Best regards, {{sender_name}}{{/optional}}';

function template(kind: DraftKind, variant: DraftVariant | null, medium: DraftMedium, text: string): BuiltInTemplate {
  return { name: templateName(kind, variant, medium), kind, variant, medium, text };
}

/** The medium a kind uses unless the note says otherwise. */
export function usualMedium(kind: DraftKind): DraftMedium {
  return kind === 'linkedin-note' ? 'linkedin' : 'email';
}

/** `thank-you`, `thank-you-card`, `status-inquiry-final-round-call`, ... */
export function templateName(kind: DraftKind, variant: DraftVariant | null, medium: DraftMedium): string {
  return [kind, variant, medium === usualMedium(kind) ? null : medium].filter((p) => p !== null).join('-');
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  template('thank-you', null, 'email', THANK_YOU_EMAIL),
  template('thank-you', null, 'card', THANK_YOU_CARD),
  template('thank-you', null, 'call', THANK_YOU_CALL),
  template('notify-references', null, 'email', NOTIFY_REFERENCES),
  template('promised-follow-up', null, 'email', PROMISED_FOLLOW_UP_EMAIL),
  template('promised-follow-up', null, 'call', PROMISED_FOLLOW_UP_CALL),
  template('promised-follow-up', 'check-in', 'email', PROMISED_CHECK_IN_EMAIL),
  template('promised-follow-up', 'check-in', 'call', PROMISED_CHECK_IN_CALL),
  template('status-inquiry', 'date-passed', 'email', STATUS_INQUIRY_DATE_PASSED),
  template('status-inquiry', 'no-date', 'email', STATUS_INQUIRY_NO_DATE),
  template('status-inquiry', 'final-round', 'email', STATUS_INQUIRY_FINAL_ROUND),
  template('status-inquiry', 'date-passed', 'call', STATUS_INQUIRY_DATE_PASSED_CALL),
  template('status-inquiry', 'no-date', 'call', STATUS_INQUIRY_NO_DATE_CALL),
  template('status-inquiry', 'final-round', 'call', STATUS_INQUIRY_FINAL_ROUND_CALL),
  template('written-offer', null, 'email', WRITTEN_OFFER_EMAIL),
  template('written-offer', null, 'call', WRITTEN_OFFER_CALL),
  template('rejection-reply', null, 'email', REJECTION_REPLY_EMAIL),
  template('rejection-reply', null, 'call', REJECTION_REPLY_CALL),
  template('linkedin-note', null, 'linkedin', LINKEDIN_NOTE),
];

const BY_NAME = new Map(BUILT_IN_TEMPLATES.map((t) => [t.name, t]));

/** The built-in template of that name, or undefined. */
export function builtInTemplate(name: string): BuiltInTemplate | undefined {
  return BY_NAME.get(name);
}
