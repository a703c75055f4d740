import type { Day } from '../dates';
import { draftsFor, renderDraft, type Draft, type DraftContext, type DraftKind, type Sender } from '../drafts';
import { FOLLOW_UP_KIND_INFO } from '../follow-up-kinds';
import type { FollowUp } from '../follow-ups';
import type { InterviewNote, Person } from '../interview-note';
import { writesToAReference } from '../drafts/style';
import { withPersonNote } from '../people';
import type { RuleSettings } from '../settings';
import { followUpsOfNote, interviewNoteAt, namesPerson, noFollowUp, notDueNotice } from './follow-up-gate';
import { readVaultAgenda } from './record';
import { Refusal } from './refusal';
import type { InterviewVault } from './vault';

/**
 * Drafting, written once for the plugin and the command line: the drafts of
 * a follow-up a note has (one per person where it goes to several), with
 * each person's own note's details and the person's own templates, and a
 * word when it is not due now.
 */

export interface DraftRequest {
  path: string;
  kind: DraftKind;
  /** The person written to, as typed; null: everyone the follow-up goes to. */
  who: string | null;
  today: Day;
  sender: Sender;
}

export interface DraftOutcome {
  note: InterviewNote;
  followUps: FollowUp[];
  drafts: Draft[];
  /** `not due until Monday, December 7`, `already done on ...`, for a follow-up that is not due now; else null. */
  notice: string | null;
}

/** A person with the details of their own note, looked up through the vault. */
async function resolved(vault: Pick<InterviewVault, 'personNote'>, person: Person, from: string): Promise<Person> {
  return person.link === null ? person : withPersonNote(person, await vault.personNote(person.link, from));
}

/** Everything a draft of this note is made from. */
export async function draftContextOf(
  vault: Pick<InterviewVault, 'personNote' | 'templates'>,
  note: InterviewNote,
  today: Day,
  sender: Sender,
  maxInquiries: number,
): Promise<DraftContext> {
  return {
    note,
    interviewers: await Promise.all(note.interviewers.map((p) => resolved(vault, p, note.path))),
    references: await Promise.all(note.references.map((p) => resolved(vault, p, note.path))),
    sender,
    today,
    templates: await vault.templates(),
    maxInquiries,
  };
}

/** The person as the context already has them, their own note's details in: the note's own interviewers and references were looked up once. */
function inContext(person: Person, context: DraftContext): Person | undefined {
  const i = context.note.interviewers.indexOf(person);
  if (i !== -1) return context.interviewers?.[i];
  const j = context.note.references.indexOf(person);
  return j === -1 ? undefined : context.references?.[j];
}

function toWho(kind: DraftKind, context: DraftContext, who: string): Draft[] {
  const people = [...(context.interviewers ?? []), ...(context.references ?? [])];
  const person = people.find((p) => namesPerson(p, who));
  if (person === undefined) {
    const names = people.map((p) => p.name);
    throw new Refusal(`nobody called '${who}' is named in this note${names.length > 0 ? `; it names ${names.join(', ')}` : ''}`);
  }
  return [renderDraft({ ...context, kind, person })];
}

/**
 * The drafts of these follow-ups of one note (all of one kind): one per
 * person for the kinds that go to each person, each with their own note's
 * details; otherwise the one draft, to `who` when given.
 */
export async function draftsOfFollowUps(
  vault: Pick<InterviewVault, 'personNote'>,
  kind: DraftKind,
  followUps: readonly FollowUp[],
  context: DraftContext,
  who: string | null = null,
): Promise<Draft[]> {
  const deadline = followUps[0]?.source?.offerDeadline ?? null;
  const withOffer: DraftContext = kind === 'offer-nudge' && deadline !== null ? { ...context, offerElsewhere: { deadline } } : context;
  if (kind === 'linkedin-note' || !FOLLOW_UP_KIND_INFO[kind].perPerson) {
    return who === null ? draftsFor(kind, withOffer) : toWho(kind, withOffer, who);
  }
  const people = await Promise.all(
    followUps.map((f) => (f.person === null ? Promise.resolve(null) : Promise.resolve(inContext(f.person, context) ?? resolved(vault, f.person, f.note.path)))),
  );
  const named = people.filter((p): p is Person => p !== null);
  // A reference thanked may be named in another note of the search.
  const withPeople = kind === 'thank-references' ? { ...withOffer, references: named } : withOffer;
  return people.map((person) => renderDraft({ ...withPeople, kind, person }));
}

/** The drafts for a note and kind, or a `Refusal` saying why the note has no such follow-up. */
export async function draftForNote(vault: Pick<InterviewVault, 'readings' | 'personNote' | 'templates'>, request: DraftRequest, settings: RuleSettings): Promise<DraftOutcome> {
  const found = await readVaultAgenda(vault, request.today, settings);
  const note = interviewNoteAt(found, request.path);
  let followUps: FollowUp[] = [];
  if (request.kind === 'linkedin-note') {
    if (note.interviewers.length === 0) throw new Refusal(`${note.path} names no interviewer to write a LinkedIn note to; add one under interviewer`);
  } else {
    followUps = followUpsOfNote(found.agenda, note, request.kind, request.who);
    if (followUps.length === 0) throw noFollowUp(found, note, request.kind, settings);
  }
  const context = await draftContextOf(vault, note, request.today, request.sender, settings.maxInquiries);
  const drafts = await draftsOfFollowUps(vault, request.kind, followUps, context, request.who);
  return { note, followUps, drafts, notice: notDueNotice(followUps, request.today) };
}

/**
 * Whom a follow-up's draft goes to, as the draft addresses it: the
 * follow-up's own person (the interviewer thanked, the reference thanked),
 * else the note's first reference or first interviewer, as the kind says.
 */
export function recipientOfFollowUp(f: FollowUp): Person | null {
  if (f.person !== null) return f.person;
  return (writesToAReference(f.kind) ? f.note.references[0] : f.note.interviewers[0]) ?? null;
}
