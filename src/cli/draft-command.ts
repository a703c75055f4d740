import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readNote } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { draftsFor, DRAFT_KINDS, renderDraft, type Draft, type DraftContext, type DraftKind } from '../engine/drafts';
import type { Person } from '../engine/interview-note';
import { normalizeWord } from '../engine/keys';
import { nameWithoutHonorific, withPersonNote } from '../engine/people';
import { readRawNote } from '../engine/raw-note';
import { findNote, readNoteText, Refusal } from './record-commands';
import { readPluginData, readSavedSettings, senderOf, textSetting } from './scan';
import { listNotes } from './vault';

export interface DraftArgs {
  command: 'draft';
  note: string;
  kind: DraftKind;
  who: string | null;
  /** null: the nearest folder above the note that holds `.obsidian`, else the note's folder. */
  vault: string | null;
  today: Day | null;
}

export interface DraftIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** `thank-you`, `Thank You`, `linkedin` ... as a draft kind. */
export function draftKindOf(word: string): DraftKind | null {
  const w = normalizeWord(word);
  if (w === 'linkedin') return 'linkedin-note';
  return DRAFT_KINDS.find((k) => normalizeWord(k) === w) ?? null;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() === true;
}

/** The vault a note belongs to: the nearest folder above it that holds `.obsidian`, else its own folder. */
async function vaultOf(note: string): Promise<string> {
  const start = dirname(resolve(note));
  for (let dir = start; ; dir = dirname(dir)) {
    if (await isFolder(join(dir, '.obsidian'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

async function frontmatterAt(path: string): Promise<Record<string, unknown> | null> {
  const r = readRawNote(await readFile(path, 'utf8').catch(() => ''), true);
  return r.kind === 'parsed' ? r.frontmatter : null;
}

/** A person note, found as Obsidian finds a link: by its path, else by its name anywhere in the vault. */
async function personNoteFinder(vault: string): Promise<(link: string) => Promise<Record<string, unknown> | null>> {
  let all: string[] | null = null;
  return async (link) => {
    const target = link.toLowerCase().endsWith('.md') ? link : `${link}.md`;
    if ((await stat(join(vault, target)).catch(() => null))?.isFile() === true) return frontmatterAt(join(vault, target));
    all ??= await listNotes(vault);
    const name = target.slice(target.lastIndexOf('/') + 1).toLowerCase();
    const found = all.find((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase() === name);
    return found === undefined ? null : frontmatterAt(join(vault, found));
  };
}

async function templatesIn(vault: string, folder: string | null): Promise<Record<string, string>> {
  const templates: Record<string, string> = {};
  if (folder === null) return templates;
  const dir = join(vault, ...folder.split('/').filter((p) => p !== '' && p !== '.' && p !== '..'));
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.toLowerCase().endsWith('.md')) templates[name.slice(0, -3)] = await readFile(join(dir, name), 'utf8');
  }
  return templates;
}

function matches(person: Person, who: string): boolean {
  const w = who.trim().toLowerCase();
  return person.name.toLowerCase() === w || nameWithoutHonorific(person.name).toLowerCase() === w;
}

/** The draft as it is sent: the subject line first, then the body. */
export function asSent(draft: Draft): string {
  return `${draft.subject !== null ? `Subject: ${draft.subject}\n\n` : ''}${draft.body.trimEnd()}\n`;
}

/** Every draft of the kind (one per interviewer or reference where it applies), or the one to `who`. */
function draftsOf(kind: DraftKind, context: DraftContext, who: string | null): Draft[] {
  if (who === null) return draftsFor(kind, context);
  const people = [...(context.interviewers ?? []), ...(context.references ?? [])];
  const person = people.find((p) => matches(p, who));
  if (person === undefined) {
    const names = people.map((p) => p.name);
    throw new Refusal(`nobody called '${who}' is named in this note${names.length > 0 ? `; it names ${names.join(', ')}` : ''}`);
  }
  return [renderDraft({ ...context, kind, person })];
}

/** Runs `draft`; returns the exit status. */
export async function draftCommand(args: DraftArgs, io: DraftIo, today: Day): Promise<number> {
  try {
    const vault = args.vault ?? (await vaultOf(args.note));
    const { path, inVault } = await findNote(vault, args.note);
    const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
    const data = await readPluginData(vault, warn);
    const folders = (await readSavedSettings(vault, warn))?.interviewFolders ?? [];
    const day = args.today ?? today;
    const raw = readRawNote(await readNoteText(path, inVault), true);
    if (raw.kind === 'unreadable') throw new Refusal(`${inVault}: ${raw.message}`);
    const reading = readNote(inVault, raw.kind === 'parsed' ? raw.frontmatter : null, day, folders);
    if (reading.note === null) throw new Refusal(`${inVault} is not an interview note; give it type: interview and a date`);
    const note = reading.note;
    const personNote = await personNoteFinder(vault);
    const resolve = async (p: Person) => (p.link === null ? p : withPersonNote(p, await personNote(p.link)));
    const people = { interviewers: await Promise.all(note.interviewers.map(resolve)), references: await Promise.all(note.references.map(resolve)) };
    const context: DraftContext = { note, ...people, sender: senderOf(data), today: day, templates: await templatesIn(vault, textSetting(data, 'templatesFolder')) };
    const drafts = draftsOf(args.kind, context, args.who);
    io.stdout(drafts.map(asSent).join('\n---\n\n'));
    const fillIns = drafts.reduce((n, d) => n + d.fillIns, 0);
    if (fillIns > 0) io.stderr(`interview-follow-up: ${fillIns} ${fillIns === 1 ? 'fill-in' : 'fill-ins'} in [square brackets] to complete before you send\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr(`interview-follow-up: ${error.message}\n`);
    return 2;
  }
}
