// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELDS } from '../../src/engine/keys';
import { SETTINGS_DEBOUNCE_MS } from '../../src/main';
import { DEFAULT_SETTINGS, readSettings, type FollowUpSettingTab } from '../../src/settings';
import { definitionsOf, search, showDeclarative, showImperative } from '../stubs/setting-definitions';
import { groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

type Show = 'declarative' | 'imperative';
const BOTH: Show[] = ['declarative', 'imperative'];

async function openSettings(show: Show, files: Record<string, string> = {}, data?: unknown) {
  const started = await startPlugin(files, data === undefined ? {} : { data });
  const tab = started.app.settingTabs[0] as FollowUpSettingTab;
  if (show === 'declarative') showDeclarative(tab);
  else showImperative(tab);
  return { ...started, tab };
}

function settingNamed(tab: FollowUpSettingTab, name: string): HTMLElement {
  const item = [...tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')].find(
    (el) => !el.hasClass('setting-item-heading') && el.querySelector('.setting-item-name')?.textContent === name,
  );
  if (item === undefined) throw new Error(`no setting '${name}'`);
  return item;
}

function inputOf(setting: HTMLElement): HTMLInputElement | HTMLTextAreaElement {
  const el = setting.querySelector<HTMLInputElement | HTMLTextAreaElement>('.setting-item-control textarea, .setting-item-control input');
  if (el === null) throw new Error('no input');
  return el;
}

function errorOf(setting: HTMLElement): string {
  return [...setting.querySelectorAll('.setting-item-error, .ifu-setting-error')].map((e) => e.textContent).join('');
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

function tick(el: HTMLInputElement, value: boolean): void {
  el.checked = value;
  el.dispatchEvent(new Event('change'));
}

function saved(app: { pluginData: Map<string, unknown> }): Record<string, unknown> {
  return app.pluginData.get('interview-follow-up') as Record<string, unknown>;
}

/**
 * Every setting with a control: a saved value, what its control shows for
 * it, what a person enters, and what is then saved. A setting added to the
 * tab without a case here fails the test below.
 */
const CASES: Record<string, { saved: unknown; shown: string | boolean; enter: string | boolean; stored: unknown }> = {
  yourName: { saved: 'Alex Morgan', shown: 'Alex Morgan', enter: 'Sam Lee', stored: 'Sam Lee' },
  yourEmail: { saved: 'alex@example.com', shown: 'alex@example.com', enter: ' sam@example.com ', stored: 'sam@example.com' },
  yourPhone: { saved: '555-0100', shown: '555-0100', enter: '555-0199', stored: '555-0199' },
  signature: { saved: 'Alex Morgan\nlinkedin.com/in/alex', shown: 'Alex Morgan\nlinkedin.com/in/alex', enter: 'Sam\nsam.dev', stored: 'Sam\nsam.dev' },
  interviewFolders: { saved: ['Jobs', 'Old/Interviews'], shown: 'Jobs\nOld/Interviews', enter: 'Applications\n\n  Past ', stored: ['Applications', 'Past'] },
  holidays: { saved: ['2026-12-25'], shown: '2026-12-25', enter: '2026-12-25\n2026-12-31', stored: ['2026-12-25', '2026-12-31'] },
  inquiryDaysAfterInterview: { saved: 7, shown: '7', enter: '4', stored: 4 },
  inquiryDaysAfterPromisedDate: { saved: 3, shown: '3', enter: '1', stored: 1 },
  inquiryWindowDays: { saved: 5, shown: '5', enter: '2', stored: 2 },
  maxInquiries: { saved: 2, shown: '2', enter: '1', stored: 1 },
  lapseDays: { saved: 30, shown: '30', enter: '0', stored: 0 },
  rejectionReply: { saved: false, shown: false, enter: true, stored: true },
  templatesFolder: { saved: 'Templates', shown: 'Templates', enter: 'Drafts ', stored: 'Drafts' },
  newNoteFolder: { saved: 'Jobs', shown: 'Jobs', enter: 'Jobs/2026', stored: 'Jobs/2026' },
  newNoteTemplate: { saved: 'Templates/Interview.md', shown: 'Templates/Interview.md', enter: 'T/Round.md', stored: 'T/Round.md' },
  calendarPath: { saved: 'Mine.ics', shown: 'Mine.ics', enter: 'Phone/Follow-ups.ics', stored: 'Phone/Follow-ups.ics' },
  calendarKeepCurrent: { saved: true, shown: true, enter: false, stored: false },
  showDone: { saved: true, shown: true, enter: false, stored: false },
  statusBar: { saved: false, shown: false, enter: true, stored: true },
  startupNotice: { saved: false, shown: false, enter: true, stored: true },
};

const SAVED = Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, c.saved]));

