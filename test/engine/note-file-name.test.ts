import { describe, expect, it } from 'vitest';
import { folderProblem, isPortableFolderName, newNotePath, noteBaseName, safeFileName, vaultPathProblem } from '../../src/engine/note-file-name';
import { senderOfSettings } from '../../src/engine/sender';
import { d } from '../helpers';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const capture = (company: string, position: string) => ({ company, position, date: d('2026-11-20'), time: null, interviewers: [], references: [], promisedDate: null, contactMethod: null, finalRound: false });

describe('the name of a new interview note', () => {
  it.each([
    ['Acme: Data/Analyst?', 'Acme  Data Analyst', 'Acme Data Analyst'],
    ['...Hidden', '', 'Hidden'],
    ['Trailing. . ', '', 'Trailing'],
    ['con', '', 'con_'],
    ['LPT1', '', 'LPT1_'],
    ['COM9', '', 'COM9_'],
    ['Console', '', 'Console'],
    ['Xcon', '', 'Xcon'],
    ['conx', '', 'conx'],
    ['COMX', '', 'COMX'],
    ['a\u202eb\ufeffc', '', 'a b c'],
    ['Cafe\u0301', '', 'Caf\u00e9'],
  ])('%j is written %j', (text, _unused, name) => {
    expect(safeFileName(text)).toBe(name);
  });

  it('is day, company and position, with ` (2)`, ` (3)` where the name is taken, in the folder without its slashes', () => {
    const taken = new Set(['Jobs/2026-11-20 Acme - Analyst.md', 'Jobs/2026-11-20 Acme - Analyst (2).md']);
    expect(newNotePath(capture('Acme', 'Analyst'), '//Jobs//', (p) => taken.has(p))).toBe('Jobs/2026-11-20 Acme - Analyst (3).md');
    expect(newNotePath(capture('Acme', 'Analyst'), '', () => false)).toBe('2026-11-20 Acme - Analyst.md');
    expect(newNotePath(capture('', ''), '/', () => false)).toBe('2026-11-20 -.md');
  });

  it('a name that fits is kept whole, at exactly 80 characters', () => {
    const company = 'C'.repeat(80 - '2026-11-20  - Analyst'.length);
    const name = noteBaseName('2026-11-20', company, 'Analyst');
    expect(name).toBe(`2026-11-20 ${company} - Analyst`);
    expect([...name]).toHaveLength(80);
    expect(noteBaseName('2026-11-20', `${company}D`, 'Analyst')).not.toContain(`${company}D`);
  });

  it('a long company is shortened so that a short position stays whole, within 80 characters and 180 bytes', () => {
    const name = noteBaseName('2026-11-20', 'International Business Machines Corporation of Greater Metropolitan Areas Holding', 'Analyst');
    expect(name.endsWith(' - Analyst')).toBe(true);
    expect(name.startsWith('2026-11-20 International Business')).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(80);
    expect([...name].length).toBeGreaterThan(74);
  });

  it('a long position is shortened so that a short company stays whole', () => {
    const name = noteBaseName('2026-11-20', 'Acme', 'Senior Principal Staff Distinguished Engineer of Data Platform Reliability and Tooling');
    expect(name.startsWith('2026-11-20 Acme - Senior Principal')).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(80);
    expect([...name].length).toBeGreaterThan(74);
  });

  it('both long: each gets half of the room', () => {
    const name = noteBaseName('2026-11-20', 'A'.repeat(60), 'P'.repeat(60));
    const [company, position] = name.slice('2026-11-20 '.length).split(' - ');
    expect([company?.length, position?.length]).toEqual([33, 33]);
  });

  it('counts bytes as UTF-8 does: characters of two, three and four bytes', () => {
    for (const ch of ['\u00e9', '\u4e2d', '\u{1F680}']) {
      const name = noteBaseName('2026-11-20', ch.repeat(70), ch.repeat(70));
      expect(bytes(name)).toBeLessThanOrEqual(180);
      expect(bytes(name)).toBeGreaterThan(140);
      expect(name).not.toContain('\uFFFD');
    }
    // 70 ASCII letters fit as characters and as bytes: nothing is cut.
    expect(noteBaseName('2026-11-20', 'a'.repeat(30), 'b'.repeat(30))).toBe(`2026-11-20 ${'a'.repeat(30)} - ${'b'.repeat(30)}`);
    // 60 two-byte letters fit in characters but not in 180 bytes with the rest.
    const wide = noteBaseName('2026-11-20', '\u00e9'.repeat(40), '\u00e8'.repeat(40));
    expect(bytes(wide)).toBeLessThanOrEqual(180);
    expect(wide).toContain(' - \u00e8');
  });
});

