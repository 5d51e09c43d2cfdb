// A second demo vendor app: a SMART App Launch 2.x app that runs in the browser, built on the
// standard SMART client `fhirclient` (its browser build, unchanged, used as its docs say). It is a
// public client: PKCE, no secret, the standard query response. Nothing in packages/ imports this.
//
//   GET /tasks/:taskId?iss=…&launch=…   the launch page (the deep link): checks `iss` against the FHIR
//                                       servers this app trusts, then FHIR.oauth2.authorize(...)
//   GET /app                            the redirect page: FHIR.oauth2.ready(), then reads the
//                                       patient, the user (fhirUser) and the task (fhirContext)
//   GET /fhir-client.js, /launch.js, /app.js   the scripts (no inline script; strict CSP)
//
// The server holds no token: fhirclient exchanges the code in the browser and keeps its state in
// sessionStorage, as it does. The server logs no URL (the code and launch id are in them).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '../oidc/http.mjs';

const HERE = new URL('.', import.meta.url);
const FILES = {
  '/fhir-client.js': fileURLToPath(new URL('../../node_modules/fhirclient/build/fhir-client.min.js', HERE)),
  '/launch.js': fileURLToPath(new URL('launch.js', HERE)),
  '/app.js': fileURLToPath(new URL('app.js', HERE)),
};
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** What the app asks for: SMART v2 read scopes for the three resource types it shows. */
export const SMART_APP_SCOPE = 'launch openid fhirUser patient/Patient.rs patient/RelatedPerson.rs patient/Task.rs';

/**
 * @param {object} options
 * @param {string} options.clientId
 * @param {string[]} options.trustedIssuers          FHIR bases (SMART `iss`) this app accepts
 * @param {() => string[]} options.connectOrigins    origins the page may fetch from (FHIR servers, the token endpoint)
 * @param {string} [options.host]
 * @param {number} [options.port]                    0 = any free port
 * @param {(line: string) => void} [options.log]
 */
export async function startSmartApp({ clientId, trustedIssuers, connectOrigins, host = '127.0.0.1', port = 0, log = () => {} }) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${address.port}`;
  const redirectUri = `${origin}/app`;
  const trusted = new Set(trustedIssuers.map((i) => i.replace(/\/+$/, '')));

  server.on('request', (req, res) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self'; connect-src 'self' ${connectOrigins().join(' ')}; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'`,
    );
    // The launch page's URL holds the launch id, the app page's the code: no Referer anywhere.
    res.setHeader('Referrer-Policy', 'no-referrer');
    const url = new URL(req.url ?? '/', origin);
    const route = async () => {
      if (req.method !== 'GET') return sendPage(res, 405, 'Ikke tillatt', '');
      const file = FILES[/** @type {keyof typeof FILES} */ (url.pathname)];
      if (file) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
        return void res.end(await readFile(file));
      }
      const task = /^\/tasks\/([^/]+)$/.exec(url.pathname);
      if (task) {
        const taskId = decodeURIComponent(task[1] ?? '');
        const iss = url.searchParams.get('iss');
        if (!TASK_ID.test(taskId)) return sendPage(res, 404, 'Fant ikke oppgaven', '<p>Lenken peker ikke på en oppgave.</p>');
        if (!iss || !url.searchParams.get('launch')) {
          return sendPage(res, 400, 'Start fra Helsenorge', '<p data-testid="error">Denne appen startes fra Helsenorge. Lenken mangler <code>iss</code> eller <code>launch</code>.</p>');
        }
        // Only FHIR servers this app knows: no token request to a stranger (mix-up).
        if (!trusted.has(iss.replace(/\/+$/, ''))) {
          log('smart app: refused a launch from an unknown iss');
          return sendPage(res, 400, 'Ukjent avsender', '<p data-testid="error">Denne appen kjenner ikke FHIR-tjeneren lenken kom fra, og stoppet.</p>');
        }
        log(`smart app: launch for task ${taskId}`);
        return sendPage(
          res,
          200,
          'Kobler til Helsenorge …',
          `<p data-testid="status">Henter tilgang fra Helsenorge. Du trenger ikke logge inn på nytt.</p>
          <script src="/fhir-client.js"></script>
          <script src="/launch.js" data-client-id="${escapeHtml(clientId)}" data-scope="${escapeHtml(SMART_APP_SCOPE)}"></script>`,
        );
      }
      if (url.pathname === '/app') {
        return sendPage(
          res,
          200,
          'Skjema (SMART-app, demo)',
          `<div id="app" aria-live="polite"><p data-testid="status">Henter opplysninger …</p></div>
          <script src="/fhir-client.js"></script>
          <script src="/app.js"></script>`,
        );
      }
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      if (url.pathname === '/') return sendPage(res, 200, 'Skjema (SMART-app, demo)', '<p>Denne demo-appen startes fra Helsenorge med SMART App Launch.</p>');
      sendPage(res, 404, 'Fant ikke siden', '');
    };
    route().catch((error) => {
      log(`smart app error: ${error?.message ?? error}`);
      if (!res.headersSent) sendPage(res, 500, 'Noe gikk galt', '');
      else res.end();
    });
  });

  return {
    origin,
    redirectUri,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

function sendPage(res, status, title, body) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #1d1d1d; background: #fafafa; }
  header { background: #3b1f5c; color: #fff; padding: 1rem; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
  .banner { border: 2px solid #3b1f5c; border-radius: 4px; padding: 0.5rem 1rem; background: #fff; }
  .muted { color: #555; }
</style>
</head>
<body>
<header><p>Skjema – SMART-app (demo)</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`);
}
