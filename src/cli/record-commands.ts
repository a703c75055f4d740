import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Day } from '../engine/dates';
import { editFrontmatter, FrontmatterEditError } from '../engine/frontmatter-edit';
import { recordFollowUp, recordOutcome, recordSnooze, type Recording } from '../engine/record';
import type { RecordArgs } from './args';

/**
 * `mark`, `outcome` and `snooze`: record in one interview note what was
 * sent, how the application went, or until when its follow-ups wait. Only
 * the recorded properties' lines change, and the note is replaced in one
 * step (a temporary file beside it, then a rename), so an interrupted write
 * never leaves half a note.
 */

export interface RecordIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with what was asked: exit status 2, the note untouched. */
export class Refusal extends Error {}

function recordingOf(args: RecordArgs, today: Day): Recording {
  switch (args.command) {
    case 'mark':
      return recordFollowUp(args.kind, args.date ?? today);
    case 'outcome':
      return recordOutcome(args.status, args.date ?? today);
    case 'snooze':
      return recordSnooze(args.until);
  }
}

function inside(folder: string, path: string): boolean {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true;
}

/**
 * The note a command names: a path inside the vault, or a path (relative to
 * the current folder, or absolute) that leads into the vault. `Acme` finds
 * `Acme.md` as Obsidian's links do.
 */
export async function findNote(vault: string, note: string): Promise<{ path: string; inVault: string }> {
  const info = await stat(vault).catch(() => null);
  if (info === null || !info.isDirectory()) throw new Refusal(`the vault '${vault}' does not exist or is not a folder`);
  const root = resolve(vault);
  const candidates = isAbsolute(note) ? [resolve(note)] : [resolve(root, note), resolve(note)];
  const inVault = [...new Set(candidates)].filter((c) => inside(root, c));
  if (inVault.length === 0) throw new Refusal(`the note '${note}' is not inside the vault '${vault}'`);
  const markdown = note.toLowerCase().endsWith('.md');
  const tries = markdown ? inVault : inVault.map((p) => `${p}.md`);
  for (const c of tries) {
    if (await isFile(c)) return { path: c, inVault: relative(root, c).split(sep).join('/') };
  }
  if (!markdown && (await Promise.all(inVault.map(isFile))).some(Boolean)) {
    throw new Refusal(`'${note}' is not a markdown note (.md); only notes have properties to record in`);
  }
  throw new Refusal(`there is no note '${note}' in the vault '${vault}'`);
}

/** Text exactly as stored: UTF-8, byte-order mark kept; anything else is refused rather than altered. */
export async function readNoteText(path: string, inVault: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Refusal(`${inVault} is not UTF-8 text; the note was left as it was`);
  }
}

/**
 * Replaces (or creates) a file in one step, keeping its permissions; a
 * symbolic link keeps pointing at the replaced file.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  let target: string;
  let mode: number;
  try {
    target = await realpath(path);
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    target = resolve(path);
    mode = 0o644;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs `mark`, `outcome` or `snooze`; returns the exit status. */
export async function recordCommand(args: RecordArgs, io: RecordIo, today: Day): Promise<number> {
  const recording = recordingOf(args, today);
  let note: { path: string; inVault: string };
  let edit;
  try {
    note = await findNote(args.vault, args.note);
    const raw = await readNoteText(note.path, note.inVault);
    edit = editFrontmatter(raw, recording);
  } catch (error) {
    if (error instanceof Refusal || error instanceof FrontmatterEditError) {
      const where = error instanceof FrontmatterEditError ? `${args.note}: ` : '';
      io.stderr(`interview-follow-up: ${oneLine(where + error.message)}\n`);
      return 2;
    }
    throw error;
  }
  if (!edit.changed) {
    io.stdout(`Already recorded in ${note.inVault}: ${recording.summary}; the note was not changed\n`);
    return 0;
  }
  try {
    await writeAtomically(note.path, edit.text);
  } catch (error) {
    io.stderr(`interview-follow-up: ${note.inVault} could not be written (${oneLine(error instanceof Error ? error.message : String(error))}); the note was left as it was\n`);
    return 1;
  }
  io.stdout(`Recorded in ${note.inVault}: ${recording.summary} (${edit.keys.join(', ')})\n`);
  return 0;
}
