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

// More than a day after the interview: the day in words, and no apology.
const THANK_YOU_LATE_EMAIL = `Subject: Thank you for our conversation on {{interview_day}}

Dear {{greeting_name}},

Thank you for meeting with me on {{interview_day}}, and for the chance to interview for the {{position}} position at {{company}}. Our conversation about ${RESONATED} has stayed with me, and it has made me all the more eager to join your team.

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

const THANK_YOU_LATE_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. I am calling to thank you for meeting with me on {{interview_day}}, and for the chance to interview for the {{position}} position at {{company}}.

Our conversation about ${RESONATED} has stayed with me.

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

const PROMISED_FOLLOW_UP_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. We met on {{interview_day}}, about the {{position}} position at {{company}}, and I promised to send you {{deliverable}}.

I have just emailed it to you. Could you let me know that it arrived, and whether you need anything else from me?

Voicemail: leave your name, say that {{deliverable}} is on its way by email, then leave your number, {{sender_phone}}.`;

const PROMISED_CHECK_IN_EMAIL = `Subject: Following up on our {{position}} conversation

Dear {{greeting_name}},

Thank you again for meeting with me on {{interview_day}}, about the {{position}} position at {{company}}. As I said I would, I am following up: [what you promised to get back to them about].

I remain very interested in the role and would be glad to help with anything else you need from me.

Best regards,
{{signature}}`;

const PROMISED_CHECK_IN_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. We met on {{interview_day}}, about the {{position}} position at {{company}}, and I said I would be in touch.

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

When we spoke, I understood that the next step would be settled around {{promised_date}}. Could you tell me where the process stands? Has the timeline changed, and am I still being considered for the role?

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

// A later inquiry: it refers to the earlier one by its day and says nothing the first one said.
const STATUS_INQUIRY_AGAIN = `Subject: Checking in again about the {{position}} role

Dear {{greeting_name}},

I wrote on {{earlier_inquiry}}, to ask about the {{position}} position at {{company}}, for which I interviewed on {{interview_day}}. I know decisions like this take time, so this is only a brief check-in.

Is there any news on your timeline, and is my application still under consideration? If anything would help, I would be happy to send it.

Kind regards,
{{signature}}`;

// The last inquiry the settings allow: a courtesy update, or you take it they have moved on.
const STATUS_INQUIRY_LAST = `Subject: A last note about the {{position}} role

Dear {{greeting_name}},

I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}, and wrote on {{earlier_inquiries}}, to ask where things stand. I do not want to crowd your inbox, so this will be my last note.

If you could send me a brief update when you have a moment, I would be grateful. If I do not hear back, I will take it that you have moved on with other candidates, and I wish you and the team every success.

Thank you again for your time. I would be glad to hear from you about future openings at {{company}}.

Kind regards,
{{signature}}`;

const CALL_OPENING = `Hello {{greeting_name}}, this is {{sender_name}}. I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}.`;

const STATUS_INQUIRY_DATE_PASSED_CALL = `${CALL_OPENING}

I understood that the next step would be settled around {{promised_date}}, so I am calling to ask where the process stands. Has the timeline changed, and am I still being considered?

Voicemail: leave your name, the position and your question, then your number, {{sender_phone}}.`;

const STATUS_INQUIRY_NO_DATE_CALL = `${CALL_OPENING}

I am calling to ask where the process stands and what the next step will be. Am I still being considered for the role?

Voicemail: leave your name, the position and your question, then your number, {{sender_phone}}.`;

const STATUS_INQUIRY_FINAL_ROUND_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you again for the final interview on {{interview_day}}, for the {{position}} position at {{company}}.

I know this is a busy time while you make your decision, so just one question: is there anything else you need from me to help you decide?

Voicemail: leave your name, offer to send anything they need, then leave your number, {{sender_phone}}.`;

const STATUS_INQUIRY_AGAIN_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. I was in touch on {{earlier_inquiry}}, about the {{position}} position at {{company}}, for which I interviewed on {{interview_day}}.

I know these decisions take time; I am only calling to ask whether there is any news on your timeline, and whether my application is still under consideration.

Voicemail: leave your name and the position, say you are checking in briefly, then leave your number, {{sender_phone}}.`;

