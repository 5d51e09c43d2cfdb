#!/usr/bin/env node
// Starts the synthetic FHIR server on its own and prints the base URLs.
//
//   node dev/fhir-server/src/cli.mjs            -> port 8787
//   node dev/fhir-server/src/cli.mjs 9000       -> port 9000
//   node dev/fhir-server/src/cli.mjs --port=9000 --base-path=/fhir
//   FHIR_PORT=9000 node dev/fhir-server/src/cli.mjs   (PORT works too)

import { createFhirServer } from './index.mjs';

/**
 * Reads `--name=value`, `--name value` and the first bare argument (the port).
 * @param {string[]} args
 */
function parseArgs(args) {
  /** @type {{ port?: string, basePath?: string, help?: boolean }} */
  const result = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--help' || flag === '-h') result.help = true;
    else if (flag === '--port' || flag === '-p') result.port = value();
    else if (flag === '--base-path') result.basePath = value();
    else if (!arg.startsWith('-') && result.port === undefined) result.port = arg;
  }
  return result;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log('Usage: node dev/fhir-server/src/cli.mjs [port] [--base-path=/fhir]\nPort from the argument, FHIR_PORT or PORT; default 8787.');
  process.exit(0);
}

const portText = args.port ?? process.env.FHIR_PORT ?? process.env.PORT ?? '8787';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${portText}`);
  process.exit(1);
}

const fhir = await createFhirServer({ basePath: args.basePath ?? '/fhir' });
/** @type {Awaited<ReturnType<typeof fhir.listen>>} */
let server;
try {
  server = await fhir.listen(port);
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is already in use. Pick another: node dev/fhir-server/src/cli.mjs <port>` : String(error));
  process.exit(1);
}

const width = Math.max(...fhir.sources.map((source) => source.id.length));
console.log(`Synthetic FHIR R4 server (fictional data, not for production) on ${server.url}`);
for (const source of fhir.sources) {
  console.log(`  ${source.id.padEnd(width)}  ${server.url}${source.fhirBase}  ${source.name}`);
}
console.log(`Control: POST ${server.url}/__fhir-control/reset, POST ${server.url}/__fhir-control/mode, GET ${server.url}/__fhir-control/sources`);
console.log('Stop with Ctrl+C.');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
