// A demo vendor app ("Helse Bergen – Timebestilling") that receives seamless hand-offs. Plain
// node:http plus openid-client v6. Nothing in packages/ imports this.
//
//   GET  /tasks/:taskId[?iss=…&launch=…]   the pre-registered deep link. ALWAYS starts a new
//                                          authorization-code flow (PAR + PKCE S256 + state + nonce,
//                                          response_mode=form_post) against the provider, even when
//                                          the browser already has a session here: each hand-off
//                                          brings its own identity and representation.
//   POST /callback                         the form_post: code exchange, ID token validation
//   GET  /tasks/:taskId/open               the task, with who arrived and on whose behalf. When this
//                                          app's session has expired, a new code flow (no launch id)
//                                          may only CONFIRM the person the launch was for; if
//                                          Helsenorge now says someone else, the app stops and says
//                                          so — it never switches person silently.
//
// Tokens stay in this process: none goes to the browser, into a URL, a log or a cookie. The browser
// gets only opaque, HttpOnly cookie ids. The protocol: docs/security.md.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { cookie, escapeHtml, parseCookies } from '../oidc/http.mjs';

const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const LAUNCH_ID = /^[A-Za-z0-9_-]{16,256}$/;
const TX_TTL_MS = 5 * 60 * 1000;
/** How long this app's own session lasts before it asks Helsenorge again. */
export const VENDOR_SESSION_TTL_MS = 30 * 60 * 1000;
/** How long after that the app remembers whom the launch was for (to refuse a silent switch). */
const LAUNCH_MEMORY_MS = 12 * 60 * 60 * 1000;
const MAX_BODY = 64 * 1024;

const RELATION = {
  nb: { parent: 'forelder', 'power-of-attorney': 'fullmektig', guardian: 'verge' },
};

/**
 * @param {object} options
 * @param {string} options.issuer           the OpenID provider (Helsenorge in the playground)
 * @param {string} options.clientId
 * @param {string} options.clientSecret
 * @param {string[]} [options.trustedIssuers] SMART `iss` values (FHIR bases) this app accepts; others are refused
 * @param {string} [options.host]
 * @param {number} [options.port]           0 = any free port
 * @param {() => number} [options.now]      the clock (tests move it instead of waiting)
 * @param {number} [options.sessionTtlMs]   how long this app's session lasts
 * @param {(line: string) => void} [options.log]  one line per event; never tokens, codes or launch ids
 */
