import { appendFileSync, chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { updateFile, WriteRefusal } from '../../src/cli/safe-write';
import { runBuilt, startBuilt, tempVault } from './built-cli';
import { tempDir } from '../support/temp-dir';

const note = (extra = '') =>
  `---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\nNotes.\n${extra}`;

/** Files beside the note that a write leaves behind: temporary copies and locks. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('.') && n !== '.obsidian');
}

describe('writes that cannot lose work', () => {
  it('two mark commands at once on one note: both recordings are kept, every time', async () => {
    const v = tempVault();
    for (let round = 0; round < 10; round++) {
      writeFileSync(join(v, 'Acme.md'), note());
      const a = await startBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
      const b = await startBuilt(['snooze', 'Acme.md', '--until', '2027-01-10'], { cwd: v });
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect([ra.code, rb.code, ra.stderr, rb.stderr]).toEqual([0, 0, '', '']);
      const text = readFileSync(join(v, 'Acme.md'), 'utf8');
      expect(text).toContain('thank_you_sent: 2026-11-21');
      expect(text).toContain('snoozed_until: 2027-01-10');
    }
    expect(leftovers(v)).toEqual([]);
  }, 30_000);

  it('text added to the note while the edit is being written is kept: the edit is made again on it', async () => {
    const dir = tempDir('ifu-sw-');
    const file = join(dir, 'Acme.md');
    writeFileSync(file, note());
    const result = await updateFile(file, 'Acme.md', (t) => t.replace('Notes.', 'Notes, edited.'), {
      beforeCommit: (attempt) => {
        if (attempt === 1) appendFileSync(file, 'Added while the edit ran.\n');
      },
    });
    expect(result.changed).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(note('Added while the edit ran.\n').replace('Notes.', 'Notes, edited.'));
    expect(leftovers(dir)).toEqual([]);
  });

  it('a note that never stops changing is refused, and left as it is', async () => {
    const dir = tempDir('ifu-sw-');
    const file = join(dir, 'Acme.md');
    writeFileSync(file, note());
    const edit = updateFile(file, 'Acme.md', (t) => `${t}x`, { beforeCommit: () => appendFileSync(file, 'more\n') });
    await expect(edit).rejects.toThrow(WriteRefusal);
    await expect(edit).rejects.toThrow(/kept changing/);
    expect(readFileSync(file, 'utf8')).toBe(note('more\n'.repeat(8)));
    expect(leftovers(dir)).toEqual([]);
  });

  it('a large note appended to by another program during mark keeps every appended line', async () => {
    const v = tempVault();
    const file = join(v, 'Acme.md');
    writeFileSync(file, note('Long body line.\n'.repeat(400_000)));
    const m = await startBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    let running = true;
    void m.done.then(() => (running = false));
    const appended: string[] = [];
    for (let i = 0; running && i < 10; i++) {
      const line = `appended ${i}\n`;
      appendFileSync(file, line);
      appended.push(line);
      await delay(15);
    }
    const r = await m.done;
    expect([r.code, r.stderr]).toEqual([0, '']);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('thank_you_sent: 2026-11-21');
    expect(appended.length).toBeGreaterThan(0);
    for (const line of appended) expect(text).toContain(line);
  }, 20_000);

  it('a read-only note is refused with a message and left as it was', async () => {
    const v = tempVault({ 'Acme.md': note() });
    chmodSync(join(v, 'Acme.md'), 0o444);
    const r = await runBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Acme\.md is read-only/);
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe(note());
    expect(leftovers(v)).toEqual([]);
  });

  it('keeps the note’s hard links, mode and owner', async () => {
    const v = tempVault({ 'Acme.md': note() });
    const file = join(v, 'Acme.md');
    linkSync(file, join(v, 'linked-copy.txt'));
    chmodSync(file, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 1234, 2345);
    const before = statSync(file);
    const r = await runBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    expect(r.code).toBe(0);
    const after = statSync(file);
    expect(after.ino).toBe(before.ino);
    expect(readFileSync(join(v, 'linked-copy.txt'), 'utf8')).toContain('thank_you_sent: 2026-11-21');
    expect(after.mode & 0o7777).toBe(0o640);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(leftovers(v)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner of a note owned by someone else (a new file would be the writer’s)', async () => {
    const v = tempVault({ 'Acme.md': note() });
    const file = join(v, 'Acme.md');
    chownSync(file, 1234, 2345);
    const r = await runBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    expect(r.code).toBe(0);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 2345]);
    expect(readFileSync(file, 'utf8')).toContain('thank_you_sent: 2026-11-21');
  });

  it('a command waits for the lock of a live one, and says so when it cannot have it', async () => {
    const dir = tempDir('ifu-sw-');
    const file = join(dir, 'Acme.md');
    writeFileSync(file, note());
    writeFileSync(join(dir, '.Acme.md.ifu-lock'), `${process.pid}\n`);
    const started = Date.now();
    await expect(updateFile(file, 'Acme.md', (t) => `${t}x`, { waitMs: 300 })).rejects.toThrow(/being changed by another command/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(readFileSync(file, 'utf8')).toBe(note());
  });

  it('a lock older than a minute is taken over, even when its process number is in use again', async () => {
    const dir = tempDir('ifu-sw-');
    const file = join(dir, 'Acme.md');
    writeFileSync(file, note());
    const lock = join(dir, '.Acme.md.ifu-lock');
    writeFileSync(lock, `${process.pid}\n`);
    const old = new Date(Date.now() - 2 * 60_000);
    utimesSync(lock, old, old);
    await updateFile(file, 'Acme.md', (t) => t.replace('Notes.', 'Notes, edited.'), { waitMs: 300 });
    expect(readFileSync(file, 'utf8')).toContain('Notes, edited.');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a lock left by a command that is gone is taken over', async () => {
    const v = tempVault({ 'Acme.md': note() });
    // A lock of a process that does not exist.
    writeFileSync(join(v, '.Acme.md.ifu-lock'), '999999999\n2026-11-21T00:00:00Z\n');
    const r = await runBuilt(['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'], { cwd: v });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(leftovers(v)).toEqual([]);
  });
});

describe('an interrupted mark', () => {
  it('killed with SIGTERM or SIGKILL at any moment: the note is its old or its new bytes, and no temporary file outlives the next run', async () => {
    const v = tempVault();
    const file = join(v, 'Acme.md');
    const old = note('Body line.\n'.repeat(200_000));
    writeFileSync(file, old);
    const mark = ['mark', 'Acme.md', 'thank-you', '--date', '2026-11-21'];
    const started = Date.now();
    expect((await runBuilt(mark, { cwd: v })).code).toBe(0);
    // Killed anywhere in a run: reading, writing the copy, checking, renaming.
    const runTime = Date.now() - started;
    const fresh = readFileSync(file, 'utf8');
    expect(fresh).not.toBe(old);
    let sawOld = 0;
    let sawNew = 0;
    const temporaries = () => leftovers(v).filter((n) => n.endsWith('.tmp'));
    for (let i = 0; i < 10; i++) {
      writeFileSync(file, old);
      // What an earlier run killed with SIGKILL left is swept only once a later run gets that far.
      const before = new Set(temporaries());
      const m = await startBuilt(mark, { cwd: v });
      await delay(Math.random() * runTime);
      m.child.kill(i % 2 === 0 ? 'SIGTERM' : 'SIGKILL');
      const r = await m.done;
      const text = readFileSync(file, 'utf8');
      expect([old, fresh]).toContain(text);
      if (text === old) sawOld++;
      else sawNew++;
      if (r.signal === null && r.code !== 0) expect(r.code).toBe(143);
      // A run stopped by SIGTERM removes its own temporary file on the way out.
      if (i % 2 === 0) expect(temporaries().filter((n) => !before.has(n))).toEqual([]);
    }
    expect(sawOld + sawNew).toBe(10);
    // What a run killed between writing its copy and the rename leaves (the window is too short to hit reliably here).
    writeFileSync(join(v, '.Acme.md.0123456789ab.tmp'), fresh);
    // The next run sweeps what a killed one left, and takes over its lock.
    const next = await runBuilt(mark, { cwd: v });
    expect(next.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fresh);
    expect(leftovers(v)).toEqual([]);
  }, 30_000);
});
