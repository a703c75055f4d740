import { Notice, type Command } from 'obsidian';
import { calendarHowTo, type CalendarSync } from './calendar-file';

/** What the commands need from the plugin. */
export interface CommandHost {
  addCommand(command: Command): Command;
  openSidebar(): Promise<void>;
  calendar: CalendarSync;
  calendarPath(): string;
}

/** The command palette's entries. */
export function registerCommands(host: CommandHost): void {
  host.addCommand({ id: 'open-sidebar', name: 'Open follow-up sidebar', callback: () => void host.openSidebar() });
  host.addCommand({
    id: 'export-calendar',
    name: 'Export follow-ups to calendar',
    callback: async () => {
      const result = await host.calendar.writeNow();
      if ('written' in result) new Notice(calendarHowTo(host.calendarPath()), 15_000);
      else new Notice(`Interview Follow-up: the calendar was not written: ${result.error}.`);
    },
  });
}
