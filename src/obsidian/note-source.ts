import { TFile, type App } from 'obsidian';
import { findFrontmatterBlock, mentionsInterview } from '../engine/frontmatter-block';
import { readRawNote } from '../engine/raw-note';
import type { Frontmatter } from '../engine/read-note';
import type { NoteSource } from '../engine/follow-up-index';

const BROKEN_MESSAGE =
  "Obsidian cannot read this note's properties (the YAML between the --- lines is not valid), so it is skipped; fix it in source mode";

/**
 * The vault as Obsidian's metadata cache already parsed it. Only a note whose
 * properties Obsidian could not read is opened, once per change, to see
 * whether it concerns an interview.
 */
export class MetadataCacheSource implements NoteSource {
  /** Broken frontmatter that mentions interviews, by path and modification time. */
  private readonly broken = new Map<string, { mtime: number; mentions: boolean | null; message: string | null }>();

  constructor(
    private readonly app: App,
    private readonly learned: (path: string) => void,
  ) {}

  forEachNote(visit: (path: string, frontmatter: Frontmatter | null) => void): void {
    const cache = this.app.metadataCache;
    for (const file of this.app.vault.getMarkdownFiles()) visit(file.path, cache.getFileCache(file)?.frontmatter ?? null);
  }

  private file(path: string): TFile | null {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  frontmatter(path: string): Frontmatter | null {
    const file = this.file(path);
    if (file === null) return null;
    return (this.app.metadataCache.getFileCache(file)?.frontmatter) ?? null;
  }

  unreadableFrontmatter(path: string, inInterviewFolder = false): string | null {
    const file = this.file(path);
    const cache = file === null ? null : this.app.metadataCache.getFileCache(file);
    if (file === null || cache === null || cache.frontmatterPosition === undefined || cache.frontmatter !== undefined) {
      this.broken.delete(path);
      return null;
    }
    const known = this.broken.get(path);
    if (known !== undefined && known.mtime === file.stat.mtime) {
      if (inInterviewFolder || known.mentions === true) return known.message ?? BROKEN_MESSAGE;
      return null;
    }
    const entry = { mtime: file.stat.mtime, mentions: null as boolean | null, message: null as string | null };
    this.broken.set(path, entry);
    this.app.vault.cachedRead(file).then(
      (text) => {
        entry.mentions = mentionsInterview(findFrontmatterBlock(text)?.text ?? '');
        // The same words as the command line: what is wrong, on which line, and the line as it should read.
        const read = readRawNote(text, true);
        entry.message = read.kind === 'unreadable' ? read.message : null;
        if (entry.mentions || inInterviewFolder) this.learned(path);
      },
      () => {
        entry.mentions = false;
      },
    );
    return inInterviewFolder ? BROKEN_MESSAGE : null;
  }

  /** A person note's own properties (email, phone, honorific, prefers), found as Obsidian resolves the link. */
  personNote(link: string, fromPath: string): Frontmatter | null {
    const file = this.app.metadataCache.getFirstLinkpathDest(link, fromPath);
    if (file === null) return null;
    return (this.app.metadataCache.getFileCache(file)?.frontmatter) ?? null;
  }
}
