// The newest measurement of each engine file across the JSON reports of
// Stryker runs (reports/result-*.json, and reports/mutation/mutation.json
// of `npm run mutation`), as the markdown table of docs/testing.md.
// Usage: node scripts/mutation-table.mjs [-v]   (-v: which report each row comes from)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
const reports = readdirSync('reports').filter((f) => /^(result|before)-.*\.json$/.test(f)).map((f) => `reports/${f}`);
if (existsSync('reports/mutation/mutation.json')) reports.push('reports/mutation/mutation.json');
const files = reports.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
const latest = new Map();
const first = new Map();
const scoreOf = (f) => {
  const c = {};
  for (const m of f.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
  const k = (c.Killed ?? 0) + (c.Timeout ?? 0), all = k + (c.Survived ?? 0) + (c.NoCoverage ?? 0);
  return all === 0 ? 'n/a' : `${((100 * k) / all).toFixed(1)}%`;
};
for (const path of files) {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, f] of Object.entries(r.files)) {
    latest.set(file, { f, from: path, at: statSync(path).mtime });
    if (!first.has(file)) first.set(file, scoreOf(f));
  }
}
let K = 0, S = 0, N = 0, T = 0, I = 0;
const rows = [];
for (const [file, { f, from }] of [...latest].sort()) {
  const c = {};
  for (const m of f.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
  const k = (c.Killed ?? 0) + (c.Timeout ?? 0), s = c.Survived ?? 0, n = c.NoCoverage ?? 0;
  K += k; S += s; N += n; T += c.Timeout ?? 0; I += c.Ignored ?? 0;
  const now = scoreOf(f);
  rows.push(`| \`${file.replace('src/engine/', '')}\` | ${k} (${c.Timeout ?? 0}) | ${s} | ${n} | ${c.Ignored ?? 0} | ${now === 'n/a' ? now : `**${now}**`} | ${first.get(file) === now ? '' : first.get(file)} |`);
  if (process.argv[2] === '-v') rows[rows.length - 1] += ` ${from}`;
}
console.log('| file | killed (of them timed out) | survived | no coverage | ignored (static) | score | first run |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`| **${latest.size} files** | ${K} (${T}) | ${S} | ${N} | ${I} | **${((100 * K) / (K + S + N)).toFixed(1)}%** | |`);
