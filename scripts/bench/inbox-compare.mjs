#!/usr/bin/env node
// The inbox's message list four ways in one run: <hn-inbox> in bundle mode (it maps, sorts and
// renders the list itself, every row up to HnInbox.plainListMax items, above that through its
// virtualiser); a React 19 list of the same rows without virtualisation; the same React rows with
// a virtualiser (@tanstack/react-virtual); and, as a floor, the rows in hand-written DOM (a
// <template> cloned per row, text through text nodes), every row rendered. The same Bundle
// (exactly N list items, one message per thread: packages/inbox/test/generate.ts), the same pure
// view model (the inbox's toInboxItems and sortInbox, core's date formatting), the same row
// content (unread mark, from, date, subject) and list styles, production builds (minified), the
// same Chromium, the runs of the four pages interleaved.
//
//   size          JavaScript and CSS the page actually loaded (gzip -9 of each file it requested)
//   first render  from handing over the data to the rows rendered, styled and laid out (the frame
//                 that shows them is not waited for): median of BENCH_RUNS
//   DOM nodes     in the list (the role="list" element and what is in it, through shadow roots),
//                 and in the whole page's root (<hn-inbox> also has its toolbar, headings, a
//                 reading pane and a live region)
//   JS heap       in use after full garbage collection, the list shown
//
// What differs: the React and hand-written rows show only the unread mark, sender, date and
// subject; <hn-inbox>'s rows also show a preview line and a kind line, and the element brings
// search, filters, keyboard handling, the reading pane, replies and drafts. Numbers only.
// Options: BENCH_SIZES=100,1000,10000  BENCH_RUNS=7
import { closeSides, countersAfterGc, buildPages, kb, launch, loadedSize, median, ratio, serve } from './support/pages.mjs';
import { report } from './support/results.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNTS = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const SIDES = ['hn', 'react', 'react-virtual', 'vanilla'];
const LABELS = { hn: 'hn', react: 'React', 'react-virtual': 'React virt.', vanilla: 'vanilla' };
// As in react-compare.mjs: DOMPurify's module makes an instance when it is evaluated; the view
// model imports core, which imports it. Each page keeps it only if it uses it.
const treeshake = { moduleSideEffects: (id) => !/[\\/]dompurify[\\/]/.test(id) };

const sides = {};
const browser = await launch();
try {
  for (const side of SIDES) {
    const built = await buildPages(`inbox-${side}`, [`inbox-${side}.html`], { treeshake });
    const server = await serve(built.dir);
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`${side}: page error: ${error.message}`));
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname.slice(1)));
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.origin}/inbox-${side}.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    sides[side] = { built, server, page, cdp, requested, results: {} };
  }

  for (const count of COUNTS) {
    const times = Object.fromEntries(SIDES.map((side) => [side, []]));
    for (const side of SIDES) await sides[side].page.evaluate((n) => window.renderList(n), count); // warm-up
    for (let i = 0; i < RUNS; i += 1) {
      for (const side of SIDES) times[side].push(await sides[side].page.evaluate((n) => window.renderList(n), count));
    }
    for (const side of SIDES) {
      const { page, cdp, results } = sides[side];
      const counted = await page.evaluate(() => {
        const count = (node) => {
          let total = 1;
          if (node.shadowRoot) total += count(node.shadowRoot);
          node.childNodes.forEach((child) => (total += count(child)));
          return total;
        };
        const find = (node) => {
          if (node.nodeType === Node.ELEMENT_NODE && node.getAttribute('role') === 'list') return node;
          for (const child of [...(node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes]) {
            const found = find(child);
            if (found) return found;
          }
          return undefined;
        };
        const root = document.getElementById('root');
        const list = find(root);
        const rows = (list?.querySelectorAll('[role="listitem"]') ?? []).length;
        return { page: count(root) - 1, list: list ? count(list) : 0, rows };
      });
      const { heap } = await countersAfterGc(page, cdp);
      results[count] = { ms: median(times[side]), nodes: counted.list, pageNodes: counted.page, rows: counted.rows, heap };
    }
  }

  for (const side of SIDES) sides[side].size = loadedSize(sides[side].built, sides[side].requested);
} finally {
  await closeSides(browser, sides);
}

const int = (v) => v.toLocaleString('en');
/** One line: the four values, then hn÷React, hn÷React-virtualised, hn÷vanilla (unless `showRatio` is false). */
const row = (label, pick, format, showRatio = true) => {
  const values = SIDES.map((side) => pick(sides[side]));
  const [hn, react, virtual, vanilla] = values;
  const ratios = showRatio ? [ratio(hn, react), ratio(hn, virtual), ratio(hn, vanilla)] : ['', '', ''];
  console.log(`  ${label.padEnd(34)} ${values.map((n) => format(n).padStart(11)).join(' ')} ${ratios.map((r) => r.padStart(10)).join(' ')}`);
};
console.log(`Inbox list: <hn-inbox>, React 19, React 19 + @tanstack/react-virtual, hand-written DOM (same data, view model and rows; median of ${RUNS})`);
console.log(`  ${''.padEnd(34)} ${SIDES.map((side) => LABELS[side].padStart(11)).join(' ')} ${['hn÷React', 'hn÷virt.', 'hn÷van.'].map((h) => h.padStart(10)).join(' ')}`);
row('JS + CSS loaded, gzip', (s) => s.size.js + s.size.css, kb);
row('  JavaScript', (s) => s.size.js, kb);
row('  CSS (hn: in the JavaScript)', (s) => s.size.css, kb, false);
for (const count of COUNTS) {
  const n = int(count);
  row(`first render, ${n} items`, (s) => s.results[count].ms, (v) => `${v.toFixed(1)} ms`);
  row(`rows in the DOM, ${n}`, (s) => s.results[count].rows, int, false);
  row(`DOM nodes in the list, ${n}`, (s) => s.results[count].nodes, int);
  row(`  in the whole root`, (s) => s.results[count].pageNodes, int);
  row(`JS heap after GC, ${n} shown`, (s) => s.results[count].heap, kb);
}

/** @type {Record<string, number>} */
const figures = {};
for (const side of SIDES) {
  const { size, results } = sides[side];
  Object.assign(figures, { [`size.${side}.js.gzip`]: size.js, [`size.${side}.css.gzip`]: size.css });
  for (const count of COUNTS) {
    const { ms, nodes, pageNodes, rows, heap } = results[count];
    Object.assign(figures, {
      [`first-render.${count}.${side}.ms`]: ms,
      [`rows.${count}.${side}`]: rows,
      [`dom-nodes.${count}.${side}`]: nodes,
      [`dom-nodes-page.${count}.${side}`]: pageNodes,
      [`heap.${count}.${side}.bytes`]: heap,
    });
  }
}
report('inbox-compare', figures); // only with BENCH_JSON (npm run bench -- --json)
process.exit(0);
