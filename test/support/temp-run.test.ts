import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import setup from './temp-run';

describe("the run's temporary folder", () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.restoreAllMocks();
  });

  it('fails the run that leaves a folder behind, names it, and removes it all the same', () => {
    const outer = tmpdir();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const teardown = setup();
    const run = tmpdir();
    expect(run).not.toBe(outer);
    mkdirSync(join(run, 'ifu-vault-left'));
    writeFileSync(join(run, 'ifu-vault-left', 'note.md'), 'text');
    teardown();
    expect(process.exitCode).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toContain('left 1 temporary entry behind (now removed): ifu-vault-left');
    expect(existsSync(run)).toBe(false);
    expect(tmpdir()).toBe(outer);
  });

  it('lets a run that leaves nothing pass', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    process.exitCode = undefined;
    const teardown = setup();
    const run = tmpdir();
    teardown();
    expect(process.exitCode).toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
    expect(existsSync(run)).toBe(false);
  });
});
