import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Day } from '../engine/dates';
import type { Sender } from '../engine/drafts/kinds';
import { CaptureError, newNotePath, newNoteText } from '../engine/new-note';
import { isPortableFolderName } from '../engine/note-file-name';
import { readRawNote } from '../engine/raw-note';
import { JS_YAML } from '../engine/yaml';
import type { NewArgs } from './args';
import { visibleControls } from './control-characters';
import { removedOnExit, withFileLock, WriteRefusal } from './safe-write';
import { readPluginData, senderOf, textSetting } from './scan';
import { fileInVault, leavesVault, readBoundedText } from './vault';

/**
 * `new`: writes a new interview note into a folder of the vault, the same
 * note the plugin's "New interview note" writes. It never replaces a note:
 * when a note of that name exists (compared without regard to case, as
 * most file systems do), it says so and writes nothing. The note appears in
 * one step (written beside it, then linked into place), so an interrupted
 * run leaves no half note.
 */

export interface NewIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with what was asked: exit status 2, nothing written. */
class Refusal extends Error {}

/** What the plugin's saved settings say about new notes. */
interface NoteSettings {
  folder: string | null;
  template: string | null;
  sender: Sender;
}

async function savedNoteSettings(vault: string, warn: (line: string) => void): Promise<NoteSettings> {
  const data = await readPluginData(vault, warn);
  return { folder: textSetting(data, 'newNoteFolder'), template: textSetting(data, 'newNoteTemplate'), sender: senderOf(data) };
}

/**
 * A folder of the vault as `A/B` (names in Unicode's composed form, NFC):
 * never outside the vault, never hidden or `node_modules` (the agenda does
 * not read them), and no name another system or a sync service would refuse.
 */
export function folderInVault(folder: string): string {
  const parts = folder.normalize('NFC').replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  const shown = visibleControls(folder);
  if (/^([a-z]:)?[\\/]/i.test(folder) || parts.includes('..')) {
    throw new Refusal(`--folder: '${shown}' is not a folder inside the vault; give a path such as Interviews or Jobs/2026`);
  }
  if (parts.some((p) => p.startsWith('.') || p.toLowerCase() === 'node_modules')) {
    throw new Refusal(`--folder: '${shown}' is a hidden folder or node_modules, whose notes the agenda does not read; choose another`);
  }
  const unsafe = parts.find((p) => !isPortableFolderName(p));
  if (unsafe !== undefined) {
    throw new Refusal(
      `--folder: '${visibleControls(unsafe)}' is not a folder name every system accepts (no < > : " | ? * or control characters, not CON, PRN, AUX, NUL, COM1-9 or LPT1-9, no space or dot at either end); choose another`,
    );
  }
  return parts.join('/');
}

async function readTemplate(vault: string, path: string): Promise<string> {
  const named = path.toLowerCase().endsWith('.md') ? path : `${path}.md`;
  try {
    // Inside the vault only, a regular file only, and only its first READ_LIMIT_BYTES.
    const file = leavesVault(named) ? null : await fileInVault(vault, named);
    if (file === null) throw new Error('outside the vault');
    return readBoundedText(file);
  } catch {
    throw new Refusal(`the template note '${path}' named in the plugin's settings is not in the vault; fix the setting or clear it`);
  }
}

/** A name as file systems compare it: composed (NFC), without case. */
const comparable = (name: string) => name.normalize('NFC').toLowerCase();

/** Names in a folder, as compared; none when the folder does not exist yet. */
async function takenNames(dir: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(dir)).map(comparable));
  } catch {
    return new Set();
  }
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Puts a new file at `target` in one step, failing with EEXIST when a file
 * is there: written beside it, then hard-linked into place; where the file
 * system has no hard links, the name is claimed first and then replaced.
 */
async function createAtomically(target: string, text: string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const release = removedOnExit(temporary);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, target);
    } catch (error) {
      if (codeOf(error) === 'EEXIST') throw error;
      await (await open(target, 'wx')).close();
      await rename(temporary, target);
    }
  } finally {
    await rm(temporary, { force: true });
    release();
  }
}

/** Copies an earlier `new` of this name left when it was killed before it linked its note into place. */
async function sweepTemporaries(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const n of await readdir(dir).catch(() => [] as string[])) {
    if (n.startsWith(prefix) && n.endsWith('.tmp')) await rm(join(dir, n), { force: true });
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs `new`; returns the exit status. */
export async function newCommand(args: NewArgs, io: NewIo, today: Day): Promise<number> {
  const root = resolve(args.vault);
  let folder: string;
  let text: string;
  try {
    const info = await stat(root).catch(() => null);
    if (info === null || !info.isDirectory()) throw new Refusal(`the vault '${args.vault}' does not exist or is not a folder`);
    const settings = await savedNoteSettings(root, (w) => io.stderr(`interview-follow-up: ${w}\n`));
    folder = folderInVault(args.folder ?? settings.folder ?? 'Interviews');
    const template = settings.template === null ? null : await readTemplate(root, settings.template);
    text = newNoteText(args.capture, { template, sender: settings.sender, today, yaml: JS_YAML });
    const check = readRawNote(text, true);
    if (check.kind === 'unreadable') {
      throw new Refusal(`the template note '${settings.template ?? ''}' gives this note properties that cannot be read (${check.message}); fix the template`);
    }
  } catch (error) {
    if (!(error instanceof Refusal || error instanceof CaptureError)) throw error;
    io.stderr(`interview-follow-up: ${oneLine(error.message)}; nothing was written\n`);
    return 2;
  }
  const dir = join(root, ...folder.split('/').filter((p) => p !== ''));
  const path = newNotePath(args.capture, folder, () => false);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const exists = () => {
    io.stderr(`interview-follow-up: a note named '${path}' already exists; nothing was written\n`);
    return 2;
  };
  try {
    await mkdir(dir, { recursive: true });
    // Under the folder's lock, so that `acme` and `ACME` given at once cannot both be written.
    const created = await withFileLock(join(dir, 'new-note'), folder || '.', async () => {
      if ((await takenNames(dir)).has(comparable(name))) return false;
      await sweepTemporaries(dir, name);
      await createAtomically(join(dir, name), text);
      return true;
    });
    if (!created) return exists();
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return exists();
    if (error instanceof WriteRefusal) {
      io.stderr(`interview-follow-up: ${oneLine(error.message)}; nothing was written\n`);
      return 2;
    }
    io.stderr(`interview-follow-up: the note could not be written in '${folder || '.'}' (${oneLine(error instanceof Error ? error.message : String(error))})\n`);
    return 1;
  }
  const what = `${args.capture.company.trim()}, ${args.capture.position.trim()}`;
  io.stdout(visibleControls(`Created the interview note for ${what}:\n${path}\n`));
  return 0;
}
