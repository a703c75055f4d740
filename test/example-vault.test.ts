import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redateVault, shiftFrontmatterDates } from '../scripts/example-vault.mjs';
import { parseYaml } from '../src/engine/yaml';
import { run } from './cli/run';
import { EXAMPLE_VAULT } from './helpers';
import { tempDir } from './support/temp-dir';

const GOLDEN = new URL('./fixtures/example-vault-agenda-2026-11-24.json', import.meta.url);

/** A copy of the example vault dated for the week of 2026-11-24, whatever the working copy says. */
function vaultForReferenceWeek(): string {
  const dir = tempDir('ifu-example-');
  cpSync(EXAMPLE_VAULT, dir, { recursive: true });
  redateVault(dir, '2026-11-24');
  return dir;
}

describe('the example vault', () => {
  it('gives the reviewed agenda on its reference day (golden file)', async () => {
    const r = await run(['agenda', vaultForReferenceWeek(), '--today', '2026-11-24', '--json']);
    const actual = JSON.parse(r.stdout) as unknown;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('shows overdue, due and waiting follow-ups %i days into its week', async (offset) => {
    const today = new Date(Date.UTC(2026, 10, 24 + offset)).toISOString().slice(0, 10);
    const r = JSON.parse((await run(['agenda', vaultForReferenceWeek(), '--today', today, '--json'])).stdout) as { items: Array<{ state: string }> };
    const states = new Set(r.items.map((i) => i.state));
    expect([...states].sort()).toEqual(['done', 'due', 'overdue', 'waiting']);
  });

  it('re-dating moves frontmatter dates by whole weeks and leaves the body as it was', () => {
    const note = '---\ndate: 2026-11-24\ninquiries: [2026-11-20]\n---\nMet on 2026-11-24.\r\n';
    expect(shiftFrontmatterDates(note, 14)).toBe('---\ndate: 2026-12-08\ninquiries: [2026-12-04]\n---\nMet on 2026-11-24.\r\n');
    const dir = vaultForReferenceWeek();
    expect(redateVault(dir, '2027-01-06')).toBe('2027-01-05');
    const text = readFileSync(join(dir, 'Interviews/Tailspin Toys - Analytics Engineer.md'), 'utf8');
    expect(text).toContain('date: 2027-01-05T09:30');
    expect(text).toContain('Mail it today.');
  });
});

describe('the example vault in Obsidian', () => {
  it('gives every date field the date type, so the Properties editor shows date pickers', () => {
    const types = (JSON.parse(readFileSync(join(EXAMPLE_VAULT, '.obsidian/types.json'), 'utf8')) as { types: Record<string, string> }).types;
    for (const field of ['promised_date', 'follow_up_by', 'decision_date', 'thank_you_sent', 'references_notified', 'followed_up', 'offer_requested', 'rejection_reply_sent', 'snoozed_until']) {
      expect(types[field], field).toBe('date');
    }
    expect(types.date).toBe('datetime');
    expect(types.final_round).toBe('checkbox');
    expect(types.inquiries).toBe('multitext');
  });

  it('has a Bases view of the applications that is valid YAML', () => {
    const base = parseYaml(readFileSync(join(EXAMPLE_VAULT, 'Applications.base'), 'utf8')) as { views: Array<{ type: string; order?: string[] }> };
    expect(base.views.length).toBeGreaterThan(0);
    const columns = base.views.flatMap((v) => v.order ?? []).join(' ');
    for (const field of ['company', 'position', 'date', 'status', 'promised_date']) expect(columns).toContain(field);
  });
});
