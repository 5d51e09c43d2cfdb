#!/usr/bin/env node
// <hn-test-results> with 100, 1,000 and 10,000 observations (bundle mode, generated: results on their
// own, of ten tests with a reference range, one a day back in time, some outside the range), and the
// trend chart of one test measured 1,000 times, in Debian's Chromium, headless.
//
// For each size it prints:
//   first render   from setting `.bundle` on a new element to the answers and charts laid out
//                  (mapping FHIR to the view model, the trends, rendering, style and layout): median, min
//   DOM nodes      nodes in the element's shadow root once rendered (every answer is rendered: the
//                  list is not virtualised)
// Then the chart alone: the series of 1,000 points (already read) through the chart's template into
// a fresh container, to layout: median, min, and its DOM nodes.
//
// Lit runs in production mode; sources are served unminified by Vite. Numbers only: no thresholds.
// Options: BENCH_SIZES=100,1000,10000  BENCH_RUNS=5  CHROMIUM_PATH=/usr/bin/chromium
import { launchChromium } from '../e2e/playground.mjs';
import { serveSourcePage } from './support/pages.mjs';
import { report } from './support/results.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHART_POINTS = 1000;

const PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>hn-test-results bench</title>
    <style>body { margin: 0; padding: 16px; }</style>
  </head>
  <body>
    <script type="module">
      import { render } from 'lit';
      import '/packages/test-results/src/define.ts';
      import { testResultsFromBundle } from '/packages/test-results/src/load-test-results.ts';
      import { trendSeries } from '/packages/test-results/src/trend.ts';
      import { trendChart } from '/packages/test-results/src/templates/trend-chart.ts';

      const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
      const LAB = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
      const TESTS = [
        ['NOR05172', 'Hemoglobin', 'g/dL', 11.7, 15.3], ['NPU19748', 'CRP', 'mg/L', 0, 5], ['NPU27300', 'HbA1c', 'mmol/mol', 20, 42],
        ['NPU19763', 'Ferritin', 'µg/L', 15, 200], ['NPU18016', 'Kreatinin', 'µmol/L', 45, 90], ['NPU01566', 'Kolesterol', 'mmol/L', 2.9, 6.1],
        ['NPU03577', 'TSH', 'mIU/L', 0.4, 4.5], ['NPU10267', 'D-vitamin', 'nmol/L', 50, 150], ['NPU01685', 'INR', '', 0.8, 1.2], ['NPU08669', 'PSA', 'µg/L', 0, 4],
      ];
      const DAY = 86400000;
      const START = Date.UTC(2026, 11, 1, 8);
      /** n Observations; each of tests[i % tests.length], one a day back in time. */
      function generate(n, tests = TESTS) {
        const entry = [];
        for (let i = 0; i < n; i += 1) {
          const [code, name, unit, low, high] = tests[i % tests.length];
          const value = Math.round((low + (high - low) * (0.2 + ((i * 37) % 100) / 80)) * 10) / 10;
          entry.push({ resource: {
            resourceType: 'Observation', id: 'o' + i, status: 'final', category: LAB, subject: { reference: 'Patient/kari' },
            code: { coding: [{ system: NLK, code }], text: name },
            effectiveDateTime: new Date(START - i * DAY).toISOString(),
            valueQuantity: { value, unit },
            referenceRange: [{ low: { value: low }, high: { value: high } }],
          } });
        }
        return { resourceType: 'Bundle', type: 'collection', entry };
      }
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const nodes = (root) => root.querySelectorAll('*').length;

      window.runBench = async (n, runs) => {
        const bundle = generate(n);
        const times = [];
        let count = 0;
        for (let r = 0; r < runs; r += 1) {
          const el = document.createElement('hn-test-results');
          el.now = new Date(START + DAY);
          const t0 = performance.now();
          el.bundle = bundle;
          document.body.append(el);
          await el.loadComplete;
          await el.updateComplete;
          el.getBoundingClientRect();
          times.push(performance.now() - t0);
          count = nodes(el.shadowRoot);
          el.remove();
          await frame();
        }
        return { n, median: median(times), min: Math.min(...times), nodes: count };
      };

      window.runChart = async (points, runs) => {
        const data = testResultsFromBundle(generate(points, TESTS.slice(0, 1)));
        const [series] = trendSeries(data.items);
        if (!series) throw new Error('no trend from ' + data.items.length + ' answers');
        const ctx = { t: (key) => key, locale: 'nb', headingLevel: 3 };
        const times = [];
        let count = 0;
        for (let r = 0; r < runs; r += 1) {
          const host = document.createElement('div');
          document.body.append(host);
          const t0 = performance.now();
          render(trendChart(series, ctx), host);
          host.getBoundingClientRect();
          times.push(performance.now() - t0);
          count = nodes(host);
          host.remove();
          await frame();
        }
        return { points: series.points.length, median: median(times), min: Math.min(...times), nodes: count };
      };
      window.benchReady = true;
    </script>
  </body>
</html>`;

const server = await serveSourcePage('test-results', PAGE);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 60_000 });
  // Warm-up: module compilation and JIT, not measured.
  await page.evaluate(() => window.runBench(100, 1));
  const rows = [];
  for (const size of SIZES) rows.push(await page.evaluate(([n, runs]) => window.runBench(n, runs), [size, RUNS]));
  const chart = await page.evaluate(([points, runs]) => window.runChart(points, runs), [CHART_POINTS, RUNS]);
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);

  const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(`<hn-test-results>, bundle mode, median of ${RUNS} (${browser.version()})`);
  console.log('  observations   first render        min   DOM nodes');
  for (const row of rows) console.log(`  ${row.n.toLocaleString('en').padStart(12)} ${ms(row.median)} ${ms(row.min)} ${String(row.nodes).padStart(11)}`);
  console.log(`  trend chart, ${chart.points.toLocaleString('en')} points: ${ms(chart.median).trim()} (min ${ms(chart.min).trim()}), ${chart.nodes} DOM nodes`);
  /** @type {Record<string, number>} */
  const figures = { [`trend-chart.${chart.points}.ms`]: chart.median, [`trend-chart.${chart.points}.nodes`]: chart.nodes };
  for (const row of rows) Object.assign(figures, { [`first-render.${row.n}.ms`]: row.median, [`dom-nodes.${row.n}`]: row.nodes });
  report('test-results', figures); // only with BENCH_JSON (npm run bench -- --json)
} finally {
  await browser.close();
  await server.close();
}
