// A minimal static file server on 127.0.0.1 for the demo and the end-to-end tests.
// Serves files under `root`; `/` maps to demo/index.html. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Points an embed snippet's CDN address, and the example site address the builder uses on a local
 * address, at this server's copy of dist/ (same files, so integrity hashes still hold).
 */
export const withLocalDist = (html, serverUrl) =>
  html
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/nhs-role-widgets@[^/]+\/dist\//g, `${serverUrl}/dist/`)
    .replace(/https:\/\/your-site\.example\/nhs-role-widgets\/dist\//g, `${serverUrl}/dist/`);

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Starts a server and resolves to `{ url, close, requests }` once it listens.
 * `routes` maps a path to `{ body, type, headers }` for pages a test makes on the fly.
 * `base` serves `root` under a sub-path (`/nhs-role-widgets/`), as a project site is served;
 * anything outside it is not found.
 */
export function startStaticServer({ root = process.cwd(), port = 0, index = '/demo/index.html', routes = {}, base = '/' } = {}) {
  const folder = resolve(root);
  const requests = [];
  const server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(fullPath);
    const route = routes[fullPath];
    if (route) {
      response.writeHead(route.status ?? 200, { 'content-type': route.type ?? TYPES['.html'], ...route.headers });
      response.end(route.body);
      return;
    }
    // Browsers ask for a favicon on every page; answering "no content" keeps test consoles clean.
    if (fullPath === '/favicon.ico' || fullPath === `${base}favicon.ico`) return void response.writeHead(204).end();
    if (!fullPath.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const path = `/${fullPath.slice(base.length)}`;
    const file = normalize(join(folder, path === '/' ? index : path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      // Any origin may read the files, as from a public CDN (a sandboxed frame's scripts need it).
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
