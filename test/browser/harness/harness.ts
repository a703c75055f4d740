/**
 * The browser harness: a stand-in for Obsidian around the built main.js.
 * It loads the plugin exactly as Obsidian does (a CommonJS module whose only
 * import is `obsidian`), over the stub API and a vault held in memory.
 */
import * as obsidian from '../../stubs/obsidian';

interface PluginInstance {
  load(): void;
  unload(): void;
  openSidebar(): Promise<void>;
}

declare global {
  interface Window {
    loadPluginModule?: (module: { exports: Record<string, unknown> }, exports: Record<string, unknown>, require: (name: string) => unknown) => void;
    harness: typeof harness;
  }
}

const manifest = { id: 'interview-follow-up', name: 'Interview Follow-up', version: '0.0.0' };

const harness = {
  app: null as obsidian.App | null,
  plugin: null as PluginInstance | null,
  /** Modules the plugin asked for (only `obsidian` is allowed). */
  required: [] as string[],

  async boot(files: Record<string, string>, data?: unknown): Promise<void> {
    const app = obsidian.createApp(files);
    if (data !== undefined) app.pluginData.set(manifest.id, data);
    const module = { exports: {} as Record<string, unknown> };
    const load = window.loadPluginModule;
    if (load === undefined) throw new Error('main.js is not loaded');
    load(module, module.exports, (name: string) => {
      harness.required.push(name);
      if (name === 'obsidian') return obsidian;
      throw new Error(`Cannot find module '${name}' in Obsidian`);
    });
    const PluginClass = module.exports.default as new (app: unknown, manifest: unknown) => PluginInstance;
    const plugin = new PluginClass(app, manifest);
    plugin.load();
    await new Promise((r) => window.setTimeout(r, 0));
    app.workspace.triggerLayoutReady();
    document.querySelector('.workspace')?.append(app.ribbon, app.workspace.rightSplit);
    document.querySelector('.app-container')?.append(app.statusBar);
    await plugin.openSidebar();
    harness.app = app;
    harness.plugin = plugin;
  },

  /** Replaces a note's text, as an edit in Obsidian would. */
  async edit(path: string, text: string): Promise<void> {
    const app = harness.app;
    const file = app?.vault.getFileByPath(path);
    if (app === null || file === null || file === undefined) throw new Error(`no note ${path}`);
    await app.vault.modify(file, text);
  },

  /** A note's text as it is now. */
  text(path: string): string {
    return harness.app?.vault.text(path) ?? '';
  },

  /** The notices shown so far. */
  notices(): string[] {
    return [...obsidian.shownNotices];
  },

  /** Clicks the Undo button of the last notice. */
  undo(): void {
    obsidian.noticeElements.at(-1)?.querySelector<HTMLButtonElement>('.ifu-undo')?.click();
  },

  opened(): string[] {
    return harness.app?.workspace.opened ?? [];
  },
};

window.harness = harness;
