import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Refusal } from '../engine/use-cases/refusal';
import { codeOf, removedOnExit, withFileLock, WriteRefusal } from './safe-write';

/**
 * A new note on the file system: never over another (names compared as
 * most file systems compare them: composed, without case), under the
 * folder's lock so that two runs at once cannot take one name, and in one
 * step (written beside it, then linked into place), so an interrupted run
 * leaves no half note.
 */

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

/** Removes what an earlier run of this name left when it was killed before it linked its note into place. */
async function sweepTemporaries(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const n of await readdir(dir).catch(() => [] as string[])) {
    if (n.startsWith(prefix) && n.endsWith('.tmp')) await rm(join(dir, n), { force: true });
  }
}

/**
 * Creates the note `pathFor` names in `folder` of the vault at `root`;
 * returns its path inside the vault. A `Refusal` for what the person can
 * change (a file where the folder should be); any other failure of the file
 * system is thrown as it is.
 */
export async function createNoteFile(root: string, folder: string, text: string, pathFor: (taken: (path: string) => boolean) => string): Promise<string> {
  const dir = join(root, ...folder.split('/').filter((p) => p !== ''));
  let path = '';
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if (codeOf(error) === 'EEXIST' || codeOf(error) === 'ENOTDIR') throw new Refusal(`'${folder}' is a file, not a folder; choose another folder`);
    throw error;
  }
  try {
    await withFileLock(join(dir, 'new-note'), folder || '.', async () => {
      const taken = await takenNames(dir);
      path = pathFor((p) => taken.has(comparable(p.slice(p.lastIndexOf('/') + 1))));
      const name = path.slice(path.lastIndexOf('/') + 1);
      await sweepTemporaries(dir, name);
      await createAtomically(join(dir, name), text);
    });
  } catch (error) {
    if (error instanceof WriteRefusal) throw new Refusal(error.message);
    // Under the folder's lock no other run takes the name; a program that is not this tool still could.
    if (codeOf(error) === 'EEXIST') throw new Refusal(`a note named '${path}' appeared while it was being written`);
    throw error;
  }
  return path;
}
