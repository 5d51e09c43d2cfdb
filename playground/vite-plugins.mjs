// Vite plugins for the playground dev server (see serve.mjs). Nothing in packages/ imports this.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { microFrontendSpecifiers } from '../scripts/site/modules.mjs';
import { SHELL_BODY, compressedCopies } from '../scripts/site/page.mjs';
import { chooseEncoding } from '../scripts/site/preview.mjs';
import { TRUSTED_TYPES_POLICY } from '../scripts/site/policy.mjs';

/**
 * The Trusted Types policy the playground enforces with `?tt`: the one the deployable shell ships
 * (scripts/site/policy.mjs). Vite's dev client creates no policy and needs none (tested:
 * playground/test/trusted-types-dev.e2e.mjs).
 */
export { TRUSTED_TYPES_POLICY };

/** Paths the playground page answers for: the shell's routes (no file extension). */
const NOT_A_ROUTE = /^\/(?:@|__|node_modules\/|packages\/|playground\/|dev\/|fhir(?:\/|$))/;

/**
 * Mounts the embedded FHIR server (`@hn-elements/dev-fhir-server`) on the dev server, so the
 * micro-frontends reach `/fhir/<source>` and `/__fhir-control/...` on the page's own origin.
 * @param {{ middleware: (req: any, res: any, next: (error?: unknown) => void) => void }} fhir
 * @returns {import('vite').Plugin}
 */
export function fhirServerPlugin(fhir) {
  return {
    name: 'hn-fhir-server',
    apply: 'serve',
    configureServer(server) {
      // Registered before Vite's own middlewares: FHIR requests never reach the file server.
      server.middlewares.use(fhir.middleware);
    },
  };
}

/**
 * The import map of the dev playground: each `@hn-elements/<name>/mfe.js` (every package that
 * exports "./mfe.js" and has src/mfe.ts) points at its TypeScript source, which Vite serves and transforms. Inside those
 * sources Vite rewrites `lit` and `@hn-elements/core` to one URL each, so they load once.
 * In the deployable shell (scripts/site/build.mjs) the same specifiers map to content-hashed
 * production files, and Lit and core to one file each.
 */
export function devImportMap() {
  return { imports: Object.fromEntries(microFrontendSpecifiers().map(({ specifier, source }) => [specifier, source])) };
}

/**
 * Serves playground/index.html for every shell route (`/`, `/appointments`, ...), and injects
 * into it the import map, the page configuration (the FHIR sources and the demo people) and the
 * body the deployable shell's page has too.
 * @param {{ config: () => unknown }} options
 * @returns {import('vite').Plugin}
 */
export function playgroundPagePlugin({ config }) {
  return {
    name: 'hn-playground-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://playground');
        const wantsHtml = (req.headers.accept ?? '').includes('text/html');
        const isRoute = !NOT_A_ROUTE.test(url.pathname) && !/\.[a-z0-9]+$/i.test(url.pathname);
        if ((req.method === 'GET' || req.method === 'HEAD') && wantsHtml && isRoute) {
          req.url = `/playground/index.html${url.search}`;
        }
        next();
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!context.path.endsWith('/playground/index.html')) return html;
        const json = (/** @type {unknown} */ value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
        // `?tt` enforces Trusted Types on the page: only the named policies may turn strings into HTML or script URLs.
        const enforceTrustedTypes = new URL(context.originalUrl ?? context.path, 'http://playground').searchParams.has('tt');
        return {
          html: html.replace(/<body>[\s\S]*<\/body>/, `<body>${SHELL_BODY}</body>`),
          tags: [
            ...(enforceTrustedTypes
              ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: TRUSTED_TYPES_POLICY }, injectTo: /** @type {const} */ ('head-prepend') }]
              : []),
            { tag: 'script', attrs: { type: 'importmap' }, children: json(devImportMap()), injectTo: 'head-prepend' },
            { tag: 'script', attrs: { type: 'application/json', id: 'hn-playground-config' }, children: json(config()), injectTo: 'head' },
          ],
        };
      },
    },
  };
}

