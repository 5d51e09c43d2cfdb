// Starts the hand-off demo: the OpenID provider standing in for Helsenorge (provider.mjs) and the demo
// vendor app (../vendor-app/server.mjs), each on its own port, wired to each other with a client
// registration made up at start. Used by playground/serve.mjs (`npm start`) and the hand-off e2e test.
import { randomBytes } from 'node:crypto';
import { startOidcProvider } from './provider.mjs';
import { startVendorApp } from '../vendor-app/server.mjs';

/** Synthetic national identity numbers (month + 80 marks a synthetic number; none is real). */
const SYNTHETIC_PID = { kari: '12848512345', ola: '03891554321', per: '20824267890' };

/** The vendor app's client id at the provider. */
export const VENDOR_CLIENT_ID = 'helse-bergen-timebestilling';

/**
 * @param {object} options
 * @param {Record<'kari' | 'ola' | 'per', { reference: string, name: string }>} options.people  the synthetic people (dev-fhir-server)
 * @param {string[]} options.portalOrigins  where the portal runs (may call /handoff/* from the browser)
 * @param {string[]} options.fhirBases      absolute FHIR base URLs the vendor accepts as SMART `iss`
 * @param {string} [options.host]
 * @param {number} [options.oidcPort]       0 = any free port
 * @param {number} [options.vendorPort]     0 = any free port; the seed's booking links assume 5175 unless HN_VENDOR_APP_ORIGIN says otherwise
 * @param {(line: string) => void} [options.log]
 */
export async function startHandoffServices({ people, portalOrigins, fhirBases, host = '127.0.0.1', oidcPort = 5174, vendorPort = 5175, log = () => {} }) {
  const person = (/** @type {'kari' | 'ola' | 'per'} */ key) => ({ id: key, reference: people[key].reference, name: people[key].name, pid: SYNTHETIC_PID[key] });
  const clientSecret = randomBytes(32).toString('base64url');
  const vendorRedirect = `http://${host}:${vendorPort}/callback`;
  const provider = await startOidcProvider({
    host,
    port: oidcPort,
    // The simulated Helsenorge session: Kari is logged in. Helsenorge's register says whom she may act for.
    citizen: person('kari'),
    representations: [
      { person: person('ola'), relation: 'parent' },
      { person: person('per'), relation: 'power-of-attorney' },
    ],
    clients: [{ clientId: VENDOR_CLIENT_ID, clientSecret, redirectUris: [vendorRedirect], name: 'Helse Bergen – timebestilling (demo)' }],
    portalOrigins,
    log,
  });
  let vendor;
  try {
    vendor = await startVendorApp({
      issuer: provider.issuer,
      clientId: VENDOR_CLIENT_ID,
      clientSecret,
      trustedIssuers: fhirBases.map((b) => b.replace(/\/$/, '')),
      host,
      port: vendorPort,
      log,
    });
  } catch (error) {
    await provider.close();
    throw error;
  }
  if (vendor.redirectUri !== vendorRedirect) {
    // Port 0 was asked for: the registration must name the real port. Not supported; pick a port.
    await Promise.all([provider.close(), vendor.close()]);
    throw new Error('startHandoffServices needs a fixed vendorPort');
  }
  return {
    issuer: provider.issuer,
    vendorOrigin: vendor.origin,
    provider,
    /** What the portal page needs (served as JSON to the demo page). No secrets. */
    pageConfig: () => ({ issuer: provider.issuer, vendorOrigin: vendor.origin }),
    close: () => Promise.all([provider.close(), vendor.close()]).then(() => undefined),
  };
}

/**
 * Vite plugin for the playground: serves the demo page's configuration at
 * /playground/oidc/config.json (the provider's and the vendor app's URLs, nothing secret).
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
