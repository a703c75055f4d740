import { dataviewFields } from './dataview-fields';
import { FrontmatterEditError, readLayout, sameValue, type Layout, type Line } from './frontmatter-layout';
import { isAbsent } from './keys';
import { readRawNote } from './raw-note';
import { dateText, keyForm, namesOf, propertyLines, TRACKED_FIELDS, valueFromText, type TrackAddition, type TrackedField, type TrackedValue, type TrackSource } from './track-fields';
import { interviewTypeChange, topLevelKey, type TypeChange } from './track-type';

/**
 * `track`: turning a note someone already has (a meeting note, a journal
 * entry) into an interview note. It adds `type: interview` and each field
 * the note lacks and that can be found, and changes nothing else: every
 * other byte of the note stays. Found, in this order: what the person
 * gives; a property under an alias or their own name (left where it is);
 * a Dataview field in the note's text; a date in the file name (for the
 * date only). Pure: the caller reads and writes the note.
 */

/** What the person gives (the command line's options, the form's fields); each wins over what is found. */
export interface TrackOptions {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  date?: string | null;
  company?: string | null;
  position?: string | null;
  interviewers?: readonly string[];
  references?: readonly string[];
  promisedDate?: string | null;
  contactMethod?: string | null;
  finalRound?: boolean;
  /** Take only what is given here: nothing from the text or the file name (the form has shown those already). */
  givenOnly?: boolean;
}

export type { TrackAddition, TrackSource } from './track-fields';

/** A field the note already has, under this property: it is left where it is. */
export interface TrackPresent {
  field: string;
  key: string;
  value: unknown;
}

export interface TrackPlan {
  additions: TrackAddition[];
  present: TrackPresent[];
  /** Sentences about what was found but not used; none of them stops the rest. */
  problems: string[];
  /** Why nothing can be written (no interview day, a note that cannot be edited safely); null when it can. */
  refusal: string | null;
  /** The note's new text: the same text when refused or when nothing is added. */
  text: string;
  /**
   * Refused for want of an interview day alone: `additions` and `present`
   * still say what was found, for a form that asks for the day.
   */
  missingDate: boolean;
}

export interface TrackSettings {
  /** Documented field -> the person's own property name. */
  propertyNames: Readonly<Record<string, string>>;
}

/** Reading the note's properties; a refusal when they cannot be edited safely. */
function layoutOf(raw: string): Layout | string {
  try {
    return readLayout(raw);
  } catch (error) {
    if (error instanceof FrontmatterEditError) return error.message;
    throw error;
  }
}

/** The first property (in the order of `names`) that holds a value, with its key as written. */
function propertyOf(properties: Readonly<Record<string, unknown>>, names: readonly string[]): TrackPresent | null {
  const keys = Object.keys(properties);
  for (const name of names) {
    const key = keys.find((k) => keyForm(k) === name && !isAbsent(properties[k]));
    if (key !== undefined) return { field: '', key, value: properties[key] };
  }
  return null;
}

/** What the person gave for a field, as its value. */
function given(f: TrackedField, o: TrackOptions): TrackedValue | null {
  const text = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
  const people = (v: readonly string[] | undefined) => {
    const list = (v ?? []).map((p) => p.trim()).filter((p) => p !== '');
    return list.length === 0 ? null : list;
  };
  switch (f.field) {
    case 'date':
      return text(o.date);
    case 'company':
      return text(o.company);
    case 'position':
      return text(o.position);
    case 'interviewer':
      return people(o.interviewers);
    case 'references':
      return people(o.references);
    case 'promised_date':
      return text(o.promisedDate);
    case 'contact_method':
      return text(o.contactMethod);
    case 'final_round':
      return o.finalRound === true ? true : null;
    default:
      return null;
  }
}

/** `2026-11-18` in the file's name (not its folders), the first real date. */
function dateInFileName(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const m of name.matchAll(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g)) {
    const date = dateText(m[0]);
    if (date !== null) return date;
  }
  return null;
}

/** The note's text after its frontmatter, and the line (from 0) it starts on. */
function bodyOf(raw: string, layout: Layout): { text: string; firstLine: number } {
  if (!layout.exists) return { text: raw.slice(layout.bom.length), firstLine: 0 };
  const closeEnd = raw.indexOf('\n', layout.end);
  const text = closeEnd === -1 ? '' : raw.slice(closeEnd + 1);
  return { text, firstLine: layout.lines.length + 2 };
}

