// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_DEBOUNCE_MS } from '../../src/obsidian/live-agenda';
import { noticeElements, openInEditor, openModals, shownMenus, shownNotices, WorkspaceLeaf, type App } from '../stubs/obsidian';
import { fileAt, groupRows, note, startPlugin } from './plugin-harness';
import { frontmatterOf } from '../support/frontmatter';

const fm = (app: App, path: string): Record<string, unknown> => frontmatterOf(app.vault.text(path));

afterEach(() => {
  vi.useRealTimers();
});

const BODY = '# Acme\r\nThey asked about dashboards.\n\n- [ ] prepare\n';
const acme = note(
  { type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: '["Ms. Pat Jones", "[[Sam Lee]]"]', promised_date: '2026-11-23' },
  BODY,
);
const samLee = note({ honorific: 'Mr.', email: 'sam@acme.example' });

const MENU_ITEMS: Record<string, string> = { copy: 'Copy draft', email: 'Email draft', done: 'Mark done', snooze: 'Snooze…', draft: 'Draft' };

function rowOf(sidebar: HTMLElement, group: string, title: string): HTMLElement {
  const row = [...sidebar.querySelectorAll<HTMLElement>(`[data-group="${group}"] .ifu-row`)].find((r) => r.querySelector('.ifu-row-title')?.textContent === title);
  if (row === undefined) throw new Error(`no row '${title}' in ${group}`);
  return row;
}

/** Takes an action on a row: its button where it is the row's primary action, else from the row's menu. */
function click(sidebar: HTMLElement, group: string, title: string, action: string): void {
  const row = rowOf(sidebar, group, title);
  const button = row.querySelector<HTMLButtonElement>(`.ifu-action-${action}`);
  if (button !== null) {
    button.click();
    return;
  }
  row.querySelector<HTMLButtonElement>('.ifu-more')?.click();
  const menu = shownMenus.at(-1);
  if (menu === undefined || !menu.shown) throw new Error(`no menu on '${title}'`);
  menu.choose(MENU_ITEMS[action] ?? action);
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
}

describe('marking a follow-up done from the sidebar', () => {
  it('writes today as the done marker, keeps the body, moves the follow-up, and offers Undo', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'People/Sam Lee.md': samLee });
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'done');
    await settle();
    expect(fm(app, 'Jobs/Acme.md').thank_you_sent).toBe('2026-11-24');
    expect(app.vault.text('Jobs/Acme.md').endsWith(`---\n${BODY}`)).toBe(true);
    expect(groupRows(sidebar(), 'overdue')).toEqual([]);
    expect(shownNotices.at(-1)).toContain('Recorded in Acme: thank-you sent on 2026-11-24');
    noticeElements.at(-1)?.querySelector<HTMLButtonElement>('.ifu-undo')?.click();
    await settle();
    expect(fm(app, 'Jobs/Acme.md')).not.toHaveProperty('thank_you_sent');
    expect(groupRows(sidebar(), 'overdue')).toHaveLength(2);
  });

  it('updates a key written under another spelling instead of adding a second one', async () => {
    const spelled = acme.replace('promised_date', 'Thank You Sent: \npromised_date');
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': spelled });
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'done');
    await settle();
    const data = fm(app, 'Jobs/Acme.md');
    expect(data['Thank You Sent']).toBe('2026-11-24');
    expect(data).not.toHaveProperty('thank_you_sent');
  });

  it('a status inquiry adds today to the inquiries, and the next one is scheduled from today', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme }, { now: new Date(2026, 10, 25, 9) });
    expect(groupRows(sidebar(), 'due-soon')).toEqual(['Ask Acme where the Data Analyst decision stands | Acme, Data Analyst | due tomorrow']);
    click(sidebar(), 'due-soon', 'Ask Acme where the Data Analyst decision stands', 'done');
    await settle();
    expect(fm(app, 'Jobs/Acme.md').inquiries).toEqual(['2026-11-25']);
    expect(groupRows(sidebar(), 'waiting')).toEqual(['Ask Acme where the Data Analyst decision stands | Acme, Data Analyst | from Wednesday, December 2']);
  });

  it('applies to the note as it is now, even when it changed after the sidebar was drawn', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), acme.replace('promised_date: 2026-11-23', 'promised_date: 2026-11-30'));
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'done');
    await settle();
    expect(fm(app, 'Jobs/Acme.md')).toMatchObject({ promised_date: '2026-11-30', thank_you_sent: '2026-11-24' });
  });

  it('leaves a note whose properties cannot be read as it was, and says so', async () => {
    const { app, plugin } = await startPlugin({ 'Jobs/Acme.md': acme });
    const broken = '---\ntype: interview\ndate: 2026-11-20\ninterviewer: [Pat\n---\nBody\n';
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), broken);
    app.workspace.setActiveFile(app.vault.getFileByPath('Jobs/Acme.md'));
    const mark = app.commands.get('interview-follow-up:mark-thank-you');
    expect(mark?.checkCallback?.(true)).toBe(false);
    void plugin;
    expect(app.vault.text('Jobs/Acme.md')).toBe(broken);
  });
});

