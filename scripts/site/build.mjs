#!/usr/bin/env node
// The deployable shell: dist/shell, static files a portal puts behind any web server or CDN.
//
//   dist/shell/index.html       the page: CSP meta tag, import map with integrity, the configuration
//                               (#hn-shell-config), the page script; written from site.json (page.mjs)
//   dist/shell/site.json        the data the page is written from (import map, apps, sources, title)
//   dist/shell/assets/*         every module, the page's stylesheet and the fonts, content-hashed
//   *.br, *.gz                  brotli and gzip copies of every text file, for precompressed serving
//
// One production build of the shell's page script, every shared module the packages import by a bare
// name (Lit, its directives, @lit/context, DOMPurify, single-spa, tokens, core, the hand-off
// launcher) and every micro-frontend (`@hn-elements/<name>/mfe.js`), so Lit and core are one file
// each however many apps mount, and each app is its own file the shell imports only when it shows
// it. The import map maps every bare name: a micro-frontend built elsewhere with those names
// external can be added to the page later (docs/integration.md, "The deployable shell").
//
//   node scripts/site/build.mjs        (npm run build runs it last)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SOURCES } from '@hn-elements/dev-fhir-server';
import { SITE_DIR, integrity, writeCompressed, writePage } from './page.mjs';
import { productionBuildOptions } from '../standalone.mjs';
import { microFrontendSpecifiers, sharedSpecifiers } from './modules.mjs';
import { COMPRESSIBLE } from './policy.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGES = join(ROOT, 'packages');
const SITE_SOURCES = join(PACKAGES, 'shell', 'site');
/** The page script: reads #hn-shell-config and starts the shell. */
const ENTRY = join(PACKAGES, 'shell', 'src', 'site.ts');
/** The demo's FHIR sources, where `npm run preview` serves them; a portal writes its own. */
const DEMO_FHIR_BASE = '/fhir';

/** An entry name for a bare name: `lit/directives/live.js` -> `lit-directives-live`. */
const entryName = (specifier) => specifier.replace(/^@/, '').replace(/\.js$/, '').replace(/[^a-z0-9]+/gi, '-');

/**
 * The tokens module asks for its fonts with `new URL(/* @vite-ignore *\/ '../dist/fonts/…', import.meta.url)`
 * so that the library build leaves them alone; here the mark goes, and Vite emits each font as a
 * content-hashed asset and writes its URL into the module.
 * @returns {import('vite').Plugin}
 */
function emitFonts() {
  const marked = /(new\s+URL\(\s*)\/\*\s*@vite-ignore\s*\*\/\s*(?=['"]\.{1,2}\/dist\/fonts\/)/g;
  return {
    name: 'hn-site-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes(`${sep}tokens${sep}src${sep}`) || !marked.test(code)) return null;
      marked.lastIndex = 0;
      return { code: code.replace(marked, '$1'), map: null };
    },
  };
}

/** The page's stylesheet: the tokens and the page-level styles, one content-hashed file. */
function writeStylesheet(outDir) {
  const tokens = join(PACKAGES, 'tokens', 'dist', 'tokens.css');
  if (!existsSync(tokens)) throw new Error(`${tokens} is missing; run npm run generate`);
  const css = Buffer.from(`${readFileSync(tokens, 'utf8')}\n${readFileSync(join(SITE_SOURCES, 'page.css'), 'utf8')}`);
  const hash = integrity(css).slice(7, 15).replace(/[+/]/g, '_');
  const href = `/assets/page-${hash}.css`;
  writeFileSync(join(outDir, href), css);
  return { href, integrity: integrity(css) };
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name).split(sep).join('/')],
  );
}

