import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redateVault } from '../../scripts/example-vault.mjs';
import { startPreview } from '../../scripts/preview-server.mjs';
import { launchChromium } from './chromium';

let browser: Browser;
let vault = '';
let preview: { url: string; close(): Promise<void> };
const SCREENSHOTS = 'docs/screenshots';

beforeAll(async () => {
  vault = mkdtempSync(join(tmpdir(), 'ifu-e2e-'));
  cpSync('example-vault', vault, { recursive: true });
  redateVault(vault, '2026-11-24');
  preview = await startPreview({ vault });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (vault !== '') rmSync(vault, { recursive: true, force: true });
});

/** A page at 09:00 on Tuesday 24 November 2026, recording every request it makes. */
async function openPage(query = ''): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 560, height: 1200 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.clock.setFixedTime(new Date(2026, 10, 24, 9, 0));
  await page.goto(`${preview.url}${query}`);
  if (!query.includes('boot=manual')) await page.waitForSelector('body[data-ready="true"]');
  return { page, requests };
}

describe('the built main.js', () => {
  it('holds no code evaluation, no HTML writing and no network call', () => {
    const main = readFileSync('main.js', 'utf8');
    expect(main).not.toMatch(/\beval\(|new Function\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(main).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|requestUrl|sendBeacon|EventSource/);
    expect(main).not.toMatch(/require\(["'](?!obsidian["'])/);
  });
});

describe('the sidebar in headless Chromium', () => {
  it('renders the example vault, loading main.js with no Node globals and no module but obsidian', async () => {
    const { page } = await openPage();
    const groups = await page.$$eval('.ifu-group-title', (hs) => hs.map((h) => h.textContent));
    expect(groups).toEqual(['Overdue (4)', 'Due today (3)', 'Due soon (1)', 'Waiting (3)', 'Needs attention (1)']);
    const overdue = await page.$$eval('[data-group="overdue"] .ifu-row-title', (els) => els.map((e) => e.textContent));
    expect(overdue).toContain('Reply graciously to Litware');
    const env = await page.evaluate(() => ({
      required: [...new Set(window.harness.required)],
      globals: ['process', 'Buffer', 'global', '__dirname', 'require'].filter((g) => g in window),
    }));
    expect(env).toEqual({ required: ['obsidian'], globals: [] });
    await page.locator('.mod-right-split').screenshot({ path: `${SCREENSHOTS}/sidebar-light.png` });
    await page.close();
  });

  it('looks right in the dark theme too', async () => {
    const { page } = await openPage('?theme=dark');
    const colour = await page.$eval('.ifu-row-title', (el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(218, 218, 218)');
    await page.locator('.mod-right-split').screenshot({ path: `${SCREENSHOTS}/sidebar-dark.png` });
    await page.close();
  });

  it('opens a note when its follow-up is clicked, with the mouse or the keyboard', async () => {
    const { page } = await openPage();
    await page.click('[data-group="due-today"] .ifu-open >> text=Ask Fabrikam for the offer in writing');
    await page.focus('[data-group="overdue"] .ifu-open');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.harness.opened())).toEqual([
      'Interviews/Fabrikam - Product Analyst.md',
      'Interviews/Contoso - UX Researcher.md',
    ]);
    await page.close();
  });

  it('marks a follow-up done with a click, changing only that property, and offers Undo', async () => {
    const { page } = await openPage();
    const path = 'Interviews/Fabrikam - Product Analyst.md';
    const before = await page.evaluate((p) => window.harness.text(p), path);
    const row = page.locator('[data-group="due-today"] .ifu-row', { hasText: 'Ask Fabrikam for the offer in writing' });
    await row.getByRole('button', { name: 'Mark done today: Ask Fabrikam for the offer in writing' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-group="due-today"]')?.textContent?.includes('Ask Fabrikam'), undefined, { timeout: 5000 });
    const after = await page.evaluate((p) => window.harness.text(p), path);
    expect(after).toContain('offer_requested: 2026-11-24');
    expect(after.slice(after.indexOf('\n---\n', 4))).toBe(before.slice(before.indexOf('\n---\n', 4)));
    expect((await page.evaluate(() => window.harness.notices())).at(-1)).toContain('written offer requested on 2026-11-24');
    await page.evaluate(() => window.harness.undo());
    await page.waitForFunction(() => document.querySelector('[data-group="due-today"]')?.textContent?.includes('Ask Fabrikam'), undefined, { timeout: 5000 });
    expect(await page.evaluate((p) => window.harness.text(p), path)).not.toContain('offer_requested');
    await page.close();
  });

  it('follows an edit to a note', async () => {
    const { page } = await openPage();
    await page.evaluate(() =>
      window.harness.edit(
        'Interviews/Litware - Business Analyst.md',
        '---\ntype: interview\ncompany: Litware\nposition: Business Analyst\ndate: 2026-11-02\nstatus: rejected\ndecision_date: 2026-11-20\nrejection_reply_sent: 2026-11-23\n---\n',
      ),
    );
    await page.waitForFunction(() => !document.body.textContent?.includes('Reply graciously to Litware'), undefined, { timeout: 5000 });
    expect(await page.$$eval('[data-group="overdue"] .ifu-row', (r) => r.length)).toBe(3);
    await page.close();
  });

  it('shows a company named like HTML as text, runs nothing, and makes no network request', async () => {
    const { page, requests } = await openPage('?boot=manual');
    const before = requests.length;
    await page.evaluate(async () => {
      (window as unknown as { pwned: boolean }).pwned = false;
      await window.harness.boot({
        'X.md': '---\ntype: interview\ncompany: "<img src=x onerror=\'window.pwned=true\'>"\nposition: "<b>Boss</b>"\ndate: 2026-11-23\n---\n',
      });
    });
    await page.waitForTimeout(100);
    expect(await page.$$('.interview-follow-up-sidebar img, .interview-follow-up-sidebar b')).toHaveLength(0);
    expect(await page.textContent('.interview-follow-up-sidebar')).toContain("<img src=x onerror='window.pwned=true'>");
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
    expect(requests.slice(before)).toEqual([]);
    expect(requests.every((u) => u.startsWith(preview.url))).toBe(true);
    await page.close();
  });
});
