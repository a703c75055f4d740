// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INDEXING_WAIT_MS } from '../../src/obsidian/live-agenda';
import { openModals, shownNotices } from '../stubs/obsidian';
import { fileAt, groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

const acme = note({ type: 'interview', company: 'Acme', position: 'Analyst', date: '2026-11-23', interviewer: 'Pat Jones' });
const beta = note({ type: 'interview', company: 'Beta', position: 'Engineer', date: '2026-11-23', interviewer: 'Sam Lee' });

describe('at the plugin\'s edge', () => {
  it('on a cold start, waits for the metadata cache to finish before counting anything', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Jobs/Beta.md': beta }, { stillIndexing: ['Jobs/Beta.md'] });
    // Half the vault is read: no agenda yet, rather than one that misses Beta.
    expect(app.workspace.rightSplit.textContent).toContain('Reading your interview notes');
    expect(app.workspace.rightSplit.querySelector('[data-group]')).toBeNull();
    app.metadataCache.index(fileAt(app, 'Jobs/Beta.md'), beta);
    app.metadataCache.trigger('resolved');
    await vi.advanceTimersByTimeAsync(0);
    expect(groupRows(sidebar(), 'due-today').map((r) => r.split(' | ')[0])).toEqual(['Thank Pat Jones', 'Thank Sam Lee']);
  });

  it('builds the agenda anyway when the metadata cache never says it is done', async () => {
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': acme, 'Jobs/Beta.md': beta }, { stillIndexing: ['Jobs/Beta.md'] });
    app.metadataCache.index(fileAt(app, 'Jobs/Beta.md'), beta);
    expect(app.workspace.rightSplit.textContent).toContain('Reading your interview notes');
    await vi.advanceTimersByTimeAsync(INDEXING_WAIT_MS);
    expect(groupRows(sidebar(), 'due-today')).toHaveLength(2);
  });

  it('the once-a-day notice comes with the first agenda, after a cold start too', async () => {
    shownNotices.length = 0;
    const late = note({ type: 'interview', company: 'Late', position: 'Analyst', date: '2026-11-20', interviewer: 'Pat Jones' });
    const { app } = await startPlugin({ 'Jobs/Late.md': late }, { stillIndexing: ['Jobs/Late.md'] });
    expect(shownNotices).toEqual([]);
    app.metadataCache.index(fileAt(app, 'Jobs/Late.md'), late);
    app.metadataCache.trigger('resolved');
    await vi.advanceTimersByTimeAsync(0);
    expect(shownNotices).toEqual(['Interview Follow-up: 1 overdue follow-up. Open the follow-up sidebar to see them.']);
  });

  it('starts at once when every note is indexed', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Acme.md': acme });
    expect(groupRows(sidebar(), 'due-today')).toHaveLength(1);
  });

  it('a closed sidebar stops listening to the agenda', async () => {
    const { app, plugin } = await startPlugin({ 'Jobs/Acme.md': acme });
    const listeners = (plugin.live as unknown as { listeners: Set<unknown> }).listeners;
    const open = listeners.size;
    for (const leaf of app.workspace.getLeavesOfType('interview-follow-up-sidebar')) await leaf.detach();
    expect(listeners.size).toBe(open - 1);
  });
});

describe('your own property names in the plugin', () => {
  it('a recording writes under the mapped name, and the agenda reads it there', async () => {
    const text = note({ type: 'interview', company: 'Acme', position: 'Analyst', date: '2026-11-23', interviewer: 'Pat Jones' });
    const { app, sidebar } = await startPlugin({ 'Jobs/Acme.md': text }, { data: { propertyNames: { thank_you_sent: 'Thanked On' } } });
    app.workspace.setActiveFile(fileAt(app, 'Jobs/Acme.md'));
    app.commands.get('interview-follow-up:mark-thank-you')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(app.vault.text('Jobs/Acme.md')).toContain('Thanked On: 2026-11-24');
    expect(app.vault.text('Jobs/Acme.md')).not.toContain('thank_you_sent');
    expect(groupRows(sidebar(), 'due-today')).toEqual([]);
  });
});

describe('Needs attention offers track for a note without its date', () => {
  it('the Track… button opens the form filled in with the day the note\'s text gives', async () => {
    const text = '---\ntags: [interview]\ncompany: Contoso\nposition: Analyst\n---\n# Onsite\ninterview_date:: 2026-11-18\n';
    const { app, sidebar } = await startPlugin({ 'Jobs/Contoso onsite.md': text });
    const button = sidebar().querySelector<HTMLButtonElement>('.ifu-problems .ifu-problem-track');
    expect(button?.getAttribute('aria-label')).toBe('Track Jobs/Contoso onsite.md as an interview');
    button?.click();
    await vi.advanceTimersByTimeAsync(0);
    const form = openModals.at(-1);
    expect(form?.contentEl.textContent).toContain('Filled in with what this note already says');
    expect([...(form?.contentEl.querySelectorAll('input') ?? [])].map((i) => i.value)).toContain('Contoso');
    const date = form?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
    expect(date?.value).toBe('2026-11-18');
    void app;
  });

  it('no Track… button for a problem track cannot fix', async () => {
    const { sidebar } = await startPlugin({ 'Jobs/Bad.md': note({ type: 'interview', company: 'Bad', date: 'Nov 20, 2026' }) });
    expect(sidebar().querySelector('.ifu-problems .ifu-row')).not.toBeNull();
    expect(sidebar().querySelector('.ifu-problem-track')).toBeNull();
  });
});
