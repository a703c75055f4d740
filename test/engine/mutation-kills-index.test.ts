import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaToJson, buildAgenda, readNote, unreadableNote, type NoteReading } from '../../src/engine/agenda';
import { interviewsComingUp } from '../../src/engine/agenda-groups';
import type { Day } from '../../src/engine/dates';
import { FollowUpIndex, type NoteSource } from '../../src/engine/follow-up-index';
import type { Frontmatter } from '../../src/engine/read-note';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/engine/settings';
import { d } from '../helpers';

/**
 * A vault held in maps, as the metadata cache gives it: a note's properties
 * (null when it has none), and for a note whose properties could not be
 * parsed, the message that says why.
 */
class FakeVault implements NoteSource {
  notes = new Map<string, Frontmatter | null>();
  broken = new Map<string, string>();
  forEachNote(visit: (path: string, frontmatter: Frontmatter | null) => void): void {
    this.notes.forEach((fm, path) => visit(path, fm));
  }
  frontmatter(path: string): Frontmatter | null {
    return this.notes.get(path) ?? null;
  }
  unreadableFrontmatter(path: string): string | null {
    // As in Obsidian: only a note whose properties were not parsed can have broken ones.
    if (this.notes.get(path) !== null) return null;
    return this.broken.get(path) ?? null;
  }
}

/** What a full read of the same notes gives: the oracle every live change is held to. */
function freshAgenda(vault: FakeVault, today: Day, settings: RuleSettings = DEFAULT_RULE_SETTINGS) {
  const readings: NoteReading[] = [];
  for (const [path, fm] of vault.notes) {
    const message = fm === null ? vault.broken.get(path) : undefined;
    readings.push(message !== undefined ? unreadableNote(path, message) : readNote(path, fm, today, settings.interviewFolders, settings.propertyNames));
  }
  return agendaToJson(buildAgenda(readings, today, settings));
}

function expectSameAsFullRead(index: FollowUpIndex, vault: FakeVault, today: Day, settings: RuleSettings = DEFAULT_RULE_SETTINGS): void {
  expect(agendaToJson(index.agenda())).toEqual(freshAgenda(vault, today, settings));
}

function items(index: FollowUpIndex): string[] {
  return agendaToJson(index.agenda()).items.map((i) => `${i.note} ${i.kind}${i.who === null ? '' : ` ${i.who}`}`);
}

const TODAY = d('2026-11-24');

function start(notes: Record<string, Frontmatter | null>): { vault: FakeVault; index: FollowUpIndex } {
  const vault = new FakeVault();
  for (const [path, fm] of Object.entries(notes)) vault.notes.set(path, fm);
  const index = new FollowUpIndex(vault, DEFAULT_RULE_SETTINGS, TODAY);
  index.rebuild();
  return { vault, index };
}

function put(vault: FakeVault, index: FollowUpIndex, path: string, fm: Frontmatter | null): boolean {
  vault.notes.set(path, fm);
  return index.update(path);
}

const accepted = (company: string, extra: Frontmatter = {}): Frontmatter => ({
  type: 'interview',
  company,
  position: 'Engineer',
  date: '2026-11-16',
  status: 'accepted',
  decision_date: '2026-11-20',
  ...extra,
});
const waiting = (company: string, extra: Frontmatter = {}): Frontmatter => ({
  type: 'interview',
  company,
  position: 'Engineer',
  date: '2026-11-18',
  status: 'waiting',
  ...extra,
});

describe('the live index before it has read the vault', () => {
  it('shows no follow-ups and no problems', () => {
    const index = new FollowUpIndex(new FakeVault(), DEFAULT_RULE_SETTINGS, TODAY);
    expect(agendaToJson(index.agenda())).toEqual({ today: '2026-11-24', items: [], problems: [] });
  });

  it('fed note by note without a full read, lists what a full read lists', () => {
    const vault = new FakeVault();
    const index = new FollowUpIndex(vault, DEFAULT_RULE_SETTINGS, TODAY);
    put(vault, index, 'acme.md', { type: 'interview', company: 'Acme', date: '2026-11-23', interviewer: ['Pat'] });
    expectSameAsFullRead(index, vault, TODAY);
    expect(items(index)).toContain('acme.md thank-you Pat');
    put(vault, index, 'beta.md', accepted('Beta'));
    expectSameAsFullRead(index, vault, TODAY);
    expect(items(index)).toContain('acme.md withdraw');
  });
});

