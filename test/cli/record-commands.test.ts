import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';

const FIXTURES = new URL('../fixtures/notes/', import.meta.url);

/** A vault holding copies of the fixture notes, under `Interviews/`. */
function fixtureVault(): string {
  const dir = vault({});
  mkdirSync(join(dir, 'Interviews'));
  for (const name of readdirSync(FIXTURES)) copyFileSync(new URL(name, FIXTURES), join(dir, 'Interviews', name));
  return dir;
}

const acme = '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\nNotes.\n';

interface AgendaItem {
  note: string;
  kind: string;
  who: string | null;
  from: string;
  due: string;
  state: string;
}

async function agenda(v: string, today = '2026-11-24'): Promise<AgendaItem[]> {
  const r = await run(['agenda', v, '--today', today, '--json']);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { items: AgendaItem[] }).items;
}

/** Lines only in `before` (`-`) and only in `after` (`+`), by a longest-common-subsequence diff. */
function changedLines(before: string, after: string): string[] {
  const linesOf = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const a = linesOf(before);
  const b = linesOf(after);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+${b[j++]!}`);
    } else {
      out.push(`-${a[i++]!}`);
    }
  }
  return out;
}

describe('interview-follow-up mark', () => {
  it('records the thank-you with today’s date; the agenda shows it done', async () => {
    const v = vault({ 'Interviews/Acme.md': acme });
    expect((await agenda(v)).find((i) => i.kind === 'thank-you')?.state).toBe('overdue');
    const r = await run(['mark', 'Interviews/Acme.md', 'thank-you', '--vault', v], { cwd: v });
    expect(r).toEqual({ code: 0, stdout: 'Recorded in Interviews/Acme.md: thank-you sent on 2026-11-24 (thank_you_sent)\n', stderr: '' });
    expect(readFileSync(join(v, 'Interviews/Acme.md'), 'utf8')).toBe(acme.replace('Jones\n---', 'Jones\nthank_you_sent: 2026-11-24\n---'));
    expect((await agenda(v)).find((i) => i.kind === 'thank-you')?.state).toBe('done');
  });

  it('a status inquiry adds today to inquiries; the agenda schedules the next one 5 business days later', async () => {
    const v = vault({ 'Acme.md': acme });
    expect((await agenda(v)).find((i) => i.kind === 'status-inquiry')).toMatchObject({ from: '2026-11-27', state: 'waiting' });
    expect((await run(['mark', 'Acme.md', 'status-inquiry', '--vault', v], { cwd: v })).code).toBe(0);
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toContain('inquiries:\n  - 2026-11-24\n---');
    // Tuesday 2026-11-24 plus 5 business days: Wed, Thu, Fri, Mon, Tue.
    expect((await agenda(v)).find((i) => i.kind === 'status-inquiry')).toMatchObject({ from: '2026-12-01', due: '2026-12-03', state: 'waiting' });
  });

  it('marking twice on one day changes nothing the second time', async () => {
    const v = vault({ 'Acme.md': acme });
    await run(['mark', 'Acme.md', 'status inquiry', '--date', '2026-11-23', '--vault', v], { cwd: v });
    const once = readFileSync(join(v, 'Acme.md'));
    const old = new Date(2020, 0, 1);
    utimesSync(join(v, 'Acme.md'), old, old);
    const r = await run(['mark', 'Acme.md', 'Status_Inquiry', '--date=2026-11-23', `--vault=${v}`], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Already recorded in Acme.md: status inquiry sent on 2026-11-23; the note was not changed\n');
    expect(readFileSync(join(v, 'Acme.md')).equals(once)).toBe(true);
    expect(statSync(join(v, 'Acme.md')).mtimeMs).toBe(old.getTime());
  });

  it('finds the note by its path from the current folder, an absolute path, or its name without .md', async () => {
    const v = vault({ 'Interviews/Acme.md': acme.replace('---\nNotes', 'references: [Janet Leverling]\nfollow_up_by: 2026-11-23\n---\nNotes') });
    expect((await run(['mark', join(relative(process.cwd(), v), 'Interviews', 'Acme.md'), 'thank-you', '--vault', v])).code).toBe(0);
    expect((await run(['mark', join(v, 'Interviews', 'Acme.md'), 'notify-references', '--vault', v], { cwd: v })).code).toBe(0);
    expect((await run(['mark', 'Interviews/Acme', 'promised-follow-up', '--vault', v], { cwd: v })).code).toBe(0);
    expect(readFileSync(join(v, 'Interviews/Acme.md'), 'utf8')).toContain('follow_up_by: 2026-11-23\nthank_you_sent: 2026-11-24\nreferences_notified: 2026-11-24\nfollowed_up: 2026-11-24\n---');
  });

  it('updates a key under the note’s own spelling and keeps the file’s permissions, leaving no temporary file', async () => {
    const v = vault({ 'Acme.md': acme.replace('---\nNotes', 'thankYouSent:\n---\nNotes') });
    chmodSync(join(v, 'Acme.md'), 0o640);
    const r = await run(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21', '--vault', v], { cwd: v });
    expect(r.stdout).toContain('(thankYouSent)');
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toContain('thankYouSent: 2026-11-21\n---');
    expect(statSync(join(v, 'Acme.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(v)).toEqual(['Acme.md']);
  });
});

describe('interview-follow-up outcome', () => {
  it('writes status and decision_date; the agenda shows the reply to the rejection and ends the inquiry', async () => {
    const v = vault({ 'Acme.md': acme });
    const r = await run(['outcome', 'Acme.md', 'Rejected', '--date', '2026-11-23', '--vault', v], { cwd: v });
    expect(r).toEqual({ code: 0, stdout: 'Recorded in Acme.md: status rejected, decided on 2026-11-23 (status, decision_date)\n', stderr: '' });
    const items = await agenda(v);
    expect(items.map((i) => `${i.kind} ${i.from} ${i.state}`)).toEqual(['rejection-reply 2026-11-23 due']);
  });

  it.each(['crlf.md', 'bom.md', 'comments.md', 'flow-list.md'])('on %s changes those two keys’ lines only', async (name) => {
    const v = fixtureVault();
    const path = join(v, 'Interviews', name);
    const before = readFileSync(path, 'utf8');
    const r = await run(['outcome', `Interviews/${name}`, 'verbal-offer', '--date', '2026-11-24', '--vault', v], { cwd: v });
    expect(r.code).toBe(0);
    const after = readFileSync(path, 'utf8');
    const eol = before.includes('\r\n') ? '\r\n' : '\n';
    const changed = changedLines(before, after);
    expect(changed.filter((l) => l.startsWith('+'))).toEqual(
      name === 'comments.md' ? [`+status: verbal-offer # they said two weeks${eol}`, `+decision_date: 2026-11-24${eol}`] : [`+status: verbal-offer${eol}`, `+decision_date: 2026-11-24${eol}`],
    );
    expect(changed.filter((l) => l.startsWith('-'))).toEqual(name === 'comments.md' ? [`-status: waiting # they said two weeks${eol}`] : []);
    expect(after.charCodeAt(0) === 0xfeff).toBe(name === 'bom.md');
  });
});

