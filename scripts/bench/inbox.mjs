#!/usr/bin/env node
// <hn-inbox> with 100, 1,000 and 10,000 messages (bundle mode, a generated inbox: threads of one to
// four messages, plus a form task and a letter per 50 messages), in Debian's Chromium, headless.
//
// For each size it prints:
//   first render   from setting `.bundle` on a new element to its rows laid out in the first animation
//                  frame that has them (mapping FHIR to the view model, sorting, rendering, layout): median
//   scroll frames  time between animation frames while the list is scrolled programmatically, a
//                  fixed distance every frame (requestAnimationFrame), down and back up: median, p95, max;
//                  and the work in each frame up to the end of our frame callback (scroll handling,
//                  the virtualiser's row updates, style and layout), as the frame rate caps at 60 Hz
//   search         from typing a query to the first frame with the filtered rows: median of runs
//   DOM nodes      elements inside the element's shadow root once rendered, and the most seen while scrolling
//
// Then, to choose up to how many items the list renders every row (HnInbox.plainListMax; above it
// the list is virtualised), for lists of exactly 50 / 100 / 200 / 500 / 1,000 items (one message per
// thread), the first render and DOM nodes with every row rendered and with the virtualiser.
//
// Lit runs in production mode; sources are served unminified by Vite. Numbers only: no thresholds.
// Options: BENCH_SIZES=100,1000,10000  BENCH_PLAIN_SIZES=50,100,200,500,1000  BENCH_RUNS=5  BENCH_FRAMES=240
//          CHROMIUM_PATH=/usr/bin/chromium
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { launchChromium } from '../e2e/playground.mjs';
import { serveSourcePage } from './support/pages.mjs';
import { report } from './support/results.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 240);
const PLAIN_SIZES = (process.env.BENCH_PLAIN_SIZES ?? '50,100,200,500,1000').split(',').map(Number).filter((n) => n > 0);

const PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>hn-inbox bench</title>
    <style>body { margin: 0; padding: 16px; }</style>
  </head>
  <body>
    <script type="module">
      import '/packages/inbox/src/define.ts';
      import { generateInbox, generateThreads } from '/packages/inbox/test/generate.ts';

      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      /**
       * The next animation frame, with how long the frame had been working when our callback ended:
       * scroll handling and the virtualiser's DOM updates before it, plus style and layout, which
       * reading a layout value forces. Frame-to-frame times alone stop at the display's 16.7 ms.
       */
      const measuredFrame = (probe) =>
        new Promise((resolve) =>
          requestAnimationFrame((time) => {
            probe().getBoundingClientRect();
            resolve({ time, work: performance.now() - time });
          }),
        );
      const median = (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)];
      };

      /** One measurement of one size: a fresh element each time. */
      async function once(bundle, frames) {
        document.body.replaceChildren();
        await frame();
        const el = document.createElement('hn-inbox');
        el.locale = 'nb';
        const start = performance.now();
        el.bundle = bundle;
        document.body.append(el);
        let firstRender;
        for (;;) {
          await frame();
          const row = el.shadowRoot?.querySelector('.list [part="item"]');
          if (row) {
            row.getBoundingClientRect(); // laid out, ready to paint
            firstRender = performance.now() - start;
            break;
          }
        }
        await frame();
        await frame();
        const root = el.shadowRoot;
        const nodes = root.querySelectorAll('*').length;
        const list = root.querySelector('.list');
        const items = Number(root.querySelector('.list [part="item"]').getAttribute('aria-setsize'));

        const deltas = [];
        const work = [];
        let maxNodes = nodes;
        let direction = 1;
        const step = 90;
        const probe = () => list.firstElementChild ?? list;
        let last = await frame();
        for (let i = 0; i < frames; i += 1) {
          if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) direction = -1;
          else if (list.scrollTop <= 0) direction = 1;
          list.scrollTop += direction * step;
          const now = await measuredFrame(probe);
          deltas.push(now.time - last);
          work.push(now.work);
          last = now.time;
          maxNodes = Math.max(maxNodes, root.querySelectorAll('*').length);
        }

        list.scrollTop = 0;
        await frame();
        const search = root.querySelector('#inbox-search');
        const searchStart = performance.now();
        search.value = 'svar blodprøven';
        search.dispatchEvent(new Event('input'));
        await el.updateComplete;
        const searchTime = (await frame()) - searchStart;
        el.remove();
        return { items, firstRender, deltas, work, nodes, maxNodes, searchTime };
      }

      window.runBench = async (messages, runs, frames) => {
        const { bundle, messages: made } = generateInbox(messages);
        const results = [];
        for (let i = 0; i < runs; i += 1) results.push(await once(structuredClone(bundle), i === 0 ? frames : Math.min(frames, 60)));
        const deltas = results.flatMap((r) => r.deltas);
        const sorted = [...deltas].sort((a, b) => a - b);
        const work = results.flatMap((r) => r.work).sort((a, b) => a - b);
        const p95 = (list) => list[Math.min(list.length - 1, Math.floor(list.length * 0.95))];
        return {
          messages: made,
          items: results[0].items,
          firstRender: median(results.map((r) => r.firstRender)),
          firstRenderMin: Math.min(...results.map((r) => r.firstRender)),
          frameMedian: median(deltas),
          frameP95: p95(sorted),
          frameMax: sorted.at(-1),
          workMedian: median(work),
          workP95: p95(work),
          frames: deltas.length,
          search: median(results.map((r) => r.searchTime)),
          nodes: median(results.map((r) => r.nodes)),
          maxNodes: Math.max(...results.map((r) => r.maxNodes)),
        };
      };
      /** First render of so many items with every row rendered ('all') or virtualised ('virtual'): median of runs. */
      window.runThreshold = async (items, runs) => {
        const Inbox = customElements.get('hn-inbox');
        const limit = Inbox.plainListMax;
        const bundle = generateThreads(items);
        const out = { items, plainListMax: limit };
        try {
          for (const mode of ['all', 'virtual']) {
            Inbox.plainListMax = mode === 'all' ? Infinity : 0;
            const results = [];
            for (let i = 0; i < runs; i += 1) results.push(await once(structuredClone(bundle), 0));
            out[mode] = {
              firstRender: median(results.map((r) => r.firstRender)),
              firstRenderMin: Math.min(...results.map((r) => r.firstRender)),
              nodes: median(results.map((r) => r.nodes)),
            };
          }
        } finally {
          Inbox.plainListMax = limit;
        }
        return out;
      };
      window.benchReady = true;
    </script>
  </body>
