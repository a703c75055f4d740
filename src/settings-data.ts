import { DEFAULT_STORED_RULE_SETTINGS, readStoredRuleSettings, type StoredRuleSettings } from './engine/stored-settings';

/**
 * What the plugin saves in its data.json, its defaults, and reading it back
 * whatever its state. The settings tab (settings.ts) and its table
 * (ui/settings-table.ts) both build on this.
 */

/** Everything the plugin saves in its data.json. */
export interface InterviewFollowUpSettings extends StoredRuleSettings {
  /** Your name, for the signature of drafts. */
  yourName: string;
  /** Lines after your name in drafts (phone, profile link). */
  signature: string;
  /** Your phone number, for call scripts' voicemail and for references. */
  yourPhone: string;
  /** Your personal, professional email address. */
  yourEmail: string;
  /** Show done follow-ups in the sidebar. */
  showDone: boolean;
  /** Show the count of overdue follow-ups in the status bar. */
  statusBar: boolean;
  /** Once a day, a notice at start-up when something is overdue. */
  startupNotice: boolean;
  /** Folder of templates that override the built-in drafts. */
  templatesFolder: string;
  /** Where the calendar of follow-ups is written, inside the vault. */
  calendarPath: string;
  /** Rewrite the calendar file whenever the follow-ups change. */
  calendarKeepCurrent: boolean;
  /** Where "New interview note" puts notes. */
  newNoteFolder: string;
  /** A note whose text, with {{variables}}, starts every new interview note. */
  newNoteTemplate: string;
}

export const DEFAULT_SETTINGS: Readonly<InterviewFollowUpSettings> = Object.freeze({
  ...DEFAULT_STORED_RULE_SETTINGS,
  yourName: '',
  signature: '',
  yourPhone: '',
  yourEmail: '',
  showDone: false,
  statusBar: true,
  startupNotice: true,
  templatesFolder: '',
  calendarPath: 'Follow-ups.ics',
  calendarKeepCurrent: false,
  newNoteFolder: 'Interviews',
  newNoteTemplate: '',
});

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Saved data, whatever its state: a missing or wrong value takes its default. */
export function readSettings(data: unknown): InterviewFollowUpSettings {
  const d = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const def = DEFAULT_SETTINGS;
  return {
    ...readStoredRuleSettings(d),
    yourName: text(d.yourName, def.yourName),
    signature: text(d.signature, def.signature),
    yourPhone: text(d.yourPhone, def.yourPhone),
    yourEmail: text(d.yourEmail, def.yourEmail),
    showDone: flag(d.showDone, def.showDone),
    statusBar: flag(d.statusBar, def.statusBar),
    startupNotice: flag(d.startupNotice, def.startupNotice),
    templatesFolder: text(d.templatesFolder, def.templatesFolder),
    calendarPath: text(d.calendarPath, def.calendarPath),
    calendarKeepCurrent: flag(d.calendarKeepCurrent, def.calendarKeepCurrent),
    newNoteFolder: text(d.newNoteFolder, def.newNoteFolder),
    newNoteTemplate: text(d.newNoteTemplate, def.newNoteTemplate),
  };
}
