#!/usr/bin/env node
// JavaScript each micro-frontend costs, minified and gzipped, with the shared part counted once.
//
//   shared        lit, @lit/context, dompurify, @hn-elements/tokens and @hn-elements/core: what the
//                 shell's import map loads once for every micro-frontend
//   per component its own code (entry packages/<name>/src/mfe.ts and what it imports lazily),
//                 with the shared part and other @hn-elements packages left external: first what
//                 a mount loads (the entry, the module its lifecycles import, and their static
//                 imports), then the chunks loaded only on demand (e.g. one language's texts),
//                 their count and the largest
//   shell         the root config (packages/shell/src/index.ts with single-spa and single-spa-layout),
//                 once per page, the shared part left external
//   standalone    each packages/<name>/dist/standalone.js as scripts/standalone.mjs builds it (in
//                 memory here): one file with everything bundled, for a page without an import map,
//                 gzip and brotli (as `npm run preview` and the playground send it); then two
//                 components on one page (appointment list + inbox, playground/hosts/one-script.html)
//                 as two standalone files against the import map's shared part, both and the launcher
//
// Numbers only: no thresholds. Budgets are in docs/performance.md.
import { compressedCopies } from '../site/page.mjs';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { buildStandalone, standalonePackages } from '../standalone.mjs';
import { report } from './support/results.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = ['lit', '@lit/context', 'dompurify', '@hn-elements/tokens', '@hn-elements/core'];

/** Raw, gzipped and brotli bytes of one chunk (best levels, as the deployable shell's build writes them). */
function bytes(chunk) {
  const { br, gz } = compressedCopies(chunk.code);
  return { raw: Buffer.byteLength(chunk.code), gzip: gz.length, br: br.length };
}

/**
 * The chunks a mount loads: the entry, the chunks it imports lazily itself (a micro-frontend's
 * lifecycles import its element so), and everything those import statically. Every other chunk is
 * loaded only when the component asks for it.
 */
function mountChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const entry of entries) {
    visit(entry);
    for (const name of entry.dynamicImports) visit(byName.get(name));
  }
  return seen;
}

/**
 * Bundles one entry (minified, ES) in memory: raw and gzipped bytes of what a mount loads, of each
 * chunk loaded on demand, and of all of them together.
 */
async function measure(entry, external) {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  /** Raw bytes per third-party package bundled in (node_modules). */
  const vendored = {};
  for (const chunk of outputs) {
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
      if (match) vendored[match[1]] = (vendored[match[1]] ?? 0) + info.renderedLength;
    }
  }
  const chunks = outputs.filter((chunk) => chunk.type === 'chunk');
  const atMount = mountChunks(chunks);
  const sum = (list) => list.reduce((total, chunk) => ({ raw: total.raw + chunk.raw, gzip: total.gzip + chunk.gzip, br: total.br + chunk.br }), { raw: 0, gzip: 0, br: 0 });
  const mount = sum(chunks.filter((chunk) => atMount.has(chunk)).map(bytes));
  const onDemand = chunks.filter((chunk) => !atMount.has(chunk)).map(bytes);
  return { ...mount, onDemand, all: sum([mount, ...onDemand]), vendored };
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const isShared = (id) => SHARED.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('lit-html') || id.startsWith('lit-element') || id.startsWith('@lit/reactive-element');

