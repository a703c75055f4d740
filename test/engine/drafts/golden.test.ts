import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, renderDraft } from '../../../src/engine/drafts';
import { GOLDEN_REQUESTS } from './draft-helpers';
import { problemsOf } from './truth';

const DIR = new URL('../../fixtures/drafts/', import.meta.url);
/** Golden files are rewritten only on purpose: `npm run golden`. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('drafts as a recipient reads them (golden files in test/fixtures/drafts)', () => {
  it.each(Object.keys(GOLDEN_REQUESTS))('%s', (name) => {
    const request = GOLDEN_REQUESTS[name];
    if (request === undefined) throw new Error(name);
    const file = new URL(`${name}.md`, DIR);
    const text = renderDraft(request).text;
    if (UPDATE) writeFileSync(file, text);
    if (!existsSync(file)) throw new Error(`no golden file ${name}.md: read the draft, then write it with UPDATE_GOLDEN=1 (npm run golden)`);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('every golden file belongs to a draft, and says nothing false or unfinished on the day it is written', () => {
    const files = readdirSync(fileURLToPath(DIR)).filter((f) => f.endsWith('.md'));
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual(Object.keys(GOLDEN_REQUESTS).sort());
    for (const file of files) {
      const request = GOLDEN_REQUESTS[file.slice(0, -3)];
      if (request === undefined) continue;
      expect(problemsOf(readFileSync(new URL(file, DIR), 'utf8'), request.today), file).toEqual([]);
    }
  });

  it('cover every built-in template', () => {
    const covered = new Set(Object.values(GOLDEN_REQUESTS).map((r) => renderDraft(r).templateName));
    expect(BUILT_IN_TEMPLATES.map((t) => t.name).filter((n) => !covered.has(n))).toEqual([]);
  });
});
