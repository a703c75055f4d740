import { Events } from './events';
import type { TFile, Vault } from './vault';

export interface ViewState {
  type: string;
  active?: boolean;
}

export class View {
  containerEl: HTMLElement;
  app: App;
  constructor(public leaf: WorkspaceLeaf) {
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
  }
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return '';
  }
  getIcon(): string {
    return '';
  }
  onOpen(): Promise<void> {
    return Promise.resolve();
  }
  onClose(): Promise<void> {
    return Promise.resolve();
  }
}

export class ItemView extends View {
  contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }
}

export class WorkspaceLeaf {
  view: View | null = null;
  constructor(
    public app: App,
    readonly side: 'left' | 'right' | 'main',
  ) {}

  async setViewState(state: ViewState): Promise<void> {
    await this.view?.onClose();
    const create = this.app.viewRegistry.get(state.type);
    if (create === undefined) throw new Error(`No view registered for ${state.type}`);
    this.view = create(this);
    this.app.workspace.attach(this);
    await this.view.onOpen();
  }

  getViewState(): ViewState {
    return { type: this.view?.getViewType() ?? 'empty' };
  }

  async detach(): Promise<void> {
    await this.view?.onClose();
    this.view?.containerEl.remove();
    this.app.workspace.leaves = this.app.workspace.leaves.filter((l) => l !== this);
  }

  async openFile(file: TFile, openState?: { eState?: { line?: number } }): Promise<void> {
    await this.app.workspace.openLinkText(file.path, '', false);
    // Where the editor was asked to scroll to (0-based line), as Obsidian's eState carries it.
    const line = openState?.eState?.line;
    if (line !== undefined) this.app.workspace.openedAtLine.push({ path: file.path, line });
  }
}

export class Workspace extends Events {
  layoutReady = false;
  leaves: WorkspaceLeaf[] = [];
  /** Every note opened, in order (tests assert on it). */
  opened: string[] = [];
  /** Notes opened at a line (0-based, as the editor counts). */
  openedAtLine: Array<{ path: string; line: number }> = [];
  private activeFile: TFile | null = null;
  private readyCallbacks: Array<() => unknown> = [];
  /** Where leaves show: the right sidebar's element. */
  readonly rightSplit: HTMLElement;

  constructor(private readonly app: App) {
    super();
    this.rightSplit = createDiv({ cls: 'mod-right-split' });
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** Obsidian has finished loading the workspace. */
  triggerLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) cb();
  }

  attach(leaf: WorkspaceLeaf): void {
    if (!this.leaves.includes(leaf)) this.leaves.push(leaf);
    if (leaf.view !== null && leaf.side === 'right') this.rightSplit.appendChild(leaf.view.containerEl);
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view?.getViewType() === type);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return new WorkspaceLeaf(this.app, 'right');
  }

  getLeaf(_newLeaf?: boolean): WorkspaceLeaf {
    return new WorkspaceLeaf(this.app, 'main');
  }

  revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {
    return Promise.resolve();
  }

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) void leaf.detach();
  }

  openLinkText(linktext: string, sourcePath: string, _newLeaf?: boolean): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath) ?? this.app.vault.getFileByPath(linktext);
    if (file !== null) {
      this.activeFile = file;
      this.opened.push(file.path);
      this.trigger('file-open', file);
    }
    return Promise.resolve();
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  private activeView: View | null = null;

  setActiveView(view: View | null): void {
    this.activeView = view;
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    return this.activeView instanceof type ? this.activeView : null;
  }

  setActiveFile(file: TFile | null): void {
    this.activeFile = file;
  }
}

export interface App {
  vault: Vault;
  metadataCache: import('./vault').MetadataCache;
  fileManager: import('./vault').FileManager;
  workspace: Workspace;
  viewRegistry: Map<string, (leaf: WorkspaceLeaf) => View>;
  commands: Map<string, { id: string; name: string; callback?: () => unknown; checkCallback?: (checking: boolean) => boolean | void; editorCallback?: (...args: never[]) => unknown }>;
  ribbon: HTMLElement;
  statusBar: HTMLElement;
  settingTabs: unknown[];
  /** Plugin data.json contents, by plugin id. */
  pluginData: Map<string, unknown>;
  /** This device's storage for the vault (JSON text by key), which does not sync. */
  localStorage: Map<string, string>;
  loadLocalStorage(key: string): unknown;
  saveLocalStorage(key: string, data: unknown): void;
}