function describe(value: unknown): string {
  return Array.isArray(value) ? value.map((v) => describe(v)).join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Other properties that hold a date: named when the interview's day is missing, never used unless given or mapped. */
function datePropertiesOf(properties: Readonly<Record<string, unknown>>): Array<{ key: string; date: string }> {
  const tracked = new Set(TRACKED_FIELDS.flatMap((f) => namesOf(f, {})));
  return Object.entries(properties)
    .filter(([k, v]) => !tracked.has(keyForm(k)) && typeof v === 'string' && dateText(v) !== null && !v.startsWith('[['))
    .map(([key, v]) => ({ key, date: v as string }));
}

function noDateRefusal(properties: Readonly<Record<string, unknown>>): string {
  const others = datePropertiesOf(properties);
  const hint =
    others.length === 0
      ? ''
      : `; ${others.map((o) => `its property '${o.key}' holds ${o.date}`).join(', ')}: if that is the interview's day, give --date ${others[0]?.date ?? ''} or map it with --property date="${others[0]?.key ?? ''}"`;
  return `no interview day could be found in this note (no date property, no Dataview field such as interview_date:: 2026-11-18, no date in the file name), so nothing was written; give it with --date YYYY-MM-DD${hint}`;
}

/**
 * What tracking the note adds, and its new text. `raw` is the note's text
 * exactly as stored; `path` its path inside the vault (its file name may
 * hold the date).
 */
export function planTrack(path: string, raw: string, options: TrackOptions, settings: TrackSettings): TrackPlan {
  const refuse = (refusal: string, problems: string[] = []): TrackPlan => ({ additions: [], present: [], problems, refusal, text: raw, missingDate: false });
  const layout = layoutOf(raw);
  if (typeof layout === 'string') return refuse(layout);
  const properties = layout.properties;
  if (propertyOf(properties, ['candidate']) !== null) {
    return refuse('this note has a candidate property: it records someone else’s interview, so it is not tracked as yours; nothing was written');
  }
  const problems: string[] = [];
  const present: TrackPresent[] = [];
  const additions: TrackAddition[] = [];
  const body = bodyOf(raw, layout);
  const fields = options.givenOnly === true ? [] : dataviewFields(body.text);
  let interviewDay: string | null = null;

  for (const f of TRACKED_FIELDS) {
    const names = namesOf(f, settings.propertyNames);
    const has = propertyOf(properties, names);
    const mine = given(f, options);
    if (has !== null && !(f.field === 'date' && dateReplaced(has, mine, names))) {
      present.push({ ...has, field: f.field });
      if (f.field === 'date') interviewDay = dateOfProperty(has.value);
      if (mine !== null && !sameValue(mine, has.value)) problems.push(`${f.field}: the note already has ${describe(has.value)} under ${has.key}; it was left as it was`);
      if (f.field === 'date' && interviewDay === null) {
        return refuse(`${has.key} holds '${describe(has.value)}', which is not a date, so nothing was written; write it as YYYY-MM-DD, such as 2026-11-18`, problems);
      }
      continue;
    }
    let found: { value: TrackedValue; source: TrackSource; line: number | null } | null = null;
    if (mine !== null) {
      if (f.kind === 'date' && dateText(mine as string) === null) {
        return refuse(`${f.field}: '${describe(mine)}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm, such as 2026-11-18T14:30`, problems);
      }
      found = { value: mine, source: 'given', line: null };
    } else {
      const matching = fields.filter((d) => names.includes(keyForm(d.key)));
      // The line named is the one the value comes from: an empty field of that name is passed over, as its value is.
      const first = matching.find((d) => d.value.trim() !== '') ?? matching[0];
      if (first !== undefined) {
        const line = body.firstLine + first.line + 1;
        const r = valueFromText(f, matching.map((d) => d.value), `${first.key}:: on line ${line}`);
        if (r !== null && 'problem' in r) problems.push(r.problem);
        else if (r !== null) found = { value: r.value, source: 'dataview', line };
      }
      if (found === null && f.field === 'date' && options.givenOnly !== true) {
        const date = dateInFileName(path);
        if (date !== null) found = { value: date, source: 'file-name', line: null };
      }
    }
    if (found === null) continue;
    if (f.field === 'date') interviewDay = found.value as string;
    if (f.field === 'promised_date' && interviewDay !== null && (found.value as string).slice(0, 10) < interviewDay.slice(0, 10)) {
      problems.push(`promised_date: ${describe(found.value)} is before the interview's day, ${interviewDay.slice(0, 10)}, so it was not added`);
      continue;
    }
    const key = keyToWrite(f, has, properties, settings);
    additions.push({ field: f.field, key, ...found, lines: propertyLines(key, found.value) });
  }
  if (interviewDay === null) return { additions, present, problems, refusal: noDateRefusal(properties), text: raw, missingDate: true };

  const type = interviewTypeChange(layout, settings.propertyNames.type);
  if ('refusal' in type) return refuse(type.refusal, problems);
  return finish(raw, layout, type.change, additions, present, problems);
}

/**
 * Whether a `date` property gives way to a date that is given or found: when
 * it is the documented `date` (the day a note was made, as often as not)
 * and it differs or is not a date, `interview_date`, which outranks it, is
 * added instead.
 */
function dateReplaced(has: TrackPresent, mine: TrackedValue | null, names: readonly string[]): boolean {
  if (keyForm(has.key) !== 'date' || names[0] === 'date') return false;
  if (mine !== null) return !sameValue(mine, has.value);
  return dateOfProperty(has.value) === null;
}

/** A property's date: its text, a link to a daily note, or that link unquoted (a list in a list). */
function dateOfProperty(value: unknown): string | null {
  if (typeof value === 'string') return dateText(value);
  const inner: unknown = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : null;
  return typeof inner === 'string' ? dateText(inner) : null;
}

/** The property a found value goes to: the person's own name, `interview_date` beside a `date` that is not the interview's, else the documented spelling. */
function keyToWrite(f: TrackedField, has: TrackPresent | null, properties: Readonly<Record<string, unknown>>, settings: TrackSettings): string {
  const name = settings.propertyNames[f.field] ?? (has !== null ? 'interview_date' : f.field);
  // An empty property of that name is filled in rather than written twice.
  return Object.keys(properties).find((k) => keyForm(k) === keyForm(name)) ?? name;
}

/** Puts the lines in, then reads the new text back: every old property unchanged, every new one as intended, or nothing is written. */
function finish(raw: string, layout: Layout, type: TypeChange | null, additions: TrackAddition[], present: TrackPresent[], problems: string[]): TrackPlan {
  const all = type === null ? additions : [type.addition, ...additions];
  if (all.length === 0) return { additions: [], present, problems, refusal: null, text: raw, missingDate: false };
  const expected: Record<string, unknown> = { ...layout.properties };
  for (const a of all) expected[a.key] = a.value;
  const eol = layout.eol;
  const lines: Line[] = layout.lines.map((l) => ({ ...l }));
  type?.apply(lines, eol);
  const atEnd: Line[] = type !== null && type.added ? type.addition.lines.map((text) => ({ text, eol })) : [];
  for (const a of additions) {
    const own = a.lines.map((text) => ({ text, eol }));
    // An empty property of that name (`interviewer:` with nothing after it) takes the value in its place.
    const empty = Object.prototype.hasOwnProperty.call(layout.properties, a.key) ? lines.findIndex((l) => topLevelKey(l.text) === a.key) : -1;
    if (empty === -1) {
      atEnd.push(...own);
    } else {
      const ending = (lines[empty] as Line).eol;
      lines.splice(empty, 1, ...own.map((l, n) => (n === own.length - 1 ? { ...l, eol: ending } : l)));
    }
  }
  const block = [...lines, ...atEnd].map((l) => l.text + l.eol).join('');
  const text = layout.exists ? raw.slice(0, layout.start) + block + raw.slice(layout.end) : `${layout.bom}---${eol}${block}---${eol}${raw.slice(layout.bom.length)}`;
  const read = readRawNote(text, true);
  if (read.kind !== 'parsed' || !sameValue(read.frontmatter, expected)) {
    return {
      additions: [],
      present,
      problems,
      refusal: 'the fields could not be added without changing the rest of the frontmatter, so nothing was written; add them in Obsidian’s Properties instead',
      text: raw,
      missingDate: false,
    };
  }
  return { additions: all, present, problems, refusal: null, text, missingDate: false };
}