describe('folder names every system accepts', () => {
  it.each([
    ['Jobs', true],
    ['Jobs 2026', true],
    ['', false],
    ['.hidden', false],
    ['node_modules', false],
    ['Node_Modules', false],
    ['a:b', false],
    ['CON', false],
    ['con.txt', false],
    ['COM1', false],
    ['Trailing.', false],
    ['Trailing ', false],
    [' Leading', false],
    ['mid.dle', true],
  ])('%j: %s', (name, ok) => {
    expect(isPortableFolderName(name)).toBe(ok);
  });
});

describe('a path a setting gives inside the vault', () => {
  it.each([
    ['', null],
    ['/', null],
    ['.', null],
    ['  ', null],
    ['Calendars/Follow-ups.ics', null],
    ['./Calendars//Follow-ups.ics', null],
    ['Follow-ups.ics', null],
    ['/etc/passwd', /is outside the vault/],
    ['C:/Users/x.ics', /is outside the vault/],
    ['C:\\Users\\x.ics', /is outside the vault/],
    ['xC:/Users', /part/],
    ['../x.ics', /leads out of the vault/],
    ['a/../../x.ics', /leads out of the vault/],
    ['.obsidian/x.ics', /has the part '\.obsidian'/],
    ['Cal/.x.ics', /has the part '\.x\.ics'/],
    ['CON/x.ics', /has the part 'CON'/],
    ['Cal/CON.ics', /has the part 'CON\.ics'/],
    ['Cal/a:b.ics', /has the part 'a:b\.ics'/],
    ['v1.2/x.ics', null],
    ['v1./x.ics', /has the part 'v1\.'/],
    ['Cal/v1.2.ics', null],
  ])('%j', (path, said) => {
    const problem = vaultPathProblem(path, 'The calendar file');
    if (said === null) expect(problem).toBeNull();
    else expect(problem).toMatch(said);
    if (problem !== null) expect(problem.startsWith(`The calendar file '${path}' `)).toBe(true);
  });
});

describe('a folder for new notes', () => {
  it.each([
    ['', null],
    ['/', null],
    ['.', null],
    [' Jobs/2026 ', null],
    ['Jobs/./2026/', null],
    ['v1.2', null],
    ['/Jobs', "--folder: '/Jobs' is outside the vault; give a folder inside it"],
    ['D:/Jobs', "is outside the vault"],
    ['xD:/Jobs', "has the part 'xD:'"],
    ['Jobs/../..', "leads out of the vault"],
    ['Jobs/.trash', 'is a hidden folder or node_modules'],
    ['Jobs/NODE_MODULES', 'is a hidden folder or node_modules'],
    ['Jobs/CON', "has the part 'CON', which is not a folder name every system accepts"],
    ['Jobs /x', "has the part 'Jobs '"],
  ])('%j', (folder, said) => {
    const problem = folderProblem(folder, '--folder:');
    if (said === null) expect(problem).toBeNull();
    else expect(problem).toContain(said);
  });
});

describe('the sender of drafts, from the saved settings', () => {
  it('takes each detail trimmed, and a blank or missing one as unknown', () => {
    expect(senderOfSettings({ yourName: ' Alex Morgan ', signature: 'Alex\nalex@example.com', yourPhone: '', yourEmail: '  ' })).toEqual({
      name: 'Alex Morgan',
      signature: 'Alex\nalex@example.com',
      phone: null,
      email: null,
    });
    expect(senderOfSettings({ yourPhone: '+1 555 0100', yourEmail: 'alex@example.com' })).toEqual({ name: null, signature: null, phone: '+1 555 0100', email: 'alex@example.com' });
  });

  it.each([null, undefined, 'text', 42, [], { yourName: 7, signature: true }])('settings of %j give no sender details', (data) => {
    expect(senderOfSettings(data)).toEqual({ name: null, signature: null, phone: null, email: null });
  });
});
