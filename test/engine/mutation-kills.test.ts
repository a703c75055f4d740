// Behaviours that mutation testing (npm run mutation, docs/testing.md) found
// untested: each test here fails on a change to the engine that a user would notice.
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, dayFromParts, dayOfValue, daysInMonth, formatDay, isWeekend, parseDay, weekdayOf } from '../../src/engine/dates';
import { computeFollowUps, type FollowUp } from '../../src/engine/follow-ups';
import { findFrontmatterBlock, isYamlLanguage, mayDescribeInterview, mentionsInterview } from '../../src/engine/frontmatter-block';
import { collectFields, FIELD_BY_KEY, fieldLookup, isAbsent, nameToWrite, normalizeKey, normalizeWord } from '../../src/engine/keys';
import { d, interviewNote, person } from '../support/follow-up-objects';
import { describeValue, readInterviewNote } from '../../src/engine/read-note';
import { linkName, linkTarget, nameWithoutHonorific, readPerson, splitPeople, surnameOf, withPersonNote } from '../../src/engine/people';

describe('the frontmatter fence: where the properties and the body begin', () => {
  it('gives the body after the closing line, so an edit or a draft lands below the properties', () => {
    const raw = '---\na: 1\n---\nbody';
    expect(findFrontmatterBlock(raw)).toEqual({ language: '', text: 'a: 1', closed: true, start: 4, close: 9, end: 13 });
    expect(raw.slice(13)).toBe('body');
  });

  it('counts a byte-order mark before the fence', () => {
    expect(findFrontmatterBlock('\uFEFF---\na\n---\nb')).toEqual({ language: '', text: 'a', closed: true, start: 5, close: 7, end: 11 });
  });

  it('an empty block, and a closing line at the very end of the note', () => {
    expect(findFrontmatterBlock('---\n---\nbody')).toEqual({ language: '', text: '', closed: true, start: 4, close: 4, end: 8 });
    expect(findFrontmatterBlock('---\na\n---')).toEqual({ language: '', text: 'a', closed: true, start: 4, close: 6, end: 9 });
    expect(findFrontmatterBlock('---\na\n---\r\nb')?.end).toBe(11);
  });

  it('closes only on a line that is --- and blanks: not --- at the end of a value, not ---x', () => {
    expect(findFrontmatterBlock('---\na: b---\n---\n')?.text).toBe('a: b---');
    expect(findFrontmatterBlock('---\na: 1\n---x\n---\n')?.text).toBe('a: 1\n---x');
    expect(findFrontmatterBlock('---\na: 1\n--- \t\r\nbody')?.closed).toBe(true);
  });

  it('a note of --- alone, or of less, has no frontmatter', () => {
    expect(findFrontmatterBlock('---')).toBeNull();
    expect(findFrontmatterBlock('--')).toBeNull();
    expect(findFrontmatterBlock('')).toBeNull();
  });

  it('names the language of ---js, in lower case, and no language that does not start with a letter', () => {
    expect(findFrontmatterBlock('---js\nvar x\n---\n')?.language).toBe('js');
    expect(findFrontmatterBlock('---JSON \n{}\n---\n')?.language).toBe('json');
    expect(findFrontmatterBlock('---yaml-1\na\n---\n')?.language).toBe('yaml-1');
    expect(findFrontmatterBlock('---1js\na\n---\n')).toBeNull();
    expect(findFrontmatterBlock('---js x\na\n---\n')).toBeNull();
  });

  it('stops looking for the closing line at the limit: the block is then not closed, its text cut there', () => {
    const raw = '---\na: 1\nb: 2\n---\n';
    expect(findFrontmatterBlock(raw, 5)).toEqual({ language: '', text: 'a: 1\n', closed: false, start: 4, close: raw.length, end: raw.length });
    expect(findFrontmatterBlock(raw, 100)?.closed).toBe(true);
    // A closing line that starts right at the limit is past it.
    expect(findFrontmatterBlock('---\na: 1\n---\n', 5)?.closed).toBe(false);
    expect(findFrontmatterBlock('---\na: 1\n---\n', 6)?.closed).toBe(true);
  });

  it('a block that never closes runs to the end of the note', () => {
    const raw = '---\na: 1\nb: 2\n';
    expect(findFrontmatterBlock(raw)).toEqual({ language: '', text: 'a: 1\nb: 2\n', closed: false, start: 4, close: raw.length, end: raw.length });
  });
});

