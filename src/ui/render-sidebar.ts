import type { FollowUpGroup, FollowUpRow, ProblemRow, SidebarModel } from './sidebar-model';

/** A button on a follow-up row. */
export interface RowAction {
  id: string;
  /** The button's text. */
  label: string;
  /** Its accessible name, naming the follow-up. */
  describe(row: FollowUpRow): string;
  /** Whether the row offers it. */
  offers(row: FollowUpRow): boolean;
}

export interface SidebarHandlers {
  /** Opens a note, at a line (1 for the first) where one is given. */
  openNote(path: string, line?: number): void;
  toggleDone(): void;
  rowActions?: readonly RowAction[];
  /** A row's buttons stay disabled until the promise it returns settles. */
  onRowAction?(action: string, row: FollowUpRow, event: MouseEvent): void | Promise<unknown>;
  newInterviewNote?(): void;
}

interface RenderedRow {
  el: HTMLElement;
  signature: string;
}

interface SidebarDom {
  header: HTMLElement;
  counts: HTMLElement;
  groups: HTMLElement;
  sections: Map<string, { el: HTMLElement; heading: HTMLElement; intro: HTMLElement; list: HTMLElement }>;
  rows: Map<string, RenderedRow>;
  problems: HTMLElement;
  empty: HTMLElement;
  footer: HTMLElement;
  handlers: SidebarHandlers;
}

const rendered = new WeakMap<HTMLElement, SidebarDom>();

const EXAMPLE_NOTE = ['---', 'type: interview', 'company: Acme', 'position: Data Analyst', 'date: 2026-11-20', 'interviewer: Ms. Pat Jones', 'promised_date: 2026-11-27', '---'].join('\n');

function setup(container: HTMLElement, handlers: SidebarHandlers): SidebarDom {
  container.empty();
  container.addClass('interview-follow-up-sidebar');
  const header = container.createDiv({ cls: 'ifu-header' });
  header.createEl('h4', { text: 'Follow-ups', cls: 'ifu-title' });
  const counts = header.createDiv({ cls: 'ifu-counts', attr: { 'aria-live': 'polite' } });
  const dom: SidebarDom = {
    header,
    counts,
    groups: container.createDiv({ cls: 'ifu-groups' }),
    sections: new Map(),
    rows: new Map(),
    problems: container.createDiv({ cls: 'ifu-problems' }),
    empty: container.createDiv({ cls: 'ifu-empty' }),
    footer: container.createDiv({ cls: 'ifu-footer' }),
    handlers,
  };
  if (handlers.newInterviewNote !== undefined) {
    const button = header.createEl('button', { text: 'New interview note', cls: 'ifu-new-note' });
    button.addEventListener('click', () => dom.handlers.newInterviewNote?.());
  }
  rendered.set(container, dom);
  return dom;
}

function signatureOf(row: FollowUpRow): string {
  return [row.title, row.context, row.when, row.state, row.dueInWords, row.email ?? ''].join('\u0000');
}

function renderRow(dom: SidebarDom, row: FollowUpRow): HTMLElement {
  const li = createEl('li', { cls: ['ifu-row', `ifu-${row.state}`] });
  li.dataset.key = row.key;
  li.dataset.kind = row.kind;
  const open = li.createEl('button', { cls: 'ifu-open', attr: { title: `${row.dueInWords}. Open ${row.notePath}` } });
  open.createSpan({ cls: 'ifu-row-title', text: row.title });
  if (row.context !== '') open.createSpan({ cls: 'ifu-row-context', text: row.context });
  open.createSpan({ cls: 'ifu-row-when', text: row.when });
  open.addEventListener('click', () => dom.handlers.openNote(row.notePath));
  const actions = (dom.handlers.rowActions ?? []).filter((a) => a.offers(row));
  if (actions.length > 0) {
    const bar = li.createDiv({ cls: 'ifu-row-actions' });
    const buttons = actions.map((action) => {
      const b = bar.createEl('button', { text: action.label, cls: ['ifu-action', `ifu-action-${action.id}`], attr: { 'aria-label': action.describe(row) } });
      b.addEventListener('click', (event) => {
        // One action at a time on a row: a second click cannot draft or record twice.
        for (const other of buttons) other.disabled = true;
        void Promise.resolve(dom.handlers.onRowAction?.(action.id, row, event)).finally(() => {
          for (const other of buttons) other.disabled = false;
        });
      });
      return b;
    });
  }
  return li;
}

/** The line under a group's title: what it is for and how far along it is; hidden when there is none. */
function renderIntro(el: HTMLElement, group: FollowUpGroup): void {
  const text = group.intro ?? '';
  const progress = group.progress ?? '';
  const signature = `${text}\u0000${progress}`;
  if (el.dataset.signature === signature) return;
  el.dataset.signature = signature;
  el.empty();
  el.toggleClass('ifu-hidden', text === '' && progress === '');
  if (text !== '') el.createSpan({ cls: 'ifu-group-intro-text', text });
  if (progress !== '') el.createSpan({ cls: 'ifu-group-progress', text: progress });
}

