// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openInEditor, openModals, shownNotices, WorkspaceLeaf, type App, type Modal } from '../stubs/obsidian';
import { frontmatterOf } from '../support/frontmatter';
import { startPlugin } from './plugin-harness';

const MEETING = 'Meetings/2026-11-18 Contoso.md';
// happy-dom has its own URL: the fixture is found by path.
const meeting = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/track/contoso-meeting.md'), 'utf8');

afterEach(() => {
  vi.useRealTimers();
  openModals.splice(0);
});

function command(app: App) {
  const c = app.commands.get('interview-follow-up:track-note');
  if (c === undefined) throw new Error('no track command');
  return c;
}

/** Whether the palette offers the command on this note. */
function offered(app: App, path: string): boolean {
  app.workspace.setActiveFile(app.vault.getFileByPath(path));
  return command(app).checkCallback?.(true) === true;
}

async function openOn(app: App, path: string): Promise<void> {
  expect(offered(app, path)).toBe(true);
  command(app).checkCallback?.(false);
  await vi.advanceTimersByTimeAsync(0);
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

/** Each field's value, `!` before it when it cannot be changed. */
function shown(m: Modal, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((n) => {
      const el = field<HTMLInputElement | HTMLTextAreaElement>(m, n);
      return [n, `${el.disabled ? '!' : ''}${el.value}`];
    }),
  );
}

async function press(m: Modal, label: string): Promise<void> {
  const button = [...m.contentEl.querySelectorAll('button')].find((b) => b.textContent === label);
  if (button === undefined) throw new Error(`no button '${label}'`);
  button.click();
  await vi.advanceTimersByTimeAsync(0);
  // The write settles into the agenda.
  await vi.advanceTimersByTimeAsync(2_000);
}

const body = (text: string): string => text.slice(text.indexOf('\n---\n', 4) + 5);

