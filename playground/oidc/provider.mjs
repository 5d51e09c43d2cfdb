// A real OpenID Connect provider (the `oidc-provider` package) standing in for Helsenorge's, for the
// playground and the hand-off end-to-end tests. Nothing in packages/ imports this.
//
//   GET  /.well-known/openid-configuration, /auth, /request (PAR), /token, /jwks, /me   oidc-provider
//   GET  /.well-known/smart-configuration  SMART App Launch discovery (also at every FHIR base)
//   GET  /interaction/:uid      no login screen: the citizen's (simulated) Helsenorge session
//                               completes login and consent at once
//   POST /handoff/login         the simulated portal login: sets the portal session cookie
//   POST /handoff/tickets       the portal session asks for an opaque, single-use launch id
//   POST /handoff/session       the portal session says whom the citizen acts for now (plain deep links)
//
// The /handoff endpoints need the portal session cookie (and, from a browser, the portal's origin).
// The protocol and its threat model: docs/security.md. Playground only: keys, cookie keys and the
// client secret are made up at start, everything lives in memory, and the citizens are simulated.
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import Provider, { errors, interactionPolicy } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';
import { HttpError, cookie, escapeHtml, page, parseCookies, readJson, sendJson } from './http.mjs';
import { PORTAL_COOKIE, createPortalState } from './portal-sessions.mjs';
import { OIDC_SCOPES, fhirId, fhirUserOf, judgeScopes, patientOf, patientScopes, refusalText, smartConfiguration, tokenContext } from './smart.mjs';

export { TICKET_TTL_MS } from './portal-sessions.mjs';
/** Scope that carries Helsenorge's own claims: `pid` and `represented_person`. */
export const HELSENORGE_SCOPE = 'helsenorge';

/**
 * @typedef {import('./portal-sessions.mjs').Person} Person
 * @typedef {import('./portal-sessions.mjs').Citizen} Citizen
 * @typedef {import('./portal-sessions.mjs').RepresentationRight} RepresentationRight
 * @typedef {import('./smart.mjs').LaunchContext} LaunchContext
 *
 * @typedef {object} RegisteredClient
 * @property {string} clientId
 * @property {string} [clientSecret]      absent: a public client (a browser app; PKCE, no secret)
 * @property {string[]} redirectUris
 * @property {string} [name]
 * @property {string[]} [responseModes]   e.g. ['form_post']: the provider refuses any other
 * @property {boolean} [taskIsFhirTask]   its deep links' task ids are FHIR Task ids (fhirContext by reference)
 *
 * @typedef {object} FhirSource  a FHIR source and the absolute bases it is served at
 * @property {string} id
 * @property {string[]} bases
 */

/**
 * Starts the provider on its own port.
 * @param {object} options
 * @param {Citizen[]} options.citizens             who can log in to the (simulated) portal, and whom each may act for
 * @param {RegisteredClient[]} options.clients     the pre-registered apps
 * @param {string[]} options.portalOrigins         origins allowed to call /handoff/* from the browser
 * @param {FhirSource[]} [options.fhirSources]     the FHIR servers (SMART `aud`) this issuer issues tokens for
 * @param {readonly string[]} [options.resourceTypes]  FHIR resource types those servers hold
 * @param {string} [options.host]
 * @param {number} [options.port]                  0 = any free port
 * @param {() => number} [options.now]             the clock for launch ids and portal sessions
 * @param {number} [options.ticketTtlMs]
 * @param {number} [options.accessTokenTtlS]
 * @param {(line: string) => void} [options.log]   one line per event; never tokens, codes or launch ids
 */
