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
async function openPage(query = '', viewport = { width: 560, height: 1200 }): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport });
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
    expect(groups).toEqual(['Overdue (4)', 'Due today (3)', 'Due soon (7)', 'Coming up (1)', 'Waiting (3)', 'Needs attention (1)']);
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
    await row.getByRole('button', { name: 'More actions: Ask Fabrikam for the offer in writing' }).click();
    await page.locator('.menu .menu-item', { hasText: 'Mark done' }).click();
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

/** Each follow-up row's height, and whether any of its lines of text wraps or its buttons leave the sidebar. */
async function rowLayout(page: Page): Promise<{ heights: number[]; lineHeight: number; wrapped: string[]; outside: string[] }> {
  return page.evaluate(() => {
    const sidebar = document.querySelector('.interview-follow-up-sidebar') as HTMLElement;
    const right = sidebar.getBoundingClientRect().right;
    const rows = [...sidebar.querySelectorAll<HTMLElement>('.ifu-groups .ifu-row')];
    const title = rows[0]?.querySelector('.ifu-row-title') as HTMLElement;
    const wrapped: string[] = [];
    const outside: string[] = [];
    for (const r of rows) {
      for (const part of r.querySelectorAll<HTMLElement>('.ifu-open > span, button')) {
        // One line: a single box no taller than one line of its text.
        const lines = part.getClientRects().length;
        const style = getComputedStyle(part);
        const one = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
        if (!part.matches('button') && (lines !== 1 || part.getBoundingClientRect().height > one + 1)) wrapped.push(part.textContent ?? '');
        if (part.matches('button') && part.getBoundingClientRect().right > right + 0.5) outside.push(part.getAttribute('aria-label') ?? '');
      }
    }
    return { heights: rows.map((r) => r.getBoundingClientRect().height), lineHeight: parseFloat(getComputedStyle(title).lineHeight), wrapped, outside };
  });
}

describe('the calm row, on a phone and in a narrow sidebar', () => {
  for (const width of [320, 420]) {
    it(`at ${width} px: every row is as high as a row of short text, nothing wraps, every button is inside`, async () => {
      const { page } = await openPage(`?width=${width}`, { width: width + 400, height: 1400 });
      expect(await page.$eval('.mod-right-split', (el) => el.getBoundingClientRect().width)).toBe(width);
      // For the README: a phone's width by date, a narrow sidebar by application.
      if (width === 320) await page.locator('.mod-right-split').screenshot({ path: `${SCREENSHOTS}/sidebar-phone.png` });
      if (width === 420) {
        await page.click('.ifu-grouping');
        await page.locator('.mod-right-split').screenshot({ path: `${SCREENSHOTS}/sidebar-by-application.png` });
        await page.click('.ifu-grouping');
      }
      // A row whose text is short: the height of one line of title and one of context.
      await page.evaluate(() =>
        window.harness.edit('Interviews/Litware - Business Analyst.md', '---\ntype: interview\ncompany: Lit\nposition: BA\ndate: 2026-11-02\nstatus: rejected\ndecision_date: 2026-11-20\n---\n'),
      );
      await page.waitForFunction(() => [...document.querySelectorAll('.ifu-row-title')].some((t) => t.textContent === 'Reply graciously to Lit'), undefined, { timeout: 5000 });
      const short = await page.evaluate(
        () => [...document.querySelectorAll('.ifu-row')].find((r) => r.querySelector('.ifu-row-title')?.textContent === 'Reply graciously to Lit')?.getBoundingClientRect().height ?? 0,
      );
      expect(short).toBeGreaterThan(0);
      for (const grouping of ['by date', 'by application']) {
        if (grouping === 'by application') await page.click('.ifu-grouping');
        const layout = await rowLayout(page);
        expect(layout.heights.length).toBeGreaterThan(15);
        expect(new Set(layout.heights)).toEqual(new Set([short]));
        expect(short).toBeLessThan(layout.lineHeight * 2 + 16);
        expect(layout.wrapped).toEqual([]);
        expect(layout.outside).toEqual([]);
        const scroll = await page.$eval('.interview-follow-up-sidebar', (el) => el.scrollWidth - el.clientWidth);
        expect(scroll).toBe(0);
      }
      // A title cut short keeps its whole text at hand.
      expect(await page.$eval('[data-group="application"] .ifu-open', (b) => b.getAttribute('title'))).toMatch(/^Send Contoso a writing sample .* · 4 days overdue\n/);
      await page.close();
    });
  }

  it('every action is reachable by keyboard: Tab through a row, Shift+F10 opens its menu, the arrows and Enter choose', async () => {
    const { page } = await openPage('?width=420', { width: 1000, height: 1200 });
    const first = '[data-group="overdue"] .ifu-row >> nth=0';
    const title = await page.locator(`${first} >> .ifu-row-title`).textContent();
    await page.focus(`${first} >> .ifu-open`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.className ?? '');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`Draft: ${title}`);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`More actions: ${title}`);
    // Enter on "more" opens the menu; Escape closes it and gives focus back.
    await page.keyboard.press('Enter');
    await page.waitForSelector('.menu');
    expect(await page.$$eval('.menu .menu-item', (items) => items.map((i) => i.textContent))).toEqual(['Copy draft', 'Mark done', 'Snooze…', 'Open note']);
    await page.screenshot({ path: `${SCREENSHOTS}/sidebar-menu.png`, clip: await menuClip(page) });
    await page.keyboard.press('Escape');
    expect(await page.$$('.menu')).toHaveLength(0);
    expect(await focused()).toBe(`More actions: ${title}`);
    // Shift+F10 on the row opens the same menu; Snooze… opens its own menu of days, chosen with the arrows.
    await page.focus(`${first} >> .ifu-open`);
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector('.menu');
    expect(await page.$$('.menu')).toHaveLength(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('.menu .menu-item.selected', (i) => i.textContent)).toBe('Snooze…');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.menu')?.textContent?.includes('Next Monday') === true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('[data-group="waiting"]')?.textContent?.includes(t) === true, title ?? '', { timeout: 5000 });
    const snoozed = page.locator('[data-group="waiting"] .ifu-row', { hasText: title ?? '' });
    expect(await snoozed.locator('.ifu-row-when').textContent()).toBe('snoozed until Monday, November 30');
    // The ContextMenu key, then Open note: the note opens in the pane.
    await page.focus('[data-group="due-today"] .ifu-row >> nth=0 >> .ifu-open');
    await page.keyboard.press('ContextMenu');
    await page.waitForSelector('.menu');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.harness.shown().path !== null);
    expect(await page.evaluate(() => window.harness.shown().path)).toBe('Interviews/Fabrikam - Product Analyst.md');
    // The grouping toggle and the blocks fold from the keyboard too.
    await page.focus('.ifu-grouping');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('.ifu-grouping', 'aria-pressed')).toBe('true');
    await page.focus('details[data-group="application"] > summary');
    await page.keyboard.press('Enter');
    expect(await page.$eval('details[data-group="application"]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });

  it('right-click opens the menu at the pointer', async () => {
    const { page } = await openPage('?width=420', { width: 1000, height: 1200 });
    const box = await page.locator('[data-group="overdue"] .ifu-row >> nth=1 >> .ifu-row-title').boundingBox();
    if (box === null) throw new Error('no row');
    await page.mouse.click(box.x + 10, box.y + 5, { button: 'right' });
    await page.waitForSelector('.menu');
    const menu = await page.locator('.menu').boundingBox();
    expect(Math.abs((menu?.y ?? 0) - (box.y + 5))).toBeLessThanOrEqual(1);
    expect(await page.$$('.menu')).toHaveLength(1);
    await page.close();
  });
});