// Inside the repository, so bare imports resolve from its node_modules.
const work = join(ROOT, 'node_modules', '.cache', 'hn-sizes');
mkdirSync(work, { recursive: true });
try {
  const sharedEntry = join(work, 'shared.js');
  writeFileSync(sharedEntry, SHARED.map((name) => `export * as ${name.replace(/\W/g, '_')} from '${name}';`).join('\n') + "\nimport '@hn-elements/core/define.js';\n");
  const shared = await measure(sharedEntry, []);

  const rows = [];
  for (const name of readdirSync(join(ROOT, 'packages')).sort()) {
    const entry = join(ROOT, 'packages', name, 'src', 'mfe.ts');
    if (name === 'core' || !existsSync(entry)) continue;
    const own = `@hn-elements/${name}`;
    const size = await measure(entry, (id) => isShared(id) || (id.startsWith('@hn-elements/') && !id.startsWith(own)));
    rows.push({ name, ...size });
  }

  const shellEntry = join(ROOT, 'packages', 'shell', 'src', 'index.ts');
  const shell = existsSync(shellEntry) ? await measure(shellEntry, (id) => isShared(id)) : undefined;

  console.log('JavaScript per micro-frontend, minified (KB raw / KB gzip); a component\'s row is what its mount loads');
  console.log(`  ${'shared (Lit, context, DOMPurify, tokens, core; loaded once)'.padEnd(62)} ${kb(shared.raw)} ${kb(shared.gzip)}`);
  for (const row of rows) {
    const vendored = Object.entries(row.vendored).map(([name, bytes]) => `${name}, ${(bytes / 1024).toFixed(0)} KB unminified`);
    const label = vendored.length ? `${row.name} (with ${vendored.join(', ')})` : row.name;
    console.log(`  ${label.padEnd(62)} ${kb(row.raw)} ${kb(row.gzip)}`);
    if (row.onDemand.length) {
      const largest = row.onDemand.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      const note = `  + on demand: ${row.onDemand.length} chunk${row.onDemand.length === 1 ? '' : 's'}, largest`;
      console.log(`  ${note.padEnd(62)} ${kb(largest.raw)} ${kb(largest.gzip)}  (all chunks together ${(row.all.gzip / 1024).toFixed(1)} KB gzip)`);
    }
  }
  const total = rows.reduce((sum, row) => sum + row.gzip, shared.gzip);
  console.log(`  ${'all micro-frontends + shared, gzip'.padEnd(62)} ${''.padStart(6)} ${kb(total)}`);
  if (shell) console.log(`  ${'shell (single-spa, single-spa-layout, header; once per page)'.padEnd(62)} ${kb(shell.raw)} ${kb(shell.gzip)}`);
  /** @type {Record<string, number>} */
  const figures = { 'shared.raw': shared.raw, 'shared.gzip': shared.gzip, 'all-micro-frontends.gzip': total };
  for (const row of rows) {
    Object.assign(figures, { [`${row.name}.mount.raw`]: row.raw, [`${row.name}.mount.gzip`]: row.gzip });
    if (row.onDemand.length) figures[`${row.name}.all-chunks.gzip`] = row.all.gzip;
  }
  if (shell) Object.assign(figures, { 'shell.raw': shell.raw, 'shell.gzip': shell.gzip });

  console.log('\nOne script tag: dist/standalone.js, everything bundled (KB raw / KB gzip / KB brotli)');
  /** @type {Map<string, { raw: number, gzip: number, br: number }>} */
  const standalone = new Map();
  for (const name of standalonePackages()) {
    const { code } = await buildStandalone(name, { write: false, sourcemap: false });
    const size = bytes({ code });
    standalone.set(name, size);
    Object.assign(figures, { [`standalone.${name}.raw`]: size.raw, [`standalone.${name}.gzip`]: size.gzip, [`standalone.${name}.br`]: size.br });
    console.log(`  ${name.padEnd(62)} ${kb(size.raw)} ${kb(size.gzip)} ${kb(size.br)}`);
  }

  // Two components on one page: each standalone file carries its own Lit, core and tokens.
  const pair = ['appointment-list', 'inbox'];
  const row = (name) => rows.find((r) => r.name === name);
  if (pair.every((name) => standalone.has(name) && row(name)) && row('handoff-launcher')) {
    const twoFiles = pair.map((name) => /** @type {{ raw: number, gzip: number, br: number }} */ (standalone.get(name)));
    const mapped = [shared, ...pair.map(row), row('handoff-launcher')];
    const total = (list, key) => list.reduce((sum, size) => sum + size[key], 0);
    console.log('\nAppointment list + inbox on one page (KB raw / KB gzip / KB brotli)');
    console.log(`  ${'two standalone files (two copies of Lit, core, tokens)'.padEnd(62)} ${kb(total(twoFiles, 'raw'))} ${kb(total(twoFiles, 'gzip'))} ${kb(total(twoFiles, 'br'))}`);
    console.log(`  ${'import map: shared once + both + the hand-off launcher'.padEnd(62)} ${kb(total(mapped, 'raw'))} ${kb(total(mapped, 'gzip'))} ${kb(total(mapped, 'br'))}`);
    Object.assign(figures, { 'one-page.two-standalone.br': total(twoFiles, 'br'), 'one-page.import-map.br': total(mapped, 'br') });
    console.log(`  ${'two standalone files / import map (brotli)'.padEnd(62)} ${''.padStart(6)} ${''.padStart(6)} ${(total(twoFiles, 'br') / total(mapped, 'br')).toFixed(2).padStart(6)}x`);
  }
  report('sizes', figures); // bytes; only with BENCH_JSON (npm run bench -- --json)
} finally {
  rmSync(work, { recursive: true, force: true });
}
