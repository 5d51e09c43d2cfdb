#!/usr/bin/env node
// `npm start`: the playground. One Vite dev server on 127.0.0.1 serves
//   /                      the shell (playground/index.html) with every micro-frontend
//   /appointments, ...     the shell's other routes (same page; single-spa routes in the browser)
//   /fhir/<source>/...     the embedded FHIR R4 servers with synthetic data
//   /__fhir-control/...    reset / mode switches for the FHIR servers (e.g. make one source fail)
// PORT=5180 npm start picks another port.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createFhirServer, people } from '@hn-elements/dev-fhir-server';
import { fhirServerPlugin, playgroundPagePlugin } from './vite-plugins.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

const fhir = await createFhirServer({ basePath: '/fhir' });

const server = await createServer({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  appType: 'spa',
  server: { host, port, strictPort: false, open: false },
  optimizeDeps: {
    // Micro-frontends load through the import map, which the scanner cannot follow: scan the
    // package sources too, so every dependency is pre-bundled once, before the first page load.
    entries: ['playground/**/*.html', 'playground/**/*.ts', 'packages/*/src/**/*.ts'],
  },
  plugins: [
    fhirServerPlugin(fhir),
    playgroundPagePlugin({
      root: ROOT,
      config: () => ({ sources: fhir.sources, people }),
    }),
  ],
});

await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
console.log(`\n  hn-elements playground: ${url}`);
console.log(`  FHIR sources:           ${fhir.sources.map((s) => new URL(s.fhirBase, url).href).join(', ')}`);
console.log(`  Broken-app demo:        ${url}?demo=broken\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