describe('mark commands', () => {
  it('are offered in an interview note only, and record today', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme, 'Groceries.md': 'milk' });
    const mark = app.commands.get('interview-follow-up:mark-thank-you');
    app.workspace.setActiveFile(app.vault.getFileByPath('Groceries.md'));
    expect(mark?.checkCallback?.(true)).toBe(false);
    app.workspace.setActiveFile(app.vault.getFileByPath('Jobs/Acme.md'));
    expect(mark?.checkCallback?.(true)).toBe(true);
    mark?.checkCallback?.(false);
    await settle();
    expect(fm(app, 'Jobs/Acme.md').thank_you_sent).toBe('2026-11-24');
    // One for each kind with a done marker: an offer's deadline is answered by the outcome instead.
    expect([...app.commands.keys()].filter((k) => k.includes(':mark-'))).toHaveLength(9);
  });
});

describe('snooze', () => {
  it('next Monday: writes snoozed_until and the follow-up waits until then', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'snooze');
    const menu = shownMenus.at(-1);
    expect(menu?.items.map((i) => i.title)).toEqual([
      'Tomorrow (Wednesday, November 25)',
      'Next Monday (Monday, November 30)',
      'In a week (Tuesday, December 1)',
      'Pick a date…',
    ]);
    menu?.choose('Next Monday (Monday, November 30)');
    await settle();
    expect(fm(app, 'Jobs/Acme.md').snoozed_until).toBe('2026-11-30');
    expect(groupRows(sidebar(), 'overdue')).toEqual([]);
    // It says it is snoozed, and until when: not like a follow-up that simply waits.
    expect(groupRows(sidebar(), 'waiting')[0]).toBe('Thank Ms. Pat Jones | Acme, Data Analyst | snoozed until Monday, November 30');
    expect(rowOf(sidebar(), 'waiting', 'Thank Ms. Pat Jones').classList.contains('ifu-snoozed')).toBe(true);
  });

  it('a date of your choice, refusing a day that is not after today', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'snooze');
    shownMenus.at(-1)?.choose('Pick a date…');
    const modal = openModals.at(-1);
    const input = modal?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
    const button = modal?.contentEl.querySelector<HTMLButtonElement>('button');
    if (!input || !button) throw new Error('no date picker');
    input.value = '2026-11-24';
    button.click();
    expect(modal?.contentEl.querySelector('.ifu-form-error')?.textContent).toBe('Choose a day after today.');
    input.value = '2026-12-03';
    button.click();
    await settle();
    expect(fm(app, 'Jobs/Acme.md').snoozed_until).toBe('2026-12-03');
  });
});

