import { describe, expect, it } from 'vitest';
import { contactMethodOf, greetingNameOf, prefersFirstName } from '../../../src/engine/drafts';
import { filled, firstNameOf, listInWords, preferredContact, resolvePerson } from '../../../src/engine/drafts/recipient';
import type { InterviewNote, Person } from '../../../src/engine/interview-note';

const person = (name: string, more: Partial<Person> = {}): Person => ({ name, honorific: null, email: null, phone: null, prefers: null, link: null, ...more });
const noteWith = (contactMethod: string | null): InterviewNote => ({ contactMethod }) as InterviewNote;

describe('text with something in it', () => {
  it('words count; nothing, an empty text or only spaces do not', () => {
    expect(filled('Pat')).toBe(true);
    expect(filled(' Pat ')).toBe(true);
    expect(filled('')).toBe(false);
    expect(filled('  \t')).toBe(false);
    expect(filled(null)).toBe(false);
    expect(filled(undefined)).toBe(false);
  });
});

describe('a person who asked to be greeted by their first name', () => {
  it.each(['first name', 'First Name', 'first_name', 'first-name', 'firstname', 'first  name please', 'given name', 'Given_Name', 'informal', 'call me by my first name'])(
    '`prefers: %s` asks for the first name',
    (prefers) => {
      expect(prefersFirstName(person('Ms. Pat Jones', { prefers }))).toBe(true);
      expect(greetingNameOf(person('Ms. Pat Jones', { honorific: 'Ms.', prefers }))).toBe('Pat');
    },
  );

  it.each(['email', 'formal', 'first thing in the morning', 'the name'])('`prefers: %s` does not', (prefers) => {
    expect(prefersFirstName(person('Pat Jones', { prefers }))).toBe(false);
  });

  it('no preference, or an empty one, is no request', () => {
    expect(prefersFirstName(person('Pat Jones'))).toBe(false);
    expect(prefersFirstName(person('Pat Jones', { prefers: '' }))).toBe(false);
  });
});

describe('how the person asked to be contacted', () => {
  it.each(['email', 'Email', 'e-mail', 'E-Mail', 'e mail', 'by email please'])('%j is email', (text) => {
    expect(contactMethodOf(text)).toBe('email');
  });

  it.each(['phone', 'Phone', 'telephone', 'by phone', 'call', 'calls', 'calling is best', 'Call after 5pm'])('%j is phone', (text) => {
    expect(contactMethodOf(text)).toBe('phone');
  });

  it.each([
    ['both named', 'email or phone'],
    ['neither named', 'first name'],
    ['a word that only contains one', 'voicemail'],
    ['a word that only ends like one', 'smartphone'],
    ['a word that only starts like one', 'phones'],
    ['recall', 'recall'],
    ['callback', 'callback'],
    ['a request to be called by a name', 'call me by my first name'],
    ['the same, spaced out', 'call  me  by my first name'],
    ['empty', ''],
    ['spaces', '   '],
  ])('%s (%j) is neither', (_what, text) => {
    expect(contactMethodOf(text)).toBeNull();
  });

  it('no text is no method', () => {
    expect(contactMethodOf(null)).toBeNull();
    expect(contactMethodOf(undefined)).toBeNull();
  });

  it('the person’s own wish comes before the note’s contact method', () => {
    expect(preferredContact(noteWith('email'), person('Pat Jones', { prefers: 'phone' }))).toBe('phone');
    expect(preferredContact(noteWith('phone'), person('Pat Jones', { prefers: 'email' }))).toBe('email');
  });

  it('without a wish of the person’s own, the note’s contact method counts', () => {
    expect(preferredContact(noteWith('phone'), person('Pat Jones'))).toBe('phone');
    expect(preferredContact(noteWith('phone'), person('Pat Jones', { prefers: 'first name' }))).toBe('phone');
    expect(preferredContact(noteWith('email'), null)).toBe('email');
    expect(preferredContact(noteWith(null), null)).toBeNull();
  });
});

