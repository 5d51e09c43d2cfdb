#!/usr/bin/env node
// Mount time of every micro-frontend (packages/*/src/mfe.ts), through its single-spa lifecycles
// (bootstrap, mount: what the shell calls), to the first render: content in the shadow root, no
// aria-busy, style and layout done. Production build (minified, Lit in production mode), served
// on loopback, Debian's Chromium headless.
//
//   cold    define + mount: a fresh browser context each run (nothing cached), the clock starts
//           before the micro-frontend's module is imported, so it includes fetching and evaluating
//           Lit, core and the component and defining the tags; `.bundle` mode with the component's
//           own test fixtures (no network)                                 median of BENCH_COLD_RUNS
//   bundle  mount again in the same page, tags defined: the component alone     median of BENCH_RUNS
//   live    mount with live data from the three embedded FHIR servers (same origin, loopback):
//           includes the searches                                               median of BENCH_RUNS
//
// Numbers only: no thresholds. Budgets are in docs/performance.md.
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { buildPages, launch, median, microFrontends, quantile, serve } from './support/pages.mjs';
import { report } from './support/results.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 9);
const names = microFrontends();

const fhir = await createFhirServer({ basePath: '/fhir' });
const built = await buildPages('mount', ['mount.html', 'mount-data.html']);
const server = await serve(built.dir, fhir.middleware);
const browser = await launch();

const open = async (context, path) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  return page;
};
/** Runs `fn` `count` times: the times, and the nodes rendered on the last run. */
const runs = async (count, fn) => {
  const times = [];
  let last;
  for (let i = 0; i < count; i += 1) {
    last = await fn();
    times.push(last.ms);
  }
  if (process.env.BENCH_DEBUG) console.log(last.text);
  return Object.assign(times, { nodes: last.nodes });
};
const cell = (times) => (times ? `${median(times).toFixed(1).padStart(6)} ${quantile(times, 0.9).toFixed(1).padStart(6)}` : `${'—'.padStart(6)} ${''.padStart(6)}`);
const nodes = (times) => (times ? String(times.nodes) : '—').padStart(5);

try {
  const dataPage = await open(browser, '/mount-data.html');
  const { vendor, ready, props } = await dataPage.evaluate(() => window.benchData());
  await dataPage.close();
  const sources = fhir.sources.map(({ id, name, fhirBase }) => ({ id, name, fhirBase: `${server.origin}${fhirBase}` }));

  const rows = [];
  for (const name of names) {
    const bundleMode = { props: props[name] ?? {}, vendor, ready: ready[name] };
    const liveMode = { sources, ready: ready[name] };
    const cold = await runs(COLD_RUNS, async () => {
      const context = await browser.newContext();
      try {
        const page = await open(context, '/mount.html');
        return await page.evaluate(([n, o]) => window.benchMount(n, o), [name, bundleMode]);
      } finally {
        await context.close();
      }
    });
    const page = await open(browser, '/mount.html');
    const mount = (options) => page.evaluate(([n, o]) => window.benchMount(n, o), [name, options]);
    await mount(bundleMode);
    const warm = await runs(RUNS, () => mount(bundleMode));
    // A component that takes a bundle also loads from the session's sources.
    let live;
    if (bundleMode.props.bundle) {
      await mount(liveMode);
      live = await runs(RUNS, () => mount(liveMode));
    }
    await page.close();
    rows.push({ name, cold, warm, live, resources: bundleMode.props.bundle?.entry?.length });
  }

  console.log(`Mount to first render, ms (median, p90; cold ${COLD_RUNS} runs, the others ${RUNS} after a warm-up)`);
  console.log(`  ${'component'.padEnd(18)} ${'cold: define + mount'.padStart(20)}  ${'bundle: mount'.padStart(13)} ${'nodes'.padStart(5)}  ${'live: mount + fetch'.padStart(19)} ${'nodes'.padStart(5)}   bundle`);
  for (const row of rows) {
    const data = row.resources ? `test fixtures, ${row.resources} resources` : 'properties only';
    console.log(`  ${row.name.padEnd(18)} ${cell(row.cold).padStart(20)}  ${cell(row.warm).padStart(13)} ${nodes(row.warm)}  ${cell(row.live).padStart(19)} ${nodes(row.live)}   ${data}`);
  }
  console.log('  nodes: DOM nodes rendered, through shadow roots');
  /** @type {Record<string, number>} */
  const figures = {};
  for (const row of rows) {
    for (const [mode, times] of Object.entries({ cold: row.cold, bundle: row.warm, live: row.live })) {
      if (!times) continue;
      figures[`${row.name}.${mode}.median.ms`] = median(times);
      figures[`${row.name}.${mode}.p90.ms`] = quantile(times, 0.9);
      if (mode !== 'cold') figures[`${row.name}.${mode}.nodes`] = times.nodes;
    }
  }
  report('mount', figures); // only with BENCH_JSON (npm run bench -- --json)
} finally {
  await browser.close();
  await server.close();
  built.remove();
}
process.exit(0);
