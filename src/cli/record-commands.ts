import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteReading } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { editFrontmatter, FrontmatterEditError } from '../engine/frontmatter-edit';
import type { Recording } from '../engine/record';
import type { RuleSettings } from '../engine/settings';
import { record, type RecordRequest, type RecordResult } from '../engine/use-cases/record';
import type { AppliedChange, InterviewVault } from '../engine/use-cases/vault';
import type { RecordArgs } from './args';
import { locateNote, Refusal } from './note-location';
import { updateFile, WriteRefusal } from './safe-write';
import { vaultAgenda, vaultSettings } from './vault-agenda';

export { Refusal } from './note-location';

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

/** Text exactly as stored: UTF-8, byte-order mark kept; anything else is refused rather than altered. */
export async function readNoteText(path: string, inVault: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Refusal(`${inVault} is not UTF-8 text; the note was left as it was`);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function requestOf(args: RecordArgs, inVault: string, today: Day): RecordRequest {
  switch (args.command) {
    case 'mark':
      return { command: 'mark', path: inVault, kind: args.kind, day: args.date ?? today };
    case 'outcome':
      return { command: 'outcome', path: inVault, status: args.status, day: args.date ?? today };
    case 'snooze':
      return { command: 'snooze', path: inVault, until: args.until };
  }
}

/**
 * The vault on the file system, for the recording use cases: notes read as
 * the agenda reads them, a recording applied as a line-level edit of the
 * one note under its lock (made again on what the note holds at the write,
 * if it changed meanwhile).
 */
class FileVault implements InterviewVault {
  constructor(
    private readonly root: string,
    private readonly today: Day,
    private readonly settings: RuleSettings,
  ) {}

  async readings(): Promise<NoteReading[]> {
    return (await vaultAgenda(this.root, this.today, this.settings)).readings;
  }

  personNote(): Promise<null> {
    return Promise.resolve(null);
  }

  template(): Promise<null> {
    return Promise.resolve(null);
  }

  async applyRecording(inVault: string, recording: Recording): Promise<AppliedChange> {
    const path = join(this.root, ...inVault.split('/'));
    const raw = await readNoteText(path, inVault);
    const names = this.settings.propertyNames;
    const first = editFrontmatter(raw, recording, names);
    let keys = first.keys;
    const reapply = (current: string): string | null => {
      if (current === raw) return first.changed ? first.text : null;
      const again = editFrontmatter(current, recording, names);
      keys = again.keys;
      return again.changed ? again.text : null;
    };
    // Even when nothing changes, under the note's lock: what an interrupted run left beside it is swept.
    const written = await updateFile(path, inVault, reapply);
    return { changed: written.changed, keys };
  }
}

/** Runs `mark`, `outcome` or `snooze`; returns the exit status. */
export async function recordCommand(args: RecordArgs, io: RecordIo, today: Day): Promise<number> {
  const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
  let result: RecordResult;
  try {
    const named = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const settings = await vaultSettings(named.vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
    result = await record(new FileVault(named.vault, today, settings), requestOf(args, named.inVault, today), today, settings);
  } catch (error) {
    if (error instanceof Refusal || error instanceof WriteRefusal) {
      io.stderr(`interview-follow-up: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof FrontmatterEditError) {
      io.stderr(`interview-follow-up: ${oneLine(`${args.note}: ${error.message}`)}\n`);
      return 2;
    }
    const message = oneLine(error instanceof Error ? error.message : String(error));
    io.stderr(`interview-follow-up: ${args.note} could not be written (${message}); the note was left as it was\n`);
    return 1;
  }
  const { target, named, recording, applied } = result;
  const elsewhere = target.path !== named.path ? ` (the application's latest round; ${named.path} was left as it was)` : '';
  if (!applied.changed) {
    io.stdout(`Already recorded in ${target.path}${elsewhere}: ${recording.summary}; the note was not changed\n`);
    return 0;
  }
  io.stdout(`Recorded in ${target.path}${elsewhere}: ${recording.summary} (${applied.keys.join(', ')})\n`);
  return 0;
}
