#!/usr/bin/env node
// Side by side in one run: the appointment list as <hn-appointment-list>, and the same list of
// cards built with React 19 and @helsenorge/designsystem-react (PanelList, Panel, Panel.Title,
// Badge, Duolist, Expander, Button): the same FHIR Bundle, the same pure view model, production
// builds (minified), the same Chromium, the runs of the two pages interleaved.
//
//   size          JavaScript and CSS the page actually loaded (gzip -9 of each file it requested)
//   first render  from handing over the data to the list rendered, styled and laid out (the frame
//                 that shows it is not waited for): median of BENCH_RUNS, 100 and 1,000 appointments
//   DOM nodes     in the list, through shadow roots; and how many of them are elements (Lit marks
//                 each binding with a comment node, and keeps the templates' whitespace text nodes)
//   JS heap       in use after full garbage collection, the list shown
//
// What differs: the React page renders only the cards; <hn-appointment-list> renders the whole
// component (view switcher with counts, source attribution, change links, a confirm dialog, a live
// region, keyboard handling). Numbers only.
import { countersAfterGc, buildPages, gzipSize, launch, median, serve } from './support/pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNTS = [100, 1000];
const SIDES = ['hn', 'react'];
// DOMPurify's module makes an instance when it is evaluated, so a bundler keeps it even when no one
// calls it; the view model both pages share imports core, which imports it. Here each page keeps it
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
    const times = { hn: [], react: [] };
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

  for (const side of SIDES) {
    const { built, requested } = sides[side];
    const size = { js: 0, css: 0, unusedJs: 0, unusedFiles: 0 };
    for (const output of built.outputs) {
      const loaded = requested.has(output.fileName);
      if (output.fileName.endsWith('.js')) {
        if (loaded) size.js += gzipSize(output);
        else {
          size.unusedJs += gzipSize(output);
          size.unusedFiles += 1;
        }
      } else if (output.fileName.endsWith('.css') && loaded) size.css += gzipSize(output);
    }
    sides[side].size = size;
  }
} finally {
  await browser.close();
  for (const side of Object.values(sides)) {
    await side.server.close();
    side.built.remove();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const row = (label, hn, react, format, showRatio = true) =>
  console.log(`  ${label.padEnd(36)} ${format(hn).padStart(11)} ${format(react).padStart(11)} ${(showRatio ? ratio(hn, react) : '').padStart(9)}`);
const { hn, react } = sides;
console.log(`Appointment list: hn-elements vs React 19 + @helsenorge/designsystem-react (same data and view model; median of ${RUNS})`);
console.log(`  ${''.padEnd(36)} ${'hn'.padStart(11)} ${'React'.padStart(11)} ${'hn÷React'.padStart(9)}`);
row('JS + CSS loaded, gzip', hn.size.js + hn.size.css, react.size.js + react.size.css, kb);
row('  JavaScript', hn.size.js, react.size.js, kb);
row('  CSS (hn: in the JavaScript)', hn.size.css, react.size.css, kb, false);
for (const count of COUNTS) {
  const [a, b] = [hn.results[count], react.results[count]];
  row(`first render, ${count.toLocaleString('en')} appointments`, a.ms, b.ms, (n) => `${n.toFixed(1)} ms`);
  row(`DOM nodes, ${count.toLocaleString('en')}`, a.nodes, b.nodes, (n) => n.toLocaleString('en'));
  row(`  of them elements`, a.elements, b.elements, (n) => n.toLocaleString('en'));
  row(`JS heap after GC, ${count.toLocaleString('en')} shown`, a.heap, b.heap, kb);
}
if (react.size.unusedFiles) {
  console.log(`  (the React build also has ${react.size.unusedFiles} lazily loaded chunks, the design system's icons, ${kb(react.size.unusedJs)} gzip, never requested here)`);
}
process.exit(0);
