#!/usr/bin/env node
// The one-script-tag build: packages/<name>/dist/standalone.js for every package that has
// src/standalone.ts (the component packages). One minified ES module with everything the
// component needs bundled in (Lit in production mode, @lit/context, DOMPurify, tokens, core, and
// the hand-off launcher where the component renders it); it registers the tags as define.js does
// and exports what the package's index exports. No chunks: dynamic imports are inlined.
//
// The fonts are the one thing beside it: the tokens code asks for '../dist/fonts/<file>.woff2'
// relative to the module, so packages/<name>/dist/fonts gets a copy of packages/tokens/dist/fonts
// (written by `npm run generate`). Serve the fonts folder next to standalone.js; without it text
// falls back to Arial (font-display: swap), nothing else breaks. Inlining them would add ~190 KB of
// base64 to every file, downloaded even when the browser has the fonts cached.
//
//   node scripts/standalone.mjs                    every package (vite.config.ts runs this after `vite build`)
//   node scripts/standalone.mjs inbox journal-viewer   only these
//
// `buildStandalone()` is also used in memory (`write: false`) by the playground, which serves the
// bundle fresh from the sources, and by scripts/bench/sizes.mjs.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defaultClientConditions } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = join(ROOT, 'packages');
/** The font files the tokens package ships (scripts/generate.mjs copies them from the font package). */
export const TOKEN_FONTS_DIR = join(PACKAGES, 'tokens', 'dist', 'fonts');

/**
 * What every production build of browser files here shares (this one and the deployable shell's,
 * scripts/site/build.mjs): workspace packages from their sources (as the shared build does);
 * third-party packages by their "production" condition, so Lit is its production build (no dev-mode
 * warnings), also when this runs inside a process whose NODE_ENV is development (the playground's
 * dev server); no config file, no public directory.
 * @returns {import('vite').InlineConfig}
 */
export function productionBuildOptions() {
  return {
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    resolve: { conditions: ['source', ...defaultClientConditions.map((c) => (c === 'development|production' ? 'production' : c))] },
    define: { 'process.env.NODE_ENV': '"production"' },
    publicDir: false,
  };
}

/** Copies the tokens package's fonts to packages/<name>/dist/fonts, beside standalone.js. */
function copyFonts(name) {
  if (!existsSync(TOKEN_FONTS_DIR)) throw new Error(`standalone ${name}: ${TOKEN_FONTS_DIR} is missing; run npm run generate`);
  const target = join(PACKAGES, name, 'dist', 'fonts');
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(TOKEN_FONTS_DIR)) copyFileSync(join(TOKEN_FONTS_DIR, file), join(target, file));
}

/** Packages (directory names) that have a standalone entry. */
export function standalonePackages() {
  return readdirSync(PACKAGES)
    .filter((name) => existsSync(join(PACKAGES, name, 'src', 'standalone.ts')))
    .sort();
}

/**
 * Builds one package's standalone.js. With `write: false` nothing is written and the result
 * carries the code; otherwise packages/<name>/dist/standalone.js (and its source map) are written.
 * @param {string} name  package directory name, e.g. `inbox`
 * @param {{ write?: boolean, sourcemap?: boolean }} [options]
 * @returns {Promise<{ name: string, file: string, code: string, map: string | undefined }>}
 */
export async function buildStandalone(name, { write = true, sourcemap = true } = {}) {
  const entry = join(PACKAGES, name, 'src', 'standalone.ts');
  if (!existsSync(entry)) throw new Error(`packages/${name} has no src/standalone.ts`);
  const result = await build({
    ...productionBuildOptions(),
    build: {
      outDir: join(PACKAGES, name, 'dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      write,
      target: 'es2022',
      minify: true,
      sourcemap,
      reportCompressedSize: false,
      // Not lib mode: Vite keeps the whitespace of ES libraries (for their users' bundlers); this
      // file goes to the browser as it is, so it is minified fully.
      modulePreload: false,
      rolldownOptions: {
        input: { standalone: entry },
        // The entry's exports are the package's API.
        preserveEntrySignatures: 'strict',
        // Nothing is external: the file must work without an import map.
        external: [],
        output: { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`standalone ${name}: expected one chunk, got ${chunks.map((c) => c.fileName).join(', ')}`);
  const [chunk] = chunks;
  const map = outputs.find((o) => o.type === 'asset' && o.fileName === 'standalone.js.map');
  // An inlined dynamic import may be listed as an import of the chunk itself.
  const bare = [...chunk.imports, ...chunk.dynamicImports].filter((file) => file !== chunk.fileName);
  if (bare.length) throw new Error(`standalone ${name}: imports left in the bundle: ${bare.join(', ')}`);
  if (write) copyFonts(name);
  return {
    name,
    file: join(PACKAGES, name, 'dist', 'standalone.js'),
    code: chunk.code,
    map: map ? String(map.source) : undefined,
  };
}

/** Builds the named packages' standalone files (all when none are named), one after another. */
export async function buildAllStandalone(names = standalonePackages(), options = {}) {
  const started = performance.now();
  const built = [];
  for (const name of names) built.push(await buildStandalone(name, options));
  const sizes = built.map((b) => `${b.name} ${(Buffer.byteLength(b.code) / 1024).toFixed(1)} KB`).join(', ');
  console.log(`standalone: ${built.length} packages in ${Math.round(performance.now() - started)} ms (${sizes})`);
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.slice(2);
  await buildAllStandalone(names.length ? names : undefined);
}
