// Helpers for the SMART App Launch e2e tests: a bare SMART client (PKCE, query response) driven
// through a real browser context, so a test can choose scopes and launch ids that the fhirclient
// app would never ask for, and see exactly what the provider answers.
import { createHash, randomBytes } from 'node:crypto';

export const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/;

/** The JSON payload of a JWT (no verification: the FHIR server does that). */
export function jwtPayload(token) {
  return JSON.parse(Buffer.from(String(token).split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** Logs the browser context in to the simulated portal (the provider sets the HttpOnly portal cookie). */
export async function portalLogin(context, { issuer, portalOrigin }, citizen = 'kari') {
  const response = await context.request.post(`${issuer}/handoff/login`, { data: { citizen }, headers: { Origin: portalOrigin } });
  if (!response.ok()) throw new Error(`login failed: ${response.status()}`);
}

/** The portal session chooses whom the citizen acts for (a FHIR reference, or null for themself). */
export async function actFor(context, { issuer, portalOrigin }, onBehalfOf) {
  const response = await context.request.post(`${issuer}/handoff/session`, { data: { onBehalfOf }, headers: { Origin: portalOrigin } });
  if (response.status() !== 204) throw new Error(`session failed: ${response.status()}`);
}

/** Asks for a launch id with the context's portal session. */
export async function ticket(context, { issuer, portalOrigin }, { target, sourceId, onBehalfOf = null }) {
  const response = await context.request.post(`${issuer}/handoff/tickets`, { data: { target, sourceId, onBehalfOf }, headers: { Origin: portalOrigin } });
  if (response.status() !== 201) throw new Error(`ticket failed: ${response.status()} ${await response.text()}`);
  return /** @type {{ launch: string }} */ (await response.json()).launch;
}

/**
 * Runs an authorization request as a public SMART client in the page's browser context and
 * returns what came back to the redirect URI (the redirect is caught, never loaded).
 * @returns {Promise<{ params: URLSearchParams, verifier: string }>}
 */
export async function authorize(page, { issuer, clientId, redirectUri, scope, aud, launch, extra = {} }) {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const url = new URL(`${issuer}/auth`);
  const query = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(aud ? { aud } : {}),
    ...(launch ? { launch } : {}),
    ...extra,
  };
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  // The provider's redirect to the app is seen as a request; the app's scripts are held back so the
  // real app never uses the code (a route cannot stop a redirect's target).
  const appOrigin = new URL(redirectUri).origin;
  const scripts = (/** @type {URL} */ u) => u.origin === appOrigin && u.pathname.endsWith('.js');
  await page.route(scripts, (route) => route.abort());
  /** @type {URLSearchParams | undefined} */
  let params;
  const onRequest = (/** @type {import('playwright-core').Request} */ request) => {
    if (request.url().startsWith(`${redirectUri}?`)) params = new URL(request.url()).searchParams;
  };
  page.on('request', onRequest);
  try {
    await page.goto(url.href);
  } finally {
    page.off('request', onRequest);
    await page.unroute(scripts);
  }
  if (!params) throw new Error(`the provider answered with a page of its own: ${page.url()}`);
  if (params.get('state') !== state) throw new Error('state mismatch');
  return { params, verifier };
}

/** The token request of a public client (no secret), from the redirect page's origin. */
export async function exchange({ issuer, clientId, redirectUri, code, verifier, origin }) {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(origin ? { Origin: origin } : {}) },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