describe('the settings tab', () => {
  it('is searchable: every setting is a definition, grouped, found by its words', async () => {
    const { tab } = await openSettings('declarative');
    const defs = definitionsOf(tab);
    expect([...new Set(defs.map((d) => d.group))]).toEqual(['Your details', 'Interview notes', 'Timing', 'Drafts and new notes', 'Calendar', 'Sidebar']);
    expect(search(tab, 'phone')).toContain('Your phone');
    expect(search(tab, 'holiday')).toEqual(['Holidays']);
    expect(search(tab, 'ics')).toEqual(expect.arrayContaining(['Calendar file', 'Keep the calendar file current']));
    expect(search(tab, 'property name')).toEqual([...FIELDS]);
    expect(search(tab, 'status inquiry')).toHaveLength(4);
  });

  it('before Obsidian 1.13, display() shows the same settings under the same headings', async () => {
    const declarative = await openSettings('declarative');
    const names = (tab: FollowUpSettingTab) => [...tab.containerEl.querySelectorAll('.setting-item-name')].map((n) => n.textContent);
    const shown = names(declarative.tab);
    vi.useRealTimers();
    const imperative = await openSettings('imperative');
    expect(names(imperative.tab)).toEqual(shown);
    expect(shown).toContain('Your name');
    expect(shown).toContain('interviewer');
  });

  for (const show of BOTH) {
    it(`${show}: each control shows the saved value, and what is entered is saved`, async () => {
      const { app, plugin, tab } = await openSettings(show, {}, SAVED);
      const keys = definitionsOf(tab).flatMap((d) => (d.control === undefined ? [] : [d.control.key]));
      expect(keys.sort()).toEqual(Object.keys(CASES).sort());
      for (const def of definitionsOf(tab)) {
        if (def.control === undefined) continue;
        const c = CASES[def.control.key];
        if (c === undefined) throw new Error(def.control.key);
        const setting = settingNamed(tab, def.name);
        const input = inputOf(setting);
        if (typeof c.shown === 'boolean') {
          expect((input as HTMLInputElement).checked, def.name).toBe(c.shown);
          tick(input as HTMLInputElement, c.enter as boolean);
        } else {
          expect(input.value, def.name).toBe(c.shown);
          type(input, c.enter as string);
        }
        await vi.advanceTimersByTimeAsync(0);
        expect(errorOf(setting), def.name).toBe('');
        expect((plugin.settings as unknown as Record<string, unknown>)[def.control.key], def.name).toEqual(c.stored);
        expect(saved(app)[def.control.key], def.name).toEqual(c.stored);
      }
    });

    it(`${show}: a value that is not one is named under the setting and not saved`, async () => {
      const { app, plugin, tab } = await openSettings(show);
      const holidays = settingNamed(tab, 'Holidays');
      type(inputOf(holidays), '2026-11-26\nThanksgiving\n2026-11-27');
      await vi.advanceTimersByTimeAsync(0);
      expect(errorOf(holidays)).toContain('Not a date: Thanksgiving.');
      expect(plugin.settings.holidays).toEqual([]);
      type(inputOf(holidays), '2026-11-26\n2026-11-27');
      await vi.advanceTimersByTimeAsync(0);
      expect(errorOf(holidays)).toBe('');
      expect(plugin.settings.holidays).toEqual(['2026-11-26', '2026-11-27']);

      const most = settingNamed(tab, 'At most this many inquiries');
      type(inputOf(most), '500');
      await vi.advanceTimersByTimeAsync(0);
      expect(errorOf(most)).toBe('A whole number from 0 to 100.');
      expect(plugin.settings.maxInquiries).toBe(3);
      type(inputOf(most), '2.5');
      await vi.advanceTimersByTimeAsync(0);
      expect(plugin.settings.maxInquiries).toBe(3);

      const calendar = settingNamed(tab, 'Calendar file');
      type(inputOf(calendar), 'Follow-ups.txt');
      await vi.advanceTimersByTimeAsync(0);
      expect(errorOf(calendar)).toBe('A calendar file ends in .ics.');
      expect(saved(app).calendarPath).toBe('Follow-ups.ics');
    });
  }

  it('a change to the rules rebuilds the agenda once typing pauses, once for several changes, and not before', async () => {
    const { plugin, sidebar, tab } = await openSettings('declarative', { 'A.md': note({ type: 'interview', company: 'A', date: '2026-11-20', thank_you_sent: '2026-11-20' }) });
    const rebuilds = vi.spyOn(plugin.live, 'settingsChanged');
    const holidays = inputOf(settingNamed(tab, 'Holidays'));
    expect(groupRows(sidebar(), 'waiting')[0]).toContain('from Friday, November 27');
    const step = Math.floor(SETTINGS_DEBOUNCE_MS / 4);
    for (const value of ['2026-11-26', '2026-11-26\n2026-11-27', '2026-11-26\n2026-11-27\n2026-11-30']) {
      type(holidays, value);
      await vi.advanceTimersByTimeAsync(step);
      expect(rebuilds).not.toHaveBeenCalled();
    }
    expect(plugin.settings.holidays).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
    expect(groupRows(sidebar(), 'waiting')[0]).toContain('from Friday, November 27');
    await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS - step - 1);
    expect(rebuilds).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(rebuilds).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS * 3);
    expect(rebuilds).toHaveBeenCalledTimes(1);
    // Three holidays (the 26th, 27th and 30th) push the five business days to December 2.
    expect(groupRows(sidebar(), 'waiting')[0]).toContain('from Wednesday, December 2');
  });

  it('a change to your details saves without rebuilding the agenda', async () => {
    const { app, plugin, tab } = await openSettings('declarative');
    const rebuilds = vi.spyOn(plugin.live, 'settingsChanged');
    type(inputOf(settingNamed(tab, 'Your name')), 'Alex Morgan');
    await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS * 2);
    expect(saved(app).yourName).toBe('Alex Morgan');
    expect(rebuilds).not.toHaveBeenCalled();
  });

  it('saved data of any shape reads as settings, with defaults for what is missing or wrong', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ maxInquiries: -3, holidays: ['2026-12-25', 'Christmas', 7], showDone: 'yes', yourName: 'Alex' })).toMatchObject({
      maxInquiries: 3,
      holidays: ['2026-12-25'],
      showDone: false,
      yourName: 'Alex',
    });
  });
});

