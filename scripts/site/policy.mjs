// What the deployable shell (dist/shell) promises a browser, in one place: its Content-Security-Policy
// and the HTTP headers each kind of file is served with. scripts/site/page.mjs writes the policy into
// index.html (a meta tag), scripts/site/preview.mjs sends the headers, docs/integration.md
// ("The deployable shell") gives them for a web server, and the end-to-end tests read them here.

/**
 * The Trusted Types rule every page of the project enforces: only Lit's (`lit-html`), the sanitiser's
 * (`hn-elements`) and DOMPurify's own (`dompurify`) policies may exist. single-spa and
 * single-spa-layout create none and need none, so there is no default policy.
 */
export const TRUSTED_TYPES_POLICY = "require-trusted-types-for 'script'; trusted-types lit-html hn-elements dompurify";

/** Files whose name carries a hash of their content: cached for a year and never revalidated. */
export const IMMUTABLE = /^\/assets\//;

/**
 * Types the build precompresses (brotli and gzip) and the preview negotiates. Source maps are left
 * out: only developer tools fetch them, and compressing them at the best levels took 4 s of the build.
 */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt)$/;

export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
});

/** Origins (besides the page's own) that a list of URLs points at, as CSP sources. */
function foreignOrigins(urls, pageOrigin = 'https://page.invalid') {
  const origins = new Set();
  for (const url of urls) {
    const { origin } = new URL(url, pageOrigin);
    if (origin !== pageOrigin) origins.add(origin);
  }
  return [...origins].sort();
}

/**
 * The page's Content-Security-Policy, from what the page uses: modules from 'self' and from the
 * origins its files are loaded from (a CDN), the inline import map by its hash (the only inline script),
 * FHIR requests to 'self' and the sources' origins, Trusted Types enforced.
 * `frameAncestors` only in a header: browsers ignore (and warn about) it in a meta tag.
 * @param {{ scriptHashes: string[], assetUrls: string[], fhirBases: string[], frameAncestors?: boolean }} page
 */
export function contentSecurityPolicy({ scriptHashes, assetUrls, fhirBases, frameAncestors = false }) {
  const directives = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...foreignOrigins(assetUrls), ...scriptHashes.map((hash) => `'${hash}'`)],
    // Lit's styles are constructable stylesheets; the page's own is a file.
    ['style-src', "'self'", ...foreignOrigins(assetUrls)],
    ['font-src', "'self'", ...foreignOrigins(assetUrls)],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['connect-src', "'self'", ...foreignOrigins(fhirBases)],
    // A PDF is shown in the browser's viewer: an iframe of a blob: URL.
    ['frame-src', 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ...(frameAncestors ? [['frame-ancestors', "'none'"]] : []),
  ];
  return [...directives.map((parts) => parts.join(' ')), TRUSTED_TYPES_POLICY].join('; ');
}

/**
 * The headers a file of the build is served with (besides Content-Type, -Length and -Encoding).
 * @param {string} path  URL path of the file, e.g. `/assets/shell-1a2b3c.js` or `/index.html`
 * @param {{ csp?: string }} [page]  the page's policy, sent with index.html
 */
export function headersFor(path, { csp } = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'X-Content-Type-Options': 'nosniff' };
  if (COMPRESSIBLE.test(path)) headers.Vary = 'Accept-Encoding';
  if (IMMUTABLE.test(path)) {
    headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    // Modules load with CORS when the import map points at another origin (a CDN).
    headers['Access-Control-Allow-Origin'] = '*';
  } else {
    headers['Cache-Control'] = 'no-cache';
  }
  if (path.endsWith('.html')) {
    if (csp) headers['Content-Security-Policy'] = csp;
    headers['Referrer-Policy'] = 'strict-origin-when-cross-origin';
    headers['X-Frame-Options'] = 'DENY';
  }
  return headers;
}
