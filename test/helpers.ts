import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDay, type Day } from '../src/engine/dates';

/** The shared conformance material, beside the project; absent on some machines. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const CONFORMANCE = `${SHARED}conformance/`;
export const CAPTURES = `${SHARED}obsidian-captures/`;
export const hasConformance = requireShared(existsSync(`${CONFORMANCE}vault`), 'conformance');
export const hasCaptures = requireShared(existsSync(CAPTURES), 'obsidian-captures');

/**
 * On a person's machine the shared material may be absent: its tests are
 * skipped with a message. In CI (`CI` set) its absence is a failure, so a
 * green run always includes them.
 */
function requireShared(present: boolean, what: string): boolean {
  if (!present && process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    throw new Error(`../shared/${what} is absent, and CI is set: the tests that read it cannot be skipped here`);
  }
  return present;
}

export const EXAMPLE_VAULT = fileURLToPath(new URL('../example-vault/', import.meta.url));

/** A day from `YYYY-MM-DD`, for tests. */
export function d(text: string): Day {
  const day = parseDay(text);
  if (day === null) throw new Error(`not a date: ${text}`);
  return day;
}

