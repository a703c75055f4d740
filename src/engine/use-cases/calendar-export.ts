import type { Agenda } from '../agenda';
import { CALENDAR_PRODID, followUpCalendar, sameCalendarContent } from '../calendar';
import { vaultPathProblem } from '../note-file-name';
import { Refusal } from './refusal';
import type { CalendarFile } from './vault';

/**
 * The calendar export, written once for the plugin's file (kept current or
 * on command) and the command line's `calendar --output`: the open
 * follow-ups as iCalendar. An existing file is replaced only when it is a
 * calendar this product wrote, and only when its events changed, so sync
 * does not churn.
 */

export type CalendarWrite = 'created' | 'updated' | 'unchanged';

export interface CalendarExport {
  written: CalendarWrite;
  /** How many events the file holds. */
  events: number;
}

/** A file this product wrote before: only such a file is ever replaced. */
export function isOwnCalendar(text: string): boolean {
  return text.startsWith('BEGIN:VCALENDAR') && text.includes(`PRODID:${CALENDAR_PRODID}`);
}

/**
 * Writes the agenda's calendar to `file`. `vault` is the vault's name, for
 * the links back to each note; `elsewhere` says where to choose another
 * file in a refusal ("choose another --output").
 */
export async function exportCalendar(file: CalendarFile, agenda: Agenda, options: { now: Date; vault: string; elsewhere: string }): Promise<CalendarExport> {
  const text = followUpCalendar(agenda.followUps, { stamp: options.now, today: agenda.today, vault: options.vault });
  const events = text.split('BEGIN:VEVENT').length - 1;
  const current = await file.read();
  if (current !== null && !isOwnCalendar(current)) throw new Refusal(`${file.name} is not a calendar Interview Follow-up wrote, so it was left as it is; ${options.elsewhere}`);
  if (current !== null && sameCalendarContent(current, text)) return { written: 'unchanged', events };
  await file.write(text);
  return { written: current === null ? 'created' : 'updated', events };
}

/** The calendar file a setting names inside the vault (`Follow-ups.ics` when blank), or a `Refusal` saying why it cannot be one. */
export function calendarPathInVault(setting: string): string {
  const problem = vaultPathProblem(setting, 'The calendar file');
  if (problem !== null) throw new Refusal(problem);
  const target = setting.trim() === '' ? 'Follow-ups.ics' : setting.trim();
  if (!target.toLowerCase().endsWith('.ics')) throw new Refusal(`the calendar file must end in .ics, and '${target}' does not; change it in the settings`);
  return target;
}