describe('the name a draft greets the person by', () => {
  it('no person, or no name, gives no greeting name', () => {
    expect(greetingNameOf(null)).toBeNull();
    expect(greetingNameOf(person(''))).toBeNull();
    expect(greetingNameOf(person('   ', { honorific: 'Ms.' }))).toBeNull();
  });

  it('an honorific and the surname where the honorific is known', () => {
    expect(greetingNameOf(person('Pat Jones', { honorific: 'Ms.' }))).toBe('Ms. Jones');
    expect(greetingNameOf(person(' Dana Lee ', { honorific: ' Dr. ' }))).toBe('Dr. Lee');
    expect(greetingNameOf(person('Sam Ortiz Jr.', { honorific: 'Mr.' }))).toBe('Mr. Ortiz');
  });

  it('an empty honorific is no honorific: the full name', () => {
    expect(greetingNameOf(person('Pat Jones', { honorific: '  ' }))).toBe('Pat Jones');
  });

  it('the full name, without an honorific written into it, otherwise', () => {
    expect(greetingNameOf(person('Pat Jones'))).toBe('Pat Jones');
    expect(greetingNameOf(person(' Dr. Dana Lee '))).toBe('Dana Lee');
    expect(greetingNameOf(person(' Dr. '))).toBe('Dr.');
  });

  it('the first name of a name with an honorific and spaces around it', () => {
    expect(firstNameOf(' Ms. Pat Jones ')).toBe('Pat');
    expect(firstNameOf('Pat   Jones')).toBe('Pat');
    expect(greetingNameOf(person('  Dr. Dana Lee', { prefers: 'first name' }))).toBe('Dana');
  });
});

describe('several names in words', () => {
  it.each([
    [[], 'and', null],
    [['Pat'], 'and', 'Pat'],
    [['Pat', 'Dana'], 'and', 'Pat and Dana'],
    [['Pat', 'Dana'], 'or', 'Pat or Dana'],
    [['Pat', 'Dana', 'Sam'], 'and', 'Pat, Dana, and Sam'],
    [['Pat', 'Dana', 'Sam', 'Lee'], 'or', 'Pat, Dana, Sam, or Lee'],
  ] as const)('%j with %s is %j', (items, conjunction, words) => {
    expect(listInWords(items, conjunction)).toBe(words);
  });
});

describe('the person a draft goes to, with their person note’s details', () => {
  it('the entry at the same place in the note’s list, when it has the same name', () => {
    const pat = person('Pat Jones');
    const dana = person('Dana Lee');
    const resolved = [person(' pat jones ', { email: 'pat@acme.example' }), person('Dana Lee', { email: 'dana@acme.example' })];
    expect(resolvePerson(pat, [pat, dana], resolved).email).toBe('pat@acme.example');
    expect(resolvePerson(dana, [pat, dana], resolved).email).toBe('dana@acme.example');
  });

  it('names are compared without case or spaces around them', () => {
    const pat = person(' Pat Jones ');
    expect(resolvePerson(pat, [pat], [person('pat jones', { email: 'pat@acme.example' })]).email).toBe('pat@acme.example');
  });

  it('two people of the same name are told apart by their place in the note’s list', () => {
    const first = person('Pat Jones');
    const second = person('Pat Jones');
    const listed = [first, second];
    const resolved = [person('Pat Jones', { email: 'first@acme.example' }), person('Pat Jones', { email: 'second@acme.example' })];
    expect(resolvePerson(first, listed, resolved).email).toBe('first@acme.example');
    expect(resolvePerson(second, listed, resolved).email).toBe('second@acme.example');
  });

  it('when the list has no entry at that place, the person as the note names them', () => {
    const pat = person('Pat Jones');
    expect(resolvePerson(pat, [pat], [])).toBe(pat);
  });

  it('when the entry at that place is someone else, the one with the same link', () => {
    const pat = person('Pat', { link: 'People/Pat Jones' });
    const resolved = [person('Dana Lee', { link: 'People/Dana Lee' }), person('Pat', { link: 'People/Pat Jones (Globex)' }), person('Patricia Jones', { link: 'People/Pat Jones', email: 'pat@acme.example' })];
    expect(resolvePerson(pat, [pat], resolved).email).toBe('pat@acme.example');
  });

  it('a person without a link is found by name, not by another entry without a link', () => {
    const pat = person('Pat Jones');
    const resolved = [person('Dana Lee'), person('PAT JONES', { email: 'pat@acme.example' })];
    expect(resolvePerson(pat, [], resolved).email).toBe('pat@acme.example');
  });

  it('the very person, when the list holds them, before another of the same name', () => {
    const pat = person('Pat Jones', { email: 'pat@acme.example' });
    const resolved = [person('Pat Jones', { email: 'other@globex.example' }), pat];
    expect(resolvePerson(pat, [], resolved)).toBe(pat);
  });

  it('nobody matching: the person as the note names them', () => {
    const pat = person('Pat Jones', { link: 'People/Pat Jones' });
    expect(resolvePerson(pat, [], [person('Dana Lee', { link: 'People/Dana Lee' })])).toBe(pat);
  });
});
