import { findFrontmatterBlock } from '../engine/frontmatter-block';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { MAX_FRONTMATTER_CHARS } from '../engine/raw-note';

/** How many folders are listed at once. */
export const READ_CONCURRENCY = 32;

function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Something in the vault that could not be read as a note or a folder, by its path inside the vault. */
export interface VaultProblem {
  path: string;
  message: string;
}

export interface VaultListing {
  /** Paths (inside the vault, `/` separators, sorted) of the markdown notes. */
  notes: string[];
  problems: VaultProblem[];
}

/** What a file that is not a regular file is, in words. */
export function kindOfFile(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** An error naming a file that is not a regular file. */
export class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
}

/**
 * Opens a regular file for reading without ever blocking: a named pipe,
 * a device or a socket (also behind a symbolic link) is refused with
 * NotRegularFile instead of hanging or reading forever.
 */
export function openRegularFile(file: string): { fd: number; info: Stats } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (!info.isFile()) {
    closeSync(fd);
    throw new NotRegularFile(`it is ${kindOfFile(info)}, not a note file`);
  }
  return { fd, info };
}

/** A file name's bytes as text, invalid UTF-8 shown as `\xNN`. */
function nameWithEscapes(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      const piece = bytes.subarray(i, i + len);
      try {
        out += new TextDecoder('utf-8', { fatal: true }).decode(piece);
        i += len;
        continue;
      } catch {
        // not a valid sequence: escaped below
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i += 1;
  }
  return out;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !resolve(root, r).startsWith('..'));
}

function errorWords(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error).code) : '';
  if (code === 'EACCES' || code === 'EPERM') return `it cannot be read (${code}); check its permissions`;
  if (code === 'ENAMETOOLONG') return 'its path is longer than the system allows (ENAMETOOLONG); move it higher up or shorten folder names';
  if (code === 'ELOOP') return 'it is a loop of symbolic links (ELOOP)';
  return `it cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
}

/**
 * Every markdown note of the vault, leaving out hidden folders (`.obsidian`,
 * `.trash`, `.git`), hidden files and `node_modules`. A symbolic link to a
 * folder is followed, each real folder listed once (so a loop of links ends);
 * a `.md` name that is a named pipe, a device or a socket, a file name that
 * is not valid UTF-8, a folder that cannot be listed and a path past the
 * system's limit are problems naming them. Folders that vanish are skipped.
 */
export async function listVault(vault: string): Promise<VaultListing> {
  const notes: string[] = [];
  const problems: VaultProblem[] = [];
  const root = resolve(vault);
  const seen = new Set<string>();
  try {
    seen.add(await realpath(root));
  } catch {
    seen.add(root);
  }
  /** Folders to list: their path inside the vault and their real path. */
  const pending: Array<{ path: string; real: string }> = [{ path: '', real: [...seen][0] as string }];
  /** Symbolic links met, followed once every real folder reached so far is listed (so a folder counts under its own name first). */
  let links: string[] = [];
  const follow = async (path: string) => {
    let info: Stats;
    let real: string;
    try {
      info = await stat(join(root, path));
      real = await realpath(join(root, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!path.toLowerCase().endsWith('.md') && code !== 'ELOOP') return;
      problems.push({ path, message: code === 'ENOENT' ? 'this symbolic link points at nothing, so it is skipped' : `this symbolic link cannot be followed: ${errorWords(error)}` });
      return;
    }
    if (info.isDirectory()) {
      if (seen.has(real)) return;
      seen.add(real);
      pending.push({ path, real });
    } else if (path.toLowerCase().endsWith('.md')) {
      if (info.isFile()) notes.push(path);
      else problems.push({ path, message: `this link leads to ${kindOfFile(info)}, not a note file, so it is skipped` });
    }
  };
  const list = async ({ path: folder, real }: { path: string; real: string }) => {
    const dir = join(root, folder);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push({ path: folder === '' ? '.' : `${folder}/`, message: `this folder's notes are left out: ${errorWords(error)}` });
      return;
    }
    let badNames = false;
    for (const entry of entries) {
      if (entry.name.includes('\uFFFD')) {
        badNames = true;
        continue;
      }
      if (isSkippedFolder(entry.name)) continue;
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      const markdown = entry.name.toLowerCase().endsWith('.md');
      if (entry.isDirectory()) {
        const sub = join(real, entry.name);
        if (!seen.has(sub)) {
          seen.add(sub);
          pending.push({ path, real: sub });
        }
      } else if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isFile()) {
        if (markdown) notes.push(path);
      } else if (markdown) {
        problems.push({ path, message: `this is ${entry.isFIFO() ? 'a named pipe (FIFO)' : entry.isCharacterDevice() ? 'a character device' : entry.isBlockDevice() ? 'a block device' : entry.isSocket() ? 'a socket' : 'not a regular file'}, not a note file, so it is skipped` });
      }
    }
    if (badNames) {
      // Listed again as bytes, to name exactly the files whose names are not UTF-8.
      const raw = await readdir(dir, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      for (const name of raw) {
        if (isValidUtf8(name) || name[0] === 0x2e) continue;
        const shown = nameWithEscapes(name);
        problems.push({ path: folder === '' ? shown : `${folder}/${shown}`, message: 'this file name is not valid UTF-8 text, so it cannot be read as a note; rename it' });
      }
    }
  };
  while (pending.length > 0 || links.length > 0) {
    if (pending.length === 0) {
      const batch = links.sort();
      links = [];
      for (const link of batch) await follow(link);
      continue;
    }
    await Promise.all(pending.splice(0, READ_CONCURRENCY).map(list));
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { notes: notes.sort(), problems };
}

