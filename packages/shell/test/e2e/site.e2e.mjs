// End-to-end: the deployable shell as a portal deploys it — dist/shell from `npm run build`, served by
// `npm run preview` (started here once, in this process, on a free port; no Vite dev server). The test
//   - checks the headers: precompressed files by Accept-Encoding, immutable hashed assets, a no-cache
//     page with its Content-Security-Policy, the shell's routes answered with the page;
//   - opens the overview and every app's route under the page's strict policy (Trusted Types
//     enforced, no inline script but the hashed import map) and requires every micro-frontend to
//     mount with live data, Lit to load once, and zero policy violations, page errors or console errors;
//   - serves a copy of the build whose modules come from another origin (a CDN) and with one app
//     taken out, by editing its data and writing the page again (no build): the rest works;
//   - serves a copy of the build with one micro-frontend's file changed (as a compromised CDN would)
//     and requires the browser to refuse it (import-map integrity), its place to show the error tile,
//     and the other apps to work.
//
// Run: node --test packages/shell/test/e2e/site.e2e.mjs   (builds first when dist/shell is missing or older than the sources)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { writePage } from '../../../../scripts/site/page.mjs';
import { startPreview } from '../../../../scripts/site/preview.mjs';
import { rawInnerHtmlRefused, recordViolations, waitForApps } from '../../../../scripts/e2e/shell-page.mjs';
import { useSiteAndBrowser } from '../../../../scripts/e2e/site.mjs';

/** @returns {Promise<import('../../../../scripts/site/page.mjs').SiteData>} */
const readSite = async (dir) => JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));

/** A page that records policy violations, page errors, console errors, dialogs and every response. */
async function watchedPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(recordViolations);
  const problems = /** @type {string[]} */ ([]);
  const responses = /** @type {import('playwright-core').Response[]} */ ([]);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => responses.push(response));
  // A script from data that ran would most likely say so (the seed's hostile HTML calls alert()).
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems, responses };
}

