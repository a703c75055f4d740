import { addPropertyOption, closestWord, PropertyOptionError } from './property-option';
import { COMMAND_HELP } from './usage';
import { UsageError } from './usage-error';

/** The options a command's help names, so a mistyped one gets a "did you mean". */
function optionsOf(command: string): string[] {
  return [...new Set([...(COMMAND_HELP[command] ?? '').matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]))];
}

/** `unknown option '--jsn' for agenda; did you mean --json? (see agenda --help)`. */
export function unknownOption(arg: string, command: string): UsageError {
  const flag = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
  const near = flag.startsWith('--') ? closestWord(flag, [...optionsOf(command), '--help', '--version']) : null;
  return new UsageError(`unknown option '${arg}' for ${command}; ${near !== null ? `did you mean ${near}? (see ${command} --help)` : `see ${command} --help`}`);
}

/** `--property FIELD=NAME` into the mapping, as a usage error when it is not one. */
export function propertyOption(names: Record<string, string>, value: string | undefined): void {
  try {
    addPropertyOption(names, value);
  } catch (error) {
    if (error instanceof PropertyOptionError) throw new UsageError(error.message);
    throw error;
  }
}
