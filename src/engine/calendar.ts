import { dayFromParts, partsOfDay, type Day } from './dates';
import { FOLLOW_UP_KINDS, whoOf, type FollowUp } from './follow-ups';
import { applicationLabel, dayInWords, followUpTitle } from './words';

/**
 * The calendar of follow-ups (contract section 7): an iCalendar file
 * (RFC 5545) with one all-day event for each follow-up that is not done, so
 * that a phone's or a desktop's calendar app reminds the job seeker when
 * Obsidian is closed.
 *
 * An event runs from the follow-up's first day to its due day. A follow-up
 * that is already overdue on the day of the export is an event on that day
 * instead, so its alarm still rings, and its description says since when it
 * has been overdue. Each event links back to its note in Obsidian.
 *
 * Events are in order of their follow-ups' days, not of their state, and
 * the words never say "2 days overdue": so an export changes from one day
 * to the next only where a follow-up fell overdue or stays overdue (its
 * event moves to the new day), or a date in words gains its year.
 *
 * `DTSTAMP` is the moment of the export, passed in by the caller. Rather
 * than freezing it, the plugin compares a fresh export with the file it
 * wrote before through `sameCalendarContent`, which ignores `DTSTAMP`, and
 * rewrites the file only when an event changed: sync does not churn, and
 * the stamp says when the calendar's content last changed, as RFC 5545
 * asks of a calendar without a `METHOD`.
 *
 * Days beyond what a DATE value can hold (a `snoozed_until: 9999-12-31`
 * read by a lenient reader) are clamped: an event starts on 9999-12-30 at
 * the latest and ends on 9999-12-31 at the latest, so every `DTEND` is a
 * valid eight-digit date after its `DTSTART`, and the follow-up keeps its
 * event (and the count of events stays the agenda's count of open ones).
 */

export const CALENDAR_NAME = 'Interview follow-ups';
/** Names this plugin as the calendar's maker; the plugin replaces only files that carry it. */
export const CALENDAR_PRODID = '-//Interview Follow-up//Obsidian plugin//EN';
const PRODID = CALENDAR_PRODID;
const UID_DOMAIN = 'interview-follow-up';
/** RFC 5545 3.1: a content line is at most 75 octets, the line break excluded. */
const MAX_OCTETS = 75;

/** UTF-8 octets of one character or escape pair. */
function octets(token: string): number {
  let n = 0;
  for (const ch of token) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped,
 * every line break written `\n`. Control characters other than a tab have
 * no place in TEXT and are left out; a lone surrogate, which has no UTF-8
 * form, becomes U+FFFD.
 */
function escapeText(value: string): string {
  let out = '';
  for (const ch of value.replace(/\r\n?/g, '\n')) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD';
    else if ((c < 0x20 && c !== 0x09) || c === 0x7f) continue;
    else out += ch;
  }
  return out;
}

/**
 * One content line, folded so that no physical line exceeds 75 octets: a
 * fold never splits a character, nor an escape pair such as `\,`, and each
 * continuation line starts with one space, which counts in its 75.
 */
function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const token of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const n = octets(token);
    if (width + n > MAX_OCTETS) {
      out += '\r\n ';
      width = 1;
    }
    out += token;
    width += n;
  }
  return `${out}\r\n`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The last day a DATE value can hold: 9999-12-31. */
const LAST_DATE = dayFromParts(9999, 12, 31) as Day;
/** The first: 0001-01-01. */
const FIRST_DATE = dayFromParts(1, 1, 1) as Day;

/** `20261127`, a DATE value. */
function dateValue(day: Day): string {
  const p = partsOfDay(day);
  return `${pad(p.year, 4)}${pad(p.month, 2)}${pad(p.day, 2)}`;
}

/** `20261123T090000Z`, a DATE-TIME value in UTC. */
function stampValue(stamp: Date): string {
  if (Number.isNaN(stamp.getTime())) throw new RangeError('The calendar needs a valid time for DTSTAMP');
  return (
    `${pad(stamp.getUTCFullYear(), 4)}${pad(stamp.getUTCMonth() + 1, 2)}${pad(stamp.getUTCDate(), 2)}` +
    `T${pad(stamp.getUTCHours(), 2)}${pad(stamp.getUTCMinutes(), 2)}${pad(stamp.getUTCSeconds(), 2)}Z`
  );
}

/** FNV-1a, 64 bits, over the UTF-8 octets of `text`: 16 hex digits. */
function hash64(text: string): string {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let h = 0xcbf29ce484222325n;
  const add = (octet: number): void => {
    h = ((h ^ BigInt(octet)) * prime) & mask;
  };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) add(c);
    else if (c < 0x800) [0xc0 | (c >> 6), 0x80 | (c & 0x3f)].forEach(add);
    else if (c < 0x10000) [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].forEach(add);
    else [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].forEach(add);
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The UID of a follow-up, from its note path, kind and `who` alone, so that
 * a calendar app updates the event in every later export instead of adding
 * a copy. The path and the name are hashed: the UID stays short whatever
 * they hold.
 */
function baseUid(f: FollowUp): string {
  const who = whoOf(f);
  const key = `${f.note.path}\u0000${f.kind}\u0000${who === null ? '-' : `=${who}`}`;
  return `${f.kind}-${hash64(key)}@${UID_DOMAIN}`;
}

