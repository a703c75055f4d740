// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASES_VIEW_FOLLOW_UPS } from '../../src/obsidian/bases-view';
import { CHANGE_DEBOUNCE_MS } from '../../src/obsidian/live-agenda';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/ui/follow-up-view';
import { openBase } from '../stubs/bases';
import { apiVersion, bases, basesViewsOf, parseYaml, Plugin } from '../stubs/obsidian';
import { fileAt, groupRows, note, startPlugin } from './plugin-harness';

afterEach(() => {
  vi.useRealTimers();
  bases.enabled = true;
  apiVersion.current = '1.13.1';
});

const acme = note({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones', promised_date: '2026-11-27' });
const beta = note({ type: 'interview', company: 'Beta', position: 'Engineer', date: '2026-11-23', interviewer: 'Sam Lee' });
const later = note({ type: 'interview', company: 'Gamma', position: 'Lead', date: '2026-12-03' });
const files = { 'Jobs/Acme.md': acme, 'Jobs/Beta.md': beta, 'Jobs/Gamma.md': later, 'Reading list.md': note({ tags: 'books' }) };

function allRows(el: HTMLElement): string[] {
  return ['overdue', 'due-today', 'due-soon', 'coming-up', 'waiting'].flatMap((g) => groupRows(el, g));
}

describe('the Follow-ups view of a base', () => {
  it('shows the follow-ups of the notes the base selects, in the sidebar\'s rows, and follows the selection', async () => {
    const { app, sidebar } = await startPlugin(files);
    const base = openBase(app, BASES_VIEW_FOLLOW_UPS, ['Jobs/Acme.md']);
    expect(base.el.querySelector('.ifu-counts')?.textContent).toBe('Tuesday, November 24: 1 overdue · 0 due today · 0 due soon · 1 waiting');
    expect(groupRows(base.el, 'overdue')).toEqual(['Thank Ms. Pat Jones | Acme, Data Analyst | 3 days overdue']);
    expect(allRows(base.el).join('\n')).not.toContain('Beta');
    // The same rows as the sidebar's for that note.
    expect(groupRows(base.el, 'overdue')).toEqual(groupRows(sidebar(), 'overdue'));

    base.select(['Jobs/Acme.md', 'Jobs/Beta.md', 'Reading list.md']);
    expect(groupRows(base.el, 'due-today')).toEqual(['Thank Sam Lee | Beta, Engineer | due today']);
    expect(groupRows(base.el, 'waiting')).toHaveLength(2);
    expect(allRows(base.el).join('\n')).not.toContain('Gamma');

    base.select(['Jobs/Gamma.md']);
    expect(allRows(base.el)).toEqual([expect.stringContaining('Gamma')]);
    expect(base.el.querySelector('[data-group="coming-up"]')).not.toBeNull();
  });

  it('a click opens the note, as in the sidebar', async () => {
    const { app } = await startPlugin(files, { openSidebar: false });
    const base = openBase(app, BASES_VIEW_FOLLOW_UPS, ['Jobs/Beta.md']);
    base.el.querySelector<HTMLButtonElement>('[data-group="due-today"] .ifu-open')?.click();
    expect(app.workspace.opened).toEqual(['Jobs/Beta.md']);
  });

  it('says when the notes it selects have no follow-ups, rather than the sidebar\'s welcome', async () => {
    const { app } = await startPlugin(files, { openSidebar: false });
    const base = openBase(app, BASES_VIEW_FOLLOW_UPS, ['Reading list.md']);
    expect(base.el.textContent).toContain('No follow-ups for the notes this base shows.');
    expect(base.el.textContent).not.toContain('No interview notes yet');
    base.select([]);
    expect(base.el.textContent).toContain('This base shows no notes.');
    base.select(['Jobs/Acme.md']);
    expect(base.el.textContent).not.toContain('No follow-ups');
    expect(groupRows(base.el, 'overdue')).toHaveLength(1);
  });

  it('shows done follow-ups from its own toggle and from the sidebar\'s, as the setting says', async () => {
    const thanked = acme.replace('promised_date', 'thank_you_sent: 2026-11-21\npromised_date');
    const { app, plugin, sidebar } = await startPlugin({ ...files, 'Jobs/Acme.md': thanked });
    const base = openBase(app, BASES_VIEW_FOLLOW_UPS, ['Jobs/Acme.md']);
    const toggle = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.ifu-toggle-done');
    expect(toggle(base.el)?.textContent).toBe('Show done (1)');
    toggle(base.el)?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(plugin.settings.showDone).toBe(true);
    expect(toggle(base.el)?.textContent).toBe('Hide done');
    expect(groupRows(base.el, 'done')).toEqual([expect.stringContaining('Thank Ms. Pat Jones')]);
    toggle(sidebar())?.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(toggle(base.el)?.textContent).toBe('Show done (1)');
    expect(groupRows(base.el, 'done')).toEqual([]);
  });

  it('follows the notes as they change, until the base is closed', async () => {
    const { app } = await startPlugin(files, { openSidebar: false });
    const base = openBase(app, BASES_VIEW_FOLLOW_UPS, ['Jobs/Acme.md']);
    expect(groupRows(base.el, 'overdue')).toHaveLength(1);
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), acme.replace('promised_date', 'thank_you_sent: 2026-11-20\npromised_date'));
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(groupRows(base.el, 'overdue')).toEqual([]);
    const shown = base.el.textContent;
    base.close();
    await app.vault.modify(fileAt(app, 'Jobs/Acme.md'), acme);
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(base.el.textContent).toBe(shown);
  });
});

