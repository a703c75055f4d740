import type { Day } from '../dates';
import type { InterviewNote, Person } from '../interview-note';
import { dayInWordsFrom, dayRelativeTo, inquiriesSent } from './days';
import type { Sender } from './kinds';
import { filled, firstNameOf, greetingNameOf, listInWords } from './recipient';

/** A template variable, as the README documents it. */
export interface TemplateVariable {
  /** Written `{{name}}` in a template. */
  name: string;
  /** What it holds, in one line. */
  description: string;
  /** What the sender sees in its place when the note does not give it, without the brackets. */
  fillIn: string;
}

/** Every variable a template may use. */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  {
    name: 'greeting_name',
    description: 'How the draft addresses its reader: honorific and surname ("Ms. Jones"), the first name if they asked for it, else the full name.',
    fillIn: 'their name',
  },
  { name: 'recipient_name', description: 'The reader\'s full name as the note gives it ("Pat Jones").', fillIn: 'their name' },
  { name: 'recipient_first_name', description: 'The reader\'s first name ("Pat").', fillIn: 'their first name' },
  { name: 'company', description: 'The employer, from `company`.', fillIn: 'company' },
  { name: 'position', description: 'The job title interviewed for, from `position`.', fillIn: 'position' },
  { name: 'interview_day', description: 'The day of the interview in words ("Monday, November 23"), with its year when that is not the year of writing, as every day in a draft.', fillIn: 'day of the interview' },
  {
    name: 'interview_when',
    description: 'When the interview was, seen from the day the draft is written: "today", "yesterday" or "on Monday, November 23".',
    fillIn: 'when you met',
  },
  { name: 'interviewers', description: 'Everyone who interviewed you, by name ("Pat Jones and Sam Rivera").', fillIn: 'who interviewed you' },
  {
    name: 'promised_date',
    description: 'The day by which they said you would hear, in words, from `promised_date`.',
    fillIn: 'the day they said you would hear by',
  },
  {
    name: 'follow_up_by',
    description: 'The day you promised to be in touch by, in words, from `follow_up_by`.',
    fillIn: 'the day you promised to follow up by',
  },
  { name: 'deliverable', description: 'What you promised to send, from `deliverable` ("a writing sample").', fillIn: 'what you promised to send' },
  {
    name: 'next_step',
    description: 'The next step as agreed, in a sentence or two made from `deliverable`, `follow_up_by`, `promised_date` and `status`; a promise kept or a day passed is not looked forward to.',
    fillIn: 'the next step you agreed on',
  },
  {
    name: 'offer_deadline',
    description: 'The day by which the employer wants an answer to its offer, in words, from `offer_deadline`.',
    fillIn: 'the day they want your answer by',
  },
  {
    name: 'other_offer_deadline',
    description: 'For news of an offer elsewhere: the day by which you must answer that offer, in words.',
    fillIn: 'the day you must answer the other offer by',
  },
  {
    name: 'earlier_inquiry',
    description: 'The day of your latest status inquiry already sent for this interview, in words, from `inquiries`.',
    fillIn: 'the day you last wrote to ask',
  },
  {
    name: 'earlier_inquiries',
    description: 'The days of every status inquiry already sent for this interview, in words, to follow "on" ("Thursday, November 19, and again on Thursday, December 3").',
    fillIn: 'the days you wrote to ask',
  },
  { name: 'decision_date', description: 'The day you heard their decision, in words, from `decision_date`.', fillIn: 'the day you heard from them' },
  {
    name: 'caller',
    description: 'For a reference: who from the company may call, by name ("Pat Jones or Sam Rivera").',
    fillIn: 'who may call',
  },
  {
    name: 'caller_phone',
    description: "For a reference: the number such a call may come from, where an interviewer's phone is known.",
    fillIn: 'the number they may call from',
  },
  { name: 'sender_name', description: 'Your name, from the settings.', fillIn: 'your name' },
  { name: 'signature', description: 'Your sign-off, from the settings; your name when there is none.', fillIn: 'your name' },
  { name: 'sender_phone', description: 'Your phone number, from the settings.', fillIn: 'your phone number' },
  { name: 'sender_email', description: 'Your email address, from the settings.', fillIn: 'your email address' },
  { name: 'today', description: 'The day the draft is written, in words.', fillIn: 'today' },
];

const FILL_IN_WORDS = new Map(TEMPLATE_VARIABLES.map((v) => [v.name, v.fillIn]));

