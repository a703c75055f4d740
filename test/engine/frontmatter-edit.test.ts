import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/engine/dates';
import { FOLLOW_UP_KINDS } from '../../src/engine/follow-ups';
import { editFrontmatter, FrontmatterEditError, type EditRefusal } from '../../src/engine/frontmatter-edit';
import { readRawNote } from '../../src/engine/raw-note';
import { recordFollowUp, recordOutcome, recordSnooze, type Recording } from '../../src/engine/record';
import { d } from '../helpers';
import { frontmatterOf } from '../support/frontmatter';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/notes/${name}`, import.meta.url), 'utf8');

const thanked = recordFollowUp('thank-you', d('2026-11-24'));
const inquired = recordFollowUp('status-inquiry', d('2026-11-27'));
const rejected = recordOutcome('rejected', d('2026-11-24'));
const snoozed = recordSnooze(d('2026-11-30'));

/** The note's text with one fragment replaced, which must occur exactly once. */
function replaced(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('recording in fixtures changes only the lines of the recorded keys', () => {
  const cases: Array<[string, Recording, (t: string) => string]> = [
    ['crlf.md', thanked, (t) => replaced(t, 'email\r\n---\r\n', 'email\r\nthank_you_sent: 2026-11-24\r\n---\r\n')],
    ['crlf.md', inquired, (t) => replaced(t, 'email\r\n---\r\n', 'email\r\ninquiries:\r\n  - 2026-11-27\r\n---\r\n')],
    ['crlf.md', rejected, (t) => replaced(t, 'email\r\n---\r\n', 'email\r\nstatus: rejected\r\ndecision_date: 2026-11-24\r\n---\r\n')],
    ['bom.md', thanked, (t) => replaced(t, 'Lee\n---\n', 'Lee\nthank_you_sent: 2026-11-24\n---\n')],
    ['comments.md', thanked, (t) => replaced(t, 'thank_you_sent:   # not yet', 'thank_you_sent:   2026-11-24 # not yet')],
    [
      'comments.md',
      rejected,
      (t) =>
        replaced(
          replaced(t, 'status: waiting # they said two weeks', 'status: rejected # they said two weeks'),
          'month\n---',
          'month\ndecision_date: 2026-11-24\n---',
        ),
    ],
    ['flow-list.md', inquired, (t) => replaced(t, 'inquiries: [2026-11-16] # first nudge', 'inquiries: [2026-11-16, 2026-11-27] # first nudge')],
    ['block-list.md', inquired, (t) => replaced(t, "    - '2026-11-16'\n", "    - '2026-11-16'\n    - '2026-11-27'\n")],
    ['quoted.md', rejected, (t) => replaced(replaced(t, 'status: "verbal offer"', 'status: "rejected"'), "decision_date: '2026-11-23'", "decision_date: '2026-11-24'")],
    ['quoted.md', recordFollowUp('notify-references', d('2026-11-24')), (t) => replaced(t, "references_notified: '2026-11-19'", "references_notified: '2026-11-24'")],
    ['spellings.md', thanked, (t) => replaced(t, 'Thank You Sent:\n', 'Thank You Sent: 2026-11-24\n')],
    ['spellings.md', recordFollowUp('rejection-reply', d('2026-11-24')), (t) => replaced(t, 'Rejection-Reply-Sent: null', 'Rejection-Reply-Sent: 2026-11-24')],
    ['spellings.md', recordOutcome('offer', d('2026-11-24')), (t) => replaced(replaced(t, 'Status: Rejected', 'Status: offer'), '"Decision Date": ~', '"Decision Date": 2026-11-24')],
    ['spellings.md', inquired, (t) => replaced(t, 'Inquiries: 2026-11-23\n', 'Inquiries:\n  - 2026-11-23\n  - 2026-11-27\n')],
    ['spellings.md', snoozed, (t) => replaced(t, 'Snoozed_Until: 2026-11-25', 'Snoozed_Until: 2026-11-30')],
    ['no-frontmatter.md', thanked, (t) => `---\nthank_you_sent: 2026-11-24\n---\n${t}`],
    ['empty-frontmatter.md', snoozed, (t) => replaced(t, '---\n---\n', '---\nsnoozed_until: 2026-11-30\n---\n')],
    [
      'multiline-value.md',
      thanked,
      (t) => replaced(t, 'thank_you_sent: >\n  sent the week\n  after, I think\n', 'thank_you_sent: 2026-11-24\n'),
    ],
    ['multiline-value.md', snoozed, (t) => replaced(t, 'snoozed_until:\n  day: 2026-11-30\n  why: travelling\n', 'snoozed_until: 2026-11-30\n')],
    [
      'multiline-value.md',
      rejected,
      (t) => replaced(replaced(t, 'status: |-\n  waiting\n  # not a comment\n', 'status: rejected\n'), 'Analyst\n---', 'Analyst\ndecision_date: 2026-11-24\n---'),
    ],
  ];

  it.each(cases)('%s: %s', (name, recording, expected) => {
    const text = fixture(name);
    const edit = editFrontmatter(text, recording);
    expect(edit.text).toBe(expected(text));
    expect(edit.changed).toBe(true);
    const again = editFrontmatter(edit.text, recording);
    expect(again).toEqual({ text: edit.text, changed: false, keys: [] });
  });

  it('the CRLF fixture really has CRLF line endings, and keeps them', () => {
    const text = fixture('crlf.md');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(editFrontmatter(text, rejected).text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a byte-order mark stays first; a note without frontmatter gets one after it', () => {
    expect(fixture('bom.md').charCodeAt(0)).toBe(0xfeff);
    expect(editFrontmatter(fixture('bom.md'), snoozed).text.startsWith('\uFEFF---\ntype: interview\n')).toBe(true);
    expect(editFrontmatter('\uFEFFNotes.\r\nMore.', thanked).text).toBe('\uFEFF---\r\nthank_you_sent: 2026-11-24\r\n---\r\nNotes.\r\nMore.');
    expect(editFrontmatter('', thanked).text).toBe('---\nthank_you_sent: 2026-11-24\n---\n');
  });

  it('names the keys written, in the note’s spelling', () => {
    expect(editFrontmatter(fixture('spellings.md'), recordOutcome('offer', d('2026-11-24'))).keys).toEqual(['Status', 'Decision Date']);
    expect(editFrontmatter(fixture('crlf.md'), rejected).keys).toEqual(['status', 'decision_date']);
  });

  it.each([
    ['inquiries: []', 'inquiries: [2026-11-27]'],
    ['inquiries: [ 2026-11-16 ]', 'inquiries: [ 2026-11-16, 2026-11-27 ]'],
    ['inquiries: ["2026-11-16","2026-11-20"]', 'inquiries: ["2026-11-16","2026-11-20","2026-11-27"]'],
    ['inquiries:\n- 2026-11-16', 'inquiries:\n- 2026-11-16\n- 2026-11-27'],
    ['inquiries:\n  - 2026-11-16\n  # the second\n  - 2026-11-20\n\n# end', 'inquiries:\n  - 2026-11-16\n  # the second\n  - 2026-11-20\n  - 2026-11-27\n\n# end'],
    ['inquiries: ~ # none yet', 'inquiries: # none yet\n  - 2026-11-27'],
    ["inquiries: '2026-11-16'", "inquiries:\n  - '2026-11-16'\n  - 2026-11-27"],
    ['inquiries: [2026-11-16,\n  2026-11-20]', 'inquiries: [2026-11-16, 2026-11-20, 2026-11-27]'],
  ])('a status inquiry added to %j', (before, after) => {
    expect(editFrontmatter(`---\n${before}\n---\nBody`, inquired).text).toBe(`---\n${after}\n---\nBody`);
  });

  it('a value that already says so is left exactly as written', () => {
    for (const text of ['---\nthank_you_sent: "2026-11-24" # by email\n---\n', '---\ninquiries: [2026-11-27T09:00]\n---\n', '---\nstatus: Rejected\ndecision_date: 2026-11-24\n---\n']) {
      expect(editFrontmatter(text, text.includes('status') ? rejected : text.includes('inq') ? inquired : thanked)).toEqual({ text, changed: false, keys: [] });
    }
  });
});

describe('notes that are refused, untouched', () => {
  it.each<[string, string, EditRefusal, RegExp]>([
    ['js-frontmatter.md', fixture('js-frontmatter.md'), 'not-yaml', /written as 'js', not YAML/],
    ['broken-yaml.md', fixture('broken-yaml.md'), 'unparseable', /not valid YAML \(tab characters .* on line 6 of the note\)/],
    ['an unclosed bracket', '---\ntype: interview\ntags: [interview\n---\n', 'unparseable', /not valid YAML/],
    ['a duplicated key', '---\nstatus: waiting\nstatus: offer\n---\n', 'unparseable', /duplicated mapping key/],
    ['no closing line', '---\ntype: interview\n', 'unclosed', /no closing --- line/],
    ['a list instead of properties', '---\n- a\n- b\n---\n', 'not-properties', /not a set of properties/],
    ['inquiries as a map', '---\ninquiries:\n  first: 2026-11-20\n---\n', 'cannot-change', /inquiries holds a set of properties/],
    ['an anchor other keys use', '---\ninquiries: &sent [2026-11-20]\nfollowed_up: *sent\n---\n', 'unverified', /could not be written without changing/],
    ['a flow map', '---\n{type: interview, date: 2026-11-20}\n---\n', 'unverified', /could not be written without changing/],
  ])('%s', (_name, text, refusal, message) => {
    let error: unknown;
    try {
      editFrontmatter(text, _name === 'inquiries as a map' || _name.startsWith('an anchor') ? inquired : thanked);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrontmatterEditError);
    expect((error as FrontmatterEditError).refusal).toBe(refusal);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/the note was left as it was/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('properties of editing raw text', () => {
  const safeKey = fc
    .stringMatching(/^[A-Za-z][A-Za-z0-9_ -]{0,10}$/)
    .filter((k) => !/^(thank|inquir|status|decision|snooz|referenc|followed|offer|reject)/.test(k.toLowerCase().replace(/[\s_-]/g, '')));
  const unit = fc.constantFrom('a', 'Z', ' ', '\n', '#', ':', '-', '"', "'", '\t', '[', ']', '{', ',', '|', '>', '&', '*', '!', 'é', '😀', '\\');
  const text = fc.string({ unit, maxLength: 30 });
  const date = fc.integer({ min: d('2026-01-01'), max: d('2027-12-31') }).map(formatDay);
  const value = fc.oneof(text, date, fc.constantFrom(null, true, 12, ''), fc.array(fc.oneof(text, date), { maxLength: 3 }));
  const spelling = fc.constantFrom((f: string) => f, (f: string) => f.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()), (f: string) => f.replace(/_/g, ' ').toUpperCase());
  const body = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '-', '---', '#', '\uFEFF', '😀'), maxLength: 40 });
  const recording = fc.oneof(
    fc.tuple(fc.constantFrom(...FOLLOW_UP_KINDS.filter((k) => k !== 'offer-deadline')), fc.integer({ min: d('2026-01-01'), max: d('2027-12-31') })).map(([k, x]) => recordFollowUp(k, x)),
    fc.integer({ min: d('2026-01-01'), max: d('2027-12-31') }).map((x) => recordOutcome('offer', x)),
  );
  const note = fc.record({
    properties: fc.dictionary(safeKey, value, { maxKeys: 6 }),
    present: fc.option(fc.tuple(spelling, fc.oneof(value, fc.array(date, { maxLength: 3 })), fc.nat(6)), { nil: null }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    flowLevel: fc.constantFrom(-1, 1),
    lineWidth: fc.constantFrom(80, 20, -1),
    withFrontmatter: fc.boolean(),
    body,
    recording,
  });

  it('a recording changes the parsed value of its keys alone and the body not at all; a second time changes nothing', () => {
    fc.assert(
      fc.property(note, (n) => {
        const change = n.recording.changes[0];
        if (change === undefined) throw new Error('a recording without a change');
        const entries = Object.entries(n.properties);
        let key = change.field;
        if (n.present !== null && n.withFrontmatter) {
          const [spell, v, at] = n.present;
          key = spell(change.field);
          entries.splice(Math.min(at, entries.length), 0, [key, v]);
        }
        const properties = Object.fromEntries(entries);
        const eol = n.crlf ? '\r\n' : '\n';
        const body = n.withFrontmatter ? n.body : n.body.replace(/^[\uFEFF-]+/, '');
        const yaml = entries.length === 0 ? '' : dump(properties, { schema: CORE_SCHEMA, flowLevel: n.flowLevel, lineWidth: n.lineWidth });
        const block = n.withFrontmatter ? `---${eol}${yaml.replace(/\n/g, eol)}---${eol}` : '';
        const raw = `${n.bom ? '\uFEFF' : ''}${block}${body}`;
        // js-yaml's flow style writes a few strings it cannot read back (`[a:]]`): not a note anyone has.
        const read = readRawNote(raw, true);
        fc.pre(!n.withFrontmatter || (read.kind === 'parsed' && isDeepStrictEqual(read.frontmatter, properties)));
        const before = n.withFrontmatter ? frontmatterOf(raw) : {};

        const edit = editFrontmatter(raw, n.recording);
        const after = frontmatterOf(edit.text);
        const written = new Set(n.recording.changes.map((c) => (c === change ? key : c.field)));
        for (const k of Object.keys(before)) if (!written.has(k)) expect(after[k]).toEqual(before[k]);
        for (const k of Object.keys(after)) if (!written.has(k)) expect(before).toHaveProperty([k]);
        if (change.op === 'add-date') {
          const old = before[key];
          const list: unknown[] = old === null || old === undefined || (typeof old === 'string' && old.trim() === '') ? [] : Array.isArray(old) ? (old as unknown[]) : [old];
          expect(after[key]).toEqual(list.includes(change.date) ? old : [...list, change.date]);
        } else {
          expect(after[key]).toBe(change.op === 'set-date' ? change.date : change.word);
        }
        // A new block takes the line ending of the note's first line.
        const usedEol = n.withFrontmatter ? eol : /^[^\n]*\r\n/.test(body) ? '\r\n' : '\n';
        expect(edit.text.startsWith(`${n.bom ? '\uFEFF' : ''}---${usedEol}`)).toBe(true);
        const close = edit.text.indexOf(`${usedEol}---${usedEol}`);
        expect(edit.text.slice(close + usedEol.length * 2 + 3)).toBe(body);
        expect(editFrontmatter(edit.text, n.recording)).toEqual({ text: edit.text, changed: false, keys: [] });
      }),
      { numRuns: 400 },
    );
  });
});
