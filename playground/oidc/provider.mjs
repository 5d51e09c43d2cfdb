// A real OpenID Connect provider (the `oidc-provider` package) standing in for Helsenorge's, for the
// playground and the hand-off end-to-end test. Nothing in packages/ imports this.
//
//   GET  /.well-known/openid-configuration, /auth, /request (PAR), /token, /jwks, /me   oidc-provider
//   GET  /interaction/:uid      no login screen: the simulated Helsenorge session completes login and
//                               consent at once (the citizen is "already logged in")
//   POST /handoff/tickets       the portal asks for an opaque, single-use launch id (SMART App Launch)
//   POST /handoff/session       the portal tells "Helsenorge" whom the citizen acts for now (plain deep links)
//
// The protocol and its threat model: docs/security.md. Playground only: keys, cookie keys and the
// client secret are made up at start, everything lives in memory, and the citizen is simulated.
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';

/** Scope that carries Helsenorge's own claims: `pid` and `represented_person`. */
export const HELSENORGE_SCOPE = 'helsenorge';
/** How long a launch id may wait for its authorization request. */
export const TICKET_TTL_MS = 2 * 60 * 1000;

const LAUNCH_ID = /^[A-Za-z0-9_-]{32,64}$/;
const MAX_BODY = 8 * 1024;

/**
 * @typedef {object} Person
 * @property {string} id            the provider's subject (`sub`), e.g. "kari"
 * @property {string} reference     FHIR reference, e.g. "Patient/kari"
 * @property {string} name          e.g. "Kari Nordmann"
 * @property {string} pid           synthetic national identity number (never a real one)
 *
 * @typedef {object} RepresentationRight
 * @property {Person} person
 * @property {'parent' | 'power-of-attorney' | 'guardian'} relation
 *
 * @typedef {object} RegisteredClient
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string[]} redirectUris
 * @property {string} [name]
 *
 * @typedef {object} HandoffContext  what one hand-off carries into the ID token
 * @property {RepresentationRight | null} representation
 * @property {string} [target]       the deep link the launch id was issued for
 * @property {string} [sourceId]
 */

/**
 * Starts the provider on its own port.
 * @param {object} options
 * @param {Person} options.citizen                       the (simulated) logged-in citizen
 * @param {RepresentationRight[]} options.representations whom the citizen may act for (Helsenorge's register)
 * @param {RegisteredClient[]} options.clients           the pre-registered vendor apps
 * @param {string[]} options.portalOrigins               origins allowed to call /handoff/* from the browser
 * @param {string} [options.host]
 * @param {number} [options.port]                        0 = any free port
 * @param {(line: string) => void} [options.log]         receives one line per event; never tokens or codes
 */
