import type { App, Setting, SettingDefinitionItem, TFile } from 'obsidian';
import { parseDay } from '../engine/dates';
import { FIELDS } from '../engine/keys';
import { DEFAULT_STORED_RULE_SETTINGS } from '../engine/stored-settings';
import type { InterviewFollowUpSettings } from '../settings-data';
import { PropertyNameSuggest } from './property-suggest';

/** The saved settings a control edits (the property names have their own rows). */
export type SettingKey = Exclude<keyof InterviewFollowUpSettings, 'propertyNames'>;

/** The controls the settings use, as Obsidian 1.13 declares them (a subset of `SettingControl`). */
export type TableControl =
  | { type: 'text' | 'textarea'; key: SettingKey; placeholder?: string; validate?: (value: string) => string | undefined }
  | { type: 'folder'; key: SettingKey; placeholder?: string }
  | { type: 'file'; key: SettingKey; placeholder?: string; filter?: (file: TFile) => boolean }
  | { type: 'number'; key: SettingKey; min: number; max: number; step: number; defaultValue: number; validate: (value: number) => string | undefined }
  | { type: 'toggle'; key: SettingKey };

interface RowBase {
  name: string;
  desc: string;
  /** More words that find it in the settings search. */
  aliases?: string[];
}

/** A setting with one of Obsidian's controls, bound to a saved value. */
export interface ControlRow extends RowBase {
  control: TableControl;
}

/** A setting that draws its own control (a text box with a suggester). */
export interface CustomRow extends RowBase {
  render(setting: Setting): void;
}

export type TableRow = ControlRow | CustomRow;

export interface TableGroup {
  heading: string;
  rows: TableRow[];
}

/** The one table of settings that both the declarative definitions and the older display() are made from. */
export interface SettingsTable {
  groups: TableGroup[];
  /** What a control shows for a key: the saved value, as the control holds it. */
  read(key: string): unknown;
  /** Takes what a control holds into the settings and saves them. */
  write(key: string, value: unknown): Promise<void>;
}

export interface SettingsTableHost {
  settings: InterviewFollowUpSettings;
  saveSettings(rulesChanged: boolean): Promise<void>;
}

export function isControlRow(row: TableRow): row is ControlRow {
  return 'control' in row;
}

/** Non-empty trimmed lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The lines of a holiday list that are not a YYYY-MM-DD date. */
export function notDates(text: string): string[] {
  return lines(text).filter((h) => h.length !== 10 || parseDay(h) === null);
}

/** What each documented field holds, for the property-name settings. */
export const FIELD_MEANINGS: Readonly<Record<string, string>> = {
  date: 'The day of the interview.',
  company: 'The employer.',
  position: 'The job title.',
  interviewer: 'Who interviewed you.',
  references: 'The references you gave.',
  promised_date: 'When they said you would hear from them.',
  follow_up_by: 'When you promised to get back to them.',
  deliverable: 'Something you promised to send them.',
  contact_method: 'How they prefer to be contacted.',
  final_round: 'Whether this was the last round.',
  status: 'Where the application stands.',
  decision_date: 'When you heard their decision.',
  offer_deadline: 'When they want your answer to an offer.',
  thank_you_method: 'How you thanked them.',
  thank_you_sent: 'When you sent the thank-you.',
  references_notified: 'When you gave your references a heads-up.',
  followed_up: 'When you sent your follow-up.',
  inquiries: 'The status inquiries you sent.',
  offer_requested: 'When you asked for the offer in writing.',
  rejection_reply_sent: 'When you replied to a rejection.',
  offer_nudge_sent: 'When you asked about an offer deadline.',
  withdrawal_sent: 'When you withdrew from this application.',
  references_thanked: 'When you thanked your references.',
  snoozed_until: 'Until when a follow-up is put off.',
};

const RULE_KEYS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_STORED_RULE_SETTINGS));

const HOLIDAY_HELP = 'Days that are not business days, one per line as YYYY-MM-DD.';

