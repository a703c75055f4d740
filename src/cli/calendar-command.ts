import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Agenda } from '../engine/agenda';
import { CALENDAR_PRODID, followUpCalendar, sameCalendarContent } from '../engine/calendar';
import { replaceFile, writeIfNotRegular } from './safe-write';

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
 * to a file atomically. An existing file is replaced only when it is a
 * calendar this tool wrote, and only when its events changed. Each event
 * links to its note in the vault at `vault` (a folder; the current one by
 * default).
 */
export async function calendarCommand(agenda: Agenda, output: string | null, io: CalendarIo, now: Date, vault = '.'): Promise<number> {
  const text = followUpCalendar(agenda.followUps, { stamp: now, today: agenda.today, vault: vaultName(vault) });
  if (output === null) {
    io.stdout(text);
    return 0;
  }
  const events = text.split('BEGIN:VEVENT').length - 1;
  try {
    // A terminal, a pipe or a device (`--output /dev/stdout | cat`) is written straight into, never read back.
    if (await writeIfNotRegular(output, text)) return 0;
  } catch (error) {
    io.stderr(`interview-follow-up: '${output}' could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was written\n`);
    return 2;
  }
  let current: string | null = null;
  try {
    current = await readFile(output, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.stderr(`interview-follow-up: '${output}' cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was written\n`);
      return 2;
    }
  }
  if (current !== null && !(current.startsWith('BEGIN:VCALENDAR') && current.includes(`PRODID:${CALENDAR_PRODID}`))) {
    io.stderr(`interview-follow-up: '${output}' is not a calendar this tool wrote, so it was left as it is; choose another --output\n`);
    return 2;
  }
  if (current !== null && sameCalendarContent(current, text)) {
    io.stdout(`${output} is up to date (${events} ${events === 1 ? 'follow-up' : 'follow-ups'}).\n`);
    return 0;
  }
  try {
    await replaceFile(output, text);
  } catch (error) {
    io.stderr(`interview-follow-up: '${output}' could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that its folder exists\n`);
    return 2;
  }
  io.stdout(`Wrote ${events} open ${events === 1 ? 'follow-up' : 'follow-ups'} to ${output}.\n`);
  return 0;
}
