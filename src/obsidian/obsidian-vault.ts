import { MarkdownView, TFile, TFolder, type App } from 'obsidian';
import type { NoteReading } from '../engine/agenda';
import type { Frontmatter } from '../engine/read-note';
import { applyToFrontmatter, type AppliedRecording, type Recording } from '../engine/record';
import { Refusal } from '../engine/use-cases/refusal';
import type { AppliedChange, InterviewVault } from '../engine/use-cases/vault';
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
