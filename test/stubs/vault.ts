import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { Events } from './events';

/**
 * Obsidian's frontmatter, written here on its own rather than through the
 * engine's reader, so that a bug in that reader cannot hide in both: the
 * first line (after a byte-order mark) is `---`, the next line that is `---`
 * closes it, trailing spaces or tabs allowed; no closing line, no
 * frontmatter. Its YAML is js-yaml 4's core schema, as Obsidian showed for
 * the captured notes.
 */
function obsidianFrontmatter(content: string): { text: string; body: number } | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(content);
  if (open === null) return null;
  let at = open[0].length;
  const start = at;
  while (at <= content.length) {
    const next = content.indexOf('\n', at);
    const line = content.slice(at, next === -1 ? content.length : next);
    if (/^---[ \t]*\r?$/.test(line)) return { text: content.slice(start, Math.max(start, at - 1)), body: next === -1 ? content.length : next + 1 };
    if (next === -1) return null;
    at = next + 1;
  }
  return null;
}

function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

export class TAbstractFile {
  vault!: Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
}

export class TFile extends TAbstractFile {
  basename = '';
  extension = '';
  stat = { ctime: 0, mtime: 0, size: 0 };
}

function setPath(file: TFile, path: string): void {
  file.path = path;
  file.name = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.name.lastIndexOf('.');
  file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
  file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
}

/** An in-memory vault: files by path, with Obsidian's events. */
export class Vault extends Events {
  configDir = '.obsidian';
  /** The vault's folder name, as `getName()` gives it. */
  name = 'Job Search';
  private files = new Map<string, { file: TFile; content: string }>();
  private clock = 1_700_000_000_000;

  constructor(private readonly metadata: () => MetadataCache) {
    super();
  }

  getName(): string {
    return this.name;
  }

  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === 'md');
  }

  getFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file);
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    const file = this.files.get(path)?.file;
    if (file !== undefined) return file;
    if (this.folders.has(path) || [...this.files.keys()].some((p) => p.startsWith(`${path}/`))) {
      const folder = new TFolder();
      folder.path = path;
      folder.name = path.slice(path.lastIndexOf('/') + 1);
      folder.children = [...this.files.values()].map((e) => e.file).filter((f) => f.path.slice(0, f.path.lastIndexOf('/')) === path);
      return folder;
    }
    return null;
  }

  getFileByPath(path: string): TFile | null {
    return this.files.get(path)?.file ?? null;
  }

  private entry(file: TFile): { file: TFile; content: string } {
    const e = this.files.get(file.path);
    if (e === undefined) throw new Error(`File not found: ${file.path}`);
    return e;
  }

  read(file: TFile): Promise<string> {
    return Promise.resolve(this.entry(file).content);
  }

  cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  /** Adds a file without events, as if it was there when the vault opened. */
  seed(path: string, content: string): TFile {
    const file = new TFile();
    file.vault = this;
    setPath(file, path);
    file.stat = { ctime: this.clock, mtime: this.clock, size: content.length };
    this.files.set(path, { file, content });
    this.metadata().index(file, content);
    return file;
  }

  /** Folders exist implicitly; creating one records it. */
  folders = new Set<string>();
  createFolder(path: string): Promise<void> {
    this.folders.add(path);
    return Promise.resolve();
  }

  create(path: string, content: string): Promise<TFile> {
    if (this.files.has(path)) return Promise.reject(new Error('File already exists.'));
    const file = this.seed(path, content);
    this.trigger('create', file);
    this.metadata().changed(file, content);
    return Promise.resolve(file);
  }

  modify(file: TFile, content: string): Promise<void> {
    const e = this.entry(file);
    e.content = content;
    file.stat = { ...file.stat, mtime: ++this.clock, size: content.length };
    this.trigger('modify', file);
    this.metadata().changed(file, content);
    return Promise.resolve();
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.entry(file).content);
    await this.modify(file, next);
    return next;
  }

  delete(file: TFile): Promise<void> {
    this.files.delete(file.path);
    this.metadata().forget(file.path);
    this.trigger('delete', file);
    return Promise.resolve();
  }

  rename(file: TFile, newPath: string): Promise<void> {
    const e = this.entry(file);
    const oldPath = file.path;
    this.files.delete(oldPath);
    setPath(file, newPath);
    this.files.set(newPath, e);
    this.metadata().forget(oldPath);
    this.metadata().index(file, e.content);
    this.trigger('rename', file, oldPath);
    return Promise.resolve();
  }

  /** The text of a file (for assertions). */
  text(path: string): string {
    const e = this.files.get(path);
    if (e === undefined) throw new Error(`File not found: ${path}`);
    return e.content;
  }
}

export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } };
  sections?: Array<{ type: string }>;
}

/**
 * The metadata cache: frontmatter parsed as Obsidian parses it (YAML core
 * schema, dates as text, empty values null). Broken YAML gives a
 * frontmatter position but no properties; non-YAML front matter is no
 * frontmatter at all. 'changed' fires after a file's cache is updated.
 */
export class MetadataCache extends Events {
  private caches = new Map<string, CachedMetadata>();

  constructor(private readonly vault: () => Vault) {
    super();
  }

  index(file: TFile, content: string): void {
    this.caches.set(file.path, computeCache(content));
  }

  changed(file: TFile, content: string): void {
    this.index(file, content);
    this.trigger('changed', file, content, this.caches.get(file.path));
  }

  forget(path: string): void {
    this.caches.delete(path);
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const target = linkpath.replace(/#.*$/, '');
    const withExt = target.toLowerCase().endsWith('.md') ? target : `${target}.md`;
    const files = this.vault().getMarkdownFiles();
    return files.find((f) => f.path === withExt) ?? files.find((f) => f.name === withExt.slice(withExt.lastIndexOf('/') + 1)) ?? null;
  }
}

function computeCache(content: string): CachedMetadata {
  const block = obsidianFrontmatter(content);
  if (block === null) return { sections: [] };
  const lines = block.text.split('\n').length + 1;
  const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: lines, col: 3, offset: block.text.length + 8 } };
  try {
    const data = parseYaml(block.text);
    if (data === null || data === undefined) return { sections: [{ type: 'yaml' }] };
    if (typeof data !== 'object' || Array.isArray(data)) return { sections: [{ type: 'yaml' }], frontmatterPosition: position };
    return { frontmatter: data as Record<string, unknown>, frontmatterPosition: position, sections: [{ type: 'yaml' }] };
  } catch {
    return { frontmatterPosition: position, sections: [{ type: 'yaml' }] };
  }
}

/** processFrontMatter: hands over the parsed map, then writes it back as YAML; the body is kept. */
export class FileManager {
  constructor(private readonly vault: Vault) {}

  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    const content = this.vault.text(file.path);
    const block = obsidianFrontmatter(content);
    let data: Record<string, unknown> = {};
    let body = content;
    if (block !== null) {
      const parsed = parseYaml(block.text);
      if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new Error('Frontmatter is not a map');
      data = (parsed ?? {}) as Record<string, unknown>;
      body = content.slice(block.body);
    }
    fn(data);
    const yaml = Object.keys(data).length === 0 ? '' : dump(data, { lineWidth: -1, schema: CORE_SCHEMA });
    await this.vault.modify(file, `---\n${yaml}---\n${body}`);
  }
}
