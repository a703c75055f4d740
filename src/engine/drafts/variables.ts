import type { Day } from '../dates';
import type { InterviewNote, Person } from '../interview-note';
import { dayInWords } from '../words';
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
  { name: 'interview_day', description: 'The day of the interview in words ("Monday, November 23").', fillIn: 'day of the interview' },
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
    description: 'The next step as agreed, in a sentence or two made from `deliverable`, `follow_up_by`, `promised_date` and `status`.',
    fillIn: 'the next step you agreed on',
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
}

/** `today`, `yesterday`, `on Monday, November 23`. */
export function dayRelativeTo(day: Day, today: Day): string {
  if (day === today) return 'today';
  if (day === today - 1) return 'yesterday';
  return `on ${dayInWords(day)}`;
}

function text(value: string | null | undefined): string | null {
  return filled(value) ? value : null;
}

/** The next step as agreed: what you promised to do, then what you expect from them and when. */
export function nextStepOf(note: InterviewNote): string {
  const sentences: string[] = [];
  if (note.followedUp === null) {
    const by = note.followUpBy !== null ? dayInWords(note.followUpBy) : null;
    if (filled(note.deliverable)) {
      sentences.push(`As promised, I will send you ${note.deliverable} ${by !== null ? `by ${by}` : 'shortly'}.`);
    } else if (by !== null) {
      sentences.push(`As we agreed, I will be in touch by ${by}.`);
    }
  }
  const next = note.status === 'next-round' ? 'the next round' : 'the next step';
  sentences.push(
    note.promisedDate !== null
      ? `I look forward to hearing from you about ${next} by ${dayInWords(note.promisedDate)}.`
      : `I look forward to hearing from you about ${next}.`,
  );
  return sentences.join(' ');
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
  const values = new Map<string, string | null>([
    ['greeting_name', greetingNameOf(recipient)],
    ['recipient_name', recipient !== null ? text(recipient.name) : null],
    ['recipient_first_name', recipient !== null && filled(recipient.name) ? firstNameOf(recipient.name) : null],
    ['company', text(note.company)],
    ['position', text(note.position)],
    ['interview_day', note.date !== null ? dayInWords(note.date) : null],
    ['interview_when', note.date !== null ? dayRelativeTo(note.date, today) : null],
    ['interviewers', listInWords(names, 'and')],
    ['promised_date', note.promisedDate !== null ? dayInWords(note.promisedDate) : null],
    ['follow_up_by', note.followUpBy !== null ? dayInWords(note.followUpBy) : null],
    ['deliverable', text(note.deliverable)],
    ['next_step', nextStepOf(note)],
    ['decision_date', note.decisionDate !== null ? dayInWords(note.decisionDate) : null],
    ['caller', listInWords(names, 'or')],
    ['caller_phone', callerPhone(interviewers)],
    ['sender_name', text(sender.name)],
    ['signature', text(sender.signature) ?? text(sender.name)],
    ['sender_phone', text(sender.phone)],
    ['sender_email', text(sender.email)],
    ['today', dayInWords(today)],
  ]);
  return values;
}
