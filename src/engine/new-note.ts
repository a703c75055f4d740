import { formatDay, type Day } from './dates';
import type { Sender } from './drafts/kinds';
import { renderTemplate } from './drafts/render';
import { fillInWords, templateValues } from './drafts/variables';
import { findFrontmatterBlock, isYamlLanguage } from './frontmatter-block';
import type { CapturedPerson, InterviewCapture } from './interview-capture';
import type { InterviewNote, Person } from './interview-note';
import { FIELD_BY_KEY, normalizeKey } from './keys';
import { readInterviewNote } from './read-note';

export type { CapturedPerson, InterviewCapture } from './interview-capture';

export class CaptureError extends Error {}

/** YAML words that a plain scalar would turn into something other than text. */
const YAML_WORDS = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'&()/+-]*$/u;
/** Characters YAML does not print, or reads as a line break (DEL, C1 controls, U+FFFE, U+FFFF). */
const NON_PRINTABLE = /[\u007f-\u009f\ufffe\uffff]/g;

/**
 * A text value as YAML: plain where YAML reads it back as the same text,
 * else double-quoted (JSON's string syntax is YAML's double-quoted style,
 * with the characters YAML does not print escaped as `\uXXXX`).
 */
export function yamlText(value: string): string {
  const plain =
    PLAIN.test(value) &&
    !YAML_WORDS.test(value) &&
    !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value) &&
    !/^0[xob]/i.test(value) &&
    !/\d{4}-\d{2}-\d{2}/.test(value) &&
    !/\s$/.test(value) &&
    !value.includes(': ') &&
    !value.includes(' #');
  if (plain) return value;
  return JSON.stringify(value).replace(NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function checkText(field: string, value: string, required: boolean): string {
  const v = value.trim();
  if (required && v === '') throw new CaptureError(`${field} is needed`);
  if (/[\r\n]/.test(v)) throw new CaptureError(`${field} must fit on one line`);
  return v;
}

const DETAILS = ['honorific', 'email', 'phone', 'prefers'] as const;

/** A person's lines under `interviewer:` or `references:`; none for a blank name. */
function personLines(field: string, person: CapturedPerson): string[] {
  if (typeof person === 'string') {
    const name = checkText(`${field}: a name`, person, false);
    return name === '' ? [] : [`  - ${yamlText(name)}`];
  }
  const name = checkText(`${field}: a name`, person.name, false);
  if (name === '') return [];
  const lines = [`  - name: ${yamlText(name)}`];
  for (const key of DETAILS) {
    const value = checkText(`${field}: ${key}`, person[key] ?? '', false);
    if (value !== '') lines.push(`    ${key}: ${yamlText(value)}`);
  }
  return lines;
}

function people(key: string, values: readonly CapturedPerson[]): string[] {
  const items = values.flatMap((p) => personLines(key, p));
  return items.length === 0 ? [] : [`${key}:`, ...items];
}

/** `HH:mm`, a real time of day. */
export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

/** The frontmatter lines of a new interview note, every field in its documented spelling. */
export function captureFrontmatter(c: InterviewCapture): string[] {
  const company = checkText('company', c.company, true);
  const position = checkText('position', c.position, true);
  const contact = checkText('contact_method', c.contactMethod ?? '', false);
  if (c.time !== null && !isTimeOfDay(c.time)) throw new CaptureError(`the time '${c.time}' is not a time of day; use HH:mm, such as 14:30`);
  if (c.promisedDate !== null && c.promisedDate < c.date) {
    throw new CaptureError(`the promised date, ${formatDay(c.promisedDate)}, is before the interview, ${formatDay(c.date)}; give the day they said you would hear by`);
  }
  return [
    'type: interview',
    `company: ${yamlText(company)}`,
    `position: ${yamlText(position)}`,
    `date: ${formatDay(c.date)}${c.time !== null ? `T${c.time}` : ''}`,
    ...people('interviewer', c.interviewers),
    ...people('references', c.references),
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

/** The fields a new note's form fills in; a user template's own value for one of them gives way. */
/** The field a template's key writes, `type` included, so the form's values replace the template's. */
function capturedFieldOf(key: string): string {
  const k = normalizeKey(key);
  return k === 'type' ? 'type' : (FIELD_BY_KEY.get(k) ?? '');
}

const CAPTURED_FIELDS = new Set(['type', 'company', 'position', 'date', 'interviewer', 'references', 'promised_date', 'contact_method', 'final_round']);

/**
 * Reading and writing YAML, handed in: Obsidian's own parseYaml and
 * stringifyYaml inside the plugin (so the plugin bundle carries no YAML
 * library), js-yaml 4 on the command line.
 */
export interface YamlCodec {
  parse(text: string): unknown;
  stringify(value: Record<string, unknown>): string;
}

/** The interview a capture describes, as the engine reads it back (for the template variables). */
export function captureAsNote(c: InterviewCapture, path: string, today: Day, yaml: YamlCodec): InterviewNote {
  const frontmatter = yaml.parse(captureFrontmatter(c).join('\n')) as Record<string, unknown>;
  return readInterviewNote(path, frontmatter, today).note;
}

function renderValue(value: unknown, render: (text: string) => string): unknown {
  if (typeof value === 'string') return render(value);
  if (Array.isArray(value)) return value.map((v) => renderValue(v, render));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [render(k), renderValue(v, render)]));
  }
  return value;
}