/** The menu and the rows around it, for a screenshot. */
async function menuClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const side = await page.locator('.mod-right-split').boundingBox();
  const menu = await page.locator('.menu').boundingBox();
  if (side === null || menu === null) throw new Error('nothing to show');
  const x = Math.min(side.x, menu.x);
  return { x, y: side.y, width: Math.max(side.x + side.width, menu.x + menu.width) - x, height: Math.max(menu.y + menu.height + 120, 420) };
}

describe('the preview behaves as the sidebar does', () => {
  it('Draft shows the note with the inserted draft in a pane; a click opens the note there', async () => {
    const { page } = await openPage('?width=420', { width: 1100, height: 1000 });
    await page.click('[data-group="due-today"] .ifu-row >> nth=0 >> .ifu-open');
    await page.waitForSelector('.workspace-split.mod-root[data-path="Interviews/Fabrikam - Product Analyst.md"]');
    expect(await page.textContent('.workspace-split.mod-root .view-header-title')).toBe('Interviews/Fabrikam - Product Analyst');
    expect(await page.textContent('.ifu-harness-text')).toContain('company: Fabrikam');
    const thank = page.locator('[data-group="due-today"] .ifu-row', { hasText: 'Thank Pat Jones' });
    await thank.locator('.ifu-primary').click();
    await page.waitForSelector('.ifu-harness-added');
    const shown = await page.evaluate(() => window.harness.shown());
    expect(shown.path).toMatch(/^Interviews\/Northwind/);
    expect(shown.added).toContain('## Follow-up drafts');
    expect(shown.added).toMatch(/### Thank-you email to .*Pat Jones/);
    expect(await page.isVisible('.notice')).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/preview-draft.png` });
    await page.close();
  });

  it('the new-note form is a modal over the workspace, styled, closed with Escape', async () => {
    const { page } = await openPage('?width=420', { width: 1100, height: 900 });
    await page.click('.ifu-new-note');
    await page.waitForSelector('.modal-container .modal');
    const modal = await page.locator('.modal').boundingBox();
    expect(modal?.width).toBeGreaterThan(400);
    expect(await page.$eval('.modal', (m) => getComputedStyle(m).position)).toBe('relative');
    expect(await page.$eval('.modal-container', (m) => getComputedStyle(m).position)).toBe('fixed');
    await page.keyboard.press('Escape');
    expect(await page.$$('.modal-container')).toHaveLength(0);
    await page.close();
  });
});