export async function startVendorApp({ issuer, clientId, clientSecret, trustedIssuers = [], host = '127.0.0.1', port = 5175, now = Date.now, sessionTtlMs = VENDOR_SESSION_TTL_MS, log = () => {} }) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${address.port}`;
  const redirectUri = `${origin}/callback`;

  /** @type {Promise<oidc.Configuration> | undefined} */
  let configuration;
  function config() {
    configuration ??= oidc
      .discovery(new URL(issuer), clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
        // The playground runs on http://127.0.0.1; a real vendor talks https only.
        execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
      })
      .catch((error) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  }

  /** Pending authorization requests, by state. Each is bound to the browser by a cookie. */
  const transactions = new Map();
  /** Sessions of this app, by an opaque id in an HttpOnly cookie. Only claims, never tokens. */
  const sessions = new Map();

  function sweep() {
    const t = now();
    for (const [state, tx] of transactions) if (tx.expires < t) transactions.delete(state);
    for (const [sid, session] of sessions) if (session.remembered < t) sessions.delete(sid);
  }

  /**
   * Starts a code flow. `expect` (a reload after this app's session expired) holds whom the
   * launch was for: the answer may only confirm it.
   */
  async function startFlow(req, res, taskId, url, expect) {
    const iss = expect ? null : url.searchParams.get('iss');
    const launch = expect ? null : url.searchParams.get('launch');
    if ((iss === null) !== (launch === null)) return sendPage(res, 400, 'Ugyldig lenke', '<p>Lenken manglar <code>iss</code> eller <code>launch</code>.</p>');
    // SMART App Launch: the app only talks to FHIR servers it knows (no mix-up, no token to a stranger).
    if (iss !== null && !trustedIssuers.includes(iss.replace(/\/$/, ''))) {
      log(`vendor: refused launch from an unknown iss`);
      return sendPage(res, 400, 'Ukjent avsender', '<p>Denne appen kjenner ikke FHIR-tjeneren lenken kom fra, og stoppet overgangen.</p>');
    }
    if (launch !== null && !LAUNCH_ID.test(launch)) return sendPage(res, 400, 'Ugyldig lenke', '<p>Lenken har en ugyldig <code>launch</code>.</p>');
    sweep();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const binding = randomBytes(24).toString('base64url');
    /** @type {Record<string, string>} */
    const parameters = {
      redirect_uri: redirectUri,
      // SMART launch: `launch` + `aud` (the FHIR base it came from); the token response then names the
      // patient and the task (fhirContext). Helsenorge's own claims (helsenorge scope) name the relation.
      scope: launch ? 'openid profile fhirUser helsenorge launch' : 'openid profile helsenorge',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      response_mode: 'form_post',
      ...(launch && iss ? { launch, aud: iss.replace(/\/$/, '') } : {}),
    };
    // PAR: the request goes server to server; the browser only carries an opaque request_uri.
    const authorizationUrl = await oidc.buildAuthorizationUrlWithPAR(await config(), parameters);
    transactions.set(state, { codeVerifier, nonce, taskId, binding, smart: launch !== null, expect, expires: now() + TX_TTL_MS });
    log(`vendor: ${expect ? `session expired at task ${taskId}: asking Helsenorge again` : `hand-off to task ${taskId}`} → authorization request (PAR, PKCE${launch ? ', SMART launch' : ''})`);
    res.writeHead(303, {
      Location: authorizationUrl.href,
      // Bound to this browser; sent back only to /callback. SameSite=Lax works here because provider
      // and app share the site 127.0.0.1; across sites a form_post needs SameSite=None; Secure.
      'Set-Cookie': cookie(`vendor_tx_${state.slice(0, 16)}`, binding, { path: '/callback', maxAge: TX_TTL_MS / 1000 }),
      'Cache-Control': 'no-store',
    });
    res.end();
  }

  async function callback(req, res) {
    const body = await readBody(req);
    const form = new URLSearchParams(body);
    const state = form.get('state') ?? '';
    const tx = transactions.get(state);
    const cookies = parseCookies(req.headers.cookie);
    const cookieName = `vendor_tx_${state.slice(0, 16)}`;
    if (!tx || tx.expires < now() || cookies[cookieName] !== tx.binding) {
      log('vendor: callback with unknown state or from another browser: refused');
      return sendPage(res, 400, 'Overgangen stoppet', '<p>Svaret hørte ikke til en innlogging som startet i denne nettleseren. Gå tilbake og prøv igjen.</p>');
    }
    transactions.delete(state); // single use
    const clear = cookie(cookieName, '', { path: '/callback', maxAge: 0 });
    if (form.has('error')) {
      const error = form.get('error') ?? '';
      const description = form.get('error_description') ?? '';
      log(`vendor: provider answered ${error}`);
      return sendPage(
        res,
        400,
        'Overgangen stoppet',
        `<p>Helsenorge avviste overgangen. <span data-testid="error-explanation">${escapeHtml(explain(error, description))}</span></p>
        <p>Gå tilbake til Helsenorge og åpne oppgaven derfra på nytt.</p>
        <p class="muted">Grunn fra Helsenorge: <code data-testid="error-reason">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</code></p>`,
        { 'Set-Cookie': clear },
      );
    }
    const request = new Request(redirectUri, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    let claims;
    let tokens;
    try {
      tokens = await oidc.authorizationCodeGrant(await config(), request, {
        pkceCodeVerifier: tx.codeVerifier,
        expectedState: state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // The access token would be used here, server side, to call the FHIR API; it is not kept.
    } catch (error) {
      log(`vendor: code exchange or ID token check failed: ${error?.code ?? error?.name ?? 'error'}`);
      return sendPage(res, 400, 'Overgangen stoppet', '<p>Vi kunne ikke bekrefte hvem du er. Gå tilbake og prøv igjen.</p>', { 'Set-Cookie': clear });
    }
    if (!claims) return sendPage(res, 400, 'Overgangen stoppet', '<p>Mangler ID-token.</p>', { 'Set-Cookie': clear });
    const represented = representedFrom(claims.represented_person);
    // SMART launch: the launch id was for one task; it is refused on any other.
    if (tx.smart) {
      const tasks = (Array.isArray(tokens.fhirContext) ? tokens.fhirContext : []).map((c) => c?.identifier?.value).filter((v) => typeof v === 'string');
      if (!tasks.includes(tx.taskId)) {
        log(`vendor: launch was for another task than ${tx.taskId}: refused`);
        return sendPage(
          res,
          400,
          'Overgangen stoppet',
          `<p>Helsenorge avviste overgangen. <span data-testid="error-explanation">Lenken fra Helsenorge gjaldt en annen oppgave enn denne, så vi åpnet den ikke.</span></p><p>Gå tilbake til Helsenorge og åpne oppgaven derfra på nytt.</p>`,
          { 'Set-Cookie': clear },
        );
      }
    }
    const oldSid = parseCookies(req.headers.cookie).vendor_sid;
    // After this app's session expired: the launch's representation is fixed. Helsenorge may only confirm it.
    if (tx.expect && (tx.expect.sub !== String(claims.sub) || tx.expect.representedSub !== (represented?.sub ?? null))) {
      if (oldSid) sessions.delete(oldSid);
      log(`vendor: after the session expired, Helsenorge named another person than the launch: stopped`);
      return sendPage(
        res,
        409,
        'Du opptrer nå for en annen person',
        `<p data-testid="switch-stop">Økten din her er utløpt. Da du kom hit, opptrådte du ${tx.expect.representedName ? `på vegne av <strong>${escapeHtml(tx.expect.representedName)}</strong>` : 'for deg selv'}. I Helsenorge har du siden valgt noe annet, så vi fortsetter ikke med oppgaven.</p>
        <p>Gå tilbake til Helsenorge, velg hvem du opptrer for, og åpne oppgaven på nytt.</p>`,
        { 'Set-Cookie': [clear, cookie('vendor_sid', '', { path: '/', maxAge: 0 })] },
      );
    }
    if (oldSid) sessions.delete(oldSid);
    const sid = randomBytes(32).toString('base64url');
    sessions.set(sid, {
      citizen: { sub: String(claims.sub), name: typeof claims.name === 'string' ? claims.name : String(claims.sub) },
      represented,
      taskId: tx.taskId,
      smart: tx.smart,
      arrivedAt: new Date(now()),
      expires: now() + sessionTtlMs,
      remembered: now() + sessionTtlMs + LAUNCH_MEMORY_MS,
    });
    log(`vendor: ${claims.sub} arrived at task ${tx.taskId}${represented ? ` on behalf of ${represented.sub}` : ''}`);
    res.writeHead(303, {
      Location: `/tasks/${encodeURIComponent(tx.taskId)}/open`,
      'Set-Cookie': [clear, cookie('vendor_sid', sid, { path: '/', maxAge: (sessionTtlMs + LAUNCH_MEMORY_MS) / 1000 })],
      'Cache-Control': 'no-store',
    });
    res.end();
  }

  function openTask(req, res, taskId, url) {
    const session = sessions.get(parseCookies(req.headers.cookie).vendor_sid ?? '');
    if (session && session.taskId === taskId && session.expires <= now()) {
      // Expired: ask Helsenorge again, but only to confirm the same citizen and representation.
      return startFlow(req, res, taskId, url, { sub: session.citizen.sub, representedSub: session.represented?.sub ?? null, representedName: session.represented?.name });
    }
    if (!session || session.taskId !== taskId) {
      res.writeHead(303, { Location: `/tasks/${encodeURIComponent(taskId)}`, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    const onBehalf = session.represented
      ? `<p data-testid="on-behalf-of">På vegne av <strong>${escapeHtml(session.represented.name)}</strong> (du er ${escapeHtml(RELATION.nb[session.represented.relation] ?? session.represented.relation)})</p>`
      : '<p data-testid="on-behalf-of">For deg selv</p>';
    sendPage(
      res,
      200,
      'Helse Bergen – Timebestilling (demo)',
      `<p class="who" data-testid="citizen">Du er logget inn som <strong>${escapeHtml(session.citizen.name)}</strong>, uten ny innlogging.</p>
      ${onBehalf}
      <h2>Oppgaven din</h2>
      <p>Oppgave: <code data-testid="task">${escapeHtml(session.taskId)}</code></p>
      <p class="muted">Kom hit fra Helsenorge ${escapeHtml(session.arrivedAt.toISOString())}${session.smart ? ' (SMART App Launch)' : ''}.</p>`,
    );
  }

  server.on('request', (req, res) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    // The deep link may carry a launch id: it goes to no one else as a Referer.
    res.setHeader('Referrer-Policy', 'no-referrer');
    const url = new URL(req.url ?? '/', origin);
    const task = /^\/tasks\/([^/]+)(\/open)?$/.exec(url.pathname);
    const route = async () => {
      if (task) {
        const taskId = decodeURIComponent(task[1] ?? '');
        if (!TASK_ID.test(taskId)) return sendPage(res, 404, 'Fant ikke oppgaven', '<p>Lenken peker ikke på en oppgave.</p>');
        if (req.method !== 'GET') return sendPage(res, 405, 'Ikke tillatt', '');
        return task[2] ? openTask(req, res, taskId, url) : startFlow(req, res, taskId, url);
      }
      if (url.pathname === '/callback' && req.method === 'POST') return callback(req, res);
      if (url.pathname === '/' && req.method === 'GET') {
        return sendPage(res, 200, 'Helse Bergen – Timebestilling (demo)', '<p>Denne demo-appen tar imot sømløse overganger fra Helsenorge. Åpne en oppgave fra Helsenorge.</p>');
      }
      sendPage(res, 404, 'Fant ikke siden', '');
    };
    route().catch((error) => {
      log(`vendor error: ${error?.message ?? error}`);
      if (!res.headersSent) sendPage(res, 502, 'Noe gikk galt', '<p>Vi fikk ikke kontakt med innloggingen. Prøv igjen senere.</p>');
      else res.end();
    });
  });

  return {
    url: origin,
    origin,
    redirectUri,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

/** A plain-language explanation of the provider's refusal. */
function explain(error, description) {
  if (error === 'login_required') return 'Du er ikke logget inn på Helsenorge i denne nettleseren.';
  if (/another Helsenorge session/.test(description)) return 'Lenken ble laget for en annen innlogging på Helsenorge (en annen person eller en annen økt), så den kan ikke brukes her.';
  if (/another app/.test(description)) return 'Lenken ble laget for en annen tjeneste enn denne.';
  if (/another FHIR server/.test(description)) return 'Lenken ble laget for en annen kilde enn den den kom fra.';
  if (/already been used|unknown/.test(description)) return 'Lenken er allerede brukt. En lenke fra Helsenorge virker bare én gang.';
  if (/expired/.test(description)) return 'Lenken er for gammel. En lenke fra Helsenorge virker bare en kort stund.';
  if (error === 'invalid_scope') return 'Tjenesten ba om tilganger Helsenorge ikke gir.';
  return 'Vi fikk ikke bekreftet hvem du er.';
}

function representedFrom(value) {
  if (!value || typeof value !== 'object') return undefined;
  const { sub, name, relation } = /** @type {Record<string, unknown>} */ (value);
  if (typeof name !== 'string' || typeof relation !== 'string') return undefined;
  return { sub: typeof sub === 'string' ? sub : '', name, relation };
}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}




function sendPage(res, status, title, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #1d1d1d; background: #fafafa; }
  header { background: #00483b; color: #fff; padding: 1rem; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
  .who { font-size: 1.15rem; }
  .muted { color: #555; }
</style>
</head>
<body>
<header><p>Helse Bergen – demo-app for timebestilling</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`);
}