describe('which blocks can describe an interview, and which unreadable ones are reported', () => {
  it('the word in any case, split by spaces, - or _, or a YAML escape that could spell it', () => {
    expect(mayDescribeInterview('type: Interview')).toBe(true);
    expect(mayDescribeInterview('tags: [inter_view]')).toBe(true);
    expect(mayDescribeInterview('type: In-ter View')).toBe(true);
    expect(mayDescribeInterview('type: "\\u0069nterview"')).toBe(true);
    expect(mayDescribeInterview('title: groceries')).toBe(false);
  });

  it('an unreadable block is reported when it mentions interviews in any case, not when it merely spells it apart', () => {
    expect(mentionsInterview('type: INTERVIEW\n\tbroken')).toBe(true);
    expect(mentionsInterview('type: inter-view')).toBe(false);
  });

  it('properties are read from a YAML block only', () => {
    expect(['', 'yaml', 'yml', 'json', 'js', 'toml'].map(isYamlLanguage)).toEqual([true, true, true, false, false, false]);
  });
});

const plain = { honorific: null, email: null, phone: null, prefers: null, link: null };

describe('people named in one text', () => {
  it('splits at commas, semicolons, "and" and "&", in any case and spacing', () => {
    expect(splitPeople('Miles Dyson, Sarah Connor;Kyle Reese AND John  &  Ann')).toEqual(['Miles Dyson', 'Sarah Connor', 'Kyle Reese', 'John', 'Ann']);
  });

  it('keeps a suffix with the name before it, as written, and drops empty parts', () => {
    expect(splitPeople('Maria Anders, PhD')).toEqual(['Maria Anders, PhD']);
    expect(splitPeople('Sam Ortiz; Jr., Dana Lee')).toEqual(['Sam Ortiz; Jr.', 'Dana Lee']);
    expect(splitPeople(', Dana Lee,, Pat Kim ,')).toEqual(['Dana Lee', 'Pat Kim']);
    expect(splitPeople('PhD, Dana Lee')).toEqual(['PhD', 'Dana Lee']);
    expect(splitPeople('Maria Anders  , PhD')).toEqual(['Maria Anders, PhD']);
  });

  it('a text of blanks names nobody', () => {
    expect(splitPeople('   ')).toEqual([]);
  });

  it('never splits a link, whatever its alias holds', () => {
    expect(splitPeople('[[People/Lee, Dana|Dana and Pat]]')).toEqual(['[[People/Lee, Dana|Dana and Pat]]']);
  });
});

describe('links to person notes', () => {
  it('the target of a link, without its heading, block or alias', () => {
    expect(linkTarget('  [[People/Pat Jones|Pat]] ')).toBe('People/Pat Jones');
    expect(linkTarget('[[Pat Jones#Contact]]')).toBe('Pat Jones');
    expect(linkTarget('[[Pat Jones^abc]]')).toBe('Pat Jones');
    expect(linkTarget('[[ Pat Jones ]]')).toBe('Pat Jones');
  });

  it('no target: an empty link, text around a link, or two links', () => {
    expect(linkTarget('[[]]')).toBeNull();
    expect(linkTarget('[[ |Pat]]')).toBeNull();
    expect(linkTarget('Pat [[Pat Jones]]')).toBeNull();
    expect(linkTarget('[[A]] and [[B]]')).toBeNull();
  });

  it('the name of a linked note is its file name, without .md in any case', () => {
    expect(linkName('People/Pat Jones.md')).toBe('Pat Jones');
    expect(linkName('Pat Jones.MD')).toBe('Pat Jones');
    expect(linkName('a/b/Pat.mdx')).toBe('Pat.mdx');
  });
});

describe('one interviewer or reference', () => {
  it('a name, with the honorific it starts with', () => {
    expect(readPerson(' Dr. Dana Lee ')).toEqual({ ...plain, name: 'Dr. Dana Lee', honorific: 'Dr.' });
    expect(readPerson('ms Laura Callahan')).toEqual({ ...plain, name: 'ms Laura Callahan', honorific: 'ms' });
    expect(readPerson('Drew Barry')).toEqual({ ...plain, name: 'Drew Barry' });
  });

  it('a number is a name too; blank text, true and a list are not people', () => {
    expect(readPerson(42)).toEqual({ ...plain, name: '42' });
    expect(readPerson('  ')).toMatch(/a person is a name/);
    expect(readPerson(true)).toMatch(/a person is a name/);
    expect(readPerson(['Dana', 'Pat'])).toMatch(/a person is a name/);
    expect(readPerson([['Pat'], ['Dana']])).toMatch(/a person is a name/);
    expect(readPerson(Number.NaN)).toMatch(/a person is a name/);
    expect(readPerson(null)).toMatch(/a person is a name/);
  });

  it('an unquoted [[link]] (a list in a list to YAML) is the link', () => {
    expect(readPerson([['People/Pat Jones']])).toEqual({ ...plain, name: 'Pat Jones', link: 'People/Pat Jones' });
    // Two names in the inner list (`- [[Pat, Dana]]`), or a blank one, are not a link.
    expect(readPerson([['Pat', 'Dana']])).toMatch(/a person is a name/);
    expect(readPerson([['  ']])).toMatch(/a person is a name/);
  });

  it('a map: its keys in any spelling, its honorific over the one in the name, blank details absent', () => {
    expect(readPerson({ Name: 'Dr. Dana Lee', 'E-mail': 'dana@acme.test', phone: 5550100, prefers: ' ', honorific: 'Prof.' })).toEqual({
      ...plain,
      name: 'Dr. Dana Lee',
      honorific: 'Prof.',
      email: 'dana@acme.test',
      phone: '5550100',
    });
    expect(readPerson({ name: 'Dr. Dana Lee' })).toMatchObject({ honorific: 'Dr.' });
    expect(readPerson({ name: '[[People/Pat Jones]]', email: 'pat@acme.test' })).toMatchObject({ name: 'Pat Jones', link: 'People/Pat Jones', email: 'pat@acme.test' });
    expect(readPerson({ email: 'x@acme.test' })).toBe('a person written as a map needs a name');
    expect(readPerson({ name: ' Pat Kim ', email: ' pat@acme.test ' })).toEqual({ ...plain, name: 'Pat Kim', email: 'pat@acme.test' });
  });
});

