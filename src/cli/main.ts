import { stat } from 'node:fs/promises';
import { jsonText } from './control-characters';
import { agendaToJson } from '../engine/agenda';
import type { InterviewNote } from '../engine/interview-note';
import type { VaultAgenda } from '../engine/use-cases/vault';
import { dayFromParts, type Day } from '../engine/dates';
import { parseArgs, USAGE, UsageError, type AgendaArgs, type CalendarArgs } from './args';
import { calendarCommand } from './calendar-command';
import { configCommand } from './config-command';
import { draftCommand } from './draft-command';
import { COLOUR, formatAgenda, PLAIN } from './format';
import { newCommand } from './new-command';
import { recordCommand } from './record-commands';
import { trackCommand } from './track-command';
import { folderWarnings } from './folder-warnings';
import { commandHelp } from './usage';
import { vaultAgenda, vaultSettings } from './vault-agenda';

declare const PACKAGE_VERSION: string;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard output is a terminal that shows colour. */
  colour: boolean;
  now: () => Date;
  /** The current folder, from which a NOTE's path is read (default: the process's). */
  cwd?: () => string;
}

/** Today where the user is: the local calendar date. */
export function localToday(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

/** The agenda of the vault the arguments name, with its saved settings; an exit status when there is no such vault. */
async function loadAgenda(args: AgendaArgs | CalendarArgs, io: CliIo): Promise<VaultAgenda | number> {
  const info = await stat(args.vault).catch(() => null);
  if (info === null || !info.isDirectory()) {
    io.stderr(`interview-follow-up: the vault '${args.vault}' does not exist or is not a folder\n`);
    return 2;
  }
  const settings = await vaultSettings(args.vault, args, (w) => io.stderr(`interview-follow-up: ${w}\n`));
  const today = args.today ?? localToday(io.now());
  const found = await vaultAgenda(args.vault, today, settings);
  for (const w of await folderWarnings(args.vault, args.folders, found.readings)) io.stderr(`interview-follow-up: ${w}\n`);
  return found;
}

async function agenda(args: AgendaArgs, io: CliIo): Promise<number> {
  const result = await loadAgenda(args, io);
  if (typeof result === 'number') return result;
  const notes = result.readings.map((r) => r.note).filter((n): n is InterviewNote => n !== null);
  io.stdout(args.json ? `${jsonText(agendaToJson(result.agenda))}\n` : formatAgenda(result.agenda, io.colour ? COLOUR : PLAIN, notes));
  return 0;
}

async function calendar(args: CalendarArgs, io: CliIo): Promise<number> {
  const result = await loadAgenda(args, io);
  return typeof result === 'number' ? result : calendarCommand(result.agenda, args.output, io, io.now(), args.vault);
}

function cwdOf(io: CliIo): string {
  return io.cwd?.() ?? process.cwd();
}

/** `--help`: the whole usage, or one command's help. */
function help(topic: string | null, io: CliIo): number {
  if (topic === null) {
    io.stdout(USAGE);
    return 0;
  }
  const text = commandHelp(topic);
  if (text === null) {
    io.stderr(`interview-follow-up: unknown command '${topic}'; see --help for the commands\n`);
    return 2;
  }
  io.stdout(text);
  return 0;
}

/** Runs the command line; returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interview-follow-up: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      return help(args.topic, io);
    case 'version':
      io.stdout(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'development'}\n`);
      return 0;
    case 'agenda':
      return agenda(args, io);
    case 'calendar':
      return calendar(args, io);
    case 'mark':
    case 'outcome':
    case 'snooze':
      return recordCommand(args, { ...io, cwd: cwdOf(io) }, localToday(io.now()));
    case 'new':
      return newCommand(args, io, localToday(io.now()));
    case 'draft':
      return draftCommand(args, { ...io, cwd: cwdOf(io) }, localToday(io.now()));
    case 'track':
      return trackCommand(args, { ...io, cwd: cwdOf(io) });
    case 'config':
      return configCommand(args, { ...io, cwd: cwdOf(io) });
  }
}
