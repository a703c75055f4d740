import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { scanVault } from '../../src/cli/scan';
import { d } from '../helpers';
import { readRawNote } from '../../src/engine/raw-note';
import { grayMatterCache, safeMatterData, SAFE_MATTER_OPTIONS } from '../support/safe-matter';
import { CAPTURES, hasCaptures } from '../helpers';
import { tempDir } from '../support/temp-dir';

describe('reading raw note text', () => {
  it('reads YAML frontmatter with dates kept as text', () => {
    const r = readRawNote('---\ntype: interview\ndate: 2026-11-20\nwhen: 2026-11-20T23:30-08:00\n---\nBody\n');
    expect(r).toEqual({ kind: 'parsed', frontmatter: { type: 'interview', date: '2026-11-20', when: '2026-11-20T23:30-08:00' } });
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const r = readRawNote('\uFEFF---\r\ntype: interview\r\ndate: 2026-11-20\r\n---\r\nBody\r\n');
    expect(r).toEqual({ kind: 'parsed', frontmatter: { type: 'interview', date: '2026-11-20' } });
  });

  it('skips, without parsing, frontmatter that cannot describe an interview', () => {
    expect(readRawNote('---\ntitle: Groceries\ntags: [home]\n---\n')).toEqual({ kind: 'skipped' });
    expect(readRawNote('No frontmatter here.\n')).toEqual({ kind: 'none' });
    expect(readRawNote('---\ntype: "Inter view"\n---\n').kind).toBe('parsed');
    expect(readRawNote('---\ntype: "\\x69nterview"\n---\n')).toEqual({ kind: 'parsed', frontmatter: { type: 'interview' } });
  });

  it('never runs JavaScript front matter, and reports it', () => {
    const spy = vi.fn();
    (globalThis as Record<string, unknown>).__interviewFollowUpRan = spy;
    const r = readRawNote("---js\n{ type: 'interview', date: (globalThis.__interviewFollowUpRan(), '2026-11-20') }\n---\n");
    expect(spy).not.toHaveBeenCalled();
    expect(r).toMatchObject({ kind: 'unreadable', reportable: true, message: expect.stringContaining('never run') as string });
    delete (globalThis as Record<string, unknown>).__interviewFollowUpRan;
  });

  it('refuses every non-YAML engine even when called through gray-matter directly', () => {
    const spy = vi.fn();
    (globalThis as Record<string, unknown>).__interviewFollowUpRan = spy;
    for (const lang of ['js', 'javascript', 'json', 'coffee', 'toml', 'python']) {
      expect(() => matter(`---${lang}\n{ "a": globalThis.__interviewFollowUpRan() }\n---\n`, SAFE_MATTER_OPTIONS)).toThrow();
    }
    expect(spy).not.toHaveBeenCalled();
    delete (globalThis as Record<string, unknown>).__interviewFollowUpRan;
  });

  it("scanning a vault leaves gray-matter's cache empty", async () => {
    const cache = grayMatterCache();
    for (const key of Object.keys(cache)) delete cache[key];
    matter('---\ntitle: a string parsed without options is cached\n---\n');
    expect(Object.keys(cache)).toHaveLength(1);
    for (const key of Object.keys(cache)) delete cache[key];
    const dir = tempDir('ifu-cache-');
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `n${i}.md`), `---\ntype: interview\ndate: 2026-11-${10 + i}\n---\nbody ${i}\n`);
    const readings = await scanVault(dir, d('2026-11-30'), []);
    expect(readings).toHaveLength(20);
    expect(Object.keys(cache)).toEqual([]);
  });

  it('reads every note as gray-matter made safe reads it', () => {
    const key = fc.constantFrom('type', 'date', 'company', 'Interviewer', 'tags', 'promised date', 'x-y', 'inquiries');
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('2026-11-20', '2026-11-20T14:30-08:00', 'interview', '[[Pat Jones]]', 'a: b', '#tag'),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), fc.string({ maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (map, body, eol) => {
        const yaml = dump({ type: 'interview', ...map }, { schema: CORE_SCHEMA }).replace(/\n/g, eol);
        const text = `---${eol}${yaml}---${eol}${body}`;
        const ours = readRawNote(text, true);
        expect(ours.kind).toBe('parsed');
        if (ours.kind === 'parsed') expect(ours.frontmatter).toEqual(safeMatterData(text));
      }),
    );
  });

  it('rejects what js-yaml 4 rejects: tab indentation, duplicate keys, unclosed brackets', () => {
    for (const text of ['---\ntype: interview\ninterviewer:\n\t- Pat\n---\n', '---\ntype: interview\ndate: 2026-11-20\ndate: 2026-11-21\n---\n', '---\ntype: interview\ninterviewer: [Pat\n---\n']) {
      const r = readRawNote(text);
      expect(r).toMatchObject({ kind: 'unreadable', reportable: true });
      if (r.kind === 'unreadable') expect(r.message).toMatch(/not valid YAML .* on line \d+ of the note/);
    }
  });

  it('does not report unreadable frontmatter that has nothing to do with interviews, unless asked', () => {
    expect(readRawNote('---\ntitle: [oops\nx: \\\n---\n')).toMatchObject({ kind: 'unreadable', reportable: false });
    expect(readRawNote('---\ntitle: [oops\n---\n', true)).toMatchObject({ kind: 'unreadable', reportable: true });
  });

  it('a block that is a list, not properties, is unreadable', () => {
    expect(readRawNote('---\n- interview\n---\n')).toMatchObject({ kind: 'unreadable', reportable: true });
  });
});

describe.skipIf(!hasCaptures)('parity with what Obsidian read (shared/obsidian-captures)', () => {
  const files = hasCaptures ? readdirSync(CAPTURES).filter((f) => f.endsWith('.json')) : [];
  it('has captures to compare', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files)('%s', (file) => {
    const capture = JSON.parse(readFileSync(`${CAPTURES}${file}`, 'utf8')) as {
      fileContents: string;
      cachedMetadata: { frontmatter?: Record<string, unknown> };
    };
    const r = readRawNote(capture.fileContents, true);
    const expected = capture.cachedMetadata.frontmatter;
    if (expected === undefined) expect(['none', 'parsed']).toContain(r.kind);
    if (r.kind === 'parsed' && Object.keys(r.frontmatter).length > 0) expect(r.frontmatter).toEqual(expected);
    if (expected !== undefined) expect(r).toEqual({ kind: 'parsed', frontmatter: expected });
  });
});
if (!hasCaptures) console.warn('shared/obsidian-captures is absent: the Obsidian parity tests are skipped');
