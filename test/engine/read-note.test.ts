import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/engine/agenda';
import { surnameOf } from '../../src/engine/people';
import { isInterviewNote } from '../../src/engine/read-note';
import { d } from '../helpers';

const today = d('2026-11-24');
const read = (fm: Record<string, unknown> | null, path = 'n.md', folders: string[] = []) => readNote(path, fm, today, folders);

describe('which notes are interview notes', () => {
  it.each([
    [{ type: 'interview' }, true],
    [{ Type: 'Interview' }, true],
    [{ TYPE: 'INTER-VIEW' }, true],
    [{ type: 'meeting' }, false],
    [{ tags: ['career', 'interview/onsite'], company: 'Acme' }, true],
    [{ tags: ['#Interview'], interviewer: 'Pat Jones' }, true],
    [{ tags: 'career, #interview', org: 'Acme' }, true],
    [{ tags: 'interview', people: ['[[Pat Jones]]'] }, true],
    [{ tags: 'interview' }, false],
    [{ tags: ['interviewing/prep', 'interview-prep'], company: 'Acme' }, false],
    [{ tags: ['career'] }, false],
    [{ interviewer: 'Pat Jones' }, false],
    [{}, false],
  ])('%j -> %s', (fm, expected) => {
    expect(isInterviewNote('n.md', fm, [])).toBe(expected);
  });

  it('every note inside an interview folder counts, nested folders too, others not', () => {
    expect(isInterviewNote('Interviews/2026/acme.md', null, ['Interviews/'])).toBe(true);
    expect(isInterviewNote('Interviews old/acme.md', null, ['Interviews'])).toBe(false);
    expect(isInterviewNote('acme.md', { type: 'x' }, ['Interviews'])).toBe(false);
  });
});

describe('fields', () => {
  it('match keys ignoring case, spaces, dashes and underscores', () => {
    const r = read({
      Type: 'interview',
      Date: '2026-11-20',
      'Promised Date': '2026-11-27',
      'follow-up-by': '2026-11-25',
      thankYouSent: '2026-11-20',
      FINAL_ROUND: true,
      'Contact Method': 'Email',
      Status: 'Verbal Offer',
      'thank you method': 'HANDWRITTEN',
    });
    expect(r.problems).toEqual([]);
    expect(r.note).toMatchObject({
      date: d('2026-11-20'),
      promisedDate: d('2026-11-27'),
      followUpBy: d('2026-11-25'),
      thankYouSent: d('2026-11-20'),
      finalRound: true,
      contactMethod: 'email',
      status: 'verbal-offer',
      thankYouMethod: 'handwritten',
    });
  });

  it('empty, null and ~ mean absent, without a problem (except the required date)', () => {
    const r = read({ type: 'interview', date: '2026-11-20', company: '', position: null, promised_date: null, interviewer: [], inquiries: null });
    expect(r.problems).toEqual([]);
    expect(r.note).toMatchObject({ company: null, position: null, promisedDate: null, interviewers: [], inquiries: [] });
  });

  it('a missing date is a problem that says what to write', () => {
    const r = read({ type: 'interview', company: 'Acme' });
    expect(r.problems).toEqual([{ note: 'n.md', field: 'date', message: expect.stringContaining('date: YYYY-MM-DD') as string, code: 'missing-date' }]);
    // Never today's date as an example: a hurried person would copy it.
    expect(r.problems[0]?.message).not.toContain('2026-11-24');
    expect(r.note?.date).toBeNull();
  });

  it('a wrong date names the value and the right form', () => {
    const r = read({ type: 'interview', date: 'next Friday' });
    expect(r.problems[0]?.message).toMatch(/^date: 'next Friday' is not a date; .*YYYY-MM-DD/);
    expect(r.problems[0]?.message).not.toContain('2026-11-24');
  });

  it.each([
    ['date', 20261120],
    ['date', ['2026-11-20']],
    ['promised_date', '2026-02-30'],
    ['company', ['Acme', 'Other']],
    ['final_round', 'maybe'],
    ['status', 'vanished'],
    ['thank_you_method', 'carrier pigeon'],
    ['interviewer', [{ email: 'x@y.z' }]],
    ['references', [42.5, { honorific: 'Dr.' }]],
  ])('%s: %j is reported against that field', (field, value) => {
    const r = read({ type: 'interview', date: '2026-11-20', [field]: value });
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.field === field)).toBe(true);
    for (const p of r.problems) expect(p.message).toMatch(/^[a-z_]+[: ]/);
  });

  it('an unknown status is treated as waiting', () => {
    expect(read({ type: 'interview', date: '2026-11-20', status: 'vanished' }).note?.status).toBe('waiting');
  });

  it('a field written twice under two spellings with different values is reported, and the first is used', () => {
    const r = read({ type: 'interview', date: '2026-11-20', promised_date: '2026-11-27', promisedDate: '2026-12-01' });
    expect(r.note?.promisedDate).toBe(d('2026-11-27'));
    expect(r.problems.map((p) => p.field)).toEqual(['promised_date']);
    expect(read({ type: 'interview', date: '2026-11-20', company: 'Acme', Company: 'Acme' }).problems).toEqual([]);
  });
});

describe('people', () => {
  const people = (value: unknown) => read({ type: 'interview', date: '2026-11-20', interviewer: value }).note?.interviewers ?? [];

  it('a single text is one person, honorific included', () => {
    expect(people('Dr. Dana Lee')).toEqual([{ name: 'Dr. Dana Lee', honorific: 'Dr.', email: null, phone: null, prefers: null, link: null }]);
  });

  it('a link names the person by its target file name', () => {
    expect(people(['[[People/Chris Preston|Chris]]', '[[Pat Jones]]', '[[Sam Lee.md#Notes]]']).map((p) => [p.name, p.link])).toEqual([
      ['Chris Preston', 'People/Chris Preston'],
      ['Pat Jones', 'Pat Jones'],
      ['Sam Lee', 'Sam Lee.md'],
    ]);
  });

  it('an unquoted [[link]], which YAML reads as a nested list, is still the link', () => {
    expect(people([[['Pat Jones']]]).map((p) => p.name)).toEqual(['Pat Jones']);
  });

  it('a map gives name, honorific and contact details', () => {
    expect(people([{ name: 'Pat Jones', honorific: 'Ms.', email: 'pat@acme.example', prefers: 'email' }])).toEqual([
      { name: 'Pat Jones', honorific: 'Ms.', email: 'pat@acme.example', phone: null, prefers: 'email', link: null },
    ]);
  });

  it('finds the surname for a greeting', () => {
    expect(surnameOf('Dr. Dana Lee')).toBe('Lee');
    expect(surnameOf('Ms. Laura Callahan')).toBe('Callahan');
    expect(surnameOf('Sam Ortiz Jr.')).toBe('Ortiz');
    expect(surnameOf('Cher')).toBe('Cher');
  });
});
