import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { open } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { openRegularFile } from './vault';

/**
 * Changing a note on disk without ever losing work:
 *
 * - a lock per note (an exclusive-create file beside it) makes commands on
 *   one note queue; a lock whose command has died, or that is older than a
 *   minute, is taken over;
 * - the new text goes to a temporary file beside the note, is read back and
 *   compared, and replaces the note in one step (a rename);
 * - just before that step the note is checked to be still the bytes that
 *   were read (size, modification time, content); if something else changed
 *   it meanwhile, the edit is applied again to what it holds now;
 * - a note with other hard links, or one whose owner the new file could not
 *   be given, is changed in place after its verified copy is on disk, so
 *   links, owner and mode stay; a read-only note is refused;
 * - temporary files and the lock are removed on every way out (errors,
 *   exit, SIGINT, SIGTERM, SIGHUP), and the ones a killed command left are
 *   swept by the next command on that note.
 */

/** A note that cannot be changed safely: exit status 2, the note as it was. */
export class WriteRefusal extends Error {}

/** A lock older than this belongs to a command that is gone. */
export const STALE_LOCK_MS = 60_000;
/** How long a command waits for another command's lock. */
export const LOCK_WAIT_MS = 15_000;
/** How often the note may change under an edit before the edit gives up. */
const ATTEMPTS = 8;

const LOCK_SUFFIX = '.ifu-lock';
const TEMP_SUFFIX = '.tmp';
const COPY_SUFFIX = '.ifu-copy';

/** Files this process created and removes on its way out. */
const owned = new Set<string>();
/** Above zero while a note is being rewritten in place: a signal then waits for the end of it. */
let critical = 0;
let pendingSignal: number | null = null;
let installed = false;

function removeOwned(): void {
  for (const file of owned) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  owned.clear();
}

const SIGNALS: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
];

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeOwned);
  for (const [signal, number] of SIGNALS) {
    process.on(signal, () => {
      if (critical > 0) {
        pendingSignal = number;
        return;
      }
      removeOwned();
      process.exit(128 + number);
    });
  }
}

function leaveCritical(): void {
  critical -= 1;
  if (critical === 0 && pendingSignal !== null) {
    removeOwned();
    process.exit(128 + pendingSignal);
  }
}

/** A file-system error's code (`ENOENT`, `EEXIST`, ...); `''` for any other error. */
export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}


