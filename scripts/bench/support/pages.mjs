// What the browser benchmarks share: a production build of their pages (scripts/bench/support/*.html,
// minified, Lit in production mode, workspace packages from their sources) and a loopback server
// for it, optionally with the embedded FHIR servers on the same origin; and Chromium.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, createServer as createViteServer, defaultClientConditions } from 'vite';
import { launchChromium, ROOT } from '../../e2e/playground.mjs';
import { EXPOSE_GC } from '../../chromium.mjs';

export { ROOT };
export const SUPPORT = join(ROOT, 'scripts', 'bench', 'support');
const CACHE = join(ROOT, 'node_modules', '.cache', 'hn-bench');

/**
 * Builds `pages` (file names of HTML pages in scripts/bench/support) into a fresh directory and
 * returns it, with the gzipped size of the JavaScript and CSS each page loads at start.
 * @param {string} name  directory under node_modules/.cache/hn-bench
 * @param {string[]} pages
 * @param {{ treeshake?: object }} [options]  rolldown's tree-shaking options
 */
export async function buildPages(name, pages, options = {}) {
  const outDir = join(CACHE, name);
  const result = await build({
    root: SUPPORT,
    base: '/',
    configFile: false,
    logLevel: 'silent',
    resolve: {
      conditions: ['source', ...defaultClientConditions],
      // The fixtures' people and sessions, without the test helpers that need Mocha. Only the bare
      // specifier: its subpaths (`/people.js`) resolve through the package's own exports.
      alias: [{ find: /^@hn-elements\/test-support$/, replacement: join(ROOT, 'dev', 'test-support', 'src', 'people.ts') }],
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), join(SUPPORT, page)])),
        ...(options.treeshake ? { treeshake: options.treeshake } : {}),
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return { dir: outDir, outputs, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** gzip -9 size of a build output (chunk or asset). */
export function gzipSize(output) {
  const content = output.type === 'chunk' ? output.code : output.source;
  return gzipSync(typeof content === 'string' ? content : Buffer.from(content), { level: 9 }).length;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * Serves `dir` on 127.0.0.1 (a free port); `middleware` (connect-style, e.g. the FHIR servers')
 * answers first and calls next() for what it does not know.
 * @param {string} dir
 * @param {((req: any, res: any, next: () => void) => void)} [middleware]
 */
export async function serve(dir, middleware) {
  const server = createServer((req, res) => {
    const files = () => {
      const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      if (!path.startsWith(dir)) return res.writeHead(403).end();
      let body;
      try {
        body = readFileSync(path);
      } catch {
        return res.writeHead(404).end();
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    };
    if (middleware) middleware(req, res, files);
    else files();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)).finally(() => server.closeAllConnections?.()),
  };
}

/** Debian's Chromium, headless, with `gc()` exposed. */
export function launch() {
  return launchChromium([EXPOSE_GC]);
}

/** Full garbage collections a frame apart (so what the last render left can go), then the counters. */
export async function countersAfterGc(page, cdp) {
  for (let i = 0; i < 3; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes, documents: dom.documents, listeners: dom.jsEventListeners };
}

export const median = (values) => quantile(values, 0.5);
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The micro-frontends: packages with src/mfe.ts, core (which defines the helper) left out. */
export function microFrontends() {
  return readdirSync(join(ROOT, 'packages'))
    .filter((name) => name !== 'core' && existsSync(join(ROOT, 'packages', name, 'src', 'mfe.ts')))
    .sort();
}

/**
 * Takes a heap snapshot (after the collections it forces) and sums the objects' own sizes by V8's
 * node type: `code` (compiled code, which grows while the JIT tiers functions up), `native` (objects
 * of the browser, and of DevTools itself, e.g. its network buffer), and the JavaScript objects.
 */
export async function heapSnapshotSizes(cdp) {
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const byType = {};
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt]];
    byType[type] = (byType[type] ?? 0) + nodes[i + sizeAt];
  }
  const { code = 0, native = 0, synthetic = 0, ...js } = byType;
  return { code, native, js: Object.values(js).reduce((a, b) => a + b, 0), byType };
}

/**
 * A page written in the benchmark itself (`html`, its module scripts importing workspace sources),
 * served by Vite at `/__bench/<name>` on a free loopback port, with Lit's production build (no
 * "development" condition). Every dependency is an ES module, served as it is, so no dependency
 * optimisation reloads the page. Gives the page's URL and `close`.
 * @param {string} name
 * @param {string} html
 */
export async function serveSourcePage(name, html) {
  const path = `/__bench/${name}`;
  const server = await createViteServer({
    root: ROOT,
    configFile: false,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    publicDir: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    resolve: { conditions: ['source', 'browser', 'import', 'module', 'production', 'default'] },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [
      {
        name: 'hn-bench-page',
        configureServer(dev) {
          dev.middlewares.use(async (req, res, next) => {
            if (req.url !== path) return next();
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(await dev.transformIndexHtml(path, html));
          });
        },
      },
    ],
  });
  await server.listen();
  return { url: `http://127.0.0.1:${server.httpServer.address().port}${path}`, close: () => server.close() };
}

/**
 * What a side-by-side page loaded, gzip: its JavaScript and CSS that the page requested, and the
 * built JavaScript it never asked for (count and size).
 * @param {{ outputs: any[] }} built @param {Set<string>} requested
 */
export function loadedSize(built, requested) {
  const size = { js: 0, css: 0, unusedJs: 0, unusedFiles: 0 };
  for (const output of built.outputs) {
    const loaded = requested.has(output.fileName);
    if (output.fileName.endsWith('.js')) {
      if (loaded) size.js += gzipSize(output);
      else {
        size.unusedJs += gzipSize(output);
        size.unusedFiles += 1;
      }
    } else if (output.fileName.endsWith('.css') && loaded) size.css += gzipSize(output);
  }
  return size;
}

/** Closes the browser and every side's server, and removes its build. */
export async function closeSides(browser, sides) {
  await browser.close();
  for (const side of Object.values(sides)) {
    await side.server.close();
    side.built.remove();
  }
}

/** "12.3 KB" */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** "0.42×", or "—" when there is nothing to divide by. */
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
