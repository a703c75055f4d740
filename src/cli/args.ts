import { parseDay, type Day } from '../engine/dates';
import type { FollowUpKind } from '../engine/follow-ups';
import type { Status } from '../engine/interview-note';
import { isTimeOfDay, type InterviewCapture } from '../engine/new-note';
import { FOLLOW_UP_KIND_INFO, FOLLOW_UP_KINDS } from '../engine/follow-up-kinds';
import { followUpKindOf, statusOf } from '../engine/record';
import { draftKindOf, type DraftArgs } from './draft-command';
import { parseConfig, type ConfigArgs } from './config-command';
import { closestWord } from './property-option';
import { parseTrack, type TrackArgs } from './track-command';

export { UsageError } from './usage-error';
import { UsageError } from './usage-error';
import { propertyOption, unknownOption } from './option-errors';
import { scanArguments, splitFlag, vaultOption } from './option-scan';

export { propertyOption, unknownOption } from './option-errors';

export { USAGE } from './usage';

/** What `agenda` and `calendar` read: a vault, on a day, with extra folders and holidays. */
interface VaultQuery {
  vault: string;
  today: Day | null;
  folders: string[];
  holidays: Day[];
  /** `--property FIELD=NAME`: documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
}

export interface AgendaArgs extends VaultQuery {
  command: 'agenda';
  json: boolean;
}

export interface CalendarArgs extends VaultQuery {
  command: 'calendar';
  /** The file to write; null: standard output. */
  output: string | null;
}

/** Where a recording goes: a note, as a path from the current folder (or absolute). */
interface NoteArgs {
  /** `--vault DIR`; null: the nearest folder above the note that holds `.obsidian`, else the current folder. */
  vault: string | null;
  note: string;
  /** `--property FIELD=NAME`: documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
}

export interface MarkArgs extends NoteArgs {
  command: 'mark';
  kind: FollowUpKind;
  /** null: today. */
  date: Day | null;
}

export interface OutcomeArgs extends NoteArgs {
  command: 'outcome';
  status: Status;
  /** null: today. */
  date: Day | null;
}

export interface SnoozeArgs extends NoteArgs {
  command: 'snooze';
  until: Day;
}

export type RecordArgs = MarkArgs | OutcomeArgs | SnoozeArgs;

/** `new`: a new interview note in a folder of the vault. */
export interface NewArgs {
  command: 'new';
  vault: string;
  /** The folder inside the vault; null: the plugin's setting, else `Interviews`. */
  folder: string | null;
  capture: InterviewCapture;
}

/** `--help`: the whole usage, or one command's (`mark --help`, `help mark`). */
export interface HelpArgs {
  command: 'help';
  topic: string | null;
}

export type CliArgs = AgendaArgs | CalendarArgs | RecordArgs | NewArgs | DraftArgs | TrackArgs | ConfigArgs | HelpArgs | { command: 'version' };

/** `; did you mean agenda?` (a new sentence follows), or `;`. */
function unknownCommandHint(word: string): string {
  const near = closestWord(word, COMMANDS);
  return near !== null ? `; did you mean ${near}? The` : '; the';
}

/** `; did you mean thank-you? Use` when the word is close to one of the words, else `; use`. */
function didYouMean(word: string, words: readonly string[]): string {
  const near = closestWord(word, words);
  return near !== null && near !== word ? `; did you mean ${near}? Use` : '; use';
}

function dateOption(name: string, value: string | undefined): Day {
  if (value === undefined) throw new UsageError(`${name} needs a date, such as ${name} 2026-11-27`);
  const day = parseDay(value);
  if (day === null || value.trim().length !== 10) {
    throw new UsageError(`${name}: '${value}' is not a date; use the form YYYY-MM-DD, such as 2026-11-27`);
  }
  return day;
}

/** `--flag=value` or `--flag value`. */

function parseVaultQuery<T extends AgendaArgs | CalendarArgs>(rest: readonly string[], args: T): T {
  let vaultGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = splitFlag(arg);
    const value = (): string | undefined => inline ?? rest[++i];
    if (flag === '--json' && args.command === 'agenda') {
      args.json = true;
    } else if (flag === '--output' && args.command === 'calendar') {
      const file = value();
      if (file === undefined || file.trim() === '') throw new UsageError('--output needs a file, such as --output Follow-ups.ics');
      args.output = file;
    } else if (flag === '--today') {
      args.today = dateOption('--today', value());
    } else if (flag === '--holiday') {
      args.holidays.push(dateOption('--holiday', value()));
    } else if (flag === '--property') {
      propertyOption(args.propertyNames, value());
    } else if (flag === '--folder') {
      const folder = value();
      if (folder === undefined || folder.trim() === '') throw new UsageError('--folder needs a folder of the vault, such as --folder Interviews');
      args.folders.push(folder);
    } else {
      if (arg.startsWith('-') && flag !== '--vault') throw unknownOption(arg, args.command);
      // `--vault DIR` is the same as VAULT.
      const dir = flag === '--vault' ? value() : arg;
      if (dir === undefined || dir.trim() === '') throw new UsageError('--vault needs the vault folder, such as --vault ~/Notes');
      if (vaultGiven) throw new UsageError(`one vault at a time: '${args.vault}' and '${dir}' were both given`);
      args.vault = dir;
      vaultGiven = true;
    }
  }
  return args;
}

