import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Day } from '../engine/dates';
import { groupApplications } from '../engine/follow-ups';
import { editFrontmatter, FrontmatterEditError } from '../engine/frontmatter-edit';
import type { InterviewNote } from '../engine/interview-note';
import { recordFollowUp, recordOutcome, recordSnooze, type Recording } from '../engine/record';
import type { RecordArgs } from './args';
import { followUpsOfNote, interviewNoteAt, noFollowUp } from './follow-up-gate';
import { locateNote, Refusal, type NoteLocation } from './note-location';
import { vaultAgenda, vaultSettings, type VaultAgenda } from './vault-agenda';

export { Refusal } from './note-location';
import { updateFile, WriteRefusal } from './safe-write';

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
  /** The folder NOTE is read from (default: the process's current folder). */
  cwd?: string;
}

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

/** The application's latest round (the note of the same application with the latest date; ties: the later path). */
function latestRound(vault: VaultAgenda, note: InterviewNote): InterviewNote {
  if (note.date === null) return note;
  const notes = vault.readings.map((r) => r.note).filter((n): n is InterviewNote => n !== null);
  return groupApplications(notes).find((a) => a.notes.includes(note))?.latest ?? note;
}

/**
 * The note a recording goes into: NOTE itself, which must be an interview
 * note; for `mark`, only a follow-up the agenda lists for it; for
 * `outcome`, the application's latest round.
 */
async function targetOf(args: RecordArgs, location: NoteLocation, io: RecordIo, today: Day): Promise<{ location: NoteLocation; propertyNames: Readonly<Record<string, string>> }> {
  const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
  const settings = await vaultSettings(location.vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
  const vault = await vaultAgenda(location.vault, today, settings);
  const note = interviewNoteAt(vault, location.inVault);
  if (args.command === 'mark' && followUpsOfNote(vault.agenda, note, args.kind, null).length === 0) {
    throw noFollowUp(vault, note, args.kind, settings);
  }
  const target = args.command === 'outcome' ? latestRound(vault, note) : note;
  const inVault = target.path;
  return { location: { vault: location.vault, inVault, path: join(location.vault, ...inVault.split('/')) }, propertyNames: settings.propertyNames };
}

/** Runs `mark`, `outcome` or `snooze`; returns the exit status. */
export async function recordCommand(args: RecordArgs, io: RecordIo, today: Day): Promise<number> {
  const recording = recordingOf(args, today);
  let note: NoteLocation;
  let named: NoteLocation;
  let edit;
  let reapply: (text: string) => string | null;
  try {
    named = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const target = await targetOf(args, named, io, today);
    note = target.location;
    const raw = await readNoteText(note.path, note.inVault);
    edit = editFrontmatter(raw, recording, target.propertyNames);
    const first = edit.changed ? edit.text : null;
    // If the note changed since it was read, the edit is made again on what it holds at the write.
    reapply = (current) => {
      if (current === raw) return first;
      const again = editFrontmatter(current, recording, target.propertyNames);
      return again.changed ? again.text : null;
    };
  } catch (error) {
    if (error instanceof Refusal || error instanceof FrontmatterEditError) {
      const where = error instanceof FrontmatterEditError ? `${args.note}: ` : '';
      io.stderr(`interview-follow-up: ${oneLine(where + error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const elsewhere = note.inVault !== named.inVault ? ` (the application's latest round; ${named.inVault} was left as it was)` : '';
  let written;
  try {
    // Even when nothing changes, under the note's lock: what an interrupted run left beside it is swept.
    written = await updateFile(note.path, note.inVault, reapply);
  } catch (error) {
    if (error instanceof WriteRefusal || error instanceof FrontmatterEditError) {
      io.stderr(`interview-follow-up: ${oneLine(error.message)}\n`);
      return 2;
    }
    io.stderr(`interview-follow-up: ${note.inVault} could not be written (${oneLine(error instanceof Error ? error.message : String(error))}); the note was left as it was\n`);
    return 1;
  }
  if (!written.changed) {
    io.stdout(`Already recorded in ${note.inVault}${elsewhere}: ${recording.summary}; the note was not changed\n`);
    return 0;
  }
  io.stdout(`Recorded in ${note.inVault}${elsewhere}: ${recording.summary} (${edit.keys.join(', ')})\n`);
  return 0;
}
