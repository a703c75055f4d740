// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../src/engine/agenda';
import type { FollowUp } from '../../src/engine/follow-ups';
import { ROW_ACTIONS } from '../../src/obsidian/follow-up-actions';
import { savedGrouping } from '../../src/ui/follow-up-view';
import { LONG_PRESS_MS, renderSidebar, type SidebarHandlers } from '../../src/ui/render-sidebar';
import { sidebarModel } from '../../src/ui/sidebar-model';
import { shownMenus } from '../stubs/obsidian';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';
import { groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
  for (const m of shownMenus) m.hide();
});

const today = '2026-11-24';
const acme = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst' });
const offer = interviewNote('Jobs/Fabrikam.md', { company: 'Fabrikam', position: 'Product Analyst', status: 'offer', decisionDate: d('2026-11-20'), offerDeadline: d('2026-11-27') });
const thankPat = followUp({ kind: 'thank-you', note: acme, person: person('Pat Jones'), from: '2026-11-20', due: '2026-11-21', today });
const answerOffer = followUp({ kind: 'offer-deadline', note: offer, from: '2026-11-20', due: '2026-11-27', today });
const inquiry = followUp({ kind: 'status-inquiry', note: acme, from: '2026-11-30', due: '2026-12-02', today });
const thankedPat = followUp({ kind: 'thank-you', note: acme, person: person('Sam Lee'), from: '2026-11-20', due: '2026-11-21', today, done: '2026-11-20' });

interface Drawn {
  el: HTMLElement;
  actions: string[];
  opened: string[];
}

/** The sidebar for these follow-ups, with the plugin's row actions, recording what is done with them. */
function draw(followUps: FollowUp[], emails: Record<string, string> = {}): Drawn {
  const el = document.body.createDiv();
  const drawn: Drawn = { el, actions: [], opened: [] };
  const handlers: SidebarHandlers = {
    openNote: (path) => drawn.opened.push(path),
    toggleDone: () => undefined,
    rowActions: ROW_ACTIONS,
    onRowAction: (action, row) => {
      drawn.actions.push(`${action}: ${row.title}`);
    },
  };
  const agenda: Agenda = { today: d(today), followUps, problems: [] };
  renderSidebar(el, sidebarModel(agenda, true, (f) => emails[f.person?.name ?? ''] ?? null), handlers);
  return drawn;
}

function row(el: HTMLElement, title: string): HTMLElement {
  const found = [...el.querySelectorAll<HTMLElement>('.ifu-row')].find((r) => r.querySelector('.ifu-row-title')?.textContent === title);
  if (found === undefined) throw new Error(`no row '${title}'`);
  return found;
}

/** The titles of the menu a row's "more" button opens. */
function menuOf(el: HTMLElement, title: string): string[] {
  row(el, title).querySelector<HTMLButtonElement>('.ifu-more')?.click();
  const menu = shownMenus.at(-1);
  const titles = menu?.shown === true ? menu.items.map((i) => i.title) : [];
  menu?.hide();
  return titles;
}

/** Each button of a row by its accessible name; the row's own button (which opens the note) is named by its text. */
const buttons = (r: HTMLElement) => [...r.querySelectorAll('button')].map((b) => (b.classList.contains('ifu-open') ? 'open the note' : b.getAttribute('aria-label')));

