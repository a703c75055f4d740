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

/**
 * The main pane: the note the plugin opened, as its text, brought up to date
 * on every change; what was added since it opened (an inserted draft) is
 * marked and scrolled into view, and a line the plugin opened it at too.
 */
class NotePane {
  readonly el: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  path: string | null = null;
  private openedText = '';
  private atLines = 0;

  constructor(private readonly app: obsidian.App) {
    this.el = createDiv({ cls: ['workspace-split', 'mod-root'] });
    const header = this.el.createDiv({ cls: 'view-header' });
    this.title = header.createDiv({ cls: 'view-header-title', text: 'No note open' });
    this.body = this.el.createDiv({ cls: ['view-content', 'ifu-harness-note'] });
    this.body.createEl('p', { cls: 'ifu-harness-hint', text: 'A click on a follow-up opens its note here.' });
    app.workspace.on('file-open', (file: obsidian.TFile | null) => {
      if (file === null) return;
      this.path = file.path;
      this.openedText = app.vault.text(file.path);
      // The line it was asked to show is recorded just after the note opens.
      window.setTimeout(() => this.render(), 0);
    });
    app.vault.on('modify', (file: obsidian.TAbstractFile) => {
      if (file.path === this.path) this.render();
    });
  }

  render(): void {
    const path = this.path;
    if (path === null) return;
    const text = this.app.vault.text(path);
    this.title.setText(path.replace(/\.md$/, ''));
    this.el.dataset.path = path;
    const at = this.app.workspace.openedAtLine;
    const line = at.length > this.atLines && at.at(-1)?.path === path ? (at.at(-1)?.line ?? null) : null;
    this.atLines = at.length;
    this.body.empty();
    const pre = this.body.createEl('pre', { cls: 'ifu-harness-text' });
    let target: HTMLElement | null = null;
    const kept = text.startsWith(this.openedText) ? this.openedText : text;
    const lines = kept.split('\n');
    lines.forEach((l, i) => {
      const span = pre.createSpan({ cls: 'ifu-harness-line', text: i < lines.length - 1 ? `${l}\n` : l });
      if (line === i) {
        span.addClass('is-target');
        target = span;
      }
    });
    if (kept.length < text.length) {
      target = pre.createEl('mark', { cls: 'ifu-harness-added', text: text.slice(kept.length) });
    }
    // Scrolled within the pane only, as an editor scrolls, the sidebar staying where it was.
    this.body.scrollTop = target === null ? 0 : Math.max(0, target.offsetTop - 24);
  }
}

const harness = {
  app: null as obsidian.App | null,
  plugin: null as PluginInstance | null,
  pane: null as NotePane | null,
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
    const pane = new NotePane(app);
    harness.pane = pane;
    document.querySelector('.workspace')?.append(app.ribbon, pane.el, app.workspace.rightSplit);
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

  /** The note the main pane shows, and the text it marks as added since it opened. */
  shown(): { path: string | null; added: string } {
    return { path: harness.pane?.path ?? null, added: document.querySelector('.ifu-harness-added')?.textContent ?? '' };
  },

  opened(): string[] {
    return harness.app?.workspace.opened ?? [];
  },
};

// Notices go as Obsidian's do: after a few seconds, or at a click.
const notices = document.querySelector('.notice-container');
notices?.addEventListener('click', (event) => {
  if (event.target instanceof HTMLElement && !(event.target instanceof HTMLButtonElement)) event.target.closest('.notice')?.remove();
});
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) if (node instanceof HTMLElement) window.setTimeout(() => node.remove(), 6000);
}).observe(notices ?? createDiv(), { childList: true });

window.harness = harness;
