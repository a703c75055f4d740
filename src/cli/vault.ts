import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** How many folders are listed at once. */
export const READ_CONCURRENCY = 32;

function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Paths (inside the vault, `/` separators, sorted) of every markdown note,
 * leaving out hidden folders (`.obsidian`, `.trash`, `.git`), hidden files
 * and `node_modules`. Folders that vanish or cannot be listed are skipped.
 */
export async function listNotes(vault: string): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const batch = pending.splice(0, READ_CONCURRENCY);
    await Promise.all(
      batch.map(async (folder) => {
        let entries;
        try {
          entries = await readdir(join(vault, folder), { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          if (isSkippedFolder(entry.name)) continue;
          const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
          if (entry.isDirectory()) pending.push(path);
          else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md')) found.push(path);
        }
      }),
    );
  }
  return found.sort();
}

/** `text` is the note's beginning: at least its whole frontmatter, not always its whole body. */
export type ReadResult = { path: string; text: string } | { path: string; error: NodeJS.ErrnoException };

/** Files read between two turns of the event loop. */
export const READ_BATCH = 256;
/** How much of a note is read first: the frontmatter of nearly every note fits. */
export const HEAD_BYTES = 16 * 1024;
const head = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The beginning of a note, enough to hold its frontmatter: notes up to
 * HEAD_BYTES are read whole in one call; a longer one is read whole only
 * when its frontmatter does not end within the first HEAD_BYTES.
 */
export function readNoteHead(file: string): string {
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString('utf8', 0, n);
  if (n < HEAD_BYTES || !text.startsWith('---') || text.indexOf('\n---', 3) !== -1) return text;
  return readFileSync(file, 'utf8');
}

/**
 * Reads the notes one after another, handing each to `visit` as it arrives,
 * so one note's text is held at a time. Small files are read synchronously:
 * measured on a 50,000-note vault, that is five to six times faster than a
 * pool of asynchronous reads, whose cost is the thread-pool round trips, not
 * the disk. Every READ_BATCH files the event loop gets a turn.
 */
export async function readNotes(
  vault: string,
  paths: readonly string[],
  visit: (result: ReadResult) => void,
  read: (file: string) => string = readNoteHead,
): Promise<void> {
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    try {
      visit({ path, text: read(join(vault, path)) });
    } catch (error) {
      visit({ path, error: error as NodeJS.ErrnoException });
    }
    if (i % READ_BATCH === READ_BATCH - 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
