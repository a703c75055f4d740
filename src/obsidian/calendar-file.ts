import { TFile, normalizePath, type App } from 'obsidian';
import { vaultPathProblem } from '../engine/note-file-name';
import type { Agenda } from '../engine/agenda';
import { CALENDAR_PRODID, followUpCalendar, sameCalendarContent } from '../engine/calendar';

export type CalendarWrite = 'created' | 'updated' | 'unchanged';

/**
 * Writes the calendar of open follow-ups into the vault, where sync carries
 * it to the phone. An export whose events did not change leaves the file as
 * it is, so sync does not churn.
 */
export async function writeCalendarFile(app: App, path: string, agenda: Agenda, now: Date): Promise<CalendarWrite> {
  const problem = vaultPathProblem(path, 'The calendar file');
  if (problem !== null) throw new Error(problem);
  const target = normalizePath(path.trim() === '' ? 'Follow-ups.ics' : path.trim());
  if (!target.toLowerCase().endsWith('.ics')) throw new Error(`the calendar file must end in .ics, and '${target}' does not; change it in the settings`);
  const text = followUpCalendar(agenda.followUps, { stamp: now, today: agenda.today, vault: app.vault.getName() });
  const existing = app.vault.getAbstractFileByPath(target);
  if (existing instanceof TFile) {
    const current = await app.vault.read(existing);
    if (!isOwnCalendar(current)) {
      throw new Error(`${target} is not a calendar this plugin wrote, so it was left as it is; choose another path in the settings`);
    }
    if (sameCalendarContent(current, text)) return 'unchanged';
    await app.vault.modify(existing, text);
    return 'updated';
  }
  if (existing !== null) throw new Error(`${target} is a folder; choose another path for the calendar file in the settings`);
  const folder = target.includes('/') ? target.slice(0, target.lastIndexOf('/')) : '';
  if (folder !== '' && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
  await app.vault.create(target, text);
  return 'created';
}

/** A file this plugin wrote before: only such a file is ever replaced. */
function isOwnCalendar(text: string): boolean {
  return text.startsWith('BEGIN:VCALENDAR') && text.includes(`PRODID:${CALENDAR_PRODID}`);
}

/** How to get the file onto a phone's calendar, in three steps. */
export function calendarHowTo(path: string): string {
  return [
    `Follow-ups written to ${path}.`,
    '1. Let your vault sync (Obsidian Sync, iCloud, Dropbox, ...).',
    '2. On the phone, open the file from the synced vault folder, or import it into your calendar app.',
    '3. Import it again after changes: each follow-up keeps its identity, so the calendar updates it instead of adding a copy.',
  ].join('\n');
}

/** How long the agenda settles before the calendar file is brought up to date. */
export const CALENDAR_DEBOUNCE_MS = 2_000;

/**
 * Keeps the calendar file current while the setting is on: after the agenda
 * changes and settles, the file is rewritten if its events changed. The
 * live agenda moves to the new day at midnight and tells its listeners, so
 * an overdue follow-up's event moves to the new day with it.
 */
export class CalendarSync {
  private timer: number | null = null;

  constructor(
    private readonly app: App,
    private readonly options: () => { enabled: boolean; path: string },
    private readonly agenda: () => Agenda | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The agenda changed. */
  changed(): void {
    if (!this.options().enabled) return;
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.writeNow();
    }, CALENDAR_DEBOUNCE_MS);
  }

  /** Writes the file now; says why not when it cannot. */
  async writeNow(): Promise<{ written: CalendarWrite } | { error: string }> {
    const agenda = this.agenda();
    if (agenda === null) return { error: 'the follow-ups are still being read; try again in a moment' };
    try {
      return { written: await writeCalendarFile(this.app, this.options().path, agenda, this.now()) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }
}
