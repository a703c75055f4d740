import { parseDay } from '../engine/dates';
import { oneLine } from './control-characters';
import { DEFAULT_RULE_SETTINGS } from '../engine/settings';
import type { TrackAddition, TrackOptions, TrackPlan } from '../engine/track';
import { trackNote, TrackRefusal, type TrackResult } from '../engine/use-cases/track';
import { propertyOption, unknownOption } from './option-errors';
import { scanArguments } from './option-scan';
import { UsageError } from './usage-error';
import { locateNote, Refusal, type NoteLocation } from './note-location';
import { FileVault } from './file-vault';
import { WriteRefusal } from './safe-write';
import { vaultSettings } from './vault-agenda';

/**
 * `track NOTE`: turns a note someone already has into an interview note,
 * adding `type: interview` and the fields it lacks that can be found
 * (contract section 6). It writes through the same safe write as `mark`,
 * and with `--dry-run` only says what it would add.
 */

export interface TrackArgs {
  command: 'track';
  note: string;
  /** `--vault DIR`; null: the nearest folder above the note that holds `.obsidian`, else the current folder. */
  vault: string | null;
  options: TrackOptions;
  /** `--property FIELD=NAME`: documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
  dryRun: boolean;
}

export interface TrackIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder NOTE is read from (default: the process's current folder). */
  cwd?: string;
}

const EXAMPLE = 'interview-follow-up track "Meetings/Contoso sync.md" --position "Staff Engineer"';

function needed(flag: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} needs a value, such as: ${EXAMPLE}`);
  return value.trim();
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, a real day and time. */
function interviewDate(value: string | undefined): string {
  const v = needed('--date', value);
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(v) || parseDay(v) === null) {
    throw new UsageError(`--date: '${v}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm, such as 2026-11-18 or 2026-11-18T14:30`);
  }
  return v;
}

/** `--flag=value` or `--flag value`. */

/** `track NOTE [--date D] [--company NAME] [--position TITLE] [--interviewer NAME]... [--reference NAME]... [--property FIELD=NAME]... [--dry-run] [--vault DIR]`. */
export function parseTrack(rest: readonly string[]): TrackArgs {
  const options: TrackOptions = { interviewers: [], references: [] };
  const interviewers: string[] = [];
  const references: string[] = [];
  const args: TrackArgs = { command: 'track', note: '', vault: null, options, propertyNames: {}, dryRun: false };
  const once = (flag: string, taken: boolean): void => {
    if (taken) throw new UsageError(`${flag} was given twice; give it once`);
  };
  const words = scanArguments(rest, (flag, value, arg, inline) => {
    switch (flag) {
      case '--date':
        once(flag, options.date !== undefined);
        options.date = interviewDate(value());
        break;
      case '--company':
        once(flag, options.company !== undefined);
        options.company = needed(flag, value());
        break;
      case '--position':
        once(flag, options.position !== undefined);
        options.position = needed(flag, value());
        break;
      case '--interviewer':
        interviewers.push(needed(flag, value()));
        break;
      case '--reference':
        references.push(needed(flag, value()));
        break;
      case '--property':
        propertyOption(args.propertyNames, value());
        break;
      case '--vault':
        once(flag, args.vault !== null);
        args.vault = needed(flag, value());
        break;
      case '--dry-run':
        if (inline !== undefined) throw new UsageError('--dry-run takes no value');
        args.dryRun = true;
        break;
      default:
        throw unknownOption(arg, 'track');
    }
  });
  if (words.length !== 1 || (words[0] as string).trim() === '') throw new UsageError(`track needs one note, such as: ${EXAMPLE}`);
  args.note = words[0] as string;
  options.interviewers = interviewers;
  options.references = references;
  return args;
}

const FROM: Readonly<Record<TrackAddition['source'], string>> = {
  given: 'as given',
  dataview: 'Dataview field',
  'file-name': 'from the file name',
  type: 'the note’s type',
};

/** What was added, one property a line, as the note now reads. */
function report(plan: TrackPlan, inVault: string, dryRun: boolean): string {
  if (plan.additions.length === 0) {
    return `Nothing to add to ${inVault}: it already has type interview and every field that could be found\n`;
  }
  const lines = [`${dryRun ? 'Would add to' : 'Added to'} ${inVault}:`];
  for (const a of plan.additions) {
    const from = a.source === 'dataview' && a.line !== null ? `${FROM.dataview} on line ${a.line}` : FROM[a.source];
    a.lines.forEach((l, n) => lines.push(`  ${l}${n === 0 && a.source !== 'type' ? `    (${from})` : ''}`));
  }
  if (plan.present.length > 0) lines.push(`Already in the note, left as they are: ${plan.present.map((p) => (p.key === p.field ? p.field : `${p.field} (${p.key})`)).join(', ')}`);
  if (dryRun) lines.push('Nothing was written (--dry-run).');
  return `${lines.join('\n')}\n`;
}

/** Runs `track` through the engine's use case (the plugin's form runs it too); returns the exit status. */
export async function trackCommand(args: TrackArgs, io: TrackIo): Promise<number> {
  const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
  let note: NoteLocation | null = null;
  let result: TrackResult;
  try {
    note = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const settings = await vaultSettings(note.vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
    // Tracking reads one note and no agenda: the day and the rules' settings are not used.
    const vault = new FileVault(note.vault, 0, { ...DEFAULT_RULE_SETTINGS, propertyNames: settings.propertyNames }, null);
    result = await trackNote(vault, { path: note.inVault, options: args.options, dryRun: args.dryRun }, settings);
  } catch (error) {
    if (error instanceof TrackRefusal) {
      for (const problem of error.plan.problems) warn(oneLine(problem));
      warn(oneLine(`${note?.inVault ?? args.note}: ${error.message}`));
      return 2;
    }
    if (error instanceof Refusal || error instanceof WriteRefusal) {
      warn(oneLine(error.message));
      return 2;
    }
    warn(`${note?.inVault ?? args.note} could not be written (${oneLine(error instanceof Error ? error.message : String(error))}); the note was left as it was`);
    return 1;
  }
  for (const problem of result.plan.problems) warn(oneLine(problem));
  io.stdout(report(result.plan, note?.inVault ?? args.note, args.dryRun));
  return 0;
}
