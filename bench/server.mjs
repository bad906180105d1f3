// The bench's web server on 127.0.0.1: serves the repository's files and pages made on the fly,
// compressed the way a real host would (brotli when the browser accepts it, else gzip), so that
// Lighthouse and the render timings see production-like responses. scripts/static-server.mjs
// (used by the demo and the tests) does not compress, hence this one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { TYPES } from '../scripts/static-server.mjs';

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

// Hosts and CDNs compress static files once (or cache the result), so a response costs no
// compression time per request here either: bodies are compressed once and kept by key.
const cache = new Map();
function encode(key, body, encoding) {
  const cacheKey = `${encoding}:${key}`;
  if (!cache.has(cacheKey)) {
    cache.set(
      cacheKey,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return cache.get(cacheKey);
}

function send(request, response, { status = 200, type, body, key, headers = {} }) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  const payload = encoding ? encode(key, Buffer.from(body), encoding) : body;
  response.writeHead(status, {
    'content-type': type,
    'content-length': payload.length,
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...headers,
  });
  response.end(payload);
}

/**
 * Starts the server; resolves to `{ url, close }`. `routes` maps a path to `{ body, type }` for
 * pages the bench builds in memory. Files are served from `root` with a day's cache lifetime, as a
 * council's web host might; every bench page load uses a fresh browser context, so nothing is
 * served from the browser's cache during a measurement.
 */
export function startBenchServer({ root = process.cwd(), routes = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) {
      send(request, response, { type: route.type ?? TYPES['.html'], body: route.body, key: `route:${path}:${route.body.length}` });
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      send(request, response, {
        type: TYPES[extname(file)] ?? 'application/octet-stream',
        body: await readFile(file),
        key: `${file}:${info.mtimeMs}`,
        headers: { 'cache-control': 'public, max-age=86400' },
      });
    } catch {
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      done({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