describe('interview-follow-up snooze', () => {
  it('writes snoozed_until; the open follow-ups wait until then', async () => {
    const v = vault({ 'Acme.md': acme });
    const r = await run(['snooze', 'Acme.md', '--until', '2026-11-30', '--vault', v], { cwd: v });
    expect(r.stdout).toBe('Recorded in Acme.md: follow-ups snoozed until 2026-11-30 (snoozed_until)\n');
    expect((await agenda(v)).map((i) => `${i.kind} ${i.from} ${i.state}`)).toEqual(['thank-you 2026-11-30 waiting', 'status-inquiry 2026-11-30 waiting']);
  });
});

describe('refusals: exit 2, one line on standard error, the note untouched', () => {
  it.each([
    ['js-frontmatter.md', ['mark', 'Interviews/js-frontmatter.md', 'thank-you'], /js-frontmatter\.md: the front matter is written as 'js'/],
    ['broken-yaml.md', ['mark', 'Interviews/broken-yaml.md', 'status-inquiry'], /broken-yaml\.md: the frontmatter is not valid YAML .*line 6/],
    ['broken-yaml.md', ['outcome', 'Interviews/broken-yaml.md', 'offer'], /not valid YAML/],
    ['crlf.md', ['outcome', 'Interviews/crlf.md', 'hired'], /'hired' is not a status; use waiting, next-round/],
    ['crlf.md', ['mark', 'Interviews/crlf.md', 'thanks'], /'thanks' is not a follow-up kind; use thank-you/],
    ['crlf.md', ['mark', 'Interviews/crlf.md', 'thank-you', '--date', 'tomorrow'], /--date: 'tomorrow' is not a date/],
    ['crlf.md', ['snooze', 'Interviews/crlf.md', '--until', '2026-02-30'], /--until: '2026-02-30' is not a date/],
    ['crlf.md', ['snooze', 'Interviews/crlf.md'], /snooze needs --until/],
    ['crlf.md', ['mark', 'Interviews/crlf.md'], /mark needs a note and a follow-up kind/],
    ['crlf.md', ['mark', 'Interviews/crlf.md', 'thank-you', '--until', '2026-11-30'], /unknown option '--until' for mark/],
    ['crlf.md', ['mark', 'Interviews/crlf', 'thank-you', '--vault', '/no/such/vault'], /the vault '\/no\/such\/vault' does not exist/],
  ])('%s: %j', async (name, argv, message) => {
    const v = fixtureVault();
    const path = join(v, 'Interviews', name);
    const before = readFileSync(path);
    const r = await run(argv.includes('--vault') ? argv : [...argv, '--vault', v], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^interview-follow-up: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(v, 'Interviews')).sort()).toEqual(readdirSync(FIXTURES).sort());
  });

  it('a note that does not exist, or lies outside the vault', async () => {
    const v = vault({ 'Acme.md': acme, 'Board.canvas': '{"nodes":[]}' });
    const outside = vault({ 'Other.md': acme });
    for (const [note, message] of [
      ['Beta.md', /there is no note 'Beta\.md' in the vault/],
      [join(outside, 'Other.md'), /is not inside the vault/],
      ['../x.md', /is not inside the vault/],
      ['Board.canvas', /'Board\.canvas' is not a markdown note/],
    ] as const) {
      const r = await run(['mark', note, 'thank-you', '--vault', v], { cwd: v });
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(join(outside, 'Other.md'), 'utf8')).toBe(acme);
    expect(readFileSync(join(v, 'Board.canvas'), 'utf8')).toBe('{"nodes":[]}');
  });

  it('a note that is not UTF-8 text', async () => {
    const v = vault({});
    const bytes = Buffer.concat([Buffer.from('---\ntype: interview\ncompany: Acme\ndate: 2026-11-20\nposition: '), Buffer.from([0xff]), Buffer.from('\n---\n')]);
    writeFileSync(join(v, 'Latin1.md'), bytes);
    const r = await run(['mark', 'Latin1.md', 'thank-you', '--vault', v], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not UTF-8 text/);
    expect(readFileSync(join(v, 'Latin1.md')).equals(bytes)).toBe(true);
  });
});

describe('usage', () => {
  it('--help shows the three commands', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toContain('interview-follow-up mark NOTE KIND [--date YYYY-MM-DD] [--vault DIR]');
    expect(r.stdout).toContain('interview-follow-up outcome NOTE STATUS [--date YYYY-MM-DD] [--vault DIR]');
    expect(r.stdout).toContain('interview-follow-up snooze NOTE --until YYYY-MM-DD [--vault DIR]');
  });
});