/** `a, b or c`. */
function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

const KINDS = wordList(FOLLOW_UP_KINDS.filter((k) => FOLLOW_UP_KIND_INFO[k].doneField !== null));
const STATUS_WORDS = 'waiting, next-round, verbal-offer, offer, accepted, declined, rejected, withdrawn or ghosted';

/** `mark`, `outcome` and `snooze`: positional words, then `--date`/`--until` and `--vault`. */
function parseRecord(command: RecordArgs['command'], rest: readonly string[]): RecordArgs {
  const dates = new Map<string, Day>();
  let vault: string | null = null;
  const propertyNames: Record<string, string> = {};
  const dateFlag = command === 'snooze' ? '--until' : '--date';
  const words = scanArguments(rest, (flag, value, arg) => {
    if (flag === dateFlag) {
      if (dates.has(flag)) throw new UsageError(`${flag} was given twice; give one date`);
      dates.set(flag, dateOption(flag, value()));
    } else if (flag === '--vault') {
      vault = vaultOption(vault, value());
    } else if (flag === '--property') {
      propertyOption(propertyNames, value());
    } else {
      throw unknownOption(arg, command);
    }
  });
  const wanted = command === 'snooze' ? 1 : 2;
  const example = {
    mark: 'mark Interviews/Acme.md thank-you',
    outcome: 'outcome Interviews/Acme.md offer',
    snooze: 'snooze Interviews/Acme.md --until 2026-11-30',
  }[command];
  if (words.length !== wanted) {
    const what = command === 'snooze' ? 'a note' : `a note and ${command === 'mark' ? 'a follow-up kind' : 'a status'}`;
    throw new UsageError(`${command} needs ${what}, such as: interview-follow-up ${example}`);
  }
  const [note, word] = words as [string, string | undefined];
  if (note.trim() === '') throw new UsageError(`${command} needs a note, such as: interview-follow-up ${example}`);
  const base = { vault, note, propertyNames };
  if (command === 'mark') {
    const kind = followUpKindOf(word ?? '');
    if (kind === null && draftKindOf(word ?? '') === 'linkedin-note') {
      throw new UsageError(`${note} has no linkedin-note follow-up: a LinkedIn note is a draft only, with nothing to mark done`);
    }
    if (kind === null) throw new UsageError(`'${word ?? ''}' is not a follow-up kind${didYouMean(word ?? '', FOLLOW_UP_KINDS)} ${KINDS}`);
    if (kind !== null && FOLLOW_UP_KIND_INFO[kind].doneField === null) {
      throw new UsageError(`an offer's deadline has nothing to mark done: answer the offer with: interview-follow-up outcome ${note} accepted (or declined)`);
    }
    return { command, ...base, kind, date: dates.get('--date') ?? null };
  }
  if (command === 'outcome') {
    const status = statusOf(word ?? '');
    if (status === null) throw new UsageError(`'${word ?? ''}' is not a status${didYouMean(word ?? '', STATUS_WORDS.replace(' or ', ', ').split(', '))} ${STATUS_WORDS}`);
    return { command, ...base, status, date: dates.get('--date') ?? null };
  }
  const until = dates.get('--until');
  if (until === undefined) throw new UsageError(`snooze needs --until and a date, such as: interview-follow-up ${example}`);
  return { command, ...base, until };
}

const NEW_EXAMPLE = 'interview-follow-up new --company Acme --position "Data Analyst" --date 2026-11-20';

