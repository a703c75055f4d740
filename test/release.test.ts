import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-dir';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('release files', () => {
  it('package.json, manifest.json and versions.json agree on the version', () => {
    const pkg = json('package.json');
    const manifest = json('manifest.json');
    const versions = json('versions.json');
    expect(manifest.version).toBe(pkg.version);
    expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
  });

  it('the plugin runs on phones too', () => {
    expect(json('manifest.json').isDesktopOnly).toBe(false);
  });

  it('the package names its command-line tool and Node version', () => {
    const pkg = json('package.json');
    expect(pkg.bin).toEqual({ 'interview-follow-up': 'bin/interview-follow-up' });
    expect((pkg.engines as Record<string, string>).node).toBe('>=20');
  });
});

describe('npm version', () => {
  it('carries the new version into manifest.json and versions.json', () => {
    const dir = tempDir('ifu-version-');
    for (const f of ['manifest.json', 'versions.json', 'package.json']) cpSync(f, join(dir, f));
    execFileSync(process.execPath, [new URL('../scripts/version-bump.mjs', import.meta.url).pathname], {
      cwd: dir,
      env: { ...process.env, npm_package_version: '9.8.7' },
    });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const versions = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.version).toBe('9.8.7');
    expect(versions['9.8.7']).toBe(manifest.minAppVersion);
    expect(versions['0.1.0']).toBe('1.7.2');
  });
});
