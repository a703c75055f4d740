import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaToJson, buildAgenda, readNote } from '../../src/engine/agenda';
import { DEFAULT_RULE_SETTINGS } from '../../src/engine/settings';
import { d } from '../helpers';

const KEYS = [
  'type', 'Type', 'tags', 'date', 'Date', 'company', 'position', 'interviewer', 'interviewers', 'references', 'promised_date',
  'Promised Date', 'promisedDate', 'follow_up_by', 'deliverable', 'contact_method', 'final_round', 'status', 'decision_date',
  'thank_you_method', 'thank_you_sent', 'references_notified', 'followed_up', 'inquiries', 'offer_requested',
  'rejection_reply_sent', 'snoozed_until', 'other',
];
const dateText = fc.integer({ min: d('2026-10-01'), max: d('2027-01-31') }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const value = fc.oneof(
  { weight: 3, arbitrary: dateText },
  { weight: 1, arbitrary: fc.constantFrom('interview', 'waiting', 'next-round', 'verbal offer', 'rejected', 'offer', 'handwritten', '[[Pat]]', 'Ms. Pat Jones', '') },
  { weight: 1, arbitrary: fc.array(fc.oneof(dateText, fc.constantFrom('Pat', '[[Sam Lee]]')), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const frontmatter = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 12 }).map((m) => ({ type: 'interview', ...m }));
const vault = fc.array(fc.tuple(fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'F/g.md'), frontmatter), { maxLength: 8 });
const today = fc.integer({ min: d('2026-10-15'), max: d('2027-01-15') });

describe('the engine, for any frontmatter', () => {
  it('never throws, and every follow-up starts no later than it is due', () => {
    fc.assert(
      fc.property(vault, today, (notes, day) => {
        const agenda = buildAgenda(notes.map(([p, fm]) => readNote(p, fm, day, [])), day, DEFAULT_RULE_SETTINGS);
        for (const f of agenda.followUps) expect(f.from).toBeLessThanOrEqual(f.due);
        for (const p of agenda.problems) expect(p.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for values of any shape, even ones YAML cannot write', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, maxDepth: 3 }), { maxKeys: 10 }), (fm) => {
        const agenda = buildAgenda([readNote('x.md', { type: 'interview', ...fm }, d('2026-11-24'), [])], d('2026-11-24'));
        expect(Array.isArray(agenda.followUps)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same agenda whatever the order the notes are read in', () => {
    fc.assert(
      fc.property(vault, today, fc.integer(), (notes, day, seed) => {
        const unique = [...new Map(notes).entries()];
        const shuffled = [...unique].sort((a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 17 + seed) % 5));
        const json = (list: typeof unique) => agendaToJson(buildAgenda(list.map(([p, fm]) => readNote(p, fm, day, [])), day));
        expect(json(shuffled)).toEqual(json(unique.reverse()));
      }),
      { numRuns: 200 },
    );
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Under mutation testing the sources are Stryker's instrumented copies, which hold its own `new Function`.
describe.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('code safety of the plugin and the command line', () => {
  const src = new URL('../../src/', import.meta.url).pathname;
  it.each(sources(src).map((p) => [p.slice(src.length), p]))('%s evaluates no code, writes no HTML, calls no network', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(text).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|requestUrl|sendBeacon|EventSource|node:https?\b|['"]https?['"]/);
  });
});
