import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../src/engine/follow-up-kinds';
import { DEFAULT_RULE_SETTINGS } from '../../src/engine/settings';
import { draftForNote } from '../../src/engine/use-cases/draft';
import { record } from '../../src/engine/use-cases/record';
import { Refusal } from '../../src/engine/use-cases/refusal';
import { d } from '../helpers';
import { MemoryVault } from '../support/memory-vault';

const today = d('2026-11-24');
const acme = { type: 'interview', company: 'Acme', position: 'Analyst', date: '2026-11-20', interviewer: 'Pat Jones' };

describe('recording, written once for the plugin and the command line', () => {
  it('marks a follow-up the note has, under the person\'s own property name', async () => {
    const settings = { ...DEFAULT_RULE_SETTINGS, propertyNames: { thank_you_sent: 'Thanked' } };
    const vault = new MemoryVault({ 'a.md': acme }, today, settings);
    const r = await record(vault, { command: 'mark', path: 'a.md', kind: 'thank-you', day: today }, today, settings);
    expect(r.applied).toEqual({ changed: true, keys: ['Thanked'] });
    expect(vault.notes.get('a.md')).toMatchObject({ Thanked: '2026-11-24' });
  });

  it.each(FOLLOW_UP_KINDS.filter((k) => k !== 'thank-you' && k !== 'status-inquiry'))('refuses to mark %s on a note without it, and writes nothing', async (kind) => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    await expect(record(vault, { command: 'mark', path: 'a.md', kind, day: today }, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(Refusal);
    expect(vault.notes.get('a.md')).toEqual(acme);
  });

  it('puts an outcome into the application\'s latest round, and says which note it named', async () => {
    const vault = new MemoryVault({ 'a.md': acme, 'b.md': { ...acme, date: '2026-11-23' } }, today);
    const r = await record(vault, { command: 'outcome', path: 'a.md', status: 'rejected', day: today }, today, DEFAULT_RULE_SETTINGS);
    expect([r.target.path, r.named.path]).toEqual(['b.md', 'a.md']);
    expect(vault.notes.get('a.md')).toEqual(acme);
    expect(vault.notes.get('b.md')).toMatchObject({ status: 'rejected', decision_date: '2026-11-24' });
  });

  it.each(['mark', 'outcome', 'snooze'] as const)('%s acts on interview notes only', async (command) => {
    const vault = new MemoryVault({ 'README.md': { title: 'Read me' } }, today);
    const request =
      command === 'mark'
        ? { command, path: 'README.md', kind: 'thank-you' as const, day: today }
        : command === 'outcome'
          ? { command, path: 'README.md', status: 'offer' as const, day: today }
          : { command, path: 'README.md', until: d('2026-11-30') };
    await expect(record(vault, request, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(/not an interview note/);
    expect(vault.notes.get('README.md')).toEqual({ title: 'Read me' });
  });

  it('an offer\'s deadline is answered, not marked', async () => {
    const vault = new MemoryVault({ 'a.md': { ...acme, status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-01' } }, today);
    await expect(record(vault, { command: 'mark', path: 'a.md', kind: 'offer-deadline', day: today }, today, DEFAULT_RULE_SETTINGS)).rejects.toThrow(/accepted or declined/);
  });
});

describe('drafting, written once for the plugin and the command line', () => {
  it('drafts a thank-you to each interviewer with their own note\'s details and the person\'s own template', async () => {
    const vault = new MemoryVault({ 'a.md': { ...acme, interviewer: ['[[Pat Jones]]', 'Sam Lee'] }, 'People/Pat Jones.md': { honorific: 'Ms.', email: 'pat@acme.example' } }, today);
    vault.ownTemplates.set('thank-you-late', 'Subject: Thanks\n\nDear {{greeting_name}}, thank you.');
    const r = await draftForNote(vault, { path: 'a.md', kind: 'thank-you', who: null, today, sender: { name: 'Alex Morgan', signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts.map((x) => [x.recipient?.name, x.email, x.body])).toEqual([
      ['Pat Jones', 'pat@acme.example', 'Dear Ms. Jones, thank you.'],
      ['Sam Lee', null, 'Dear Sam Lee, thank you.'],
    ]);
    expect(r.notice).toBeNull();
  });

  it('refuses a kind the note has no follow-up of, and says why', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    await expect(draftForNote(vault, { path: 'a.md', kind: 'written-offer', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS)).rejects.toThrow(
      'a.md has no written-offer follow-up: there is no verbal offer; its status is waiting',
    );
  });

  it('a waiting follow-up is still drafted, with a word that it is not due yet', async () => {
    const vault = new MemoryVault({ 'a.md': acme }, today);
    const r = await draftForNote(vault, { path: 'a.md', kind: 'status-inquiry', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts).toHaveLength(1);
    expect(r.notice).toBe('not due until Friday, November 27');
  });

  it('news of an offer names its deadline, not the other employer', async () => {
    const vault = new MemoryVault({ 'a.md': acme, 'b.md': { type: 'interview', company: 'Globex', position: 'Lead', date: '2026-11-18', status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-04' } }, today);
    const r = await draftForNote(vault, { path: 'a.md', kind: 'offer-nudge', who: null, today, sender: { name: null, signature: null } }, DEFAULT_RULE_SETTINGS);
    expect(r.drafts[0]?.body).toContain('Friday, December 4');
    expect(r.drafts[0]?.body).not.toContain('Globex');
  });
});
