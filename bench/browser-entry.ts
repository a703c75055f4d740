/**
 * The browser half of `npm run bench`, bundled for Chromium: the sidebar's
 * render of 1,000 follow-ups, an update after one change, and the plugin's
 * start (module load and onload) over the stub API.
 */
import { buildAgenda, readNote } from '../src/engine/agenda';
import { parseDay } from '../src/engine/dates';
import { DEFAULT_RULE_SETTINGS } from '../src/engine/settings';
import { renderSidebar } from '../src/ui/render-sidebar';
import { sidebarModel } from '../src/ui/sidebar-model';
import * as obsidian from '../test/stubs/obsidian';

const TODAY = parseDay('2026-11-24') as number;

function notes(n: number, changed = -1): Array<[string, Record<string, unknown>]> {
  return Array.from({ length: n }, (_, i) => [
    `Interviews/Interview ${String(i).padStart(4, '0')}.md`,
    {
      type: 'interview',
      company: `Company ${i}`,
      position: 'Analyst',
      date: `2026-11-${String(10 + (i % 14)).padStart(2, '0')}`,
      interviewer: ['Ms. Pat Jones', 'Sam Lee'],
      ...(i === changed ? { thank_you_sent: '2026-11-24' } : {}),
    },
  ]);
}

function agendaOf(n: number, changed = -1) {
  return buildAgenda(
    notes(n, changed).map(([path, fm]) => readNote(path, fm, TODAY, [])),
    TODAY,
    DEFAULT_RULE_SETTINGS,
  );
}

const handlers = { openNote: () => undefined, toggleDone: () => undefined };

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const bench = {
  /** A fresh sidebar drawing `count` follow-ups: milliseconds. */
  render(interviews: number): { ms: number; followUps: number } {
    const agenda = agendaOf(interviews);
    const model = sidebarModel(agenda, true);
    const container = document.body.createDiv();
    const ms = timed(() => renderSidebar(container, model, handlers));
    container.remove();
    return { ms, followUps: agenda.followUps.length };
  },
  /** Draws, then redraws after one note changed: milliseconds of the redraw and rows rebuilt. */
  update(interviews: number): { ms: number; rebuilt: number } {
    const container = document.body.createDiv();
    renderSidebar(container, sidebarModel(agendaOf(interviews), true), handlers);
    const before = new Set(container.querySelectorAll('.ifu-row'));
    const model = sidebarModel(agendaOf(interviews, 7), true);
    const ms = timed(() => renderSidebar(container, model, handlers));
    const rebuilt = [...container.querySelectorAll('.ifu-row')].filter((r) => !before.has(r)).length;
    container.remove();
    return { ms, rebuilt };
  },
  /** Module load and onload of the built main.js over the stub API. */
  async start(source: string): Promise<number> {
    const app = obsidian.createApp({});
    const start = performance.now();
    const module = { exports: {} as Record<string, unknown> };
    const wrapper = (window as unknown as { [k: string]: (m: unknown, e: unknown, r: unknown) => void })[source];
    wrapper?.(module, module.exports, () => obsidian);
    const Plugin = module.exports.default as new (a: unknown, m: unknown) => { onload(): Promise<void>; unload(): void };
    const plugin = new Plugin(app, { id: 'interview-follow-up', name: 'Interview Follow-up', version: '0' });
    await plugin.onload();
    const ms = performance.now() - start;
    plugin.unload();
    return ms;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