const STATUS_INQUIRY_LAST_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}, and I was in touch on {{earlier_inquiries}}.

I do not want to keep chasing you, so this is my last call. If you can give me a short update, I would be grateful; if not, I will take it that you have moved on, and I thank you for your time. I would be glad to hear about future openings.

Voicemail: say the same in a few words, then leave your number, {{sender_phone}}.`;

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

// A written-offer request for a note that records no offer: it thanks for nothing that was not given.
const WRITTEN_OFFER_CONFIRM_EMAIL = `Subject: The {{position}} role: the terms in writing

Dear {{greeting_name}},

Thank you for our conversations about the {{position}} position at {{company}}.

So that I have everything in one place, could you send me in writing the terms you have in mind for the role? I would like to review the salary, benefits, expense reimbursement, and any conditions, such as a background check.

Best regards,
{{signature}}`;

const WRITTEN_OFFER_CONFIRM_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you for our conversations about the {{position}} position at {{company}}.

Could you send me in writing the terms you have in mind, with the salary, benefits, expense reimbursement, and any conditions, such as a background check? My email address is {{sender_email}}.

Voicemail: leave your name, ask for the terms by email, then leave your number, {{sender_phone}}.`;

const REJECTION_REPLY_EMAIL = `Subject: Thank you for letting me know

Dear {{greeting_name}},

Thank you for letting me know your decision about the {{position}} position. Although I am disappointed, I appreciated the time you and your colleagues at {{company}} spent with me, and I enjoyed learning about your work.

I would welcome the chance to be considered for future openings, and I hope our paths cross again.

Best regards,
{{signature}}`;

const REJECTION_REPLY_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you for letting me know your decision about the {{position}} position. Although I am disappointed, I appreciated the time you and your colleagues at {{company}} spent with me.

Please keep me in mind for future openings; I would welcome the chance to apply again.

Voicemail: say the same in a few words, then leave your number, {{sender_phone}}.`;

const MORE_TIME_REASON = '[your concrete reason, such as a family decision or another process about to close]';
const MORE_TIME_DAY = '[the day you ask for, in words]';

// Asked early, well before the deadline; by phone where possible, then in writing.
const OFFER_DEADLINE_EMAIL = `Subject: The {{position}} offer: a question about timing

Dear {{greeting_name}},

Thank you again for offering me the {{position}} position at {{company}}. I am excited about the role and about the chance to work with your team.

Your offer gives me until {{offer_deadline}}, to answer. To give it the care it deserves, I would like to ask for a little more time: ${MORE_TIME_REASON}. Would it be possible for me to give you my answer by ${MORE_TIME_DAY}?

Thank you for considering this; I will keep you posted in the meantime.

Best regards,
{{signature}}`;

const OFFER_DEADLINE_CALL = `Hello {{greeting_name}}, this is {{sender_name}}. Thank you again for offering me the {{position}} position at {{company}}; I am excited about it.

Your offer gives me until {{offer_deadline}}, to answer, and I would like to ask for a little more time: ${MORE_TIME_REASON}. Would it be possible to give you my answer by ${MORE_TIME_DAY}?

Thank you. I will confirm what we agree by email today.

Voicemail: leave your name, thank them for the offer, say you would like to talk about its timing, then leave your number, {{sender_phone}}.`;

// To another employer: the news and one polite question. No pressure, no bluff, no name of the other company.
const OFFER_NUDGE_EMAIL = `Subject: My application for the {{position}} position

Dear {{greeting_name}},

I hope you are well. I interviewed with you on {{interview_day}}, for the {{position}} position at {{company}}, and I remain very interested in the role.

I have since received an offer from another employer, which I have been asked to answer by {{other_offer_deadline}}. Before I decide, could you tell me anything about your timeline? I understand if it cannot change, and I would be grateful for whatever you can share.

Thank you for your time.

Best regards,
{{signature}}`;

const OFFER_NUDGE_SCHEDULED_EMAIL = `Subject: Our interview for the {{position}} position

Dear {{greeting_name}},

I hope you are well. I am looking forward to our interview on {{interview_day}}, for the {{position}} position at {{company}}, a role that interests me very much.

I have received an offer from another employer, which I have been asked to answer by {{other_offer_deadline}}. Could you tell me anything about the timeline of your process after the interview? I understand if it cannot change, and I would be grateful for whatever you can share.

