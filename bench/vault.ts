import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deterministic pseudo-random sequence, so every run builds the same vault. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = 'the interview went well and we talked about data pipelines dashboards stakeholders forecasting budgets hiring roadmap quarterly review team culture onboarding'.split(' ');

function body(rand: () => number, bytes: number): string {
  const out: string[] = ['# Notes', ''];
  let size = 10;
  while (size < bytes) {
    const line = Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
}

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

export interface BenchNote {
  path: string;
  frontmatter: Record<string, unknown> | null;
  text: string;
}

/**
 * The benchmark vault: `interviews` interview notes in `interviews / 5`
 * applications, and `others` ordinary notes (about half with frontmatter),
 * bodies of about 2 KB.
 */
export function benchNotes(interviews: number, others: number, today: number): BenchNote[] {
  const rand = random(42);
  const notes: BenchNote[] = [];
  const statuses = ['waiting', 'waiting', 'waiting', 'next-round', 'rejected', 'verbal-offer', 'offer'];
  for (let i = 0; i < interviews; i++) {
    const app = Math.floor(i / 5);
    const round = i % 5;
    const date = day(today, -60 + app % 50 + round * 3);
    const fm: Record<string, unknown> = {
      type: 'interview',
      company: `Company ${app}`,
      position: `Role ${app % 7}`,
      date,
      interviewer: [`Ms. Person ${i}`, `[[Person ${i + 1}]]`],
      references: rand() < 0.3 ? ['Ref One'] : null,
      promised_date: rand() < 0.5 ? day(today, -40 + (app % 50)) : null,
      status: round === 4 ? statuses[app % statuses.length] : round < 4 ? 'next-round' : 'waiting',
      thank_you_sent: rand() < 0.6 ? date : null,
      inquiries: rand() < 0.2 ? [day(today, -10)] : null,
    };
    const yaml = Object.entries(fm)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((x) => `  - "${String(x)}"`).join('\n')}` : `${k}: ${String(v)}`))
      .join('\n');
    const clean = Object.fromEntries(Object.entries(fm).filter(([, v]) => v !== null));
    notes.push({ path: `Interviews/${Math.floor(i / 1000)}/Interview ${i}.md`, frontmatter: clean, text: `---\n${yaml}\n---\n${body(rand, 2000)}` });
  }
  for (let i = 0; i < others; i++) {
    const withFm = i % 2 === 0;
    const fm = withFm ? { title: `Note ${i}`, tags: ['project', `area/${i % 13}`], created: day(today, -(i % 400)), status: 'draft' } : null;
    const yaml = fm ? `---\ntitle: ${fm.title}\ntags: [project, area/${i % 13}]\ncreated: ${fm.created}\nstatus: draft\n---\n` : '';
    notes.push({ path: `Notes/${Math.floor(i / 1000)}/Note ${i}.md`, frontmatter: fm, text: `${yaml}${body(rand, 2000)}` });
  }
  return notes;
}

export function writeVault(dir: string, notes: readonly BenchNote[]): void {
  const folders = new Set<string>();
  for (const n of notes) {
    const folder = join(dir, n.path, '..');
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(join(dir, n.path), n.text);
  }
}