export async function startOidcProvider({ citizen, representations, clients, portalOrigins, host = '127.0.0.1', port = 5174, log = () => {} }) {
  /** @type {Map<string, HandoffContext & { clientOrigins: string[], expires: number }>} */
  const tickets = new Map();
  /** @type {Map<string, HandoffContext>} grant id -> the hand-off that created it */
  const grantContexts = new Map();
  /** The simulated Helsenorge session's current choice, for deep links without a launch id. */
  let currentRepresentation = /** @type {RepresentationRight | null} */ (null);

  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const issuer = `http://${host}:${address.port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  const policy = interactionPolicy.base();
  // Every authorization request passes through the (invisible) interaction once, so each hand-off
  // gets its own grant and its own representation; an earlier hand-off's grant is never reused.
  policy.get('consent').checks.add(
    new interactionPolicy.Check('handoff_context', 'each hand-off records whom the citizen acts for', (ctx) =>
      ctx.oidc.result?.consent?.grantId ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
    ),
  );

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name,
      redirect_uris: c.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: false },
    },
    extraParams: ['launch'],
    scopes: ['openid', 'launch'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      [HELSENORGE_SCOPE]: ['pid', 'represented_person'],
    },
    // The ID token itself names the citizen and the represented person (not only /me).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    clientBasedCORS: () => false,
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: 60, PushedAuthorizationRequest: 60, Interaction: 300, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount: async (_ctx, id, token) => {
      if (id !== citizen.id) return undefined;
      const context = token?.grantId ? grantContexts.get(token.grantId) : undefined;
      return {
        accountId: id,
        claims: async () => {
          const [given, ...family] = citizen.name.split(' ');
          const represented = context?.representation;
          return {
            sub: id,
            name: citizen.name,
            given_name: given,
            family_name: family.join(' '),
            pid: citizen.pid,
            ...(represented
              ? { represented_person: { sub: represented.person.id, pid: represented.person.pid, name: represented.person.name, relation: represented.relation } }
              : {}),
          };
        },
      };
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Innloggingen stoppet', `<p>Overgangen kunne ikke fullføres.</p><p><code>${escapeHtml(String(out.error ?? 'error'))}</code>: ${escapeHtml(String(out.error_description ?? ''))}</p>`);
    },
  });
  provider.on('server_error', (_ctx, error) => log(`oidc server_error: ${error.message}`));
  provider.on('authorization.error', (_ctx, error) => log(`oidc authorization.error: ${error.message}`));
  provider.on('grant.error', (_ctx, error) => log(`oidc grant.error: ${error.message}`));

  const oidc = provider.callback();
  const clientOrigins = new Map(clients.map((c) => [c.clientId, c.redirectUris.map((u) => new URL(u).origin)]));
  const registeredOrigins = new Set([...clientOrigins.values()].flat());

  /** The right the citizen holds for this person, from the register (never from the request). */
  function rightFor(reference) {
    if (reference === undefined || reference === null || reference === '' || reference === citizen.reference) return null;
    const right = representations.find((r) => r.person.reference === reference);
    if (!right) throw new HttpError(403, 'The citizen may not act for this person');
    return right;
  }

  function sweepTickets() {
    const now = Date.now();
    for (const [id, ticket] of tickets) if (ticket.expires < now) tickets.delete(id);
  }

  async function handleTickets(req, res) {
    const body = await readJson(req);
    const target = typeof body.target === 'string' ? body.target : '';
    let targetOrigin;
    try {
      targetOrigin = new URL(target).origin;
    } catch {
      throw new HttpError(400, 'target must be an absolute URL');
    }
    // A launch id is only issued for a registered app, and only that app can redeem it.
    if (!registeredOrigins.has(targetOrigin)) throw new HttpError(400, 'target is not a registered app');
    const representation = rightFor(body.onBehalfOf);
    sweepTickets();
    const id = randomBytes(32).toString('base64url');
    tickets.set(id, {
      representation,
      target,
      sourceId: typeof body.sourceId === 'string' ? body.sourceId : undefined,
      clientOrigins: [targetOrigin],
      expires: Date.now() + TICKET_TTL_MS,
    });
    log(`hand-off ticket issued for ${targetOrigin}${representation ? ` (on behalf of ${representation.person.id})` : ''}`);
    sendJson(res, 201, { launch: id, expiresIn: TICKET_TTL_MS / 1000 });
  }

  async function handleSession(req, res) {
    const body = await readJson(req);
    currentRepresentation = rightFor(body.onBehalfOf);
    log(`session: acting ${currentRepresentation ? `on behalf of ${currentRepresentation.person.id}` : 'for herself'}`);
    res.writeHead(204).end();
  }

  /** Takes a launch id out of the store (single use) when it belongs to this client. */
  function redeem(launch, clientId) {
    if (typeof launch !== 'string' || !LAUNCH_ID.test(launch)) return undefined;
    const ticket = tickets.get(launch);
    tickets.delete(launch);
    if (!ticket || ticket.expires < Date.now()) return undefined;
    const origins = clientOrigins.get(clientId) ?? [];
    if (!ticket.clientOrigins.some((o) => origins.includes(o))) return undefined;
    return ticket;
  }

  async function handleInteraction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { params } = details;
    const clientId = String(params.client_id);
    /** @type {HandoffContext} */
    let context;
    if (params.launch !== undefined) {
      const ticket = redeem(params.launch, clientId);
      if (!ticket) {
        log('interaction: launch id unknown, used, expired or for another app');
        await provider.interactionFinished(req, res, { error: 'invalid_request', error_description: 'launch is unknown, used or expired' }, { mergeWithLastSubmission: false });
        return;
      }
      context = { representation: ticket.representation, target: ticket.target, sourceId: ticket.sourceId };
    } else {
      context = { representation: currentRepresentation };
    }
    // Helsenorge's session: the citizen is already logged in, so login completes without a screen.
    // Consent for the pre-registered app is given by registration: a new grant per hand-off.
    const grant = new provider.Grant({ accountId: citizen.id, clientId });
    grant.addOIDCScope(String(params.scope ?? 'openid'));
    const grantId = await grant.save();
    grantContexts.set(grantId, context);
    log(`interaction: ${citizen.id} → ${clientId}${context.representation ? ` on behalf of ${context.representation.person.id}` : ''}`);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: citizen.id, amr: ['simulated'], remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  function cors(req, res) {
    const origin = req.headers.origin;
    if (origin && portalOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      return true;
    }
    return false;
  }

  server.on('request', (req, res) => {
    // No page of the provider may be framed (clickjacking), and it sends no Referer onwards.
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('Referrer-Policy', 'no-referrer');
    const url = new URL(req.url ?? '/', issuer);
    const route = async () => {
      if (url.pathname.startsWith('/handoff/')) {
        const allowed = cors(req, res);
        if (req.method === 'OPTIONS') return void res.writeHead(allowed ? 204 : 403).end();
        if (req.headers.origin && !allowed) throw new HttpError(403, 'origin not allowed');
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        if (url.pathname === '/handoff/tickets') return handleTickets(req, res);
        if (url.pathname === '/handoff/session') return handleSession(req, res);
        throw new HttpError(404, 'not found');
      }
      if (url.pathname.startsWith('/interaction/') && req.method === 'GET') return handleInteraction(req, res);
      if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end(page('Helsenorge (demo) – OpenID Connect', `<p>Utsteder: <code>${escapeHtml(issuer)}</code></p><p><a href="/.well-known/openid-configuration">Discovery</a></p>`));
      }
      return oidc(req, res);
    };
    route().catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log(`provider error: ${error?.message ?? error}`);
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'server_error' : error.message });
      else res.end();
    });
  });

  return {
    issuer,
    url: issuer,
    provider,
    /** For tests: how many launch ids wait to be redeemed. */
    get pendingTickets() {
      sweepTickets();
      return tickets.size;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

class HttpError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {import('node:http').IncomingMessage} req */
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'body too large');
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value;
  } catch {
    throw new HttpError(400, 'body must be a JSON object');
  }
}

function sendJson(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function page(title, body) {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
