import { readdir } from 'node:fs/promises';
import type { Day } from '../engine/dates';
import { draftsFor, DRAFT_KINDS, renderDraft, type Draft, type DraftContext, type DraftKind } from '../engine/drafts';
import { FOLLOW_UP_KIND_INFO } from '../engine/follow-up-kinds';
import type { FollowUp } from '../engine/follow-ups';
import type { Person } from '../engine/interview-note';
import { normalizeWord } from '../engine/keys';
import { withPersonNote } from '../engine/people';
import { readRawNote } from '../engine/raw-note';
import { followUpsOfNote, interviewNoteAt, namesPerson, noFollowUp, notDueNotice } from '../engine/use-cases/follow-up-gate';
import { locateNote, Refusal } from './note-location';
import { readPluginData, senderOf, textSetting } from './scan';
import { visibleControls } from './control-characters';
import { fileInVault, leavesVault, listNotes, readBoundedText } from './vault';
import { vaultAgenda, vaultSettings } from './vault-agenda';

export interface DraftArgs {
  command: 'draft';
  note: string;
  kind: DraftKind;
  who: string | null;
  /** null: the nearest folder above the note that holds `.obsidian`, else the current folder. */
  vault: string | null;
  today: Day | null;
  /** `--property FIELD=NAME`: documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
}

export interface DraftIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder NOTE is read from (default: the process's current folder). */
  cwd?: string;
}

/** `thank-you`, `Thank You`, `linkedin` ... as a draft kind. */
export function draftKindOf(word: string): DraftKind | null {
  const w = normalizeWord(word);
  if (w === 'linkedin') return 'linkedin-note';
  return DRAFT_KINDS.find((k) => normalizeWord(k) === w) ?? null;
}

async function frontmatterAt(path: string): Promise<Record<string, unknown> | null> {
  let text = '';
  try {
    text = readBoundedText(path);
  } catch {
    // a pipe, a device or an unreadable file gives no details
  }
  const r = readRawNote(text, true);
  return r.kind === 'parsed' ? r.frontmatter : null;
}

/** A person note, found as Obsidian finds a link: by its path, else by its name anywhere in the vault. */
async function personNoteFinder(vault: string): Promise<(link: string) => Promise<Record<string, unknown> | null>> {
  let all: string[] | null = null;
  return async (link) => {
    const target = link.toLowerCase().endsWith('.md') ? link : `${link}.md`;
    // Only notes inside the vault: `[[../outside/secret]]` is never read.
    if (leavesVault(target)) return null;
    const direct = await fileInVault(vault, target);
    if (direct !== null) return frontmatterAt(direct);
    all ??= await listNotes(vault);
    const name = target.slice(target.lastIndexOf('/') + 1).toLowerCase();
    const found = all.find((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase() === name);
    const file = found === undefined ? null : await fileInVault(vault, found);
    return file === null ? null : frontmatterAt(file);
  };
}

async function templatesIn(vault: string, folder: string | null): Promise<Record<string, string>> {
  const templates: Record<string, string> = {};
  if (folder === null) return templates;
  const dir = leavesVault(folder) ? null : await fileInVault(vault, folder);
  if (dir === null) return templates;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.toLowerCase().endsWith('.md')) continue;
    const file = await fileInVault(vault, `${folder}/${name}`);
    try {
      if (file !== null) templates[name.slice(0, -3)] = readBoundedText(file);
    } catch {
      // a pipe, a device or an unreadable file is no template
    }
  }
  return templates;
}

/** The draft as it is sent: the subject line first, then the body. */
export function asSent(draft: Draft): string {
  return `${draft.subject !== null ? `Subject: ${draft.subject}\n\n` : ''}${draft.body.trimEnd()}\n`;
}

/** Every draft of the kind (one per interviewer or reference where it applies), or the one to `who`. */
function draftsOf(kind: DraftKind, context: DraftContext, who: string | null): Draft[] {
  if (who === null) return draftsFor(kind, context);
  const people = [...(context.interviewers ?? []), ...(context.references ?? [])];
  const person = people.find((p) => namesPerson(p, who));
  if (person === undefined) {
    const names = people.map((p) => p.name);
    throw new Refusal(`nobody called '${who}' is named in this note${names.length > 0 ? `; it names ${names.join(', ')}` : ''}`);
  }
  return [renderDraft({ ...context, kind, person })];
}