describe('the deployable shell (dist/shell, npm run preview)', { timeout: 120_000 }, () => {
  const running = useSiteAndBrowser(before, after);

  test('serves precompressed files with immutable caching, and the page with no-cache and its policy', async () => {
    const { url } = running.preview;
    const site = await readSite(running.dir);
    const lit = site.importMap.imports.lit;
    const asset = await fetch(`${url}${lit}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('content-encoding'), 'br');
    assert.equal(asset.headers.get('vary'), 'Accept-Encoding');
    assert.match(asset.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    assert.equal(Number(asset.headers.get('content-length')), (await stat(join(running.dir, `${lit}.br`))).size);
    const gzip = await fetch(`${url}${lit}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    const plain = await fetch(`${url}${lit}`, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), await readFile(join(running.dir, lit), 'utf8'));

    for (const path of ['/', ...site.config.apps.map((app) => /** @type {{ path: string }} */ (app).path)]) {
      const page = await fetch(`${url}${path}`, { headers: { Accept: 'text/html', 'Accept-Encoding': 'br' } });
      assert.equal(page.status, 200, path);
      assert.equal(page.headers.get('cache-control'), 'no-cache', path);
      assert.ok(page.headers.get('etag'), `${path}: an ETag to revalidate with`);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(await page.text(), /<script type="importmap">/);
    }
    const missing = await fetch(`${url}/assets/not-there.js`);
    assert.equal(missing.status, 404);
    const outside = await fetch(`${url}/%2e%2e/package.json`);
    assert.equal(outside.status, 404);
  });

  test('the page enforces its policy: a raw string into innerHTML is refused and reported', async () => {
    const { page } = await watchedPage(running.browser);
    await page.goto(`${running.preview.url}/`);
    assert.equal(await rawInnerHtmlRefused(page), true);
    await page.waitForFunction(() => /** @type {any} */ (window).cspViolations.length > 0, undefined, { timeout: 10_000 });
    assert.match((await page.evaluate(() => /** @type {any} */ (window).cspViolations))[0], /require-trusted-types-for/);
    await page.close();
  });

  test('every route mounts every micro-frontend with live data under the policy, Lit loaded once', async (t) => {
    const site = await readSite(running.dir);
    const apps = /** @type {{ name: string, path: string, overview?: boolean }[]} */ (site.config.apps);
    const { page, problems, responses } = await watchedPage(running.browser);
    const pages = [{ path: '/', names: apps.filter((app) => app.overview).map((app) => app.name) }, ...apps.map((app) => ({ path: app.path, names: [app.name] }))];
    for (const { path, names } of pages) {
      responses.length = 0;
      await page.goto(`${running.preview.url}${path}`);
      const held = await waitForApps(page);
      assert.deepEqual(Object.keys(held).sort(), [...names].sort(), `${path}: the apps shown`);
      for (const [name, tag] of Object.entries(held)) assert.notEqual(tag, 'hn-error-tile', `${path}: ${name} mounted`);
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations), [], `${path}: policy violations`);
      assert.deepEqual(problems, [], `${path}: errors`);
      assert.equal(await page.evaluate(() => /** @type {any} */ (window).litHtmlVersions?.length), 1, `${path}: one Lit`);
      const modules = responses.filter((r) => r.url().endsWith('.js')).map((r) => new URL(r.url()).pathname);
      assert.equal(new Set(modules).size, modules.length, `${path}: each module fetched once`);
      for (const module of modules) assert.ok(module in site.importMap.integrity, `${path}: ${module} has integrity in the import map`);
      if (path === '/') {
        const files = responses.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/assets/') || p === '/');
        const size = async (file, suffix) => (await stat(join(running.dir, file === '/' ? '/index.html' : file) + suffix).catch(() => stat(join(running.dir, file === '/' ? '/index.html' : file)))).size;
        const total = async (suffix, only = files) => (await Promise.all(only.map((f) => size(f, suffix)))).reduce((a, b) => a + b, 0);
        const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
        t.diagnostic(`overview, ${files.length} files: ${kb(await total(''))} raw, ${kb(await total('.gz'))} gzip, ${kb(await total('.br'))} brotli; its ${modules.length} modules: ${kb(await total('', modules))} raw, ${kb(await total('.gz', modules))} gzip, ${kb(await total('.br', modules))} brotli`);
        const modulesLoaded = new Set(modules);
        for (const app of apps.filter((a) => !a.overview)) {
          const file = site.importMap.imports[`@hn-elements/${app.name}/mfe.js`];
          assert.ok(file && !modulesLoaded.has(file), `${app.name} (not on the overview) is not loaded there`);
        }
      }
    }
    await page.close();
  });

  test("journal documents open in place under the policy: sanitised HTML, and PDFs in the browser's viewer", async (t) => {
    const { page, problems } = await watchedPage(running.browser);
    await page.goto(`${running.preview.url}/journal`);
    await waitForApps(page);
    const viewer = 'hn-journal-viewer';
    const count = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part~="item"] button.item-open').length ?? 0, viewer);
    const shown = /** @type {Record<string, number>} */ ({});
    for (let i = 0; i < count; i += 1) {
      const before = await page.evaluate((tag) => document.querySelector(tag)?.getAttribute('document-key'), viewer);
      await page.evaluate(([tag, index]) => /** @type {HTMLElement} */ (document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part~="item"] button.item-open')[index]).click(), /** @type {const} */ ([viewer, i]));
      // The reader shows the document: a frame (PDF), sanitised HTML, text, or an error it names.
      const kind = await page.waitForFunction(
        ([tag, previous]) => {
          const el = document.querySelector(tag);
          if (!el || el.getAttribute('document-key') === previous || el.hasAttribute('aria-busy')) return false;
          const body = el.shadowRoot?.querySelector('[part~="reader"] iframe, [part~="reader"] .doc-html, [part~="reader"] pre, [part~="reader"] [role="alert"]');
          if (!body) return false;
          if (body.localName === 'iframe') return /^blob:/.test(/** @type {HTMLIFrameElement} */ (body).src) ? 'pdf' : false;
          return body.classList.contains('doc-html') ? 'html' : body.localName === 'pre' ? 'text' : 'error';
        },
        /** @type {const} */ ([viewer, before]),
        { timeout: 15_000 },
      );
      const name = String(await kind.jsonValue());
      shown[name] = (shown[name] ?? 0) + 1;
    }
    t.diagnostic(`journal: ${count} documents opened: ${JSON.stringify(shown)}`);
    assert.ok((shown.pdf ?? 0) > 0 && (shown.html ?? 0) > 0, JSON.stringify(shown));
    // One kind of report, and only this one, is expected: the seed's hostile documents carry an
    // inline `onerror`, and Chromium reports the handler (a violation and a console error naming
    // DOMPurify) when the sanitiser's parser, a DOMParser document that shares the page's policy,
    // reads it. Nothing runs: the sanitiser removes the handler, and with the policy taken out of
    // the page no dialog opens either (checked by hand). A report collector learns that a source
    // sent HTML with a script in it.
    const violations = /** @type {string[]} */ (await page.evaluate(() => /** @type {any} */ (window).cspViolations));
    t.diagnostic(`policy reports from hostile source HTML: ${violations.length}`);
    for (const violation of violations) assert.match(violation, /^script-src-attr inline .*\/assets\/dompurify-[\w-]+\.js:/);
    const handlerReports = problems.filter((problem) => /^console error: Executing inline event handler violates/.test(problem));
    assert.equal(handlerReports.length, violations.length);
    assert.deepEqual(problems.filter((problem) => !handlerReports.includes(problem)), []);
    await page.close();
  });

  test('a portal serves the modules from another origin (a CDN) and drops an app, without a rebuild', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hn-site-'));
    await cp(running.dir, dir, { recursive: true });
    const site = await readSite(dir);
    // What docs/integration.md tells a portal to do: edit the data, write the page again.
    const dropped = site.config.apps.find((app) => /** @type {{ name: string }} */ (app).name === 'referrals');
    site.config.apps = site.config.apps.filter((app) => app !== dropped);
    delete site.importMap.imports['@hn-elements/referrals/mfe.js'];
    await writeFile(join(dir, 'site.json'), JSON.stringify(site));
    const cdn = running.preview.url;
    writePage(dir, { assets: `${cdn}/assets/` });
    const portal = await startPreview({ dir });
    try {
      const { page, problems, responses } = await watchedPage(running.browser);
      await page.goto(`${portal.url}/`);
      const held = await waitForApps(page);
      assert.deepEqual(Object.keys(held).sort(), ['appointment-list', 'inbox', 'test-results', 'tool-catalogue']);
      for (const [name, tag] of Object.entries(held)) assert.notEqual(tag, 'hn-error-tile', `${name} mounted`);
      const assets = responses.map((r) => new URL(r.url())).filter((u) => u.pathname.startsWith('/assets/'));
      assert.ok(assets.length > 20 && assets.every((u) => u.origin === cdn), `every file from the CDN: ${assets.filter((u) => u.origin !== cdn).map((u) => u.href).join(', ')}`);
      assert.ok(assets.some((u) => u.pathname.endsWith('.woff2')), 'the fonts too');
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations), []);
      assert.deepEqual(problems, []);
      const menu = await page.evaluate(() => [...document.querySelector('hn-shell-header')?.shadowRoot?.querySelectorAll('nav a') ?? []].map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname));
      assert.ok(menu.includes('/inbox') && !menu.includes('/referrals'), `the menu: ${menu.join(', ')}`);
      await page.close();
    } finally {
      await portal.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a tampered micro-frontend is refused and shown as that app's error tile; the other apps work", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hn-site-'));
    await cp(running.dir, dir, { recursive: true });
    const site = await readSite(dir);
    const file = join(dir, site.importMap.imports['@hn-elements/inbox/mfe.js']);
    // What a compromised CDN would serve: the same file with a line added, compressed copies too.
    const original = Object.fromEntries(await Promise.all(['', '.br', '.gz'].map(async (suffix) => [suffix, await readFile(`${file}${suffix}`)])));
    const tampered = Buffer.from(`${await readFile(file, 'utf8')}\nglobalThis.tamperedCodeRan = true;\n`);
    await Promise.all([writeFile(file, tampered), writeFile(`${file}.br`, brotliCompressSync(tampered)), writeFile(`${file}.gz`, gzipSync(tampered))]);
    const preview = await startPreview({ dir });
    try {
      const { page, problems } = await watchedPage(running.browser);
      await page.goto(`${preview.url}/`);
      const held = await waitForApps(page);
      assert.equal(held.inbox, 'hn-error-tile', `the inbox's place: ${JSON.stringify(held)}`);
      const others = Object.entries(held).filter(([name]) => name !== 'inbox');
      assert.ok(others.length >= 3, JSON.stringify(held));
      for (const [name, tag] of others) assert.notEqual(tag, 'hn-error-tile', `${name} works`);
      assert.equal(await page.evaluate(() => /** @type {any} */ (globalThis).tamperedCodeRan), undefined, 'the tampered code did not run');
      assert.ok(problems.some((p) => /integrity/i.test(p)), `the browser says why:\n${problems.join('\n')}`);
      // "Prøv igjen" fetches the file again (a fresh URL whose integrity the page declares too):
      // refused while it is tampered, mounted once the server has the right file back.
      let fetched = 0;
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname === site.importMap.imports['@hn-elements/inbox/mfe.js']) fetched += 1;
      });
      const retry = async () => {
        const before = fetched;
        await page.evaluate(() => /** @type {any} */ (document.querySelector('[id="single-spa-application:inbox"] hn-error-tile')).shadowRoot.querySelector('button').click());
        const deadline = Date.now() + 20_000;
        while (fetched === before) {
          assert.ok(Date.now() < deadline, 'the retry fetched the file again');
          await page.waitForEvent('requestfinished', { timeout: 20_000 });
        }
        await page.waitForFunction(() => !document.querySelector('[id="single-spa-application:inbox"] hn-error-tile[busy]'), undefined, { timeout: 20_000 });
        return waitForApps(page);
      };
      assert.equal((await retry()).inbox, 'hn-error-tile', 'a retry of the tampered file is refused too');
      assert.equal(await page.evaluate(() => /** @type {any} */ (globalThis).tamperedCodeRan), undefined, 'a retry does not run it either');
      await Promise.all(Object.entries(original).map(([suffix, bytes]) => writeFile(`${file}${suffix}`, bytes)));
      assert.equal((await retry()).inbox, 'hn-inbox', 'the right file mounts on the next retry');
      await page.close();
    } finally {
      await preview.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