describe('a calm row', () => {
  it('says what to do, for which application and when, with one action and a menu named after the follow-up', () => {
    const { el } = draw([thankPat]);
    const r = row(el, 'Thank Pat Jones');
    expect(groupRows(el, 'overdue')).toEqual(['Thank Pat Jones | Acme, Data Analyst | 3 days overdue']);
    expect(buttons(r)).toEqual(['open the note', 'Draft: Thank Pat Jones', 'More actions: Thank Pat Jones']);
    expect(r.querySelector('.ifu-primary')?.textContent).toBe('Draft');
    expect(r.querySelector('.ifu-more')?.getAttribute('aria-haspopup')).toBe('menu');
    // The whole text stays at hand where the row cuts it short.
    expect(r.querySelector('.ifu-open')?.getAttribute('title')).toBe('Thank Pat Jones · Acme, Data Analyst · 3 days overdue\nDue Saturday, November 21. Open Jobs/Acme.md');
  });

  it('an offer to answer: Draft asks for more time, and nothing marks it done', () => {
    const { el, actions } = draw([answerOffer]);
    const r = row(el, "Answer Fabrikam's offer by Friday, November 27");
    expect(buttons(r).slice(1)).toEqual(["Draft: Answer Fabrikam's offer by Friday, November 27", "More actions: Answer Fabrikam's offer by Friday, November 27"]);
    expect(menuOf(el, "Answer Fabrikam's offer by Friday, November 27")).toEqual(['Copy draft', 'Open note']);
    r.querySelector<HTMLButtonElement>('.ifu-primary')?.click();
    expect(actions).toEqual(["draft: Answer Fabrikam's offer by Friday, November 27"]);
  });

  it('the menu offers Copy, Email where an address is known, Mark done, Snooze and Open note', () => {
    const { el } = draw([thankPat, inquiry, thankedPat], { 'Pat Jones': 'pat@acme.example' });
    expect(menuOf(el, 'Thank Pat Jones')).toEqual(['Copy draft', 'Email draft', 'Mark done', 'Snooze…', 'Open note']);
    expect(menuOf(el, 'Ask Acme where the Data Analyst decision stands')).toEqual(['Copy draft', 'Mark done', 'Snooze…', 'Open note']);
    // Done: nothing to act on, only the note to open.
    expect(menuOf(el, 'Thank Sam Lee')).toEqual(['Open note']);
    expect(buttons(row(el, 'Thank Sam Lee'))).toEqual(['open the note', 'More actions: Thank Sam Lee']);
  });

  it('a menu item acts on its follow-up, and Open note opens its note', () => {
    const { el, actions, opened } = draw([thankPat]);
    row(el, 'Thank Pat Jones').querySelector<HTMLButtonElement>('.ifu-more')?.click();
    shownMenus.at(-1)?.choose('Mark done');
    row(el, 'Thank Pat Jones').querySelector<HTMLButtonElement>('.ifu-more')?.click();
    shownMenus.at(-1)?.choose('Open note');
    expect(actions).toEqual(['done: Thank Pat Jones']);
    expect(opened).toEqual(['Jobs/Acme.md']);
  });

  it('the same menu on right-click, at the pointer, and from the keyboard (Shift+F10, the context menu key)', () => {
    const { el } = draw([thankPat]);
    const r = row(el, 'Thank Pat Jones');
    const before = shownMenus.length;
    const right = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 40, clientY: 60 });
    r.querySelector('.ifu-row-title')?.dispatchEvent(right);
    expect(right.defaultPrevented).toBe(true);
    expect(shownMenus.length).toBe(before + 1);
    expect(shownMenus.at(-1)?.dom?.style.left).toBe('40px');
    expect(shownMenus.at(-1)?.items.map((i) => i.title)).toEqual(['Copy draft', 'Mark done', 'Snooze…', 'Open note']);
    shownMenus.at(-1)?.hide();
    r.querySelector('.ifu-open')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true, cancelable: true }));
    expect(shownMenus.length).toBe(before + 2);
    shownMenus.at(-1)?.hide();
    r.querySelector('.ifu-primary')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true, cancelable: true }));
    expect(shownMenus.length).toBe(before + 3);
    // F10 alone is no menu key.
    shownMenus.at(-1)?.hide();
    r.querySelector('.ifu-open')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', bubbles: true }));
    expect(shownMenus.length).toBe(before + 3);
  });

  it('on a long press (touch) the menu opens, and the finger lifting opens no note; a tap or a scroll opens no menu', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { el, opened } = draw([thankPat]);
    const open = row(el, 'Thank Pat Jones').querySelector<HTMLButtonElement>('.ifu-open');
    if (open === null) throw new Error('no row button');
    const touch = (type: string, x = 10, y = 10) => open.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch', clientX: x, clientY: y }));
    const before = shownMenus.length;
    // A tap: the note opens, no menu.
    touch('pointerdown');
    vi.advanceTimersByTime(100);
    touch('pointerup');
    open.click();
    expect(opened).toEqual(['Jobs/Acme.md']);
    // A scroll: no menu.
    touch('pointerdown');
    touch('pointermove', 10, 40);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(shownMenus.length).toBe(before);
    // A long press: the menu, and the click that follows opens nothing.
    touch('pointerdown');
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(shownMenus.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(shownMenus.length).toBe(before + 1);
    expect(shownMenus.at(-1)?.items.map((i) => i.title)).toContain('Snooze…');
    touch('pointerup');
    open.click();
    expect(opened).toEqual(['Jobs/Acme.md']);
    // The context menu event a phone also sends after a long press opens no second menu, even once the first is closed.
    open.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 10, clientY: 10 }));
    shownMenus.at(-1)?.hide();
    open.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 10, clientY: 10 }));
    expect(shownMenus.length).toBe(before + 1);
  });
});

