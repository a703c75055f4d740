import { basename, resolve } from 'node:path';
import type { Agenda } from '../engine/agenda';
import { followUpCalendar } from '../engine/calendar';
import { exportCalendar } from '../engine/use-cases/calendar-export';
import { Refusal } from '../engine/use-cases/refusal';
import { DEFAULT_RULE_SETTINGS } from '../engine/settings';
import { FileVault } from './file-vault';
import { codeOf, writeIfNotRegular } from './safe-write';

export interface CalendarIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The vault's name as Obsidian knows it: its folder's name. */
export function vaultName(vault: string): string {
  return basename(resolve(vault));
}

/**
 * `calendar`: the open follow-ups as an iCalendar file, printed, or written
 * to a file through the engine's calendar export (an existing file is
 * replaced only when it is a calendar this tool wrote, and only when its
 * events changed). Each event links to its note in the vault at `vault`.
 */
export async function calendarCommand(agenda: Agenda, output: string | null, io: CalendarIo, now: Date, vault = '.'): Promise<number> {
  const options = { now, vault: vaultName(vault), elsewhere: 'choose another --output' };
  // Printed, or written straight into a terminal, a pipe or a device: nothing there to compare with or to keep.
  const streamed = () => followUpCalendar(agenda.followUps, { stamp: now, today: agenda.today, vault: options.vault });
  if (output === null) {
    io.stdout(streamed());
    return 0;
  }
  try {
    if (await writeIfNotRegular(output, streamed())) return 0;
  } catch (error) {
    io.stderr(`interview-follow-up: '${output}' could not be written (${codeOf(error) || 'error'}); nothing was written\n`);
    return 2;
  }
  try {
    const done = await exportCalendar(new FileVault(vault, agenda.today, DEFAULT_RULE_SETTINGS, null).calendarFile(output), agenda, options);
    const what = `${done.events} ${done.events === 1 ? 'follow-up' : 'follow-ups'}`;
    io.stdout(done.written === 'unchanged' ? `${output} is up to date (${what}).\n` : `Wrote ${done.events} open ${done.events === 1 ? 'follow-up' : 'follow-ups'} to ${output}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr(`interview-follow-up: ${error.message}\n`);
    return 2;
  }
}
