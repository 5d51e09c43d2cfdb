// Starts the hand-off demo: the OpenID provider standing in for Helsenorge (provider.mjs), the demo
// vendor app (../vendor-app/server.mjs, a confidential client held to form_post) and the SMART app
// (../smart-app/server.mjs, a public browser client built on fhirclient), each on its own port,
// wired to each other with client registrations made up at start. Used by playground/serve.mjs
// (`npm start`) and the hand-off e2e tests.
import { randomBytes } from 'node:crypto';
import { startOidcProvider } from './provider.mjs';
import { startVendorApp } from '../vendor-app/server.mjs';
import { startSmartApp } from '../smart-app/server.mjs';

/** Synthetic national identity numbers (month + 80 marks a synthetic number; none is real). */
const SYNTHETIC_PID = { kari: '12848512345', ola: '03891554321', per: '20824267890' };

/** The vendor app's client id at the provider. */
export const VENDOR_CLIENT_ID = 'helse-bergen-timebestilling';
/** The SMART app's client id at the provider (a public client: no secret). */
export const SMART_CLIENT_ID = 'skjema-smart-app';

/**
 * @param {object} options
 * @param {Record<'kari' | 'ola' | 'per', { reference: string, name: string }>} options.people  the synthetic people (dev-fhir-server)
 * @param {string[]} options.portalOrigins  where the portal runs (may call /handoff/* from the browser)
 * @param {{ id: string, fhirBase: string, smartFhirBase?: string }[]} options.fhirSources  absolute FHIR bases per source:
 *   the open one and the SMART-protected one; both are accepted as SMART `iss` / `aud`
 * @param {readonly string[]} [options.resourceTypes]  FHIR resource types the servers hold (for SMART scopes)
 * @param {string} [options.host]
 * @param {number} [options.oidcPort]       0 = any free port
 * @param {number} [options.vendorPort]     a fixed port; the seed's booking links assume 5175 unless HN_VENDOR_APP_ORIGIN says otherwise
 * @param {number} [options.smartAppPort]   0 = any free port
 * @param {() => number} [options.now]      one clock for launch ids, portal and vendor sessions (tests move it)
 * @param {number} [options.ticketTtlMs]    how long a launch id lives
 * @param {number} [options.vendorSessionTtlMs]  how long the vendor app's session lives
 * @param {(line: string) => void} [options.log]
 */
export async function startHandoffServices({
  people,
  portalOrigins,
  fhirSources,
  resourceTypes,
  host = '127.0.0.1',
  oidcPort = 5174,
  vendorPort = 5175,
  smartAppPort = 0,
  now = Date.now,
  ticketTtlMs,
  vendorSessionTtlMs,
  log = () => {},
}) {
  const person = (/** @type {'kari' | 'ola' | 'per'} */ key) => ({ id: key, reference: people[key].reference, name: people[key].name, pid: SYNTHETIC_PID[key] });
  const clientSecret = randomBytes(32).toString('base64url');
  const vendorRedirect = `http://${host}:${vendorPort}/callback`;
  const bases = fhirSources.flatMap((s) => [s.fhirBase, ...(s.smartFhirBase ? [s.smartFhirBase] : [])]).map((b) => b.replace(/\/+$/, ''));
  const started = [];
  const closeAll = () => Promise.all(started.map((s) => s.close())).then(() => undefined);
  try {
    /** @type {string | undefined} */
    let issuer;
    const smartApp = await startSmartApp({
      clientId: SMART_CLIENT_ID,
      trustedIssuers: bases,
      connectOrigins: () => [...new Set([...bases.map((b) => new URL(b).origin), ...(issuer ? [issuer] : [])])],
      host,
      port: smartAppPort,
      log,
    });
    started.push(smartApp);
    const provider = await startOidcProvider({
      host,
      port: oidcPort,
      now,
      ticketTtlMs,
      // The simulated Helsenorge: who may log in, and the register of whom each may act for.
      citizens: [
        {
          person: person('kari'),
          rights: [
            { person: person('ola'), relation: 'parent', fhirUser: 'RelatedPerson/kari-for-ola' },
            { person: person('per'), relation: 'power-of-attorney', fhirUser: 'RelatedPerson/kari-for-per' },
          ],
        },
        { person: person('per'), rights: [] },
      ],
      clients: [
        // Confidential, server side: the code must never be in a URL, so the provider allows only form_post.
        { clientId: VENDOR_CLIENT_ID, clientSecret, redirectUris: [vendorRedirect], name: 'Helse Bergen – timebestilling (demo)', responseModes: ['form_post'] },
        // Public, in the browser (fhirclient): PKCE, no secret, the standard query response.
        { clientId: SMART_CLIENT_ID, redirectUris: [smartApp.redirectUri], name: 'Skjema (SMART-app, demo)', taskIsFhirTask: true },
      ],
      fhirSources: fhirSources.map((s) => ({ id: s.id, bases: [s.fhirBase, ...(s.smartFhirBase ? [s.smartFhirBase] : [])].map((b) => b.replace(/\/+$/, '')) })),
      resourceTypes,
      portalOrigins,
      log,
    });
    started.push(provider);
    issuer = provider.issuer;
    const vendor = await startVendorApp({
      issuer: provider.issuer,
      clientId: VENDOR_CLIENT_ID,
      clientSecret,
      trustedIssuers: bases,
      host,
      port: vendorPort,
      now,
      sessionTtlMs: vendorSessionTtlMs,
      log,
    });
    started.push(vendor);
    if (vendor.redirectUri !== vendorRedirect) throw new Error('startHandoffServices needs a fixed vendorPort');
    return {
      issuer: provider.issuer,
      vendorOrigin: vendor.origin,
      smartAppOrigin: smartApp.origin,
      provider,
      /** For tests that talk to the provider as the vendor would (never sent to a browser). */
      vendorClient: { clientId: VENDOR_CLIENT_ID, clientSecret, redirectUri: vendorRedirect },
      /** The SMART configuration, also served at every FHIR base. */
      smartConfiguration: () => provider.smartConfiguration(),
      /** What the portal page needs (served as JSON to the demo page). No secrets. */
      pageConfig: () => ({
        issuer: provider.issuer,
        vendorOrigin: vendor.origin,
        smartAppOrigin: smartApp.origin,
        smartFhirBases: Object.fromEntries(fhirSources.filter((s) => s.smartFhirBase).map((s) => [s.id, s.smartFhirBase])),
      }),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * Vite plugin for the playground: serves the demo page's configuration at
 * /playground/oidc/config.json (the provider's and the apps' URLs, nothing secret).
 * @param {() => unknown} config  returns undefined while the services are starting
 * @returns {import('vite').Plugin}
 */
export function handoffConfigPlugin(config) {
  return {
    name: 'hn-handoff-config',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/playground/oidc/config.json', (_req, res) => {
        const value = config();
        res.statusCode = value ? 200 : 503;
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(value ?? { error: 'starting' }));
      });
    },
  };
}