const acmeNote = note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: '["Ms. Pat Jones", "Sam Lee"]', promised_date: '2026-11-27' });
const betaNote = note({ type: 'interview', company: 'Beta', position: 'Engineer', date: '2026-11-23', interviewer: 'Dana Kim' });
const acmeNext = note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-27T14:30', interviewer: 'Lee Chen' });
const globexSoon = note({ type: 'interview', company: 'Globex', position: 'Designer', date: '2026-11-25' });

const headings = (el: HTMLElement) => [...el.querySelectorAll('.ifu-group-title')].map((h) => h.textContent);
const toggle = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.ifu-grouping');

describe('group by application', () => {
  it('is a toggle in the header; each application a block with its latest round, its follow-ups in agenda order', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acmeNote, 'Jobs/Beta.md': betaNote });
    expect(toggle(sidebar())?.textContent).toBe('Group by application');
    expect(toggle(sidebar())?.getAttribute('aria-pressed')).toBe('false');
    expect(headings(sidebar())).toEqual(['Overdue (2)', 'Due today (1)', 'Waiting (2)']);
    toggle(sidebar())?.click();
    expect(toggle(sidebar())?.getAttribute('aria-pressed')).toBe('true');
    const blocks = [...sidebar().querySelectorAll<HTMLDetailsElement>('details[data-group="application"]')];
    const subtitle = (b: Element | undefined) => b?.querySelector('.ifu-group-subtitle');
    expect(blocks.map((b) => [b.querySelector('.ifu-group-title')?.textContent, subtitle(b)?.textContent, subtitle(b)?.getAttribute('title'), b.open])).toEqual([
      ['Acme, Data Analyst (3)', 'last round Fri, Nov 20', 'last round Friday, November 20', true],
      ['Beta, Engineer (2)', 'last round Mon, Nov 23', 'last round Monday, November 23', true],
    ]);
    expect(blocks[0]?.getAttribute('aria-label')).toBe('Acme, Data Analyst, last round Friday, November 20');
    expect([...(blocks[0]?.querySelectorAll('.ifu-row-title') ?? [])].map((t) => t.textContent)).toEqual([
      'Thank Ms. Pat Jones',
      'Thank Sam Lee',
      'Ask Acme where the Data Analyst decision stands',
    ]);
    expect([...(blocks[1]?.querySelectorAll('.ifu-row .ifu-row-when') ?? [])].map((t) => t.textContent)).toEqual(['due today', 'from Monday, November 30']);
    // A block folds away.
    blocks[0]?.querySelector('summary')?.click();
    expect(blocks[0]?.open).toBe(false);
    // Remembered on this device only, not in data.json.
    expect(app.localStorage.get('interview-follow-up-grouping')).toBe('"application"');
    expect(JSON.stringify(app.pluginData.get('interview-follow-up') ?? {})).not.toContain('application');
    // By date again.
    toggle(sidebar())?.click();
    expect(headings(sidebar())).toEqual(['Overdue (2)', 'Due today (1)', 'Waiting (2)']);
    expect(app.localStorage.get('interview-follow-up-grouping')).toBe('"date"');
  });

  it('is remembered across a restart on the same device, and by date is the default on another', async () => {
    const device = new Map<string, string>();
    const first = await startPlugin({ 'Jobs/Acme.md': acmeNote }, { localStorage: device });
    toggle(first.sidebar())?.click();
    const data = first.app.pluginData.get('interview-follow-up');
    first.plugin.unload();
    vi.useRealTimers();
    const again = await startPlugin({ 'Jobs/Acme.md': acmeNote }, { localStorage: device, data });
    expect(toggle(again.sidebar())?.getAttribute('aria-pressed')).toBe('true');
    expect(headings(again.sidebar())).toEqual(['Acme, Data Analyst (3)']);
    again.plugin.unload();
    vi.useRealTimers();
    const other = await startPlugin({ 'Jobs/Acme.md': acmeNote }, { data });
    expect(toggle(other.sidebar())?.getAttribute('aria-pressed')).toBe('false');
    expect(headings(other.sidebar())).toEqual(['Overdue (2)', 'Waiting (1)']);
  });
});

