import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readNote, unreadableNote, type NoteReading } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { lineOfProblem } from '../engine/problem-line';
import { readRawNote } from '../engine/raw-note';
import { isInFolders } from '../engine/settings';
import { readStoredRuleSettings, type StoredRuleSettings } from '../engine/stored-settings';
import { frontmatterPastLimit, listVault, readNotes, READ_LIMIT_BYTES, type ReadResult } from './vault';

export const PLUGIN_ID = 'interview-follow-up';

/** The plugin's saved data in this vault (its data.json), or null when there is none (a warning when unreadable). */
export async function readPluginData(vault: string, warn: (line: string) => void): Promise<Record<string, unknown> | null> {
  const file = join(vault, '.obsidian', 'plugins', PLUGIN_ID, 'data.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    warn(`the plugin's saved settings (${file}) are not valid JSON; the defaults are used`);
    return null;
  }
}

/** The rule settings the plugin saved in this vault, or null when there are none. */
export async function readSavedSettings(vault: string, warn: (line: string) => void): Promise<StoredRuleSettings | null> {
  const data = await readPluginData(vault, warn);
  return data === null ? null : readStoredRuleSettings(data);
}

/** A text setting of the plugin's saved data, or null when it is not set. */
export function textSetting(data: Record<string, unknown> | null, key: string): string | null {
  const value = data?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** One note's contribution, from its raw text. */
export function readNoteText(path: string, text: string, today: Day, folders: readonly string[], propertyNames?: Readonly<Record<string, string>>): NoteReading {
  const inFolder = isInFolders(path, folders);
  const raw = readRawNote(text, inFolder);
  switch (raw.kind) {
    case 'none':
      return readNote(path, null, today, folders, propertyNames, text);
    case 'skipped':
      return { note: null, problems: [] };
    case 'parsed':
      return readNote(path, raw.frontmatter, today, folders, propertyNames, text);
    case 'unreadable':
      if (!raw.reportable) return { note: null, problems: [] };
      if (frontmatterPastLimit(text)) {
        return unreadableNote(
          path,
          `the frontmatter does not end within the first ${Math.round(READ_LIMIT_BYTES / 1024)} KB (no closing --- line), so it is not read; end it with a line of ---, or move long text into the note's body`,
        );
      }
      return unreadableNote(path, raw.message);
  }
}

/** Each problem with the line of the note it is about, so a person can go straight there. */
function withLines(reading: NoteReading, text: string, propertyNames?: Readonly<Record<string, string>>): NoteReading {
  if (reading.problems.length === 0) return reading;
  return { note: reading.note, problems: reading.problems.map((p) => ({ ...p, line: lineOfProblem(text, p, propertyNames) })) };
}

function readingOf(result: ReadResult, today: Day, folders: readonly string[], propertyNames?: Readonly<Record<string, string>>): NoteReading | null {
  if ('text' in result) return withLines(readNoteText(result.path, result.text, today, folders, propertyNames), result.text, propertyNames);
  // A note deleted while the vault was read is simply gone.
  const code = result.error.code;
  if (code === 'ENOENT') return null;
  if (code === 'ENOTREG') return unreadableNote(result.path, `this is skipped: ${result.error.message}`);
  if (code === 'EACCES' || code === 'EPERM') return unreadableNote(result.path, `this note could not be read (${code}); check its permissions`);
  if (code === 'ENAMETOOLONG') return unreadableNote(result.path, 'this note could not be read: its path is longer than the system allows (ENAMETOOLONG); move it higher up');
  return unreadableNote(result.path, `this note could not be read (${code ?? result.error.message})`);
}

/** Every note of the vault folder, read into interview notes and problems (what could not be listed included). */
export async function scanVault(
  vault: string,
  today: Day,
  folders: readonly string[],
  read?: (file: string) => string,
  /** A person's own property names (`date` -> `Interview Day`). */
  propertyNames?: Readonly<Record<string, string>>,
): Promise<NoteReading[]> {
  const listing = await listVault(vault);
  const readings: NoteReading[] = listing.problems.map((p) => unreadableNote(p.path, p.message));
  await readNotes(
    vault,
    listing.notes,
    (result) => {
      const r = readingOf(result, today, folders, propertyNames);
      if (r !== null && (r.note !== null || r.problems.length > 0)) readings.push(r);
    },
    read,
  );
  return readings;
}