describe('names in a greeting', () => {
  it('the surname is the last word that is not a suffix or an honorific', () => {
    expect(surnameOf('Prof. Ada King III')).toBe('King');
    expect(surnameOf('Maria Anders, PhD')).toBe('Anders');
    expect(surnameOf('Sam Ortiz jr')).toBe('Ortiz');
    expect(surnameOf('Jr')).toBe('Jr');
    expect(surnameOf('  Dana   Lee  ')).toBe('Lee');
    expect(surnameOf('Dr. Lee')).toBe('Lee');
    expect(surnameOf('Maria Anders,PhD')).toBe('Anders');
  });

  it('the name without its honorific, or the name itself when nothing else is left', () => {
    expect(nameWithoutHonorific('Ms. Laura Callahan')).toBe('Laura Callahan');
    expect(nameWithoutHonorific('Laura Callahan')).toBe('Laura Callahan');
    expect(nameWithoutHonorific('Dr. ')).toBe('Dr. ');
  });
});

describe("a person's own note fills the details the interview note leaves out", () => {
  const dana = { ...plain, name: 'Dana Lee', email: 'dana@work.test' };

  it('fills only what is missing, from properties in any spelling; blank and non-text values are not details', () => {
    expect(withPersonNote(dana, { Email: 'dana@home.test', Phone: 5550100, honorific: 'Dr.', prefers: '  ' })).toEqual({
      ...dana,
      honorific: 'Dr.',
      phone: '5550100',
    });
    expect(withPersonNote(dana, { prefers: ['email'], phone: Number.NaN })).toEqual(dana);
    expect(withPersonNote({ ...plain, name: 'Pat' }, { prefers: ' email ' })).toEqual({ ...plain, name: 'Pat', prefers: 'email' });
  });

  it('without a note, the person as they are', () => {
    expect(withPersonNote(dana, null)).toBe(dana);
  });
});

describe('property names', () => {
  it('match ignoring case, spaces, - and _, and a trailing : (a Dataview field in the frontmatter)', () => {
    expect(normalizeWord(' Promised-Date_x ')).toBe('promiseddatex');
    expect(normalizeKey('Promised Date')).toBe('promiseddate');
    expect(normalizeKey('interviewer:: ')).toBe('interviewer');
    expect(normalizeKey('follow up by :')).toBe('followupby');
    expect(normalizeKey('a:b')).toBe('a:b');
  });

  it('stay right after thousands of different keys (the cache is bounded)', () => {
    for (let i = 0; i < 5000; i++) normalizeKey(`Key ${i}`);
    expect(normalizeKey('Key 1')).toBe('key1');
    expect(normalizeKey('Interview_Date')).toBe('interviewdate');
  });

  it('name their fields under every alias', () => {
    expect(FIELD_BY_KEY.get(normalizeKey('Hear back by'))).toBe('promised_date');
    expect(FIELD_BY_KEY.get(normalizeKey('panel'))).toBe('interviewer');
    expect(FIELD_BY_KEY.get(normalizeKey('unknown'))).toBeUndefined();
  });
});

describe("a person's own property names", () => {
  it('are read first, and only for fields of the contract and names that are not blank', () => {
    const own = { date: 'Interview Day', company: '  ', nonsense: 'Whatever' };
    const lookup = fieldLookup(own);
    expect(lookup.get(normalizeKey('Interview Day'))).toEqual({ field: 'date', rank: -1 });
    expect(lookup.get(normalizeKey('company'))).toEqual({ field: 'company', rank: 0 });
    expect(lookup.get(normalizeKey('Whatever'))).toBeUndefined();
    // Remembered for the same settings, and the defaults stay as they were.
    expect(fieldLookup(own)).toBe(lookup);
    expect(fieldLookup(undefined).get(normalizeKey('Interview Day'))).toBeUndefined();
    expect(fieldLookup({ company: ' ' })).toBe(fieldLookup(undefined));
  });

  it('win over the documented spelling in a note that has both', () => {
    const { fields, duplicates } = collectFields({ company: 'Acme', Employer_Name: 'Globex' }, fieldLookup({ company: 'Employer Name' }));
    expect(fields.get('company')).toEqual({ key: 'Employer_Name', value: 'Globex' });
    expect(duplicates).toEqual([{ field: 'company', keys: ['Employer_Name', 'company'] }]);
  });

  it('are the names a new field is written under, trimmed, else the documented one', () => {
    expect(nameToWrite('followed_up', { followed_up: ' Followed Up ' })).toBe('Followed Up');
    expect(nameToWrite('followed_up', { followed_up: ' ' })).toBe('followed_up');
    expect(nameToWrite('followed_up', { status: 'State' })).toBe('followed_up');
    expect(nameToWrite('followed_up', undefined)).toBe('followed_up');
  });
});

