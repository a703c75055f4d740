import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE, hasConformance } from '../helpers';
import { run } from './run';

interface Expected {
  today: string;
  items: unknown[];
  problems: Array<{ note: string; field: string | null }>;
}

const byNoteAndField = (ps: Array<{ note: string; field: string | null }>) =>
  ps.map((p) => `${p.note} ${String(p.field)}`).sort();

if (!hasConformance) console.warn('shared/conformance is absent: the conformance examples are skipped');

describe.skipIf(!hasConformance)('the contract\'s conformance examples (shared/conformance)', () => {
  it.each([
    ['agenda-2026-12-02.json', 'vault', ['--folder', 'Interview notes']],
    ['agenda-2026-12-02-holiday-2026-12-03.json', 'vault', ['--folder', 'Interview notes', '--holiday', '2026-12-03']],
    ['agenda-accepted-2026-12-02.json', 'vault-accepted', []],
    ['agenda-accepted-2026-12-02-holiday-2026-12-03.json', 'vault-accepted', ['--holiday', '2026-12-03']],
  ])('%s', async (file, vault, extra) => {
    const expected = JSON.parse(readFileSync(`${CONFORMANCE}${file}`, 'utf8')) as Expected;
    const r = await run(['agenda', `${CONFORMANCE}${vault}`, '--today', '2026-12-02', ...extra, '--json']);
    expect(r.code).toBe(0);
    const actual = JSON.parse(r.stdout) as Expected & { problems: Array<{ message: string }> };
    expect(actual.today).toBe(expected.today);
    expect(actual.items).toEqual(expected.items);
    expect(byNoteAndField(actual.problems)).toEqual(byNoteAndField(expected.problems));
    for (const p of actual.problems) expect(p.message).toMatch(/\S.{10,}/);
  });
});
