import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, renderDraft } from '../../../src/engine/drafts';
import { GOLDEN_REQUESTS } from './draft-helpers';

const DIR = new URL('../../fixtures/drafts/', import.meta.url);

describe('drafts as a recipient reads them (golden files in test/fixtures/drafts)', () => {
  it.each(Object.keys(GOLDEN_REQUESTS))('%s', (name) => {
    const request = GOLDEN_REQUESTS[name];
    if (request === undefined) throw new Error(name);
    const file = new URL(`${name}.md`, DIR);
    const text = renderDraft(request).text;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('cover every built-in template', () => {
    const covered = new Set(Object.values(GOLDEN_REQUESTS).map((r) => renderDraft(r).templateName));
    expect(BUILT_IN_TEMPLATES.map((t) => t.name).filter((n) => !covered.has(n))).toEqual([]);
  });
});
