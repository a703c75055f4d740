import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readNote, unreadableNote, type NoteReading } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { readRawNote } from '../engine/raw-note';
import { isInFolders } from '../engine/settings';
import { readStoredRuleSettings, type StoredRuleSettings } from '../engine/stored-settings';
import { listNotes, readNotes, type ReadResult } from './vault';

export const PLUGIN_ID = 'interview-follow-up';

/** The plugin's saved settings in this vault, or null when there are none (a warning when unreadable). */
export async function readSavedSettings(vault: string, warn: (line: string) => void): Promise<StoredRuleSettings | null> {
  const file = join(vault, '.obsidian', 'plugins', PLUGIN_ID, 'data.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return readStoredRuleSettings(JSON.parse(text));
  } catch {
    warn(`the plugin's saved settings (${file}) are not valid JSON; the defaults are used`);
    return null;
  }
}

/** One note's contribution, from its raw text. */
export function readNoteText(path: string, text: string, today: Day, folders: readonly string[]): NoteReading {
  const inFolder = isInFolders(path, folders);
  const raw = readRawNote(text, inFolder);
  switch (raw.kind) {
    case 'none':
      return readNote(path, null, today, folders);
    case 'skipped':
      return { note: null, problems: [] };
    case 'parsed':
      return readNote(path, raw.frontmatter, today, folders);
    case 'unreadable':
      return raw.reportable ? unreadableNote(path, raw.message) : { note: null, problems: [] };
  }
}

function readingOf(result: ReadResult, today: Day, folders: readonly string[]): NoteReading | null {
  if ('text' in result) return readNoteText(result.path, result.text, today, folders);
  // A note deleted while the vault was read is simply gone.
  if (result.error.code === 'ENOENT') return null;
  return unreadableNote(result.path, `this note could not be read (${result.error.code ?? result.error.message}); check its permissions`);
}

/** Every note of the vault folder, read into interview notes and problems. */
export async function scanVault(vault: string, today: Day, folders: readonly string[], read?: (file: string) => string): Promise<NoteReading[]> {
  const paths = await listNotes(vault);
  const readings: NoteReading[] = [];
  await readNotes(
    vault,
    paths,
    (result) => {
      const r = readingOf(result, today, folders);
      if (r !== null && (r.note !== null || r.problems.length > 0)) readings.push(r);
    },
    read,
  );
  return readings;
}
