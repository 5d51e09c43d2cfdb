#!/usr/bin/env node
// JavaScript each micro-frontend costs, minified and gzipped, with the shared part counted once.
//
//   shared        lit, @lit/context, dompurify, @hn-elements/tokens and @hn-elements/core: what the
//                 shell's import map loads once for every micro-frontend
//   per component its own code (entry packages/<name>/src/mfe.ts and what it imports lazily),
//                 with the shared part and other @hn-elements packages left external
//   shell         the root config (packages/shell/src/index.ts with single-spa and single-spa-layout),
//                 once per page, the shared part left external
//   standalone    each packages/<name>/dist/standalone.js as scripts/standalone.mjs builds it (in
//                 memory here): one file with everything bundled, for a page without an import map
//
// Numbers only: no thresholds. Budgets are in docs/performance.md.
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { buildStandalone, standalonePackages } from '../standalone.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = ['lit', '@lit/context', 'dompurify', '@hn-elements/tokens', '@hn-elements/core'];

/** Bundles one entry (minified, ES) in memory and returns the total raw and gzipped bytes of its chunks. */
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
  let raw = 0;
  let gzip = 0;
  /** Raw bytes per third-party package bundled in (node_modules). */
  const vendored = {};
  for (const chunk of outputs) {
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
      if (match) vendored[match[1]] = (vendored[match[1]] ?? 0) + info.renderedLength;
    }
    const code = chunk.type === 'chunk' ? chunk.code : typeof chunk.source === 'string' ? chunk.source : Buffer.from(chunk.source);
    if (chunk.type !== 'chunk') continue;
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { raw, gzip, vendored };
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

  console.log('JavaScript per micro-frontend, minified (KB raw / KB gzip)');
  console.log(`  ${'shared (Lit, context, DOMPurify, tokens, core; loaded once)'.padEnd(62)} ${kb(shared.raw)} ${kb(shared.gzip)}`);
  for (const row of rows) {
    const vendored = Object.entries(row.vendored).map(([name, bytes]) => `${name}, ${(bytes / 1024).toFixed(0)} KB unminified`);
    const label = vendored.length ? `${row.name} (with ${vendored.join(', ')})` : row.name;
    console.log(`  ${label.padEnd(62)} ${kb(row.raw)} ${kb(row.gzip)}`);
  }
  const total = rows.reduce((sum, row) => sum + row.gzip, shared.gzip);
  console.log(`  ${'all micro-frontends + shared, gzip'.padEnd(62)} ${''.padStart(6)} ${kb(total)}`);
  if (shell) console.log(`  ${'shell (single-spa, single-spa-layout, header; once per page)'.padEnd(62)} ${kb(shell.raw)} ${kb(shell.gzip)}`);

  console.log('\nOne script tag: dist/standalone.js, everything bundled (KB raw / KB gzip)');
  for (const name of standalonePackages()) {
    const { code } = await buildStandalone(name, { write: false, sourcemap: false });
    console.log(`  ${name.padEnd(62)} ${kb(Buffer.byteLength(code))} ${kb(gzipSync(code, { level: 9 }).length)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
