import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';
import { frontmatterOf } from '../support/frontmatter';

const frontmatter = (v: string, path: string): Record<string, unknown> => frontmatterOf(readFileSync(join(v, path), 'utf8'));

/** Every file of a folder, recursively, as paths inside it. */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** The path the command printed on its last line. */
function printedPath(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1) ?? '';
}

const BASE = ['--company', 'Acme', '--position', 'Data Analyst', '--date', '2026-11-20'];

describe('interview-follow-up new', () => {
  it('writes the note in Interviews, prints its path last, and the agenda reads the follow-ups from it', async () => {
    const v = vault();
    const r = await run([
      'new', v, ...BASE, '--time', '14:30',
      '--interviewer', 'Ms. Pat Jones', '--interviewer', '[[Sam Lee]]', '--reference', 'Janet Leverling',
      '--promised-date', '2026-11-27', '--contact-method', 'email', '--final-round',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(printedPath(r.stdout)).toBe('Interviews/2026-11-20 Acme - Data Analyst.md');
    expect(frontmatter(v, 'Interviews/2026-11-20 Acme - Data Analyst.md')).toEqual({
      type: 'interview',
      company: 'Acme',
      position: 'Data Analyst',
      date: '2026-11-20T14:30',
      interviewer: ['Ms. Pat Jones', '[[Sam Lee]]'],
      references: ['Janet Leverling'],
      promised_date: '2026-11-27',
      contact_method: 'email',
      final_round: true,
    });
    const agenda = JSON.parse((await run(['agenda', v, '--today', '2026-11-20', '--json'])).stdout) as { items: Array<{ kind: string; who: string | null; from: string; due: string }> };
    expect(agenda.items.map((i) => `${i.kind} ${i.who ?? '-'} ${i.from} ${i.due}`)).toEqual([
      'notify-references - 2026-11-20 2026-11-20',
      'thank-you Ms. Pat Jones 2026-11-20 2026-11-21',
      'thank-you Sam Lee 2026-11-20 2026-11-21',
      'status-inquiry - 2026-11-30 2026-12-02',
    ]);
  });

  it('makes the folder given with --folder, else the one of the plugin’s settings, with its template', async () => {
    const v = vault({
      '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ newNoteFolder: 'Jobs', newNoteTemplate: 'Templates/New', yourName: 'Alex Morgan' }),
      'Templates/New.md': '---\ntags: [job-search]\n---\n# {{company}}\nBy {{sender_name}}, {{interview_day}}.\n',
    });
    const saved = await run(['new', v, ...BASE]);
    expect(printedPath(saved.stdout)).toBe('Jobs/2026-11-20 Acme - Data Analyst.md');
    expect(readFileSync(join(v, 'Jobs/2026-11-20 Acme - Data Analyst.md'), 'utf8')).toBe(
      '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ntags:\n  - job-search\n---\n# Acme\nBy Alex Morgan, Friday, November 20.\n',
    );
    const given = await run(['new', v, ...BASE, '--folder', 'Applications/2026/']);
    expect(printedPath(given.stdout)).toBe('Applications/2026/2026-11-20 Acme - Data Analyst.md');
  });

  it('never overwrites a note: a name taken in any case gets " (2)", as in the plugin', async () => {
    const v = vault({ 'Interviews/2026-11-20 ACME - data analyst.md': 'Mine.\n' });
    const r = await run(['new', v, ...BASE]);
    expect(r.code).toBe(0);
    expect(printedPath(r.stdout)).toBe('Interviews/2026-11-20 Acme - Data Analyst (2).md');
    expect(readFileSync(join(v, 'Interviews/2026-11-20 ACME - data analyst.md'), 'utf8')).toBe('Mine.\n');
    expect(filesIn(v)).toHaveLength(2);
  });

  it.each([
    [['--company', 'Acme', '--position', 'Analyst', '--date', 'Tuesday'], /--date: 'Tuesday' is not a date/],
    [['--company', 'Acme', '--position', 'Analyst', '--date', '2026-02-30'], /'2026-02-30' is not a date/],
    [['--position', 'Analyst', '--date', '2026-11-20'], /new needs --company/],
    [['--company', 'Acme', '--date', '2026-11-20'], /new needs --position/],
    [['--company', '  ', '--position', 'Analyst', '--date', '2026-11-20'], /--company needs a value/],
    [[...BASE, '--interviewer', 'Pat\nJones'], /interviewer: a name must fit on one line/],
    [[...BASE, '--time', '25:00'], /--time: '25:00' is not a time of day/],
    [[...BASE, '--promised-date', 'soon'], /--promised-date: 'soon' is not a date/],
    [[...BASE, '--folder', '../Elsewhere'], /--folder: '..\/Elsewhere' leads out of the vault/],
    [[...BASE, '--folder', '.trash'], /hidden folder/],
    [[...BASE, '--company', 'Beta'], /--company was given twice/],
    [[...BASE, '--salary', '100'], /unknown option '--salary' for new/],
  ])('%j: exit 2, one line on standard error, nothing written', async (args, message) => {
    const v = vault({ 'Notes.md': 'Hello.\n' });
    const r = await run(['new', v, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^interview-follow-up: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(filesIn(v)).toEqual(['Notes.md']);
  });

  it('refuses a vault that does not exist', async () => {
    const r = await run(['new', '/no/such/vault', ...BASE]);
    expect([r.code, r.stderr]).toEqual([2, "interview-follow-up: the vault '/no/such/vault' does not exist or is not a folder; nothing was written\n"]);
  });

  it('--help shows new', async () => {
    expect((await run(['--help'])).stdout).toContain('interview-follow-up new [VAULT] --company NAME --position TITLE');
  });
});

/** One-line text as a person may type it: any characters, trimmed, not a flag of the command line itself. */
const oneLine = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
    fc.constantFrom('Smith: Jones', '#1 Team', '"Quoted"', "O'Brien", '[[Pat Jones]]', '[[People/Pat|Pat]]', '🚀 Rocket', '株式会社', 'Ωμέγα', 'محمد', 'true', 'null', '2026-11-20', '- dash', '{a: b}', 'a # b', '%TAG', '|', '>'),
  )
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/[\r\n]/.test(s) && !['-h', '--help', '--version'].includes(s));

describe('new, for any text', () => {
  it('company, position and names come back from the YAML exactly; the file name holds no forbidden character', async () => {
    await fc.assert(
      fc.asyncProperty(oneLine, oneLine, fc.array(oneLine, { maxLength: 3 }), fc.array(oneLine, { maxLength: 2 }), async (company, position, interviewers, references) => {
        const v = vault();
        const args = ['new', v, '--company', company, '--position', position, '--date', '2026-11-20'];
        for (const n of interviewers) args.push('--interviewer', n);
        for (const n of references) args.push('--reference', n);
        const r = await run(args);
        expect(r.code).toBe(0);
        const path = printedPath(r.stdout);
        const name = path.slice('Interviews/'.length);
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/);
        expect(name).toMatch(/^2026-11-20.*[^. ]\.md$/);
        const fm = frontmatter(v, path);
        expect(fm.company).toBe(company);
        expect(fm.position).toBe(position);
        expect(fm.interviewer).toEqual(interviewers.length > 0 ? interviewers : undefined);
        expect(fm.references).toEqual(references.length > 0 ? references : undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('the same company and position twice never share a file: the second gets a name of its own', async () => {
    await fc.assert(
      fc.asyncProperty(oneLine, oneLine, async (company, position) => {
        const v = vault();
        const args = ['new', v, '--company', company, '--position', position, '--date', '2026-11-20'];
        const first = await run(args);
        const before = readFileSync(join(v, printedPath(first.stdout)), 'utf8');
        const second = await run(args);
        expect(second.code).toBe(0);
        expect(printedPath(second.stdout)).not.toBe(printedPath(first.stdout));
        expect(filesIn(v)).toHaveLength(2);
        expect(readFileSync(join(v, printedPath(first.stdout)), 'utf8')).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a name over two lines is refused, and nothing is written', async () => {
    await fc.assert(
      fc.asyncProperty(oneLine, fc.constantFrom('\n', '\r\n', '\r'), oneLine, fc.constantFrom('--interviewer', '--reference'), async (first, newline, second, flag) => {
        const v = vault();
        const r = await run(['new', v, ...BASE, flag, `${first}${newline}${second}`]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/must fit on one line/);
        expect(filesIn(v)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('new, read with the plugin\'s settings as the plugin reads them', () => {
  const settings = (data: Record<string, unknown>) => ({ '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify(data) });

  it('says on standard error when the name was taken and the note got " (2)"', async () => {
    const v = vault();
    await run(['new', v, ...BASE]);
    const again = await run(['new', v, ...BASE]);
    expect(again.stderr).toBe("interview-follow-up: a note of that name is in the folder already, so this one is named 'Interviews/2026-11-20 Acme - Data Analyst (2).md'\n");
  });

  it('a folder setting left blank is the vault\'s top, as in the plugin; spaces around --folder are dropped', async () => {
    const v = vault(settings({ newNoteFolder: '' }));
    expect(printedPath((await run(['new', v, ...BASE])).stdout)).toBe('2026-11-20 Acme - Data Analyst.md');
    expect(printedPath((await run(['new', v, ...BASE, '--folder', ' Jobs/2026 '])).stdout)).toBe('Jobs/2026/2026-11-20 Acme - Data Analyst.md');
  });

  it.each(['Interview', '/Templates/Interview', 'Templates/Interview.md'])('finds the template the setting %j names, as Obsidian finds a link', async (name) => {
    const v = vault({ ...settings({ newNoteTemplate: name }), 'Templates/Interview.md': '# {{company}}, from the template\n' });
    const r = await run(['new', v, ...BASE]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(v, printedPath(r.stdout)), 'utf8')).toContain('---\n# Acme, from the template\n');
  });
});