describe('whether a change asks the sidebar to redraw', () => {
  it('an edit of a note body alone (same properties) changes nothing; a property edit does', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme') });
    expect(put(vault, index, 'acme.md', waiting('Acme', { interviewer: ['Pat'] }))).toBe(true);
    // Obsidian hands over a new object with the same properties after a body edit.
    expect(put(vault, index, 'acme.md', waiting('Acme', { interviewer: ['Pat'] }))).toBe(false);
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('editing or deleting a note that is not an interview changes nothing', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme'), 'groceries.md': { title: 'Milk' } });
    expect(put(vault, index, 'groceries.md', { title: 'Milk and eggs' })).toBe(false);
    expect(put(vault, index, 'plain.md', null)).toBe(false);
    vault.notes.delete('groceries.md');
    expect(index.remove('groceries.md')).toBe(false);
    expect(index.allReadings().map((r) => r.note?.path)).toEqual(['acme.md']);
  });

  it('deleting an interview note changes the agenda', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme') });
    vault.notes.delete('acme.md');
    expect(index.remove('acme.md')).toBe(true);
    expect(items(index)).toEqual([]);
  });

  it('moving an interview note out of the interview folder changes the agenda', () => {
    const fm: Frontmatter = { company: 'Acme', date: '2026-11-18', interviewer: ['Pat'] };
    const { vault, index } = start({ 'Interviews/acme.md': fm });
    expect(items(index).length).toBeGreaterThan(0);
    vault.notes.delete('Interviews/acme.md');
    vault.notes.set('Archive/acme.md', fm);
    expect(index.rename('Interviews/acme.md', 'Archive/acme.md')).toBe(true);
    expect(items(index)).toEqual([]);
    expectSameAsFullRead(index, vault, TODAY);
  });
});

describe('problems stay current as notes change', () => {
  it('a fixed date clears its problem, and a deleted note takes its problem away', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme', { date: 'soon' }), 'beta.md': waiting('Beta', { date: 'later' }) });
    expect(index.agenda().problems.map((p) => p.note)).toEqual(['acme.md', 'beta.md']);
    put(vault, index, 'acme.md', waiting('Acme'));
    expectSameAsFullRead(index, vault, TODAY);
    expect(index.agenda().problems.map((p) => p.note)).toEqual(['beta.md']);
    vault.notes.delete('beta.md');
    index.remove('beta.md');
    expect(index.agenda().problems).toEqual([]);
  });

  it("a note's problems keep the order of its fields, notes in path order", () => {
    const fm = waiting('Acme', { date: 'soon', decision_date: 'whenever', offer_deadline: 'never' });
    const { vault, index } = start({ 'z.md': fm, 'a.md': fm });
    const own = readNote('a.md', fm, TODAY, []).problems.map((p) => p.field);
    expect(own.length).toBeGreaterThan(1);
    const expected = [...own.map((f) => `a.md ${f}`), ...own.map((f) => `z.md ${f}`)];
    expect(index.agenda().problems.map((p) => `${p.note} ${p.field}`)).toEqual(expected);
    // A full read orders them the same way.
    expect(freshAgenda(vault, TODAY).problems.map((p) => `${p.note} ${p.field}`)).toEqual(expected);
    put(vault, index, 'z.md', { ...fm, company: 'Beta' });
    expect(index.agenda().problems.map((p) => `${p.note} ${p.field}`)).toEqual(expected);
  });

  it('a note whose properties break, are mended, are removed, or that is deleted, is shown as it now is', () => {
    const { vault, index } = start({ 'Interviews/acme.md': null, 'acme2.md': waiting('Acme') });
    expectSameAsFullRead(index, vault, TODAY);
    // Its properties become unreadable: the message says why.
    vault.broken.set('Interviews/acme.md', 'line 2: a value is missing its closing quote');
    expect(index.update('Interviews/acme.md')).toBe(true);
    expectSameAsFullRead(index, vault, TODAY);
    expect(index.agenda().problems.map((p) => p.message)).toContain('line 2: a value is missing its closing quote');
    // The block is removed altogether: the broken message goes.
    vault.broken.delete('Interviews/acme.md');
    index.update('Interviews/acme.md');
    expectSameAsFullRead(index, vault, TODAY);
    // An interview note without references breaks; then it is mended; then it breaks and is deleted.
    vault.broken.set('acme2.md', 'line 3: bad indentation');
    put(vault, index, 'acme2.md', null);
    expectSameAsFullRead(index, vault, TODAY);
    put(vault, index, 'acme2.md', waiting('Acme'));
    expectSameAsFullRead(index, vault, TODAY);
    put(vault, index, 'acme2.md', null);
    vault.notes.delete('acme2.md');
    expect(index.remove('acme2.md')).toBe(true);
    expectSameAsFullRead(index, vault, TODAY);
    vault.notes.delete('Interviews/acme.md');
    index.remove('Interviews/acme.md');
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('a note whose properties cannot be written as text is still read again when they change', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme', { interviewer: ['Pat'] }) });
    const fm: Record<string, unknown> = { ...waiting('Acme', { interviewer: ['Pat'], status: 'rejected', decision_date: '2026-11-20' }) };
    fm.self = fm;
    expect(put(vault, index, 'acme.md', fm)).toBe(true);
    expectSameAsFullRead(index, vault, TODAY);
  });
});

