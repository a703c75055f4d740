import type { Agenda, NoteReading } from '../agenda';
import type { Frontmatter } from '../read-note';
import type { Recording } from '../record';
import type { TrackAddition, TrackPlan } from '../track';

/**
 * The one port the use cases need from a vault, whatever holds it: the file
 * system for the command line, Obsidian's API for the plugin. It reads and
 * writes; every rule (which note is an interview, which follow-ups it has,
 * where an outcome goes, what a draft says) is the engine's.
 */
export interface InterviewVault<Applied extends AppliedChange = AppliedChange> {
  /** Every note's reading, each made with the engine's reader (`readNote`, `unreadableNote`). */
  readings(): Promise<NoteReading[]>;
  /** A person note's properties, for a link written in `fromPath`; null when the link leads nowhere inside the vault. */
  personNote(link: string, fromPath: string): Promise<Frontmatter | null>;
  /** The person's own templates by name (`thank-you`, `status-inquiry-again`, ...): the notes of the templates folder. */
  templates(): Promise<Readonly<Record<string, string>>>;
  /**
   * Applies a recording to one note: only the recorded properties change,
   * under the spelling the note already uses (or the person's own name).
   * Throws `Refusal` when the note cannot take it safely. An adapter may
   * say more of what it did (the plugin: how to undo it).
   */
  applyRecording(path: string, recording: Recording): Promise<Applied>;
  /** A note's text exactly as stored; throws `Refusal` when it cannot be read as text. */
  noteText(path: string): Promise<string>;
  /**
   * Writes what `track` adds to one note: `replan` is called on the text the
   * note holds at the moment of writing and gives the plan and its
   * additions (or throws its refusal). Returns that plan and the keys written.
   */
  applyTrack(path: string, replan: TrackReplan): Promise<{ plan: TrackPlan; written: readonly string[] }>;
  /**
   * The text of the note a setting names as a template (`Templates/Interview`,
   * with or without `.md`, found as a link is), inside the vault only; null
   * when there is none.
   */
  noteTemplate(name: string): Promise<string | null>;
  /**
   * Creates a new note in `folder` (made when missing), never over another:
   * `pathFor` is called with the adapter's own test of whether a path is
   * taken (compared as its file system compares names), at the moment it
   * creates the note, and gives the path to create. Returns that path.
   * Throws `Refusal` when the note cannot be created.
   */
  createNote(folder: string, text: string, pathFor: (taken: (path: string) => boolean) => string): Promise<string>;
  /** The file a calendar export goes to (a path the settings or `--output` give). */
  calendarFile(path: string): CalendarFile;
}

/** A file the calendar export reads and replaces. */
export interface CalendarFile {
  /** The file as the person named it, for messages. */
  readonly name: string;
  /** Its text; null when there is no such file yet. Throws `Refusal` when it cannot be read (a folder, no permission). */
  read(): Promise<string | null>;
  /** Puts `text` in its place in one step; throws `Refusal` when it cannot (on the command line, a folder that does not exist). */
  write(text: string): Promise<void>;
}

export interface AppliedChange {
  /** Whether anything changed; false when the note already said so. */
  changed: boolean;
  /** The keys written, in the note's spelling. */
  keys: readonly string[];
}

/** Every interview note of the vault (and every problem), and the agenda they give. */
export interface VaultAgenda {
  readings: NoteReading[];
  agenda: Agenda;
}

/** The plan of a `track` request on a note's text, with the additions to write; throws the request's refusal. */
export type TrackReplan = (text: string) => { plan: TrackPlan; additions: readonly TrackAddition[] };
