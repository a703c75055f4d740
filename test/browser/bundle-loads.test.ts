import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('main.js in a browser page with no Node globals', () => {
  it('loads and its plugin class is exported, without touching require, process or Buffer', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent('<!doctype html><html><body></body></html>');
    // The bundle is CommonJS: wrap it as Obsidian does, in a function given module, exports and require.
    const source = readFileSync('main.js', 'utf8');
    await page.addScriptTag({ content: `window.loadPluginModule = function (module, exports, require) {\n${source}\n};` });
    const result = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const globals = ['process', 'Buffer', 'global', '__dirname'].filter((g) => g in w);
      const asked: string[] = [];
      class Plugin {}
      const require = (name: string): unknown => {
        asked.push(name);
        if (name === 'obsidian') return { Plugin };
        throw new Error(`no module ${name} in a browser`);
      };
      const module = { exports: {} as Record<string, unknown> };
      (w.loadPluginModule as (m: unknown, e: unknown, r: unknown) => void)(module, module.exports, require);
      const PluginClass = module.exports.default as { prototype: object } | undefined;
      return { globals, asked, isPlugin: PluginClass !== undefined && PluginClass.prototype instanceof Plugin };
    });
    expect(result.globals).toEqual([]);
    expect(result.asked.every((m) => m === 'obsidian')).toBe(true);
    expect(result.isPlugin).toBe(true);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});