describe('a field written under several names', () => {
  it('the best-ranked name wins and the others with another value are reported; an empty one loses and is not reported', () => {
    const { fields, duplicates } = collectFields({ org: 'Globex', company: 'Acme', employer: '', organization: 'Acme' });
    expect(fields.get('company')).toEqual({ key: 'company', value: 'Acme' });
    expect(duplicates).toEqual([{ field: 'company', keys: ['company', 'org'] }]);
  });

  it('an empty best-ranked name gives way to the next with a value', () => {
    const { fields, duplicates } = collectFields({ company: null, employer: 'Acme' });
    expect(fields.get('company')).toEqual({ key: 'employer', value: 'Acme' });
    expect(duplicates).toEqual([]);
  });

  it('every name empty: the best-ranked one stands, nothing reported', () => {
    const { fields, duplicates } = collectFields({ employer: '', company: [] });
    expect(fields.get('company')).toEqual({ key: 'company', value: [] });
    expect(duplicates).toEqual([]);
  });

  it('date and Date with two values are two dates for one interview: reported', () => {
    expect(collectFields({ Date: '2026-11-10', date: '2026-11-12' }).duplicates).toEqual([{ field: 'date', keys: ['Date', 'date'] }]);
  });

  it('the same value twice, lists included, is no conflict', () => {
    expect(collectFields({ interviewer: ['Dana Lee'], panel: ['Dana Lee'] }).duplicates).toEqual([]);
    expect(collectFields({ interviewer: ['Dana Lee'], panel: ['Pat Kim'] }).duplicates).toEqual([{ field: 'interviewer', keys: ['interviewer', 'panel'] }]);
  });

  it('keys of the same rank: the first in the note wins', () => {
    const { fields, duplicates } = collectFields({ 'Company ': 'Globex', company: 'Acme' });
    expect(fields.get('company')).toEqual({ key: 'Company ', value: 'Globex' });
    expect(duplicates).toEqual([{ field: 'company', keys: ['Company ', 'company'] }]);
  });

  it('a plain date is often the day the note was made: losing to interview_date, it is not reported; an alias that loses is', () => {
    expect(collectFields({ date: '2026-11-10', interview_date: '2026-11-18' }).duplicates).toEqual([]);
    expect(collectFields({ interviewed_on: '2026-11-10', interview_date: '2026-11-18' }).duplicates).toEqual([{ field: 'date', keys: ['interview_date', 'interviewed_on'] }]);
    expect(collectFields({ date: '2026-11-10', interview_date: '' }).fields.get('date')).toEqual({ key: 'date', value: '2026-11-10' });
  });
});

describe('an absent value', () => {
  it('nothing, null, blank text and an empty list; not 0, false, an empty map or text', () => {
    expect([undefined, null, '', '  ', []].map(isAbsent)).toEqual([true, true, true, true, true]);
    expect([0, false, {}, 'x', [null]].map(isAbsent)).toEqual([false, false, false, false, false]);
  });
});

const day = (text: string) => {
  const n = parseDay(text);
  return n === null ? null : formatDay(n);
};

