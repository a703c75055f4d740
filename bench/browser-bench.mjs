// Runs bench/browser-entry.ts in headless Chromium; prints one JSON line per figure.
import { readFileSync } from 'node:fs';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// The sidebar's menus and icons come from Obsidian: the test stub stands in for it, as in the browser tests.
const bundle = await esbuild.build({ entryPoints: ['bench/browser-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent', alias: { obsidian: './test/stubs/obsidian.ts' } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });
const main = readFileSync('main.js', 'utf8');

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}
const print = (row) => process.stdout.write(`${JSON.stringify(row)}\n`);

const renders = [];
let followUps = 0;
for (let i = 0; i <= RUNS; i++) {
  const r = await page.evaluate(() => window.bench.render(334));
  followUps = r.followUps;
  if (i > 0) renders.push(r.ms);
}
print({ name: `sidebar render of ${followUps.toLocaleString('en')} follow-ups (Chromium)`, ...stats(renders), target: '<= 30 ms' });

const updates = [];
let rebuilt = 0;
for (let i = 0; i <= RUNS; i++) {
  const r = await page.evaluate(() => window.bench.update(334));
  rebuilt = r.rebuilt;
  if (i > 0) updates.push(r.ms);
}
print({ name: `sidebar update after one change (${rebuilt} of ${followUps.toLocaleString('en')} rows rebuilt)`, ...stats(updates), target: 'only changed rows' });

const starts = [];
for (let i = 0; i <= RUNS; i++) {
  const name = `loadPlugin${i}`;
  await page.addScriptTag({ content: `window.${name} = function (module, exports, require) {\n${main}\n};` });
  const ms = await page.evaluate((n) => window.bench.start(n), name);
  if (i > 0) starts.push(ms);
}
print({ name: 'plugin start: module load and onload (Chromium)', ...stats(starts), target: '<= 5 ms' });
await browser.close();