describe('drafts', () => {
  it('from the sidebar: appended to the note, with the person note\'s honorific, and the fill-ins counted', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'People/Sam Lee.md': samLee }, { data: { yourName: 'Alex Morgan' } });
    click(sidebar(), 'overdue', 'Thank Sam Lee', 'draft');
    await settle();
    const text = app.vault.text('Jobs/Acme.md');
    expect(text.startsWith(acme)).toBe(true);
    const draft = text.slice(acme.length);
    expect(draft).toContain('Dear Mr. Lee,');
    expect(draft).toContain('Data Analyst position at Acme');
    expect(draft).toContain('Alex Morgan');
    expect(draft).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|null|\{\{/);
    expect(app.workspace.opened).toEqual(['Jobs/Acme.md']);
    expect(shownNotices.at(-1)).toMatch(/Draft inserted: 1 fill-in in \[square brackets\]/);
  });

  it('from the command palette: at the cursor, after the frontmatter when the cursor is in it, as one undo step', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    const file = fileAt(app, 'Jobs/Acme.md');
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), file);
    view.editor.setCursor({ line: 2, ch: 3 });
    app.commands.get('interview-follow-up:insert-status-inquiry-draft')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(0);
    const text = view.editor.getValue();
    const fmEnd = acme.indexOf('---\n', 4) + 4;
    expect(text.slice(0, fmEnd)).toBe(acme.slice(0, fmEnd));
    expect(text.slice(fmEnd)).toMatch(/^### Status inquiry to Ms\. Pat Jones\n\nSubject: /);
    // The date they gave is named in words, and passed: no "by" that day.
    expect(text).toContain('Monday, November 23');
    expect(text).not.toContain('by Monday, November 23');
    expect(text.endsWith(BODY)).toBe(true);
    expect(view.editor.history).toHaveLength(1);
    view.editor.undo();
    expect(view.editor.getValue()).toBe(acme);
  });

  it('at the cursor in the body, for each interviewer', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, 'Jobs/Acme.md'));
    const lastLine = view.editor.lastLine();
    view.editor.setCursor({ line: lastLine, ch: 0 });
    app.commands.get('interview-follow-up:insert-thank-you-draft')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(0);
    const picker = openModals.at(-1);
    expect([...(picker?.contentEl.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['Ms. Pat Jones', 'Sam Lee', 'Everyone (2 drafts)']);
    [...(picker?.contentEl.querySelectorAll('button') ?? [])].at(-1)?.click();
    const added = view.editor.getValue().slice(acme.length);
    expect(added.match(/^### Thank-you email to /gm)).toHaveLength(2);
    expect(view.editor.history).toHaveLength(1);
  });

  it('into a note that is all frontmatter, with no final line break', async () => {
    const bare = '---\ntype: interview\ncompany: Acme\ndate: 2026-11-20\n---';
    const { app } = await startPlugin({ 'Jobs/Bare.md': bare });
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, 'Jobs/Bare.md'));
    view.editor.setCursor({ line: 1, ch: 0 });
    app.commands.get('interview-follow-up:insert-thank-you-draft')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(view.editor.getValue()).toMatch(/^---\ntype: interview\ncompany: Acme\ndate: 2026-11-20\n---\n### Thank-you email to Acme\n\nSubject: .*\n\nDear \[their name\],\n/);
  });

  it('uses the templates folder where it holds a template of that name', async () => {
    const template = 'Subject: Thanks from {{sender_name}}\n\nHi {{greeting_name}}, thanks for the {{position}} talk at {{company}}. {{company}}';
    const { app } = await startPlugin(
      { 'Jobs/Acme.md': acme, 'Templates/thank-you.md': template },
      { data: { templatesFolder: 'Templates', yourName: '{{company}}' } },
    );
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, 'Jobs/Acme.md'));
    view.editor.setCursor({ line: view.editor.lastLine(), ch: 0 });
    app.commands.get('interview-follow-up:insert-thank-you-draft')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(0);
    openModals.at(-1)?.contentEl.querySelector<HTMLButtonElement>('button')?.click();
    const added = view.editor.getValue().slice(acme.length);
    expect(added.match(/^### /gm)).toHaveLength(1);
    expect(added).toContain('Subject: Thanks from {{company}}');
    expect(added).toContain('Hi Ms. Jones, thanks for the Data Analyst talk at Acme. Acme');
  });

  it('"Insert next follow-up draft" drafts what is due first for the note', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme.replace('promised_date', 'thank_you_sent: 2026-11-20\npromised_date') });
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, 'Jobs/Acme.md'));
    view.editor.setCursor({ line: view.editor.lastLine(), ch: 0 });
    expect(app.commands.get('interview-follow-up:insert-next-draft')?.name).toBe('Insert next follow-up draft');
    app.commands.get('interview-follow-up:insert-next-draft')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(view.editor.getValue()).toContain('### Status inquiry to Ms. Pat Jones');
  });

  it('from the sidebar: under a "## Follow-up drafts" heading at the end, the next one after the first', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    click(sidebar(), 'overdue', 'Thank Ms. Pat Jones', 'draft');
    await settle();
    click(sidebar(), 'overdue', 'Thank Sam Lee', 'draft');
    await settle();
    const text = app.vault.text('Jobs/Acme.md');
    expect(text.startsWith(acme)).toBe(true);
    const section = text.slice(acme.length);
    expect(section.match(/^## Follow-up drafts$/gm)).toHaveLength(1);
    expect(section.indexOf('### Thank-you email to Ms. Pat Jones')).toBeLessThan(section.indexOf('### Thank-you email to Sam Lee'));
  });

  it('Copy puts the draft on the clipboard; Email opens a mailto: link when an address is known', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const openSpy = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'People/Sam Lee.md': samLee });
    rowOf(sidebar(), 'overdue', 'Thank Ms. Pat Jones').querySelector<HTMLButtonElement>('.ifu-more')?.click();
    expect(shownMenus.at(-1)?.items.map((i) => i.title)).toEqual(['Copy draft', 'Mark done', 'Snooze…', 'Open note']);
    shownMenus.at(-1)?.hide();
    click(sidebar(), 'overdue', 'Thank Sam Lee', 'copy');
    await settle();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Dear Mr. Lee,'));
    click(sidebar(), 'overdue', 'Thank Sam Lee', 'email');
    await settle();
    const link = String(openSpy.mock.calls.at(-1)?.[0]);
    expect(link).toMatch(/^mailto:sam%40acme\.example\?subject=.+&body=Dear%20Mr\.%20Lee%2C/);
    openSpy.mockRestore();
  });

  it('are not offered outside an interview note', async () => {
    const { app } = await startPlugin({ 'Groceries.md': 'milk' });
    openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, 'Groceries.md'));
    expect(app.commands.get('interview-follow-up:insert-thank-you-draft')?.checkCallback?.(true)).toBe(false);
  });
});

