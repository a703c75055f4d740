import type { Day } from '../engine/dates';
import { oneLine } from './control-characters';
import { FrontmatterEditError } from '../engine/frontmatter-edit';
import { record, type RecordRequest, type RecordResult } from '../engine/use-cases/record';
import type { RecordArgs } from './args';
import { FileVault } from './file-vault';
import { locateNote, Refusal } from './note-location';
import { WriteRefusal } from './safe-write';
import { vaultSettings } from './vault-agenda';

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

/** Runs `mark`, `outcome` or `snooze`; returns the exit status. */
export async function recordCommand(args: RecordArgs, io: RecordIo, today: Day): Promise<number> {
  const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
  let result: RecordResult;
  try {
    const named = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const settings = await vaultSettings(named.vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
    result = await record(new FileVault(named.vault, today, settings, null), requestOf(args, named.inVault, today), today, settings);
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