const KIND_RANK = new Map<string, number>(FOLLOW_UP_KINDS.map((k, i) => [k, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calendar order: by first day, due day, note path, kind and who. Unlike
 * the agenda's order it does not depend on today. Follow-ups equal in all
 * of these (two people of one name) are written alike, so which of them
 * comes first does not change the file.
 */
function compareEvents(a: FollowUp, b: FollowUp): number {
  return (
    a.from - b.from ||
    a.due - b.due ||
    compareText(a.note.path, b.note.path) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    compareText(whoOf(a) ?? '', whoOf(b) ?? '')
  );
}

/**
 * UIDs for follow-ups in calendar order. Should two share a note path, kind
 * and who (two people of one name), the first in calendar order keeps the
 * plain UID and the next ones get `-2`, `-3` before the `@`.
 */
function uidsOf(events: readonly FollowUp[]): string[] {
  const seen = new Map<string, number>();
  return events.map((f) => {
    const uid = baseUid(f);
    const n = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, n);
    return n === 1 ? uid : uid.replace('@', `-${n}@`);
  });
}

/** What to do, in the sidebar's words, with the application: `Thank Pat Jones (Acme, Data Analyst)`. */
function summaryOf(f: FollowUp, today: Day): string {
  const application = applicationLabel(f);
  const title = followUpTitle(f, today);
  return application === '' ? title : `${title} (${application})`;
}

/**
 * A URI component percent-encoded as RFC 3986 asks: every character but
 * the unreserved ones (letters, digits, `-`, `.`, `_`, `~`), in UTF-8.
 */
function encodeComponent(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    // A lone surrogate has no UTF-8 form (encodeURIComponent would throw): U+FFFD stands in for it.
    out += encodeURIComponent(c >= 0xd800 && c <= 0xdfff ? '\uFFFD' : ch);
  }
  return out.replace(/[!'()*]/g, (c) => `%${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
}

/** `obsidian://open?vault=Job%20search&file=Interviews%2FAcme.md`: opens the note in Obsidian. */
export function obsidianUrl(vault: string, path: string): string {
  return `obsidian://open?vault=${encodeComponent(vault)}&file=${encodeComponent(path)}`;
}

/** Where an event lies: its first day and the day after its last (exclusive), within what DATE can hold. */
function eventDays(f: FollowUp, today: Day): { start: Day; end: Day } {
  // Overdue on the day of the export: the event is on that day, so its alarm still rings.
  const overdue = f.due < today;
  const first = overdue ? today : f.from;
  const last = overdue ? today : Math.max(f.due, f.from);
  const start = Math.min(Math.max(first, FIRST_DATE), LAST_DATE - 1);
  return { start, end: Math.min(Math.max(last + 1, start + 1), LAST_DATE) };
}

function descriptionOf(f: FollowUp, today: Day): string {
  const by = f.due === f.from ? `Due ${dayInWords(f.due, today)}` : `Due by ${dayInWords(f.due, today)}`;
  const due = f.due < today ? `Overdue since ${dayInWords(f.due + 1, today)}. ${by}.` : `${by}.`;
  return `${due}\nNote: ${f.note.path}`;
}

function eventLines(f: FollowUp, uid: string, stamp: string, options: CalendarOptions): string[] {
  const summary = escapeText(summaryOf(f, options.today));
  const { start, end } = eventDays(f, options.today);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(start)}`,
    // The end of an all-day event is exclusive: the day after the due day.
    `DTEND;VALUE=DATE:${dateValue(end)}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(descriptionOf(f, options.today))}`,
    // A URI: percent-encoded, so it holds nothing TEXT would escape.
    `URL:${obsidianUrl(options.vault, f.note.path)}`,
    // A reminder, not a meeting: it leaves the person free in scheduling.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    // 09:00 on the first day, wherever the person is.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** What an export needs besides the follow-ups. */
export interface CalendarOptions {
  /** The moment of the export, written as `DTSTAMP`. */
  stamp: Date;
  /** The day of the export, where the person is: an overdue follow-up is an event on it. */
  today: Day;
  /** The vault's folder name, for the links that open each note in Obsidian. */
  vault: string;
  /** The calendar's name in the calendar app. */
  name?: string;
}

/** The calendar file of the follow-ups that are not done. */
export function followUpCalendar(followUps: readonly FollowUp[], options: CalendarOptions): string {
  const dtstamp = stampValue(options.stamp);
  const name = options.name ?? CALENDAR_NAME;
  // Ended follow-ups are not in the agenda at all; done ones are left out here.
  const open = followUps.filter((f) => !f.done && f.state !== 'done').sort(compareEvents);
  const uids = uidsOf(open);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...open.flatMap((f, i) => eventLines(f, uids[i] ?? baseUid(f), dtstamp, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}

/** The content lines of a calendar file, unfolded, without its `DTSTAMP` lines. */
function contentWithoutStamps(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => !/^DTSTAMP[:;]/i.test(line));
}

/**
 * Whether two calendar files say the same thing, their `DTSTAMP`s aside:
 * when they do, the file in the vault need not be rewritten.
 */
export function sameCalendarContent(a: string, b: string): boolean {
  const x = contentWithoutStamps(a);
  const y = contentWithoutStamps(b);
  return x.length === y.length && x.every((line, i) => line === y[i]);
}
