import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { run } from './run';

/**
 * Notes in the shapes people already write (written for these tests): a
 * kepano-style meeting note whose type is a link, a note made from a
 * Templater template and filled in, in the default Interviews folder, a
 * Dataview-field note with an interview tag, a tracker's application
 * note, a question bank, and an interviewer's notes on a candidate. Each is
 * read as the contract says, with default settings.
 */
const VAULT = fileURLToPath(new URL('../fixtures/real-vaults/', import.meta.url));

describe('a vault written in the common ways, with default settings', () => {
  it('finds the interviews and nothing else', async () => {
    const r = await run(['agenda', VAULT, '--today', '2026-11-20', '--json']);
    expect(r.code).toBe(0);
    const agenda = JSON.parse(r.stdout) as { items: Array<{ note: string; kind: string; who: string | null; from: string; due: string; state: string }>; problems: unknown[] };
    expect(agenda.items.map((i) => `${i.note} ${i.kind} ${i.who ?? '-'} ${i.from}..${i.due} ${i.state}`)).toEqual([
      'Interviews/Fabrikam onsite.md thank-you Ana Silva, PhD 2026-11-16..2026-11-17 overdue',
      'Interviews/Fabrikam onsite.md thank-you Miles Dyson 2026-11-16..2026-11-17 overdue',
      'Interviews/Fabrikam onsite.md thank-you Sarah Connor 2026-11-16..2026-11-17 overdue',
      'Meetings/2026-11-18 Contoso panel.md thank-you Dana Lee 2026-11-18..2026-11-19 overdue',
      'Meetings/2026-11-18 Contoso panel.md thank-you Pat Jones 2026-11-18..2026-11-19 overdue',
      // hear_back_by: November 20, a Friday: the inquiry waits for the Monday after.
      'Interviews/Fabrikam onsite.md status-inquiry - 2026-11-23..2026-11-25 waiting',
      'Meetings/2026-11-18 Contoso panel.md status-inquiry - 2026-11-25..2026-11-27 waiting',
    ]);
    // The application note, the question bank, the candidate's screening and the Dataview-only call are not the job seeker's interviews as written.
    expect(agenda.problems).toEqual([]);
  });

  it('the Dataview-field note comes in with one track, and then has its follow-ups', async () => {
    const dry = await run(['track', `${VAULT}Meetings/2026-11-20 Litware call.md`, '--vault', VAULT, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/type: interview/);
    expect(dry.stdout).toMatch(/date: 2026-11-20/);
    expect(dry.stdout).toMatch(/company: Litware/);
    expect(dry.stdout).toMatch(/Nothing was written/);
    const copy = tempDir('ifu-real-');
    cpSync(VAULT, copy, { recursive: true });
    expect((await run(['track', `${copy}/Meetings/2026-11-20 Litware call.md`, '--vault', copy])).code).toBe(0);
    const after = JSON.parse((await run(['agenda', copy, '--today', '2026-11-20', '--json'])).stdout) as { items: Array<{ note: string; kind: string; who: string | null }> };
    expect(after.items.filter((i) => i.note.includes('Litware')).map((i) => `${i.kind} ${i.who ?? '-'}`)).toEqual(['thank-you Ann Beebe', 'status-inquiry -']);
  });
});
