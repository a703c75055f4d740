// `npm run bench`: builds the benchmarks, runs them, prints the table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import esbuild from 'esbuild';

mkdirSync('bench/.build', { recursive: true });
await esbuild.build({
  entryPoints: ['bench/node-bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'bench/.build/node-bench.mjs',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'silent',
});

const rows = [];
const run = (file) => {
  const r = spawnSync('node', ['--expose-gc', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.error(`${file} failed`);
    process.exit(1);
  }
  for (const line of r.stdout.split('\n')) if (line.trim() !== '') rows.push(JSON.parse(line));
};
run('bench/.build/node-bench.mjs');
run('bench/browser-bench.mjs');

const size = statSync('main.js').size;
rows.push({ name: 'main.js, minified', bytes: size, target: '<= 60 KiB (61,440 bytes)' });

const n = (x) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
console.log(`\nInterview Follow-up benchmarks on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`);
console.log('| measure | median (min–max) | ratio | target |');
console.log('|---|---|---|---|');
for (const r of rows) {
  const value = r.bytes !== undefined ? `${r.bytes.toLocaleString('en')} bytes (${(r.bytes / 1024).toFixed(1)} KiB)` : `${n(r.median)} ms (${n(r.min)}–${n(r.max)})`;
  console.log(`| ${r.name} | ${value} | ${r.ratio !== undefined ? `${r.ratio.toFixed(2)}x` : ''} | ${r.target ?? ''} |`);
}
void readFileSync;
