// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_DEBOUNCE_MS } from '../../src/main';
import { DEFAULT_SETTINGS, readSettings, type FollowUpSettingTab } from '../../src/settings';
import { groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

function settingNamed(tab: FollowUpSettingTab, name: string): HTMLElement {
  const item = [...tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === name);
  if (item === undefined) throw new Error(`no setting '${name}'`);
  return item;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

describe('the settings tab', () => {
  it('shows every setting under its heading', async () => {
    const { app } = await startPlugin({});
    const tab = app.settingTabs[0] as FollowUpSettingTab;
    tab.display();
    const headings = [...tab.containerEl.querySelectorAll('.setting-item-heading .setting-item-name')].map((h) => h.textContent);
    expect(headings).toEqual(['Notes', 'Your property names', 'Status inquiries', 'Drafts', 'Calendar', 'Display']);
    for (const name of ['Interview folders', 'Holidays', 'Your name', 'Your phone', 'Templates folder', 'Calendar file', 'Show done follow-ups']) settingNamed(tab, name);
  });

  it('holidays: keeps the dates, names what is not one, and recomputes once typing pauses', async () => {
    const { app, plugin, sidebar } = await startPlugin({ 'A.md': note({ type: 'interview', company: 'A', date: '2026-11-20', thank_you_sent: '2026-11-20' }) });
    const tab = app.settingTabs[0] as FollowUpSettingTab;
    tab.display();
    const holidays = settingNamed(tab, 'Holidays');
    type(holidays.querySelector('textarea') as HTMLTextAreaElement, '2026-11-26\nThanksgiving\n2026-11-27');
    expect(plugin.settings.holidays).toEqual(['2026-11-26', '2026-11-27']);
    expect(holidays.querySelector('.setting-item-description')?.textContent).toContain('Not dates, so ignored: Thanksgiving.');
    expect(groupRows(sidebar(), 'waiting')[0]).toContain('from Friday, November 27');
    await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS);
    expect(groupRows(sidebar(), 'waiting')[0]).toContain('from Tuesday, December 1');
    expect((app.pluginData.get('interview-follow-up') as { holidays: string[] }).holidays).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('inquiry numbers: whole numbers only', async () => {
    const { app, plugin } = await startPlugin({});
    const tab = app.settingTabs[0] as FollowUpSettingTab;
    tab.display();
    const input = settingNamed(tab, 'At most this many inquiries').querySelector('input') as HTMLInputElement;
    type(input, 'two');
    expect(plugin.settings.maxInquiries).toBe(3);
    type(input, '2');
    expect(plugin.settings.maxInquiries).toBe(2);
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
  it("suggests the vault's own property names, reads the mapped one first, and saves the mapping", async () => {
    const { app, plugin, sidebar } = await startPlugin({
      'A.md': note({ type: 'interview', company: 'Acme', 'Interview Day': '2026-11-20', date: '2026-11-01' }),
      'B.md': note({ 'Interview Day': '2026-11-02', kind: 'x' }),
    });
    const tab = app.settingTabs[0] as FollowUpSettingTab;
    tab.display();
    expect(groupRows(sidebar(), 'waiting').join('\n')).not.toContain('November 27');
    const setting = settingNamed(tab, 'date');
    const input = setting.querySelector('input') as HTMLInputElement;
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
    expect((app.pluginData.get('interview-follow-up') as { propertyNames: Record<string, string> }).propertyNames).toEqual({ date: 'Interview Day' });
    type(input, '');
    expect(plugin.settings.propertyNames).toEqual({});
  });
});
