import type { App } from 'obsidian';
import type { Agenda } from '../engine/agenda';
import { calendarPathInVault, exportCalendar, type CalendarWrite } from '../engine/use-cases/calendar-export';
import type { InterviewVault } from '../engine/use-cases/vault';

/**
 * Writes the calendar of open follow-ups into the vault, where sync carries
 * it to the phone, through the engine's calendar export. An export whose
 * events did not change leaves the file as it is, so sync does not churn.
 */
export async function writeCalendarFile(app: App, vault: Pick<InterviewVault, 'calendarFile'>, path: string, agenda: Agenda, now: Date): Promise<CalendarWrite> {
  const file = vault.calendarFile(calendarPathInVault(path));
  return (await exportCalendar(file, agenda, { now, vault: app.vault.getName(), elsewhere: 'choose another path in the settings' })).written;
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
    private readonly vault: Pick<InterviewVault, 'calendarFile'>,
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
      return { written: await writeCalendarFile(this.app, this.vault, this.options().path, agenda, this.now()) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }
}