/** Paths (inside the vault, `/` separators, sorted) of every markdown note; see listVault. */
export async function listNotes(vault: string): Promise<string[]> {
  return (await listVault(vault)).notes;
}

/**
 * The real path of a file named by a path inside the vault, or null when it
 * leads outside the vault (by `..` or through a symbolic link) or does not
 * exist. Person links and templates are read only through this.
 */
export async function fileInVault(vault: string, path: string): Promise<string | null> {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..') || /^([a-z]:)?[\\/]/i.test(path)) return null;
  try {
    const root = await realpath(vault);
    const real = await realpath(join(root, ...parts));
    return inside(root, real) && real !== root ? real : null;
  } catch {
    return null;
  }
}

/** `text` is the note's beginning: at least its whole frontmatter, not always its whole body. */
export type ReadResult = { path: string; text: string } | { path: string; error: NodeJS.ErrnoException };

/** Files read between two turns of the event loop. */
export const READ_BATCH = 256;
/** How much of a note is read first: the frontmatter of nearly every note fits. */
export const HEAD_BYTES = 16 * 1024;
/**
 * The most of a note ever read to find the end of its frontmatter: four
 * bytes for each of the characters a frontmatter may hold (MAX_FRONTMATTER_CHARS).
 * A frontmatter that does not end within it is reported, not read on.
 */
export const READ_LIMIT_BYTES = 4 * MAX_FRONTMATTER_CHARS + 16;
const head = Buffer.allocUnsafe(HEAD_BYTES);

/** Whether the note's frontmatter has its closing line in this text, fenced as the engine (and Obsidian) fence it. */
function frontmatterCloses(text: string): boolean {
  return findFrontmatterBlock(text)?.closed ?? true;
}

/** Whether text opens a frontmatter block (after a byte-order mark, if any). */
export function opensFrontmatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\uFEFF---');
}

/**
 * The beginning of a note, enough to hold its frontmatter: notes up to
 * HEAD_BYTES are read whole in one call; a longer one is read on only while
 * its frontmatter has not ended, and never past READ_LIMIT_BYTES. Only a
 * regular file is read (see openRegularFile).
 */
export function readNoteHead(file: string): string {
  const { fd } = openRegularFile(file);
  try {
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    const text = head.toString('utf8', 0, n);
    if (n < HEAD_BYTES || !opensFrontmatter(text) || frontmatterCloses(text)) return text;
    const chunks: Buffer[] = [Buffer.from(head.subarray(0, n))];
    let total = n;
    while (total < READ_LIMIT_BYTES) {
      const chunk = Buffer.allocUnsafe(Math.min(256 * 1024, READ_LIMIT_BYTES - total));
      const got = readSync(fd, chunk, 0, chunk.length, total);
      if (got === 0) break;
      const piece = chunk.subarray(0, got);
      chunks.push(piece);
      total += got;
      // The closing line may straddle two chunks: the text so far is fenced again (a few times at most, the chunks being large).
      if (frontmatterCloses(Buffer.concat(chunks, total).toString('utf8'))) break;
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether a note's text, as readNoteHead gave it, stops at READ_LIMIT_BYTES inside a frontmatter that never ended there. */
export function frontmatterPastLimit(text: string): boolean {
  if (text.length * 3 < HEAD_BYTES || !opensFrontmatter(text) || frontmatterCloses(text)) return false;
  return Buffer.byteLength(text, 'utf8') >= READ_LIMIT_BYTES;
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

/**
 * A regular file's text, at most `limit` bytes of it (a pipe, a device or a
 * socket is refused with NotRegularFile, never read): for person notes and
 * templates, which only their beginning or a few lines matter in.
 */
export function readBoundedText(file: string, limit = READ_LIMIT_BYTES): string {
  const { fd, info } = openRegularFile(file);
  try {
    const bytes = Buffer.allocUnsafe(Math.min(info.size, limit));
    let n = 0;
    while (n < bytes.length) {
      const got = readSync(fd, bytes, n, bytes.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return bytes.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** Whether a link or a setting names a path that climbs out of its folder (`..`) or starts at the root. */
export function leavesVault(path: string): boolean {
  return /^([a-z]:)?[\\/]/i.test(path) || path.replace(/\\/g, '/').split('/').includes('..');
}
