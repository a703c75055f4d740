/**
 * Drafts that follow the etiquette of the job search: a thank-you to each
 * interviewer, a heads-up to each reference, the promised follow-up, status
 * inquiries, the request for a written offer, a gracious reply to a
 * rejection, a request for more time to answer an offer, news of an offer
 * to the other employers, a withdrawal or a decline, thanks to each
 * reference when the search ends, and a LinkedIn note. Pure functions: no
 * Obsidian, no DOM; the day the draft is written is a parameter, and every
 * draft is true on that day.
 */
import type { FollowUp } from '../follow-ups';
import type { Person } from '../interview-note';
import { preferredContact } from './recipient';
import type { Draft, DraftContext, DraftKind, DraftRequest } from './kinds';
import { fitToLimit, LINKEDIN_LIMIT } from './linkedin';
import { renderTemplate, splitSubject, tidy, type RenderedTemplate } from './render';
import { draftStyle, peopleOf, titleOf, type DraftStyle } from './style';
import { builtInTemplate, templateName } from './templates';
import { fillInWords, templateValues } from './variables';

export * from './kinds';
export { fitToLimit, LINKEDIN_LIMIT, wholeWordsWithin, type FittedText } from './linkedin';
export { fillInFor, renderTemplate, splitSubject, variableKey, type RenderedPiece, type RenderedTemplate, type TemplateValues } from './render';
export { contactMethodOf, greetingNameOf, prefersFirstName } from './recipient';
export { dayInWordsFrom, inquiriesSent, isLate } from './days';
export { draftStyle, hasOffer, inquiryVariantOf, type DraftStyle } from './style';
export { BUILT_IN_TEMPLATES, builtInTemplate, templateName, type BuiltInTemplate } from './templates';
export { dayRelativeTo, nextStepOf, TEMPLATE_VARIABLES, templateValues, type TemplateVariable } from './variables';

function userTemplate(request: DraftRequest, name: string): string | undefined {
  if (request.template !== undefined) return request.template;
  const templates = request.templates;
  if (templates !== undefined && Object.prototype.hasOwnProperty.call(templates, name)) {
    const text = templates[name];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

function render(template: string, values: Map<string, string | null>): RenderedTemplate {
  return renderTemplate(template, values, fillInWords);
}

function draftText(title: string, subject: string | null, body: string): string {
  const parts = [`### ${title}`];
  if (subject !== null) parts.push(`Subject: ${subject}`);
  parts.push(body);
  return `${parts.join('\n\n')}\n`;
}

function finish(style: DraftStyle, request: DraftRequest, subject: string | null, body: string, fillIns: number): Draft {
  const limit = style.medium === 'linkedin' ? LINKEDIN_LIMIT : null;
  let title = titleOf(style, request.note);
  if (limit !== null) title += ` (${body.length} of ${limit} characters)`;
  return {
    kind: style.kind,
    variant: style.variant,
    medium: style.medium,
    templateName: style.templateName,
    recipient: style.recipient,
    email: style.recipient?.email ?? null,
    title,
    subject,
    body,
    fillIns,
    characters: body.length,
    limit,
    text: draftText(title, subject, body),
  };
}

/**
 * One draft: the user's template for it when there is one, else the
 * built-in template, filled in from the note. Missing values show as
 * `[...]` fill-ins, counted in `fillIns`.
 */
export function renderDraft(request: DraftRequest): Draft {
  const style = draftStyle(request);
  const { interviewers } = peopleOf(request);
  const values = templateValues({
    note: request.note,
    recipient: style.recipient,
    interviewers,
    sender: request.sender,
    today: request.today,
    otherOfferDeadline: request.offerElsewhere?.deadline ?? null,
  });
  const builtIn = splitSubject(builtInTemplate(style.templateName)?.text ?? '');
  // A person's own thank-you template serves a late one too ({{interview_when}} is the day in words by then);
  // a later inquiry never falls back to the first one's, which it must not repeat.
  const own =
    userTemplate(request, style.templateName) ??
    (style.variant === 'late' ? userTemplate(request, templateName(style.kind, null, style.medium)) : undefined);
  const parts = own !== undefined ? splitSubject(own) : builtIn;
  const subjectTemplate = style.medium === 'linkedin' ? null : (parts.subject ?? (style.medium === 'email' ? builtIn.subject : null));
  // A subject is one line, whatever the values hold.
  const subject = subjectTemplate !== null ? render(subjectTemplate, values) : null;
  const subjectText = subject !== null ? subject.text.replace(/\s+/g, ' ').trim() : null;
  const subjectFillIns = subject?.fillIns ?? 0;
  const body = render(parts.body, values);
  if (style.medium === 'linkedin') {
    const fitted = fitToLimit(body.pieces, LINKEDIN_LIMIT);
    return finish(style, request, null, fitted.text, fitted.fillIns);
  }
  return finish(style, request, subjectText, tidy(body.text), subjectFillIns + body.fillIns);
}

/**
 * A request for more time is asked by phone where possible, then
 * confirmed in writing: the call script, then the email; the email alone
 * when the person asked for email.
 */
function moreTime(context: DraftContext): Draft[] {
  const email = renderDraft({ ...context, kind: 'offer-deadline', medium: 'email' });
  if (preferredContact(context.note, email.recipient) === 'email') return [email];
  return [renderDraft({ ...context, kind: 'offer-deadline', medium: 'call' }), email];
}

/**
 * The drafts of a kind for a note: a thank-you and a LinkedIn note for each
 * interviewer (one without a name when none is listed), a heads-up and a
 * thank-you for each reference, a call script and an email asking for more
 * time, and one draft of every other kind, to the first interviewer.
 */
export function draftsFor(kind: DraftKind, context: DraftContext): Draft[] {
  if (kind === 'offer-deadline') return moreTime(context);
  const { interviewers, references } = peopleOf(context);
  const toReferences = kind === 'notify-references' || kind === 'thank-references';
  const each = toReferences ? references : kind === 'thank-you' || kind === 'linkedin-note' ? interviewers : null;
  if (each === null || each.length === 0) return [renderDraft({ ...context, kind, person: each === null ? undefined : null })];
  return each.map((person) => renderDraft({ ...context, kind, person }));
}

/**
 * The drafts for a follow-up of the agenda: the thank-you to its
 * interviewer, the thanks to its reference, news of the offer (with its
 * deadline, from the follow-up's source) to the other employer, or the
 * drafts of its kind.
 */
export function draftsForFollowUp(followUp: FollowUp, context: Omit<DraftContext, 'note'>): Draft[] {
  const withNote: DraftContext = { ...context, note: followUp.note };
  switch (followUp.kind) {
    case 'thank-you':
    case 'thank-references': {
      const person: Person | null = followUp.person;
      return [renderDraft({ ...withNote, kind: followUp.kind, person })];
    }
    case 'offer-nudge': {
      const deadline = followUp.source?.offerDeadline ?? null;
      return draftsFor('offer-nudge', { ...withNote, offerElsewhere: deadline !== null ? { deadline } : null });
    }
    default:
      return draftsFor(followUp.kind, withNote);
  }
}
