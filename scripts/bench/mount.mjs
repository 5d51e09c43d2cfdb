#!/usr/bin/env node
// Mount time and leaks of every micro-frontend, in Debian's Chromium, through its single-spa lifecycles.
//
//   mount (live)   mount() to the first render with data from the embedded FHIR servers
//                  (three sources on loopback): median and p90 of BENCH_RUNS runs
//   cycles         BENCH_CYCLES mount/unmount cycles (no sources), then garbage collection:
//                  JS heap before and after, DOM nodes and event listeners before and after
//
// Sources are served unminified by Vite (as in the playground). Numbers only: no thresholds.
import { dirname, join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { CHROMIUM_ARGS } from '../e2e/playground.mjs';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 500);
const components = readdirSync(join(ROOT, 'packages'))
  .filter((name) => name !== 'core' && existsSync(join(ROOT, 'packages', name, 'src', 'mfe.ts')) && name !== 'handoff-launcher')
  .sort();

const fhir = await createFhirServer({ basePath: '/fhir' });
const server = await createServer({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  logLevel: 'silent',
  server: { host: '127.0.0.1', port: 0 },
  optimizeDeps: { entries: ['packages/*/src/**/*.ts'] },
  plugins: [{ name: 'fhir', configureServer: (s) => void s.middlewares.use(fhir.middleware) }],
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (n) => n.toFixed(1).padStart(7);

try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(new URL('/scripts/bench/support/mount.html', base).href);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 });

  console.log(`Mount to first render with live data (ms, ${RUNS} runs after one warm-up)`);
  console.log(`  ${'component'.padEnd(20)} ${'median'.padStart(7)} ${'p90'.padStart(7)}`);
  for (const name of components) {
    await page.evaluate((n) => window.benchMount(n, true), name);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await page.evaluate((n) => window.benchMount(n, true), name));
    console.log(`  ${name.padEnd(20)} ${ms(quantile(times, 0.5))} ${ms(quantile(times, 0.9))}`);
  }

  const counters = async () => {
    // Full collections, with a frame between them so detached trees from the last render can go.
    for (let i = 0; i < 3; i += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  console.log(`\n${CYCLES} mount/unmount cycles, after garbage collection`);
  console.log(`  ${'component'.padEnd(20)} ${'heap before'.padStart(12)} ${'heap after'.padStart(12)} ${'growth'.padStart(9)} ${'DOM nodes'.padStart(12)} ${'listeners'.padStart(12)} ${'left'.padStart(5)}`);
  for (const name of components) {
    await page.evaluate((n) => window.benchCycles(n, 5), name);
    const before = await counters();
    const left = await page.evaluate(([n, c]) => window.benchCycles(n, c), [name, CYCLES]);
    const after = await counters();
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`.padStart(12);
    console.log(
      `  ${name.padEnd(20)} ${kb(before.heap)} ${kb(after.heap)} ${`${((after.heap - before.heap) / 1024).toFixed(0)} KB`.padStart(9)} ${`${before.nodes}->${after.nodes}`.padStart(12)} ${`${before.listeners}->${after.listeners}`.padStart(12)} ${String(left).padStart(5)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(0);
