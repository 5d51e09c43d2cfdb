// The deployable shell's rules that need no browser: which precompressed copy a request gets, the
// headers per file, the policy a page's data leads to, the import map the page carries, and moving
// the files to a CDN.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pageImportMap, pagePolicy, rebaseAssets, renderPage, RETRY_ATTEMPTS } from '../page.mjs';
import { headersFor } from '../policy.mjs';
import { chooseEncoding } from '../preview.mjs';

/** A small site.json as the build writes it. */
const SITE = Object.freeze({
  lang: 'nb',
  stylesheet: { href: '/assets/page-a.css', integrity: 'sha384-css' },
  entry: { href: '/assets/shell-b.js', integrity: 'sha384-shell' },
  importMap: {
    imports: { lit: '/assets/lit-c.js', '@hn-elements/inbox/mfe.js': '/assets/inbox-d.js' },
    integrity: { '/assets/shell-b.js': 'sha384-shell', '/assets/lit-c.js': 'sha384-lit', '/assets/inbox-d.js': 'sha384-inbox' },
  },
  config: {
    title: 'Helsenorge <demo>',
    apps: [{ name: 'inbox', specifier: '@hn-elements/inbox/mfe.js', path: '/inbox', label: { nb: 'Innboks', nn: 'Innboks', en: 'Inbox' } }],
    sources: [{ id: 'a', name: 'A', fhirBase: '/fhir/a' }, { id: 'b', name: 'B', fhirBase: 'https://fhir.example.no/r4' }],
  },
});

describe('chooseEncoding', () => {
  const all = () => true;
  const table = [
    ['br, gzip', all, 'br'],
    ['gzip, deflate, br, zstd', all, 'br'],
    ['gzip', all, 'gzip'],
    ['br;q=0, gzip', all, 'gzip'],
    ['identity', all, undefined],
    ['*', all, 'br'],
    ['*, br;q=0', all, 'gzip'],
    [undefined, all, undefined],
    ['br, gzip', (suffix) => suffix === '.gz', 'gzip'],
    ['br', (suffix) => suffix === '.gz', undefined],
  ];
  for (const [accept, has, expected] of table) {
    test(`${accept ?? '(none)'} -> ${expected ?? 'the file itself'}`, () => {
      assert.equal(chooseEncoding(accept, has).encoding, expected);
    });
  }
});

describe('headersFor', () => {
  test('hashed assets are immutable and shared across origins', () => {
    const headers = headersFor('/assets/lit-c.js');
    assert.equal(headers['Cache-Control'], 'public, max-age=31536000, immutable');
    assert.equal(headers['Access-Control-Allow-Origin'], '*');
    assert.equal(headers.Vary, 'Accept-Encoding');
  });
  test('the page is revalidated and carries its policy', () => {
    const headers = headersFor('/index.html', { csp: "default-src 'none'" });
    assert.equal(headers['Cache-Control'], 'no-cache');
    assert.equal(headers['Content-Security-Policy'], "default-src 'none'");
    assert.equal(headers['X-Frame-Options'], 'DENY');
  });
  test('a font is not negotiated (woff2 is compressed already)', () => {
    assert.equal(headersFor('/assets/font-e.woff2').Vary, undefined);
  });
});

describe('the page', () => {
  test('declares the retry URLs of each app module with the same integrity, and nothing for other modules', () => {
    const { integrity } = pageImportMap(SITE);
    for (let attempt = 1; attempt <= RETRY_ATTEMPTS; attempt += 1) assert.equal(integrity[`/assets/inbox-d.js?hn-retry=${attempt}`], 'sha384-inbox');
    assert.equal(integrity[`/assets/inbox-d.js?hn-retry=${RETRY_ATTEMPTS + 1}`], undefined);
    assert.equal(Object.keys(integrity).filter((url) => url.startsWith('/assets/lit-c.js')).length, 1);
  });

  test('the policy allows the import map by its hash, the sources it names, and nothing inline', () => {
    const policy = pagePolicy(SITE);
    assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    assert.match(policy, /connect-src 'self' https:\/\/fhir\.example\.no;/);
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html hn-elements dompurify$/);
    assert.doesNotMatch(policy, /unsafe|frame-ancestors/);
    assert.match(pagePolicy(SITE, { frameAncestors: true }), /frame-ancestors 'none'/);
  });

  test('the hash in the policy is that of the import map the page carries', async () => {
    const html = renderPage(SITE);
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const { createHash } = await import('node:crypto');
    assert.ok(html.includes(`'sha256-${createHash('sha256').update(map).digest('base64')}'`));
  });

  test('text from the data cannot close an element or an attribute', () => {
    const html = renderPage({ ...SITE, config: { ...SITE.config, title: '</title><script>x</script>', apps: [{ ...SITE.config.apps[0], name: '</script><script>x()</script>' }] } });
    assert.doesNotMatch(html, /<script>x/);
    assert.match(html, /&lt;\/title&gt;/);
  });

  test('moving the assets to a CDN moves every URL and keeps every integrity', () => {
    const moved = rebaseAssets(SITE, 'https://cdn.example.no/hn/assets');
    assert.equal(moved.entry.href, 'https://cdn.example.no/hn/assets/shell-b.js');
    assert.equal(moved.stylesheet.href, 'https://cdn.example.no/hn/assets/page-a.css');
    assert.equal(moved.importMap.imports.lit, 'https://cdn.example.no/hn/assets/lit-c.js');
    assert.equal(moved.importMap.integrity['https://cdn.example.no/hn/assets/inbox-d.js'], 'sha384-inbox');
    assert.match(pagePolicy(moved), /script-src 'self' https:\/\/cdn\.example\.no 'sha256-/);
    assert.match(pagePolicy(moved), /font-src 'self' https:\/\/cdn\.example\.no;/);
    assert.deepEqual(rebaseAssets(moved, '/assets/').importMap, SITE.importMap, 'and back');
  });
});
