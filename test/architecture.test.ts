import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, importsOf, platformImports } from '../scripts/check-cycles.mjs';
import { tempDir } from './support/temp-dir';

const SRC = new URL('../src/', import.meta.url).pathname;

/** A made-up src/ folder holding these files. */
function tree(files: Record<string, string>): string {
  const root = tempDir('ifu-graph-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the shape of src/', () => {
  it('has no import cycle (type-only imports count: a cycle of types is still one)', () => {
    const cycles = cyclesOf(importGraph(SRC).graph).map(({ way }) => way.join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('keeps the engine free of Obsidian and of Node, so it runs in the plugin and the command line alike', () => {
    expect(platformImports(importGraph(SRC).packages)).toEqual([]);
  });
});

describe('the import checker', () => {
  it('reads imports, type-only imports, re-exports and dynamic imports, and ignores the words in comments and strings', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export * from './d';",
      "const e = await import('./e');",
      "// import { f } from './f';",
      "const g = \"import { g } from './g'\";",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', './b', './c', './d', './e']);
  });

  it('finds a cycle through a folder index and a type-only import, and names each file of it', () => {
    const root = tree({
      'engine/x.ts': "import { y } from './y';\nexport const x = y;\n",
      'engine/y.ts': "import type { Z } from '../ui';\nexport const y = 1;\n",
      'ui/index.ts': "import { x } from '../engine/x';\nexport type Z = typeof x;\n",
      'engine/alone.ts': "import { x } from './x';\n",
    });
    const cycles = cyclesOf(importGraph(root).graph);
    expect(cycles).toEqual([{ files: ['engine/x.ts', 'engine/y.ts', 'ui/index.ts'], way: ['engine/x.ts', 'engine/y.ts', 'ui/index.ts', 'engine/x.ts'] }]);
  });

  it('finds a file that imports itself, and none in a graph without cycles', () => {
    expect(cyclesOf(importGraph(tree({ 'a.ts': "import './a';\n" })).graph)).toEqual([{ files: ['a.ts'], way: ['a.ts', 'a.ts'] }]);
    expect(cyclesOf(importGraph(tree({ 'a.ts': "import './b';\n", 'b.ts': "import 'js-yaml';\n" })).graph)).toEqual([]);
  });

  it('names an engine file that imports obsidian or a Node module, with or without node:', () => {
    const root = tree({
      'engine/a.ts': "import { TFile } from 'obsidian';\nimport { readFileSync } from 'node:fs';\nimport path from 'path';\nimport yaml from 'js-yaml';\n",
      'cli/b.ts': "import { readFileSync } from 'node:fs';\n",
    });
    expect(platformImports(importGraph(root).packages)).toEqual(['engine/a.ts imports node:fs', 'engine/a.ts imports obsidian', 'engine/a.ts imports path']);
  });
});
