import type { Day } from '../dates';
import type { Sender } from '../drafts/kinds';
import type { InterviewCapture } from '../interview-capture';
import { CaptureError, cursorPosition, newNotePath, newNoteText, type YamlCodec } from '../new-note';
import type { InterviewNote } from '../interview-note';
import { folderParts, folderProblem } from '../note-file-name';
import { readRawNote } from '../raw-note';
import { Refusal } from './refusal';
import type { InterviewVault } from './vault';

/**
 * A new interview note, written once for the plugin's form and the command
 * line's `new`: into the folder of the settings (checked the same way for
 * both), from the person's template note or the built-in layout, never over
 * another note (a name taken, in any case, gets " (2)", " (3)", ...).
 */

export interface NewNoteSettings {
  /** The folder for new notes, as the settings or `--folder` give it (`''`: the vault's top). */
  folder: string;
  /** What names the folder in a refusal: `--folder` or "The folder for new interview notes". */
  folderName: string;
  /** The template note the settings name; null or blank for the built-in layout. */
  template: string | null;
  sender: Sender;
}

export interface CreatedNote {
  /** The new note's path inside the vault. */
  path: string;
  /** The name it would have had was taken, so it got " (2)", " (3)", .... */
  renamed: boolean;
  text: string;
  /** Where the first thing to write down goes (line and column from 0). */
  cursor: { line: number; ch: number };
}

/** `A/B` for a folder the settings give (`''` for the vault's top), or a `Refusal` saying why it cannot hold new notes. */
export function newNoteFolder(folder: string, what: string): string {
  const problem = folderProblem(folder, what);
  if (problem !== null) throw new Refusal(problem);
  // The names it was checked with (spaces around the whole folder dropped, as the settings tab drops them).
  return folderParts(folder).join('/');
}

/** Writes a new interview note; a `Refusal` (nothing written) says why it cannot. */
export async function createInterviewNote(
  vault: Pick<InterviewVault, 'noteTemplate' | 'createNote'>,
  capture: InterviewCapture,
  settings: NewNoteSettings,
  today: Day,
  yaml: YamlCodec,
): Promise<CreatedNote> {
  const folder = newNoteFolder(settings.folder, settings.folderName);
  const templateName = settings.template?.trim() ?? '';
  let template: string | null = null;
  if (templateName !== '') {
    template = await vault.noteTemplate(templateName);
    if (template === null) throw new Refusal(`the template note '${templateName}' named in the settings is not in the vault; fix the setting, or clear it to use the built-in layout`);
  }
  let text: string;
  try {
    text = newNoteText(capture, { template, sender: settings.sender, today, yaml });
  } catch (error) {
    if (error instanceof CaptureError) throw new Refusal(error.message);
    throw error;
  }
  // The note must read back: a template can give it properties YAML refuses (a key filled in twice).
  const check = readRawNote(text, true);
  if (check.kind === 'unreadable') throw new Refusal(`the template note '${templateName}' gives this note properties that cannot be read (${check.message}); fix the template`);
  const path = await vault.createNote(folder, text, (taken) => newNotePath(capture, folder, taken));
  return { path, text, cursor: cursorPosition(text), renamed: path !== newNotePath(capture, folder, () => false) };
}

/**
 * Why a next round cannot be made from this note, or null: a round is
 * matched to its application by company and position. The next round
 * itself is `createInterviewNote` of `nextRoundCapture(note, ...)`.
 */
export function nextRoundProblem(note: InterviewNote): string | null {
  return note.company === null || note.position === null
    ? 'This note has no company or position, so a next round cannot be matched to it; add both to its properties first.'
    : null;
}