/**
 * The drafts of the follow-ups the agenda lists (one per person for a
 * thank-you or a thanks to references), each to its person; for another
 * kind, the one draft, to `who` when given.
 */
function draftsOfFollowUps(kind: DraftKind, followUps: readonly FollowUp[], context: DraftContext, who: string | null, resolved: ReadonlyMap<Person, Person>): Draft[] {
  if (kind === 'linkedin-note' || !FOLLOW_UP_KIND_INFO[kind].perPerson) return draftsOf(kind, context, who);
  const people = followUps.map((f) => (f.person === null ? null : (resolved.get(f.person) ?? f.person)));
  const named = people.filter((p): p is Person => p !== null);
  const withPeople = kind === 'thank-references' ? { ...context, references: named } : context;
  return people.map((person) => renderDraft({ ...withPeople, kind, person }));
}

/** Your details a draft left as a fill-in, each with the `config set` that saves it for every later draft. */
function senderHints(drafts: readonly Draft[], sender: DraftContext['sender']): Array<{ fillIn: string; command: string }> {
  const text = drafts.map((d) => `${d.subject ?? ''}\n${d.body}`).join('\n');
  const hints: Array<{ fillIn: string; command: string }> = [];
  if (sender.name === null && text.includes('[your name]')) hints.push({ fillIn: '[your name]', command: 'interview-follow-up config set name "Your Name"' });
  if ((sender.phone ?? null) === null && text.includes('[your phone number]')) hints.push({ fillIn: '[your phone number]', command: 'interview-follow-up config set phone "+1 555 0100"' });
  if ((sender.email ?? null) === null && text.includes('[your email address]')) hints.push({ fillIn: '[your email address]', command: 'interview-follow-up config set email you@example.com' });
  return hints;
}

/** Runs `draft`; returns the exit status. */
export async function draftCommand(args: DraftArgs, io: DraftIo, today: Day): Promise<number> {
  try {
    const location = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const vault = location.vault;
    const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
    const data = await readPluginData(vault, warn);
    const settings = await vaultSettings(vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
    const day = args.today ?? today;
    const found = await vaultAgenda(vault, day, settings);
    const note = interviewNoteAt(found, location.inVault);
    let followUps: FollowUp[] = [];
    if (args.kind === 'linkedin-note') {
      if (note.interviewers.length === 0) throw new Refusal(`${note.path} names no interviewer to write a LinkedIn note to; add one under interviewer`);
    } else {
      followUps = followUpsOfNote(found.agenda, note, args.kind, args.who);
      if (followUps.length === 0) throw noFollowUp(found, note, args.kind, settings);
    }
    const personNote = await personNoteFinder(vault);
    const resolved = new Map<Person, Person>();
    const resolve = async (p: Person) => {
      const r = p.link === null ? p : withPersonNote(p, await personNote(p.link));
      resolved.set(p, r);
      return r;
    };
    const people = { interviewers: await Promise.all(note.interviewers.map(resolve)), references: await Promise.all(note.references.map(resolve)) };
    for (const f of followUps) if (f.person !== null && !resolved.has(f.person)) await resolve(f.person);
    const deadline = followUps[0]?.source?.offerDeadline ?? null;
    const context: DraftContext = {
      note,
      ...people,
      sender: senderOf(data),
      today: day,
      templates: await templatesIn(vault, textSetting(data, 'templatesFolder')),
      maxInquiries: settings.maxInquiries,
      offerElsewhere: args.kind === 'offer-nudge' && deadline !== null ? { deadline } : null,
    };
    const drafts = draftsOfFollowUps(args.kind, followUps, context, args.who, resolved);
    io.stdout(visibleControls(drafts.map(asSent).join('\n---\n\n')));
    const notice = notDueNotice(followUps, day);
    if (notice !== null) io.stderr(`interview-follow-up: ${note.path}: this ${args.kind} follow-up is ${notice}\n`);
    const fillIns = drafts.reduce((n, d) => n + d.fillIns, 0);
    if (fillIns > 0) io.stderr(`interview-follow-up: ${fillIns} ${fillIns === 1 ? 'fill-in' : 'fill-ins'} in [square brackets] to complete before you send\n`);
    const unset = senderHints(drafts, context.sender);
    if (unset.length > 0) io.stderr(`interview-follow-up: to fill in ${unset.map((h) => h.fillIn).join(' and ')} for you next time: ${unset.map((h) => h.command).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr(`interview-follow-up: ${error.message}\n`);
    return 2;
  }
}