function requiredText(flag: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} needs a value, such as: ${NEW_EXAMPLE}`);
  return value;
}

/** `new`: the vault, then the note's fields as options. */
function parseNew(rest: readonly string[]): NewArgs {
  const single = new Map<string, string>();
  const interviewers: string[] = [];
  const references: string[] = [];
  let finalRound = false;
  let vault: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = splitFlag(arg);
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--company':
      case '--position':
      case '--date':
      case '--time':
      case '--promised-date':
      case '--contact-method':
      case '--folder': {
        if (single.has(flag)) throw new UsageError(`${flag} was given twice; give it once`);
        single.set(flag, requiredText(flag, value()));
        break;
      }
      case '--interviewer':
        interviewers.push(requiredText(flag, value()));
        break;
      case '--reference':
        references.push(requiredText(flag, value()));
        break;
      case '--final-round':
        if (inline !== undefined) throw new UsageError('--final-round takes no value; leave it out for a round that was not the last');
        finalRound = true;
        break;
      default: {
        if (arg.startsWith('-') && flag !== '--vault') throw unknownOption(arg, 'new');
        // `--vault DIR` is the same as VAULT.
        const dir = flag === '--vault' ? requiredText(flag, value()) : arg;
        if (vault !== null) throw new UsageError(`one vault at a time: '${vault}' and '${dir}' were both given`);
        vault = dir;
      }
    }
  }
  for (const flag of ['--company', '--position', '--date']) {
    if (!single.has(flag)) throw new UsageError(`new needs ${flag}, such as: ${NEW_EXAMPLE}`);
  }
  const time = single.get('--time') ?? null;
  if (time !== null && !isTimeOfDay(time)) throw new UsageError(`--time: '${time}' is not a time of day; use HH:mm, such as 14:30`);
  const promised = single.get('--promised-date');
  return {
    command: 'new',
    vault: vault ?? '.',
    folder: single.get('--folder') ?? null,
    capture: {
      company: single.get('--company') ?? '',
      position: single.get('--position') ?? '',
      date: dateOption('--date', single.get('--date')),
      time,
      interviewers,
      references,
      promisedDate: promised === undefined ? null : dateOption('--promised-date', promised),
      contactMethod: single.get('--contact-method') ?? null,
      finalRound,
    },
  };
}

const DRAFT_KINDS_WORDS = wordList([...FOLLOW_UP_KINDS, 'linkedin-note']);

/** `draft NOTE KIND [--who NAME] [--vault DIR] [--today D] [--property FIELD=NAME]...`. */
function parseDraft(rest: readonly string[]): DraftArgs {
  const words: string[] = [];
  const args: Omit<DraftArgs, 'note' | 'kind'> = { command: 'draft', who: null, vault: null, today: null, propertyNames: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = splitFlag(arg);
    const value = (): string | undefined => inline ?? rest[++i];
    if (flag === '--who') args.who = requiredValue('--who', value(), 'draft Interviews/Acme.md thank-you --who "Pat Jones"');
    else if (flag === '--vault') args.vault = requiredValue('--vault', value(), 'draft Interviews/Acme.md thank-you --vault ~/Notes');
    else if (flag === '--today') args.today = dateOption('--today', value());
    else if (flag === '--property') propertyOption(args.propertyNames, value());
    else if (arg.startsWith('-') && arg !== '-') throw unknownOption(arg, 'draft');
    else words.push(arg);
  }
  if (words.length !== 2) throw new UsageError('draft needs a note and a kind, such as: interview-follow-up draft Interviews/Acme.md thank-you');
  const [note, word] = words as [string, string];
  const kind = draftKindOf(word);
  if (kind === null) throw new UsageError(`'${word}' is not a kind of draft${didYouMean(word, [...FOLLOW_UP_KINDS, 'linkedin-note'])} ${DRAFT_KINDS_WORDS}`);
  return { ...args, note, kind };
}

function requiredValue(flag: string, value: string | undefined, example: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} needs a value, such as: interview-follow-up ${example}`);
  return value;
}

/** The commands, as `--help` names them. */
export const COMMANDS = ['agenda', 'calendar', 'draft', 'mark', 'outcome', 'snooze', 'new', 'track', 'config'] as const;

function helpOf(argv: readonly string[]): HelpArgs | null {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', topic: null };
  if (first === 'help') return { command: 'help', topic: second !== undefined && !second.startsWith('-') ? second : null };
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help', topic: first.startsWith('-') ? null : first };
  return null;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const help = helpOf(argv);
  if (help !== null) return help;
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  switch (command) {
    case 'agenda':
      return parseVaultQuery(rest, { command: 'agenda', vault: '.', today: null, folders: [], holidays: [], propertyNames: {}, json: false });
    case 'calendar':
      return parseVaultQuery(rest, { command: 'calendar', vault: '.', today: null, folders: [], holidays: [], propertyNames: {}, output: null });
    case 'mark':
    case 'outcome':
    case 'snooze':
      return parseRecord(command, rest);
    case 'new':
      return parseNew(rest);
    case 'draft':
      return parseDraft(rest);
    case 'track':
      return parseTrack(rest);
    case 'config':
      return parseConfig(rest);
    default:
      throw new UsageError(
        `unknown command '${command ?? ''}'${unknownCommandHint(command ?? '')} commands are agenda, calendar, draft, mark, outcome, snooze, new, track and config (see --help)`,
      );
  }
}