/** The one-script-tag host page: served exactly as written (no Vite client, no import map). */
const ONE_SCRIPT_PAGE = '/playground/hosts/one-script.html';
const STANDALONE_FILE = /^\/packages\/([a-z0-9-]+)\/dist\/standalone\.js(\.map)?$/;
/** The fonts a standalone.js asks for beside itself (the build copies them there; here they come from the tokens package). */
const STANDALONE_FONT = /^\/packages\/[a-z0-9-]+\/dist\/fonts\/([a-z0-9-]+\.woff2)$/;

/**
 * Serves playground/hosts/one-script.html as a static page, and `/packages/<name>/dist/standalone.js`
 * (and its map) built in memory from the current sources by scripts/standalone.mjs, the same
 * build `npm run build` writes to dist, sent compressed as a production server sends it (brotli or
 * gzip by Accept-Encoding, as `npm run preview` chooses). Built on first request, again after a source changes, so
 * the page never runs a stale dist and needs no build beforehand.
 * @param {{ root: string }} options
 * @returns {import('vite').Plugin}
 */
export function standaloneHostPlugin({ root }) {
  /** @type {Map<string, ReturnType<typeof import('../scripts/standalone.mjs').buildStandalone>>} */
  const builds = new Map();
  /** Each build's brotli and gzip copies, made when first asked for. */
  const compressed = new WeakMap();
  return {
    name: 'hn-standalone-host',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(join(root, 'packages')) && !/[\\/]dist[\\/]/.test(file)) builds.clear();
      });
      // Before Vite's own middlewares: these answers are not transformed.
      server.middlewares.use(async (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const { pathname } = new URL(req.url ?? '/', 'http://playground');
        try {
          if (pathname === ONE_SCRIPT_PAGE) {
            return send(res, 'text/html; charset=utf-8', readFileSync(join(root, pathname), 'utf8'), req.method);
          }
          const font = STANDALONE_FONT.exec(pathname);
          if (font) {
            const file = join(root, 'packages', 'tokens', 'dist', 'fonts', font[1]);
            if (!existsSync(file)) return next();
            return send(res, 'font/woff2', readFileSync(file), req.method);
          }
          const match = STANDALONE_FILE.exec(pathname);
          if (!match) return next();
          const { buildStandalone, standalonePackages } = await import('../scripts/standalone.mjs');
          const [, name, isMap] = match;
          if (!standalonePackages().includes(name)) return next();
          if (!builds.has(name)) {
            const build = buildStandalone(name, { write: false });
            build.catch(() => builds.delete(name));
            builds.set(name, build);
          }
          const built = await builds.get(name);
          if (isMap) return built.map ? send(res, 'application/json', built.map, req.method) : next();
          // As a production server sends it: the precompressed copy the browser accepts
          // (scripts/site/preview.mjs's rule; brotli and gzip at their best, as the build writes them).
          if (!compressed.has(built)) compressed.set(built, compressedCopies(built.code));
          const { encoding, suffix } = chooseEncoding(req.headers['accept-encoding'], (s) => s === '.br' || s === '.gz');
          const copies = /** @type {{ br: Buffer, gz: Buffer }} */ (compressed.get(built));
          const body = encoding === 'br' ? copies.br : encoding === 'gzip' ? copies.gz : built.code;
          return send(res, 'text/javascript; charset=utf-8', body, req.method, encoding);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * @param {import('node:http').ServerResponse} res @param {string} type @param {string | Buffer} body @param {string} method
 * @param {string} [encoding] the body's Content-Encoding, when it is a compressed copy
 */
function send(res, type, body, method, encoding) {
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  if (encoding) {
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
  }
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(method === 'HEAD' ? undefined : body);
}
