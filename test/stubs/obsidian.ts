/**
 * A small stand-in for the `obsidian` package (which ships types only).
 * Rule: add only what the plugin uses, and make it behave as Obsidian does
 * where the plugin depends on it: events fire, leaves open views, the
 * metadata cache parses frontmatter as Obsidian does, processFrontMatter
 * hands over the parsed map and writes it back, the DOM helpers exist.
 * It has no Node import, so the browser harness runs it too.
 */
import { JS_YAML } from '../../src/engine/yaml';
import { installDomHelpers } from './dom';
import { setIcon } from './icons';
import { Editor, MarkdownView, openInEditor } from './editor';
import { Menu, MenuItem, Modal, openModals, shownMenus } from './modal';
import { AbstractInputSuggest, PluginSettingTab, Setting } from './settings-ui';
import { Events, type EventRef } from './events';
import { FileManager, MetadataCache, TAbstractFile, TFile, TFolder, Vault } from './vault';
import { ItemView, View, Workspace, WorkspaceLeaf, type App } from './workspace';

if (typeof window !== 'undefined' && typeof window.Node !== 'undefined') installDomHelpers(window);

export { setIcon };
export { AbstractInputSuggest, Editor, MarkdownView, Menu, MenuItem, Modal, openInEditor, openModals, PluginSettingTab, Setting, shownMenus };
export { Events, FileManager, ItemView, MetadataCache, TAbstractFile, TFile, TFolder, Vault, View, Workspace, WorkspaceLeaf };
export type { App, EventRef };

/**
 * A new app with these notes in its vault (path -> text). `localStorage`
 * is this device's storage: pass the same map again to start the app anew on
 * the same device.
 */
export function createApp(files: Record<string, string> = {}, localStorage: Map<string, string> = new Map()): App {
  const app = {} as App;
  app.localStorage = localStorage;
  // As Obsidian: values kept as JSON, per vault; null clears the entry.
  app.loadLocalStorage = (key: string): unknown => {
    const text = localStorage.get(key);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  };
  app.saveLocalStorage = (key: string, data: unknown): void => {
    if (data === null || data === undefined) localStorage.delete(key);
    else localStorage.set(key, JSON.stringify(data));
  };
  app.metadataCache = new MetadataCache(() => app.vault);
  app.vault = new Vault(() => app.metadataCache);
  app.fileManager = new FileManager(app.vault);
  app.workspace = new Workspace(app);
  app.viewRegistry = new Map();
  app.commands = new Map();
  app.ribbon = createDiv({ cls: 'side-dock-ribbon' });
  app.statusBar = createDiv({ cls: 'status-bar' });
  app.settingTabs = [];
  app.pluginData = new Map();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  return app;
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (...args: never[]) => unknown;
}

export class Component {
  private cleanups: Array<() => void> = [];
  private loaded = false;
  load(): void {
    this.loaded = true;
    void this.onload();
  }
  onload(): void | Promise<void> {}
  onunload(): void {}
  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const cb of this.cleanups.splice(0).reverse()) cb();
    this.onunload();
  }
  register(cb: () => void): void {
    this.cleanups.push(cb);
  }
  registerEvent(ref: EventRef): void {
    this.register(() => ref.source.offref(ref));
  }
  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }
  registerDomEvent(el: HTMLElement | Window | Document, type: string, cb: (ev: Event) => unknown): void {
    el.addEventListener(type, cb);
    this.register(() => el.removeEventListener(type, cb));
  }
}

export class Plugin extends Component {
  settings?: unknown;
  constructor(
    readonly app: App,
    readonly manifest: PluginManifest,
  ) {
    super();
  }
  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.set(full.id, full);
    this.register(() => this.app.commands.delete(full.id));
    return full;
  }
  addRibbonIcon(icon: string, title: string, callback: (ev: MouseEvent) => unknown): HTMLElement {
    const el = this.app.ribbon.createEl('button', { cls: ['side-dock-ribbon-action', 'clickable-icon'], attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', callback);
    this.register(() => el.remove());
    return el;
  }
  addStatusBarItem(): HTMLElement {
    const el = this.app.statusBar.createDiv({ cls: 'status-bar-item' });
    this.register(() => el.remove());
    return el;
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.app.settingTabs.push(tab);
  }
  registerView(type: string, create: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, create);
    this.register(() => this.app.viewRegistry.delete(type));
  }
  /** As Obsidian 1.10: false where Bases is off in the vault (see `bases`). */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    if (!bases.enabled) return false;
    const views = basesViewsOf(this.app);
    views.set(viewId, registration);
    this.register(() => views.delete(viewId));
    return true;
  }
  loadData(): Promise<unknown> {
    return Promise.resolve(structuredClone(this.app.pluginData.get(this.manifest.id) ?? null));
  }
  saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, structuredClone(data));
    return Promise.resolve();
  }
}

