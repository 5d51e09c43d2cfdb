import type { HandoffSettings, HandoffTicketRequest, Session } from '@hn-elements/core';

/** What /playground/oidc/config.json gives the page: where "Helsenorge" and the vendor app run. */
export interface HandoffDemoConfig {
  issuer: string;
  vendorOrigin: string;
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

/**
 * The portal side of the hand-off, for a session: the allowlist (the vendor app's exact origin)
 * and `issueTicket`, which asks "Helsenorge" (the provider) for an opaque, single-use launch id.
 * The request names whom the citizen acts for by FHIR reference only; the provider checks that
 * against its own register. Nothing is stored in the browser.
 */
export function handoffSettings(config: HandoffDemoConfig, currentSession: () => Session | undefined): HandoffSettings {
  return {
    allowedOrigins: [config.vendorOrigin],
    issueTicket: async ({ target, sourceId }: HandoffTicketRequest) => {
      const response = await fetch(`${config.issuer}/handoff/tickets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
        body: JSON.stringify({ target, sourceId, onBehalfOf: currentSession()?.representation?.person.reference ?? null }),
      });
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
 * server-side session; the playground's login is simulated in the browser, hence this call.
 */
export async function syncRepresentation(config: HandoffDemoConfig, session: Session | undefined): Promise<void> {
  await fetch(`${config.issuer}/handoff/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'omit',
    cache: 'no-store',
    body: JSON.stringify({ onBehalfOf: session?.representation?.person.reference ?? null }),
  });
}
