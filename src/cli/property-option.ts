import { normalizeWord } from '../engine/keys';

/**
 * `--property FIELD=NAME`: a person's own property name for a documented
 * field (contract section 2), `--property "date=Interview Day"`.
 */

/** The documented field names of the contract's table, in its order. */
export const DOCUMENTED_FIELDS = [
  'date',
  'company',
  'position',
  'interviewer',
  'references',
  'promised_date',
  'follow_up_by',
  'deliverable',
  'contact_method',
  'final_round',
  'status',
  'decision_date',
  'offer_deadline',
  'thank_you_method',
  'thank_you_sent',
  'references_notified',
  'followed_up',
  'inquiries',
  'offer_requested',
  'rejection_reply_sent',
  'offer_nudge_sent',
  'withdrawal_sent',
  'references_thanked',
  'snoozed_until',
] as const;

/** Each field's other names (its aliases), which are not what `--property` takes. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  date: ['interview_date', 'interviewed_on'],
  company: ['employer', 'organization', 'organisation', 'org'],
  position: ['role', 'job_title', 'job_role'],
  interviewer: ['interviewers', 'interviewed_by', 'people', 'panel'],
  references: ['reference', 'referees', 'referee'],
  promised_date: ['decision_expected', 'hear_back_by'],
  follow_up_by: ['follow_up_date'],
};

/** A usage error in `--property`; the message is one line. */
export class PropertyOptionError extends Error {}

const EXAMPLE = '--property "date=Interview Day"';

/** Levenshtein distance, for a "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The documented spelling of a field written any way keys are written (`Promised Date`), or null. */
export function documentedField(word: string): string | null {
  const w = normalizeWord(word);
  return DOCUMENTED_FIELDS.find((f) => normalizeWord(f) === w) ?? null;
}

/** What to say about a word that is not a documented field: an alias's field, or the closest field. */
function suggestionFor(word: string): string {
  const w = normalizeWord(word);
  for (const [field, aliases] of Object.entries(ALIASES)) {
    if (aliases.some((a) => normalizeWord(a) === w)) return `; did you mean ${field}? (${word.trim()} is one of its other names)`;
  }
  const best = closestWord(word, DOCUMENTED_FIELDS);
  if (best !== null) return `; did you mean ${best}?`;
  return `; the fields are ${DOCUMENTED_FIELDS.join(', ')}`;
}

/**
 * The word of `candidates` a mistyped `word` most likely meant, for a "did
 * you mean": compared without case, spaces, `_` or `-`; the one candidate it
 * begins (`--out` for `--output`), else the nearest within a few typing
 * slips; null when none is close.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const w = normalizeWord(word);
  if (w === '') return null;
  const starting = candidates.filter((c) => normalizeWord(c).startsWith(w));
  if (starting.length === 1) return starting[0] as string;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(w, normalizeWord(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(w.length / 3)) ? best : null;
}

/** `FIELD=NAME` as a field and a property name; throws `PropertyOptionError`. */
export function parsePropertyOption(value: string | undefined): [field: string, name: string] {
  if (value === undefined || value.trim() === '') throw new PropertyOptionError(`--property needs a field and your property's name, such as ${EXAMPLE}`);
  const at = value.indexOf('=');
  if (at === -1) throw new PropertyOptionError(`--property: '${value}' has no '='; write the field, '=' and your property's name, such as ${EXAMPLE}`);
  const word = value.slice(0, at).trim();
  const name = value.slice(at + 1).trim();
  if (word === '') throw new PropertyOptionError(`--property: '${value}' names no field before '='; such as ${EXAMPLE}`);
  const field = documentedField(word);
  if (field === null) throw new PropertyOptionError(`--property: '${word}' is not a field of an interview note${suggestionFor(word)}`);
  if (name === '') throw new PropertyOptionError(`--property ${field}= needs your property's name after '=', such as ${EXAMPLE}`);
  return [field, name];
}

/** Adds one `--property` to the mapping; the same field twice is an error. */
export function addPropertyOption(names: Record<string, string>, value: string | undefined): void {
  const [field, name] = parsePropertyOption(value);
  if (Object.prototype.hasOwnProperty.call(names, field)) {
    throw new PropertyOptionError(`--property ${field} was given twice ('${names[field] ?? ''}' and '${name}'); give it once`);
  }
  names[field] = name;
}

/**
 * The saved mapping with the command line's over it: a field given on the
 * command line replaces the saved one, whatever spelling the saved key has.
 */
export function mergePropertyNames(saved: Readonly<Record<string, string>>, given: Readonly<Record<string, string>>): Record<string, string> {
  const merged: Record<string, string> = {};
  const overridden = new Set(Object.keys(given).map(normalizeWord));
  for (const [field, name] of Object.entries(saved)) {
    if (!overridden.has(normalizeWord(field))) merged[documentedField(field) ?? field] = name;
  }
  return Object.assign(merged, given);
}