describe('coming up', () => {
  it('interviews after today are a group of their own, soonest first, with the days left', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Acme.md': acmeNote, 'Jobs/Acme 2.md': acmeNext, 'Jobs/Globex.md': globexSoon });
    expect(headings(sidebar())).toEqual(['Overdue (2)', 'Coming up (2)']);
    expect(groupRows(sidebar(), 'coming-up')).toEqual(['Interview at Globex | Globex, Designer | tomorrow', 'Interview at Acme | Acme, Data Analyst | in 3 days']);
    const acmeRow = [...sidebar().querySelectorAll<HTMLElement>('[data-group="coming-up"] .ifu-row')][1];
    expect(acmeRow?.querySelector('.ifu-open')?.getAttribute('title')).toContain('Friday, November 27 at 14:30. Open Jobs/Acme 2.md');
    // Grouped by application, they stay a group of their own, and the application says its next round.
    toggle(sidebar())?.click();
    expect(headings(sidebar())).toEqual(['Coming up (2)', 'Acme, Data Analyst (2)']);
    expect(sidebar().querySelector('details[data-group="application"] .ifu-group-subtitle')?.getAttribute('title')).toBe('next round Friday, November 27');
  });

  it('a note that is not yet an interview on its day moves out of the group the day it comes', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Globex.md': globexSoon }, { now: new Date(2026, 10, 24, 23, 59, 30) });
    expect(groupRows(sidebar(), 'coming-up')).toEqual(['Interview at Globex | Globex, Designer | tomorrow']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(groupRows(sidebar(), 'coming-up')).toEqual([]);
    expect(groupRows(sidebar(), 'due-soon')).toEqual(['Send a thank-you note | Globex, Designer | due tomorrow']);
  });
});

describe('a snoozed follow-up', () => {
  it('says until when, where one that simply waits says from when', () => {
    const snoozedNote = { ...acme, snoozedUntil: d('2026-12-07') };
    const snoozed = followUp({ kind: 'thank-you', note: snoozedNote, person: person('Pat Jones'), from: '2026-12-07', due: '2026-12-07', today });
    const { el } = draw([inquiry, snoozed]);
    expect(groupRows(el, 'waiting')).toEqual([
      'Ask Acme where the Data Analyst decision stands | Acme, Data Analyst | from Monday, November 30',
      'Thank Pat Jones | Acme, Data Analyst | snoozed until Monday, December 7',
    ]);
    expect(row(el, 'Thank Pat Jones').classList.contains('ifu-snoozed')).toBe(true);
    expect(row(el, 'Ask Acme where the Data Analyst decision stands').classList.contains('ifu-snoozed')).toBe(false);
  });
});

describe('on an Obsidian without loadLocalStorage (before 1.8.7)', () => {
  it('the grouping is still remembered on the device, in the window\'s storage under the vault\'s name', async () => {
    window.localStorage.clear();
    const first = await startPlugin({ 'Jobs/Acme.md': acmeNote });
    const app = first.app as unknown as Record<string, unknown>;
    delete app.loadLocalStorage;
    delete app.saveLocalStorage;
    toggle(first.sidebar())?.click();
    expect(toggle(first.sidebar())?.getAttribute('aria-pressed')).toBe('true');
    expect(first.app.localStorage.has('interview-follow-up-grouping')).toBe(false);
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('interview-follow-up-grouping:'))).toHaveLength(1);
    first.plugin.unload();
    vi.useRealTimers();
    const again = await startPlugin({ 'Jobs/Acme.md': acmeNote });
    const app2 = again.app as unknown as Record<string, unknown>;
    delete app2.loadLocalStorage;
    // What the sidebar reads when it opens at the next start-up.
    expect(savedGrouping(again.app as never)).toBe('application');
    window.localStorage.clear();
  });
});
