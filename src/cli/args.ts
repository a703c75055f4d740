import { parseDay, type Day } from '../engine/dates';

export class UsageError extends Error {}

export interface AgendaArgs {
  command: 'agenda';
  vault: string;
  today: Day | null;
  folders: string[];
  holidays: Day[];
  json: boolean;
}

export type CliArgs = AgendaArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage:
  interview-follow-up agenda [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                             [--holiday YYYY-MM-DD]... [--json]

Prints the follow-ups due after your interviews: thank-you notes, the
heads-up to your references, status inquiries, and more.

  VAULT               the vault folder (default: the current folder)
  --today DATE        compute the agenda as on this day (default: today)
  --folder PATH       every note in this folder of the vault is an interview
                      note (repeatable; adds to the plugin's saved settings)
  --holiday DATE      a day that is not a business day (repeatable)
  --json              one JSON object on standard output
  --help              this text
  --version           the version
`;

function dateOption(name: string, value: string | undefined): Day {
  if (value === undefined) throw new UsageError(`${name} needs a date, such as ${name} 2026-11-27`);
  const day = parseDay(value);
  if (day === null || value.trim().length !== 10) {
    throw new UsageError(`${name}: '${value}' is not a date; use the form YYYY-MM-DD, such as 2026-11-27`);
  }
  return day;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'agenda') throw new UsageError(`unknown command '${command ?? ''}'; try 'interview-follow-up agenda'`);
  const args: AgendaArgs = { command: 'agenda', vault: '.', today: null, folders: [], holidays: [], json: false };
  let vaultGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--today':
        args.today = dateOption('--today', value());
        break;
      case '--holiday':
        args.holidays.push(dateOption('--holiday', value()));
        break;
      case '--folder': {
        const folder = value();
        if (folder === undefined || folder.trim() === '') throw new UsageError('--folder needs a folder of the vault, such as --folder Interviews');
        args.folders.push(folder);
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'; see --help`);
        if (vaultGiven) throw new UsageError(`one vault at a time: '${args.vault}' and '${arg}' were both given`);
        args.vault = arg;
        vaultGiven = true;
    }
  }
  return args;
}
