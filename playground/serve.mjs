#!/usr/bin/env node
// `npm start`: the playground. One Vite dev server on 127.0.0.1 serves
//   /                      the shell (playground/index.html) with every micro-frontend
//   /appointments, ...     the shell's other routes (same page; single-spa routes in the browser)
//   /fhir/<source>/...     the embedded FHIR R4 servers with synthetic data (open)
//   /smart-fhir/<source>/...  the same data behind SMART on FHIR: a bearer token from the provider is checked
//   /__fhir-control/...    reset / mode switches for the FHIR servers (e.g. make one source fail)
//   /playground/oidc/portal.html   the seamless hand-off demo page
//   /playground/hosts/...  host pages: plain HTML, React 19, and one script tag per component
//                          (one-script.html, served as written, with dist/standalone.js built in memory)
// and, each on its own port, the OpenID provider standing in for Helsenorge's (PORT+1), the demo
// vendor app that receives hand-offs (PORT+2) and the SMART app built on fhirclient (SMART_APP_PORT,
// any free port unless set); see playground/oidc and docs/security.md.
// PORT=5180 npm start picks another port (OIDC_PORT and VENDOR_PORT move the other two).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { RESOURCE_TYPES, createFhirServer, people } from '@hn-elements/dev-fhir-server';
import { fhirServerPlugin, playgroundPagePlugin, standaloneHostPlugin } from './vite-plugins.mjs';
import { handoffConfigPlugin, startHandoffServices } from './oidc/services.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const oidcPort = Number(process.env.OIDC_PORT ?? port + 1);
const vendorPort = Number(process.env.VENDOR_PORT ?? port + 2);
const smartAppPort = Number(process.env.SMART_APP_PORT ?? 0);
// The seed's "Endre time" deep links point at the demo vendor app.
process.env.HN_VENDOR_APP_ORIGIN ??= `http://${host}:${vendorPort}`;
/** @type {Awaited<ReturnType<typeof startHandoffServices>> | undefined} */
let handoff;

const fhir = await createFhirServer({ basePath: '/fhir', smart: { basePath: '/smart-fhir', configuration: () => handoff?.smartConfiguration() } });

const server = await createServer({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  appType: 'spa',
  // Tests that start several playgrounds at once give each its own cache directory
  // (HN_VITE_CACHE_DIR, see scripts/e2e/playground.mjs) so no two dev servers write one cache.
  ...(process.env.HN_VITE_CACHE_DIR ? { cacheDir: process.env.HN_VITE_CACHE_DIR } : {}),
  // HN_NO_WATCH (end-to-end tests): no file watching and no hot reload, so a file saved while a
  // test runs cannot reload its pages.
  server: { host, port, strictPort: false, open: false, ...(process.env.HN_NO_WATCH ? { watch: null, hmr: false } : {}) },
  optimizeDeps: {
    // Micro-frontends load through the import map, which the scanner cannot follow: scan the
    // package sources too, so every dependency is pre-bundled once, before the first page load.
    entries: ['playground/**/*.html', 'playground/**/*.ts', 'packages/*/src/**/*.ts'],
  },
  plugins: [
    fhirServerPlugin(fhir),
    standaloneHostPlugin({ root: ROOT }),
    playgroundPagePlugin({ config: () => ({ sources: fhir.sources, people }) }),
    handoffConfigPlugin(() => handoff?.pageConfig()),
  ],
});

await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
handoff = await startHandoffServices({
  people,
  host,
  oidcPort,
  vendorPort,
  portalOrigins: [new URL(url).origin],
  smartAppPort,
  resourceTypes: RESOURCE_TYPES,
  fhirSources: fhir.sources.map((s) => ({ id: s.id, fhirBase: new URL(s.fhirBase, url).href, smartFhirBase: new URL(`${fhir.smartBasePath}/${s.id}`, url).href })),
  log: process.env.HANDOFF_LOG ? (line) => console.log(`  [hand-off] ${line}`) : undefined,
});
console.log(`\n  hn-elements playground: ${url}`);
console.log(`  FHIR sources:           ${fhir.sources.map((s) => new URL(s.fhirBase, url).href).join(', ')}`);
console.log(`  Broken-app demo:        ${url}?demo=broken`);
console.log(`  Hand-off demo:          ${new URL('/playground/oidc/portal.html', url).href}`);
console.log(`  Host pages:             ${['plain', 'react', 'one-script'].map((page) => new URL(`/playground/hosts/${page}.html`, url).href).join(', ')}`);
console.log(`  OpenID provider:        ${handoff.issuer}`);
console.log(`  Demo vendor app:        ${handoff.vendorOrigin}`);
console.log(`  SMART app (fhirclient): ${handoff.smartAppOrigin}`);
console.log(`  SMART FHIR bases:       ${fhir.sources.map((s) => new URL(`${fhir.smartBasePath}/${s.id}`, url).href).join(', ')}\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all([server.close(), handoff?.close()]);
    process.exit(0);
  });
}
