import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/track/${name}`, import.meta.url), 'utf8');

/** A vault with `.obsidian`, as Obsidian makes one, holding these notes. */
function obsidianVault(files: Record<string, string | Uint8Array>, data?: unknown): string {
  const dir = vault(files);
  mkdirSync(join(dir, '.obsidian', 'plugins', 'interview-follow-up'), { recursive: true });
  if (data !== undefined) writeFileSync(join(dir, '.obsidian', 'plugins', 'interview-follow-up', 'data.json'), JSON.stringify(data));
  return dir;
}

function propertiesOf(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (m === null) throw new Error(`no frontmatter in ${JSON.stringify(text)}`);
  return (load(m[1] as string, { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

const MEETING = 'Meetings/2026-11-18 Contoso.md';

describe('interview-follow-up track', () => {
  it('turns a meeting note into an interview note that the agenda then follows up', async () => {
    const v = obsidianVault({ [MEETING]: fixture('contoso-meeting.md') });
    const r = await run(['track', MEETING], { cwd: v });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(v, MEETING), 'utf8')).toBe(fixture('contoso-meeting.after.md'));
    expect(r.stdout).toBe(
      [
        `Added to ${MEETING}:`,
        '  type: interview',
        '  position: Staff Platform Engineer    (Dataview field on line 15)',
        '  promised_date: 2026-11-25    (Dataview field on line 19)',
        '  follow_up_by: 2026-11-20    (Dataview field on line 21)',
        'Already in the note, left as they are: date, company (org), interviewer (people)',
        '',
      ].join('\n'),
    );
    const agenda = await run(['agenda', v, '--today', '2026-11-19', '--json']);
    const items = (JSON.parse(agenda.stdout) as { items: Array<{ note: string; kind: string; who: string | null }> }).items;
    expect(items.filter((i) => i.note === MEETING).map((i) => `${i.kind} ${i.who ?? ''}`.trim())).toContain('thank-you Pat Jones');
  });

  it('--dry-run says what it would add and writes nothing', async () => {
    const text = fc.record({
      crlf: fc.boolean(),
      bom: fc.boolean(),
      role: fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '"', '[', ']', ','), minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !s.trim().startsWith('"')),
      frontmatter: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const eol = t.crlf ? '\r\n' : '\n';
        const lines = [...(t.frontmatter ? ['---', 'tags: [work]', '---'] : []), `role:: ${t.role}`, 'Notes.'];
        const before = Buffer.from(`${t.bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`, 'utf8');
        const v = obsidianVault({ 'Journal/2026-11-18.md': before });
        const r = await run(['track', 'Journal/2026-11-18.md', '--dry-run', '--company', 'Acme'], { cwd: v });
        expect(r.code).toBe(0);
        expect(readFileSync(join(v, 'Journal/2026-11-18.md')).equals(before)).toBe(true);
        expect(r.stdout).toMatch(/^Would add to Journal\/2026-11-18\.md:\n {2}type: interview\n {2}date: 2026-11-18 {4}\(from the file name\)\n {2}company: Acme {4}\(as given\)\n/);
        expect(r.stdout).toMatch(/Nothing was written \(--dry-run\)\.\n$/);
      }),
      { numRuns: 15 },
    );
  });

  it('options: a date with a time, a linked company, several interviewers, a reference', async () => {
    const v = obsidianVault({ 'Notes/Call.md': 'Talked about the role.\n' });
    const r = await run(
      ['track', 'Notes/Call.md', '--date', '2026-11-18T14:30', '--company', '[[Contoso]]', '--position', 'Engineer: Platform', '--interviewer', 'Ms. Pat Jones', '--interviewer=[[Dana Lee]]', '--reference', 'Sam Ortiz'],
      { cwd: v },
    );
    expect(r.code).toBe(0);
    const after = readFileSync(join(v, 'Notes/Call.md'), 'utf8');
    expect(after.endsWith('---\nTalked about the role.\n')).toBe(true);
    expect(propertiesOf(after)).toEqual({
      type: 'interview',
      date: '2026-11-18T14:30',
      company: '[[Contoso]]',
      position: 'Engineer: Platform',
      interviewer: ['Ms. Pat Jones', '[[Dana Lee]]'],
      references: ['Sam Ortiz'],
    });
  });

  it('a CRLF note with a byte-order mark keeps both, and its type gains interview in its one line', async () => {
    const before = '\uFEFF---\r\ntype: meeting\r\ndate: 2026-11-18\r\n---\r\norg:: Acme\r\n';
    const v = obsidianVault({ 'Acme.md': before });
    const r = await run(['track', join(v, 'Acme.md')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe('\uFEFF---\r\ntype: [meeting, interview]\r\ndate: 2026-11-18\r\ncompany: Acme\r\n---\r\norg:: Acme\r\n');
  });

  it('no interview day: exit 2, nothing written, and the message names the property that holds a date', async () => {
    const before = '---\nDate Last Interaction: 2026-11-02\n---\nMet Pat.\n';
    const v = obsidianVault({ 'People/Pat Jones.md': before });
    const r = await run(['track', 'People/Pat Jones.md'], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^interview-follow-up: People\/Pat Jones\.md: no interview day could be found in this note .*--property date="Date Last Interaction"\n$/);
    expect(readFileSync(join(v, 'People/Pat Jones.md'), 'utf8')).toBe(before);
    const mapped = await run(['track', 'People/Pat Jones.md', '--property', 'date=Date Last Interaction'], { cwd: v });
    expect([mapped.code, readFileSync(join(v, 'People/Pat Jones.md'), 'utf8')]).toEqual([0, '---\nDate Last Interaction: 2026-11-02\ntype: interview\n---\nMet Pat.\n']);
  });

  it('the plugin’s saved property names are used: a field is written under the person’s own name', async () => {
    const v = obsidianVault({ 'Call.md': 'Notes.\n' }, { propertyNames: { date: 'Interview Day' } });
    const r = await run(['track', 'Call.md', '--date', '2026-11-18'], { cwd: v });
    expect(r.code).toBe(0);
    expect(readFileSync(join(v, 'Call.md'), 'utf8')).toBe('---\ntype: interview\nInterview Day: 2026-11-18\n---\nNotes.\n');
  });

  it('a note that already has everything is left as it was', async () => {
    const before = '---\ntype: interview\ndate: 2026-11-18\ncompany: Acme\n---\n';
    const v = obsidianVault({ 'Acme.md': before });
    const r = await run(['track', 'Acme.md'], { cwd: v });
    expect([r.code, r.stdout]).toEqual([0, 'Nothing to add to Acme.md: it already has type interview and every field that could be found\n']);
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe(before);
  });

  it('an option for a field the note has is reported on standard error, and the note keeps its value', async () => {
    const v = obsidianVault({ 'Acme.md': '---\ndate: 2026-11-18\norg: Acme\n---\n' });
    const r = await run(['track', 'Acme.md', '--company', 'Globex'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('interview-follow-up: company: the note already has Acme under org; it was left as it was\n');
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe('---\ndate: 2026-11-18\norg: Acme\ntype: interview\n---\n');
  });

  it('usage errors exit 2 with one line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['track'], /^interview-follow-up: track needs one note/],
      [['track', 'a.md', 'b.md'], /^interview-follow-up: track needs one note/],
      [['track', 'a.md', '--date', '18/11/2026'], /^interview-follow-up: --date: '18\/11\/2026' is not a date/],
      [['track', 'a.md', '--date', '2026-11-18', '--date', '2026-11-19'], /--date was given twice/],
      [['track', 'a.md', '--when', 'today'], /unknown option '--when' for track/],
      [['track', 'a.md', '--property', 'when=Day'], /--property: 'when' is not a field/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a note outside the vault, or missing, is refused', async () => {
    const v = obsidianVault({});
    const r = await run(['track', 'Nowhere.md', '--date', '2026-11-18'], { cwd: v });
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/^interview-follow-up: there is no note 'Nowhere.md'/)]);
  });

  it('track --help is its own help', async () => {
    const r = await run(['track', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: interview-follow-up track NOTE/);
    expect(r.stdout).toContain('--dry-run');
  });
});
