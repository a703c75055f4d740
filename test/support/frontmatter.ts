import { readRawNote } from '../../src/engine/raw-note';

/** A note's properties as the agenda reads them; the test fails when they cannot be read. */
export function frontmatterOf(text: string): Record<string, unknown> {
  const r = readRawNote(text, true);
  if (r.kind !== 'parsed') throw new Error(`the frontmatter cannot be read: ${JSON.stringify(r)}`);
  return r.frontmatter;
}