describe('dates as a note writes them', () => {
  it('offsets: up to +14:00 and down to -12:00, with or without a colon, minutes below 60', () => {
    expect(['2026-11-20T10:00+14:00', '2026-11-20T10:00-12:00', '2026-11-20T10:00+05', '2026-11-20T10:00-0930', '2026-11-20T10:00z', '2026-11-20T10:00+05:59'].map(day)).toEqual(
      Array(6).fill('2026-11-20'),
    );
    expect(['2026-11-20T10:00+14:01', '2026-11-20T10:00-12:01', '2026-11-20T10:00+25:99', '2026-11-20T10:00+05:60', '2026-11-20T10:00-15'].map(day)).toEqual(Array(5).fill(null));
  });

  it('the last minute and second of a day, a lower-case t, and blanks around the text', () => {
    expect(['2026-11-20T23:59:59', '2026-11-20t08:00', ' 2026-11-20 ', '2026-11-20T08:00 Z'].map(day)).toEqual(Array(4).fill('2026-11-20'));
  });

  it('years from 1900 to 2999 only, written alone or with a time', () => {
    expect(['1900-01-01', '2999-12-31', '1900-01-01T08:00', '2999-12-31T08:00'].map(day)).toEqual(['1900-01-01', '2999-12-31', '1900-01-01', '2999-12-31']);
    expect(['1899-12-31', '3000-01-01', '1899-12-31T08:00', '3000-01-01T08:00'].map(day)).toEqual([null, null, null, null]);
  });

  it('a date of ten characters that is not all digits, or not split by two -, is no date', () => {
    expect(['2026-1a-20', '2026-11-2x', '20x6-11-20', '2026-11-20'].map(day)).toEqual([null, null, null, '2026-11-20']);
    expect(['2026-11-2 ', '2026/11-20', '2026-11/20', '2026-1--20'].map(day)).toEqual([null, null, null, null]);
  });

  it('the days of each month, leap years by the Gregorian rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2100, 2000, 1900].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
    expect([dayFromParts(2026, 0, 1), dayFromParts(2026, 13, 1), dayFromParts(2026, 4, 31), dayFromParts(2026, 4, 0)]).toEqual([null, null, null, null]);
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
    expect(dayFromParts(2000, 3, 1)).toBe(11017);
  });

  it('a link to a daily note is its day, with an alias, a folder or .md; other links are not dates', () => {
    expect(['[[2026-11-20]]', '[[Daily/2026-11-20|Friday]]', '[[2026-11-20.md]]', '[[Journal/2026/2026-11-20.MD]]'].map((v) => dayOfValue(v)).map((n) => (n === null ? null : formatDay(n)))).toEqual(
      Array(4).fill('2026-11-20'),
    );
    expect(['[[Friday]]', '[[2026-11-20#Notes]]', '[2026-11-20]', '[[2026-11-20]] and more', '[[]]'].map((v) => dayOfValue(v))).toEqual([null, null, null, null, null]);
    expect(formatDay(dayOfValue([['2026-11-20']]) as number)).toBe('2026-11-20');
    expect(dayOfValue([['2026-11-20', 'x']])).toBeNull();
    // Blanks inside the brackets and after them are not part of the name; a second link is no date.
    expect([dayOfValue('[[2026-11-20]] '), dayOfValue('[[2026-11-20.md ]]')].map((n) => (n === null ? null : formatDay(n)))).toEqual(['2026-11-20', '2026-11-20']);
    expect(dayOfValue('[[Friday]] [[2026-11-20]]')).toBeNull();
    expect(dayOfValue([['2026-11-20'], ['x']])).toBeNull();
    expect(dayOfValue([[20261120]])).toBeNull();
  });

  it('a Date outside the years a note may have, or an invalid one, is no date', () => {
    expect(dayOfValue(new Date(Date.UTC(1899, 11, 31)))).toBeNull();
    expect(dayOfValue(new Date(Date.UTC(3000, 0, 1)))).toBeNull();
    expect(dayOfValue(new Date(Number.NaN))).toBeNull();
    expect(formatDay(dayOfValue(new Date(Date.UTC(2999, 11, 31, 23, 59))) as number)).toBe('2999-12-31');
    expect(formatDay(dayOfValue(new Date(Date.UTC(1900, 0, 1))) as number)).toBe('1900-01-01');
  });

  it('writes years before 1000 with four digits, and days before 1970', () => {
    expect(formatDay(dayFromParts(999, 3, 7) as number)).toBe('0999-03-07');
    expect(formatDay(-1)).toBe('1969-12-31');
  });

  it('weekdays, before 1970 too, and the weekend', () => {
    expect([0, 1, 2, 3, -1, -4, -5].map(weekdayOf)).toEqual([4, 5, 6, 0, 3, 0, 6]);
    expect([0, 1, 2, 3, 4].map(isWeekend)).toEqual([false, false, true, true, false]);
  });
});

describe('business days', () => {
  const friday = parseDay('2026-11-20') as number;

  it('a fraction of a day counts whole days; less than one, none', () => {
    const cal = new BusinessCalendar();
    expect(formatDay(cal.addBusinessDays(friday, 1.9))).toBe('2026-11-23');
    expect(cal.addBusinessDays(friday, 0.5)).toBe(friday);
    expect(cal.addBusinessDays(friday, -3)).toBe(friday);
  });

  it('a holiday is not a business day; the days around it are', () => {
    const cal = new BusinessCalendar([friday]);
    expect([cal.isBusinessDay(friday - 1), cal.isBusinessDay(friday), cal.isBusinessDay(friday + 1)]).toEqual([true, false, false]);
    expect(formatDay(cal.addBusinessDays(friday - 1, 1))).toBe('2026-11-23');
  });

  it('a long run of holidays is crossed, and a calendar without business days still ends', () => {
    const december = Array.from({ length: 31 }, (_, i) => (parseDay('2026-12-01') as number) + i);
    expect(formatDay(new BusinessCalendar(december).addBusinessDays(friday, 7))).toBe('2027-01-01');
    const never = new BusinessCalendar(Array.from({ length: 3000 }, (_, i) => friday + i));
    const end = never.addBusinessDays(friday, 2);
    expect(end - friday).toBe(2 * 7 + 400);
  });
});

