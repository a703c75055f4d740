// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALENDAR_DEBOUNCE_MS } from '../../src/obsidian/calendar-file';
import { CHANGE_DEBOUNCE_MS, DAY_CHECK_MS } from '../../src/obsidian/live-agenda';
import { shownNotices } from '../stubs/obsidian';
import { fileAt, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

const acme = note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones' });
const events = (ics: string) => ics.split('BEGIN:VEVENT').length - 1;

describe('the calendar file in the vault', () => {
  it('"Export follow-ups to calendar" writes the open follow-ups and says how to get them onto a phone', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    shownNotices.length = 0;
    await app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    const ics = app.vault.text('Follow-ups.ics');
    expect(events(ics)).toBe(2);
    expect(ics).toContain('SUMMARY:Thank Ms. Pat Jones (Acme\\, Data Analyst)');
    expect(shownNotices.at(-1)).toContain('Follow-ups written to Follow-ups.ics.');
    expect(shownNotices.at(-1)).toMatch(/1\. .*\n2\. .*\n3\. /);
  });

  it('writes into a folder of the settings, creating it', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme }, { data: { calendarPath: 'Calendars/Job search.ics' } });
    await app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    expect(events(app.vault.text('Calendars/Job search.ics'))).toBe(2);
  });

  it('kept current: rewritten after a change settles, left alone when its events did not change', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme }, { data: { calendarKeepCurrent: true } });
    await app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    const file = fileAt(app, 'Follow-ups.ics');
    const mtime = file.stat.mtime;
    const acmeFile = fileAt(app, 'Jobs/Acme.md');

    await app.vault.modify(acmeFile, `${acme}More notes, same follow-ups.\n`);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + CALENDAR_DEBOUNCE_MS);
    expect(file.stat.mtime).toBe(mtime);

    await app.vault.modify(acmeFile, acme.replace('interviewer', 'thank_you_sent: 2026-11-20\ninterviewer'));
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + CALENDAR_DEBOUNCE_MS);
    expect(file.stat.mtime).toBeGreaterThan(mtime);
    expect(events(app.vault.text('Follow-ups.ics'))).toBe(1);
  });

  it('kept current: at midnight an overdue follow-up\'s event moves to the new day', async () => {
    const beta = note({ type: 'interview', company: 'Beta', date: '2026-11-23', interviewer: 'Sam Lee' });
    const { app } = await startPlugin({ 'Jobs/Beta.md': beta }, { data: { calendarKeepCurrent: true }, now: new Date(2026, 10, 24, 23, 59, 0) });
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    const thanks = (ics: string) => ics.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Thank Sam Lee')) ?? '';
    const before = thanks(app.vault.text('Follow-ups.ics'));
    expect(before).toContain('DTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261125');
    // Midnight passes: due on the 24th, the thank-you is overdue on the 25th and rings that day.
    await vi.advanceTimersByTimeAsync(DAY_CHECK_MS + CALENDAR_DEBOUNCE_MS);
    const after = thanks(app.vault.text('Follow-ups.ics'));
    expect(after).toContain('DTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261126');
    expect(after.replace(/\r\n /g, '')).toContain('Overdue since Wednesday\\, November 25.');
  });

  it('each event opens its note in this vault', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme (final).md': acme });
    app.vault.name = 'My Vault';
    await app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    const urls = app.vault.text('Follow-ups.ics').match(/^URL:.*$/gm) ?? [];
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url.trimEnd()).toBe('URL:obsidian://open?vault=My%20Vault&file=Jobs%2FAcme%20%28final%29.md');
  });

  it('not kept current unless asked', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), `${acme}x`);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + CALENDAR_DEBOUNCE_MS);
    expect(app.vault.getFileByPath('Follow-ups.ics')).toBeNull();
  });
});

describe('the calendar file never replaces anything else', () => {
  it('refuses a path that is a note, or a file it did not write, and leaves it as it was', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme, 'Calendar.md': '# My calendar\n', 'Other.ics': 'BEGIN:VCALENDAR\nPRODID:-//Someone else//EN\n' }, { data: { calendarPath: 'Calendar.md' } });
    shownNotices.length = 0;
    await app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    expect(app.vault.text('Calendar.md')).toBe('# My calendar\n');
    expect(shownNotices.at(-1)).toContain('must end in .ics');
    const second = await startPlugin({ 'Jobs/Acme.md': acme, 'Other.ics': 'BEGIN:VCALENDAR\nPRODID:-//Someone else//EN\n' }, { data: { calendarPath: 'Other.ics' } });
    await second.app.commands.get('interview-follow-up:export-calendar')?.callback?.();
    expect(second.app.vault.text('Other.ics')).toBe('BEGIN:VCALENDAR\nPRODID:-//Someone else//EN\n');
    expect(shownNotices.at(-1)).toContain('is not a calendar Interview Follow-up wrote');
  });
});