/** Puts `children` into `parent` in this order, moving only what is out of place. */
function arrange(parent: HTMLElement, children: readonly HTMLElement[]): void {
  children.forEach((child, i) => {
    const at = parent.children[i];
    if (at !== child) parent.insertBefore(child, at ?? null);
  });
  while (parent.children.length > children.length) parent.lastElementChild?.remove();
}

function renderGroups(dom: SidebarDom, groups: readonly FollowUpGroup[]): void {
  const seenRows = new Set<string>();
  const sections: HTMLElement[] = [];
  for (const group of groups) {
    let section = dom.sections.get(group.id);
    if (section === undefined) {
      const el = createDiv({ cls: ['ifu-group', `ifu-group-${group.id}`] });
      el.dataset.group = group.id;
      const heading = el.createEl('h5', { cls: 'ifu-group-title' });
      const intro = el.createEl('p', { cls: 'ifu-group-intro' });
      const list = el.createEl('ul', { cls: 'ifu-list' });
      section = { el, heading, intro, list };
      dom.sections.set(group.id, section);
    }
    section.heading.setText(`${group.title} (${group.rows.length})`);
    renderIntro(section.intro, group);
    const items: HTMLElement[] = [];
    for (const row of group.rows) {
      seenRows.add(row.key);
      const signature = signatureOf(row);
      let r = dom.rows.get(row.key);
      if (r === undefined || r.signature !== signature) {
        r = { el: renderRow(dom, row), signature };
        dom.rows.set(row.key, r);
      }
      items.push(r.el);
    }
    arrange(section.list, items);
    sections.push(section.el);
  }
  for (const key of [...dom.rows.keys()]) if (!seenRows.has(key)) dom.rows.delete(key);
  for (const id of [...dom.sections.keys()]) if (!groups.some((g) => g.id === id)) dom.sections.delete(id);
  arrange(dom.groups, sections);
}

function renderProblems(dom: SidebarDom, problems: readonly ProblemRow[]): void {
  dom.problems.empty();
  if (problems.length === 0) return;
  dom.problems.createEl('h5', { cls: 'ifu-group-title', text: `Needs attention (${problems.length})` });
  const list = dom.problems.createEl('ul', { cls: 'ifu-list' });
  for (const p of problems) {
    const li = list.createEl('li', { cls: ['ifu-row', 'ifu-problem'] });
    const where = p.line === null ? p.notePath : `${p.notePath}, line ${p.line}`;
    const open = li.createEl('button', { cls: 'ifu-open', attr: { title: `Open ${where}`, 'aria-label': `Open ${where}: ${p.message}` } });
    open.createSpan({ cls: 'ifu-row-title', text: p.notePath });
    if (p.line !== null) open.createSpan({ cls: 'ifu-problem-line', text: `line ${p.line}` });
    open.createSpan({ cls: 'ifu-row-context', text: p.message });
    const line = p.line;
    open.addEventListener('click', () => (line === null ? dom.handlers.openNote(p.notePath) : dom.handlers.openNote(p.notePath, line)));
  }
}

function renderEmpty(dom: SidebarDom, model: SidebarModel): void {
  dom.empty.empty();
  if (!model.empty) return;
  dom.empty.createEl('p', { text: 'No interview notes yet. Write one note per interview, with properties like these:' });
  dom.empty.createEl('pre', { cls: 'ifu-example', text: EXAMPLE_NOTE });
  dom.empty.createEl('p', { text: 'Its thank-you notes, the status inquiry and the rest appear here as they fall due.' });
}

function countsText(model: SidebarModel): string {
  // Counted by state, wherever the rows are shown (the wrap-up group holds some of each).
  const c = model.counts;
  const parts = [`${c.overdue} overdue`, `${c.dueToday} due today`, `${c.dueSoon} due soon`, `${c.waiting} waiting`];
  return `${model.todayInWords}: ${parts.join(' · ')}`;
}

function renderFooter(dom: SidebarDom, model: SidebarModel): void {
  let toggle = dom.footer.querySelector<HTMLButtonElement>('.ifu-toggle-done');
  if (model.doneCount === 0) {
    toggle?.remove();
    return;
  }
  if (toggle === null) {
    // Kept from one update to the next, so keyboard focus stays on it.
    toggle = dom.footer.createEl('button', { cls: 'ifu-toggle-done' });
    toggle.addEventListener('click', () => dom.handlers.toggleDone());
  }
  toggle.setText(model.showDone ? 'Hide done' : `Show done (${model.doneCount})`);
  toggle.setAttr('aria-pressed', String(model.showDone));
}

/**
 * Draws the sidebar into `container`, as plain DOM with text only. Called
 * again with a new model, it keeps every row whose content did not change.
 */
export function renderSidebar(container: HTMLElement, model: SidebarModel, handlers: SidebarHandlers): void {
  const dom = rendered.get(container) ?? setup(container, handlers);
  dom.handlers = handlers;
  const counts = countsText(model);
  if (dom.counts.getText() !== counts) dom.counts.setText(counts);
  renderGroups(dom, model.groups);
  renderProblems(dom, model.problems);
  renderEmpty(dom, model);
  renderFooter(dom, model);
}
