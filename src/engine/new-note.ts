import { formatDay, type Day } from './dates';

/** What the job seeker tells us right after an interview. */
export interface InterviewCapture {
  company: string;
  position: string;
  date: Day;
  /** `HH:mm`, or null for a date alone. */
  time: string | null;
  interviewers: string[];
  references: string[];
  promisedDate: Day | null;
  contactMethod: string | null;
  finalRound: boolean;
}

export class CaptureError extends Error {}

/** YAML words that a plain scalar would turn into something other than text. */
const YAML_WORDS = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'&()/+-]*$/u;

/**
 * A text value as YAML: plain where YAML reads it back as the same text,
 * else double-quoted (JSON's string syntax is YAML's double-quoted style).
 */
export function yamlText(value: string): string {
  const plain =
    PLAIN.test(value) &&
    !YAML_WORDS.test(value) &&
    !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value) &&
    !/^0[xo]/i.test(value) &&
    !/\d{4}-\d{2}-\d{2}/.test(value) &&
    !/\s$/.test(value) &&
    !value.includes(': ') &&
    !value.includes(' #');
  return plain ? value : JSON.stringify(value);
}

function checkText(field: string, value: string, required: boolean): string {
  const v = value.trim();
  if (required && v === '') throw new CaptureError(`${field} is needed`);
  if (/[\r\n]/.test(v)) throw new CaptureError(`${field} must fit on one line`);
  return v;
}

function list(key: string, values: readonly string[]): string[] {
  const items = values.map((v) => v.trim()).filter((v) => v !== '');
  if (items.length === 0) return [];
  return [`${key}:`, ...items.map((v) => `  - ${yamlText(v)}`)];
}

/** The frontmatter lines of a new interview note, every field in its documented spelling. */
export function captureFrontmatter(c: InterviewCapture): string[] {
  const company = checkText('company', c.company, true);
  const position = checkText('position', c.position, true);
  for (const name of [...c.interviewers, ...c.references]) checkText('a name', name, false);
  const contact = checkText('contact_method', c.contactMethod ?? '', false);
  if (c.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(c.time)) throw new CaptureError(`the time '${c.time}' is not a time of day; use HH:mm, such as 14:30`);
  return [
    'type: interview',
    `company: ${yamlText(company)}`,
    `position: ${yamlText(position)}`,
    `date: ${formatDay(c.date)}${c.time !== null ? `T${c.time}` : ''}`,
    ...list('interviewer', c.interviewers),
    ...list('references', c.references),
    ...(c.promisedDate !== null ? [`promised_date: ${formatDay(c.promisedDate)}`] : []),
    ...(contact !== '' ? [`contact_method: ${yamlText(contact)}`] : []),
    ...(c.finalRound ? ['final_round: true'] : []),
  ];
}

/** The headings of what to write down right after an interview. */
export const CAPTURE_HEADINGS = ['What resonated', 'What to clarify', 'What they asked', 'Next step'] as const;

/** A whole new interview note: frontmatter, then headings with the cursor meant for the first. */
export function newInterviewNoteText(c: InterviewCapture): string {
  const title = `# ${c.company.trim()}, ${c.position.trim()}`;
  const body = CAPTURE_HEADINGS.map((h) => `## ${h}\n\n`).join('');
  return `---\n${captureFrontmatter(c).join('\n')}\n---\n${title}\n\n${body}`;
}

/** Characters that a file system or a sync service rejects in a file name, and Obsidian's link characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;

/** A file name part that every file system and sync service accepts. */
export function safeFileName(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const short = [...cleaned].slice(0, 80).join('').trim();
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
