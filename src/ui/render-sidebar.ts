import { setIcon } from 'obsidian';
import { addLongPress } from './long-press';
import { renderProblems } from './render-problems';
import { showRowMenu, type MenuAnchor } from './row-menu';

export { LONG_PRESS_MS } from './long-press';
import type { RowAction, SidebarHandlers } from './sidebar-handlers';
import type { FollowUpGroup, FollowUpRow, InterviewRow, SidebarModel, SidebarRow } from './sidebar-model';

export type { RowAction, SidebarHandlers } from './sidebar-handlers';

interface RenderedRow {
  el: HTMLElement;
  signature: string;
}

interface Section {
  el: HTMLElement;
  heading: HTMLElement;
  subtitle: HTMLElement | null;
  intro: HTMLElement;
  list: HTMLElement;
}

interface SidebarDom {
  header: HTMLElement;
  counts: HTMLElement;
  grouping: HTMLButtonElement | null;
  groups: HTMLElement;
  sections: Map<string, Section>;
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
  const tools = header.createDiv({ cls: 'ifu-header-tools' });
  const counts = header.createDiv({ cls: 'ifu-counts', attr: { 'aria-live': 'polite' } });
  const dom: SidebarDom = {
    header,
    counts,
    grouping: null,
    groups: container.createDiv({ cls: 'ifu-groups' }),
    sections: new Map(),
    rows: new Map(),
    problems: container.createDiv({ cls: 'ifu-problems' }),
    empty: container.createDiv({ cls: 'ifu-empty' }),
    footer: container.createDiv({ cls: 'ifu-footer' }),
    handlers,
  };
  if (handlers.toggleGrouping !== undefined) {
    const button = (dom.grouping = tools.createEl('button', { text: 'Group by application', cls: 'ifu-grouping', attr: { 'aria-pressed': 'false' } }));
    button.addEventListener('click', () => dom.handlers.toggleGrouping?.());
  }
  if (handlers.newInterviewNote !== undefined) {
    const button = tools.createEl('button', { text: 'New interview note', cls: 'ifu-new-note' });
    button.addEventListener('click', () => dom.handlers.newInterviewNote?.());
  }
  rendered.set(container, dom);
  return dom;
}

function signatureOf(row: SidebarRow): string {
  const common = [row.type, row.title, row.context, row.when, row.dueInWords];
  if (row.type === 'interview') return common.join('\u0000');
  return [...common, row.state, row.email ?? '', row.primary ?? ''].join('\u0000');
}

/** Where a menu opened from an element goes: under it. */
function anchorOf(el: HTMLElement): MenuAnchor {
  const box = el.getBoundingClientRect();
  return { x: box.left, y: box.bottom };
}

/** A row's text: what to do, for which application, and when; one line each, cut with an ellipsis, the whole in its title. */
function renderOpen(dom: SidebarDom, li: HTMLElement, row: SidebarRow): HTMLButtonElement {
  const full = [row.title, row.context, row.when].filter((t) => t !== '').join(' · ');
  const open = li.createEl('button', { cls: 'ifu-open', attr: { title: `${full}\n${row.dueInWords}. Open ${row.notePath}` } });
  open.createSpan({ cls: 'ifu-row-title', text: row.title });
  if (row.context !== '') open.createSpan({ cls: 'ifu-row-context', text: row.context });
  open.createSpan({ cls: 'ifu-row-when', text: row.when });
  open.addEventListener('click', () => dom.handlers.openNote(row.notePath));
  return open;
}

function renderInterviewRow(dom: SidebarDom, row: InterviewRow): HTMLElement {
  const li = createEl('li', { cls: ['ifu-row', 'ifu-upcoming'] });
  li.dataset.key = row.key;
  renderOpen(dom, li, row);
  return li;
}

