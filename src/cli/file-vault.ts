import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteReading } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { editFrontmatter } from '../engine/frontmatter-edit';
import type { Frontmatter } from '../engine/read-note';
import { readRawNote } from '../engine/raw-note';
import type { Recording } from '../engine/record';
import type { RuleSettings } from '../engine/settings';
import type { TrackPlan } from '../engine/track';
import type { AppliedChange, CalendarFile, InterviewVault, TrackReplan } from '../engine/use-cases/vault';
import { createNoteFile } from './new-file';
import { OutputFile } from './output-file';
import { Refusal } from './note-location';
import { updateFile } from './safe-write';
import { fileInVault, leavesVault, listNotes, readBoundedText } from './vault';
import { scanVault } from './scan';

/**
 * The vault on the file system, the command line's adapter of the use
 * cases' port: notes read as the agenda reads them (regular files inside
 * the vault only, bounded); person notes and templates found inside the
 * vault only; a recording applied as a line-level edit of the one note
 * under its lock, made again on what the note holds at the write if it
 * changed meanwhile. It holds no rule.
 */
export class FileVault implements InterviewVault {
  private notes: string[] | null = null;

  constructor(
    private readonly root: string,
    private readonly today: Day,
    private readonly settings: RuleSettings,
    /** The templates folder of the saved settings, or null. */
    private readonly templatesFolder: string | null,
  ) {}

  readings(): Promise<NoteReading[]> {
    // The readings only: the use case builds the agenda from them.
    return scanVault(this.root, this.today, this.settings.interviewFolders, undefined, this.settings.propertyNames);
  }

  /** A person note, found as Obsidian finds a link: by its path, else by its name anywhere in the vault. */
  async personNote(link: string): Promise<Frontmatter | null> {
    const file = await this.noteByLink(link);
    return file === null ? null : frontmatterAt(file);
  }

  /** A note as Obsidian finds a link from the vault's top: by its path (`.md` added when missing), else by its name anywhere in the vault; inside the vault only. */
  private async noteByLink(link: string): Promise<string | null> {
    const path = link.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    const target = path.toLowerCase().endsWith('.md') ? path : `${path}.md`;
    // Only notes inside the vault: `[[../outside/secret]]` is never read.
    if (path === '' || leavesVault(target)) return null;
    const direct = await fileInVault(this.root, target);
    if (direct !== null) return direct;
    this.notes ??= await listNotes(this.root);
    const name = target.slice(target.lastIndexOf('/') + 1).toLowerCase();
    const found = this.notes.find((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase() === name);
    return found === undefined ? null : fileInVault(this.root, found);
  }

  async templates(): Promise<Readonly<Record<string, string>>> {
    const templates: Record<string, string> = {};
    const folder = this.templatesFolder?.replace(/^\/+|\/+$/g, '') ?? '';
    if (folder === '') return templates;
    const dir = leavesVault(folder) ? null : await fileInVault(this.root, folder);
    if (dir === null) return templates;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!name.toLowerCase().endsWith('.md')) continue;
      const file = await fileInVault(this.root, `${folder}/${name}`);
      try {
        if (file !== null) templates[name.slice(0, -3)] = readBoundedText(file);
      } catch {
        // a pipe, a device or an unreadable file is no template
      }
    }
    return templates;
  }

  /** A template note found as the plugin finds it: by its path (`.md` added when missing), else as a link; a regular file inside the vault only, bounded. */
  async noteTemplate(name: string): Promise<string | null> {
    const file = await this.noteByLink(name);
    try {
      return file === null ? null : readBoundedText(file);
    } catch {
      // a pipe, a device or an unreadable file is no template
      return null;
    }
  }

  createNote(folder: string, text: string, pathFor: (taken: (path: string) => boolean) => string): Promise<string> {
    return createNoteFile(this.root, folder, text, pathFor);
  }

  /** A calendar file anywhere on the file system (`--output` is not bound to the vault). */
  calendarFile(path: string): CalendarFile {
    return new OutputFile(path);
  }

  noteText(inVault: string): Promise<string> {
    return readNoteText(join(this.root, ...inVault.split('/')), inVault);
  }

  /** Writes the plan's text (its additions as lines), planned again on the note as it is at the write, under its lock. */
  async applyTrack(inVault: string, replan: TrackReplan): Promise<{ plan: TrackPlan; written: readonly string[] }> {
    let last: ReturnType<TrackReplan> | null = null;
    await updateFile(join(this.root, ...inVault.split('/')), inVault, (text) => {
      last = replan(text);
      if (last.additions.length !== last.plan.additions.length) throw new Refusal('only the additions of the plan can be written into the text of a note');
      return last.additions.length === 0 ? null : last.plan.text;
    });
    const done = last as ReturnType<TrackReplan> | null;
    if (done === null) throw new Refusal(`${inVault} could not be read`);
    return { plan: done.plan, written: done.additions.map((a) => a.key) };
  }

  async applyRecording(inVault: string, recording: Recording): Promise<AppliedChange> {
    const path = join(this.root, ...inVault.split('/'));
    const raw = await readNoteText(path, inVault);
    const names = this.settings.propertyNames;
    const first = editFrontmatter(raw, recording, names);
    let keys = first.keys;
    const reapply = (current: string): string | null => {
      if (current === raw) return first.changed ? first.text : null;
      const again = editFrontmatter(current, recording, names);
      keys = again.keys;
      return again.changed ? again.text : null;
    };
    // Even when nothing changes, under the note's lock: what an interrupted run left beside it is swept.
    const written = await updateFile(path, inVault, reapply);
    return { changed: written.changed, keys };
  }
}

function frontmatterAt(path: string): Frontmatter | null {
  let text = '';
  try {
    text = readBoundedText(path);
  } catch {
    // a pipe, a device or an unreadable file gives no details
  }
  const r = readRawNote(text, true);
  return r.kind === 'parsed' ? r.frontmatter : null;
}

/** Text exactly as stored: UTF-8, byte-order mark kept; anything else is refused rather than altered. */
export async function readNoteText(path: string, inVault: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Refusal(`${inVault} is not UTF-8 text; the note was left as it was`);
  }
}
