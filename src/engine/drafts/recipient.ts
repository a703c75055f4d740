import type { InterviewNote, Person } from '../interview-note';
import { nameWithoutHonorific, surnameOf } from '../people';

/** Text with something in it. */
export function filled(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

const FIRST_NAME = /first[\s_-]*name|given[\s_-]*name|informal/i;
const EMAIL = /\be[\s-]?mail\b/i;
const PHONE = /\b(?:tele)?phone\b|\bcall(?:s|ing)?\b(?!\s+me\s+by\b)/i;

/** The person asked to be greeted by their first name (`prefers: first name`). */
export function prefersFirstName(person: Person): boolean {
  return filled(person.prefers) && FIRST_NAME.test(person.prefers);
}

/** `email` or `phone` when the text names exactly one of them (`prefers`, `contact_method`), else null. */
export function contactMethodOf(text: string | null | undefined): 'email' | 'phone' | null {
  if (!filled(text)) return null;
  const email = EMAIL.test(text);
  const phone = PHONE.test(text);
  if (email === phone) return null;
  return email ? 'email' : 'phone';
}

/** How to reach the person: their own `prefers` first, then the note's `contact_method`. */
export function preferredContact(note: InterviewNote, person: Person | null): 'email' | 'phone' | null {
  return (person !== null ? contactMethodOf(person.prefers) : null) ?? contactMethodOf(note.contactMethod);
}

/** `Pat` of `Ms. Pat Jones`. */
export function firstNameOf(name: string): string {
  const plain = nameWithoutHonorific(name.trim());
  return plain.split(/\s+/)[0] ?? plain;
}

/**
 * How a draft addresses the person: the first name when they asked for it;
 * else the honorific and surname where an honorific is known (`Ms. Jones`);
 * else the full name. Null when there is no name.
 */
export function greetingNameOf(person: Person | null): string | null {
  if (person === null || !filled(person.name)) return null;
  if (prefersFirstName(person)) return firstNameOf(person.name);
  if (filled(person.honorific)) return `${person.honorific.trim()} ${surnameOf(person.name.trim())}`;
  return nameWithoutHonorific(person.name.trim());
}

/** `a`, `a and b`, `a, b, and c` (`or` likewise). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or'): string | null {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0] ?? null;
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The person with their person note's details: the entry of `resolved` at
 * the same place in the note's list, else the one with the same link or name.
 */
export function resolvePerson(person: Person, listed: readonly Person[], resolved: readonly Person[]): Person {
  const at = listed.indexOf(person);
  const same = at !== -1 ? resolved[at] : undefined;
  if (same !== undefined && (same === person || sameName(same.name, person.name))) return same;
  return (
    resolved.find((r) => r === person) ??
    resolved.find((r) => person.link !== null && r.link === person.link) ??
    resolved.find((r) => sameName(r.name, person.name)) ??
    person
  );
}