/** The fill-in wording of a variable, or undefined for a variable the engine does not know. */
export function fillInWords(name: string): string | undefined {
  return FILL_IN_WORDS.get(name);
}

/** What the variables are made from. */
export interface VariableSources {
  note: InterviewNote;
  recipient: Person | null;
  /** The note's interviewers, with their person notes' details. */
  interviewers: readonly Person[];
  sender: Sender;
  today: Day;
  /** For news of an offer elsewhere: that offer's deadline. */
  otherOfferDeadline?: Day | null;
}

export { dayRelativeTo };

function text(value: string | null | undefined): string | null {
  return filled(value) ? value : null;
}

/**
 * The next step as agreed, true on the day it is written: what you promised
 * to do (unless `followed_up` says it is done), then what you expect from
 * them and when. A day that has passed is never looked forward to: the
 * sentence then says what is still true, without the day.
 */
export function nextStepOf(note: InterviewNote, today: Day): string {
  const sentences: string[] = [];
  const ahead = (day: Day | null): string | null => (day !== null && day >= today ? dayInWordsFrom(day, today) : null);
  if (note.followedUp === null) {
    const by = ahead(note.followUpBy);
    if (filled(note.deliverable)) {
      sentences.push(`As promised, I will send you ${note.deliverable} ${by !== null ? `by ${by}` : 'shortly'}.`);
    } else if (note.followUpBy !== null) {
      sentences.push(by !== null ? `As we agreed, I will be in touch by ${by}.` : 'As we agreed, I will be in touch shortly.');
    }
  }
  const next = note.status === 'next-round' ? 'the next round' : 'the next step';
  const hear = ahead(note.promisedDate);
  sentences.push(hear !== null ? `I look forward to hearing from you about ${next} by ${hear}.` : `I look forward to hearing from you about ${next}.`);
  return sentences.join(' ');
}

/** Days that follow "on", which hold commas themselves: `A`, `A, and again on B`, `A, on B, and on C`. */
function daysInWords(days: readonly string[]): string | null {
  if (days.length === 0) return null;
  if (days.length === 1) return days[0] ?? null;
  if (days.length === 2) return `${days[0] ?? ''}, and again on ${days[1] ?? ''}`;
  return `${days.slice(0, -1).join(', on ')}, and on ${days[days.length - 1] ?? ''}`;
}

function callerPhone(interviewers: readonly Person[]): string | null {
  const known = interviewers.filter((p) => filled(p.phone));
  if (known.length === 0) return null;
  if (interviewers.length === 1) return known[0]?.phone ?? null;
  return known.map((p) => `${p.name}: ${p.phone ?? ''}`).join('; ');
}

/** The value of every variable of `TEMPLATE_VARIABLES`; null where the note does not give it. */
export function templateValues(sources: VariableSources): Map<string, string | null> {
  const { note, recipient, interviewers, sender, today } = sources;
  const names = interviewers.map((p) => p.name).filter(filled);
  const inWords = (day: Day | null | undefined): string | null => (day == null ? null : dayInWordsFrom(day, today));
  const sent = inquiriesSent(note, today);
  const values = new Map<string, string | null>([
    ['greeting_name', greetingNameOf(recipient)],
    ['recipient_name', recipient !== null ? text(recipient.name) : null],
    ['recipient_first_name', recipient !== null && filled(recipient.name) ? firstNameOf(recipient.name) : null],
    ['company', text(note.company)],
    ['position', text(note.position)],
    ['interview_day', inWords(note.date)],
    ['interview_when', note.date !== null ? dayRelativeTo(note.date, today) : null],
    ['interviewers', listInWords(names, 'and')],
    ['promised_date', inWords(note.promisedDate)],
    ['follow_up_by', inWords(note.followUpBy)],
    ['deliverable', text(note.deliverable)],
    ['next_step', nextStepOf(note, today)],
    ['offer_deadline', inWords(note.offerDeadline)],
    ['other_offer_deadline', inWords(sources.otherOfferDeadline)],
    ['earlier_inquiry', inWords(sent[sent.length - 1])],
    ['earlier_inquiries', daysInWords(sent.map((day) => dayInWordsFrom(day, today)))],
    ['decision_date', inWords(note.decisionDate)],
    ['caller', listInWords(names, 'or')],
    ['caller_phone', callerPhone(interviewers)],
    ['sender_name', text(sender.name)],
    ['signature', text(sender.signature) ?? text(sender.name)],
    ['sender_phone', text(sender.phone)],
    ['sender_email', text(sender.email)],
    ['today', dayInWordsFrom(today, today)],
  ]);
  return values;
}
