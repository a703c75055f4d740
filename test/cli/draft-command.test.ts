import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';

const acme = [
  '---',
  'type: interview',
  'company: Acme',
  'position: Data Analyst',
  'date: 2026-11-20',
  'interviewer: ["Ms. Pat Jones", "[[Sam Lee]]"]',
  'references: [Janet Leverling]',
  'promised_date: 2026-11-27',
  '---',
  'Notes.',
  '',
].join('\n');

function jobSearch(): string {
  const v = vault({ 'Interviews/Acme.md': acme, 'People/Sam Lee.md': '---\nhonorific: Mr.\nemail: sam@acme.example\n---\n', 'Plain.md': 'Just text.\n' });
  mkdirSync(join(v, '.obsidian'), { recursive: true });
  return v;
}

describe('interview-follow-up draft', () => {
  it('prints the draft with its subject line first, one per interviewer, finding the vault above the note', async () => {
    const v = jobSearch();
    const r = await run(['draft', join(v, 'Interviews/Acme.md'), 'thank-you', '--today', '2026-11-20']);
    expect(r.code).toBe(0);
    const drafts = r.stdout.split('\n---\n\n');
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatch(/^Subject: .+\n\nDear Ms\. Jones,\n/);
    expect(drafts[1]).toMatch(/^Subject: .+\n\nDear Mr\. Lee,\n/);
    expect(r.stdout).toContain('Data Analyst position at Acme');
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|\{\{/);
    expect(r.stderr).toMatch(/fill-ins? in \[square brackets\]/);
  });

  it('--who picks one person; a name the note does not give is exit status 2, naming who it does', async () => {
    const v = jobSearch();
    const one = await run(['draft', 'Interviews/Acme.md', 'thank-you', '--vault', v, '--who', 'Pat Jones', '--today', '2026-11-20'], { cwd: v });
    expect(one.stdout).toMatch(/^Subject: .+\n\nDear Ms\. Jones,/);
    expect(one.stdout).not.toContain('---');
    const none = await run(['draft', 'Interviews/Acme.md', 'thank-you', '--vault', v, '--who', 'Nobody'], { cwd: v });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("interview-follow-up: Interviews/Acme.md has no thank-you follow-up for 'Nobody': it thanks Ms. Pat Jones, Sam Lee\n");
  });

  it('the status inquiry once the promised date has passed, and the LinkedIn note within 300 characters', async () => {
    const v = jobSearch();
    const inquiry = await run(['draft', 'Interviews/Acme.md', 'status-inquiry', '--vault', v, '--today', '2026-12-01'], { cwd: v });
    expect(inquiry.stdout).toContain('Friday, November 27');
    const linkedin = await run(['draft', 'Interviews/Acme.md', 'LinkedIn', '--vault', v, '--who', 'Sam Lee'], { cwd: v });
    expect(linkedin.code).toBe(0);
    expect(linkedin.stdout.trimEnd().length).toBeLessThanOrEqual(300);
    expect(linkedin.stdout.startsWith('Subject:')).toBe(false);
  });

  it('refuses a note that is not an interview, a kind that does not exist, a missing note', async () => {
    const v = jobSearch();
    for (const argv of [
      ['draft', 'Plain.md', 'thank-you', '--vault', v],
      ['draft', 'Missing.md', 'thank-you', '--vault', v],
      ['draft', 'Interviews/Acme.md', 'apology', '--vault', v],
      ['draft', 'Interviews/Acme.md'],
    ]) {
      const r = await run(argv, { cwd: v });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
