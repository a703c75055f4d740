import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Day } from '../engine/dates';
import { senderOfSettings } from '../engine/sender';
import { DEFAULT_RULE_SETTINGS } from '../engine/settings';
import { createInterviewNote, type CreatedNote } from '../engine/use-cases/new-note';
import { Refusal } from '../engine/use-cases/refusal';
import { JS_YAML } from '../engine/yaml';
import type { NewArgs } from './args';
import { oneLine, visibleControls } from './control-characters';
import { FileVault } from './file-vault';
import { DEFAULT_SETTINGS } from '../settings-data';
import { readPluginData, textSetting } from './scan';

/**
 * `new`: writes a new interview note into a folder of the vault, the same
 * note the plugin's "New interview note" writes. It never replaces a note:
 * a name taken (compared without regard to case, as most file systems do)
 * gets " (2)", " (3)", .... The note appears in one step (written beside
 * it, then linked into place), so an interrupted run leaves no half note.
 */

export interface NewIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs `new` through the engine's use case (the plugin's "New interview note" runs it too); returns the exit status. */
export async function newCommand(args: NewArgs, io: NewIo, today: Day): Promise<number> {
  const root = resolve(args.vault);
  const refused = (message: string) => {
    io.stderr(`interview-follow-up: ${visibleControls(oneLine(message))}; nothing was written\n`);
    return 2;
  };
  const info = await stat(root).catch(() => null);
  if (info === null || !info.isDirectory()) return refused(`the vault '${args.vault}' does not exist or is not a folder`);
  const saved = await readPluginData(root, (w) => io.stderr(`interview-follow-up: ${w}\n`));
  const given = args.folder !== undefined;
  const settings = {
    // A folder the settings leave blank is the vault's top, as in the plugin; no settings: the plugin's default.
    folder: args.folder ?? (typeof saved?.newNoteFolder === 'string' ? saved.newNoteFolder : DEFAULT_SETTINGS.newNoteFolder),
    folderName: given ? '--folder:' : "The plugin's folder for new interview notes",
    template: textSetting(saved, 'newNoteTemplate'),
    sender: senderOfSettings(saved),
  };
  let created: CreatedNote;
  try {
    created = await createInterviewNote(new FileVault(root, today, DEFAULT_RULE_SETTINGS, null), args.capture, settings, today, JS_YAML);
  } catch (error) {
    if (error instanceof Refusal) return refused(error.message);
    io.stderr(`interview-follow-up: the note could not be written in '${settings.folder.trim() || '.'}' (${visibleControls(oneLine(error instanceof Error ? error.message : String(error)))})\n`);
    return 1;
  }
  if (created.renamed) io.stderr(`interview-follow-up: a note of that name is in the folder already, so this one is named '${visibleControls(created.path)}'\n`);
  const what = `${args.capture.company.trim()}, ${args.capture.position.trim()}`;
  io.stdout(visibleControls(`Created the interview note for ${what}:\n${created.path}\n`));
  return 0;
}
