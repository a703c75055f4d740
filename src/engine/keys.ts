/**
 * Frontmatter keys and words match ignoring case, spaces, `-` and `_`:
 * `promised_date`, `Promised Date` and `promisedDate` are one key.
 */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Frontmatter keys repeat from note to note: their normal forms are remembered (a bounded cache). */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

/**
 * `normalizeWord` for property names, cached. A trailing `:` is ignored, so
 * a Dataview field written in the frontmatter (`interviewer:: Dana Lee`,
 * which YAML reads as the key `interviewer:`) is the field it names.
 */
export function normalizeKey(key: string): string {
  let n = KEY_CACHE.get(key);
  if (n === undefined) {
    n = normalizeWord(key.replace(/[\s:]+$/, ''));
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(key, n);
  }
  return n;
}

/**
 * Every field of the contract with the names it answers to, the documented
 * spelling first (for `date`, the aliases come first: a plain `date` is
 * often the day the note was made). Where a note has a field under two
 * names with different values, the earlier name here wins.
 */
export const FIELD_NAMES: ReadonlyArray<readonly [field: string, names: readonly string[]]> = [
  ['date', ['interview_date', 'interviewed_on', 'date']],
  ['company', ['company', 'employer', 'organization', 'organisation', 'org']],
  ['position', ['position', 'role', 'job_title', 'job_role']],
  ['interviewer', ['interviewer', 'interviewers', 'interviewed_by', 'people', 'panel']],
  ['references', ['references', 'reference', 'referees', 'referee']],
  ['promised_date', ['promised_date', 'decision_expected', 'hear_back_by']],
  ['follow_up_by', ['follow_up_by', 'follow_up_date']],
  ['deliverable', ['deliverable']],
  ['contact_method', ['contact_method']],
  ['final_round', ['final_round']],
  ['status', ['status']],
  ['decision_date', ['decision_date']],
  ['offer_deadline', ['offer_deadline']],
  ['thank_you_method', ['thank_you_method']],
  ['thank_you_sent', ['thank_you_sent']],
  ['references_notified', ['references_notified']],
  ['followed_up', ['followed_up']],
  ['inquiries', ['inquiries']],
  ['offer_requested', ['offer_requested']],
  ['rejection_reply_sent', ['rejection_reply_sent']],
  ['offer_nudge_sent', ['offer_nudge_sent']],
  ['withdrawal_sent', ['withdrawal_sent']],
  ['references_thanked', ['references_thanked']],
  ['snoozed_until', ['snoozed_until']],
];

/** The documented field names, in the contract's order. */
export const FIELDS: readonly string[] = FIELD_NAMES.map(([field]) => field);

/** A name a field answers to, and its rank: lower wins; a person's own name ranks first. */
interface FieldName {
  field: string;
  rank: number;
}

function defaultNames(): Map<string, FieldName> {
  const map = new Map<string, FieldName>();
  for (const [field, names] of FIELD_NAMES) {
    names.forEach((name, rank) => map.set(normalizeKey(name), { field, rank }));
  }
  return map;
}

const DEFAULT_NAMES: ReadonlyMap<string, FieldName> = defaultNames();

/** Every field of the contract, by its normalized key (aliases included), with its documented spelling. */
export const FIELD_BY_KEY: ReadonlyMap<string, string> = new Map([...DEFAULT_NAMES].map(([k, v]) => [k, v.field]));

/** Which field a property name is, under the person's own names; undefined for none. */
export type FieldLookup = ReadonlyMap<string, FieldName>;

const LOOKUPS = new WeakMap<object, FieldLookup>();

/**
 * The names each field answers to, with a person's own property names
 * (`date` -> `Interview Day`) read first. Remembered for each mapping object.
 */
export function fieldLookup(propertyNames: Readonly<Record<string, string>> | undefined): FieldLookup {
  if (propertyNames === undefined) return DEFAULT_NAMES;
  const known = LOOKUPS.get(propertyNames);
  if (known !== undefined) return known;
  const entries = Object.entries(propertyNames).filter(([field, name]) => FIELDS.includes(field) && name.trim() !== '');
  let lookup: FieldLookup = DEFAULT_NAMES;
  if (entries.length > 0) {
    const map = new Map(DEFAULT_NAMES);
    for (const [field, name] of entries) map.set(normalizeKey(name), { field, rank: -1 });
    lookup = map;
  }
  LOOKUPS.set(propertyNames, lookup);
  return lookup;
}

/** The name a field is written under when a note does not have it yet: the person's own, else the documented one. */
export function nameToWrite(field: string, propertyNames: Readonly<Record<string, string>> | undefined): string {
  const own = propertyNames?.[field];
  return own !== undefined && own.trim() !== '' ? own.trim() : field;
}

export interface FieldEntry {
  /** The key as written in the note. */
  key: string;
  value: unknown;
}

interface Candidate extends FieldEntry {
  rank: number;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The contract's fields of a frontmatter map, by documented spelling. Where
 * one field is written under several names with different values, the
 * best-ranked name wins (then the earlier key) and the others are returned
 * as duplicates; a plain `date` that loses to `interview_date` is not one.
 */
export function collectFields(
  frontmatter: Readonly<Record<string, unknown>>,
  lookup: FieldLookup = DEFAULT_NAMES,
): {
  fields: Map<string, FieldEntry>;
  duplicates: Array<{ field: string; keys: string[] }>;
} {
  const candidates = new Map<string, Candidate[]>();
  for (const key of Object.keys(frontmatter)) {
    const name = lookup.get(normalizeKey(key));
    if (name === undefined) continue;
    const entry: Candidate = { key, value: frontmatter[key], rank: name.rank };
    const list = candidates.get(name.field);
    if (list === undefined) candidates.set(name.field, [entry]);
    else list.push(entry);
  }
  const fields = new Map<string, FieldEntry>();
  const duplicates: Array<{ field: string; keys: string[] }> = [];
  for (const [field, list] of candidates) {
    if (list.length === 1) {
      const only = list[0] as Candidate;
      fields.set(field, { key: only.key, value: only.value });
      continue;
    }
    // A stable sort: equal ranks keep the note's order.
    const ordered = [...list].sort((a, b) => a.rank - b.rank);
    const winner = ordered.find((c) => !isAbsent(c.value)) ?? ordered[0];
    if (winner === undefined) continue;
    fields.set(field, { key: winner.key, value: winner.value });
    const losers = ordered.filter(
      (c) => c !== winner && !isAbsent(c.value) && !sameValue(c.value, winner.value) && !(field === 'date' && normalizeKey(c.key) === 'date' && c.rank > winner.rank),
    );
    if (losers.length > 0) duplicates.push({ field, keys: [winner.key, ...losers.map((c) => c.key)] });
  }
  return { fields, duplicates };
}

/** An empty value, `null` and `~` mean the field is absent. */
export function isAbsent(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
