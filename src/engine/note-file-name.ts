import { formatDay } from './dates';
import type { InterviewCapture } from './interview-capture';

/**
 * The file name of a new interview note: `YYYY-MM-DD Company - Position.md`,
 * with every character a file system or a sync service rejects replaced.
 */

/** Characters that a file system or a sync service rejects in a file name, and Obsidian's link characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;

/** Invisible characters that make a name hard to read or cannot be stored as UTF-8 (a lone surrogate). */
const INVISIBLE = /[\p{Cs}\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** The longest name part kept: at most 80 characters and 180 bytes of UTF-8, so that ` (2).md` still fits every file system. */
const MAX_CHARS = 80;
const MAX_BYTES = 180;

function bytesOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const sizeOf = (chars: readonly string[]) => chars.reduce((n, ch) => n + bytesOf(ch), 0);

/** The text cut to at most `chars` characters and `bytes` bytes of UTF-8, never inside a character. */
function shortened(text: string, chars = MAX_CHARS, bytes = MAX_BYTES): string {
  let used = 0;
  let out = '';
  for (const ch of [...text].slice(0, Math.max(0, chars))) {
    used += bytesOf(ch);
    if (used > bytes) break;
    out += ch;
  }
  return out;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/^\.+/, '').replace(/[. ]+$/, '');
const clean = (text: string) => tidy(text.normalize('NFC').replace(FORBIDDEN, ' ').replace(INVISIBLE, ' '));

/** A file name part that every file system and sync service accepts, in Unicode's composed form (NFC), as macOS and Windows compare names. */
export function safeFileName(text: string): string {
  const short = tidy(shortened(clean(text)));
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) ? `${short}_` : short;
}

/**
 * `YYYY-MM-DD Company - Position`, within the limits of safeFileName: when
 * it is too long, company and position are shortened each to at most half
 * of the room, the shorter giving what it does not need to the other, so a
 * long company never pushes the position out of the name.
 */
export function noteBaseName(day: string, company: string, position: string): string {
  const whole = [...clean(`${day} ${company} - ${position}`)];
  if (whole.length <= MAX_CHARS && sizeOf(whole) <= MAX_BYTES) return safeFileName(whole.join(''));
  const c = [...clean(company)];
  const p = [...clean(position)];
  const chars = MAX_CHARS - day.length - 4;
  const bytes = MAX_BYTES - day.length - 4;
  const halfChars = Math.floor(chars / 2);
  const halfBytes = Math.floor(bytes / 2);
  const fitsHalf = (xs: string[]) => xs.length <= halfChars && sizeOf(xs) <= halfBytes;
  let companyPart: string;
  let positionPart: string;
  if (fitsHalf(p)) {
    positionPart = p.join('');
    companyPart = tidy(shortened(c.join(''), chars - p.length, bytes - sizeOf(p)));
  } else {
    companyPart = fitsHalf(c) ? c.join('') : tidy(shortened(c.join(''), halfChars, halfBytes));
    const used = [...companyPart];
    positionPart = tidy(shortened(p.join(''), chars - used.length, bytes - sizeOf(used)));
  }
  return safeFileName(`${day} ${companyPart} - ${positionPart}`);
}

/**
 * `Folder/YYYY-MM-DD Company - Position.md`, never the path of an existing
 * note: ` (2)`, ` (3)`, ... are added until the name is free. `exists` should
 * compare as the file system does (case-insensitively on most phones and laptops).
 */
export function newNotePath(c: InterviewCapture, folder: string, exists: (path: string) => boolean): string {
  const base = noteBaseName(formatDay(c.date), c.company, c.position) || formatDay(c.date);
  const dir = folder.replace(/^\/+|\/+$/g, '');
  const at = (name: string) => (dir === '' ? `${name}.md` : `${dir}/${name}.md`);
  let path = at(base);
  for (let n = 2; exists(path); n++) path = at(`${base} (${n})`);
  return path;
}

/** Characters that Windows, macOS or a sync service refuse in a folder name. */
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const UNSAFE_IN_NAME = /[<>:"|?*\\/\u0000-\u001f\u007f-\u009f]/;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;

/**
 * Whether one folder name (no `/`) works on Windows, macOS, Linux, phones and
 * sync services: none of `< > : " | ? *` or a control character, not a
 * Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an
 * extension), no space or dot at either end, not hidden, not `node_modules`.
 */
export function isPortableFolderName(name: string): boolean {
  if (name === '' || name.startsWith('.') || name.toLowerCase() === 'node_modules') return false;
  return !UNSAFE_IN_NAME.test(name) && !RESERVED_NAME.test(name) && !/[. ]$/.test(name) && name.trim() === name;
}

/**
 * Why a path a setting gives (the folder for new notes, the calendar file)
 * cannot be used, or null when it can: it must stay inside the vault (no
 * `..`, not absolute) and every folder on the way must be a portable name.
 * `what` names the setting in the sentence.
 */
export function vaultPathProblem(path: string, what: string): string | null {
  const text = path.trim().replace(/\\/g, '/');
  if (text === '' || text === '/' || text === '.') return null;
  if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) return `${what} '${path}' is outside the vault; give a path inside it, such as Interviews`;
  const parts = text.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return `${what} '${path}' leads out of the vault; give a path inside it, such as Interviews`;
  const bad = parts.find((p, i) => (i < parts.length - 1 || !p.includes('.') ? !isPortableFolderName(p) : !isPortableFolderName(p.replace(/\.[^.]+$/, '')) || p.startsWith('.')));
  if (bad !== undefined) {
    return `${what} '${path}' has the part '${bad}', which is hidden or breaks on Windows, macOS or sync services; choose another name`;
  }
  return null;
}

/**
 * Why a folder for new notes (a setting, `--folder`) cannot be used, or
 * null when it can: inside the vault (no `..`, not absolute), not hidden or
 * `node_modules` (the agenda does not read them), and every name portable.
 * `what` names the setting in the sentence.
 */
export function folderProblem(folder: string, what: string): string | null {
  const text = folder.trim().replace(/\\/g, '/');
  if (text === '' || text === '/' || text === '.') return null;
  if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) return `${what} '${folder}' is outside the vault; give a folder inside it, such as Interviews or Jobs/2026`;
  const parts = folderParts(folder);
  if (parts.includes('..')) return `${what} '${folder}' leads out of the vault; give a folder inside it, such as Interviews or Jobs/2026`;
  if (parts.some((p) => p.startsWith('.') || p.toLowerCase() === 'node_modules')) {
    return `${what} '${folder}' is a hidden folder or node_modules, whose notes the agenda does not read; choose another`;
  }
  const bad = parts.find((p) => !isPortableFolderName(p));
  if (bad !== undefined) {
    return `${what} '${folder}' has the part '${bad}', which is not a folder name every system accepts (no < > : " | ? * or control characters, not CON, PRN, AUX, NUL, COM1-9 or LPT1-9, no space or dot at either end); choose another`;
  }
  return null;
}

/** The names of a folder as the settings or `--folder` give it: spaces around the whole dropped, composed (NFC), `\\` read as `/`, empty and `.` parts left out. */
export function folderParts(folder: string): string[] {
  return folder
    .trim()
    .normalize('NFC')
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
}
