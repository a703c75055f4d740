// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../src/engine/agenda';
import type { FollowUp } from '../../src/engine/follow-ups';
import { CHANGE_DEBOUNCE_MS } from '../../src/obsidian/live-agenda';
import { openInEditor, shownNotices, WorkspaceLeaf, type App } from '../stubs/obsidian';
import { frontmatterOf } from '../support/frontmatter';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';
import { fileAt, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
});

const TODAY = '2026-11-24';
const files = {
  'Jobs/Acme.md': note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-16', interviewer: 'Pat Jones' }),
  'Jobs/Globex.md': note({ type: 'interview', company: 'Globex', position: 'Engineer', date: '2026-11-18', interviewer: 'Dana Lee' }),
};

// The follow-ups the rules give once Acme makes an offer to answer by Friday the 27th.
const acme = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'offer', offerDeadline: d('2026-11-27') });
const globex = interviewNote('Jobs/Globex.md', { company: 'Globex', position: 'Engineer' });
const offerFollowUps: FollowUp[] = [
  followUp({ kind: 'offer-deadline', note: acme, from: '2026-11-20', due: '2026-11-27', today: TODAY }),
  followUp({ kind: 'offer-nudge', note: globex, from: '2026-11-20', due: '2026-11-24', today: TODAY, source: acme }),
];

async function withAgenda(followUps: FollowUp[]) {
  const started = await startPlugin(files);
  const agenda: Agenda = { today: d(TODAY), followUps, problems: [] };
  vi.spyOn(started.plugin.live, 'agenda').mockReturnValue(agenda);
  return started;
}

function offered(app: App, id: string): boolean | void {
  return app.commands.get(`interview-follow-up:${id}`)?.checkCallback?.(true);
}

function activate(app: App, path: string): void {
  app.workspace.setActiveFile(fileAt(app, path));
  openInEditor(app, () => new WorkspaceLeaf(app, 'main'), fileAt(app, path));
}

describe('the command palette', () => {
  it('names its commands as the table of kinds does; an offer\'s deadline has no mark command', async () => {
    const { app } = await startPlugin(files);
    const names = (prefix: string) => [...app.commands.values()].filter((c) => c.id.startsWith(`interview-follow-up:${prefix}`)).map((c) => c.name);
    expect(names('mark-')).toEqual([
      'Mark thank-you sent',
      'Mark references notified',
      'Mark promised follow-up done',
      'Mark status inquiry sent',
      'Mark written offer requested',
      'Mark rejection reply sent',
      'Mark offer news sent',
      'Mark withdrawal sent',
      'Mark references thanked',
    ]);
    expect(app.commands.has('interview-follow-up:mark-offer-deadline')).toBe(false);
    expect(names('insert-').sort()).toEqual(
      [
        'Insert thank-you draft',
        'Insert reference heads-up',
        'Insert follow-up promise draft',
        'Insert status-inquiry draft',
        'Insert written-offer request',
        'Insert rejection reply',
        'Insert request for more time',
        'Insert offer news draft',
        'Insert withdrawal draft',
        'Insert thanks to references',
        'Insert LinkedIn note',
        'Insert next follow-up draft',
      ].sort(),
    );
  });

  it('offers a mark command only in a note that has that follow-up', async () => {
    const { app } = await withAgenda(offerFollowUps);
    activate(app, 'Jobs/Globex.md');
    expect(offered(app, 'mark-offer-nudge')).toBe(true);
    expect(offered(app, 'mark-withdraw')).toBe(false);
    expect(offered(app, 'mark-thank-references')).toBe(false);
    activate(app, 'Jobs/Acme.md');
    expect(offered(app, 'mark-offer-nudge')).toBe(false);
  });

  it('offers the draft of a search\'s end only in a note that has that follow-up open', async () => {
    const { app } = await withAgenda(offerFollowUps);
    activate(app, 'Jobs/Globex.md');
    expect(offered(app, 'insert-offer-nudge-draft')).toBe(true);
    expect(offered(app, 'insert-withdraw-draft')).toBe(false);
    expect(offered(app, 'insert-offer-deadline-draft')).toBe(false);
    // The drafts of any interview stay offered in every interview note.
    expect(offered(app, 'insert-thank-you-draft')).toBe(true);
    activate(app, 'Jobs/Acme.md');
    expect(offered(app, 'insert-offer-deadline-draft')).toBe(true);
    expect(offered(app, 'insert-offer-nudge-draft')).toBe(false);
  });

  it('after an acceptance, offers withdrawing and thanking the references where the note has them', async () => {
    const accepted = interviewNote('Jobs/Acme.md', { company: 'Acme', status: 'accepted', references: [person('Janet Leverling')] });
    const { app } = await withAgenda([
      followUp({ kind: 'withdraw', note: globex, from: '2026-11-23', due: '2026-11-25', today: TODAY, source: accepted }),
      followUp({ kind: 'thank-references', note: accepted, person: person('Janet Leverling'), from: '2026-11-23', due: '2026-11-30', today: TODAY, source: accepted }),
    ]);
    activate(app, 'Jobs/Globex.md');
    expect([offered(app, 'mark-withdraw'), offered(app, 'insert-withdraw-draft'), offered(app, 'mark-thank-references')]).toEqual([true, true, false]);
    activate(app, 'Jobs/Acme.md');
    expect([offered(app, 'mark-thank-references'), offered(app, 'insert-thank-references-draft'), offered(app, 'mark-withdraw')]).toEqual([true, true, false]);
  });

  it('a mark command of a new kind records today in its own field, through the same use case as the command line', async () => {
    // Acme made an offer to answer by the 27th: Globex, still open, is told (contract section 4).
    const { app } = await startPlugin({
      'Jobs/Acme.md': note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-10', status: 'offer', decision_date: '2026-11-20', offer_deadline: '2026-11-27' }),
      'Jobs/Globex.md': files['Jobs/Globex.md'] ?? '',
    });
    activate(app, 'Jobs/Globex.md');
    expect(offered(app, 'mark-offer-nudge')).toBe(true);
    app.commands.get('interview-follow-up:mark-offer-nudge')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(frontmatterOf(app.vault.text('Jobs/Globex.md')).offer_nudge_sent).toBe(TODAY);
    expect(shownNotices.at(-1)).toMatch(/^Recorded in Globex: offer news sent on 2026-11-24\. Undo$/);
  });

  it('refuses a mark the note no longer has, as the command line does, and writes nothing', async () => {
    // The palette was built from an agenda in which Globex had a nudge; the note itself has none.
    const { app } = await withAgenda(offerFollowUps);
    const before = app.vault.text('Jobs/Globex.md');
    activate(app, 'Jobs/Globex.md');
    app.commands.get('interview-follow-up:mark-offer-nudge')?.checkCallback?.(false);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(app.vault.text('Jobs/Globex.md')).toBe(before);
    expect(shownNotices.at(-1)).toMatch(/^Interview Follow-up: Jobs\/Globex\.md .*\.$/);
  });
});
