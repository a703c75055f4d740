import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/cli/main';
import { formatDay } from '../../src/engine/dates';
import { run, vault } from './run';

const acme = '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\nNotes.\n';

describe('interview-follow-up agenda', () => {
  it('prints exactly one JSON object with today, items and problems', async () => {
    const v = vault({ 'Interviews/Acme.md': acme, 'Groceries.md': '---\ntags: [home]\n---\nmilk\n' });
    const r = await run(['agenda', v, '--today', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      today: '2026-11-23',
      items: [
        { note: 'Interviews/Acme.md', kind: 'thank-you', who: 'Ms. Pat Jones', from: '2026-11-20', due: '2026-11-21', state: 'overdue' },
        { note: 'Interviews/Acme.md', kind: 'status-inquiry', who: null, from: '2026-11-27', due: '2026-12-01', state: 'waiting' },
      ],
      problems: [],
    });
  });

  it('prints a readable agenda grouped by state, without colour unless asked', async () => {
    const v = vault({ 'Acme.md': acme });
    const r = await run(['agenda', v, '--today', '2026-11-23']);
    expect(r.stdout).toContain('Interview follow-ups, Monday, November 23, 2026');
    expect(r.stdout).toMatch(/Overdue \(1\)\n {2}• Thank Ms\. Pat Jones \(Acme, Data Analyst\): 2 days overdue\n {4}Acme\.md/);
    expect(r.stdout).toMatch(/Waiting \(1\)\n {2}• Ask Acme where the Data Analyst decision stands \(Acme, Data Analyst\): from Friday, November 27/);
    expect(r.stdout).not.toContain('\u001b[');
    expect((await run(['agenda', v, '--today', '2026-11-23'], { colour: true })).stdout).toContain('\u001b[31m');
  });

  it('explains how to start when there are no interview notes', async () => {
    const r = await run(['agenda', vault({ 'a.md': 'hello' }), '--today', '2026-11-23']);
    expect(r.stdout).toContain('No interview notes found');
  });

  it('uses the local calendar date as today by default', async () => {
    const now = new Date(2026, 10, 24, 23, 59);
    expect(formatDay(localToday(now))).toBe('2026-11-24');
    const r = await run(['agenda', vault({}), '--json'], { now });
    expect((JSON.parse(r.stdout) as { today: string }).today).toBe('2026-11-24');
  });

  it('does not read hidden folders or node_modules', async () => {
    const v = vault({ '.obsidian/x.md': acme, '.trash/Acme.md': acme, 'node_modules/p/Acme.md': acme, '.git/Acme.md': acme, 'Real.md': acme });
    const r = JSON.parse((await run(['agenda', v, '--today', '2026-11-23', '--json'])).stdout) as { items: Array<{ note: string }> };
    expect(new Set(r.items.map((i) => i.note))).toEqual(new Set(['Real.md']));
  });

  it('treats every note in a --folder as an interview note, and reports one without a date', async () => {
    const v = vault({ 'Jobs/Acme.md': '---\ncompany: Acme\ndate: 2026-11-20\n---\n', 'Jobs/Notes.md': 'Just text.\n' });
    const r = JSON.parse((await run(['agenda', v, '--today', '2026-11-20', '--folder', 'Jobs', '--json'])).stdout) as {
      items: Array<{ note: string }>;
      problems: Array<{ note: string; field: string }>;
    };
    expect(r.items.map((i) => i.note)).toEqual(['Jobs/Acme.md', 'Jobs/Acme.md']);
    expect(r.problems.map((p) => [p.note, p.field])).toEqual([['Jobs/Notes.md', 'date']]);
  });

  it("uses the plugin's saved settings, and --folder and --holiday add to them", async () => {
    const v = vault({
      '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ interviewFolders: ['Jobs'], holidays: ['2026-11-26'], inquiryDaysAfterInterview: 2 }),
      'Jobs/Acme.md': '---\ncompany: Acme\ndate: 2026-11-24\nthank_you_sent: 2026-11-24\n---\n',
      'More/Beta.md': '---\ncompany: Beta\ndate: 2026-11-24\nthank_you_sent: 2026-11-24\n---\n',
    });
    const r = JSON.parse((await run(['agenda', v, '--today', '2026-11-24', '--folder', 'More', '--holiday', '2026-11-27', '--json'])).stdout) as {
      items: Array<{ note: string; kind: string; from: string }>;
    };
    expect(r.items.filter((i) => i.kind === 'status-inquiry').map((i) => `${i.note} ${i.from}`)).toEqual(['Jobs/Acme.md 2026-11-30', 'More/Beta.md 2026-11-30']);
  });

  it('warns about unreadable saved settings and goes on with the defaults', async () => {
    const v = vault({ '.obsidian/plugins/interview-follow-up/data.json': '{oops', 'Acme.md': acme });
    const r = await run(['agenda', v, '--today', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not valid JSON');
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('exits 0 when there are problems', async () => {
    const r = await run(['agenda', vault({ 'Bad.md': '---\ntype: interview\ndate: Tuesday\n---\n' }), '--today', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { problems: Array<{ field: string }> }).problems.map((p) => p.field)).toEqual(['date']);
  });

  it.each([
    [['agenda', '/no/such/vault']],
    [['agenda', '.', '--today', 'tomorrow']],
    [['agenda', '.', '--today', '2026-11-20T10:00']],
    [['agenda', '.', '--today']],
    [['agenda', '.', '--holiday', '2026-02-30']],
    [['agenda', '.', '--folder']],
    [['agenda', '.', '--colour']],
    [['agenda', 'a', 'b']],
    [['plan']],
  ])('%j is a usage error: exit 2 and one line on standard error', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^interview-follow-up: /);
  });

  it('--help prints the usage', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('interview-follow-up agenda [VAULT]');
  });
});
