import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Day } from '../engine/dates';
import type { Sender } from '../engine/drafts/kinds';
import { CaptureError, newNotePath, newNoteText } from '../engine/new-note';
import { JS_YAML } from '../engine/yaml';
import type { NewArgs } from './args';
import { readPluginData, senderOf, textSetting } from './scan';

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

/** A folder of the vault as `A/B`: never outside the vault, never hidden (the agenda does not read hidden folders). */
function folderInVault(folder: string): string {
  const parts = folder.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^([a-z]:)?[\\/]/i.test(folder) || parts.includes('..')) {
    throw new Refusal(`--folder: '${folder}' is not a folder inside the vault; give a path such as Interviews or Jobs/2026`);
  }
  if (parts.some((p) => p.startsWith('.'))) {
    throw new Refusal(`--folder: '${folder}' is a hidden folder, whose notes the agenda does not read; choose another`);
  }
  return parts.join('/');
}

async function readTemplate(vault: string, path: string): Promise<string> {
  const parts = (path.toLowerCase().endsWith('.md') ? path : `${path}.md`).replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  try {
    if (parts.includes('..')) throw new Error('outside the vault');
    return await readFile(join(vault, ...parts), 'utf8');
  } catch {
    throw new Refusal(`the template note '${path}' named in the plugin's settings is not in the vault; fix the setting or clear it`);
  }
}

/** Names in a folder, in lower case; none when the folder does not exist yet. */
async function takenNames(dir: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(dir)).map((n) => n.toLowerCase()));
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
    if ((await takenNames(dir)).has(name.toLowerCase())) return exists();
    await createAtomically(join(dir, name), text);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return exists();
    io.stderr(`interview-follow-up: the note could not be written in '${folder || '.'}' (${oneLine(error instanceof Error ? error.message : String(error))})\n`);
    return 1;
  }
  const what = `${args.capture.company.trim()}, ${args.capture.position.trim()}`;
  io.stdout(`Created the interview note for ${what}:\n${path}\n`);
  return 0;
}
