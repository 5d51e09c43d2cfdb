#!/usr/bin/env node
// Side by side in one run: the appointment list as <hn-appointment-list>, and the same list and
// cards built with React 19 and @helsenorge/designsystem-react (Panel, Title, Badge, Button), both
// from the same FHIR data and the same view model, both production builds, same Chromium.
//
// Prints for each: JavaScript and CSS (minified, gzip), first render of 100 and 1,000 appointments
// (median of BENCH_RUNS), DOM nodes (through shadow roots), JS heap after GC; and hn ÷ React ratios.
// What differs: the React side renders only cards (no toolbar, dialogs, live regions, keyboard
// handling); the hn side renders the full component. Numbers only: no thresholds.
import { createServer } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';
import { CHROMIUM_ARGS, ROOT } from '../e2e/playground.mjs';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [100, 1000];
const OUT = join(ROOT, 'node_modules', '.cache', 'hn-compare');
const SUPPORT = join(ROOT, 'scripts', 'bench', 'support');

async function buildPage(name) {
  const result = await build({
    root: SUPPORT,
    base: './',
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: join(OUT, name), emptyOutDir: true, minify: true, rollupOptions: { input: join(SUPPORT, `compare-${name}.html`) } },
  });
  let js = 0;
  let css = 0;
  for (const output of (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)) {
    const content = output.type === 'chunk' ? output.code : output.source;
    const gzip = gzipSync(typeof content === 'string' ? content : Buffer.from(content), { level: 9 }).length;
    if (output.fileName.endsWith('.js')) js += gzip;
    else if (output.fileName.endsWith('.css')) css += gzip;
  }
  return { js, css };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    let body;
    try {
      body = readFileSync(path);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sizes = { hn: await buildPage('hn'), react: await buildPage('react') };
const server = await serve(OUT);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const results = {};
try {
  for (const side of ['hn', 'react']) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${origin}/${side}/compare-${side}.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    results[side] = {};
    for (const count of SIZES) {
      await page.evaluate((n) => window.renderList(n), count);
      const times = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await page.evaluate((n) => window.renderList(n), count));
      const nodes = await page.evaluate(() => {
        let total = 0;
        const walk = (node) => {
          total += 1;
          if (node.shadowRoot) walk(node.shadowRoot);
          node.childNodes.forEach(walk);
        };
        walk(document.getElementById('root'));
        return total;
      });
      await page.evaluate(() => window.gc?.());
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      results[side][count] = { ms: median(times), nodes, heap };
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(OUT, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const row = (label, hn, react, format) => console.log(`  ${label.padEnd(34)} ${format(hn).padStart(11)} ${format(react).padStart(11)} ${ratio(hn, react).padStart(8)}`);
console.log(`Appointment list: hn-elements vs React 19 + @helsenorge/designsystem-react (${RUNS} runs, median)`);
console.log(`  ${''.padEnd(34)} ${'hn'.padStart(11)} ${'React'.padStart(11)} ${'hn÷React'.padStart(8)}`);
row('JavaScript, gzip', sizes.hn.js, sizes.react.js, kb);
row('CSS, gzip', sizes.hn.css, sizes.react.css, kb);
for (const count of SIZES) {
  row(`first render, ${count} appointments`, results.hn[count].ms, results.react[count].ms, (n) => `${n.toFixed(1)} ms`);
  row(`DOM nodes, ${count} appointments`, results.hn[count].nodes, results.react[count].nodes, String);
  row(`JS heap after GC, ${count}`, results.hn[count].heap, results.react[count].heap, kb);
}
process.exit(0);
