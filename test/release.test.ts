import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