/** `path kind (who) from..due` of every follow-up not done, in agenda order. */
const open = (fs: FollowUp[]) =>
  fs.filter((f) => !f.done).map((f) => `${f.note.path} ${f.kind}${f.person ? ` (${f.person.name})` : ''} ${formatDay(f.from)}..${formatDay(f.due)}`);
const kinds = (fs: FollowUp[], kind: string) => fs.filter((f) => f.kind === kind).map((f) => f.note.path);
const acme = { company: 'Acme', position: 'Analyst' };

describe('rounds of one application', () => {
  it('are the notes of one company and position, whatever their case and blanks: only the latest round asks for news', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-10') }), interviewNote('b.md', { company: ' acme ', position: 'ANALYST ', date: d('2026-11-17') })], d('2026-11-30'));
    expect(kinds(fs, 'status-inquiry')).toEqual(['b.md']);
  });

  it('on the same day, the note whose path sorts last is the latest round', () => {
    const notes = [interviewNote('a.md', { ...acme, date: d('2026-11-17') }), interviewNote('b.md', { ...acme, date: d('2026-11-17') })];
    expect(kinds(computeFollowUps(notes, d('2026-11-30')), 'status-inquiry')).toEqual(['b.md']);
    expect(kinds(computeFollowUps([...notes].reverse(), d('2026-11-30')), 'status-inquiry')).toEqual(['b.md']);
  });

  it('an offer asks for its answer once, on the latest round only', () => {
    const fs = computeFollowUps(
      [interviewNote('a.md', { ...acme, date: d('2026-11-10') }), interviewNote('b.md', { ...acme, date: d('2026-11-17'), status: 'offer', offerDeadline: d('2026-11-27') })],
      d('2026-11-20'),
    );
    expect(kinds(fs, 'offer-deadline')).toEqual(['b.md']);
  });
});

describe('thank-yous and inquiries', () => {
  it("an inquiry sent after an earlier round does not end a later round's thank-you", () => {
    const fs = computeFollowUps(
      [interviewNote('a.md', { ...acme, date: d('2026-11-10'), inquiries: [d('2026-11-12')] }), interviewNote('b.md', { ...acme, date: d('2026-11-18'), interviewers: [person('Dana Lee')] })],
      d('2026-11-19'),
    );
    expect(kinds(fs, 'thank-you')).toEqual(['b.md']);
  });

  it('an inquiry sent on the interview day ends its thank-you', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-18'), interviewers: [person('Dana Lee')], inquiries: [d('2026-11-18')] })], d('2026-11-19'));
    expect(kinds(fs, 'thank-you')).toEqual([]);
  });

  it('the next inquiry waits after the last one sent', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-02'), inquiries: [d('2026-11-16')] })], d('2026-11-17'));
    // One sent on Monday 16 November: the next comes five business days after it, with two more to answer.
    expect(open(fs).filter((l) => l.includes('status-inquiry'))).toEqual(['a.md status-inquiry 2026-11-23..2026-11-25']);
  });

  it('two interviewers of one day are listed by name', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-20'), interviewers: [person('Pat Kim'), person('Dana Lee')] })], d('2026-11-20'));
    expect(fs.filter((f) => f.kind === 'thank-you').map((f) => f.person?.name)).toEqual(['Dana Lee', 'Pat Kim']);
  });

  it('a ticked checkbox is done on a day not known; a date is done on that day', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-20'), thankYouSent: true, followUpBy: d('2026-11-23'), followedUp: d('2026-11-22') })], d('2026-11-23'));
    expect(fs.filter((f) => f.done).map((f) => [f.kind, f.doneOn === null ? null : formatDay(f.doneOn)])).toEqual([
      ['thank-you', null],
      ['promised-follow-up', '2026-11-22'],
    ]);
  });
});

