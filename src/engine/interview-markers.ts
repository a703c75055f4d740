import { collectFields, fieldLookup, isAbsent, normalizeKey, normalizeWord, type FieldLookup } from './keys';
import { linkName, linkTarget } from './people';
import { isInFolders } from './settings';

/**
 * Which notes are interview notes (contract section 1): a note in an
 * interview folder, with an interview type, or with an interview tag and a
 * company or an interviewer; never one with a candidate.
 */

/** A frontmatter map as YAML or Obsidian's metadataCache gives it. */
export type Frontmatter = Readonly<Record<string, unknown>>;

/** A text, a link's target name, or an unquoted `[[Link]]` (a list in a list) as its name. */
export function textOrLinkName(value: unknown): string | null {
  if (typeof value === 'string') {
    const target = linkTarget(value);
    return target !== null ? linkName(target) : value;
  }
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === 'string') {
    return linkName(String(value[0][0]));
  }
  return null;
}

const INTERVIEW_TYPES: ReadonlySet<string> = new Set(['interview', 'jobinterview', 'interviewrecord', 'interviewnote', 'interviewlog']);

/** `Interview`, `job-interview`, `[[Job Interviews]]` are interview types; `interview-prep` is not. */
export function isInterviewType(word: string): boolean {
  const w = normalizeWord(word);
  return INTERVIEW_TYPES.has(w) || (w.endsWith('s') && INTERVIEW_TYPES.has(w.slice(0, -1)));
}

function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    // The unquoted [[Link]] shape is one link, not a list of lists.
    if (textOrLinkName(value) !== null && value.length === 1 && Array.isArray(value[0])) return [value];
    return value;
  }
  return [value];
}

function typeIsInterview(values: unknown[]): boolean {
  for (const value of values) {
    for (const item of itemsOf(value)) {
      const word = textOrLinkName(item);
      if (word !== null && isInterviewType(word)) return true;
    }
  }
  return false;
}

const INTERVIEW_TAGS: ReadonlySet<string> = new Set(['interview', 'interviews', 'job-interview', 'job-interviews']);

/**
 * `interview`, `#Interviews`, `job-interview`, a tag nested under one of
 * them (`interview/onsite`) or ending in one (`job-search/interview`).
 */
export function isInterviewTag(tag: string): boolean {
  const t = tag.trim().replace(/^#/, '').toLowerCase();
  if (INTERVIEW_TAGS.has(t)) return true;
  const slash = t.indexOf('/');
  if (slash !== -1 && INTERVIEW_TAGS.has(t.slice(0, slash))) return true;
  return t.endsWith('/interview') || t.endsWith('/interviews');
}

function tagsOf(values: unknown[]): string[] {
  const tags: string[] = [];
  for (const value of values) {
    if (typeof value === 'string') tags.push(...value.split(','));
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') tags.push(v);
  }
  return tags;
}

/** Whether the note names a company or an interviewer, under any of their names. */
function hasCompanyOrInterviewer(frontmatter: Frontmatter, lookup: FieldLookup): boolean {
  const { fields } = collectFields(frontmatter, lookup);
  for (const field of ['company', 'interviewer']) {
    const entry = fields.get(field);
    if (entry !== undefined && !isAbsent(entry.value)) return true;
  }
  return false;
}

/**
 * Contract section 1: a note in an interview folder, with an interview
 * `type`/`category`/`categories`, or with an interview tag and a company or
 * an interviewer; never a note with a `candidate` (the interviewer's own
 * record of someone else).
 */
export function isInterviewNote(
  path: string,
  frontmatter: Frontmatter | null,
  folders: readonly string[],
  propertyNames?: Readonly<Record<string, string>>,
): boolean {
  if (frontmatter === null) return isInFolders(path, folders);
  // One pass over the keys: most notes are not interviews, and this is all they cost.
  const types: unknown[] = [];
  const tags: unknown[] = [];
  for (const key of Object.keys(frontmatter)) {
    const k = normalizeKey(key);
    if (k === 'candidate') {
      if (!isAbsent(frontmatter[key])) return false;
    } else if (k === 'type' || k === 'category' || k === 'categories') {
      types.push(frontmatter[key]);
    } else if (k === 'tags') {
      tags.push(frontmatter[key]);
    }
  }
  if (isInFolders(path, folders) || typeIsInterview(types)) return true;
  return tags.length > 0 && tagsOf(tags).some(isInterviewTag) && hasCompanyOrInterviewer(frontmatter, fieldLookup(propertyNames));
}