function numberRow(key: SettingKey & keyof typeof DEFAULT_STORED_RULE_SETTINGS, name: string, desc: string, max: number, aliases: string[]): ControlRow {
  return {
    name,
    desc,
    aliases,
    control: {
      type: 'number',
      key,
      min: 0,
      max,
      step: 1,
      defaultValue: DEFAULT_STORED_RULE_SETTINGS[key] as number,
      validate: (n) => (Number.isInteger(n) && n >= 0 && n <= max ? undefined : `A whole number from 0 to ${max}.`),
    },
  };
}

function toggleRow(key: SettingKey, name: string, desc: string, aliases: string[] = []): ControlRow {
  return { name, desc, aliases, control: { type: 'toggle', key } };
}

function textRow(key: SettingKey, name: string, desc: string, placeholder: string, aliases: string[] = []): ControlRow {
  return { name, desc, aliases, control: { type: 'text', key, placeholder } };
}

/** The settings, grouped as a person looks for them. */
export function settingsTable(app: App, host: SettingsTableHost): SettingsTable {
  const propertyRow = (field: string): CustomRow => ({
    name: field,
    desc: `${FIELD_MEANINGS[field] ?? ''} Your notes' name for it, where they use another.`.trim(),
    aliases: ['property name', 'your property names'],
    render: (setting) => {
      setting.addText((t) => {
        const apply = (v: string): void => {
          const name = v.trim();
          const next = { ...host.settings.propertyNames };
          if (name === '' || name === field) delete next[field];
          else next[field] = name;
          host.settings.propertyNames = next;
          void host.saveSettings(true);
        };
        t.setPlaceholder(field)
          .setValue(host.settings.propertyNames[field] ?? '')
          .onChange(apply);
        new PropertyNameSuggest(app, t.inputEl, apply);
      });
    },
  });

  const groups: TableGroup[] = [
    {
      heading: 'Your details',
      rows: [
        textRow('yourName', 'Your name', 'Signs your drafts.', 'Alex Morgan', ['sender', 'signature']),
        textRow('yourEmail', 'Your email', "A personal, professional address: never your current employer's.", 'alex@example.com', ['address']),
        textRow('yourPhone', 'Your phone', 'For the voicemail line of call scripts, and for your references.', '', ['telephone', 'number']),
        { name: 'Signature', desc: 'Lines under your name: phone, profile link.', aliases: ['sign-off'], control: { type: 'textarea', key: 'signature' } },
      ],
    },
    {
      heading: 'Interview notes',
      rows: [
        {
          name: 'Interview folders',
          desc: 'Every note in these folders is an interview note, one folder per line. Notes elsewhere count when they have type: interview or an interview tag.',
          aliases: ['what counts as an interview note', 'folder'],
          control: { type: 'textarea', key: 'interviewFolders', placeholder: 'Interviews' },
        },
        ...FIELDS.map(propertyRow),
      ],
    },
    {
      heading: 'Timing',
      rows: [
        {
          name: 'Holidays',
          desc: HOLIDAY_HELP,
          aliases: ['business days', 'days off'],
          control: {
            type: 'textarea',
            key: 'holidays',
            placeholder: '2026-12-25',
            validate: (v) => {
              const bad = notDates(v);
              return bad.length === 0 ? undefined : `Not a date: ${bad.join(', ')}. ${HOLIDAY_HELP}`;
            },
          },
        },
        numberRow('inquiryDaysAfterInterview', 'Business days after the interview', 'Without a promised date, wait this long before asking where things stand; also the wait after each inquiry.', 365, ['status inquiry', 'wait']),
        numberRow('inquiryDaysAfterPromisedDate', 'Business days after the promised date', 'Once the date they gave has passed, wait this long before asking.', 365, ['status inquiry', 'wait']),
        numberRow('inquiryWindowDays', 'Business days to send it', 'How long an inquiry stays due before it is overdue.', 365, ['status inquiry', 'window']),
        numberRow('maxInquiries', 'At most this many inquiries', 'After these, stop suggesting another: do not be a pest.', 100, ['status inquiry', 'limit']),
        numberRow(
          'lapseDays',
          'Days a late note stays listed',
          'A thank-you, a heads-up to references or a reply to a rejection not sent this many days after it was due is no longer suggested: by then it does more harm than good. 0: always suggested.',
          3650,
          ['lapse', 'late'],
        ),
        toggleRow('rejectionReply', 'Reply to rejections', 'Suggest a gracious reply when an application ends in a rejection.', ['rejection']),
      ],
    },
    {
      heading: 'Drafts and new notes',
      rows: [
        {
          name: 'Templates folder',
          desc: 'Notes here named after a draft kind (thank-you.md, status-inquiry.md, ...) replace the built-in drafts.',
          aliases: ['drafts', 'templates'],
          control: { type: 'folder', key: 'templatesFolder', placeholder: 'Templates' },
        },
        {
          name: 'Folder for new interview notes',
          desc: 'Where new interview notes and new rounds are created.',
          aliases: ['new note'],
          control: { type: 'folder', key: 'newNoteFolder', placeholder: 'Interviews' },
        },
        {
          name: 'New note template',
          desc: 'A note whose text starts every new interview note, with the same {{variables}} as the drafts. Empty: the built-in headings.',
          aliases: ['new note', 'templates'],
          control: { type: 'file', key: 'newNoteTemplate', placeholder: 'Templates/Interview.md', filter: (file) => file.extension === 'md' },
        },
      ],
    },
    {
      heading: 'Calendar',
      rows: [
        {
          name: 'Calendar file',
          desc: 'Where the calendar export writes the open follow-ups: a file ending in .ics that your phone can import.',
          aliases: ['ics', 'export'],
          control: {
            type: 'text',
            key: 'calendarPath',
            placeholder: 'Follow-ups.ics',
            validate: (v) => (v.trim() === '' || v.trim().toLowerCase().endsWith('.ics') ? undefined : 'A calendar file ends in .ics.'),
          },
        },
        toggleRow('calendarKeepCurrent', 'Keep the calendar file current', 'Rewrite it whenever the follow-ups change (only when its events changed, so sync stays quiet).', ['ics', 'sync']),
      ],
    },
    {
      heading: 'Sidebar',
      rows: [
        toggleRow('showDone', 'Show done follow-ups', 'List what you have already done in the sidebar.', ['completed']),
        toggleRow('statusBar', 'Overdue count in the status bar', 'Click it to open the sidebar.', ['status bar']),
        toggleRow('startupNotice', 'Notice at start-up', 'Once a day, when something is overdue.', ['notification', 'startup']),
      ],
    },
  ];

  const controls = new Map<string, TableControl>();
  for (const g of groups) for (const r of g.rows) if (isControlRow(r)) controls.set(r.control.key, r.control);

  return {
    groups,
    read(key) {
      const s = host.settings;
      if (key === 'interviewFolders') return s.interviewFolders.join('\n');
      if (key === 'holidays') return s.holidays.join('\n');
      return controls.has(key) ? s[key as SettingKey] : undefined;
    },
    async write(key, value) {
      const control = controls.get(key);
      if (control === undefined) return;
      let next: unknown;
      if (key === 'interviewFolders' || key === 'holidays') next = lines(String(value));
      else if (control.type === 'toggle') next = value === true;
      else if (control.type === 'number') next = Number(value);
      // A name, an address or a signature keeps its inner spacing; the others are paths and one-line values.
      else next = key === 'signature' || key === 'yourName' ? String(value) : String(value).trim();
      Object.assign(host.settings, { [key]: next });
      await host.saveSettings(RULE_KEYS.has(key));
    },
  };
}

/** The table as Obsidian 1.13's declarative settings: one group per heading, searchable by name, description and aliases. */
export function settingDefinitions(table: SettingsTable): SettingDefinitionItem[] {
  return table.groups.map((g) => ({
    type: 'group' as const,
    heading: g.heading,
    items: g.rows.map((r) =>
      isControlRow(r)
        ? { name: r.name, desc: r.desc, aliases: r.aliases ?? [], control: r.control }
        : { name: r.name, desc: r.desc, aliases: r.aliases ?? [], render: (setting: Setting) => r.render(setting) },
    ),
  }));
}