function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}${LOCK_SUFFIX}`);
}

/** Whether a lock belongs to no running command: its process is gone, or it is older than STALE_LOCK_MS. */
function isStale(lock: string): { stale: boolean; content: string } {
  let content: string;
  let info: Stats;
  try {
    content = readFileSync(lock, 'utf8');
    info = statSync(lock);
  } catch {
    return { stale: false, content: '' };
  }
  if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return { stale: true, content };
  const pid = Number(/^(\d+)\n/.exec(content)?.[1] ?? NaN);
  if (!Number.isInteger(pid) || pid <= 0) return { stale: false, content };
  try {
    process.kill(pid, 0);
    return { stale: false, content };
  } catch (error) {
    return { stale: codeOf(error) === 'ESRCH', content };
  }
}

/** Takes the note's lock, waiting for another command's; returns the lock file. */
async function acquireLock(target: string, display: string, waitMs: number): Promise<string> {
  install();
  const lock = lockPathOf(target);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      owned.add(lock);
      try {
        writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      } finally {
        closeSync(fd);
      }
      return lock;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') {
        throw new WriteRefusal(`${display} cannot be locked for writing (${codeOf(error) || String(error)}); check that its folder is writable`);
      }
    }
    const { stale, content } = isStale(lock);
    if (stale) {
      // Taken over only if it is still the lock judged stale.
      try {
        if (readFileSync(lock, 'utf8') === content) unlinkSync(lock);
      } catch {
        // another command took it over first
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new WriteRefusal(
        `${display} is being changed by another command (lock ${basename(lock)}); try again, or delete that file if no command is running`,
      );
    }
    await delay(10 + Math.random() * 30);
  }
}

function releaseLock(lock: string): void {
  try {
    unlinkSync(lock);
  } catch {
    // already gone
  }
  owned.delete(lock);
}

/** Runs `work` holding the lock of the file at `target` (a resolved path). */
export async function withFileLock<T>(target: string, display: string, work: () => Promise<T> | T, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = await acquireLock(target, display, waitMs);
  try {
    return await work();
  } finally {
    releaseLock(lock);
  }
}

/** Temporary files a killed command left beside the note; removed, since only the lock's holder writes them. */
function sweep(target: string, display: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const file = join(dir, name);
    if (name.endsWith(TEMP_SUFFIX)) {
      try {
        unlinkSync(file);
      } catch {
        // gone already
      }
    } else if (name.endsWith(COPY_SUFFIX)) {
      let copy: Buffer;
      let note: Buffer;
      try {
        copy = readFileSync(file);
        note = readFileSync(target);
      } catch {
        continue;
      }
      if (copy.equals(note)) {
        unlinkSync(file);
      } else {
        throw new WriteRefusal(
          `an earlier command was stopped while it rewrote ${display}; its new text is kept in ${name} beside it: compare the two, keep what is right, and delete ${name}`,
        );
      }
    }
  }
}

interface Snapshot {
  bytes: Buffer;
  info: Stats;
}

function readSnapshot(target: string, display: string): Snapshot {
  let fd: number;
  try {
    fd = openRegularFile(target).fd;
  } catch (error) {
    throw new WriteRefusal(`${display} cannot be read (${error instanceof Error ? error.message : String(error)}); the note was left as it was`);
  }
  try {
    const info = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(info.size);
    let n = 0;
    while (n < info.size) {
      const got = readSync(fd, bytes, n, info.size - n, n);
      if (got === 0) break;
      n += got;
    }
    return { bytes: n === info.size ? bytes : bytes.subarray(0, n), info };
  } finally {
    closeSync(fd);
  }
}

/** Whether the note on disk is still the snapshot's bytes. */
function unchanged(target: string, before: Snapshot): boolean {
  let now: Stats;
  try {
    now = statSync(target);
  } catch {
    return false;
  }
  if (now.ino !== before.info.ino || now.size !== before.info.size || now.mtimeMs !== before.info.mtimeMs) return false;
  try {
    return readFileSync(target).equals(before.bytes);
  } catch {
    return false;
  }
}

function isReadOnly(target: string, info: Stats): boolean {
  if ((info.mode & 0o222) === 0) return true;
  try {
    accessSync(target, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let n = 0;
  while (n < bytes.length) n += writeSync(fd, bytes, n, bytes.length - n, n);
}

/**
 * The new text in a file beside the note, with the note's mode (and owner
 * where it can be given), read back and compared. Returns whether the owner
 * could be kept.
 */
function writeCopy(file: string, bytes: Buffer, info: Stats): boolean {
  const fd = openSync(file, 'wx', 0o600);
  owned.add(file);
  let ownerKept = true;
  try {
    writeAll(fd, bytes);
    fchmodSync(fd, info.mode & 0o7777);
    const mine = fstatSync(fd);
    if (mine.uid !== info.uid || mine.gid !== info.gid) {
      try {
        fchownSync(fd, info.uid, info.gid);
        // chown may clear set-id bits
        fchmodSync(fd, info.mode & 0o7777);
      } catch {
        ownerKept = false;
      }
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (!readFileSync(file).equals(bytes)) throw new Error('the new text did not read back as written');
  return ownerKept;
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every system can sync a folder
  }
}

/** Writes the verified copy's bytes over the note itself (same inode: links, owner and mode stay). */
function rewriteInPlace(target: string, bytes: Buffer): void {
  critical += 1;
  try {
    const fd = openSync(target, constants.O_WRONLY);
    try {
      writeAll(fd, bytes);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    leaveCritical();
  }
}

/** What an edit makes of the note's text: its new text, or null when nothing changes. */
export type TextEdit = (text: string) => string | null;

export interface UpdateResult {
  changed: boolean;
  /** The text the edit was applied to last. */
  before: string;
}

export interface UpdateOptions {
  /** Called after the note is read and the new text is on disk, before the check (for tests that change the note then). */
  beforeCommit?: (attempt: number) => void;
  waitMs?: number;
}

/** The note's text as stored: UTF-8 (a byte-order mark kept); anything else is refused. */
function decode(bytes: Buffer, display: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new WriteRefusal(`${display} is not UTF-8 text; the note was left as it was`);
  }
}

/**
 * Applies `edit` to the note at `path` (a symbolic link is followed: the
 * file it points at is changed), under the note's lock, as described above.
 * `display` names the note in messages. Throws WriteRefusal when the note
 * cannot be changed safely, leaving it as it was.
 */
export async function updateFile(path: string, display: string, edit: TextEdit, options: UpdateOptions = {}): Promise<UpdateResult> {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    throw new WriteRefusal(`${display} cannot be found (${codeOf(error) || String(error)})`);
  }
  return withFileLock(
    target,
    display,
    () => {
      sweep(target, display);
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const snapshot = readSnapshot(target, display);
        const text = decode(snapshot.bytes, display);
        const next = edit(text);
        if (next === null) return { changed: false, before: text };
        if (isReadOnly(target, snapshot.info)) {
          throw new WriteRefusal(`${display} is read-only, so it was left as it was; make it writable to record in it`);
        }
        const bytes = Buffer.from(next, 'utf8');
        const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
        try {
          let ownerKept: boolean;
          try {
            ownerKept = writeCopy(temporary, bytes, snapshot.info);
          } catch (error) {
            throw new WriteRefusal(
              `the new text of ${display} could not be written beside it (${codeOf(error) || (error instanceof Error ? error.message : String(error))}); the note was left as it was`,
            );
          }
          options.beforeCommit?.(attempt);
          if (!unchanged(target, snapshot)) continue;
          if (snapshot.info.nlink === 1 && ownerKept) {
            renameSync(temporary, target);
            owned.delete(temporary);
            syncFolder(dirname(target));
          } else {
            // Other names link to this file, or its owner cannot be given to a new one: change it in place, after its copy is safe.
            const copy = temporary.slice(0, -TEMP_SUFFIX.length) + COPY_SUFFIX;
            renameSync(temporary, copy);
            owned.delete(temporary);
            rewriteInPlace(target, bytes);
            if (!readFileSync(target).equals(bytes)) {
              throw new WriteRefusal(`${display} did not read back as written; its new text is kept in ${basename(copy)} beside it`);
            }
            unlinkSync(copy);
          }
          return { changed: true, before: text };
        } finally {
          if (owned.has(temporary)) {
            try {
              unlinkSync(temporary);
            } catch {
              // gone already
            }
            owned.delete(temporary);
          }
        }
      }
      throw new WriteRefusal(`${display} kept changing while the edit was being written, so it was left as it is now; try again`);
    },
    options.waitMs,
  );
}

/**
 * Writes `text` to `path` when it is not a regular file, a terminal, a pipe
 * or a device (`--output /dev/stdout`, `--output /dev/null`): straight into
 * it, since such a file is neither read back nor replaced. A named pipe
 * with no reader is refused at once (ENXIO) instead of waiting for one.
 * Returns false, writing nothing, when `path` is a regular file or does not exist.
 */
export async function writeIfNotRegular(path: string, text: string): Promise<boolean> {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    return false;
  }
  if (info.isFile() || info.isDirectory()) return false;
  if (info.isFIFO()) closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  const handle = await open(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

/** Has `file` removed if the command exits or is stopped by a signal before `release` is called. */
export function removedOnExit(file: string): () => void {
  install();
  owned.add(file);
  return () => {
    owned.delete(file);
  };
}

/**
 * Replaces (or creates) a whole file that is not a note, such as a calendar
 * written with `--output`: under its lock, through a temporary file beside
 * it (removed on every way out, and swept by the next write), keeping its
 * mode; a symbolic link keeps pointing at the replaced file.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  let target: string;
  let mode = 0o644;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
    target = join(realpathSync(dirname(path)), basename(path));
  }
  await withFileLock(target, path, () => {
    const dir = dirname(target);
    const prefix = `.${basename(target)}.`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) unlinkSync(join(dir, name));
    }
    const temporary = join(dir, `${prefix}${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
    const release = removedOnExit(temporary);
    try {
      const fd = openSync(temporary, 'wx', mode);
      try {
        writeAll(fd, Buffer.from(text, 'utf8'));
        fchmodSync(fd, mode);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, target);
      syncFolder(dir);
    } finally {
      try {
        unlinkSync(temporary);
      } catch {
        // renamed into place
      }
      release();
    }
  });
}
