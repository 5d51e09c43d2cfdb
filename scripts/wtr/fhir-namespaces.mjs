// One FHIR namespace per browser test file, so web-test-runner can run files side by side.
//
// web-test-runner opens every test file in its own page at `/?wtr-session-id=<id>` (a .html test
// file at its own path with that parameter), and @web/test-runner-playwright gives every page its
// own browser context, so its own cookie jar. When that page is served, the middleware below sets
// a cookie with the session id; every later same-origin request from that page (fetch, iframes,
// workers, blob: documents, pages with referrerpolicy=no-referrer) carries it, and the FHIR server
// keeps one copy of the data and the modes per id (dev/fhir-server: `namespaces`). A request
// without the cookie (a fetch with `credentials: 'omit'`) falls back to the session id in its
// Referer; one without either uses the default namespace and is counted, and the run says so at
// the end. The reporter drops a file's namespace as soon as its session has finished.

/** Query parameter web-test-runner puts on every test page. */
export const SESSION_PARAM = 'wtr-session-id';
/** The cookie that names the page's namespace. */
export const NAMESPACE_COOKIE = 'hn-fhir-namespace';

const SESSION_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * @param {string | undefined} header  a Cookie header
 * @returns {string | undefined}
 */
function cookieValue(header) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== NAMESPACE_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (SESSION_ID.test(value)) return value;
  }
  return undefined;
}

/**
 * @param {string | undefined} referer
 * @returns {string | undefined}
 */
function sessionFromReferer(referer) {
  if (!referer) return undefined;
  try {
    const id = new URL(referer).searchParams.get(SESSION_PARAM) ?? undefined;
    return id && SESSION_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The namespace a request belongs to: the page's cookie, else the session id in the Referer.
 * @param {import('node:http').IncomingMessage} req
 * @returns {string | undefined}
 */
export function namespaceOfRequest(req) {
  const cookie = req.headers.cookie;
  return cookieValue(Array.isArray(cookie) ? cookie.join(';') : cookie) ?? sessionFromReferer(firstOf(req.headers.referer));
}

/** @param {string | string[] | undefined} value */
function firstOf(value) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Koa middleware: when a test page is served, gives its browser context the namespace cookie.
 * Put it before the FHIR middleware.
 * @returns {(ctx: import('koa').Context, next: () => Promise<unknown>) => Promise<unknown>}
 */
export function namespaceCookieMiddleware() {
  return (ctx, next) => {
    const id = ctx.method === 'GET' ? ctx.URL.searchParams.get(SESSION_PARAM) : null;
    // Only the page itself (the HTML document), not the scripts it loads with the same parameter.
    const isPage = ctx.path === '/' || ctx.path.endsWith('.html');
    if (id && isPage && SESSION_ID.test(id)) {
      ctx.append('Set-Cookie', `${NAMESPACE_COOKIE}=${id}; Path=/; SameSite=Strict`);
    }
    return next();
  };
}

/**
 * @typedef {import('@hn-elements/dev-fhir-server').FhirServer} FhirServer
 */

/**
 * Reporter: drops a test file's namespace once its session has finished, and says at the end how
 * many namespaces were made, the most at once, and whether any FHIR request had no namespace
 * (which would mean a test file was not isolated).
 * @param {Pick<FhirServer, 'dropNamespace' | 'namespaceStats'>} fhir
 * @returns {import('@web/test-runner').Reporter}
 */
export function namespaceReporter(fhir) {
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'FINISHED') fhir.dropNamespace(session.id);
      });
    },
    onTestRunFinished() {
      const stats = fhir.namespaceStats();
      const unkeyed = stats.unkeyed ? `; ${stats.unkeyed} FHIR request(s) had no namespace and used the shared one` : '';
      process.stdout.write(`\nfhir namespaces: ${stats.created} made, at most ${stats.peak} at once, ${stats.evicted} evicted${unkeyed}\n`);
    },
  };
}