describe('an offer or an acceptance in one note changes the follow-ups of others', () => {
  it('an acceptance taken back takes away the withdrawals it brought', () => {
    const { vault, index } = start({ 'acme.md': accepted('Acme'), 'beta.md': waiting('Beta') });
    expect(items(index)).toContain('beta.md withdraw');
    put(vault, index, 'acme.md', accepted('Acme', { status: 'waiting' }));
    expect(items(index)).not.toContain('beta.md withdraw');
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('a verbal offer with a deadline, like a written one, has the other applications nudged', () => {
    const verbal = waiting('Acme', { status: 'verbal-offer', decision_date: '2026-11-23', offer_deadline: '2026-11-27' });
    const { vault, index } = start({ 'acme.md': verbal, 'beta.md': waiting('Beta') });
    expect(items(index)).toContain('beta.md offer-nudge');
    put(vault, index, 'acme.md', { ...verbal, status: 'rejected' });
    expect(items(index)).not.toContain('beta.md offer-nudge');
    put(vault, index, 'acme.md', verbal);
    expect(items(index)).toContain('beta.md offer-nudge');
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('a new acceptance thanks the references written in other notes', () => {
    const { vault, index } = start({ 'acme.md': waiting('Acme'), 'beta.md': waiting('Beta', { references: ['Ken Myer'] }) });
    put(vault, index, 'acme.md', accepted('Acme'));
    expect(items(index)).toContain('acme.md thank-references Ken Myer');
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('an offer elsewhere keeps the references the acceptance thanks', () => {
    const { vault, index } = start({
      'acme.md': accepted('Acme'),
      'beta.md': waiting('Beta', { references: ['Ken Myer'] }),
      'gamma.md': waiting('Gamma'),
    });
    put(vault, index, 'gamma.md', waiting('Gamma', { status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-11-27' }));
    expect(items(index)).toContain('acme.md thank-references Ken Myer');
    expectSameAsFullRead(index, vault, TODAY);
    put(vault, index, 'acme.md', accepted('Acme', { status: 'waiting' }));
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('references added, removed and deleted under an acceptance are thanked, or no longer', () => {
    const { vault, index } = start({ 'acme.md': accepted('Acme'), 'beta.md': waiting('Beta') });
    put(vault, index, 'beta.md', waiting('Beta', { references: ['Ken Myer'] }));
    expect(items(index)).toContain('acme.md thank-references Ken Myer');
    put(vault, index, 'beta.md', waiting('Beta'));
    expect(items(index)).not.toContain('acme.md thank-references Ken Myer');
    expectSameAsFullRead(index, vault, TODAY);
    put(vault, index, 'beta.md', waiting('Beta', { references: ['Sara Davis'] }));
    vault.notes.delete('beta.md');
    index.remove('beta.md');
    expect(items(index)).not.toContain('acme.md thank-references Sara Davis');
    expectSameAsFullRead(index, vault, TODAY);
  });

  it('reading the vault again (after a settings change) reads the references again', () => {
    const { vault, index } = start({ 'acme.md': accepted('Acme'), 'beta.md': waiting('Beta', { references: ['Ken Myer'] }) });
    vault.notes.set('beta.md', waiting('Beta', { references: ['Sara Davis'] }));
    index.rebuild({ ...DEFAULT_RULE_SETTINGS, lapseDays: 30 });
    expect(items(index)).toContain('acme.md thank-references Sara Davis');
    expect(items(index)).not.toContain('acme.md thank-references Ken Myer');
    expectSameAsFullRead(index, vault, TODAY, { ...DEFAULT_RULE_SETTINGS, lapseDays: 30 });
  });
});

const noteArb = fc.record(
  {
    type: fc.constant('interview'),
    company: fc.constantFrom('Acme', 'acme ', 'Beta', null),
    position: fc.constantFrom('Analyst', 'Engineer'),
    date: fc.constantFrom('2026-11-10', '2026-11-17', '2026-11-20T09:00', '2026-11-30', 'soon'),
    interviewer: fc.constantFrom(['Pat'], ['Pat', 'Sam'], null),
    status: fc.constantFrom('waiting', 'rejected', 'verbal-offer', 'offer', 'accepted'),
    decision_date: fc.constantFrom('2026-11-21', '2026-11-23', 'whenever', null),
    offer_deadline: fc.constantFrom('2026-11-23', '2026-11-27', null),
    references: fc.constantFrom(['Ken Myer'], 'ken myer, Sara Davis', [], null),
  },
  { requiredKeys: ['type'] },
);
const pathArb = fc.constantFrom('a.md', 'b.md', 'c.md', 'Interviews/d.md');
const opArb = fc.oneof(
  fc.record({ op: fc.constant('put' as const), path: pathArb, fm: noteArb }),
  fc.record({ op: fc.constant('touch' as const), path: pathArb }),
  fc.record({ op: fc.constant('break' as const), path: pathArb }),
  fc.record({ op: fc.constant('delete' as const), path: pathArb }),
  fc.record({ op: fc.constant('rename' as const), path: pathArb, to: fc.constantFrom('e.md', 'Interviews/f.md') }),
  fc.record({ op: fc.constant('day' as const), day: fc.constantFrom('2026-11-24', '2026-11-25', '2026-12-01') }),
  fc.record({ op: fc.constant('rebuild' as const) }),
);

describe('the live index, checked after every change', () => {
  it('lists what a full read lists after each change, new day and new read', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const vault = new FakeVault();
        let today = TODAY;
        const index = new FollowUpIndex(vault, DEFAULT_RULE_SETTINGS, today);
        index.rebuild();
        for (const o of ops) {
          if (o.op === 'put') {
            vault.broken.delete(o.path);
            vault.notes.set(o.path, o.fm);
            index.update(o.path);
          } else if (o.op === 'touch') {
            // A body edit: the same properties in a new object.
            const fm = vault.notes.get(o.path);
            if (fm === undefined) continue;
            vault.notes.set(o.path, fm === null ? null : { ...fm });
            index.update(o.path);
          } else if (o.op === 'break') {
            vault.notes.set(o.path, null);
            vault.broken.set(o.path, `the properties of ${o.path} cannot be read`);
            index.update(o.path);
          } else if (o.op === 'delete') {
            vault.notes.delete(o.path);
            vault.broken.delete(o.path);
            index.remove(o.path);
          } else if (o.op === 'rename') {
            if (!vault.notes.has(o.path) || vault.notes.has(o.to)) continue;
            vault.notes.set(o.to, vault.notes.get(o.path) ?? null);
            const message = vault.broken.get(o.path);
            if (message !== undefined) vault.broken.set(o.to, message);
            vault.notes.delete(o.path);
            vault.broken.delete(o.path);
            index.rename(o.path, o.to);
          } else if (o.op === 'day') {
            today = d(o.day);
            index.setToday(today);
          } else {
            index.rebuild();
          }
          expectSameAsFullRead(index, vault, today);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('interviews coming up', () => {
  it('on the same day: one without a time first, then by time, then by path, whatever the order of the notes', () => {
    const note = (path: string, date: string) => {
      const n = readNote(path, { type: 'interview', company: path, date }, TODAY, []).note;
      if (n === null) throw new Error(path);
      return n;
    };
    const notes = [
      note('b-untimed.md', '2026-11-26'),
      note('a-untimed.md', '2026-11-26'),
      note('late.md', '2026-11-26T14:00'),
      note('early.md', '2026-11-26T09:00'),
      note('next-day-early.md', '2026-11-27T08:00'),
      note('day-after.md', '2026-11-25T16:00'),
    ];
    const expected = ['day-after.md', 'a-untimed.md', 'b-untimed.md', 'early.md', 'late.md', 'next-day-early.md'];
    fc.assert(
      fc.property(fc.shuffledSubarray(notes, { minLength: notes.length }), (shuffled) => {
        expect(interviewsComingUp(shuffled, TODAY).map((n) => n.path)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
    for (const [a, b] of [
      [0, 2],
      [2, 0],
      [2, 3],
      [3, 2],
      [0, 1],
      [1, 0],
      [4, 5],
      [5, 4],
    ] as const) {
      const pair = [notes[a], notes[b]].filter((n) => n !== undefined);
      const got = interviewsComingUp(pair, TODAY).map((n) => n.path);
      expect(got).toEqual(expected.filter((p) => got.includes(p)));
    }
  });
});
