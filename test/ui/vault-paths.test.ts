// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vaultPathProblem } from '../../src/engine/note-file-name';
import { writeCalendarFile } from '../../src/obsidian/calendar-file';
import { createInterviewNote } from '../../src/obsidian/capture';
import { note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

describe('paths the settings give stay inside the vault and travel well', () => {
  it.each([
    ['Interviews', null],
    ['Job search/Interviews', null],
    ['Follow-ups.ics', null],
    ['Calendars/Follow-ups.ics', null],
    ['../outside', /leads out of the vault/],
    ['/etc', /outside the vault/],
    ['C:/Users', /outside the vault/],
    ['.hidden', /hidden or breaks/],
    ['node_modules', /hidden or breaks/],
    ['CON', /hidden or breaks/],
    ['a:b*?', /hidden or breaks/],
    ['Jobs\nNew', /hidden or breaks/],
  ])('%j', (path, problem) => {
    const said = vaultPathProblem(path, 'The folder');
    if (problem === null) expect(said).toBeNull();
    else expect(said).toMatch(problem);
  });

  it('the plugin refuses a new note in a folder outside the vault, and writes nothing', async () => {
    const { app, plugin } = await startPlugin({}, { data: { newNoteFolder: '../secrets' } });
    const said = await createInterviewNote(plugin, { company: 'Acme', position: 'Analyst', date: '2026-11-24', time: null, interviewers: [], references: [], promisedDate: null, contactMethod: null, finalRound: false } as never);
    expect(said).toMatch(/leads out of the vault.*nothing was written/);
    expect(app.vault.getFiles()).toEqual([]);
  });

  it('a new note whose name differs from an existing one only by accents\' composition is not written over', async () => {
    const existing = 'Interviews/2026-11-24 Cafe\u0301 - Analyst.md';
    const { app, plugin } = await startPlugin({ [existing]: note({ type: 'interview' }) });
    await createInterviewNote(plugin, { company: 'Caf\u00e9', position: 'Analyst', date: '2026-11-24', time: null, interviewers: [], references: [], promisedDate: null, contactMethod: null, finalRound: false } as never);
    const paths = app.vault.getFiles().map((f) => f.path.normalize('NFC'));
    expect(paths).toHaveLength(2);
    expect(new Set(paths).size).toBe(2);
  });

  it('the plugin refuses a calendar file outside the vault', async () => {
    const { app, plugin } = await startPlugin({});
    await expect(writeCalendarFile(app as never, plugin.interviews, '../Follow-ups.ics', plugin.live.agenda()!, new Date())).rejects.toThrow(/leads out of the vault/);
  });
});