describe('writing safely', () => {
  it('saves what is typed in the editor before recording, so no edit is lost', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    const file = fileAt(app, 'Jobs/Acme.md');
    const view = openInEditor(app, () => new WorkspaceLeaf(app, 'main'), file);
    view.editor.replaceRange('Typed just now.\n', { line: view.editor.lastLine(), ch: 0 });
    app.commands.get('interview-follow-up:mark-thank-you')?.checkCallback?.(false);
    await settle();
    const text = app.vault.text('Jobs/Acme.md');
    expect(text).toContain('thank_you_sent: 2026-11-24');
    expect(text.endsWith('Typed just now.\n')).toBe(true);
  });

  it('offers a mark command only for the follow-ups the note has', async () => {
    const { app } = await startPlugin({ 'Jobs/Acme.md': acme });
    app.workspace.setActiveFile(app.vault.getFileByPath('Jobs/Acme.md'));
    const offered = (kind: string) => app.commands.get(`interview-follow-up:mark-${kind}`)?.checkCallback?.(true);
    expect(offered('thank-you')).toBe(true);
    expect(offered('status-inquiry')).toBe(true);
    expect(offered('rejection-reply')).toBe(false);
    expect(offered('written-offer')).toBe(false);
  });

  it('the sidebar follows a mark as soon as Obsidian has re-read the note, and a row acts once at a time', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    const row = [...sidebar().querySelectorAll('[data-group="overdue"] .ifu-row')][0] as HTMLElement;
    row.querySelector<HTMLButtonElement>('.ifu-more')?.click();
    shownMenus.at(-1)?.choose('Mark done');
    const buttons = [...row.querySelectorAll<HTMLButtonElement>('button.ifu-action')];
    expect(buttons.map((b) => b.className)).toEqual(['ifu-action ifu-primary ifu-action-draft', 'ifu-action ifu-more clickable-icon']);
    expect(buttons.every((b) => b.disabled)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    // Both interviewers' thank-yous are done, without waiting for the edit debounce.
    expect(groupRows(sidebar(), 'overdue')).toEqual([]);
  });
});
