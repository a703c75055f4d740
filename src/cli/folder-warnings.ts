import { readdir, stat } from 'node:fs/promises';
import type { NoteReading } from '../engine/agenda';
import { isInFolders, normalizeFolder } from '../engine/settings';
import { closestWord } from './property-option';
import { fileInVault, leavesVault } from './vault';

/**
 * `--folder` names a folder of the vault whose every note is an interview
 * note. One that is not there, or that holds no note, is most likely a typing
 * slip (`--folder Interview` for `Interviews`): the agenda is still printed,
 * with a warning on standard error for each such folder.
 */

/** Whether any note of the vault (an interview note, or one with a problem) lies in the folder. */
function holdsNote(folder: string, readings: readonly NoteReading[]): boolean {
  return readings.some((r) => {
    const path = r.note?.path ?? r.problems[0]?.note;
    return path !== undefined && isInFolders(path, [folder]);
  });
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() === true;
}

/** `; did you mean Interviews?` for a sibling folder of a similar name, else ''. */
async function nearFolder(vault: string, folder: string): Promise<string> {
  const parts = folder.split('/');
  const name = parts.pop() ?? '';
  const parent = parts.join('/');
  const dir = parent === '' ? vault : await fileInVault(vault, parent);
  if (dir === null) return '';
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  const near = closestWord(name, folders);
  return near === null ? '' : `; did you mean --folder ${JSON.stringify(parent === '' ? near : `${parent}/${near}`)}?`;
}

/** A warning for each `--folder` that is not a folder of the vault or holds no note that is read. */
export async function folderWarnings(vault: string, folders: readonly string[], readings: readonly NoteReading[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const given of folders) {
    const folder = normalizeFolder(given);
    if (folder === '' || folder === '.' || holdsNote(folder, readings)) continue;
    if (leavesVault(given.trim())) {
      warnings.push(`--folder '${given}' is not inside the vault '${vault}'; give the folder's path inside the vault, such as --folder Interviews`);
    } else if (folder.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) {
      warnings.push(`--folder '${given}': notes in hidden folders (and node_modules) are not read`);
    } else {
      const dir = await fileInVault(vault, folder);
      if (dir !== null && (await isFolder(dir))) warnings.push(`--folder '${given}' holds no note (no .md file) in the vault '${vault}'`);
      else warnings.push(`--folder '${given}' is not a folder of the vault '${vault}'${await nearFolder(vault, folder)}`);
    }
  }
  return warnings;
}
