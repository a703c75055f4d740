import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../src/engine/follow-up-kinds';
import { DEFAULT_RULE_SETTINGS } from '../../src/engine/settings';
import { draftsFor } from '../../src/engine/drafts';
import { draftForNote, recipientOfFollowUp } from '../../src/engine/use-cases/draft';
import { followUp, interviewNote, person } from '../support/follow-up-objects';
import { readInterviewNote } from '../../src/engine/read-note';
import { calendarPathInVault, exportCalendar } from '../../src/engine/use-cases/calendar-export';
import { createInterviewNote, nextRoundProblem } from '../../src/engine/use-cases/new-note';
import { addTracked, trackNote, TrackRefusal } from '../../src/engine/use-cases/track';
import { readVaultAgenda, record } from '../../src/engine/use-cases/record';
import { JS_YAML } from '../../src/engine/yaml';
import { Refusal } from '../../src/engine/use-cases/refusal';
import { d } from '../helpers';
import { MemoryVault } from '../support/memory-vault';

const today = d('2026-11-24');
const acme = { type: 'interview', company: 'Acme', position: 'Analyst', date: '2026-11-20', interviewer: 'Pat Jones' };

describe('recording, written once for the plugin and the command line', () => {
  it('marks a follow-up the note has, under the person\'s own property name', async () => {
    const settings = { ...DEFAULT_RULE_SETTINGS, propertyNames: { thank_you_sent: 'Thanked' } };
    const vault = new MemoryVault({ 'a.md': acme }, today, settings);
    const r = await record(vault, { command: 'mark', path: 'a.md', kind: 'thank-you', day: today }, today, settings);
    expect(r.applied).toEqual({ changed: true, keys: ['Thanked'] });
    expect(vault.notes.get('a.md')).toMatchObject({ Thanked: '2026-11-24' });
  });

  it.each(FOLLOW_UP_KINDS.filter((k) => k !== 'thank-you' && k !== 'status-inquiry'))('refuses to mark %s on a note without it, and writes nothing', async (kind) => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    await expect(record(vault, { command: 'mark', path: 'a.md', kind, day: today }, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(Refusal);
    expect(vault.notes.get('a.md')).toEqual(acme);
  });

  it('puts an outcome into the application\'s latest round, and says which note it named', async () => {
    const vault = new MemoryVault({ 'a.md': acme, 'b.md': { ...acme, date: '2026-11-23' } }, today);
    const r = await record(vault, { command: 'outcome', path: 'a.md', status: 'rejected', day: today }, today, DEFAULT_RULE_SETTINGS);
    expect([r.target.path, r.named.path]).toEqual(['b.md', 'a.md']);
    expect(vault.notes.get('a.md')).toEqual(acme);
    expect(vault.notes.get('b.md')).toMatchObject({ status: 'rejected', decision_date: '2026-11-24' });
  });

  it.each(['mark', 'outcome', 'snooze'] as const)('%s acts on interview notes only', async (command) => {
    const vault = new MemoryVault({ 'README.md': { title: 'Read me' } }, today);
    const request =
      command === 'mark'
        ? { command, path: 'README.md', kind: 'thank-you' as const, day: today }
        : command === 'outcome'
          ? { command, path: 'README.md', status: 'offer' as const, day: today }
          : { command, path: 'README.md', until: d('2026-11-30') };
    await expect(record(vault, request, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(/not an interview note/);
    expect(vault.notes.get('README.md')).toEqual({ title: 'Read me' });
  });

  it('an offer\'s deadline is answered, not marked', async () => {
    const vault = new MemoryVault({ 'a.md': { ...acme, status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-01' } }, today);
    await expect(record(vault, { command: 'mark', path: 'a.md', kind: 'offer-deadline', day: today }, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(/accepted or declined/);
  });
});

describe('drafting, written once for the plugin and the command line', () => {
  it('drafts a thank-you to each interviewer with their own note\'s details and the person\'s own template', async () => {
    const vault = new MemoryVault({ 'a.md': { ...acme, interviewer: ['[[Pat Jones]]', 'Sam Lee'] }, 'People/Pat Jones.md': { honorific: 'Ms.', email: 'pat@acme.example' } }, today);
    vault.ownTemplates.set('thank-you-late', 'Subject: Thanks\n\nDear {{greeting_name}}, thank you.');
    const r = await draftForNote(vault, { path: 'a.md', kind: 'thank-you', who: null, today, sender: { name: 'Alex Morgan', signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts.map((x) => [x.recipient?.name, x.email, x.body])).toEqual([
      ['Pat Jones', 'pat@acme.example', 'Dear Ms. Jones, thank you.'],
      ['Sam Lee', null, 'Dear Sam Lee, thank you.'],
    ]);
    expect(r.notice).toBeNull();
  });

  it('refuses a kind the note has no follow-up of, and says why', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    await expect(draftForNote(vault, { path: 'a.md', kind: 'written-offer', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS)).rejects.toThrow(
      'a.md has no written-offer follow-up: there is no verbal offer; its status is waiting',
    );
  });

  it('a waiting follow-up is still drafted, with a word that it is not due yet', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    const r = await draftForNote(vault, { path: 'a.md', kind: 'status-inquiry', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts).toHaveLength(1);
    expect(r.notice).toBe('not due until Friday, November 27');
  });

  it('news of an offer names its deadline, not the other employer', async () => {
    const vault = new MemoryVault({ 'a.md': acme, 'b.md': { type: 'interview', company: 'Globex', position: 'Lead', date: '2026-11-18', status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-04' } }, today);
    const r = await draftForNote(vault, { path: 'a.md', kind: 'offer-nudge', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts[0]?.body).toContain('Friday, December 4');
    expect(r.drafts[0]?.body).not.toContain('Globex');
  });
});

describe('a new interview note, written once for the plugin and the command line', () => {
  const capture = { company: 'Acme', position: 'Analyst', date: today, time: null, interviewers: ['Pat Jones'], references: [], promisedDate: null, contactMethod: null, finalRound: false };
  const settings = { folder: 'Jobs/2026/', folderName: '--folder:', template: null, sender: { name: null, signature: null } };

  it('is written into the folder, named by day, company and position, with the cursor under the first heading to fill in', async () => {
    const vault = new MemoryVault({}, today);
    const made = await createInterviewNote(vault, capture, settings, today, JS_YAML);
    expect(made.path).toBe('Jobs/2026/2026-11-24 Acme - Analyst.md');
    expect(vault.files.get(made.path)).toBe(made.text);
    expect(made.text).toMatch(/^---\ntype: interview\ncompany: Acme\nposition: Analyst\ndate: 2026-11-24\ninterviewer:\n {2}- Pat Jones\n---\n/);
    expect(made.text.split('\n')[made.cursor.line - 1]).toBe('## What resonated');
  });

  it('never takes a name in use, in any case: the next is " (2)", then " (3)"', async () => {
    const vault = new MemoryVault({ 'Jobs/2026/2026-11-24 ACME - analyst.md': acme }, today);
    const second = await createInterviewNote(vault, capture, settings, today, JS_YAML);
    const third = await createInterviewNote(vault, capture, settings, today, JS_YAML);
    expect([second.path, third.path]).toEqual(['Jobs/2026/2026-11-24 Acme - Analyst (2).md', 'Jobs/2026/2026-11-24 Acme - Analyst (3).md']);
  });

  it.each([
    ['../Elsewhere', "--folder: '../Elsewhere' leads out of the vault"],
    ['/etc', "--folder: '/etc' is outside the vault"],
    ['Jobs/.trash', 'is a hidden folder or node_modules'],
    ['Jobs/CON', "has the part 'CON', which is not a folder name every system accepts"],
  ])('refuses the folder %j and writes nothing', async (folder, said) => {
    const vault = new MemoryVault({}, today);
    await expect(createInterviewNote(vault, capture, { ...settings, folder }, today, JS_YAML)).rejects.toThrow(said);
    expect(vault.files.size).toBe(0);
  });

  it('a template the settings name but the vault lacks is refused; one that is there fills the note', async () => {
    const vault = new MemoryVault({}, today);
    await expect(createInterviewNote(vault, capture, { ...settings, template: 'Templates/Interview' }, today, JS_YAML)).rejects.toThrow(
      "the template note 'Templates/Interview' named in the settings is not in the vault",
    );
    vault.files.set('Templates/Interview.md', '---\ntags: [job-search]\n---\n# {{company}}\n');
    const made = await createInterviewNote(vault, capture, { ...settings, template: 'Templates/Interview' }, today, JS_YAML);
    expect(made.text).toContain('tags:\n  - job-search\n---\n# Acme\n');
  });

  it('a template that would write one key twice is refused, and nothing is written', async () => {
    const vault = new MemoryVault({}, today);
    vault.files.set('T.md', '---\n"{{company}}": x\n---\nBody\n');
    await expect(createInterviewNote(vault, { ...capture, company: 'date' }, { ...settings, template: 'T' }, today, JS_YAML)).rejects.toBeInstanceOf(Refusal);
    expect([...vault.files.keys()]).toEqual(['T.md']);
  });

  it('a next round needs a company and a position to be matched to its application', () => {
    expect(nextRoundProblem(readInterviewNote('a.md', { type: 'interview', date: '2026-11-20', company: 'Acme' }, today).note)).toMatch(/no company or position/);
    expect(nextRoundProblem(readInterviewNote('a.md', acme, today).note)).toBeNull();
  });
});

describe('the calendar export, written once for the plugin and the command line', () => {
  const agenda = async (vault: MemoryVault) => (await readVaultAgenda(vault, today, DEFAULT_RULE_SETTINGS)).agenda;
  const options = { now: new Date(Date.UTC(2026, 10, 24, 9)), vault: 'Jobs', elsewhere: 'choose another path' };

  it('creates the file, leaves it alone while nothing changed, and updates it when the follow-ups change', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    const file = vault.calendarFile('Follow-ups.ics');
    expect(await exportCalendar(file, await agenda(vault), options)).toEqual({ written: 'created', events: 2 });
    const first = vault.files.get('Follow-ups.ics');
    expect(await exportCalendar(file, await agenda(vault), { ...options, now: new Date(Date.UTC(2026, 10, 24, 18)) })).toEqual({ written: 'unchanged', events: 2 });
    expect(vault.files.get('Follow-ups.ics')).toBe(first);
    await record(vault, { command: 'mark', path: 'a.md', kind: 'thank-you', day: today }, today, DEFAULT_RULE_SETTINGS);
    expect(await exportCalendar(file, await agenda(vault), options)).toEqual({ written: 'updated', events: 1 });
  });

  it('never replaces a file it did not write', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    vault.files.set('Mine.ics', 'BEGIN:VCALENDAR\nPRODID:-//Someone else//EN\nEND:VCALENDAR\n');
    await expect(exportCalendar(vault.calendarFile('Mine.ics'), await agenda(vault), options)).rejects.toThrow(
      'Mine.ics is not a calendar Interview Follow-up wrote, so it was left as it is; choose another path',
    );
    expect(vault.files.get('Mine.ics')).toContain('Someone else');
  });

  it.each([
    ['', 'Follow-ups.ics'],
    ['Calendars/Job search.ics', 'Calendars/Job search.ics'],
  ])('a calendar setting of %j is the file %j of the vault', (setting, path) => {
    expect(calendarPathInVault(setting)).toBe(path);
  });

  it.each([
    ['../Follow-ups.ics', /leads out of the vault/],
    ['Follow-ups.txt', /must end in \.ics/],
  ])('a calendar setting of %j is refused', (setting, said) => {
    expect(() => calendarPathInVault(setting)).toThrow(said);
  });
});

describe('track, written once for the plugin and the command line', () => {
  const meeting = '---\ntags: [meeting]\ncompany: Contoso\n---\nInterview with [[Pat Jones]].\n';
  const settings = { propertyNames: {} };

  it('adds type interview and what it is given, and keeps every byte of the body', async () => {
    const vault = new MemoryVault({}, today);
    vault.files.set('Contoso sync.md', meeting);
    const r = await trackNote(vault, { path: 'Contoso sync.md', options: { date: '2026-11-18', position: 'Staff Engineer' } }, settings);
    expect(r.written).toEqual(['type', 'date', 'position']);
    const text = vault.files.get('Contoso sync.md') ?? '';
    expect(text.endsWith('---\nInterview with [[Pat Jones]].\n')).toBe(true);
    expect(text).toMatch(/^---\ntags: \[meeting\]\ncompany: Contoso\n/);
  });

  it('a dry run says what it would add and writes nothing', async () => {
    const vault = new MemoryVault({}, today);
    vault.files.set('Contoso sync.md', meeting);
    const r = await trackNote(vault, { path: 'Contoso sync.md', options: { date: '2026-11-18' }, dryRun: true }, settings);
    expect(r.plan.additions.map((a) => a.field)).toEqual(['type', 'date']);
    expect(r.written).toEqual([]);
    expect(vault.files.get('Contoso sync.md')).toBe(meeting);
  });

  it('without an interview day it is refused, saying so, and the note is left as it was', async () => {
    const vault = new MemoryVault({}, today);
    vault.files.set('Contoso sync.md', meeting);
    const refusal = await trackNote(vault, { path: 'Contoso sync.md', options: {} }, settings).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TrackRefusal);
    expect((refusal as TrackRefusal).plan.missingDate).toBe(true);
    expect(vault.files.get('Contoso sync.md')).toBe(meeting);
  });

  it('in a properties map, a type the note has keeps its value with interview beside it; a property present is not replaced', () => {
    const fm: Record<string, unknown> = { type: 'meeting', company: 'Contoso' };
    const added = addTracked(fm, [
      { field: 'type', key: 'type', value: 'interview', source: 'type', line: null, lines: [] },
      { field: 'company', key: 'company', value: 'Other', source: 'given', line: null, lines: [] },
      { field: 'position', key: 'position', value: 'Engineer', source: 'given', line: null, lines: [] },
    ]);
    expect(fm).toEqual({ type: ['meeting', 'interview'], company: 'Contoso', position: 'Engineer' });
    expect(added).toEqual(['type', 'position']);
    const list: Record<string, unknown> = { type: ['meeting'] };
    addTracked(list, [{ field: 'type', key: 'type', value: 'interview', source: 'type', line: null, lines: [] }]);
    expect(list.type).toEqual(['meeting', 'interview']);
  });
});

describe('whom a follow-up is written to, for the sidebar\'s "Email draft" as for the draft', () => {
  const reference = person('Janet Leverling', { email: 'janet@example.com' });
  const interviewer = person('Pat Jones', { email: 'pat@acme.example' });
  const note = interviewNote('a.md', { company: 'Acme', position: 'Analyst', interviewers: [interviewer], references: [reference] });

  it.each([
    ['status-inquiry', null, 'Pat Jones'],
    ['notify-references', null, 'Janet Leverling'],
    ['thank-references', reference, 'Janet Leverling'],
    ['thank-you', interviewer, 'Pat Jones'],
  ] as const)('%s goes to %s', (kind, who, name) => {
    const f = followUp({ kind, note, person: who ?? undefined, from: '2026-11-20', due: '2026-11-27', today: '2026-11-24' });
    expect(recipientOfFollowUp(f)?.name).toBe(name);
    expect(draftsFor(kind, { note, today, sender: { name: null, signature: null } })[0]?.recipient?.name).toBe(name);
  });
});
