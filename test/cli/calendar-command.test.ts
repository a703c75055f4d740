import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';
import { tempDir } from '../support/temp-dir';

const acme = '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\nthank_you_sent: 2026-11-20\nsnoozed_until: 2026-11-30\n---\n';
const beta = '---\ntype: interview\ncompany: Beta\ndate: 2026-11-23\n---\n';

function events(ics: string): Array<{ summary: string; start: string; end: string; uid: string; url: string; description: string }> {
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), uid: e.uid, url: String(v.getFirstPropertyValue('url')), description: e.description };
  });
}

describe('interview-follow-up calendar', () => {
  it('prints the open follow-ups as iCalendar, agreeing with the agenda after a snooze', async () => {
    const v = vault({ 'Acme.md': acme, 'Beta.md': beta });
    const r = await run(['calendar', v, '--today', '2026-11-24']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const agenda = JSON.parse((await run(['agenda', v, '--today', '2026-11-24', '--json'])).stdout) as { items: Array<{ note: string; kind: string; from: string; state: string }> };
    const open = agenda.items.filter((i) => i.state !== 'done');
    const got = events(r.stdout);
    expect(got).toHaveLength(open.length);
    expect(got.find((e) => e.summary.startsWith('Ask Acme'))?.start).toBe('2026-11-30');
    expect(open.find((i) => i.note === 'Acme.md' && i.kind === 'status-inquiry')?.from).toBe('2026-11-30');
  });

  it('writes --output atomically, leaves it alone when nothing changed, and keeps the UIDs', async () => {
    const v = vault({ 'Acme.md': acme, 'Beta.md': beta });
    const out = join(v, 'Follow-ups.ics');
    const first = await run(['calendar', v, '--today', '2026-11-24', '--output', out]);
    expect(first.stdout).toBe(`Wrote 3 open follow-ups to ${out}.\n`);
    const uids = events(readFileSync(out, 'utf8')).map((e) => e.uid);
    const mtime = statSync(out).mtimeMs;
    // Later the same day: the same events, so the file is left as it is.
    const again = await run(['calendar', v, '--today', '2026-11-24', '--output', out], { now: new Date(2026, 10, 24, 18) });
    expect(again.stdout).toBe(`${out} is up to date (3 follow-ups).\n`);
    expect(statSync(out).mtimeMs).toBe(mtime);
    // The next day Beta's thank-you is overdue: its event moves to that day, so the file is rewritten.
    const nextDay = await run(['calendar', v, '--today', '2026-11-25', '--output', out], { now: new Date(2026, 10, 25, 9) });
    expect(nextDay.stdout).toBe(`Wrote 3 open follow-ups to ${out}.\n`);
    expect(events(readFileSync(out, 'utf8')).find((e) => e.summary.startsWith('Send a thank-you note'))?.start).toBe('2026-11-25');
    writeFileSync(join(v, 'Beta.md'), beta.replace('---\n', '---\nthank_you_sent: 2026-11-23\n').replace('type: interview', 'type: interview'));
    await run(['calendar', v, '--today', '2026-11-25', '--output', out]);
    const later = events(readFileSync(out, 'utf8')).map((e) => e.uid);
    expect(later.length).toBe(2);
    for (const uid of later) expect(uids).toContain(uid);
  });

  it('an overdue follow-up is on the --today day; every event opens its note in the vault named by its folder', async () => {
    const parent = tempDir('ifu-named-');
    const v = join(parent, 'Job Search (2026)');
    mkdirSync(join(v, 'Interviews'), { recursive: true });
    writeFileSync(join(v, 'Interviews', 'Beta & Co.md'), beta);
    const r = await run(['calendar', v, '--today', '2026-11-26']);
    expect(r.code).toBe(0);
    const got = events(r.stdout);
    const thanks = got.find((e) => e.summary.startsWith('Send a thank-you note'));
    // Due on the 24th, overdue on the 26th: the event is on the 26th, and says since when.
    expect([thanks?.start, thanks?.end]).toEqual(['2026-11-26', '2026-11-27']);
    expect(thanks?.description).toContain('Overdue since Wednesday, November 25.');
    expect(got.length).toBeGreaterThan(1);
    for (const e of got) expect(e.url).toBe('obsidian://open?vault=Job%20Search%20%282026%29&file=Interviews%2FBeta%20%26%20Co.md');
  });

  it('never replaces a file it did not write', async () => {
    const v = vault({ 'Acme.md': acme, 'notes.md': '# Mine\n' });
    const r = await run(['calendar', v, '--output', join(v, 'notes.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a calendar Interview Follow-up wrote');
    expect(readFileSync(join(v, 'notes.md'), 'utf8')).toBe('# Mine\n');
  });

  it('an agenda with nothing open gives a calendar with no events', async () => {
    const r = await run(['calendar', vault({ 'x.md': 'nothing' }), '--today', '2026-11-24']);
    expect(events(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('VERSION:2.0');
  });

  it.each([[['calendar', '/no/such/vault']], [['calendar', '.', '--json']], [['calendar', '.', '--output']]])('%j is a usage error', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
