import { formatDay } from './dates';
import type { InterviewCapture } from './new-note';

/**
 * The file name of a new interview note: `YYYY-MM-DD Company - Position.md`,
 * with every character a file system or a sync service rejects replaced.
 */

/** Characters that a file system or a sync service rejects in a file name, and Obsidian's link characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;

/** Invisible characters that make a name hard to read or cannot be stored as UTF-8 (a lone surrogate). */
const INVISIBLE = /[\p{Cs}\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** At most 80 characters and 180 bytes of UTF-8, so that ` (2).md` still fits every file system. */
function shortened(text: string): string {
  let bytes = 0;
  let out = '';
  for (const ch of [...text].slice(0, 80)) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > 180) break;
    out += ch;
  }
  return out;
}

/** A file name part that every file system and sync service accepts. */
export function safeFileName(text: string): string {
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/^\.+/, '').replace(/[. ]+$/, '');
  const short = tidy(shortened(tidy(text.replace(FORBIDDEN, ' ').replace(INVISIBLE, ' '))));
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) ? `${short}_` : short;
}

/**
 * `Folder/YYYY-MM-DD Company - Position.md`, never the path of an existing
 * note: ` (2)`, ` (3)`, ... are added until the name is free. `exists` should
 * compare as the file system does (case-insensitively on most phones and laptops).
 */
export function newNotePath(c: InterviewCapture, folder: string, exists: (path: string) => boolean): string {
  const base = safeFileName(`${formatDay(c.date)} ${c.company} - ${c.position}`) || formatDay(c.date);
  const dir = folder.replace(/^\/+|\/+$/g, '');
  const at = (name: string) => (dir === '' ? `${name}.md` : `${dir}/${name}.md`);
  let path = at(base);
  for (let n = 2; exists(path); n++) path = at(`${base} (${n})`);
  return path;
}
