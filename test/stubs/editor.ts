import type { App } from './workspace';
import { ItemView, type WorkspaceLeaf } from './workspace';
import type { TFile } from './vault';

export interface EditorPosition {
  line: number;
  ch: number;
}

/**
 * The editor of an open note: text, a cursor, and an undo history in which
 * each replaceRange is one step (as CodeMirror records one transaction).
 */
export class Editor {
  private text: string;
  private cursor: EditorPosition = { line: 0, ch: 0 };
  readonly history: string[] = [];

  constructor(text: string) {
    this.text = text;
  }

  getValue(): string {
    return this.text;
  }

  setValue(text: string): void {
    this.history.push(this.text);
    this.text = text;
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  /** As CodeMirror: a line that does not exist is an error. */
  getLine(line: number): string {
    const lines = this.text.split('\n');
    if (line < 0 || line >= lines.length) throw new RangeError(`Invalid line number ${line}`);
    return lines[line] ?? '';
  }

  getCursor(_which?: string): EditorPosition {
    return { ...this.cursor };
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
    return offset + pos.ch;
  }

  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: (before[before.length - 1] ?? '').length };
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
    for (const pos of to === undefined ? [from] : [from, to]) {
      if (pos.ch > this.getLine(pos.line).length) throw new RangeError(`Position ${pos.line}:${pos.ch} is out of range`);
    }
    const a = this.posToOffset(from);
    const b = to === undefined ? a : this.posToOffset(to);
    this.history.push(this.text);
    this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
  }

  undo(): void {
    const previous = this.history.pop();
    if (previous !== undefined) this.text = previous;
  }
}

/** An open note in the editor; what is typed reaches the file on save. */
export class MarkdownView extends ItemView {
  editor: Editor;
  file: TFile | null;
  constructor(leaf: WorkspaceLeaf, file: TFile, text: string) {
    super(leaf);
    this.file = file;
    this.editor = new Editor(text);
  }
  override getViewType(): string {
    return 'markdown';
  }
  async save(): Promise<void> {
    if (this.file !== null && this.app.vault.text(this.file.path) !== this.editor.getValue()) {
      await this.app.vault.modify(this.file, this.editor.getValue());
    }
  }
}

/** Opens a note in an editor and makes it the active view (tests call this). */
export function openInEditor(app: App, leafFactory: () => WorkspaceLeaf, file: TFile): MarkdownView {
  const leaf = leafFactory();
  const view = new MarkdownView(leaf, file, app.vault.text(file.path));
  leaf.view = view;
  app.workspace.attach(leaf);
  app.workspace.setActiveView(view);
  app.workspace.setActiveFile(file);
  return view;
}
