import { vi } from 'vitest';
import InterviewFollowUpPlugin from '../../src/main';
import { createApp, TFile, type App } from '../stubs/obsidian';

export const MANIFEST = { id: 'interview-follow-up', name: 'Interview Follow-up', version: '0.1.0' };

/** Starts the plugin in a stub Obsidian with these notes, the layout ready and the clock at `now`. */
export async function startPlugin(
  files: Record<string, string>,
  options: { now?: Date; data?: unknown; openSidebar?: boolean; localStorage?: Map<string, string>; stillIndexing?: string[] } = {},
): Promise<{ app: App; plugin: InterviewFollowUpPlugin; sidebar: () => HTMLElement }> {
  vi.useFakeTimers({ now: options.now ?? new Date(2026, 10, 24, 9, 0), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const app = createApp(files, options.localStorage);
  if (options.data !== undefined) app.pluginData.set(MANIFEST.id, options.data);
  // Notes Obsidian has not indexed yet at start-up (a cold start): no metadata until 'resolved'.
  for (const path of options.stillIndexing ?? []) app.metadataCache.forget(path);
  const plugin = new InterviewFollowUpPlugin(app as never, MANIFEST as never);
  (plugin as unknown as { load(): void }).load();
  await vi.advanceTimersByTimeAsync(0);
  app.workspace.triggerLayoutReady();
  if (options.openSidebar !== false) await plugin.openSidebar();
  const sidebar = () => {
    const el = app.workspace.rightSplit.querySelector<HTMLElement>('.interview-follow-up-sidebar');
    if (el === null) throw new Error('the sidebar is not open');
    return el;
  };
  return { app, plugin, sidebar };
}

/** The visible text of each follow-up row of a group. */
export function groupRows(sidebar: HTMLElement, group: string): string[] {
  return [...sidebar.querySelectorAll(`[data-group="${group}"] .ifu-row`)].map((li) =>
    [...li.querySelectorAll('.ifu-open > span')].map((s) => s.textContent).join(' | '),
  );
}

export function note(fields: Record<string, string>, body = 'Notes.\n'): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`;
}

/** The file at this path, which the test expects to exist. */
export function fileAt(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
  return file;
}
