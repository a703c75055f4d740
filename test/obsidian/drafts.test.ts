import type { App } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { computeFollowUps } from '../../src/engine/follow-ups';
import { draftsOfFollowUp, type DraftHost } from '../../src/obsidian/drafts';
import { d } from '../helpers';
import { ADVENTURE_WORKS, NORTHWIND_FINAL } from '../engine/drafts/draft-helpers';

function host(maxInquiries?: number): DraftHost {
  const personNote = (link: string) => (link === 'Omar Haddad' ? { email: 'omar@example.com' } : null);
  return {
    // No templates folder: drafting reads nothing from the vault.
    app: {} as App,
    settings: () => ({ yourName: 'Alex Morgan', signature: '', yourPhone: '', yourEmail: '', templatesFolder: '', maxInquiries }),
    personNote,
    today: () => d('2026-12-10'),
    interviews: { personNote: (link) => Promise.resolve(personNote(link)), templates: () => Promise.resolve({}) },
  };
}

describe('the plugin\'s drafts of a follow-up', () => {
  it('the last inquiry the settings allow closes the loop', async () => {
    const note = { ...ADVENTURE_WORKS, inquiries: [d('2026-11-26')] };
    const [inquiry] = computeFollowUps([note], d('2026-12-10')).filter((f) => f.kind === 'status-inquiry');
    if (inquiry === undefined) throw new Error('no inquiry');
    expect((await draftsOfFollowUp(host(3), inquiry)).map((x) => x.templateName)).toEqual(['status-inquiry-again']);
    expect((await draftsOfFollowUp(host(2), inquiry)).map((x) => x.templateName)).toEqual(['status-inquiry-last']);
  });

  it('a reference named in another note is thanked with their own person note\'s address', async () => {
    const accepted = { ...ADVENTURE_WORKS, path: 'Interviews/Accepted.md', status: 'accepted' as const, decisionDate: d('2026-12-08'), references: [] };
    const thanks = computeFollowUps([accepted, NORTHWIND_FINAL], d('2026-12-10')).filter((f) => f.kind === 'thank-references');
    const drafts = (await Promise.all(thanks.map((f) => draftsOfFollowUp(host(), f)))).flat();
    expect(drafts.map((x) => [x.recipient?.name, x.email]).sort()).toEqual([
      ['Janet Leverling', null],
      ['Omar Haddad', 'omar@example.com'],
    ]);
  });
});