Thank you for your time.

Best regards,
{{signature}}`;

// Once another offer is accepted: promptly, in writing, with thanks, the door open.
const WITHDRAW_EMAIL = `Subject: Withdrawing my application for the {{position}} position

Dear {{greeting_name}},

Thank you for the time you and your colleagues have given me, including our interview on {{interview_day}}, for the {{position}} position at {{company}}.

I have accepted another offer, so I am writing to withdraw my application. I wanted to let you know promptly, so that you can plan accordingly.

I enjoyed learning about your work, and I hope our paths cross again.

Best regards,
{{signature}}`;

const WITHDRAW_SCHEDULED_EMAIL = `Subject: Withdrawing from the {{position}} interview on {{interview_day}}

Dear {{greeting_name}},

Thank you for inviting me to interview for the {{position}} position at {{company}} on {{interview_day}}.

I have accepted another offer, so I am withdrawing my application and will not attend the interview. I wanted to let you know promptly, so that the time can go to another candidate.

Thank you for considering me; I hope our paths cross again.

Best regards,
{{signature}}`;

const WITHDRAW_DECLINE_OFFER_EMAIL = `Subject: Your offer for the {{position}} position

Dear {{greeting_name}},

Thank you very much for offering me the {{position}} position at {{company}}, and for the time you and your team have given me.

After careful thought, I have decided to accept another offer, so I must decline yours. It was not an easy decision: I have great respect for your team and the work you do.

I hope we stay in touch, and I would be glad to cross paths again.

With thanks and best regards,
{{signature}}`;

// When the search ends: the outcome, the new role and the start date, before they hear it elsewhere.
const THANK_REFERENCES = `Subject: Good news, and thank you

Hi {{recipient_first_name}},

I wanted you to hear it from me: I have accepted the {{position}} position at {{company}}, and I start on [your start date, in words].

Thank you so much for being a reference for me. Your support made a real difference, and I am very grateful.

If I can ever return the favour, please ask. Let us stay in touch.

Thanks again,
{{signature}}`;

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
  template('thank-you', 'late', 'email', THANK_YOU_LATE_EMAIL),
  template('thank-you', 'late', 'call', THANK_YOU_LATE_CALL),
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
  template('status-inquiry', 'again', 'email', STATUS_INQUIRY_AGAIN),
  template('status-inquiry', 'again', 'call', STATUS_INQUIRY_AGAIN_CALL),
  template('status-inquiry', 'last', 'email', STATUS_INQUIRY_LAST),
  template('status-inquiry', 'last', 'call', STATUS_INQUIRY_LAST_CALL),
  template('written-offer', null, 'email', WRITTEN_OFFER_EMAIL),
  template('written-offer', null, 'call', WRITTEN_OFFER_CALL),
  template('written-offer', 'confirm', 'email', WRITTEN_OFFER_CONFIRM_EMAIL),
  template('written-offer', 'confirm', 'call', WRITTEN_OFFER_CONFIRM_CALL),
  template('rejection-reply', null, 'email', REJECTION_REPLY_EMAIL),
  template('rejection-reply', null, 'call', REJECTION_REPLY_CALL),
  template('offer-deadline', null, 'email', OFFER_DEADLINE_EMAIL),
  template('offer-deadline', null, 'call', OFFER_DEADLINE_CALL),
  template('offer-nudge', null, 'email', OFFER_NUDGE_EMAIL),
  template('offer-nudge', 'scheduled', 'email', OFFER_NUDGE_SCHEDULED_EMAIL),
  template('withdraw', null, 'email', WITHDRAW_EMAIL),
  template('withdraw', 'scheduled', 'email', WITHDRAW_SCHEDULED_EMAIL),
  template('withdraw', 'decline-offer', 'email', WITHDRAW_DECLINE_OFFER_EMAIL),
  template('thank-references', null, 'email', THANK_REFERENCES),
  template('linkedin-note', null, 'linkedin', LINKEDIN_NOTE),
];

const BY_NAME = new Map(BUILT_IN_TEMPLATES.map((t) => [t.name, t]));

/** The built-in template of that name, or undefined. */
export function builtInTemplate(name: string): BuiltInTemplate | undefined {
  return BY_NAME.get(name);
}
