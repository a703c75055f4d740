// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNote } from '../../src/engine/agenda';
import { formatDay, parseDay, type Day } from '../../src/engine/dates';
import { computeFollowUps, whoOf } from '../../src/engine/follow-ups';
import { MarkdownView, noticeElements, openInEditor, openModals, shownNotices, TFile, WorkspaceLeaf, type App, type Modal } from '../stubs/obsidian';
import { note, startPlugin } from './plugin-harness';
import { frontmatterOf } from '../support/frontmatter';

const fm = (app: App, path: string): Record<string, unknown> => frontmatterOf(app.vault.text(path));

afterEach(() => {
  vi.useRealTimers();
});

const acme = note({
  type: 'interview',
  company: 'Acme',
  position: 'Data Analyst',
  date: '2026-11-20',
  interviewer: '["Ms. Pat Jones", "[[Sam Lee]]"]',
  references: 'Janet Leverling',
  promised_date: '2026-11-23',
});
const globex = note({ type: 'interview', company: 'Globex', position: 'Engineer', date: '2026-11-23', interviewer: 'Dr. Dana Lee' });

const d = (text: string): Day => parseDay(text) as Day;

/** Every follow-up row of the sidebar, as `group: title`. */
function rows(sidebar: HTMLElement): string[] {
  return [...sidebar.querySelectorAll('[data-group]')].flatMap((g) =>
    [...g.querySelectorAll('.ifu-row-title')].map((t) => `${g.getAttribute('data-group') ?? ''}: ${t.textContent ?? ''}`),
  );
}

function modal(): Modal {
  const m = openModals.at(-1);
  if (m === undefined) throw new Error('no modal is open');
  return m;
}

function field<T extends HTMLElement = HTMLInputElement>(m: Modal, name: string): T {
  const el = m.contentEl.querySelector<T>(`[name="${name}"]`);
  if (el === null) throw new Error(`no field '${name}'`);
  return el;
}

function fill(m: Modal, values: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(values)) {
    const el = field<HTMLInputElement>(m, name);
    if (typeof value === 'boolean') el.checked = value;
    else el.value = value;
    el.dispatchEvent(new Event('change'));
  }
}

function errors(m: Modal): string[] {
  return [...m.contentEl.querySelectorAll('.ifu-form-error')].map((e) => e.textContent ?? '').filter((t) => t !== '');
}

async function press(m: Modal, label: string): Promise<void> {
  const button = [...m.contentEl.querySelectorAll('button')].find((b) => b.textContent === label);
  if (button === undefined) throw new Error(`no button '${label}'`);
  button.click();
  await vi.advanceTimersByTimeAsync(0);
}

/** Opened notes show in an editor, as in Obsidian, so the cursor can be checked. */
function editorOnOpen(app: App): () => MarkdownView | null {
  let view: MarkdownView | null = null;
  app.workspace.on('file-open', (file: TFile) => {
    view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), file);
  });
  return () => view;
}

function command(app: App, id: string) {
  const c = app.commands.get(`interview-follow-up:${id}`);
  if (c === undefined) throw new Error(`no command ${id}`);
  return c;
}

function activate(app: App, path: string): void {
  app.workspace.setActiveFile(app.vault.getFileByPath(path));
}

