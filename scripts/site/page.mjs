#!/usr/bin/env node
// index.html of the deployable shell, written from dist/shell/site.json — the data a portal edits:
// the import map (module URLs and their integrity), the apps, the FHIR sources, the title. The
// Content-Security-Policy in the page follows from that data (the import map's hash, the origins
// it points at). After editing site.json, write the page again without building anything:
//
//   node scripts/site/page.mjs [dist/shell]      rewrites index.html, index.html.br and .gz
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentSecurityPolicy } from './policy.mjs';

/** Where `npm run build` writes the deployable shell. */
export const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'shell');

/**
 * @typedef {object} SiteData
 * @property {string} lang
 * @property {{ href: string, integrity: string }} stylesheet
 * @property {{ href: string, integrity: string }} entry  the shell's page script
 * @property {string[]} [preload]  the modules the page script imports statically (announced as modulepreload)
 * @property {string[]} [fonts]  font files to fetch at once (announced as preload)
 * @property {{ imports: Record<string, string>, integrity: Record<string, string> }} importMap
 * @property {{ title?: string, apps: unknown[], sources: { fhirBase: string }[], allowedOrigins?: string[] }} config
 */

/** Subresource-integrity value of some bytes. */
export const integrity = (/** @type {Buffer | string} */ bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** JSON for inside a `<script>` element: `<` escaped, so no text can close the element. */
const scriptJson = (/** @type {unknown} */ value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The page's policy, as a meta tag carries it or (with `frameAncestors`) as a header.
 * @param {SiteData} site
 * @param {{ frameAncestors?: boolean }} [options]
 */
export function pagePolicy(site, { frameAncestors = false } = {}) {
  const importMap = scriptJson(pageImportMap(site));
  return contentSecurityPolicy({
    scriptHashes: [`sha256-${createHash('sha256').update(importMap).digest('base64')}`],
    assetUrls: [site.entry.href, site.stylesheet.href, ...Object.values(site.importMap.imports)],
    fhirBases: site.config.sources.map((source) => source.fhirBase),
    frameAncestors,
  });
}

/**
 * The shell retries a micro-frontend that failed to load from a fresh URL, `<url>?hn-retry=<attempt>`
 * (packages/shell/src/app-loader.ts, RETRY_PARAM), and only when the import map declares that URL's
 * integrity too; otherwise it retries the URL it has, which the browser refuses again without asking
 * the server. So the page declares the first few retry URLs of every app's module.
 */
export const RETRY_ATTEMPTS = 3;

/**
 * The import map as the page carries it: site.json's, plus the integrity of each app module's
 * retry URLs.
 * @param {SiteData} site
 */
export function pageImportMap(site) {
  const integrity = { ...site.importMap.integrity };
  for (const app of /** @type {{ specifier?: string }[]} */ (site.config.apps)) {
    const url = app.specifier ? site.importMap.imports[app.specifier] : undefined;
    if (!url || !integrity[url]) continue;
    for (let attempt = 1; attempt <= RETRY_ATTEMPTS; attempt += 1) integrity[`${url}?hn-retry=${attempt}`] = integrity[url];
  }
  return { imports: site.importMap.imports, integrity };
}

/** The body of a page that runs the shell (this one and the playground's): where it renders, and a word without JavaScript. */
export const SHELL_BODY = '<div id="shell"></div><noscript><p>Denne siden trenger JavaScript. / This page needs JavaScript.</p></noscript>';

/** @param {SiteData} site */
export function renderPage(site) {
  const title = site.config.title ?? 'Helsenorge';
  return `<!doctype html>
<html lang="${escapeHtml(site.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(pagePolicy(site))}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(site.stylesheet.href)}" integrity="${site.stylesheet.integrity}" crossorigin="anonymous" />
    <script type="importmap">${scriptJson(pageImportMap(site))}</script>
    <script type="application/json" id="hn-shell-config">${scriptJson(site.config)}</script>
    <script type="module" src="${escapeHtml(site.entry.href)}" integrity="${site.entry.integrity}" crossorigin="anonymous"></script>
${(site.preload ?? []).map((href) => `    <link rel="modulepreload" href="${escapeHtml(href)}" integrity="${site.importMap.integrity[href] ?? ''}" crossorigin="anonymous" />\n`).join('')}${(site.fonts ?? []).map((href) => `    <link rel="preload" as="font" type="font/woff2" href="${escapeHtml(href)}" crossorigin="anonymous" />\n`).join('')}  </head>
  <body>${SHELL_BODY}</body>
</html>
`;
}

/** Brotli (best) and gzip (best) copies of a file's bytes, as a server sends them precompressed. */
export function compressedCopies(/** @type {Buffer | string} */ content) {
  const bytes = Buffer.from(content);
  return {
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gz: gzipSync(bytes, { level: 9 }),
  };
}

/** Brotli (best) and gzip (best) copies beside a file, for servers that send precompressed files. */
export function writeCompressed(/** @type {string} */ file, /** @type {Buffer} */ bytes = readFileSync(file)) {
  const { br, gz } = compressedCopies(bytes);
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
}

/**
 * The same site with every file of assets/ loaded from `base` (another origin, a CDN:
 * `https://cdn.example/hn-shell/assets/`): the import map, its integrity, the page script and the
 * stylesheet. The files themselves are unchanged, so their integrity is too.
 * @param {SiteData} site @param {string} base
 * @returns {SiteData}
 */
export function rebaseAssets(site, base) {
  const folder = new URL(base.endsWith('/') ? base : `${base}/`, 'https://page.invalid/');
  const move = (/** @type {string} */ url) => {
    const moved = new URL(/** @type {string} */ (url.split('/').pop()), folder);
    return moved.origin === 'https://page.invalid' ? moved.pathname : moved.href;
  };
  return {
    ...site,
    stylesheet: { ...site.stylesheet, href: move(site.stylesheet.href) },
    entry: { ...site.entry, href: move(site.entry.href) },
    ...(site.preload ? { preload: site.preload.map(move) } : {}),
    ...(site.fonts ? { fonts: site.fonts.map(move) } : {}),
    // Each app's modules, which the page script announces (packages/shell/src/preload.ts).
    config: {
      ...site.config,
      apps: site.config.apps.map((/** @type {{ preload?: string[] }} */ app) => (app.preload ? { ...app, preload: app.preload.map(move) } : app)),
    },
    importMap: {
      imports: Object.fromEntries(Object.entries(site.importMap.imports).map(([name, url]) => [name, move(url)])),
      integrity: Object.fromEntries(Object.entries(site.importMap.integrity).map(([url, value]) => [move(url), value])),
    },
  };
}

/**
 * Writes `<dir>/index.html` (and its compressed copies) from `<dir>/site.json`; with `assets`, first
 * moves the site's asset URLs there (rebaseAssets) and saves site.json.
 * @param {string} dir @param {{ assets?: string }} [options]
 */
export function writePage(dir, { assets } = {}) {
  /** @type {SiteData} */
  let site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
  if (assets) {
    site = rebaseAssets(site, assets);
    writeFileSync(join(dir, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
    writeCompressed(join(dir, 'site.json'));
  }
  const html = Buffer.from(renderPage(site));
  writeFileSync(join(dir, 'index.html'), html);
  writeCompressed(join(dir, 'index.html'), html);
  return site;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { assets: { type: 'string' } } });
  const dir = positionals[0] ? resolve(positionals[0]) : SITE_DIR;
  writePage(dir, values);
  console.log(`${join(dir, 'index.html')} written from site.json`);
}
