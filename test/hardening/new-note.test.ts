import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, vault } from '../cli/run';
import { runBuilt, startBuilt, tempVault } from './built-cli';
import { tempDir } from '../support/temp-dir';

const BASE = ['--position', 'Data Analyst', '--date', '2026-11-20'];

/** The notes of a folder of the vault (hidden files, such as a lock, left out). */
const notesIn = (v: string, folder = 'Interviews') => (existsSync(join(v, folder)) ? readdirSync(join(v, folder)).filter((n) => !n.startsWith('.')) : []);

describe('new, on real file systems', () => {
  it('shortens a long company so that the position stays in the name', async () => {
    const v = vault();
    const company = 'International Business Machines Corporation of Greater Metropolitan Areas Holding';
    const r = await run(['new', v, '--company', company, '--position', 'Senior Staff Data Analyst', '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    const [name] = notesIn(v);
    expect(name).toMatch(/^2026-11-20 International Business .+ - Senior Staff Data Analyst\.md$/);
    expect([...(name as string)].length).toBeLessThanOrEqual(83);
  });

  it('Café typed composed or decomposed is one name: the second gets " (2)"', async () => {
    const v = vault();
    expect((await run(['new', v, '--company', 'Caf\u00e9', ...BASE])).code).toBe(0);
    const first = readFileSync(join(v, 'Interviews', '2026-11-20 Caf\u00e9 - Data Analyst.md'), 'utf8');
    const again = await run(['new', v, '--company', 'Cafe\u0301', ...BASE]);
    expect(again.code).toBe(0);
    expect(notesIn(v).sort()).toEqual(['2026-11-20 Caf\u00e9 - Data Analyst (2).md', '2026-11-20 Caf\u00e9 - Data Analyst.md']);
    expect(readFileSync(join(v, 'Interviews', '2026-11-20 Caf\u00e9 - Data Analyst.md'), 'utf8')).toBe(first);
  });

  it.each(['node_modules', 'Jobs/node_modules', 'a\nb', 'CON', 'Jobs/nul.txt', 'COM1', 'LPT9', 'a:b*?', 'x<y>', 'pipe|d', '"q"', '.hidden', 'Trailing.', 'esc\u001b[2J'])(
    'refuses the folder %j, writing nothing',
    async (folder) => {
      const v = vault();
      const r = await run(['new', v, '--company', 'Acme', ...BASE, '--folder', folder]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--folder: .*nothing was written/);
      expect(r.stderr).not.toContain('\u001b');
      expect(readdirSync(v)).toEqual([]);
    },
  );

  it('refuses a template that would give the note a duplicated key', async () => {
    const v = vault({
      '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ newNoteTemplate: 'Templates/Interview' }),
      'Templates/Interview.md': '---\n"{{company}}": x\n---\n# {{company}}\n',
    });
    const r = await run(['new', v, '--company', 'date', ...BASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/template .*(duplicat|cannot be read).*nothing was written/);
    expect(notesIn(v)).toEqual([]);
  });

  it('reads a template only inside the vault, and only a regular file', async () => {
    const v = vault({ '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ newNoteTemplate: 'Templates/Interview' }) });
    const secret = join(tempDir('ifu-outside-'), 'secret.md');
    writeFileSync(secret, '---\nleak: yes\n---\n');
    mkdirSync(join(v, 'Templates'));
    symlinkSync(secret, join(v, 'Templates', 'Interview.md'));
    const r = await run(['new', v, '--company', 'Acme', ...BASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not in the vault/);
    rmSync(join(v, 'Templates', 'Interview.md'));
    execFileSync('mkfifo', [join(v, 'Templates', 'Interview.md')]);
    const fifo = await runBuilt(['new', v, '--company', 'Acme', ...BASE]);
    expect([fifo.code, fifo.signal]).toEqual([2, null]);
    expect(notesIn(v)).toEqual([]);
  });

  it('sweeps the copy an earlier, killed new of the same note left', async () => {
    const v = vault({ 'Interviews/.2026-11-20 Acme - Data Analyst.md.0123456789ab.tmp': 'half a no' });
    const r = await run(['new', v, '--company', 'Acme', ...BASE]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(v, 'Interviews'))).toEqual(['2026-11-20 Acme - Data Analyst.md']);
  });

  it('acme and ACME given at once: two notes, one of them named " (2)", neither over the other', async () => {
    for (let round = 0; round < 4; round++) {
      const v = tempVault();
      mkdirSync(join(v, 'Interviews'));
      const a = await startBuilt(['new', v, '--company', 'acme', ...BASE]);
      const b = await startBuilt(['new', v, '--company', 'ACME', ...BASE]);
      const codes = (await Promise.all([a.done, b.done])).map((r) => r.code);
      expect(codes).toEqual([0, 0]);
      const names = notesIn(v);
      expect(names).toHaveLength(2);
      expect(names.filter((n) => n.endsWith(' - Data Analyst (2).md'))).toHaveLength(1);
      const companies = names.map((n) => readFileSync(join(v, 'Interviews', n), 'utf8').match(/^company: (.*)$/m)?.[1]).sort();
      expect(companies).toEqual(['ACME', 'acme']);
    }
  }, 20_000);
});
