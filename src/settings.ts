import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { parseDay } from './engine/dates';
import { FIELDS } from './engine/keys';
import { PropertyNameSuggest } from './ui/property-suggest';
import { DEFAULT_STORED_RULE_SETTINGS, readStoredRuleSettings, type StoredRuleSettings } from './engine/stored-settings';

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
  /** The last day (YYYY-MM-DD) the start-up notice was shown. */
  lastNoticeDay: string;
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
  lastNoticeDay: '',
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
    lastNoticeDay: text(d.lastNoticeDay, def.lastNoticeDay),
    templatesFolder: text(d.templatesFolder, def.templatesFolder),
    calendarPath: text(d.calendarPath, def.calendarPath),
    calendarKeepCurrent: flag(d.calendarKeepCurrent, def.calendarKeepCurrent),
    newNoteFolder: text(d.newNoteFolder, def.newNoteFolder),
    newNoteTemplate: text(d.newNoteTemplate, def.newNoteTemplate),
  };
}

/** What the settings tab changes: the plugin, narrowly. */
export interface SettingsHost {
  settings: InterviewFollowUpSettings;
  saveSettings(rulesChanged: boolean): Promise<void>;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The settings tab: where interview notes live, the working calendar, the inquiry timing, drafts and display. */
export class FollowUpSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: SettingsHost,
  ) {
    super(app, host as unknown as Plugin);
  }

  /**
   * A person's own property names: each field can be read from (and
   * recorded under) the name the vault already uses, picked from the names
   * its notes hold.
   */
  private propertyNames(containerEl: HTMLElement, save: (rules: boolean) => void): void {
    const s = this.host.settings;
    new Setting(containerEl)
      .setName('Your property names')
      .setDesc('Where your notes already use another name for a field (Interview Day for date, Employer for company), give it here: it is read first, and what you record is written to it.')
      .setHeading();
    for (const field of FIELDS) {
      const setting = new Setting(containerEl).setName(field).setDesc(FIELD_MEANINGS[field] ?? '');
      setting.addText((t) => {
        const apply = (v: string): void => {
          const name = v.trim();
          const next = { ...s.propertyNames };
          if (name === '' || name === field) delete next[field];
          else next[field] = name;
          s.propertyNames = next;
          save(true);
        };
        t.setPlaceholder(field).setValue(s.propertyNames[field] ?? '').onChange(apply);
        if (t.inputEl instanceof HTMLInputElement) new PropertyNameSuggest(this.app, t.inputEl, apply);
      });
    }
  }

  override display(): void {
    const { containerEl } = this;
    const s = this.host.settings;
    containerEl.empty();
    const save = (rules: boolean) => void this.host.saveSettings(rules);

    new Setting(containerEl).setName('Notes').setHeading();
    new Setting(containerEl)
      .setName('Interview folders')
      .setDesc('Every note in these folders is an interview note, one folder per line. Notes elsewhere count when they have type: interview or an interview tag.')
      .addTextArea((t) =>
        t.setPlaceholder('Interviews').setValue(s.interviewFolders.join('\n')).onChange((v) => {
          s.interviewFolders = lines(v);
          save(true);
        }),
      );
    const holidayHelp = 'Days that are not business days, one per line as YYYY-MM-DD.';
    const holidays = new Setting(containerEl).setName('Holidays').setDesc(holidayHelp);
    holidays.addTextArea((t) =>
      t.setPlaceholder('2026-12-25').setValue(s.holidays.join('\n')).onChange((v) => {
        const all = lines(v);
        const bad = all.filter((h) => parseDay(h) === null || h.length !== 10);
        s.holidays = all.filter((h) => !bad.includes(h));
        holidays.setDesc(bad.length === 0 ? holidayHelp : `${holidayHelp} Not dates, so ignored: ${bad.join(', ')}.`);
        save(true);
      }),
    );

    this.propertyNames(containerEl, save);

    new Setting(containerEl).setName('Status inquiries').setHeading();
    const numbers: Array<[NumberKey, string, string, number]> = [
      ['inquiryDaysAfterInterview', 'Business days after the interview', 'Without a promised date, wait this long before asking where things stand; also the wait after each inquiry.', 365],
      ['inquiryDaysAfterPromisedDate', 'Business days after the promised date', 'Once the date they gave has passed, wait this long before asking.', 365],
      ['inquiryWindowDays', 'Business days to send it', 'How long an inquiry stays due before it is overdue.', 365],
      ['maxInquiries', 'At most this many inquiries', 'After these, stop suggesting another: do not be a pest.', 100],
      ['lapseDays', 'Days a late note stays listed', 'A thank-you, a heads-up to references or a reply to a rejection not sent this many days after it was due is no longer suggested: by then it does more harm than good. 0: always suggested.', 3650],
    ];
    for (const [key, name, desc, max] of numbers) {
      new Setting(containerEl).setName(name).setDesc(desc).addText((t) => {
        t.inputEl.type = 'number';
        t.inputEl.min = '0';
        t.inputEl.max = String(max);
        t.setValue(String(s[key])).onChange((v) => {
          const n = Number(v);
          if (v.trim() === '' || !Number.isInteger(n) || n < 0 || n > max) return;
          s[key] = n;
          save(true);
        });
      });
    }
    new Setting(containerEl)
      .setName('Reply to rejections')
      .setDesc('Suggest a gracious reply when an application ends in a rejection.')
      .addToggle((t) =>
        t.setValue(s.rejectionReply).onChange((v) => {
          s.rejectionReply = v;
          save(true);
        }),
      );

    new Setting(containerEl)
      .setName('Folder for new interview notes')
      .setDesc('Where new interview notes and new rounds are created.')
      .addText((t) =>
        t.setPlaceholder('Interviews').setValue(s.newNoteFolder).onChange((v) => {
          s.newNoteFolder = v.trim();
          save(false);
        }),
      );
    new Setting(containerEl)
      .setName('New note template')
      .setDesc('A note whose text starts every new interview note, with the same {{variables}} as the drafts. Empty: the built-in headings.')
      .addText((t) =>
        t.setPlaceholder('Templates/Interview.md').setValue(s.newNoteTemplate).onChange((v) => {
          s.newNoteTemplate = v.trim();
          save(false);
        }),
      );

    new Setting(containerEl).setName('Drafts').setHeading();
    new Setting(containerEl).setName('Your name').setDesc('Signs your drafts.').addText((t) =>
      t.setValue(s.yourName).onChange((v) => {
        s.yourName = v;
        save(false);
      }),
    );
    new Setting(containerEl).setName('Your phone').setDesc('For the voicemail line of call scripts.').addText((t) =>
      t.setValue(s.yourPhone).onChange((v) => {
        s.yourPhone = v.trim();
        save(false);
      }),
    );
    new Setting(containerEl).setName('Your email').setDesc('A personal, professional address: never your current employer\'s.').addText((t) =>
      t.setValue(s.yourEmail).onChange((v) => {
        s.yourEmail = v.trim();
        save(false);
      }),
    );
    new Setting(containerEl).setName('Signature').setDesc('Lines under your name: phone, profile link.').addTextArea((t) =>
      t.setValue(s.signature).onChange((v) => {
        s.signature = v;
        save(false);
      }),
    );
    new Setting(containerEl).setName('Templates folder').setDesc('Notes here named after a draft kind (thank-you.md, status-inquiry.md, ...) replace the built-in drafts.').addText((t) =>
      t.setPlaceholder('Templates').setValue(s.templatesFolder).onChange((v) => {
        s.templatesFolder = v.trim();
        save(false);
      }),
    );

    new Setting(containerEl).setName('Calendar').setHeading();
    new Setting(containerEl)
      .setName('Calendar file')
      .setDesc('Where the calendar export writes the open follow-ups: a file ending in .ics that your phone can import.')
      .addText((t) =>
        t.setPlaceholder('Follow-ups.ics').setValue(s.calendarPath).onChange((v) => {
          s.calendarPath = v.trim();
          save(false);
        }),
      );
    new Setting(containerEl)
      .setName('Keep the calendar file current')
      .setDesc('Rewrite it whenever the follow-ups change (only when its events changed, so sync stays quiet).')
      .addToggle((t) =>
        t.setValue(s.calendarKeepCurrent).onChange((v) => {
          s.calendarKeepCurrent = v;
          save(false);
        }),
      );

    new Setting(containerEl).setName('Display').setHeading();
    const toggles: Array<[ToggleKey, string, string]> = [
      ['showDone', 'Show done follow-ups', 'List what you have already done in the sidebar.'],
      ['statusBar', 'Overdue count in the status bar', 'Click it to open the sidebar.'],
      ['startupNotice', 'Notice at start-up', 'Once a day, when something is overdue.'],
    ];
    for (const [key, name, desc] of toggles) {
      new Setting(containerEl).setName(name).setDesc(desc).addToggle((t) =>
        t.setValue(s[key]).onChange((v) => {
          s[key] = v;
          save(false);
        }),
      );
    }
  }
}

type NumberKey = 'inquiryDaysAfterInterview' | 'inquiryDaysAfterPromisedDate' | 'inquiryWindowDays' | 'maxInquiries' | 'lapseDays';

/** What each field holds, for the property-name settings. */
const FIELD_MEANINGS: Readonly<Record<string, string>> = {
  date: 'The day of the interview.',
  company: 'The employer.',
  position: 'The job title.',
  interviewer: 'Who interviewed you.',
  references: 'The references you gave.',
  promised_date: 'When they said you would hear from them.',
  follow_up_by: 'When you promised to get back to them.',
  status: 'Where the application stands.',
  decision_date: 'When you heard their decision.',
  offer_deadline: 'When they want your answer to an offer.',
};
type ToggleKey = 'showDone' | 'statusBar' | 'startupNotice';
