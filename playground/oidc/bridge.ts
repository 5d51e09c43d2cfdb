import type { HandoffSettings, HandoffTicketRequest, Session } from '@hn-elements/core';

/** What /playground/oidc/config.json gives the page: where "Helsenorge" and the apps run. */
export interface HandoffDemoConfig {
  issuer: string;
  vendorOrigin: string;
  /** The SMART app built on fhirclient (a public browser client). */
  smartAppOrigin?: string;
  /** The SMART-protected FHIR base of each source (the `iss` of a SMART launch), by source id. */
  smartFhirBases?: Record<string, string>;
}

export async function loadHandoffConfig(): Promise<HandoffDemoConfig | undefined> {
  try {
    const response = await fetch('/playground/oidc/config.json', { cache: 'no-store' });
    if (!response.ok) return undefined;
    return (await response.json()) as HandoffDemoConfig;
  } catch {
    return undefined;
  }
}

let login: Promise<void> | undefined;

/**
 * The simulated Helsenorge login: the provider sets its portal session cookie (HttpOnly; the page
 * never sees it). Every hand-off call below carries that cookie, so launch ids and the current
 * representation belong to this login, not to whoever can reach the provider.
 */
export function portalLogin(config: HandoffDemoConfig, citizen = 'kari'): Promise<void> {
  login ??= fetch(`${config.issuer}/handoff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'include',
    cache: 'no-store',
    body: JSON.stringify({ citizen }),
  }).then(
    (response) => {
      if (!response.ok) throw new Error(`The simulated login failed (${response.status})`);
    },
    (error: unknown) => {
      login = undefined;
      throw error;
    },
  );
  return login;
}

/** A call to the provider's /handoff endpoints with the portal session; logs in again once if it has expired. */
async function withSession(config: HandoffDemoConfig, path: string, body: unknown): Promise<Response> {
  const call = () =>
    fetch(`${config.issuer}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'include',
      cache: 'no-store',
      body: JSON.stringify(body),
    });
  await portalLogin(config);
  const response = await call();
  if (response.status !== 401) return response;
  login = undefined;
  await portalLogin(config);
  return call();
}

/**
 * The portal side of the hand-off, for a session: the allowlist (the apps' exact origins) and
 * `issueTicket`, which asks "Helsenorge" (the provider) for an opaque, single-use launch id bound
 * to this portal session, the target app and its task. The request names whom the citizen acts
 * for by FHIR reference only; the provider checks that against its own register. Nothing is
 * stored in the browser.
 */
export function handoffSettings(config: HandoffDemoConfig, currentSession: () => Session | undefined): HandoffSettings {
  return {
    allowedOrigins: [config.vendorOrigin, ...(config.smartAppOrigin ? [config.smartAppOrigin] : [])],
    issueTicket: async ({ target, sourceId }: HandoffTicketRequest) => {
      const response = await withSession(config, '/handoff/tickets', { target, sourceId, onBehalfOf: currentSession()?.representation?.person.reference ?? null });
      if (!response.ok) throw new Error(`The launch id was not issued (${response.status})`);
      const { launch } = (await response.json()) as { launch?: unknown };
      if (typeof launch !== 'string') throw new Error('No launch id in the answer');
      return launch;
    },
  };
}

/**
 * Tells the simulated Helsenorge session whom the citizen acts for now, so a plain deep link
 * (without a launch id) carries the representation too. Real Helsenorge knows this from its own
 * server-side session; the playground's login is simulated in the browser, hence this call. The
 * choice belongs to this portal session only.
 */
export async function syncRepresentation(config: HandoffDemoConfig, session: Session | undefined): Promise<void> {
  const response = await withSession(config, '/handoff/session', { onBehalfOf: session?.representation?.person.reference ?? null });
  if (!response.ok) throw new Error(`The representation was not recorded (${response.status})`);
}