/** Builds dist/shell (or `outDir`) and returns what it wrote. */
export async function buildSite({ outDir = SITE_DIR } = {}) {
  const started = performance.now();
  const apps = microFrontendSpecifiers();
  const shared = sharedSpecifiers().filter((specifier) => !apps.some((app) => app.specifier === specifier));
  /** @type {Record<string, string>} entry name -> module id */
  const input = { shell: ENTRY };
  /** @type {Map<string, string>} entry name -> bare name in the import map */
  const mapped = new Map();
  for (const specifier of [...shared, ...apps.map((app) => app.specifier)]) {
    const name = entryName(specifier);
    input[name] = specifier;
    mapped.set(name, specifier);
  }

  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    ...productionBuildOptions(),
    plugins: [emitFonts()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      modulePreload: false,
      rolldownOptions: {
        input,
        // Every entry keeps its exports: the import map hands them to modules built elsewhere.
        preserveEntrySignatures: 'strict',
        // Timing warnings say more about the machine's load than about the build.
        checks: { bundlerTimings: false },
        output: {
          format: 'es',
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const entries = new Map(outputs.filter((o) => o.type === 'chunk' && o.isEntry).map((o) => [o.name, `/${o.fileName}`]));

  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const stylesheet = writeStylesheet(outDir);
  const files = filesUnder(outDir);
  /** @type {Record<string, string>} */
  const moduleIntegrity = {};
  for (const file of files.filter((f) => f.endsWith('.js')).sort()) moduleIntegrity[`/${file}`] = integrity(readFileSync(join(outDir, file)));
  /** @type {Record<string, string>} */
  const imports = {};
  for (const [name, specifier] of mapped) imports[specifier] = /** @type {string} */ (entries.get(name));
  const entryHref = /** @type {string} */ (entries.get('shell'));
  // Every module the page script imports statically, however deep: announced in the page so the
  // browser fetches them side by side instead of one level after another.
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const preload = new Set();
  const visit = (fileName) => {
    for (const dependency of chunks.get(fileName)?.imports ?? []) {
      if (preload.has(`/${dependency}`)) continue;
      preload.add(`/${dependency}`);
      visit(dependency);
    }
  };
  visit(entryHref.slice(1));

  // Each app's own modules, as its mount loads them: its lifecycles, the element they import
  // lazily, and everything those import statically, less what the page already announces. The
  // page script announces them on a route that shows the app (packages/shell/src/preload.ts).
  /** @param {string} specifier */
  const appModules = (specifier) => {
    const entry = entries.get(entryName(specifier));
    if (!entry) return [];
    const found = new Set();
    const add = (fileName, lazyToo) => {
      const href = `/${fileName}`;
      if (found.has(href) || preload.has(href) || href === entryHref) return;
      found.add(href);
      const chunk = chunks.get(fileName);
      for (const dependency of chunk?.imports ?? []) add(dependency, false);
      if (lazyToo) for (const dependency of chunk?.dynamicImports ?? []) add(dependency, false);
    };
    add(entry.slice(1), true);
    return [...found].sort();
  };
  /** @type {Array<{ specifier?: string }>} */
  const appList = JSON.parse(readFileSync(join(SITE_SOURCES, 'apps.json'), 'utf8'));

  const site = {
    lang: 'nb',
    stylesheet,
    entry: { href: entryHref, integrity: moduleIntegrity[entryHref] },
    preload: [...preload].sort(),
    // The typeface's Latin faces (a Norwegian page needs only those): fetched with the first wave,
    // not after the tokens module has run, so text does not reflow when they arrive.
    fonts: files.filter((file) => /^assets\/source-sans-3-latin-\d+-normal-[\w-]+\.woff2$/.test(file)).map((file) => `/${file}`).sort(),
    importMap: { imports, integrity: moduleIntegrity },
    config: {
      title: 'Helsenorge',
      apps: appList.map((app) => (app.specifier ? { ...app, preload: appModules(app.specifier) } : app)),
      sources: SOURCES.map(({ id, name }) => ({ id, name, fhirBase: `${DEMO_FHIR_BASE}/${id}` })),
    },
  };
  writeFileSync(join(outDir, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
  for (const file of files) if (COMPRESSIBLE.test(file)) writeCompressed(join(outDir, file));
  writeCompressed(join(outDir, 'site.json'));
  writePage(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`site: ${relative(ROOT, outDir)} in ${seconds} s (${Object.keys(moduleIntegrity).length} modules, ${Object.keys(imports).length} in the import map)`);
  return { outDir, site };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildSite();
