// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_DEBOUNCE_MS } from '../../src/main';
import { CHANGE_DEBOUNCE_MS, DAY_CHECK_MS } from '../../src/obsidian/live-agenda';
import { shownNotices } from '../stubs/obsidian';
import { fileAt, groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

const acme = note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones', promised_date: '2026-11-27' });
const beta = note({ type: 'interview', company: 'Beta', position: 'Engineer', date: '2026-11-23', interviewer: '"[[Sam Lee]]"' });

describe('the follow-up sidebar', () => {
  it('shows each group with counts, in a person\'s words, with company, position and a relative date', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Jobs/Beta.md': beta, 'People/Sam Lee.md': note({ honorific: 'Mr.' }) });
    const el = sidebar();
    expect(el.querySelector('.ifu-counts')?.textContent).toBe('Tuesday, November 24: 1 overdue · 1 due today · 0 due soon · 2 waiting');
    expect(groupRows(el, 'overdue')).toEqual(['Thank Ms. Pat Jones | Acme, Data Analyst | 3 days overdue']);
    expect(groupRows(el, 'due-today')).toEqual(['Thank Sam Lee | Beta, Engineer | due today']);
    expect(groupRows(el, 'waiting')).toEqual([
      'Ask Acme where the Data Analyst decision stands | Acme, Data Analyst | from Monday, November 30',
      'Ask Beta where the Engineer decision stands | Beta, Engineer | from Monday, November 30',
    ]);
    expect([...el.querySelectorAll('.ifu-group-title')].map((h) => h.textContent)).toEqual(['Overdue (1)', 'Due today (1)', 'Waiting (2)']);
  });

  it('opens the note when a follow-up is clicked', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    sidebar().querySelector<HTMLButtonElement>('[data-group="overdue"] .ifu-open')?.click();
    expect(app.workspace.opened).toEqual(['Jobs/Acme.md']);
  });

  it('lists problems under Needs attention, naming the note, and opens it on click', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Bad.md': note({ type: 'interview', date: 'next Friday' }) });
    const problems = sidebar().querySelector('.ifu-problems');
    expect(problems?.querySelector('h5')?.textContent).toBe('Needs attention (1)');
    expect(problems?.textContent).toContain('Jobs/Bad.md');
    expect(problems?.textContent).toContain("date: 'next Friday' is not a date");
    problems?.querySelector<HTMLButtonElement>('.ifu-open')?.click();
    expect(app.workspace.opened).toEqual(['Jobs/Bad.md']);
  });

  it('says on which line a problem is, with the command line\'s words, and opens the note at that line', async () => {
    const text = '---\ntype: interview\ncompany: Acme\nposition: Senior Engineer: Platform\n---\n';
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': text, 'Jobs/Bad.md': note({ type: 'interview', company: 'Bad', date: 'Nov 20, 2026' }) });
    const rows = () => [...sidebar().querySelectorAll<HTMLButtonElement>('.ifu-problems .ifu-open')];
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + 10);
    const broken = rows().find((r) => r.textContent?.includes('Jobs/Acme.md'));
    expect(broken?.textContent).toContain('line 4');
    expect(broken?.textContent).toContain('position: "Senior Engineer: Platform"');
    const bad = rows().find((r) => r.textContent?.includes('Jobs/Bad.md'));
    expect(bad?.textContent).toContain('line 4');
    expect(bad?.textContent).toContain("date: 'Nov 20, 2026' is not a date; use 2026-11-20");
    bad?.click();
    await Promise.resolve();
    expect(app.workspace.openedAtLine).toEqual([{ path: 'Jobs/Bad.md', line: 3 }]);
  });

  it('explains how to write a first interview note in an empty vault', async () => {
    const { sidebar } = await startPlugin({ 'Groceries.md': 'milk' });
    expect(sidebar().querySelector('.ifu-empty')?.textContent).toContain('type: interview');
  });

  it('keeps done follow-ups behind a toggle, and remembers the choice', async () => {
    const sent = note({ type: 'interview', company: 'Acme', date: '2026-11-20', thank_you_sent: '2026-11-20' });
    const { plugin, sidebar } = await startPlugin({ 'Acme.md': sent });
    const toggle = () => sidebar().querySelector<HTMLButtonElement>('.ifu-toggle-done');
    expect(toggle()?.textContent).toBe('Show done (1)');
    expect(groupRows(sidebar(), 'done')).toEqual([]);
    toggle()?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(groupRows(sidebar(), 'done')).toEqual(['Send a thank-you note | Acme | done Friday, November 20']);
    expect(toggle()?.textContent).toBe('Hide done');
    expect(plugin.settings.showDone).toBe(true);
  });

  it('shows a company named like HTML as text, and runs nothing', async () => {
    const hostile = note({ type: 'interview', company: '"<img src=x onerror=alert(1)>"', date: '2026-11-23' });
    const { sidebar } = await startPlugin({ 'X.md': hostile });
    expect(sidebar().querySelector('img')).toBeNull();
    expect(sidebar().textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the live agenda', () => {
  it('updates when a note changes, after edits settle, keeping rows that did not change', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Jobs/Beta.md': beta });
    const betaRow = sidebar().querySelector('[data-group="due-today"] .ifu-row');
    const file = fileAt(app, 'Jobs/Acme.md');
    await app.vault.modify(file, acme.replace('promised_date', 'thank_you_sent: 2026-11-20\npromised_date'));
    expect(groupRows(sidebar(), 'overdue')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(groupRows(sidebar(), 'overdue')).toEqual([]);
    expect(sidebar().querySelector('[data-group="due-today"] .ifu-row')).toBe(betaRow);
  });

  it('drops a deleted note, and picks up a note renamed into an interview folder', async () => {
    const plain = note({ company: 'Gamma', date: '2026-11-23' });
    const { app, plugin, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Inbox/Gamma.md': plain }, { data: { interviewFolders: ['Jobs'] } });
    expect(plugin.settings.interviewFolders).toEqual(['Jobs']);
    await app.vault.delete(fileAt(app, 'Jobs/Acme.md'));
    await app.vault.rename(fileAt(app, 'Inbox/Gamma.md'), 'Jobs/Gamma.md');
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(groupRows(sidebar(), 'overdue')).toEqual([]);
    expect(groupRows(sidebar(), 'due-today')).toEqual(['Send a thank-you note | Gamma | due today']);
  });

  it('moves to the new day at local midnight', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Beta.md': beta }, { now: new Date(2026, 10, 24, 23, 59, 30) });
    expect(groupRows(sidebar(), 'due-today')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(DAY_CHECK_MS);
    expect(groupRows(sidebar(), 'due-today')).toEqual([]);
    expect(groupRows(sidebar(), 'overdue')).toEqual(['Thank Sam Lee | Beta, Engineer | 1 day overdue']);
  });

  it('recomputes when the settings change', async () => {
    const { plugin, sidebar } = await startPlugin({ 'Jobs/Gamma.md': note({ company: 'Gamma', date: '2026-11-23' }) });
    expect(groupRows(sidebar(), 'due-today')).toEqual([]);
    plugin.settings.interviewFolders = ['Jobs'];
    await plugin.saveSettings(true);
    await vi.advanceTimersByTimeAsync(SETTINGS_DEBOUNCE_MS);
    expect(groupRows(sidebar(), 'due-today')).toEqual(['Send a thank-you note | Gamma | due today']);
  });

  it('reports broken properties of a note that mentions an interview, once Obsidian could not read them', async () => {
    const broken = '---\ntype: interview\ninterviewer: [Pat\n---\nBody\n';
    const { sidebar } = await startPlugin({ 'Broken.md': broken, 'Other.md': '---\ntitle: [oops\n---\n' });
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    const problems = [...sidebar().querySelectorAll('.ifu-problems .ifu-row')].map((r) => r.textContent);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Broken.md');
    expect(problems[0]).toContain('not valid');
  });

  it('releases every listener and timer on unload', async () => {
    const { app, plugin } = await startPlugin({ 'Jobs/Acme.md': acme });
    expect(app.metadataCache.listenerCount()).toBeGreaterThan(0);
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), acme);
    plugin.unload();
    expect(app.metadataCache.listenerCount()).toBe(0);
    expect(app.vault.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(app.commands.size).toBe(0);
  });
});

describe('entry points', () => {
  it('a ribbon icon and a command open the sidebar', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme }, { openSidebar: false });
    expect(app.workspace.getLeavesOfType('interview-follow-up-sidebar')).toHaveLength(0);
    app.ribbon.querySelector<HTMLElement>('[aria-label="Open follow-up sidebar"]')?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.workspace.getLeavesOfType('interview-follow-up-sidebar')).toHaveLength(1);
    app.commands.get('interview-follow-up:open-sidebar')?.callback?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.workspace.getLeavesOfType('interview-follow-up-sidebar')).toHaveLength(1);
  });

  it('the status bar counts overdue follow-ups and opens the sidebar; it can be turned off', async () => {
    const { app, plugin } = await startPlugin({ 'Jobs/Acme.md': acme }, { openSidebar: false });
    const item = app.statusBar.querySelector<HTMLElement>('.ifu-status-bar');
    expect(item?.textContent).toBe('1 overdue follow-up');
    item?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.workspace.getLeavesOfType('interview-follow-up-sidebar')).toHaveLength(1);
    plugin.settings.statusBar = false;
    await plugin.saveSettings(false);
    expect(item?.textContent).toBe('');
    expect(item?.classList.contains('ifu-hidden')).toBe(true);
  });

  it('a start-up notice, once a day on each device, when something is overdue; remembered on the device, not in data.json', async () => {
    shownNotices.length = 0;
    const device = new Map<string, string>();
    const first = await startPlugin({ 'Jobs/Acme.md': acme }, { localStorage: device });
    expect(shownNotices).toEqual(['Interview Follow-up: 1 overdue follow-up. Open the follow-up sidebar to see them.']);
    await vi.advanceTimersByTimeAsync(0);
    const data = first.app.pluginData.get('interview-follow-up');
    expect(JSON.stringify(data ?? {})).not.toContain('2026-11-24');
    first.plugin.unload();
    vi.useRealTimers();
    // The same device, later that day: no second notice.
    shownNotices.length = 0;
    const again = await startPlugin({ 'Jobs/Acme.md': acme }, { data, localStorage: device });
    await vi.advanceTimersByTimeAsync(0);
    expect(shownNotices).toEqual([]);
    again.plugin.unload();
    vi.useRealTimers();
    // Another device, with the same data.json (synced): its own notice.
    await startPlugin({ 'Jobs/Acme.md': acme }, { data });
    await vi.advanceTimersByTimeAsync(0);
    expect(shownNotices).toEqual(['Interview Follow-up: 1 overdue follow-up. Open the follow-up sidebar to see them.']);
  });

  it('reads the day an earlier version saved in data.json, where the device remembers none yet', async () => {
    shownNotices.length = 0;
    const device = new Map<string, string>();
    const old = await startPlugin({ 'Jobs/Acme.md': acme }, { data: { lastNoticeDay: '2026-11-24' }, localStorage: device });
    await vi.advanceTimersByTimeAsync(0);
    expect(shownNotices).toEqual([]);
    old.plugin.unload();
    vi.useRealTimers();
    // The next day, the device's own memory takes over.
    await startPlugin({ 'Jobs/Acme.md': acme }, { data: { lastNoticeDay: '2026-11-24' }, localStorage: device, now: new Date(2026, 10, 25, 9, 0) });
    await vi.advanceTimersByTimeAsync(0);
    expect(shownNotices).toHaveLength(1);
    expect(device.get('interview-follow-up-last-notice-day')).toBe('"2026-11-25"');
  });
});
