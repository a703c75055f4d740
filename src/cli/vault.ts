import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many files are read at once: enough to keep the disk busy, few enough to leave file handles free. */
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

export type ReadResult = { path: string; text: string } | { path: string; error: NodeJS.ErrnoException };

/**
 * Reads the notes with at most `READ_CONCURRENCY` reads in flight, handing
 * each to `visit` as it arrives (so only that many texts are held at once).
 */
export async function readNotes(vault: string, paths: readonly string[], visit: (result: ReadResult) => void): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      try {
        visit({ path, text: await readFile(join(vault, path), 'utf8') });
      } catch (error) {
        visit({ path, error: error as NodeJS.ErrnoException });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
}
