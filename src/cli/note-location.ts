import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A problem with what was asked: exit status 2, nothing written. */
export { Refusal } from '../engine/use-cases/refusal';
import { Refusal } from '../engine/use-cases/refusal';

/** A note a command names, and the vault it lies in. */
export interface NoteLocation {
  /** The vault's folder, absolute. */
  vault: string;
  /** The note's file, absolute. */
  path: string;
  /** The note's path inside the vault, `/` separators. */
  inVault: string;
}

function inside(folder: string, path: string): boolean {
  const r = relative(folder, path);
  return r !== '' && r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() === true;
}

/** The nearest folder at or above `start` that holds `.obsidian`, or null. */
export async function obsidianVaultAbove(start: string): Promise<string | null> {
  for (let dir = start; ; dir = dirname(dir)) {
    if (await isFolder(join(dir, '.obsidian'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** The path with symbolic links followed as far as it exists, so a linked vault and its target compare equal. */
async function real(path: string): Promise<string> {
  const found = await realpath(path).catch(() => null);
  if (found !== null) return found;
  const parent = dirname(path);
  return parent === path ? path : join(await real(parent), relative(parent, path));
}

/**
 * The note a command names (contract section 6): NOTE is a path from the
 * current folder (or absolute), never looked up anywhere else; `Acme` is
 * `Acme.md` when there is no file `Acme`, as Obsidian's links read it. The
 * vault is `--vault DIR`, else the nearest folder above the note that holds
 * `.obsidian`, else the current folder; the note must lie inside it.
 */
export async function locateNote(note: string, vaultOption: string | null, cwd: string): Promise<NoteLocation> {
  if (note.trim() === '') throw new Refusal('the note is empty; give its path, such as Interviews/Acme.md');
  const given = resolve(cwd, note);
  const vault = vaultOption !== null ? resolve(cwd, vaultOption) : ((await obsidianVaultAbove(dirname(given))) ?? resolve(cwd));
  if (!(await isFolder(vault))) throw new Refusal(`the vault '${vaultOption ?? vault}' does not exist or is not a folder`);
  const markdown = note.toLowerCase().endsWith('.md');
  const path = markdown || (await isFile(given)) ? given : `${given}.md`;
  const root = await real(vault);
  // The note's own name, as the vault lists it, even when the file is a link.
  const file = join(await real(dirname(path)), basename(path));
  if (!inside(root, file)) {
    const how = vaultOption === null ? '; give the vault with --vault DIR' : '';
    throw new Refusal(`the note '${note}' is not inside the vault '${vaultOption ?? vault}'${how}`);
  }
  if (!markdown && path === given) throw new Refusal(`'${note}' is not a markdown note (.md); only notes have properties to record in`);
  if (!(await isFile(path))) throw new Refusal(`there is no note '${note}' in the vault '${vaultOption ?? vault}' (no file ${path})`);
  return { vault: root, path, inVault: relative(root, file).split(sep).join('/') };
}