function renderRow(dom: SidebarDom, row: FollowUpRow): HTMLElement {
  const li = createEl('li', { cls: ['ifu-row', `ifu-${row.state}`] });
  li.dataset.key = row.key;
  li.dataset.kind = row.kind;
  if (row.snoozedUntil !== null) li.addClass('ifu-snoozed');
  renderOpen(dom, li, row);
  const offered = (dom.handlers.rowActions ?? []).filter((a) => a.offers(row));
  const primary = offered.find((a) => a.id === row.primary) ?? null;
  const inMenu = offered.filter((a) => a !== primary);
  const buttons: HTMLButtonElement[] = [];
  // One action at a time on a row: a second click cannot draft or record twice.
  const run = (action: RowAction, at: MenuAnchor) => {
    for (const b of buttons) b.disabled = true;
    void Promise.resolve(dom.handlers.onRowAction?.(action.id, row, at)).finally(() => {
      for (const b of buttons) b.disabled = false;
    });
  };
  if (primary !== null) {
    const b = li.createEl('button', { text: primary.label, cls: ['ifu-action', 'ifu-primary', `ifu-action-${primary.id}`], attr: { 'aria-label': primary.describe(row) } });
    b.addEventListener('click', () => run(primary, anchorOf(b)));
    buttons.push(b);
  }
  const more = li.createEl('button', { cls: ['ifu-action', 'ifu-more', 'clickable-icon'], attr: { 'aria-label': `More actions: ${row.title}`, 'aria-haspopup': 'menu' } });
  setIcon(more, 'more-horizontal');
  buttons.push(more);
  let shown = false;
  /** After a long press, the context menu event a phone also sends opens no second menu. */
  let pressedAt = -Infinity;
  const openMenu = (at: MenuAnchor) => {
    if (shown) return;
    shown = true;
    more.setAttr('aria-expanded', 'true');
    showRowMenu(
      at,
      [
        ...inMenu.map((action) => ({ title: action.label, icon: action.icon, run: () => run(action, at) })),
        { title: 'Open note', icon: 'file-text', run: () => dom.handlers.openNote(row.notePath) },
      ],
      () => {
        shown = false;
        more.setAttr('aria-expanded', 'false');
      },
    );
  };
  more.addEventListener('click', (event) => {
    event.stopPropagation();
    openMenu(anchorOf(more));
  });
  li.addEventListener('contextmenu', (event) => {
    event.preventDefault();
    if (Date.now() - pressedAt < 1000) return;
    // From the keyboard (the ContextMenu key), the event has no position: the menu goes under the focused button.
    const target = event.target instanceof HTMLElement ? event.target : more;
    openMenu(event.clientX === 0 && event.clientY === 0 ? anchorOf(target) : { x: event.clientX, y: event.clientY });
  });
  li.addEventListener('keydown', (event) => {
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openMenu(anchorOf(event.target instanceof HTMLElement ? event.target : more));
    }
  });
  addLongPress(li, (at) => {
    pressedAt = Date.now();
    openMenu(at);
  });
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

function makeSection(group: FollowUpGroup): Section {
  if (group.collapsible) {
    const el = createEl('details', { cls: ['ifu-group', `ifu-group-${group.kind}`], attr: { open: true } });
    el.dataset.group = group.kind;
    const summary = el.createEl('summary', { cls: 'ifu-group-summary' });
    const heading = summary.createSpan({ cls: 'ifu-group-title' });
    const subtitle = summary.createSpan({ cls: 'ifu-group-subtitle' });
    const intro = el.createEl('p', { cls: ['ifu-group-intro', 'ifu-hidden'] });
    const list = el.createEl('ul', { cls: 'ifu-list' });
    return { el, heading, subtitle, intro, list };
  }
  const el = createDiv({ cls: ['ifu-group', `ifu-group-${group.kind}`] });
  el.dataset.group = group.kind;
  const heading = el.createEl('h5', { cls: 'ifu-group-title' });
  const intro = el.createEl('p', { cls: 'ifu-group-intro' });
  const list = el.createEl('ul', { cls: 'ifu-list' });
  return { el, heading, subtitle: null, intro, list };
}

function renderGroups(dom: SidebarDom, groups: readonly FollowUpGroup[]): void {
  const seenRows = new Set<string>();
  const sections: HTMLElement[] = [];
  for (const group of groups) {
    let section = dom.sections.get(group.id);
    if (section === undefined) {
      section = makeSection(group);
      dom.sections.set(group.id, section);
    }
    const heading = `${group.title} (${group.rows.length})`;
    if (section.heading.getText() !== heading) section.heading.setText(heading);
    if (section.subtitle !== null) {
      section.subtitle.setText(group.subtitleShort ?? group.subtitle ?? '');
      section.subtitle.setAttr('title', group.subtitle);
    }
    if (group.collapsible) section.el.setAttr('aria-label', [group.title, group.subtitle].filter((t) => t !== null).join(', '));
    renderIntro(section.intro, group);
    const items: HTMLElement[] = [];
    for (const row of group.rows) {
      const key = row.key;
      seenRows.add(key);
      const signature = signatureOf(row);
      let r = dom.rows.get(key);
      if (r === undefined || r.signature !== signature) {
        r = { el: row.type === 'interview' ? renderInterviewRow(dom, row) : renderRow(dom, row), signature };
        dom.rows.set(key, r);
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
  dom.grouping?.setAttr('aria-pressed', String(model.grouping === 'application'));
  renderGroups(dom, model.groups);
  renderProblems(dom.problems, model.problems, dom.handlers);
  renderEmpty(dom, model);
  renderFooter(dom, model);
}
