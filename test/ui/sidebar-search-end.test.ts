// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/engine/agenda';
import type { FollowUp } from '../../src/engine/follow-ups';
import { renderSidebar } from '../../src/ui/render-sidebar';
import { sidebarModel } from '../../src/ui/sidebar-model';
import '../stubs/obsidian';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';
import { groupRows } from './plugin-harness';

/** The sidebar drawn for these follow-ups on `today`, as the plugin draws it. */
function draw(followUps: FollowUp[], today: string, showDone = false, container: HTMLElement = createDiv()): HTMLElement {
  const agenda: Agenda = { today: d(today), followUps, problems: [] };
  renderSidebar(container, sidebarModel(agenda, showDone), { openNote: () => undefined, toggleDone: () => undefined });
  return container;
}

const headings = (el: HTMLElement) => [...el.querySelectorAll('.ifu-group-title')].map((h) => h.textContent);
const intro = (el: HTMLElement, group: string) => el.querySelector(`[data-group="${group}"] .ifu-group-intro`);

const acme = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'offer', decisionDate: d('2026-11-20'), offerDeadline: d('2026-11-27') });
const globex = interviewNote('Jobs/Globex.md', { company: 'Globex', position: 'Engineer' });
const initech = interviewNote('Jobs/Initech.md', { company: 'Initech', position: 'Analyst', status: 'verbal-offer' });

describe('an offer to answer', () => {
  it('shows the days left to answer, counting down to the deadline', () => {
    const answer = (today: string) => draw([followUp({ kind: 'offer-deadline', note: acme, from: '2026-11-20', due: '2026-11-27', today })], today);
    expect(groupRows(answer('2026-11-24'), 'due-soon')).toEqual(["Answer Acme's offer by Friday, November 27 | Acme, Data Analyst | 3 days left to answer"]);
    expect(groupRows(answer('2026-11-26'), 'due-soon')).toEqual(["Answer Acme's offer by Friday, November 27 | Acme, Data Analyst | 1 day left to answer"]);
    expect(groupRows(answer('2026-11-27'), 'due-today')).toEqual(["Answer Acme's offer by Friday, November 27 | Acme, Data Analyst | last day to answer"]);
    expect(groupRows(answer('2026-11-30'), 'overdue')).toEqual(["Answer Acme's offer by Friday, November 27 | Acme, Data Analyst | deadline passed 3 days ago"]);
  });

  it('the other applications are told about it, with its deadline', () => {
    const el = draw([followUp({ kind: 'offer-nudge', note: globex, from: '2026-11-20', due: '2026-11-24', today: '2026-11-24', source: acme })], '2026-11-24');
    expect(groupRows(el, 'due-today')).toEqual(['Tell Globex you have an offer to answer by Friday, November 27 | Globex, Engineer | due today']);
    expect(el.querySelector('.ifu-row')?.getAttribute('data-kind')).toBe('offer-nudge');
  });
});