/**
 * The template's properties, read with each `{{variable}}` standing in for
 * itself as plain text, so that `title: {{company}}` is the text it looks
 * like rather than a YAML map. Returns the properties and how to put the
 * variables back into a text.
 */
function templateProperties(text: string, yaml: YamlCodec): { own: unknown; unmask: (t: string) => string } {
  const variables: string[] = [];
  const masked = text.replace(/\{\{[^{}]*\}\}/g, (m) => `\uE000${variables.push(m) - 1}\uE001`);
  const unmask = (t: string) => t.replace(/\uE000(\d+)\uE001/g, (_, i: string) => variables[Number(i)] ?? '');
  try {
    return { own: yaml.parse(masked), unmask };
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    throw new CaptureError(`the template's properties are not valid YAML${typeof reason === 'string' ? ` (${reason})` : ''}`);
  }
}

/** What a new note is made from besides the capture: the user's template note, if any. */
export interface NewNoteOptions {
  /** The text of the user's template note; null or undefined for the built-in layout. */
  template?: string | null;
  sender?: Sender;
  today: Day;
  /** Needed to read and write a template's properties. */
  yaml: YamlCodec;
}

/**
 * A new interview note. With a user template, its body is rendered with the
 * drafts' `{{variables}}`; its own properties are kept (their text rendered
 * too), except those the form fills in, which always come from the form in
 * their documented spelling.
 */
export function newNoteText(c: InterviewCapture, options: NewNoteOptions): string {
  const template = options.template?.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (template === undefined || template === null) return newInterviewNoteText(c);
  const lines = captureFrontmatter(c);
  const note = captureAsNote(c, 'new.md', options.today, options.yaml);
  const sender = options.sender ?? { name: null, signature: null };
  const values = templateValues({ note, recipient: null, interviewers: note.interviewers, sender, today: options.today });
  const render = (text: string) => renderTemplate(text, values, fillInWords).text;
  let body = template;
  const block = findFrontmatterBlock(template);
  if (block !== null) {
    if (!isYamlLanguage(block.language)) throw new CaptureError(`the template's front matter is written as '${block.language}', not YAML`);
    const { own, unmask } = templateProperties(block.text, options.yaml);
    if (own !== null && own !== undefined && (typeof own !== 'object' || Array.isArray(own))) {
      throw new CaptureError("the template's properties are not a set of key: value lines");
    }
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries((own ?? {}) as Record<string, unknown>)) {
      if (!CAPTURED_FIELDS.has(capturedFieldOf(unmask(key)))) kept[render(unmask(key))] = renderValue(value, (t) => render(unmask(t)));
    }
    if (Object.keys(kept).length > 0) lines.push(options.yaml.stringify(kept).trimEnd());
    body = block.closed ? template.slice(block.end) : '';
  }
  const rendered = render(body);
  return `---\n${lines.join('\n')}\n---\n${rendered}${rendered === '' || rendered.endsWith('\n') ? '' : '\n'}`;
}

/**
 * Where the cursor goes in a new note: the line below its first section
 * heading (a heading under the title, else the first heading), else the
 * first line after the frontmatter.
 */
export function cursorPosition(text: string): { line: number; ch: number } {
  const lines = text.split('\n');
  let start = 0;
  const block = findFrontmatterBlock(text);
  // The line after the closing ---, the frontmatter fenced as Obsidian fences it.
  if (block !== null && block.closed) start = text.slice(0, block.close).split('\n').length;
  const headings: Array<{ line: number; level: number }> = [];
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s/.exec(line);
    if (m) headings.push({ line: i, level: (m[1] ?? '').length });
  }
  const first = headings.find((h) => h.level > 1) ?? headings[0];
  if (first === undefined) return { line: Math.min(start, lines.length - 1), ch: 0 };
  const below = first.line + 1;
  return below < lines.length ? { line: below, ch: 0 } : { line: first.line, ch: (lines[first.line] ?? '').length };
}

/** Names typed one per line: blank lines dropped, each name trimmed. */
export function namesFromLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A person of a note, to be written into another note as the note gave them. */
export function capturedPersonOf(p: Person): CapturedPerson {
  const name = p.link !== null ? `[[${p.link}]]` : p.name;
  const honorificInName = p.honorific === null || p.name.startsWith(p.honorific);
  if (p.email === null && p.phone === null && p.prefers === null && honorificInName) return name;
  return { name, honorific: honorificInName ? null : p.honorific, email: p.email, phone: p.phone, prefers: p.prefers };
}

/** The next round of an interview's application: same company and position, the same people. */
export function nextRoundCapture(note: InterviewNote, date: Day, time: string | null, finalRound: boolean): InterviewCapture {
  return {
    company: note.company ?? '',
    position: note.position ?? '',
    date,
    time,
    interviewers: note.interviewers.map(capturedPersonOf),
    references: note.references.map(capturedPersonOf),
    promisedDate: null,
    contactMethod: note.contactMethod,
    finalRound,
  };
}

export { newNotePath, safeFileName } from './note-file-name';