describe("the search's end", () => {
  const globex = (path: string, fields = {}) => interviewNote(path, { company: 'Globex', position: 'Analyst', date: d('2026-11-16'), ...fields });

  it('a verbal offer with a deadline asks for its answer, and the other applications hear of it', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, date: d('2026-11-16'), status: 'verbal-offer', decisionDate: d('2026-11-18'), offerDeadline: d('2026-11-27') }), globex('b.md')], d('2026-11-19'));
    expect(kinds(fs, 'offer-deadline')).toEqual(['a.md']);
    expect(fs.filter((f) => f.kind === 'offer-nudge').map((f) => [f.note.path, f.source?.path, formatDay(f.from), formatDay(f.due)])).toEqual([['b.md', 'a.md', '2026-11-18', '2026-11-20']]);
  });

  it('an offer made on the day of the interview asks for its answer that same day', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, status: 'offer', date: d('2026-11-19'), offerDeadline: d('2026-11-27') })], d('2026-11-19'));
    expect(kinds(fs, 'offer-deadline')).toEqual(['a.md']);
  });

  it('an offer without a deadline, or for an interview still to come, asks nothing of anyone', () => {
    const none = computeFollowUps([interviewNote('a.md', { ...acme, status: 'offer', date: d('2026-11-16') }), globex('b.md')], d('2026-11-19'));
    expect([...kinds(none, 'offer-deadline'), ...kinds(none, 'offer-nudge')]).toEqual([]);
    const later = computeFollowUps([interviewNote('a.md', { ...acme, status: 'offer', date: d('2026-11-20'), offerDeadline: d('2026-11-27') }), globex('b.md')], d('2026-11-19'));
    expect([...kinds(later, 'offer-deadline'), ...kinds(later, 'offer-nudge')]).toEqual([]);
  });

  it('the others hear of an offer until its deadline day, not after', () => {
    const notes = [interviewNote('a.md', { ...acme, status: 'offer', date: d('2026-11-16'), offerDeadline: d('2026-11-20') }), globex('b.md')];
    expect(kinds(computeFollowUps(notes, d('2026-11-20')), 'offer-nudge')).toEqual(['b.md']);
    expect(kinds(computeFollowUps(notes, d('2026-11-21')), 'offer-nudge')).toEqual([]);
  });

  it('of two offers, the others hear of the one decided first; on the same day, of the earlier note', () => {
    const initech = (path: string, decided: string) => interviewNote(path, { company: 'Initech', position: path, date: d('2026-11-16'), status: 'offer', decisionDate: d(decided), offerDeadline: d('2026-11-30') });
    const sourceOf = (notes: ReturnType<typeof interviewNote>[]) => computeFollowUps(notes, d('2026-11-20')).find((f) => f.kind === 'offer-nudge')?.source?.path;
    expect(sourceOf([initech('z.md', '2026-11-17'), initech('y.md', '2026-11-18'), globex('b.md')])).toBe('z.md');
    expect(sourceOf([initech('y.md', '2026-11-18'), initech('z.md', '2026-11-17'), globex('b.md')])).toBe('z.md');
    expect(sourceOf([initech('z.md', '2026-11-17'), initech('y.md', '2026-11-17'), globex('b.md')])).toBe('y.md');
    expect(sourceOf([initech('y.md', '2026-11-17'), initech('z.md', '2026-11-17'), globex('b.md')])).toBe('y.md');
  });

  it('of two acceptances, the first decided asks the open applications to withdraw', () => {
    const accepted = (path: string, decided: string) => interviewNote(path, { company: path, position: 'Analyst', date: d('2026-11-16'), status: 'accepted', decisionDate: d(decided) });
    const fs = computeFollowUps([accepted('y.md', '2026-11-18'), accepted('x.md', '2026-11-17'), globex('b.md', { status: 'verbal-offer' })], d('2026-11-20'));
    // A verbal offer is still open, so it is withdrawn from; an application already accepted is not.
    expect(fs.filter((f) => f.kind === 'withdraw').map((f) => [f.note.path, f.source?.path])).toEqual([['b.md', 'x.md']]);
    const reversed = computeFollowUps([accepted('x.md', '2026-11-17'), accepted('y.md', '2026-11-18'), globex('b.md', { status: 'verbal-offer' })], d('2026-11-20'));
    expect(reversed.filter((f) => f.kind === 'withdraw').map((f) => [f.note.path, f.source?.path])).toEqual([['b.md', 'x.md']]);
  });

  it('an acceptance thanks every reference once by name in any case, in the spelling of the first note by path', () => {
    const fs = computeFollowUps(
      [
        interviewNote('b.md', { company: 'Globex', date: d('2026-11-10'), references: [person('pat kim '), person('Lee Ray')] }),
        interviewNote('a.md', { ...acme, date: d('2026-11-16'), status: 'accepted', decisionDate: d('2026-11-18'), references: [person('Pat Kim')] }),
      ],
      d('2026-11-19'),
    );
    expect(fs.filter((f) => f.kind === 'thank-references').map((f) => `${f.note.path} ${f.person?.name}`)).toEqual(['a.md Lee Ray', 'a.md Pat Kim']);
  });

  it('an offer alone thanks no reference', () => {
    const fs = computeFollowUps([interviewNote('a.md', { ...acme, status: 'offer', date: d('2026-11-16'), offerDeadline: d('2026-11-27'), references: [person('Pat Kim')] }), globex('b.md')], d('2026-11-17'));
    expect(kinds(fs, 'thank-references')).toEqual([]);
  });
});

const read = (fm: Record<string, unknown>) => readInterviewNote('Interviews/acme.md', { type: 'interview', company: 'Acme', date: '2026-11-20', ...fm }, d('2026-11-24'));
const messages = (fm: Record<string, unknown>) => read(fm).problems.map((p) => `${p.field}: ${p.message}`);

