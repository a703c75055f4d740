// Behaviours that mutation testing (npm run mutation, docs/testing.md) found
// untested: each test here fails on a change to the engine that a user would notice.
import { describe, expect, it } from 'vitest';
import { findFrontmatterBlock, isYamlLanguage, mayDescribeInterview, mentionsInterview } from '../../src/engine/frontmatter-block';
import { collectFields, FIELD_BY_KEY, fieldLookup, isAbsent, nameToWrite, normalizeKey, normalizeWord } from '../../src/engine/keys';
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