describe('Track this note as an interview', () => {
  it('opens the new-interview form filled in from a meeting note, and writes only what it lacks', async () => {
    const { app, plugin } = await startPlugin({ [MEETING]: meeting }, { openSidebar: false });
    await openOn(app, MEETING);
    const m = modal();
    expect(m.titleEl.textContent).toBe('Track 2026-11-18 Contoso as an interview');
    expect([...m.contentEl.querySelectorAll('.ifu-track-intro li')].map((li) => li.textContent)).toEqual(['follow_up_by: 2026-11-20']);
    expect(shown(m, ['company', 'position', 'date', 'time', 'interviewers', 'references', 'promised-date'])).toEqual({
      company: '![[Contoso]]',
      position: 'Staff Platform Engineer',
      date: '2026-11-18',
      time: '',
      interviewers: '![[Pat Jones]]',
      references: '',
      'promised-date': '2026-11-25',
    });
    await press(m, 'Track note');
    expect(openModals).not.toContain(m);
    const text = app.vault.text(MEETING);
    expect(frontmatterOf(text)).toEqual({
      categories: ['[[Meetings]]'],
      date: '2026-11-18',
      org: '[[Contoso]]',
      people: ['[[Pat Jones]]'],
      topics: ['[[Platform team]]'],
      type: 'interview',
      position: 'Staff Platform Engineer',
      promised_date: '2026-11-25',
      follow_up_by: '2026-11-20',
    });
    expect(body(text)).toBe(body(meeting));
    expect(shownNotices.at(-1)).toBe('Tracked 2026-11-18 Contoso as an interview: added type, position, promised_date, follow_up_by.');
    const note = plugin.live.interviewNote(MEETING);
    expect([note?.company, note?.position, note?.interviewers.map((p) => p.name)]).toEqual(['Contoso', 'Staff Platform Engineer', ['Pat Jones']]);
    // Now an interview note: the command is not offered on it again.
    expect(offered(app, MEETING)).toBe(false);
  });

  it('is not offered on an interview note, but is on one without a usable date', async () => {
    const { app } = await startPlugin(
      {
        'Interviews/Acme.md': '---\ntype: interview\ncompany: Acme\ndate: 2026-11-20\n---\n',
        'Interviews/Globex.md': '---\ncompany: Globex\nrole: Engineer\n---\nInterview Date:: 2026-11-17\n',
      },
      { openSidebar: false },
    );
    expect(offered(app, 'Interviews/Acme.md')).toBe(false);
    await openOn(app, 'Interviews/Globex.md');
    expect(shown(modal(), ['company', 'position', 'date'])).toEqual({ company: '!Globex', position: '!Engineer', date: '2026-11-17' });
    await press(modal(), 'Track note');
    expect(app.vault.text('Interviews/Globex.md')).toBe('---\ncompany: Globex\nrole: Engineer\ntype: interview\ndate: 2026-11-17\n---\nInterview Date:: 2026-11-17\n');
  });

  it('without an interview day found, the form asks for it; the note’s type keeps its value', async () => {
    const { app } = await startPlugin({ 'Notes/Call.md': '---\ntype: meeting\n---\n(org:: Initech) [role:: Analyst]\n' }, { openSidebar: false });
    await openOn(app, 'Notes/Call.md');
    const m = modal();
    expect(shown(m, ['company', 'position', 'date'])).toEqual({ company: 'Initech', position: 'Analyst', date: '' });
    await press(m, 'Track note');
    expect(m.contentEl.textContent).toContain('Choose the day of the interview.');
    expect(app.vault.text('Notes/Call.md')).toBe('---\ntype: meeting\n---\n(org:: Initech) [role:: Analyst]\n');
    field(m, 'date').value = '2026-11-19';
    field(m, 'time').value = '10:30';
    await press(m, 'Track note');
    expect(frontmatterOf(app.vault.text('Notes/Call.md'))).toEqual({ type: ['meeting', 'interview'], date: '2026-11-19T10:30', company: 'Initech', position: 'Analyst' });
  });

  it('another day than a plain date goes in as interview_date, and the date stays', async () => {
    const { app } = await startPlugin({ 'Notes/Sync.md': '---\ndate: 2026-11-02\norg: Acme\nrole: Analyst\n---\n' }, { openSidebar: false });
    await openOn(app, 'Notes/Sync.md');
    field(modal(), 'date').value = '2026-11-18';
    await press(modal(), 'Track note');
    expect(frontmatterOf(app.vault.text('Notes/Sync.md'))).toEqual({ date: '2026-11-02', org: 'Acme', role: 'Analyst', type: 'interview', interview_date: '2026-11-18' });
  });

  it('reads what is typed in the editor and not saved yet', async () => {
    const { app } = await startPlugin({ 'Notes/Call.md': 'Notes.\n' }, { openSidebar: false });
    const file = app.vault.getFileByPath('Notes/Call.md');
    if (file === null) throw new Error('no note');
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), file);
    view.editor.setValue('Notes.\ninterview_date:: 2026-11-18\n(org:: Initech) [role:: Analyst]\n');
    await openOn(app, 'Notes/Call.md');
    expect(shown(modal(), ['company', 'position', 'date'])).toEqual({ company: 'Initech', position: 'Analyst', date: '2026-11-18' });
    await press(modal(), 'Track note');
    expect(frontmatterOf(app.vault.text('Notes/Call.md'))).toEqual({ type: 'interview', date: '2026-11-18', company: 'Initech', position: 'Analyst' });
    expect(app.vault.text('Notes/Call.md')).toMatch(/---\nNotes\.\ninterview_date:: 2026-11-18\n\(org:: Initech\) \[role:: Analyst\]\n$/);
  });

  it('a note whose properties cannot be read says why, and opens no form', async () => {
    const { app } = await startPlugin({ 'Notes/Bad.md': '---\ntitle: a: b\n---\n' }, { openSidebar: false });
    await openOn(app, 'Notes/Bad.md');
    expect(openModals).toHaveLength(0);
    expect(shownNotices.at(-1)).toMatch(/^Interview Follow-up: Bad was not tracked: The frontmatter is not valid YAML/);
  });
});
