// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
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