describe('the example vault', () => {
  it('Applications.base has a Follow-ups view of the plugin\'s type', () => {
    const base = parseYaml(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../example-vault/Applications.base'), 'utf8')) as { views: Array<{ type: string; name: string }> };
    expect(base.views.filter((v) => v.type === BASES_VIEW_FOLLOW_UPS).map((v) => v.name)).toEqual(['Follow-ups']);
  });
});

describe('without Bases', () => {
  async function loadsWithoutTheView(): Promise<void> {
    const { app, plugin, sidebar } = await startPlugin(files);
    expect(basesViewsOf(app).has(BASES_VIEW_FOLLOW_UPS)).toBe(false);
    expect(() => openBase(app, BASES_VIEW_FOLLOW_UPS, [])).toThrow();
    // Everything else is there: the sidebar, its rows, the commands, the settings.
    expect(app.viewRegistry.has(VIEW_TYPE_FOLLOW_UPS)).toBe(true);
    expect(groupRows(sidebar(), 'overdue')).toEqual(['Thank Ms. Pat Jones | Acme, Data Analyst | 3 days overdue']);
    expect(app.commands.size).toBeGreaterThan(0);
    expect(app.settingTabs).toHaveLength(1);
    expect(plugin.settings).toBeDefined();
  }

  it('loads where Bases is turned off (registerBasesView returns false)', async () => {
    bases.enabled = false;
    await loadsWithoutTheView();
  });

  it('loads where the app has no registerBasesView', async () => {
    const proto = Plugin.prototype as unknown as Record<string, unknown>;
    const original = proto.registerBasesView;
    delete proto.registerBasesView;
    try {
      await loadsWithoutTheView();
    } finally {
      proto.registerBasesView = original;
    }
  });

  it('loads where the app predates Bases (before 1.10) without touching its API', async () => {
    apiVersion.current = '1.9.12';
    const register = vi.spyOn(Plugin.prototype, 'registerBasesView');
    await loadsWithoutTheView();
    expect(register).not.toHaveBeenCalled();
    register.mockRestore();
  });

  it('loads where registerBasesView throws', async () => {
    const register = vi.spyOn(Plugin.prototype, 'registerBasesView').mockImplementation(() => {
      throw new Error('Bases is not ready');
    });
    await loadsWithoutTheView();
    register.mockRestore();
  });

  it('registers the view where Bases is on', async () => {
    const { app } = await startPlugin({});
    expect(basesViewsOf(app).get(BASES_VIEW_FOLLOW_UPS)?.name).toBe('Follow-ups');
  });
});
