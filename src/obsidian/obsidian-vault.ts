import { MarkdownView, normalizePath, TFile, TFolder, type App } from 'obsidian';
import type { NoteReading } from '../engine/agenda';
import type { Frontmatter } from '../engine/read-note';
import { applyToFrontmatter, type AppliedRecording, type Recording } from '../engine/record';
import { Refusal } from '../engine/use-cases/refusal';
import type { TrackPlan } from '../engine/track';
import { addTracked } from '../engine/use-cases/track';
import type { AppliedChange, CalendarFile, InterviewVault, TrackReplan } from '../engine/use-cases/vault';
import type { LiveAgenda } from './live-agenda';

/** A recording written into a note in Obsidian, with what undoing it needs. */
export interface PluginChange extends AppliedChange {
  /** The note written. */
  file: TFile;
  /** The previous values, to put back. */
  recorded: AppliedRecording;
  /** Resolves once the change is in the agenda (or after a short wait). */
  inAgenda: Promise<void>;
}

/** What the Obsidian vault reads from the plugin. */
export interface ObsidianVaultHost {
  app: App;
  live: LiveAgenda;
  settings(): { templatesFolder: string; propertyNames?: Readonly<Record<string, string>> };
}

/**
 * The open vault, the plugin's adapter of the use cases' port: readings
 * from the live index (Obsidian's metadata cache), person notes through
 * link resolution, templates from the templates folder, and a recording
 * written through `processFrontMatter`, which touches the frontmatter only.
 * It holds no rule.
 */
export class ObsidianVault implements InterviewVault<PluginChange> {
  constructor(private readonly host: ObsidianVaultHost) {}

  readings(): Promise<NoteReading[]> {
    return Promise.resolve(this.host.live.readings());
  }

  personNote(link: string, fromPath: string): Promise<Frontmatter | null> {
    return Promise.resolve(this.host.live.personNote(link, fromPath));
  }

  /** The user's templates: each note in the templates folder, by its name (`thank-you`, `status-inquiry-final-round`, ...). */
  async templates(): Promise<Readonly<Record<string, string>>> {
    const { app } = this.host;
    const folder = this.host.settings().templatesFolder.trim().replace(/^\/+|\/+$/g, '');
    const templates: Record<string, string> = {};
    const dir = folder === '' ? null : app.vault.getAbstractFileByPath(folder);
    if (!(dir instanceof TFolder)) return templates;
    for (const child of dir.children) {
      if (child instanceof TFile && child.extension === 'md') templates[child.basename] = await app.vault.cachedRead(child);
    }
    return templates;
  }

  async applyRecording(path: string, recording: Recording): Promise<PluginChange> {
    const { app, live } = this.host;
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) throw new Refusal(`${path} no longer exists, so nothing was recorded`);
    const names = this.host.settings().propertyNames;
    const result: { recorded?: AppliedRecording } = {};
    let inAgenda: Promise<void> = Promise.resolve();
    try {
      await saveOpenEditors(app, file);
      inAgenda = live.settled(file.path);
      await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        result.recorded = applyToFrontmatter(frontmatter, recording, names);
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Refusal(`nothing was recorded in ${path}, and the note was left as it was: ${reason}`);
    }
    const done = result.recorded;
    if (done === undefined) throw new Refusal(`nothing was recorded in ${path}: Obsidian did not hand over its properties`);
    return { changed: done.changed, keys: done.previous.map((p) => p.key), file, recorded: done, inAgenda: done.changed ? inAgenda : Promise.resolve() };
  }

  async noteText(path: string): Promise<string> {
    const file = this.host.app.vault.getFileByPath(path);
    if (file === null) throw new Refusal(`${path} no longer exists`);
    try {
      await saveOpenEditors(this.host.app, file);
      return await this.host.app.vault.read(file);
    } catch (error) {
      throw new Refusal(`${file.basename} could not be read (${error instanceof Error ? error.message : String(error)}); nothing was written`);
    }
  }

  /** Adds what `track` adds through `processFrontMatter`, planned on the note as it is just before. */
  async applyTrack(path: string, replan: TrackReplan): Promise<{ plan: TrackPlan; written: readonly string[] }> {
    const { app, live } = this.host;
    const file = app.vault.getFileByPath(path);
    if (file === null) throw new Refusal(`${path} no longer exists`);
    const { plan, additions } = replan(await this.noteText(path));
    const written: string[] = [];
    try {
      const inAgenda = live.settled(file.path);
      await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        written.push(...addTracked(frontmatter, additions));
      });
      await inAgenda;
    } catch (error) {
      throw new Refusal(`${file.basename} could not be changed (${error instanceof Error ? error.message : String(error)}); it was left as it was`);
    }
    return { plan, written };
  }

  /** A template note the settings name: by its path, with or without `.md`, else as a link from the vault's top resolves. */
  async noteTemplate(name: string): Promise<string | null> {
    const { app } = this.host;
    const path = normalizePath(name);
    const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`) ?? app.metadataCache.getFirstLinkpathDest(path.replace(/\.md$/i, ''), '');
    return file instanceof TFile ? app.vault.read(file) : null;
  }

  async createNote(folder: string, text: string, pathFor: (taken: (path: string) => boolean) => string): Promise<string> {
    const { vault } = this.host.app;
    // Compared as file systems compare names: any case, composed or decomposed accents alike.
    const same = (p: string) => p.normalize('NFC').toLowerCase();
    const taken = new Set(vault.getFiles().map((f) => same(f.path)));
    const path = pathFor((p) => taken.has(same(p)));
    try {
      if (folder !== '' && vault.getAbstractFileByPath(folder) === null) await vault.createFolder(folder);
      await vault.create(path, text);
    } catch (error) {
      throw new Refusal(`${path} could not be created (${error instanceof Error ? error.message : String(error)})`);
    }
    return path;
  }

  calendarFile(path: string): CalendarFile {
    return new VaultFile(this.host.app, normalizePath(path));
  }

  /** Puts back what a recording changed, through `processFrontMatter` again. */
  async undo(change: PluginChange): Promise<void> {
    const { app, live } = this.host;
    await saveOpenEditors(app, change.file);
    const inAgenda = live.settled(change.file.path);
    await app.fileManager.processFrontMatter(change.file, (frontmatter: Record<string, unknown>) => {
      change.recorded.restore(frontmatter);
    });
    await inAgenda;
  }
}

/**
 * Saves what is typed in any editor showing this note, so that the write to
 * the file cannot race an unsaved edit.
 */
export async function saveOpenEditors(app: App, file: TFile): Promise<void> {
  for (const leaf of app.workspace.getLeavesOfType('markdown')) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) await view.save();
  }
}

/** A file of the vault that the calendar export reads and replaces; its folder is made when missing. */
export class VaultFile implements CalendarFile {
  constructor(
    private readonly app: App,
    readonly name: string,
  ) {}

  async read(): Promise<string | null> {
    const existing = this.app.vault.getAbstractFileByPath(this.name);
    if (existing === null) return null;
    if (!(existing instanceof TFile)) throw new Refusal(`${this.name} is a folder; choose another path for the calendar file in the settings`);
    return this.app.vault.read(existing);
  }

  async write(text: string): Promise<void> {
    const { vault } = this.app;
    const existing = vault.getAbstractFileByPath(this.name);
    if (existing instanceof TFile) {
      await vault.modify(existing, text);
      return;
    }
    const folder = this.name.includes('/') ? this.name.slice(0, this.name.lastIndexOf('/')) : '';
    if (folder !== '' && vault.getAbstractFileByPath(folder) === null) await vault.createFolder(folder);
    await vault.create(this.name, text);
  }
}
