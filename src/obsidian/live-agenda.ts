import { TFile, type App, type EventRef } from 'obsidian';
import type { Agenda, NoteReading } from '../engine/agenda';
import type { InterviewNote } from '../engine/interview-note';
import { dayFromParts, type Day } from '../engine/dates';
import type { RuleSettings } from '../engine/settings';
import { FollowUpIndex } from '../engine/follow-up-index';
import { MetadataCacheSource } from './note-source';

/** Today where the user is: the local calendar date. */
export function localDay(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

/** How long edits settle before the agenda is brought up to date. */
export const CHANGE_DEBOUNCE_MS = 250;
/** How often the clock is checked for a new day (also after the computer wakes up). */
export const DAY_CHECK_MS = 60_000;

export interface LiveAgendaHost {
  app: App;
  registerEvent(ref: EventRef): void;
  registerInterval(id: number): number;
  register(cb: () => void): void;
}

/**
 * The agenda of the open vault, kept current: built from the metadata cache
 * once the workspace is ready, updated per note on change, delete and rename
 * (debounced), moved to the new day at local midnight, and rebuilt when the
 * settings change. Everything it listens to is released on unload.
 */
/** How long a cold start waits for Obsidian's metadata cache before building the agenda anyway. */
export const INDEXING_WAIT_MS = 15_000;

export class LiveAgenda {
  private index: FollowUpIndex | null = null;
  private readonly source: MetadataCacheSource;
  private readonly pending = new Set<string>();
  private readonly renames: Array<[string, string]> = [];
  private timer: number | null = null;
  /** Unloaded: late answers (a note read in the background) are ignored. */
  private stopped = false;
  private readonly listeners = new Set<(agenda: Agenda) => void>();
  /** Who waits for a note's next change to be in the agenda (after the plugin wrote it). */
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly host: LiveAgendaHost,
    private settings: () => RuleSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.source = new MetadataCacheSource(host.app, (path) => this.schedule(path));
  }

  /**
   * Call once the workspace layout is ready. On a cold start Obsidian may
   * still be indexing the vault: while any note has no metadata yet, the
   * index waits for the metadata cache's `resolved` event, so it never
   * counts a half-read vault (the sidebar says it is reading meanwhile).
   */
  start(): void {
    const { app } = this.host;
    const indexed = !app.vault.getMarkdownFiles().some((f) => app.metadataCache.getFileCache(f) === null);
    if (indexed) {
      this.build();
    } else {
      const ref = app.metadataCache.on('resolved', () => {
        if (this.index === null && !this.stopped) this.build();
        app.metadataCache.offref(ref);
      });
      this.host.registerEvent(ref);
      // Should the event never come (a note Obsidian cannot index), the agenda is built anyway, a little later.
      const fallback = window.setTimeout(() => {
        if (this.index === null && !this.stopped) this.build();
      }, INDEXING_WAIT_MS);
      this.host.register(() => window.clearTimeout(fallback));
    }
    this.host.registerEvent(
      app.metadataCache.on('changed', (file) => {
        this.schedule(file.path);
        // A change the plugin itself made is brought in at once.
        if (this.waiting.has(file.path)) this.flush();
      }),
    );
    this.host.registerEvent(
      app.vault.on('delete', (file) => {
        if (file instanceof TFile) this.schedule(file.path);
      }),
    );
    this.host.registerEvent(
      app.vault.on('rename', (file, oldPath) => {
        if (!(file instanceof TFile)) return;
        this.renames.push([oldPath, file.path]);
        this.schedule(file.path);
      }),
    );
    this.host.registerInterval(window.setInterval(() => this.checkDay(), DAY_CHECK_MS));
    this.host.register(() => {
      this.stopped = true;
      this.cancelTimer();
    });
  }

  /** Reads the whole vault into a new index; changes that came meanwhile are in it already. */
  private build(): void {
    this.index = new FollowUpIndex(this.source, this.settings(), localDay(this.now()));
    this.index.rebuild();
    this.renames.length = 0;
    const waiting = [...this.pending].flatMap((p) => this.waiting.get(p) ?? []);
    for (const p of this.pending) this.waiting.delete(p);
    this.pending.clear();
    this.emit();
    for (const resolve of waiting) resolve();
  }

  agenda(): Agenda | null {
    return this.index?.agenda() ?? null;
  }

  /** Today where the user is. */
  today(): Day {
    return localDay(this.now());
  }

  /** The interview note at this path, as last read (pending changes brought in first). */
  interviewNote(path: string): InterviewNote | null {
    if (this.pending.has(path)) this.flush();
    return this.index?.note(path) ?? null;
  }

  /** Every note's reading, pending changes brought in first; none before the first build. */
  readings(): NoteReading[] {
    if (this.pending.size > 0) this.flush();
    return this.index?.allReadings() ?? [];
  }

  /** The rules' settings the agenda is built with. */
  ruleSettings(): RuleSettings {
    return this.settings();
  }

  /** Every interview note of the vault, as last read. */
  interviewNotes(): Iterable<InterviewNote> {
    return this.index?.interviewNotes() ?? [];
  }

  /** The person note a link points to, from the metadata cache. */
  personNote(link: string, fromPath: string): Record<string, unknown> | null {
    return this.source.personNote(link, fromPath);
  }

  /** Calls `listener` with every new agenda; returns a function that stops it. */
  subscribe(listener: (agenda: Agenda) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The settings changed: read every note again. */
  settingsChanged(): void {
    if (this.index === null) return;
    this.index.rebuild(this.settings());
    this.emit();
  }

  /** Brings pending changes in now (also used before acting on a note). */
  flush(): void {
    this.cancelTimer();
    const index = this.index;
    if (index === null) return;
    let changed = false;
    for (const [oldPath, newPath] of this.renames.splice(0)) {
      changed = index.rename(oldPath, newPath) || changed;
      this.pending.delete(newPath);
    }
    for (const path of this.pending) {
      if (this.host.app.vault.getAbstractFileByPath(path) instanceof TFile) changed = index.update(path) || changed;
      else changed = index.remove(path) || changed;
    }
    const done = [...this.pending].flatMap((p) => this.waiting.get(p) ?? []);
    for (const p of this.pending) this.waiting.delete(p);
    this.pending.clear();
    if (changed) this.emit();
    for (const resolve of done) resolve();
  }

  /**
   * Resolves once the note's next change is in the agenda (Obsidian re-reads a
   * note shortly after it is written), or after `timeoutMs` if none comes.
   */
  settled(path: string, timeoutMs = 2_000): Promise<void> {
    return new Promise((resolve) => {
      const timer = window.setTimeout(() => {
        const list = this.waiting.get(path)?.filter((r) => r !== finish) ?? [];
        if (list.length > 0) this.waiting.set(path, list);
        else this.waiting.delete(path);
        resolve();
      }, timeoutMs);
      const finish = () => {
        window.clearTimeout(timer);
        resolve();
      };
      this.waiting.set(path, [...(this.waiting.get(path) ?? []), finish]);
    });
  }

  checkDay(): void {
    if (this.index === null) return;
    const today = localDay(this.now());
    if (today === this.index.agenda().today) return;
    this.index.setToday(today);
    this.emit();
  }

  private schedule(path: string): void {
    if (this.stopped) return;
    this.pending.add(path);
    if (this.timer !== null) return;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, CHANGE_DEBOUNCE_MS);
  }

  private cancelTimer(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    const agenda = this.agenda();
    if (agenda === null) return;
    for (const l of this.listeners) l(agenda);
  }
}
