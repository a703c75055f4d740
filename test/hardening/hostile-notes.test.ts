import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanVault } from '../../src/cli/scan';
import { readNoteHead } from '../../src/cli/vault';
import { agendaToJson, buildAgenda, type AgendaJson } from '../../src/engine/agenda';
import { d } from '../helpers';
import { tempDir } from '../support/temp-dir';

const TODAY = d('2026-11-24');
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url).pathname;

let vault: string;
let agenda: AgendaJson;
const g = globalThis as { hostileRan?: boolean };

/** The committed corpus, plus what is too big to commit: a 5 MB note, a 1 MB frontmatter, 10,000-item lists, 100,000-deep nesting. */
function buildVault(): string {
  const dir = tempDir('ifu-hostile-');
  cpSync(HOSTILE, dir, { recursive: true });
  const fm = '---\ntype: interview\ncompany: Huge\nposition: Body\ndate: 2026-11-20\n---\n';
  writeFileSync(join(dir, 'huge-body.md'), fm + 'All work and no play. '.repeat(240_000));
  writeFileSync(join(dir, 'huge-frontmatter.md'), `---\ntype: interview\ndate: 2026-11-20\nnotes: "${'x'.repeat(1_000_000)}"\n---\n`);
  const many = Array.from({ length: 10_000 }, (_, i) => `  - P${i}`).join('\n');
  const dates = Array.from({ length: 10_000 }, () => '  - 2026-11-21').join('\n');
  writeFileSync(join(dir, 'long-lists.md'), `---\ntype: interview\ncompany: Many\ndate: 2026-11-20\ninterviewer:\n${many}\n---\n`);
  writeFileSync(join(dir, 'long-inquiries.md'), `---\ntype: interview\ncompany: Asked\ndate: 2026-11-20\ninquiries:\n${dates}\n---\n`);
  writeFileSync(join(dir, 'very-deep.md'), `---\ntype: interview\ndate: 2026-11-20\ncompany: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`);
  return dir;
}

function problemsOf(note: string): Array<string | null> {
  return agenda.problems.filter((p) => p.note === note).map((p) => p.field);
}

beforeAll(async () => {
  delete g.hostileRan;
  vault = buildVault();
  agenda = agendaToJson(buildAgenda(await scanVault(vault, TODAY, []), TODAY));
});

describe('a vault of hostile notes', () => {
  it('runs no code from any front matter', () => {
    expect(g.hostileRan).toBeUndefined();
    for (const note of ['javascript.md', 'coffee.md', 'json.md']) expect(problemsOf(note)).toEqual([null]);
  });

  it('reports text that is not valid YAML, with the line, and goes on', () => {
    for (const note of ['broken-yaml.md', 'tabs.md', 'duplicate-key.md']) {
      expect(problemsOf(note)).toEqual([null]);
      expect(agenda.problems.find((p) => p.note === note)?.message).toMatch(/not valid YAML .*on line \d+ of the note/);
    }
  });

  it('never expands a YAML alias bomb, and reports what is not a person or a date', () => {
    const fields = problemsOf('alias-bomb.md');
    expect(new Set(fields)).toEqual(new Set(['interviewer', 'references', 'inquiries', 'company']));
    expect(fields.length).toBeLessThan(40);
    expect(agenda.items.filter((i) => i.note === 'alias-bomb.md').map((i) => i.kind)).toEqual(['thank-you', 'status-inquiry']);
  });

  it('refuses a frontmatter of a megabyte, and reads a 5 MB note for its small frontmatter', () => {
    expect(agenda.problems.find((p) => p.note === 'huge-frontmatter.md')?.message).toMatch(/KB long/);
    expect(agenda.items.some((i) => i.note === 'huge-body.md' && i.kind === 'thank-you')).toBe(true);
  });

  it('caps a list of 10,000 items, with a problem saying so', () => {
    expect(problemsOf('long-lists.md')).toEqual(['interviewer']);
    expect(problemsOf('long-inquiries.md')).toEqual(['inquiries']);
    expect(agenda.items.filter((i) => i.note === 'long-lists.md' && i.kind === 'thank-you')).toHaveLength(100);
  });

  it('refuses nesting deeper than YAML properties ever need, at once', () => {
    expect(problemsOf('very-deep.md')).toEqual([null]);
    expect(problemsOf('deep-nesting.md')).toEqual([null]);
    expect(agenda.problems.find((p) => p.note === 'deep-nesting.md')?.message).toContain('maxDepth');
  });

  it('names every impossible date, number and list where a date belongs', () => {
    expect(problemsOf('impossible-dates.md')).toEqual([
      'date',
      'promised_date',
      'follow_up_by',
      'decision_date',
      'thank_you_sent',
      'inquiries',
      'inquiries',
      'snoozed_until',
    ]);
    expect(agenda.items.some((i) => i.note === 'impossible-dates.md')).toBe(false);
  });

  it('reports lists and maps where text belongs, and unknown words', () => {
    expect(new Set(problemsOf('wrong-types.md'))).toEqual(
      new Set(['company', 'position', 'interviewer', 'final_round', 'status', 'thank_you_method', 'deliverable', 'contact_method']),
    );
  });

  it('takes every empty field as absent: only the missing date is a problem', () => {
    expect(problemsOf('all-empty.md')).toEqual(['date']);
  });

  it('reads invalid UTF-8 with replacement characters', () => {
    expect(agenda.items.some((i) => i.note === 'invalid-utf8.md' && i.kind === 'thank-you')).toBe(true);
  });

  it('takes years outside 1900 to 2999 for typing mistakes: reported, never a follow-up', () => {
    expect(agenda.items.filter((i) => i.note === 'far-years.md')).toEqual([]);
    expect(problemsOf('far-years.md').length).toBeGreaterThan(0);
    for (const p of agenda.problems.filter((q) => q.note === 'far-years.md')) expect(p.message).toMatch(/year|not a date/);
  });

  it('leaves the ordinary note unaffected', () => {
    expect(agenda.items.filter((i) => i.note === 'good.md')).toEqual([
      { note: 'good.md', kind: 'thank-you', who: 'Pat Jones', from: '2026-11-20', due: '2026-11-21', state: 'overdue' },
      { note: 'good.md', kind: 'status-inquiry', who: null, from: '2026-11-27', due: '2026-12-01', state: 'waiting' },
    ]);
  });
});

describe('files that change under the scan', () => {
  it('a note that vanishes is skipped; one that becomes unreadable is reported; the others are read', async () => {
    const read = (file: string): string => {
      if (file.endsWith('broken-yaml.md')) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      if (file.endsWith('tabs.md')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return readNoteHead(file);
    };
    const r = agendaToJson(buildAgenda(await scanVault(vault, TODAY, [], read), TODAY));
    expect(r.problems.some((p) => p.note === 'broken-yaml.md')).toBe(false);
    expect(r.problems.find((p) => p.note === 'tabs.md')?.message).toContain('could not be read (EACCES)');
    expect(r.items.filter((i) => i.note === 'good.md')).toHaveLength(2);
  });

  it('the corpus on disk is what the tests describe', () => {
    expect(readFileSync(join(HOSTILE, 'invalid-utf8.md')).includes(0xff)).toBe(true);
  });
});
