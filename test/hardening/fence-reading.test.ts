import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawNote } from '../../src/engine/raw-note';
import { readNoteHead } from '../../src/cli/vault';
import { tempDir } from '../support/temp-dir';

describe('a long frontmatter is read to its real closing line', () => {
  it('a frontmatter longer than the first read, with dashes inside a block text, is read to its closing line', () => {
    const dir = tempDir('ifu-fence-');
    const filler = Array.from({ length: 800 }, (_, i) => `  - item ${i} with some words to take room`).join('\n');
    const text = `---\ntype: interview\nnotes:\n${filler}\nsummary: |\n  ----\n  --- not the end\ncompany: Acme\ndate: 2026-11-20\n---\nbody\n`;
    const file = join(dir, 'long.md');
    writeFileSync(file, text);
    const head = readNoteHead(file);
    const r = readRawNote(head, true);
    expect(r.kind).toBe('parsed');
    if (r.kind === 'parsed') expect(r.frontmatter).toMatchObject({ company: 'Acme', date: '2026-11-20' });
  });
});
