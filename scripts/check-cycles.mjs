// The import graph of src/: no cycle anywhere, and an engine that runs on any
// platform (no `obsidian`, no Node built-in). `node scripts/check-cycles.mjs`
// prints what it finds and exits 1 on any; test/architecture.test.ts runs it too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Every .ts file under a folder, as paths relative to `root`. */
function sources(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(root, path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

/** The module names a file imports or re-exports, type-only imports included (a cycle of types is a cycle too). */
export function importsOf(text, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      names.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      names.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) names.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** The file a relative module name means (`./x` is `x.ts` or `x/index.ts`), or null for a package. */
function resolveLocal(from, name, files) {
  if (!name.startsWith('.')) return null;
  const base = join(dirname(from), name).replace(/\.(js|ts)$/, '');
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (files.has(candidate)) return candidate;
  return null;
}

/** The graph of src/: file -> the files of src/ it imports; and file -> the packages it imports. */
export function importGraph(root) {
  const files = new Set(sources(root));
  const graph = new Map();
  const packages = new Map();
  for (const file of [...files].sort()) {
    const names = importsOf(readFileSync(join(root, file), 'utf8'), file);
    graph.set(file, [...new Set(names.map((n) => resolveLocal(file, n, files)).filter((f) => f !== null))].sort());
    packages.set(file, [...new Set(names.filter((n) => !n.startsWith('.')))].sort());
  }
  return { graph, packages };
}

/**
 * The cycles of the graph, one per group of files that import each other
 * round (a strongly connected component): its files in name order, and one
 * shortest way round from the first (the first file again at the end).
 */
export function cyclesOf(graph) {
  // Tarjan's strongly connected components.
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const connect = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  // One shortest way round each group, from its first file in name order.
  return groups.map((group) => {
    const inGroup = new Set(group);
    const start = [...group].sort()[0];
    const from = new Map([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift();
      for (const w of graph.get(v) ?? []) {
        if (w === start) {
          const path = [v];
          while (from.get(path[0]) !== null) path.unshift(from.get(path[0]));
          return { files: [...group].sort(), way: [...path, start] };
        }
        if (inGroup.has(w) && !from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return { files: [start], way: [start, start] };
  });
}

const NODE_BUILTINS = new Set(builtinModules);

/** The engine's imports of Obsidian or of Node's built-in modules, as "file imports name". */
export function platformImports(packages) {
  const found = [];
  for (const [file, names] of packages) {
    if (!file.startsWith('engine/')) continue;
    for (const name of names) {
      if (name === 'obsidian' || name.startsWith('obsidian/') || name.startsWith('node:') || NODE_BUILTINS.has(name.split('/')[0])) found.push(`${file} imports ${name}`);
    }
  }
  return found;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../src/', import.meta.url));
  const { graph, packages } = importGraph(root);
  const cycles = cyclesOf(graph);
  const platform = platformImports(packages);
  for (const { files, way } of cycles) console.log(`import cycle among ${files.join(', ')}: ${way.join(' -> ')}`);
  for (const line of platform) console.log(`the engine depends on a platform: ${line}`);
  if (cycles.length === 0 && platform.length === 0) console.log(`${graph.size} files in src/: no import cycle, and the engine imports neither obsidian nor node.`);
  process.exit(cycles.length > 0 || platform.length > 0 ? 1 : 0);
}
