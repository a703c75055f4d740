/**
 * The Node half of `npm run bench`: the command line over a 50,000-note vault
 * against the floor of reading every file and parsing its frontmatter, and
 * the plugin's index fed metadata-cache-shaped data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanVault } from '../src/cli/scan';
import { listNotes, readNotes } from '../src/cli/vault';
import { buildAgenda } from '../src/engine/agenda';
import { parseDay } from '../src/engine/dates';
import { findFrontmatterBlock } from '../src/engine/frontmatter-block';
import type { Frontmatter } from '../src/engine/read-note';
import { DEFAULT_RULE_SETTINGS } from '../src/engine/settings';
import { parseYaml } from '../src/engine/yaml';
import { FollowUpIndex, type NoteSource } from '../src/engine/follow-up-index';
import { benchNotes, writeVault, type BenchNote } from './vault';
import { measure, type Figure } from './stats';

const TODAY = parseDay('2026-11-24') as number;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function report(name: string, figure: Figure, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ name, ...figure, ...extra })}\n`);
}

class MapSource implements NoteSource {
  readonly map: Map<string, Frontmatter | null>;
  constructor(notes: readonly BenchNote[]) {
    this.map = new Map(notes.map((n) => [n.path, n.frontmatter]));
  }
  forEachNote(visit: (path: string, frontmatter: Frontmatter | null) => void): void {
    this.map.forEach((fm, path) => visit(path, fm));
  }
  frontmatter(path: string): Frontmatter | null {
    return this.map.get(path) ?? null;
  }
  unreadableFrontmatter(): string | null {
    return null;
  }
}

async function commandLine(notes: readonly BenchNote[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ifu-bench-'));
  try {
    writeVault(dir, notes);
    const floor = await measure(RUNS, async () => {
      const paths = await listNotes(dir);
      let parsed = 0;
      await readNotes(
        dir,
        paths,
        (r) => {
          if (!('text' in r)) return;
          const block = findFrontmatterBlock(r.text);
          if (block !== null) {
            parseYaml(block.text);
            parsed += 1;
          }
        },
        (file) => readFileSync(file, 'utf8'),
      );
      return parsed;
    });
    report('floor: read every file and parse its frontmatter', floor);
    const agenda = await measure(RUNS, async () => buildAgenda(await scanVault(dir, TODAY, []), TODAY, DEFAULT_RULE_SETTINGS));
    report('command-line agenda, 50,000 notes', agenda, { ratio: agenda.median / floor.median, target: 'ratio <= 1.0' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pluginIndex(notes: readonly BenchNote[]): Promise<void> {
  const source = new MapSource(notes);
  const build = await measure(RUNS, () => {
    const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, TODAY);
    index.rebuild();
    return index.agenda().followUps.length;
  });
  const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, TODAY);
  index.rebuild();
  report('plugin index built from metadata, 50,000 notes, then the agenda', build, {
    target: '<= 50 ms',
    followUps: index.agenda().followUps.length,
  });
}

async function oneChange(notes: readonly BenchNote[], label: string): Promise<Figure> {
  const source = new MapSource(notes);
  const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, TODAY);
  index.rebuild();
  const target = notes.find((n) => n.frontmatter !== null && n.frontmatter.type === 'interview') as BenchNote;
  const original = target.frontmatter as Frontmatter;
  let flip = false;
  const figure = await measure(Math.max(RUNS, 201), () => {
    flip = !flip;
    source.map.set(target.path, flip ? { ...original, thank_you_sent: '2026-11-24' } : original);
    index.update(target.path);
    return index.agenda().followUps.length;
  });
  report(`one changed note to an updated agenda, ${label}`, figure, { target: '<= 1 ms' });
  return figure;
}

/**
 * An acceptance reaches every application (each other open one gets a
 * withdrawal, the references of every note are thanked): the index
 * recomputes the whole agenda, without reading the notes again. Measured
 * against building the index from scratch in the same run.
 */
async function acceptance(notes: readonly BenchNote[]): Promise<void> {
  const source = new MapSource(notes);
  const floor = await measure(RUNS, () => {
    const fresh = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, TODAY);
    fresh.rebuild();
    return fresh.agenda().followUps.length;
  });
  const index = new FollowUpIndex(source, DEFAULT_RULE_SETTINGS, TODAY);
  index.rebuild();
  // The fifth round of the first application is its latest.
  const target = notes.filter((n) => n.frontmatter !== null && n.frontmatter.type === 'interview')[4] as BenchNote;
  const original = target.frontmatter as Frontmatter;
  let flip = false;
  const figure = await measure(Math.max(RUNS, 21), () => {
    flip = !flip;
    source.map.set(target.path, flip ? { ...original, status: 'accepted', decision_date: '2026-11-23' } : original);
    index.update(target.path);
    return index.agenda().followUps.length;
  });
  report('an acceptance to an updated agenda, 10,000 interviews (against building the index)', figure, {
    ratio: figure.median / floor.median,
    target: 'ratio <= 1.0 (linear work, no note read again)',
  });
}

async function main(): Promise<void> {
  const all = benchNotes(10_000, 40_000, TODAY);
  await pluginIndex(all);
  const big = await oneChange(all, '50,000 notes');
  const small = await oneChange(benchNotes(200, 800, TODAY), '1,000 notes');
  report('one change: 50,000 against 1,000 notes', big, { ratio: big.median / small.median, target: 'ratio <= 1.5' });
  await acceptance(benchNotes(10_000, 0, TODAY));
  await commandLine(all);
}

await main();
