import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import esbuild from 'esbuild';

const production = process.argv[2] === 'production';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The plugin, loaded by Obsidian on desktop and on phones: no Node built-ins may end up inside. */
const plugin = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  format: 'cjs',
  target: 'es2021',
  platform: 'browser',
  external: [
    'obsidian',
    'electron',
    '@codemirror/*',
    '@lezer/*',
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  outfile: 'main.js',
  minify: production,
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  logLevel: 'info',
};

/** The command-line tool, for Node. */
const cli = {
  entryPoints: ['src/cli/index.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/cli.cjs',
  define: { PACKAGE_VERSION: JSON.stringify(version) },
  sourcemap: production ? false : 'inline',
  logLevel: 'info',
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
