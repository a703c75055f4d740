import { UsageError } from './usage-error';

/** `--flag=value` as the flag and its value; any other argument as itself, with no value. */
export function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at !== -1 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, undefined];
}

/**
 * Walks a command's arguments in order. A word (an argument that does not
 * start with `-`, a lone `-`, or anything after `--`) is returned in the
 * list of words; a flag goes to `onFlag` with `value()`, which takes its
 * value (written after `=`, else the next argument), and `inline`, the value
 * written after `=` if any.
 */
export function scanArguments(
  rest: readonly string[],
  onFlag: (flag: string, value: () => string | undefined, arg: string, inline: string | undefined) => void,
): string[] {
  const words: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    if (flag === '--') {
      optionsEnded = true;
      continue;
    }
    onFlag(flag, () => inline ?? rest[++i], arg, inline);
  }
  return words;
}

/** The folder `--vault` gives, once. */
export function vaultOption(current: string | null, dir: string | undefined): string {
  if (dir === undefined || dir.trim() === '') throw new UsageError('--vault needs the vault folder, such as --vault ~/Notes');
  if (current !== null) throw new UsageError(`one vault at a time: '${current}' and '${dir}' were both given`);
  return dir;
}