</html>`;

const server = await serveSourcePage('inbox', PAGE);

const browser = await launchChromium();
const rows = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(server.url);
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 60_000 });
  // Warm-up: module compilation and JIT, not measured.
  await page.evaluate(() => window.runBench(100, 1, 30));
  for (const size of SIZES) rows.push(await page.evaluate(([n, runs, frames]) => window.runBench(n, runs, frames), [size, RUNS, FRAMES]));
  const thresholdRows = [];
  for (const size of PLAIN_SIZES) thresholdRows.push(await page.evaluate(([n, runs]) => window.runThreshold(n, runs), [size, RUNS]));
  const version = browser.version();

  const fmt = (n, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const columns = [
    ['messages', (r) => r.messages.toLocaleString('en-GB')],
    ['list items', (r) => r.items.toLocaleString('en-GB')],
    ['first render ms', (r) => `${fmt(r.firstRender)} (min ${fmt(r.firstRenderMin)})`],
    ['scroll frame ms median', (r) => fmt(r.frameMedian)],
    ['p95', (r) => fmt(r.frameP95)],
    ['max', (r) => fmt(r.frameMax)],
    ['work in frame ms median', (r) => fmt(r.workMedian)],
    ['p95 ', (r) => fmt(r.workP95)],
    ['frames', (r) => String(r.frames)],
    ['search ms', (r) => fmt(r.search)],
    ['DOM nodes', (r) => String(r.nodes)],
    ['max while scrolling', (r) => String(r.maxNodes)],
  ];
  const table = [columns.map(([title]) => title), ...rows.map((r) => columns.map(([, cell]) => cell(r)))];
  const widths = columns.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i < 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`<hn-inbox>, bundle mode: Chromium ${version} headless (${CHROMIUM_ARGS.join(' ')}), viewport 1280×900`);
  console.log(`${RUNS} runs per size (median); scroll: ${FRAMES} frames on the first run, 60 on the others, 90 px a frame`);
  console.log(line(table[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of table.slice(1)) console.log(line(cells));

  if (thresholdRows.length) {
    console.log(`\nEvery row rendered or virtualised: first render, median of ${RUNS} (min), and DOM nodes; the list renders every row up to ${thresholdRows[0].plainListMax} items (HnInbox.plainListMax)`);
    const plainColumns = [
      ['items', (r) => r.items.toLocaleString('en-GB')],
      ['every row: first render ms', (r) => `${fmt(r.all.firstRender)} (min ${fmt(r.all.firstRenderMin)})`],
      ['DOM nodes', (r) => String(r.all.nodes)],
      ['virtualised: first render ms', (r) => `${fmt(r.virtual.firstRender)} (min ${fmt(r.virtual.firstRenderMin)})`],
      ['DOM nodes ', (r) => String(r.virtual.nodes)],
    ];
    const plainTable = [plainColumns.map(([title]) => title), ...thresholdRows.map((r) => plainColumns.map(([, cell]) => cell(r)))];
    const plainWidths = plainColumns.map((_, i) => Math.max(...plainTable.map((cells) => cells[i].length)));
    const plainLine = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padStart(plainWidths[i]) : cell.padEnd(plainWidths[i]))).join(' | ')} |`;
    console.log(plainLine(plainTable[0]));
    console.log(`|${plainWidths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const cells of plainTable.slice(1)) console.log(plainLine(cells));
  }
  /** @type {Record<string, number>} */
  const figures = {};
  for (const r of rows) {
    Object.assign(figures, {
      [`${r.messages}.first-render.ms`]: r.firstRender,
      [`${r.messages}.scroll-frame.median.ms`]: r.frameMedian,
      [`${r.messages}.scroll-frame.p95.ms`]: r.frameP95,
      [`${r.messages}.search.ms`]: r.search,
      [`${r.messages}.dom-nodes`]: r.nodes,
    });
  }
  for (const r of thresholdRows) {
    Object.assign(figures, {
      [`plain.${r.items}.every-row.first-render.ms`]: r.all.firstRender,
      [`plain.${r.items}.virtualised.first-render.ms`]: r.virtual.firstRender,
    });
  }
  report('inbox', figures); // only with BENCH_JSON (npm run bench -- --json)
} finally {
  await browser.close();
  await server.close();
}