describe('your property names', () => {
  for (const show of BOTH) {
    it(`${show}: suggests the vault's own property names, reads the mapped one first, and saves the mapping`, async () => {
      const { app, plugin, sidebar, tab } = await openSettings(show, {
        'A.md': note({ type: 'interview', company: 'Acme', 'Interview Day': '2026-11-20', date: '2026-11-01' }),
        'B.md': note({ 'Interview Day': '2026-11-02', kind: 'x' }),
      });
      expect(groupRows(sidebar(), 'waiting').join('\n')).not.toContain('November 27');
      const setting = settingNamed(tab, 'date');
      const input = inputOf(setting) as HTMLInputElement;
      type(input, 'day');
      await Promise.resolve();
      const suggestions = [...setting.querySelectorAll<HTMLElement>('.suggestion-item')];
      expect(suggestions.map((s) => s.textContent)).toEqual(['Interview Day']);
      suggestions[0]?.click();
      expect(input.value).toBe('Interview Day');
      expect(plugin.settings.propertyNames).toEqual({ date: 'Interview Day' });
      await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS);
      // Read from Interview Day: the inquiry waits for 5 business days after November 20.
      expect(groupRows(sidebar(), 'waiting').join('\n')).toContain('from Friday, November 27');
      expect(saved(app).propertyNames).toEqual({ date: 'Interview Day' });
      type(input, '');
      expect(plugin.settings.propertyNames).toEqual({});
    });
  }
});