export async function startOidcProvider({
  citizens,
  clients,
  portalOrigins,
  fhirSources = [],
  resourceTypes = ['Patient'],
  host = '127.0.0.1',
  port = 5174,
  now = Date.now,
  ticketTtlMs,
  accessTokenTtlS = 600,
  log = () => {},
}) {
  const portal = createPortalState({ now, ticketTtlMs });
  /** @type {Map<string, LaunchContext>} grant id -> the hand-off that created it */
  const contexts = new Map();
  const citizenById = new Map(citizens.map((c) => [c.person.id, c]));
  const registrations = new Map(clients.map((c) => [c.clientId, c]));
  const clientByOrigin = new Map(clients.flatMap((c) => c.redirectUris.map((u) => [new URL(u).origin, c.clientId])));
  const allBases = fhirSources.flatMap((s) => s.bases);
  const strip = (/** @type {string} */ url) => url.replace(/\/+$/, '');
  const resourceServerScope = patientScopes(resourceTypes).join(' ');

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

  /**
   * Runs in oidc-provider's authorization and PAR endpoints, after the client and redirect_uri are
   * known: every requested scope is granted or the request fails with invalid_scope, naming each
   * refused scope; SMART scopes need `aud` (a FHIR base of this issuer) and `launch` goes with
   * the `launch` scope.
   */
  async function checkSmartRequest(ctx) {
    // A pushed request was checked when it was pushed.
    if (ctx.oidc.entities.PushedAuthorizationRequest) return;
    const raw = ctx.oidc.body?.scope ?? ctx.query?.scope ?? ctx.oidc.params.scope;
    const { oidc, fhir, refused } = judgeScopes(typeof raw === 'string' ? raw : undefined, resourceTypes);
    if (refused.length) throw new errors.InvalidScope(refusalText(refused), refused[0]?.scope);
    const aud = ctx.oidc.params.aud;
    if (aud !== undefined && !allBases.includes(strip(String(aud)))) throw new errors.InvalidRequest('aud is not a FHIR server of this issuer');
    if ((fhir.length || oidc.includes('launch')) && aud === undefined) throw new errors.InvalidRequest('aud (the FHIR base, the launch\'s iss) is required with SMART scopes');
    const hasLaunch = ctx.oidc.params.launch !== undefined;
    if (oidc.includes('launch') && !hasLaunch) throw new errors.InvalidRequest('the launch scope needs the launch parameter given to the app by Helsenorge');
    if (hasLaunch && !oidc.includes('launch')) throw new errors.InvalidRequest('a launch parameter needs the launch scope');
  }

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_name: c.name,
      redirect_uris: c.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      ...(c.clientSecret ? { client_secret: c.clientSecret, token_endpoint_auth_method: 'client_secret_basic' } : { token_endpoint_auth_method: 'none' }),
      ...(c.responseModes ? { response_modes: c.responseModes } : {}),
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
      // SMART: `aud` names the FHIR server; its access token is a JWT for that audience.
      resourceIndicators: {
        enabled: true,
        defaultResource: async (ctx, _client, oneOf) => {
          if (oneOf) return oneOf[0];
          const aud = ctx.oidc.params?.aud;
          return typeof aud === 'string' && allBases.includes(strip(aud)) ? strip(aud) : undefined;
        },
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (!allBases.includes(resource)) throw new errors.InvalidTarget('not a FHIR server of this issuer');
          return { scope: resourceServerScope, audience: resource, accessTokenTTL: accessTokenTtlS, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    extraParams: { launch: undefined, aud: checkSmartRequest },
    scopes: OIDC_SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      fhirUser: ['fhirUser'],
      [HELSENORGE_SCOPE]: ['pid', 'represented_person'],
    },
    // The ID token itself names the citizen and the represented person (not only /me).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    // Only a public (browser) client's own origins may call the token endpoint from a browser.
    clientBasedCORS: (_ctx, origin, client) => client.clientAuthMethod === 'none' && client.redirectUris.some((u) => new URL(u).origin === origin),
    extraTokenClaims: async (_ctx, token) => {
      const context = token.grantId ? contexts.get(token.grantId) : undefined;
      if (!context?.aud) return undefined;
      return { patient: fhirId(patientOf(context).reference), fhirUser: fhirUserOf(context) };
    },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: 60, PushedAuthorizationRequest: 60, Interaction: 300, Session: 3600, Grant: 3600, AccessToken: accessTokenTtlS, IdToken: 600 },
    findAccount: async (_ctx, id, token) => {
      const citizen = citizenById.get(id);
      if (!citizen) return undefined;
      const context = token?.grantId ? contexts.get(token.grantId) : undefined;
      return {
        accountId: id,
        claims: async () => {
          const person = citizen.person;
          const [given, ...family] = person.name.split(' ');
          const represented = context?.representation;
          return {
            sub: id,
            name: person.name,
            given_name: given,
            family_name: family.join(' '),
            pid: person.pid,
            fhirUser: context ? fhirUserOf(context) : person.reference,
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
  provider.on('authorization.error', (_ctx, error) => log(`oidc authorization.error: ${error.message}${error.error_description ? ` (${error.error_description})` : ''}`));
  provider.on('pushed_authorization_request.error', (_ctx, error) => log(`oidc PAR error: ${error.message}${error.error_description ? ` (${error.error_description})` : ''}`));
  provider.on('grant.error', (_ctx, error) => log(`oidc grant.error: ${error.message}`));
  // SMART: the token response carries the launch context, and `scope` says exactly what was granted.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || !ctx.body?.access_token) return;
    const code = ctx.oidc.entities.AuthorizationCode;
    const context = code?.grantId ? contexts.get(code.grantId) : undefined;
    if (!code || !context) return;
    ctx.body = { ...ctx.body, scope: code.scope, ...tokenContext(context, code.scope ?? '') };
  });

  const oidc = provider.callback();

  /** The right the citizen holds for this person, from the register (never from the request). */
  function rightFor(/** @type {Citizen} */ citizen, reference) {
    if (reference === undefined || reference === null || reference === '' || reference === citizen.person.reference) return null;
    const right = citizen.rights.find((r) => r.person.reference === reference);
    if (!right) throw new HttpError(403, 'The citizen may not act for this person');
    return right;
  }

  const portalSessionOf = (req) => portal.session(parseCookies(req.headers.cookie)[PORTAL_COOKIE]);
  function requirePortalSession(req) {
    const session = portalSessionOf(req);
    if (!session) throw new HttpError(401, 'login_required: no Helsenorge session (log in to the portal first)');
    return session;
  }

  async function handleLogin(req, res) {
    const body = await readJson(req);
    const citizen = citizenById.get(String(body.citizen ?? ''));
    if (!citizen) throw new HttpError(400, 'unknown citizen');
    const session = portal.login(citizen, parseCookies(req.headers.cookie)[PORTAL_COOKIE]);
    log(`portal: ${citizen.person.id} is logged in`);
    sendJson(res, 200, { citizen: { name: citizen.person.name, reference: citizen.person.reference } }, {
      'Set-Cookie': cookie(PORTAL_COOKIE, session.id, { path: '/', maxAge: (session.expires - now()) / 1000 }),
    });
  }

  async function handleTickets(req, res) {
    const session = requirePortalSession(req);
    const body = await readJson(req);
    const target = typeof body.target === 'string' ? body.target : '';
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new HttpError(400, 'target must be an absolute URL');
    }
    // A launch id is only issued for a registered app, and only that app can redeem it.
    const clientId = clientByOrigin.get(url.origin);
    if (!clientId) throw new HttpError(400, 'target is not a registered app');
    const representation = rightFor(session.citizen, body.onBehalfOf);
    const task = /^\/tasks\/([A-Za-z0-9][A-Za-z0-9._-]{0,63})\/?$/.exec(url.pathname)?.[1];
    const sourceId = typeof body.sourceId === 'string' && fhirSources.some((s) => s.id === body.sourceId) ? body.sourceId : undefined;
    const launch = portal.issue({ sessionId: session.id, citizenId: session.citizen.person.id, clientId, target, taskId: task, sourceId, representation });
    log(`hand-off ticket issued for ${clientId}${task ? ` task ${task}` : ''}${representation ? ` (on behalf of ${representation.person.id})` : ''}`);
    sendJson(res, 201, { launch, expiresIn: portal.ticketTtlMs / 1000 });
  }

  async function handleSession(req, res) {
    const session = requirePortalSession(req);
    const body = await readJson(req);
    session.representation = rightFor(session.citizen, body.onBehalfOf);
    log(`portal: ${session.citizen.person.id} acts ${session.representation ? `on behalf of ${session.representation.person.id}` : 'for herself'}`);
    res.writeHead(204).end();
  }

  async function handleInteraction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { params } = details;
    const clientId = String(params.client_id);
    const stop = (error, description) => provider.interactionFinished(req, res, { error, error_description: description }, { mergeWithLastSubmission: false });
    const session = portalSessionOf(req);
    if (!session) {
      log(`interaction: ${clientId} asked, but nobody is logged in to the portal in this browser`);
      return stop('login_required', 'the citizen is not logged in to Helsenorge in this browser');
    }
    // The FHIR server the tokens are for: the resource oidc-provider resolved from `aud` (a pushed
    // request keeps it there; its own `aud` becomes the request object's audience, the issuer).
    const known = (value) => (typeof value === 'string' && allBases.includes(strip(value)) ? strip(value) : undefined);
    const aud = known(params.resource) ?? known(params.aud);
    /** @type {LaunchContext} */
    let context;
    if (params.launch !== undefined) {
      const result = portal.redeem(params.launch, { clientId, sessionId: session.id });
      if ('error' in result) {
        log(`interaction: launch refused for ${clientId}: ${result.error}`);
        return stop('invalid_request', result.error);
      }
      const { ticket } = result;
      const bases = fhirSources.find((s) => s.id === ticket.sourceId)?.bases;
      if (bases && aud && !bases.includes(aud)) {
        log(`interaction: launch refused for ${clientId}: another FHIR server`);
        return stop('invalid_request', 'launch was issued for another FHIR server');
      }
      context = { citizen: session.citizen.person, representation: ticket.representation, aud, taskId: ticket.taskId, taskIsFhirTask: registrations.get(clientId)?.taskIsFhirTask, sourceId: ticket.sourceId };
    } else {
      context = { citizen: session.citizen.person, representation: session.representation, aud };
    }
    // Consent for the pre-registered app is given by registration: a new grant per hand-off.
    const { oidc: oidcScopes, fhir } = judgeScopes(typeof params.scope === 'string' ? params.scope : 'openid', resourceTypes);
    const citizenId = session.citizen.person.id;
    const grant = new provider.Grant({ accountId: citizenId, clientId });
    grant.addOIDCScope(oidcScopes.join(' '));
    if (aud && fhir.length) grant.addResourceScope(aud, fhir.join(' '));
    const grantId = await grant.save();
    contexts.set(grantId, context);
    log(`interaction: ${citizenId} → ${clientId}${context.representation ? ` on behalf of ${context.representation.person.id}` : ''}${context.taskId ? ` task ${context.taskId}` : ''}`);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: citizenId, amr: ['simulated'], remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  /** CORS for the portal's own origins, with the portal session cookie. */
  function cors(req, res) {
    const origin = req.headers.origin;
    if (origin && portalOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
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
        // JSON only: a cross-site form or text/plain POST cannot reach these without a preflight.
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Content-Type must be application/json');
        if (url.pathname === '/handoff/login') return handleLogin(req, res);
        if (url.pathname === '/handoff/tickets') return handleTickets(req, res);
        if (url.pathname === '/handoff/session') return handleSession(req, res);
        throw new HttpError(404, 'not found');
      }
      if (url.pathname === '/.well-known/smart-configuration' && (req.method === 'GET' || req.method === 'OPTIONS')) {
        res.setHeader('Access-Control-Allow-Origin', '*');
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
        return sendJson(res, 200, smartConfiguration(issuer, resourceTypes));
      }
      if (url.pathname.startsWith('/interaction/') && req.method === 'GET') return handleInteraction(req, res);
      if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end(page('Helsenorge (demo) – OpenID Connect', `<p>Utsteder: <code>${escapeHtml(issuer)}</code></p><p><a href="/.well-known/openid-configuration">Discovery</a> · <a href="/.well-known/smart-configuration">SMART</a></p>`));
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
    /** The SMART configuration (also served at every FHIR base). */
    smartConfiguration: () => smartConfiguration(issuer, resourceTypes),
    /** For tests: how many launch ids wait to be redeemed. */
    get pendingTickets() {
      return portal.pendingTickets;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

export { escapeHtml } from './http.mjs';
