// Serves the browser harness: the built main.js inside a stand-in for Obsidian,
// over a vault folder's notes. Only ever listens on the loopback address.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import esbuild from 'esbuild';

async function vaultFiles(dir, prefix = '') {
  const files = {};
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) Object.assign(files, await vaultFiles(dir, rel));
    else if (e.name.endsWith('.md')) files[rel] = await readFile(join(dir, rel), 'utf8');
  }
  return files;
}

async function pluginData(dir) {
  try {
    return JSON.parse(await readFile(join(dir, '.obsidian/plugins/interview-follow-up/data.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Starts the server; `vault` is a folder or a map of notes. Resolves to its URL and a close function. */
export async function startPreview({ vault, port = 0, data } = {}) {
  const bundle = await esbuild.build({
    entryPoints: ['test/browser/harness/harness.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  const harnessJs = bundle.outputFiles[0].text;
  const routes = {
    '/': ['test/browser/harness/index.html', 'text/html'],
    '/harness.css': ['test/browser/harness/harness.css', 'text/css'],
    '/styles.css': ['styles.css', 'text/css'],
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      let body;
      let type = 'application/javascript';
      if (path === '/harness.js') body = harnessJs;
      else if (path === '/main-wrapped.js') {
        const main = await readFile('main.js', 'utf8');
        body = `window.loadPluginModule = function (module, exports, require) {\n${main}\n};`;
      } else if (path === '/vault.json') {
        const files = typeof vault === 'string' ? await vaultFiles(vault) : vault;
        body = JSON.stringify({ files, data: data ?? (typeof vault === 'string' ? await pluginData(vault) : undefined) });
        type = 'application/json';
      } else if (routes[path]) {
        body = await readFile(routes[path][0], 'utf8');
        type = routes[path][1];
      } else {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