describe('a note read field by field', () => {
  it('final_round: a checkbox, or the words true, yes, false and no in any case', () => {
    expect([true, false, 'Yes', 'TRUE', 'no', 'False'].map((v) => read({ final_round: v }).note.finalRound)).toEqual([true, false, true, true, false, false]);
    expect(['Yes', 'no', 'False'].flatMap((v) => read({ final_round: v }).problems)).toEqual([]);
    const maybe = read({ final_round: 'maybe' });
    expect(maybe.note.finalRound).toBe(false);
    expect(maybe.problems.map((p) => p.message)).toEqual(["final_round: 'maybe' is not a checkbox; use true or false"]);
  });

  it('the time of day written with the date, after T or a blank; none for a date alone', () => {
    expect(['2026-11-20T14:30', ' 2026-11-20 09:05:00', '2026-11-20'].map((v) => read({ date: v }).note.time)).toEqual(['14:30', '09:05', null]);
    expect(read({ date: new Date(Date.UTC(2026, 10, 20, 14, 30)) }).note.time).toBeNull();
  });

  it('done markers: false is not done, true is done on a day not known, a date is done that day', () => {
    expect([false, true, '2026-11-21'].map((v) => read({ thank_you_sent: v }).note.thankYouSent)).toEqual([null, true, d('2026-11-21')]);
    expect(messages({ thank_you_sent: 'soon' })).toHaveLength(1);
  });

  it('company and position as text: a number is its digits, a list or a map is a problem that says what to write', () => {
    expect(read({ company: 42 }).note.company).toBe('42');
    expect(read({ company: ' Acme ' }).note.company).toBe('Acme');
    expect(messages({ company: { name: 'Acme' } })).toEqual(['company: company: a map is not a company name; write it as plain text']);
    expect(messages({ position: ['Analyst', 'Lead'] })).toEqual(['position: position: a list is not a job title; write it as plain text']);
    expect(messages({ company: Number.NaN })).toEqual(['company: company: NaN is not a company name; write it as plain text']);
    expect(messages({ deliverable: ['a', 'b'], contact_method: { by: 'phone' } })).toEqual([
      'deliverable: deliverable: a list is not a description of what you promised; write it as plain text',
      'contact_method: contact_method: a map is not a contact method; write it as plain text',
    ]);
  });

  it('a word outside its list names the choices, and what is assumed meanwhile', () => {
    const [message] = messages({ thank_you_method: 'pigeon' });
    expect(message).toMatch(/^thank_you_method: thank_you_method: 'pigeon' is not one of [a-z]+(, [a-z]+)+; email is assumed until it is corrected$/);
  });

  it('inquiries before the interview are not counted, in one sentence for one or several', () => {
    expect(messages({ inquiries: ['2026-11-18'] })).toEqual(['inquiries: inquiries: 2026-11-18 is before the interview on 2026-11-20, so not counted; remove it or correct the date']);
    expect(messages({ inquiries: ['2026-11-18', '2026-11-19', '2026-11-20'] })).toEqual([
      'inquiries: inquiries: 2026-11-18, 2026-11-19 are before the interview on 2026-11-20, so not counted; remove them or correct the date',
    ]);
    expect(read({ inquiries: ['2026-11-18', '2026-11-20'] }).note.inquiries).toEqual([d('2026-11-20')]);
  });

  it('a promised day before the interview is ignored, and said so; on the interview day it stands', () => {
    expect(read({ promised_date: '2026-11-19' }).note.promisedDate).toBeNull();
    expect(messages({ promised_date: '2026-11-19' })[0]).toMatch(/^promised_date: promised_date: 2026-11-19 is before the interview on 2026-11-20, so it is ignored/);
    expect(read({ promised_date: '2026-11-20' }).note.promisedDate).toBe(d('2026-11-20'));
  });

  it("the note's problems come in the contract's field order, two of one field in the order found", () => {
    const fields = read({ final_round: 'maybe', company: ['A', 'B'], status: 'pending?', inquiries: ['2026-11-18', 'soon'] }).problems.map((p) => p.field);
    expect(fields).toEqual(['company', 'final_round', 'status', 'inquiries', 'inquiries']);
  });
});

describe('how a value looks in a message', () => {
  it('text quoted on one line, cut after 39 characters; a list, a date-time, a map by what they are', () => {
    expect(describeValue('  two\n  lines ')).toBe("'two lines'");
    expect(describeValue('x'.repeat(40))).toBe(`'${'x'.repeat(40)}'`);
    expect(describeValue('x'.repeat(41))).toBe(`'${'x'.repeat(39)}…'`);
    expect([['a'], new Date(0), { a: 1 }, 42, null, true].map(describeValue)).toEqual(['a list', 'a date-time object', 'a map', '42', 'null', 'true']);
  });
});
