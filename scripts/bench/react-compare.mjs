#!/usr/bin/env node
// Side by side in one run: the appointment list as <hn-appointment-list>; the same list of cards
// built with React 19 and @helsenorge/designsystem-react (PanelList, Panel, Panel.Title, Badge,
// Duolist, Expander, Button); and, as a floor, the same cards in hand-written DOM (a <template>
// cloned per card, text through text nodes, no framework: support/vanilla-list.ts). The same FHIR
// Bundle, the same pure view model, production builds (minified), the same Chromium, the runs of
// the three pages interleaved.
//
//   size          JavaScript and CSS the page actually loaded (gzip -9 of each file it requested)
//   first render  from handing over the data to the list rendered, styled and laid out (the frame
//                 that shows it is not waited for): median of BENCH_RUNS, 100 and 1,000 appointments
//   DOM nodes     in the list, through shadow roots; and how many of them are elements (Lit marks
//                 each binding with a comment node, and keeps the templates' whitespace text nodes)
//   JS heap       in use after full garbage collection, the list shown
//
// What differs: the React and hand-written pages render only the cards; <hn-appointment-list>
// renders the whole component (view switcher with counts, source attribution, change links, a
// confirm dialog, a live region, keyboard handling). Numbers only.
import { closeSides, countersAfterGc, buildPages, kb, launch, loadedSize, median, ratio, serve } from './support/pages.mjs';
import { report } from './support/results.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNTS = [100, 1000];
const SIDES = ['hn', 'react', 'vanilla'];
// DOMPurify's module makes an instance when it is evaluated, so a bundler keeps it even when no one
// calls it; the view model the pages share imports core, which imports it. Here each page keeps it
// only if it uses it.
const treeshake = { moduleSideEffects: (id) => !/[\\/]dompurify[\\/]/.test(id) };

const sides = {};
const browser = await launch();
try {
  for (const side of SIDES) {
    const built = await buildPages(`compare-${side}`, [`compare-${side}.html`], { treeshake });
    const server = await serve(built.dir);
    const page = await browser.newPage();
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname.slice(1)));
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.origin}/compare-${side}.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    sides[side] = { built, server, page, cdp, requested, results: {} };
  }

  for (const count of COUNTS) {
    const times = Object.fromEntries(SIDES.map((side) => [side, []]));
    for (const side of SIDES) await sides[side].page.evaluate((n) => window.renderList(n), count);
    for (let i = 0; i < RUNS; i += 1) {
      for (const side of SIDES) times[side].push(await sides[side].page.evaluate((n) => window.renderList(n), count));
    }
    for (const side of SIDES) {
      const { page, cdp, results } = sides[side];
      const { nodes, elements } = await page.evaluate(() => {
        let total = 0;
        let elements = 0;
        const walk = (node) => {
          total += 1;
          if (node.nodeType === Node.ELEMENT_NODE) elements += 1;
          if (node.shadowRoot) walk(node.shadowRoot);
          node.childNodes.forEach(walk);
        };
        walk(document.getElementById('root'));
        return { nodes: total - 1, elements: elements - 1 };
      });
      const { heap } = await countersAfterGc(page, cdp);
      results[count] = { ms: median(times[side]), nodes, elements, heap };
    }
  }

  for (const side of SIDES) sides[side].size = loadedSize(sides[side].built, sides[side].requested);
} finally {
  await closeSides(browser, sides);
}

const { hn, react, vanilla } = sides;
/** One line: the three values, then hn÷React, hn÷vanilla, React÷vanilla (unless `showRatio` is false). */
const row = (label, pick, format, showRatio = true) => {
  const [a, b, c] = [pick(hn), pick(react), pick(vanilla)];
  const ratios = showRatio ? [ratio(a, b), ratio(a, c), ratio(b, c)] : ['', '', ''];
  console.log(`  ${label.padEnd(36)} ${[a, b, c].map((n) => format(n).padStart(11)).join(' ')} ${ratios.map((r) => r.padStart(9)).join(' ')}`);
};
console.log(`Appointment list: hn-elements, React 19 + @helsenorge/designsystem-react, hand-written DOM (same data and view model; median of ${RUNS})`);
console.log(`  ${''.padEnd(36)} ${['hn', 'React', 'vanilla'].map((h) => h.padStart(11)).join(' ')} ${['hn÷React', 'hn÷van.', 'React÷van.'].map((h) => h.padStart(9)).join(' ')}`);
row('JS + CSS loaded, gzip', (s) => s.size.js + s.size.css, kb);
row('  JavaScript', (s) => s.size.js, kb);
row('  CSS (hn: in the JavaScript)', (s) => s.size.css, kb, false);
for (const count of COUNTS) {
  const n = count.toLocaleString('en');
  row(`first render, ${n} appointments`, (s) => s.results[count].ms, (v) => `${v.toFixed(1)} ms`);
  row(`DOM nodes, ${n}`, (s) => s.results[count].nodes, (v) => v.toLocaleString('en'));
  row(`  of them elements`, (s) => s.results[count].elements, (v) => v.toLocaleString('en'));
  row(`JS heap after GC, ${n} shown`, (s) => s.results[count].heap, kb);
}
if (react.size.unusedFiles) {
  console.log(`  (the React build also has ${react.size.unusedFiles} lazily loaded chunks, the design system's icons, ${kb(react.size.unusedJs)} gzip, never requested here)`);
}

/** @type {Record<string, number>} */
const figures = {};
for (const side of SIDES) {
  const { size, results } = sides[side];
  Object.assign(figures, { [`size.${side}.js.gzip`]: size.js, [`size.${side}.css.gzip`]: size.css });
  for (const count of COUNTS) {
    const { ms, nodes, elements, heap } = results[count];
    Object.assign(figures, {
      [`first-render.${count}.${side}.ms`]: ms,
      [`dom-nodes.${count}.${side}`]: nodes,
      [`dom-elements.${count}.${side}`]: elements,
      [`heap.${count}.${side}.bytes`]: heap,
    });
  }
}
report('react-compare', figures); // only with BENCH_JSON (npm run bench -- --json)
process.exit(0);
