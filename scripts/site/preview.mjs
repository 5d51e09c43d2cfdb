#!/usr/bin/env node
// `npm run preview`: serves dist/shell (scripts/site/build.mjs) exactly as built, with the headers a
// production web server should send (scripts/site/policy.mjs):
//   - the precompressed copy the browser accepts (`.br`, else `.gz`, else the file), with
//     Content-Encoding and `Vary: Accept-Encoding`;
//   - content-hashed files under /assets/ cached for a year (`immutable`), everything else
//     `no-cache` with an ETag, so a new deployment shows at once;
//   - index.html for the shell's routes (`/`, `/inbox`, ...) with the page's Content-Security-Policy
//     as a header too (with `frame-ancestors 'none'`, which a meta tag cannot carry).
// For live data it also mounts the embedded FHIR server (@hn-elements/dev-fhir-server) at /fhir and
// /__fhir-control: a demo service beside the build, not part of it. A portal deploys dist/shell only.
//
//   npm run preview                    http://127.0.0.1:4173 (PORT=… HOST=… to move it)
//   startPreview({ dir, port: 0 })     the same from a test, on a free port
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { SITE_DIR, pagePolicy } from './page.mjs';
import { COMPRESSIBLE, CONTENT_TYPES, headersFor } from './policy.mjs';

/** Which stored copy of a file to send for an Accept-Encoding header: `br`, `gzip` or none. */
export function chooseEncoding(/** @type {string | undefined} */ accept, /** @type {(suffix: string) => boolean} */ has) {
  const accepted = new Map(
    (accept ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)];
    }),
  );
  const wants = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br') && has('.br')) return { encoding: 'br', suffix: '.br' };
  if (wants('gzip') && has('.gz')) return { encoding: 'gzip', suffix: '.gz' };
  return { encoding: undefined, suffix: '' };
}

/** The file a request path names inside `dir`, or the page for a route; undefined when neither. */
function fileFor(dir, pathname, acceptsHtml) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, decoded));
  if (!file.startsWith(dir + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile() && !/\.(?:br|gz)$/.test(file)) return { file, path: decoded };
  // A route of the shell (no file extension) gets the page.
  if (acceptsHtml && !extname(decoded)) return { file: join(dir, 'index.html'), path: '/index.html' };
  return undefined;
}

/**
 * Answers one request for a file of the build.
 * @param {string} dir @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
function serveFile(dir, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://preview');
  const found = fileFor(dir, pathname, (req.headers.accept ?? '').includes('text/html') || pathname === '/');
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found\n');
    return;
  }
  const { encoding, suffix } = COMPRESSIBLE.test(found.path)
    ? chooseEncoding(req.headers['accept-encoding'], (s) => existsSync(found.file + s))
    : { encoding: undefined, suffix: '' };
  const body = readFileSync(found.file + suffix);
  const csp = found.path === '/index.html' ? pagePolicy(JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')), { frameAncestors: true }) : undefined;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  /** @type {Record<string, string | number>} */
  const headers = {
    'Content-Type': CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(found.path))] ?? 'application/octet-stream',
    ...headersFor(found.path, { csp }),
    ETag: etag,
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the build in `dir` and the demo FHIR server.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 */
export async function startPreview({ dir = SITE_DIR, port = 0, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no build; run npm run build`);
  const fhir = await createFhirServer({ basePath: '/fhir' });
  const server = createServer((req, res) => {
    // The FHIR server answers its own paths and passes everything else on to the files.
    fhir.middleware(req, res, (error) => {
      if (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
        return;
      }
      try {
        serveFile(dir, req, res);
      } catch (failure) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(String(failure));
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host}:${address.port}`;
  return {
    url,
    fhir,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const preview = await startPreview({ port: Number(process.env.PORT ?? 4173), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`\n  hn-elements shell (production build): ${preview.url}/`);
  console.log(`  FHIR sources (demo, not part of the build): ${preview.fhir.sources.map((s) => new URL(s.fhirBase, preview.url).href).join(', ')}\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => preview.close().then(() => process.exit(0)));
}