describe('after an acceptance: wrapping up the search', () => {
  const accepted = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'accepted', decisionDate: d('2026-11-23') });
  const today = '2026-11-26';
  const withdrawGlobex = followUp({ kind: 'withdraw', note: globex, from: '2026-11-23', due: '2026-11-25', today, source: accepted });
  const declineInitech = followUp({ kind: 'withdraw', note: initech, from: '2026-11-23', due: '2026-11-25', today, source: accepted });
  const thankJanet = followUp({ kind: 'thank-references', note: accepted, person: person('Janet Leverling'), from: '2026-11-23', due: '2026-11-30', today, source: accepted });
  const thankOmar = followUp({ kind: 'thank-references', note: accepted, person: person('Omar Haddad'), from: '2026-11-23', due: '2026-11-30', today, source: accepted, done: '2026-11-24' });
  // Another application's thank-you, which is no part of wrapping up.
  const thankDana = followUp({ kind: 'thank-you', note: globex, person: person('Dana Lee'), from: '2026-11-18', due: '2026-11-19', today });

  it('is one group, first, saying what it is for and how far along the person is', () => {
    const el = draw([withdrawGlobex, declineInitech, thankDana, thankJanet, thankOmar], today);
    expect(headings(el)).toEqual(['Wrapping up your search (3)', 'Overdue (1)']);
    expect(el.querySelector('.ifu-groups > .ifu-group')?.getAttribute('data-group')).toBe('wrap-up');
    expect(groupRows(el, 'wrap-up')).toEqual([
      'Withdraw from Globex, Engineer | Globex, Engineer | 1 day overdue',
      "Decline Initech's offer | Initech, Analyst | 1 day overdue",
      'Thank your reference Janet Leverling | Acme, Data Analyst | due by Monday, November 30',
    ]);
    expect(intro(el, 'wrap-up')?.querySelector('.ifu-group-intro-text')?.textContent).toBe(
      "You accepted Acme's offer. Let the other employers know, and thank your references.",
    );
    expect(intro(el, 'wrap-up')?.querySelector('.ifu-group-progress')?.textContent).toBe('1 of 4 done');
    // The other groups are as before, and no other group has an intro.
    expect(groupRows(el, 'overdue')).toEqual(['Thank Dana Lee | Globex, Engineer | 7 days overdue']);
    expect(intro(el, 'overdue')?.textContent).toBe('');
    // The counts still count every open follow-up by its state.
    expect(el.querySelector('.ifu-counts')?.textContent).toBe('Thursday, November 26: 3 overdue · 0 due today · 1 due soon · 0 waiting');
  });

  it('is worked through: each one done leaves the group and counts, the rest stay as they were', () => {
    const el = draw([withdrawGlobex, declineInitech, thankJanet, thankOmar], today);
    const janetRow = el.querySelector('[data-group="wrap-up"] [data-kind="thank-references"]');
    const globexDone = { ...withdrawGlobex, done: true, doneOn: d(today), state: 'done' as const };
    draw([globexDone, declineInitech, thankJanet, thankOmar], today, false, el);
    expect(groupRows(el, 'wrap-up')).toEqual([
      "Decline Initech's offer | Initech, Analyst | 1 day overdue",
      'Thank your reference Janet Leverling | Acme, Data Analyst | due by Monday, November 30',
    ]);
    expect(intro(el, 'wrap-up')?.querySelector('.ifu-group-progress')?.textContent).toBe('2 of 4 done');
    expect(el.querySelector('[data-group="wrap-up"] [data-kind="thank-references"]')).toBe(janetRow);
    // Done ones are with the other done follow-ups, behind the toggle.
    draw([globexDone, declineInitech, thankJanet, thankOmar], today, true, el);
    expect(groupRows(el, 'done')).toEqual([
      'Withdraw from Globex, Engineer | Globex, Engineer | done Thursday, November 26',
      'Thank your reference Omar Haddad | Acme, Data Analyst | done Tuesday, November 24',
    ]);
    // All done: the group is gone.
    const all = [globexDone, { ...declineInitech, done: true, doneOn: null, state: 'done' as const }, { ...thankJanet, done: true, doneOn: null, state: 'done' as const }, thankOmar];
    draw(all, today, false, el);
    expect(headings(el)).toEqual([]);
    expect(el.querySelector('.ifu-toggle-done')?.textContent).toBe('Show done (4)');
  });

  it('with only references to thank, says just that', () => {
    const el = draw([thankJanet], today);
    expect(intro(el, 'wrap-up')?.querySelector('.ifu-group-intro-text')?.textContent).toBe("You accepted Acme's offer. Thank your references.");
    expect(intro(el, 'wrap-up')?.querySelector('.ifu-group-progress')?.textContent).toBe('0 of 1 done');
  });
});

describe('dates in the sidebar', () => {
  const note = interviewNote('Jobs/Acme.md', { company: 'Acme' });

  it('carry the year when it is not this year', () => {
    const el = draw([followUp({ kind: 'status-inquiry', note, from: '2027-01-04', due: '2027-01-06', today: '2026-12-28' })], '2026-12-28');
    expect(groupRows(el, 'waiting')).toEqual(['Ask Acme where their decision stands | Acme | from Monday, January 4, 2027']);
    expect(el.querySelector('.ifu-open')?.getAttribute('title')).toBe(
      'Ask Acme where their decision stands · Acme · from Monday, January 4, 2027\nDue Wednesday, January 6, 2027. Open Jobs/Acme.md',
    );
    expect(el.querySelector('.ifu-counts')?.textContent).toBe('Monday, December 28: 0 overdue · 0 due today · 0 due soon · 1 waiting');
  });

  it('a ticked checkbox is done, with no day', () => {
    const el = draw([followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-24', done: true })], '2026-11-24', true);
    expect(groupRows(el, 'done')).toEqual(['Send a thank-you note | Acme | done']);
  });
});