describe('New interview note', () => {
  it('from the sidebar: suggests the vault’s companies, writes the note, opens it at the first heading, and the sidebar lists its follow-ups', async () => {
    // A finished application and a future round are suggested too.
    const fabrikam = note({ type: 'interview', company: 'Fabrikam', position: 'Analyst', date: '2026-11-02', status: 'withdrawn' });
    const woodgrove = note({ type: 'interview', company: 'Woodgrove', position: 'Teller', date: '2026-12-10' });
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Jobs/Globex.md': globex, 'Jobs/Fabrikam.md': fabrikam, 'Jobs/Woodgrove.md': woodgrove });
    const editor = editorOnOpen(app);
    sidebar().querySelector<HTMLButtonElement>('.ifu-new-note')?.click();
    const m = modal();
    const company = field(m, 'company');
    const suggestions = m.contentEl.querySelector(`datalist#${company.getAttribute('list') ?? 'none'}`);
    expect([...(suggestions?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual(['Acme', 'Fabrikam', 'Globex', 'Woodgrove']);
    expect([field(m, 'date').value, field(m, 'time').value]).toEqual(['2026-11-24', '09:00']);
    fill(m, {
      company: 'Initech',
      position: 'Data Analyst',
      interviewers: 'Ms. Pat Jones\n\n  [[Sam Lee]]  ',
      references: 'Janet Leverling',
      'promised-date': '2026-11-27',
      'contact-method': 'email',
    });
    await press(m, 'Create note');
    const path = 'Interviews/2026-11-24 Initech - Data Analyst.md';
    expect(openModals).not.toContain(m);
    expect(app.workspace.opened).toEqual([path]);
    const text = app.vault.text(path);
    const lines = text.split('\n');
    expect(editor()?.file?.path).toBe(path);
    expect(editor()?.editor.getCursor()).toEqual({ line: lines.indexOf('## What resonated') + 1, ch: 0 });
    expect(fm(app, path)).toEqual({
      type: 'interview',
      company: 'Initech',
      position: 'Data Analyst',
      date: '2026-11-24T09:00',
      interviewer: ['Ms. Pat Jones', '[[Sam Lee]]'],
      references: ['Janet Leverling'],
      promised_date: '2026-11-27',
      contact_method: 'email',
    });
    const read = readNote(path, fm(app, path), d('2026-11-24'), []);
    expect(read.problems).toEqual([]);
    const followUps = computeFollowUps([read.note!], d('2026-11-24')).map((f) => `${f.kind} ${whoOf(f) ?? '-'} ${formatDay(f.from)} ${formatDay(f.due)}`);
    expect(followUps).toEqual([
      'notify-references - 2026-11-24 2026-11-24',
      'thank-you Ms. Pat Jones 2026-11-24 2026-11-25',
      'thank-you Sam Lee 2026-11-24 2026-11-25',
      'status-inquiry - 2026-11-30 2026-12-02',
    ]);
    expect(rows(sidebar())).toContain('due-today: Give your reference Janet Leverling a heads-up');
    expect(rows(sidebar())).toContain('waiting: Ask Initech where the Data Analyst decision stands');
  });

  it('from the command palette, with a final round and a contact method of your own', async () => {
    const { app } = await startPlugin({});
    command(app, 'new-interview-note').callback?.();
    const m = modal();
    fill(m, { company: 'Acme: West #2', position: '"Lead" [[Analyst]]', time: '', 'contact-method': 'other', 'contact-other': 'LinkedIn message', 'final-round': true });
    await press(m, 'Create note');
    const path = 'Interviews/2026-11-24 Acme West 2 - Lead Analyst.md';
    expect(fm(app, path)).toMatchObject({ company: 'Acme: West #2', position: '"Lead" [[Analyst]]', date: '2026-11-24', contact_method: 'LinkedIn message', final_round: true });
  });

  it('names what is wrong beside each field and writes nothing', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    command(app, 'new-interview-note').callback?.();
    const m = modal();
    fill(m, { company: '  ', position: '', date: '', 'promised-date': '2026-11-20', 'contact-method': 'other' });
    await press(m, 'Create note');
    expect(errors(m)).toEqual([
      'Enter the company.',
      'Enter the position.',
      'Choose the day of the interview.',
      'Say how they asked to be contacted, or choose not said.',
    ]);
    fill(m, { company: 'Acme', position: 'Analyst', date: '2026-11-24' });
    await press(m, 'Create note');
    expect(errors(m)).toEqual(['This day is before the interview; check it.', 'Say how they asked to be contacted, or choose not said.']);
    expect(app.vault.getFiles().map((f) => f.path)).toEqual(['Jobs/Acme.md']);
    expect(openModals).toContain(m);
  });

  it('never overwrites a note, even one whose name differs only in case', async () => {
    const taken = 'Interviews/2026-11-24 ACME - data analyst.md';
    const { app } = await startPlugin({ [taken]: 'Mine.\n' });
    command(app, 'new-interview-note').callback?.();
    fill(modal(), { company: 'Acme', position: 'Data Analyst' });
    await press(modal(), 'Create note');
    expect(app.vault.text(taken)).toBe('Mine.\n');
    expect(fm(app, 'Interviews/2026-11-24 Acme - Data Analyst (2).md').company).toBe('Acme');
  });

  it('uses the template note of the settings: its variables filled in, its properties kept, the form’s in their documented spelling', async () => {
    const template = [
      '---',
      'type: meeting',
      'Company: Placeholder',
      'tags: [job-search]',
      'aliases: ["{{company}} interview"]',
      '---',
      '# {{company}} ({{position}})',
      'Met {{interviewers}} {{interview_when}}. Signed, {{sender_name}}.',
      '',
      '## First impressions',
      '',
    ].join('\n');
    const { app } = await startPlugin({ 'Templates/Interview.md': template }, { data: { newNoteTemplate: 'Templates/Interview', newNoteFolder: 'Jobs/2026', yourName: 'Alex Morgan' } });
    const editor = editorOnOpen(app);
    command(app, 'new-interview-note').callback?.();
    fill(modal(), { company: 'Acme', position: 'Data Analyst', interviewers: 'Ms. Pat Jones\nSam Lee' });
    await press(modal(), 'Create note');
    const path = 'Jobs/2026/2026-11-24 Acme - Data Analyst.md';
    const text = app.vault.text(path);
    expect(fm(app, path)).toEqual({
      type: 'interview',
      company: 'Acme',
      position: 'Data Analyst',
      date: '2026-11-24T09:00',
      interviewer: ['Ms. Pat Jones', 'Sam Lee'],
      tags: ['job-search'],
      aliases: ['Acme interview'],
    });
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe('# Acme (Data Analyst)\nMet Ms. Pat Jones and Sam Lee today. Signed, Alex Morgan.\n\n## First impressions\n');
    expect(editor()?.editor.getCursor()).toEqual({ line: text.split('\n').indexOf('## First impressions') + 1, ch: 0 });
  });

  it('says so when the template note is missing, and writes nothing', async () => {
    const { app } = await startPlugin({}, { data: { newNoteTemplate: 'Templates/Gone' } });
    command(app, 'new-interview-note').callback?.();
    fill(modal(), { company: 'Acme', position: 'Data Analyst' });
    await press(modal(), 'Create note');
    expect(errors(modal())).toEqual(["The template note 'Templates/Gone' named in the settings is not in the vault; fix the setting, or clear it to use the built-in layout; nothing was written."]);
    expect(app.vault.getFiles()).toEqual([]);
  });
});

const northwind = [
  '---',
  'type: interview',
  'company: Northwind Traders',
  'position: Data Analyst',
  'date: 2026-11-23T14:00',
  'interviewer:',
  '  - name: Pat Jones',
  '    honorific: Ms.',
  '    email: pat.jones@northwind.example',
  '  - "[[People/Sam Rivera|Sam]]"',
  'references:',
  '  - Janet Leverling',
  'promised_date: 2026-12-01',
  'contact_method: email',
  '---',
  'Notes.',
  '',
].join('\n');

describe('New round of this application', () => {
  it('is offered in an interview note only, and writes a note for the same application with the people carried over', async () => {
    const { app } = await startPlugin({ 'Jobs/Northwind.md': northwind, 'Groceries.md': 'milk' });
    const round = command(app, 'new-round');
    activate(app, 'Groceries.md');
    expect(round.checkCallback?.(true)).toBe(false);
    activate(app, 'Jobs/Northwind.md');
    expect(round.checkCallback?.(true)).toBe(true);
    round.checkCallback?.(false);
    const m = modal();
    expect(m.contentEl.querySelector('.ifu-carried-over')?.textContent).toBe(
      'A new note for the same company and position, with interviewers Pat Jones, Sam Rivera; references Janet Leverling.',
    );
    fill(m, { date: '2026-12-03', time: '10:30', 'final-round': true });
    await press(m, 'Create note');
    const path = 'Interviews/2026-12-03 Northwind Traders - Data Analyst.md';
    expect(fm(app, path)).toEqual({
      type: 'interview',
      company: 'Northwind Traders',
      position: 'Data Analyst',
      date: '2026-12-03T10:30',
      interviewer: [{ name: 'Pat Jones', honorific: 'Ms.', email: 'pat.jones@northwind.example' }, '[[People/Sam Rivera]]'],
      references: ['Janet Leverling'],
      contact_method: 'email',
      final_round: true,
    });
    expect(app.vault.text('Jobs/Northwind.md')).toBe(northwind);
  });

  it('refuses a day that is not one', async () => {
    const { app } = await startPlugin({ 'Jobs/Northwind.md': northwind });
    activate(app, 'Jobs/Northwind.md');
    command(app, 'new-round').checkCallback?.(false);
    fill(modal(), { date: '' });
    await press(modal(), 'Create note');
    expect(errors(modal())).toEqual(['Choose the day of the next round.']);
    expect(app.vault.getFiles()).toHaveLength(1);
  });
});

describe('Record outcome', () => {
  async function recordFor(path: string, files: Record<string, string>, status: string, date?: string) {
    const started = await startPlugin(files);
    activate(started.app, path);
    expect(command(started.app, 'record-outcome').checkCallback?.(true)).toBe(true);
    const before = rows(started.sidebar());
    command(started.app, 'record-outcome').checkCallback?.(false);
    const m = modal();
    if (date !== undefined) fill(m, { 'decision-date': date });
    await press(m, status);
    return { ...started, before, m };
  }

  it('rejected: writes status and decision_date, the sidebar shows the reply at once and the application’s other follow-ups end; Undo restores', async () => {
    const files = { 'Jobs/Acme.md': acme, 'Jobs/Globex.md': globex };
    const { app, sidebar, before } = await recordFor('Jobs/Acme.md', files, 'Rejected');
    expect(before).toEqual([
      'overdue: Give your reference Janet Leverling a heads-up',
      'overdue: Thank Ms. Pat Jones',
      'overdue: Thank Sam Lee',
      'due-today: Thank Dr. Dana Lee',
      'due-soon: Ask Acme where the Data Analyst decision stands',
      'waiting: Ask Globex where the Engineer decision stands',
    ]);
    expect(fm(app, 'Jobs/Acme.md')).toMatchObject({ status: 'rejected', decision_date: '2026-11-24' });
    expect(app.vault.text('Jobs/Acme.md').endsWith('---\nNotes.\n')).toBe(true);
    expect(rows(sidebar())).toEqual(['due-today: Thank Dr. Dana Lee', 'due-soon: Reply graciously to Acme', 'waiting: Ask Globex where the Engineer decision stands']);
    expect(shownNotices.at(-1)).toContain('Recorded in Acme: status rejected, decided on 2026-11-24.');
    noticeElements.at(-1)?.querySelector<HTMLButtonElement>('.ifu-undo')?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(fm(app, 'Jobs/Acme.md')).not.toHaveProperty('status');
    expect(fm(app, 'Jobs/Acme.md')).not.toHaveProperty('decision_date');
    expect(rows(sidebar())).toEqual(before);
  });

  it('verbal offer on an earlier day: the written-offer request appears', async () => {
    const { app, sidebar } = await recordFor('Jobs/Acme.md', { 'Jobs/Acme.md': acme }, 'Verbal offer', '2026-11-23');
    expect(fm(app, 'Jobs/Acme.md')).toMatchObject({ status: 'verbal-offer', decision_date: '2026-11-23' });
    expect(rows(sidebar())).toEqual(['due-today: Ask Acme for the offer in writing']);
  });

  it('gone quiet: the application\'s inquiries and thank-yous end', async () => {
    const { app, sidebar } = await recordFor('Jobs/Acme.md', { 'Jobs/Acme.md': acme }, 'Gone quiet');
    expect(fm(app, 'Jobs/Acme.md')).toMatchObject({ status: 'ghosted' });
    expect(rows(sidebar())).toEqual([]);
  });

  it('refuses a decision day after today, and writes nothing', async () => {
    const { app, m } = await recordFor('Jobs/Acme.md', { 'Jobs/Acme.md': acme }, 'Offer', '2026-11-25');
    expect(errors(m)).toEqual(['Choose today or an earlier day.']);
    expect(openModals).toContain(m);
    expect(app.vault.text('Jobs/Acme.md')).toBe(acme);
  });

  it('recorded from an earlier round, goes into the latest round, whose status is the application\'s outcome', async () => {
    const round2 = acme.replace('date: 2026-11-20', 'date: 2026-11-23');
    const { app, sidebar } = await recordFor('Jobs/Acme.md', { 'Jobs/Acme.md': acme, 'Jobs/Acme 2.md': round2 }, 'Rejected');
    expect(fm(app, 'Jobs/Acme.md')).not.toHaveProperty('status');
    expect(fm(app, 'Jobs/Acme 2.md')).toMatchObject({ status: 'rejected', decision_date: '2026-11-24' });
    expect(rows(sidebar())).toEqual(['due-soon: Reply graciously to Acme']);
  });

  it('is not offered outside an interview note', async () => {
    const { app } = await startPlugin({ 'Groceries.md': 'milk' });
    activate(app, 'Groceries.md');
    expect(command(app, 'record-outcome').checkCallback?.(true)).toBe(false);
  });
});
