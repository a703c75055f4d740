import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaToJson, buildAgenda, readNote } from '../../src/engine/agenda';
import type { Frontmatter } from '../../src/engine/read-note';
import { DEFAULT_RULE_SETTINGS } from '../../src/engine/settings';
import { FollowUpIndex, type NoteSource } from '../../src/engine/follow-up-index';
import { d } from '../helpers';

/** A vault held in a map, as the metadata cache would give it. */
class MapSource implements NoteSource {
  notes = new Map<string, Frontmatter | null>();
  forEachNote(visit: (path: string, frontmatter: Frontmatter | null) => void): void {
    this.notes.forEach((fm, path) => visit(path, fm));
  }
  frontmatter(path: string): Frontmatter | null {
    return this.notes.get(path) ?? null;
  }
  unreadableFrontmatter(): string | null {
    return null;
  }
}

const noteArb = fc.record(
  {
    type: fc.constant('interview'),
    company: fc.constantFrom('Acme', 'acme ', 'Beta', null),
    position: fc.constantFrom('Analyst', 'Engineer'),
    date: fc.constantFrom('2026-11-10', '2026-11-17', '2026-11-20T09:00', '2026-11-30', 'soon'),
    interviewer: fc.constantFrom(['Pat'], ['Pat', 'Sam'], null),
    status: fc.constantFrom('waiting', 'next-round', 'rejected', 'verbal-offer', 'offer', 'accepted', 'ghosted'),
    decision_date: fc.constantFrom('2026-11-21', '2026-11-23', null),
    offer_deadline: fc.constantFrom('2026-11-23', '2026-11-27', null),
    references: fc.constantFrom(['Ken Myer'], 'ken myer, Sara Davis', null),
    withdrawal_sent: fc.constantFrom('2026-11-24', null),
    thank_you_sent: fc.constantFrom('2026-11-20', null),
    inquiries: fc.constantFrom(['2026-11-18'], [], null),
  },
  { requiredKeys: ['type', 'date'] },
);

const opArb = fc.oneof(
  fc.record({ op: fc.constant('put' as const), path: fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md'), fm: noteArb }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md') }),
  fc.record({ op: fc.constant('rename' as const), path: fc.constantFrom('a.md', 'b.md'), to: fc.constantFrom('e.md', 'f.md') }),
);

describe('the live index', () => {
  it('after any sequence of changes, equals the agenda computed from scratch', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        // Offers, deadlines and acceptances reach every application: the index must follow them as a full read does.
        const today = d('2026-11-24');
        const source = new MapSource();
        const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, today);
        index.rebuild();
        for (const o of ops) {
          if (o.op === 'put') {
            source.notes.set(o.path, o.fm);
            index.update(o.path);
          } else if (o.op === 'delete') {
            source.notes.delete(o.path);
            index.remove(o.path);
          } else if (source.notes.has(o.path)) {
            source.notes.set(o.to, source.notes.get(o.path) ?? null);
            source.notes.delete(o.path);
            index.rename(o.path, o.to);
          }
        }
        const fresh = buildAgenda(
          [...source.notes].map(([path, fm]) => readNote(path, fm, today, [])),
          today,
        );
        expect(agendaToJson(index.agenda())).toEqual(agendaToJson(fresh));
      }),
      { numRuns: 300 },
    );
  });

  it('a new day changes states without reading the notes again', () => {
    const source = new MapSource();
    source.notes.set('a.md', { type: 'interview', date: '2026-11-23' });
    const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, d('2026-11-24'));
    index.rebuild();
    source.notes.clear();
    index.setToday(d('2026-11-25'));
    expect(agendaToJson(index.agenda()).items.map((i) => i.state)).toEqual(['overdue', 'waiting']);
  });
});
