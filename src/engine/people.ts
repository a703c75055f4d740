import type { Person } from './interview-note';
import { normalizeWord } from './keys';

const WIKILINK = /^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]$/;

/** Honorifics recognised at the start of a name, with and without their full stop. */
const HONORIFICS = /^(Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Fr|Capt|Coach)\.?\s+/i;
const SUFFIXES = /^(jr|sr|ii|iii|iv|phd|md|esq|mba|cpa)\.?$/i;
/** A part of a people text that is only a suffix, which stays with the name before it. */
const SUFFIX_PART = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|mba|esq)\.?$/i;
/** Where a text naming several people splits: commas, semicolons, ` and `, ` & `. */
const PEOPLE_SEPARATOR = /(\s*[,;]\s*|\s+and\s+|\s+&\s+)/i;

/**
 * The people a single text names: `Miles Dyson, Sarah Connor` is two;
 * `Maria Anders, PhD` is one (a suffix stays with the name before it, as
 * written); a link is never split.
 */
export function splitPeople(text: string): string[] {
  if (linkTarget(text) !== null) return [text];
  const pieces = text.split(PEOPLE_SEPARATOR);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? '').trim();
    if (part === '') continue;
    const last = names.length - 1;
    if (SUFFIX_PART.test(part) && last >= 0) names[last] = `${names[last] ?? ''}${(pieces[i - 1] ?? ' ').replace(/^\s+/, '')}${part}`;
    else names.push(part);
  }
  return names;
}

/** The target of `[[People/Pat Jones|Pat]]`, or null for text that is not a single link. */
export function linkTarget(text: string): string | null {
  const m = WIKILINK.exec(text.trim());
  if (!m) return null;
  const target = (m[1] ?? '').trim();
  return target === '' ? null : target;
}

/** A link target's file name: `People/Pat Jones.md` -> `Pat Jones`. */
export function linkName(target: string): string {
  const base = target.slice(target.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function personFromText(text: string): Person {
  const target = linkTarget(text);
  if (target !== null) {
    return { name: linkName(target), honorific: null, email: null, phone: null, prefers: null, link: target };
  }
  const name = text.trim();
  const m = HONORIFICS.exec(name);
  const honorific = m ? name.slice(0, m[0].length).trim() : null;
  return { name, honorific, email: null, phone: null, prefers: null, link: null };
}

/**
 * One item of `interviewer` or `references`: a name, a link to a person
 * note, or a map `{name, honorific, email, phone, prefers}`. An unquoted
 * `[[Pat Jones]]`, which YAML reads as a list in a list, is taken as the
 * link it was meant to be. Returns an error sentence for anything else.
 */
export function readPerson(value: unknown): Person | string {
  const text = textOf(value);
  if (text !== null) return personFromText(text);
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    const inner = textOf(value[0][0]);
    if (inner !== null) return personFromText(`[[${inner}]]`);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const map = new Map<string, unknown>();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) map.set(normalizeWord(k), v);
    const nameText = textOf(map.get('name'));
    if (nameText === null) return 'a person written as a map needs a name';
    const person = personFromText(nameText);
    const honorific = textOf(map.get('honorific'));
    return {
      ...person,
      honorific: honorific ?? person.honorific,
      email: textOf(map.get('email')),
      phone: textOf(map.get('phone')),
      prefers: textOf(map.get('prefers')),
    };
  }
  return 'a person is a name, a link such as "[[Pat Jones]]", or a map with a name';
}

/**
 * The surname of a name for a greeting: the last word that is not a
 * suffix (`Dr. Dana Lee` -> `Lee`, `Sam Ortiz Jr.` -> `Ortiz`).
 */
export function surnameOf(name: string): string {
  const words = name.replace(HONORIFICS, '').replace(/,/g, ' ').split(/\s+/).filter((w) => w !== '');
  while (words.length > 1 && SUFFIXES.test(words[words.length - 1] ?? '')) words.pop();
  return words[words.length - 1] ?? name;
}

/** The name without a leading honorific: `Ms. Laura Callahan` -> `Laura Callahan`. */
export function nameWithoutHonorific(name: string): string {
  return name.replace(HONORIFICS, '').trim() || name;
}

function detail(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * A person with the details of their own note (`email`, `phone`,
 * `honorific`, `prefers` in its properties) where the interview note itself
 * gives none.
 */
export function withPersonNote(person: Person, personNote: Readonly<Record<string, unknown>> | null): Person {
  if (personNote === null) return person;
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(personNote)) map.set(normalizeWord(k), v);
  return {
    ...person,
    honorific: person.honorific ?? detail(map.get('honorific')),
    email: person.email ?? detail(map.get('email')),
    phone: person.phone ?? detail(map.get('phone')),
    prefers: person.prefers ?? detail(map.get('prefers')),
  };
}
