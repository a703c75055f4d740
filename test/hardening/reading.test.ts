import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNoteHead, READ_LIMIT_BYTES } from '../../src/cli/vault';
import { runBuilt, tempVault } from './built-cli';
import { tempDir } from '../support/temp-dir';

const interview = (company: string, extra = '') =>
  `---\ntype: interview\ncompany: ${company}\nposition: Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n${extra}---\nNotes.\n`;

interface AgendaJson {
  items: Array<{ note: string; kind: string }>;
  problems: Array<{ note: string; field: string | null; message: string }>;
}

async function agendaOf(v: string, opts: { uid?: number; gid?: number } = {}): Promise<AgendaJson> {
  const r = await runBuilt(['agenda', v, '--json', '--today', '2026-11-24'], opts);
  expect([r.code, r.signal, r.stderr]).toEqual([0, null, '']);
  return JSON.parse(r.stdout) as AgendaJson;
}

const notesOf = (a: AgendaJson) => [...new Set(a.items.map((i) => i.note))].sort();
const problemOf = (a: AgendaJson, note: string) => a.problems.find((p) => p.note === note)?.message;

describe('reading a vault on a real file system', () => {
  it('skips a named pipe, a link to one and a link to /dev/zero, naming each, without hanging', async () => {
    const v = tempVault({ 'Acme.md': interview('Acme') });
    execFileSync('mkfifo', [join(v, 'pipe.md')]);
    symlinkSync(join(v, 'pipe.md'), join(v, 'link-to-pipe.md'));
    symlinkSync('/dev/zero', join(v, 'zero.md'));
    const a = await agendaOf(v);
    expect(notesOf(a)).toEqual(['Acme.md']);
    expect(problemOf(a, 'pipe.md')).toMatch(/named pipe/);
    expect(problemOf(a, 'link-to-pipe.md')).toMatch(/named pipe/);
    expect(problemOf(a, 'zero.md')).toMatch(/character device/);
  });

  it('follows a symlinked folder once, and a loop of links ends', async () => {
    const elsewhere = tempDir('ifu-elsewhere-');
    writeFileSync(join(elsewhere, 'Linked.md'), interview('Linked'));
    const v = tempVault({ 'Jobs/Acme.md': interview('Acme') });
    symlinkSync(elsewhere, join(v, 'Interviews'));
    symlinkSync(v, join(v, 'Jobs', 'loop'));
    symlinkSync(join(v, 'Jobs'), join(v, 'Jobs again'));
    const a = await agendaOf(v);
    expect(notesOf(a)).toEqual(['Interviews/Linked.md', 'Jobs/Acme.md']);
  });

  it('names a file whose name is not UTF-8, and a path past the system limit', async () => {
    const v = tempVault({ 'Acme.md': interview('Acme') });
    writeFileSync(Buffer.from(`${v}/caf\xe9.md`, 'latin1'), interview('Cafe'));
    // 20 folders of 250 characters: past Linux's 4,096-byte path limit.
    const part = 'd'.repeat(250);
    execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 20); do mkdir ${part} && cd ${part} || exit 1; done && printf '%s' "$2" > deep.md`, 'bash', v, interview('Deep')]);
    const a = await agendaOf(v);
    expect(notesOf(a)).toEqual(['Acme.md']);
    expect(problemOf(a, 'caf\\xe9.md')).toMatch(/not valid UTF-8/);
    expect(a.problems.some((p) => /longer than the system allows/.test(p.message))).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('names a folder it may not read', async () => {
    const v = tempVault({ 'Acme.md': interview('Acme'), 'Private/Secret.md': interview('Secret') });
    chmodSync(v, 0o755);
    chmodSync(join(v, '.obsidian'), 0o755);
    chmodSync(join(v, 'Acme.md'), 0o644);
    chmodSync(join(v, 'Private'), 0o000);
    const a = await agendaOf(v, { uid: 65534, gid: 65534 });
    expect(notesOf(a)).toEqual(['Acme.md']);
    expect(problemOf(a, 'Private/')).toMatch(/cannot be read \(EACCES\)/);
  });

  it('reads a note with a byte-order mark and a frontmatter past 16 KB whole, so agenda and mark agree', async () => {
    const long = `notes: "${'x'.repeat(20_000)}"\n`;
    const v = tempVault({ 'Acme.md': `\uFEFF${interview('Acme', long)}` });
    const a = await agendaOf(v);
    expect(a.problems).toEqual([]);
    expect(a.items.filter((i) => i.note === 'Acme.md').map((i) => i.kind)).toContain('thank-you');
    const m = await runBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    expect([m.code, m.stderr]).toEqual([0, '']);
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toMatch(/^\uFEFF---\n[^]*thank_you_sent: 2026-11-21/);
  });

  it('a frontmatter that never ends costs no more than the read limit, and the message says what is wrong', async () => {
    const v = tempVault({ 'Acme.md': interview('Acme') });
    const file = join(v, 'Unclosed.md');
    writeFileSync(file, `---\ntype: interview\ndate: 2026-11-20\n${'notes: more\n'.repeat(1_000_000)}`);
    expect(Buffer.byteLength(readNoteHead(file))).toBeLessThanOrEqual(READ_LIMIT_BYTES);
    const a = await agendaOf(v);
    expect(problemOf(a, 'Unclosed.md')).toMatch(/does not end within the first \d+ KB/);
    expect(problemOf(a, 'Unclosed.md')).not.toMatch(/permission/);
  });
});

describe('draft reads people and templates inside the vault only', () => {
  it('never reads a person note outside the vault, and skips a pipe among the templates', async () => {
    const outside = tempDir('ifu-outside-');
    const v = join(outside, 'vault');
    mkdirSync(join(v, '.obsidian', 'plugins', 'interview-follow-up'), { recursive: true });
    mkdirSync(join(outside, 'outside'));
    writeFileSync(join(outside, 'outside', 'Sam Lee.md'), '---\nhonorific: Dr.\nemail: secret@private.example\n---\n');
    writeFileSync(join(v, '.obsidian', 'plugins', 'interview-follow-up', 'data.json'), JSON.stringify({ templatesFolder: 'Templates' }));
    mkdirSync(join(v, 'Templates'));
    execFileSync('mkfifo', [join(v, 'Templates', 'thank-you.md')]);
    symlinkSync('/dev/zero', join(v, 'Templates', 'status-inquiry.md'));
    writeFileSync(join(v, 'Acme.md'), interview('Acme').replace('interviewer: Ms. Pat Jones', 'interviewer: "[[../outside/Sam Lee]]"'));
    const r = await runBuilt(['draft', 'Acme.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect([r.code, r.signal]).toEqual([0, null]);
    expect(r.stdout).toMatch(/Dear /);
    expect(r.stdout).not.toMatch(/Dr\.|secret@/);
  });
});
