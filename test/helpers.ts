import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDay, type Day } from '../src/engine/dates';

/** The shared conformance material, beside the project; absent on some machines. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const CONFORMANCE = `${SHARED}conformance/`;
export const CAPTURES = `${SHARED}obsidian-captures/`;
export const hasConformance = existsSync(`${CONFORMANCE}vault`);
export const hasCaptures = existsSync(CAPTURES);

export const EXAMPLE_VAULT = fileURLToPath(new URL('../example-vault/', import.meta.url));

/** A day from `YYYY-MM-DD`, for tests. */
export function d(text: string): Day {
  const day = parseDay(text);
  if (day === null) throw new Error(`not a date: ${text}`);
  return day;
}