/** Every notice shown, newest last (tests read it), and their elements (to click an Undo). */
export const shownNotices: string[] = [];
export const noticeElements: HTMLElement[] = [];

export class Notice {
  noticeEl: HTMLElement;
  constructor(message: string | DocumentFragment, _duration?: number) {
    this.noticeEl = createDiv({ cls: 'notice' });
    this.setMessage(message);
    // Shown where a page has a place for notices (the browser harness); tests read them from the lists.
    document.querySelector('.notice-container')?.appendChild(this.noticeEl);
  }
  setMessage(message: string | DocumentFragment): this {
    if (typeof message === 'string') this.noticeEl.setText(message);
    else this.noticeEl.replaceChildren(message);
    shownNotices.push(this.noticeEl.textContent ?? '');
    noticeElements.push(this.noticeEl);
    return this;
  }
  hide(): void {
    this.noticeEl.remove();
  }
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0): ((...args: T) => void) & { cancel(): void } {
  let timer: number | null = null;
  const run = (...args: T) => {
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = null;
      cb(...args);
    }, timeout);
  };
  return Object.assign(run, {
    cancel: () => {
      if (timer !== null) window.clearTimeout(timer);
    },
  });
}

/** Obsidian's YAML helpers (Obsidian reads YAML as the core schema does: dates stay text). */
export function parseYaml(text: string): unknown {
  return JS_YAML.parse(text);
}

export function stringifyYaml(value: Record<string, unknown>): string {
  return JS_YAML.stringify(value);
}

/** Obsidian's path normalisation: forward slashes, no doubled, leading or trailing slash. */
export function normalizePath(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
  return p === '' ? '/' : p;
}

/** The Obsidian version the stub claims to be (requireApiVersion compares with it). */
export const apiVersion = { current: '1.13.1' };

export function requireApiVersion(version: string): boolean {
  const parts = (v: string) => v.split('.').map(Number);
  const [have, want] = [parts(apiVersion.current), parts(version)];
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const d = (have[i] ?? 0) - (want[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/**
 * Bases, shaped after obsidian.d.ts (1.10): a query controller, entries
 * (one per file the base selects), the query's result and the abstract view
 * a plugin extends. `bases.enabled` false is a vault with Bases turned off.
 * Tests open a base on a registered view with test/stubs/bases.ts.
 */
export const bases = { enabled: true };

export class QueryController extends Component {
  constructor(readonly app: App) {
    super();
  }
}

export class BasesEntry {
  constructor(readonly file: TFile) {}
  getValue(_propertyId: string): unknown {
    return null;
  }
}

export class BasesQueryResult {
  constructor(readonly data: BasesEntry[]) {}
  get groupedData(): Array<{ key?: unknown; entries: BasesEntry[]; hasKey(): boolean }> {
    return [{ entries: this.data, hasKey: () => false }];
  }
  get properties(): string[] {
    return [];
  }
}

export class BasesViewConfig {
  constructor(public name: string) {}
  get(_key: string): unknown {
    return undefined;
  }
}

export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  config: BasesViewConfig = new BasesViewConfig('Follow-ups');
  allProperties: string[] = [];
  data!: BasesQueryResult;
  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app;
  }
  abstract onDataUpdated(): void;
}

export interface BasesViewRegistration {
  name: string;
  icon: string;
  factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
}

const basesViews = new WeakMap<App, Map<string, BasesViewRegistration>>();

/** The Bases views plugins registered in this app, by view type. */
export function basesViewsOf(app: App): Map<string, BasesViewRegistration> {
  let views = basesViews.get(app);
  if (views === undefined) basesViews.set(app, (views = new Map<string, BasesViewRegistration>()));
  return views;
}
