import { describe, expect, it } from 'vitest';
import { findMissingDateHints, type MissingDateInput } from '../../src/engine/missing-date';

const MISSING = 'date is missing, so this interview has no follow-ups';
const TRACK = 'run `interview-follow-up track` on it (in Obsidian: Track this note as an interview) to bring it in';

function note(over: Partial<MissingDateInput>): MissingDateInput {
  return { path: 'Interviews/Acme onsite.md', frontmatter: { type: 'interview', company: 'Acme' }, body: 'Notes from the onsite.\n', ...over };
}

describe('findMissingDateHints: the message names where the day seems to be, and how to bring it in', () => {
  it.each<[string, Partial<MissingDateInput>, string]>([
    ['nothing found', {}, `${MISSING}; add the day of the interview as date: YYYY-MM-DD`],
    ['a note without properties', { frontmatter: null }, `${MISSING}; add the day of the interview as date: YYYY-MM-DD`],
    ['a Dataview field on its own line', { body: 'Round two.\ninterview_date:: 2026-11-18\n' }, `${MISSING}; the note's text has interview_date:: 2026-11-18 — ${TRACK}`],
    ['a Dataview field as a list item', { body: '- Interview Date:: 2026-11-18\n' }, `${MISSING}; the note's text has Interview Date:: 2026-11-18 — ${TRACK}`],
    ['a Dataview field in bold', { body: '**date**:: 2026-11-18\n' }, `${MISSING}; the note's text has date:: 2026-11-18 — ${TRACK}`],
    ['a Dataview field in brackets', { body: 'We met [interviewed_on:: 2026-11-18] at noon.\n' }, `${MISSING}; the note's text has interviewed_on:: 2026-11-18 — ${TRACK}`],
    ['a Dataview field in parentheses', { body: 'We met (date:: 2026-11-18T12:00) at noon.\n' }, `${MISSING}; the note's text has date:: 2026-11-18T12:00 — ${TRACK}`],
    ['a Dataview field in a quote', { body: '> interview_date:: 2026-11-18\n' }, `${MISSING}; the note's text has interview_date:: 2026-11-18 — ${TRACK}`],
    ['a date in the file name', { path: 'Interviews/2026-11-18 Acme onsite.md' }, `${MISSING}; the file name has 2026-11-18 — if that is the interview's day, ${TRACK}`],
    [
      'another property holding a date',
      { frontmatter: { type: 'interview', 'Date Last Interaction': '2026-11-12' } },
      `${MISSING}; the property 'Date Last Interaction' holds 2026-11-12 — if that is the interview's day, map date to it in the settings, or with --property date="Date Last Interaction" on the command line`,
    ],
    [
      'a Dataview field written another way',
      { body: 'interview_date:: Nov 18, 2026\n' },
      `${MISSING}; the note's text has interview_date:: Nov 18, 2026 — if that is the interview's day, add date: 2026-11-18`,
    ],
    [
      'a property written another way, day and month either way',
      { frontmatter: { type: 'interview', 'Interview Day': '05/11/2026' } },
      `${MISSING}; the property 'Interview Day' holds 05/11/2026 — if that is the interview's day, add date: 2026-11-05 (5 November) or date: 2026-05-11 (May 11)`,
    ],
  ])('%s', (_, over, message) => {
    expect(findMissingDateHints(note(over)).message).toBe(message);
  });

  it('prefers a Dataview field to the file name, and the file name to a property that merely holds a date', () => {
    const { hints, message } = findMissingDateHints(
      note({ path: 'Interviews/2026-11-17 Acme.md', frontmatter: { type: 'interview', 'Date Last Interaction': '2026-11-12' }, body: 'interview_date:: 2026-11-18\n' }),
    );
    expect(hints.map((h) => [h.kind, h.written])).toEqual([
      ['dataview', '2026-11-18'],
      ['file-name', '2026-11-17'],
      ['property', '2026-11-12'],
    ]);
    expect(message).toContain('interview_date:: 2026-11-18');
  });

  it('prefers a property named for the interview to the file name', () => {
    const { hints } = findMissingDateHints(note({ path: 'Daily/2026-11-20.md', frontmatter: { type: 'interview', 'Interview Day': '2026-11-18' } }));
    expect(hints.map((h) => h.kind)).toEqual(['property', 'file-name']);
  });

  it('gives where each was found: the line of a Dataview field, the day of a property', () => {
    const { hints } = findMissingDateHints(note({ body: 'Notes.\n\n- date:: 2026-11-18\n' }));
    expect(hints).toEqual([{ kind: 'dataview', field: 'date', written: '2026-11-18', days: [{ date: '2026-11-18', reading: '' }], accepted: true, line: 2 }]);
  });

  it.each<[string, Partial<MissingDateInput>]>([
    ['a Dataview field in a code block', { body: '```\ninterview_date:: 2026-11-18\n```\n' }],
    ['a Dataview field in inline code', { body: 'Write `interview_date:: 2026-11-18` to track.\n' }],
    ['a Dataview field for another date', { body: 'promised_date:: 2026-11-25\n' }],
    ['a Dataview field that is not a date', { body: 'interview_date:: next week\n' }],
    ['an impossible date in the file name', { path: 'Interviews/2026-02-30 Acme.md' }],
    ['a date in a folder name only', { path: 'Interviews/2026-11-18/Acme.md' }],
    ['a far year in the file name', { path: 'Interviews/3026-11-18 Acme.md' }],
    ['the promised date', { frontmatter: { type: 'interview', promised_date: '2026-11-25' } }],
    ['a done marker', { frontmatter: { type: 'interview', 'Thank You Sent': '2026-11-19' } }],
    ['when the note was made', { frontmatter: { type: 'interview', created: '2026-11-01', 'date modified': '2026-11-02' } }],
    ['free text that mentions a date', { frontmatter: { type: 'interview', deliverable: 'report by Nov 30, 2026' } }],
  ])('finds nothing in %s', (_, over) => {
    const r = findMissingDateHints(note(over));
    expect(r.hints).toEqual([]);
    expect(r.message).toBe(`${MISSING}; add the day of the interview as date: YYYY-MM-DD`);
  });

  it("uses the person's own name for date, in the text and in the advice", () => {
    expect(findMissingDateHints(note({ dateName: 'Interview Day', body: 'Interview Day:: 2026-11-18\n' })).message).toBe(
      `${MISSING}; the note's text has Interview Day:: 2026-11-18 — ${TRACK}`,
    );
    expect(findMissingDateHints(note({ dateName: 'Interview Day' })).message).toBe(`${MISSING}; add the day of the interview as Interview Day: YYYY-MM-DD`);
  });

  it('reads a long note quickly', () => {
    const body = `${'A line of notes with a ratio 3::4 in it.\n'.repeat(50_000)}interview_date:: 2026-11-18\n`;
    const start = performance.now();
    const { hints } = findMissingDateHints(note({ body }));
    expect(performance.now() - start).toBeLessThan(500);
    expect(hints[0]).toMatchObject({ kind: 'dataview', written: '2026-11-18', line: 50_000 });
  });
});
