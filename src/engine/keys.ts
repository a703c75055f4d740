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

/** `normalizeWord` for property names, cached. */
export function normalizeKey(key: string): string {
  let n = KEY_CACHE.get(key);
  if (n === undefined) {
    n = normalizeWord(key);
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(key, n);
  }
  return n;
}

/** Every field of the contract, by its normalized key, with its documented spelling. */
export const FIELD_BY_KEY: ReadonlyMap<string, string> = new Map([
  ['type', 'type'],
  ['tags', 'tags'],
  ['date', 'date'],
  ['company', 'company'],
  ['position', 'position'],
  ['interviewer', 'interviewer'],
  ['interviewers', 'interviewer'],
  ['references', 'references'],
  ['reference', 'references'],
  ['promiseddate', 'promised_date'],
  ['followupby', 'follow_up_by'],
  ['deliverable', 'deliverable'],
  ['contactmethod', 'contact_method'],
  ['finalround', 'final_round'],
  ['status', 'status'],
  ['decisiondate', 'decision_date'],
  ['thankyoumethod', 'thank_you_method'],
  ['thankyousent', 'thank_you_sent'],
  ['referencesnotified', 'references_notified'],
  ['followedup', 'followed_up'],
  ['inquiries', 'inquiries'],
  ['offerrequested', 'offer_requested'],
  ['rejectionreplysent', 'rejection_reply_sent'],
  ['snoozeduntil', 'snoozed_until'],
]);

export interface FieldEntry {
  /** The key as written in the note. */
  key: string;
  value: unknown;
}

/**
 * The contract's fields of a frontmatter map, by documented spelling. Where
 * one field is written under two spellings with different values, the first
 * wins and the others are returned as duplicates.
 */
export function collectFields(frontmatter: Readonly<Record<string, unknown>>): {
  fields: Map<string, FieldEntry>;
  duplicates: Array<{ field: string; keys: string[] }>;
} {
  const fields = new Map<string, FieldEntry>();
  const duplicates: Array<{ field: string; keys: string[] }> = [];
  for (const key of Object.keys(frontmatter)) {
    const field = FIELD_BY_KEY.get(normalizeKey(key));
    if (field === undefined) continue;
    const value = frontmatter[key];
    const first = fields.get(field);
    if (first === undefined) {
      fields.set(field, { key, value });
    } else if (!isAbsent(value)) {
      if (isAbsent(first.value)) {
        fields.set(field, { key, value });
        continue;
      }
      // The same value under two spellings is no conflict.
      if (JSON.stringify(value) === JSON.stringify(first.value)) continue;
      const dup = duplicates.find((d) => d.field === field);
      if (dup) dup.keys.push(key);
      else duplicates.push({ field, keys: [first.key, key] });
    }
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
