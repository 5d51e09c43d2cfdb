// @hn-elements/dev-fhir-server: three small FHIR R4 servers (a hospital trust, a GP
// and a municipality) with synthetic Norwegian data, for the playground and tests.
//
//   const fhir = await createFhirServer({ basePath: '/fhir' });
//   // SMART on FHIR: discovery at every base, and token-checked copies under /smart-fhir/<source>
//   const fhir = await createFhirServer({ smart: { basePath: '/smart-fhir', configuration: () => smartConfig } });
//   app.use(fhir.middleware);          // or: const { url, close } = await fhir.listen(8787);
//   fhir.setMode('helse-bergen', 'down');
//   await fhir.reset();

import http from 'node:http';
import { loadMedplum } from './medplum.mjs';
import { SOURCE_DEFINITIONS, seedResources } from './data/index.mjs';
import { createMiddleware, operationOutcome, MODES, CONTROL_PREFIX } from './http.mjs';

export { people, SYNTHETIC_TAG, BOOKING_ID_SYSTEM, PARTICIPATION_MODE, LOCATION_PHYSICAL_TYPE, THREAD_ID_SYSTEM } from './data/index.mjs';
export { MODES, CONTROL_PREFIX, NAMESPACE_HEADER, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './http.mjs';
export { RESOURCE_TYPES } from './smart.mjs';

/** The three sources' ids and names (no server needed), e.g. for a page's configuration. */
export const SOURCES = Object.freeze(SOURCE_DEFINITIONS.map(({ id, name }) => Object.freeze({ id, name })));

/**
 * @typedef {import('./http.mjs').Mode} Mode
 * @typedef {import('./http.mjs').SourceState} SourceState
 */

/**
 * @typedef {object} FhirSource
 * @property {string} id  e.g. "helse-bergen"
 * @property {string} name  plain-language name shown to the citizen
 * @property {string} fhirBase  `${basePath}/${id}`, a path without origin
 */

/**
 * @typedef {object} FhirServerOptions
 * @property {string} [basePath]  where the sources live, default "/fhir"
 * @property {Date | (() => Date)} [now]  the moment seed data is placed around (default: the real time of each seeding)
 * @property {{ basePath?: string, configuration: () => Record<string, any> | undefined }} [smart]
 *   SMART on FHIR: `configuration` returns the authorization server's SMART configuration (served at
 *   every base's `.well-known/smart-configuration`, and its endpoints in the CapabilityStatement);
 *   each source is also served under `basePath` (default "/smart-fhir"), where a bearer token from
 *   that server is required and checked (see smart.mjs)
 * @property {NamespaceOptions} [namespaces]  separate copies of the data and modes per client (see below)
 */

/**
 * Namespaces: `keyOf(req)` names the copy a request belongs to (its FHIR requests and its control
 * requests alike); undefined or "" means the default copy, the one `reset()` and `setMode()` work on.
 * A new key gets fresh seed data (6-16 ms here, about 0.4 MB). At most `max` keyed copies are kept (default 16);
 * the least recently used one goes first, and `dropNamespace(key)` drops one at once.
 * @typedef {object} NamespaceOptions
 * @property {(req: import('node:http').IncomingMessage) => string | undefined} keyOf
 * @property {number} [max]
 */

/**
 * @typedef {object} NamespaceHandle
 * @property {string | undefined} key
 * @property {() => Promise<void>} reset
 * @property {(sourceId: string, mode: Mode | string, options?: { delayMs?: number }) => void} setMode
 * @property {Promise<void>} ready  resolves when the first seeding is done
 */

/**
 * @typedef {object} NamespaceStats
 * @property {number} live  keyed namespaces kept now
 * @property {number} max
 * @property {number} peak  most keyed namespaces kept at once
 * @property {number} created
 * @property {number} dropped  by dropNamespace
 * @property {number} evicted  least recently used, above max
 * @property {number} unkeyed  requests for which keyOf gave no key (they used the default namespace)
 */

/**
 * @typedef {object} Listening
 * @property {string} url  origin, e.g. "http://127.0.0.1:8787" (add a source's fhirBase)
 * @property {number} port
 * @property {() => Promise<void>} close  stops the server and drops open connections
 */

/**
 * The parts of a Koa context the Koa adapter uses.
 * @typedef {object} KoaContext
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {boolean} [respond]
 */

/**
 * @typedef {object} FhirServer
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (error?: unknown) => void) => void} middleware
 *   connect-style handler for `${basePath}/<sourceId>/...` and `/__fhir-control/...`; calls next() for anything else
 * @property {(ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>} koaMiddleware
 *   the same for Koa-style servers (web-test-runner and the web dev server)
 * @property {readonly FhirSource[]} sources
 * @property {string | undefined} smartBasePath  where the token-checked copies live (with `smart`), e.g. "/smart-fhir"; add "/<source id>"
 * @property {(port?: number) => Promise<Listening>} listen  standalone server on 127.0.0.1 (port 0 = any free port)
 * @property {() => Promise<void>} reset  re-seeds every source and sets every mode back to "ok"
 * @property {(sourceId: string, mode: Mode | string, options?: { delayMs?: number }) => void} setMode
 *   sourceId "*" sets every source
 * @property {(key: string | undefined) => NamespaceHandle} namespace  the namespace with this key (made if needed);
 *   reset and setMode of a keyed copy; undefined gives the default one
 * @property {(key: string) => boolean} dropNamespace  forgets a keyed namespace (its next request makes a fresh one)
 * @property {() => NamespaceStats} namespaceStats
 */

const DEFAULT_DELAY_MS = 5000;
const DEFAULT_MAX_NAMESPACES = 16;

/**
 * @param {string} basePath
 * @returns {string} "" or "/something" without a trailing slash
 */
function normaliseBasePath(basePath) {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * One copy of the three sources: their stores and modes. The server always has the default
 * namespace; with `namespaces`, each key (a web-test-runner test page, say) gets its own,
 * made on its first request.
 * @typedef {object} Namespace
 * @property {string | undefined} key  undefined for the default namespace
 * @property {Map<string, SourceState>} states  source id -> state
 * @property {() => Promise<void>} reset
 * @property {(sourceId: string, mode: Mode | string, options?: { delayMs?: number }) => void} setMode
 * @property {Promise<void>} ready  resolves when the first seeding is done
 */

/**
 * Creates the three sources, seeds them, and returns the handlers.
 * @param {FhirServerOptions} [options]
 * @returns {Promise<FhirServer>}
 */
export async function createFhirServer(options = {}) {
  const medplum = await loadMedplum();
  const basePath = normaliseBasePath(options.basePath ?? '/fhir');
  const { now } = options;
  const clock = typeof now === 'function' ? now : now instanceof Date ? () => new Date(now.getTime()) : () => new Date();

  /**
   * Fresh repository for one source, filled with the seed data.
   * @param {SourceState} state
   * @param {import('./data/index.mjs').SourceDefinition} definition
   * @param {Date} seedMoment
   */
  function seed(state, definition, seedMoment) {
    const repo = new medplum.Repository();
    state.repo = repo;
    state.ready = (async () => {
      for (const resource of seedResources(definition, seedMoment)) await repo.createResource(resource);
    })();
    return state.ready;
  }

  /**
   * The three sources, seeded now (seeding is asynchronous; requests wait on `state.ready`).
   * @param {string | undefined} key
   * @returns {Namespace}
   */
  function createNamespace(key) {
    /** @type {Map<string, SourceState>} */
    const states = new Map();
    const seedMoment = clock();
    for (const definition of SOURCE_DEFINITIONS) {
      /** @type {SourceState} */
      const state = {
        id: definition.id,
        name: definition.name,
        repo: new medplum.Repository(),
        ready: Promise.resolve(),
        mode: 'ok',
        delayMs: DEFAULT_DELAY_MS,
      };
      states.set(definition.id, state);
      seed(state, definition, seedMoment);
    }

    /** Re-seeds every source and sets every mode back to "ok". */
    async function reset() {
      const moment = clock();
      const work = [];
      for (const definition of SOURCE_DEFINITIONS) {
        const state = /** @type {SourceState} */ (states.get(definition.id));
        state.mode = 'ok';
        state.delayMs = DEFAULT_DELAY_MS;
        work.push(seed(state, definition, moment));
      }
      await Promise.all(work);
    }

    /**
     * @param {string} sourceId  a source id, or "*" for all
     * @param {string} mode
     * @param {{ delayMs?: number }} [modeOptions]
     */
    function setMode(sourceId, mode, modeOptions = {}) {
      if (!(/** @type {readonly string[]} */ (MODES).includes(mode))) {
        throw new Error(`Unknown mode "${mode}". Use one of: ${MODES.join(', ')}.`);
      }
      const targets = sourceId === '*' ? [...states.values()] : [states.get(sourceId)];
      if (!targets[0]) {
        throw new Error(`Unknown source "${sourceId}". Use one of: ${[...states.keys()].join(', ')} (or "*").`);
      }
      const { delayMs } = modeOptions;
      if (delayMs !== undefined && (!Number.isFinite(delayMs) || delayMs < 0)) {
        throw new Error(`delayMs must be a number of milliseconds (0 or more), not ${delayMs}.`);
      }
      for (const state of /** @type {SourceState[]} */ (targets)) {
        state.mode = /** @type {Mode} */ (mode);
        state.delayMs = delayMs ?? DEFAULT_DELAY_MS;
      }
    }

    const ready = Promise.all([...states.values()].map((state) => state.ready)).then(() => undefined);
    return { key, states, reset, setMode, ready };
  }

  const defaultNamespace = createNamespace(undefined);
  await defaultNamespace.ready;

  const keyOf = options.namespaces?.keyOf;
  const maxNamespaces = options.namespaces?.max ?? DEFAULT_MAX_NAMESPACES;
  if (!Number.isInteger(maxNamespaces) || maxNamespaces < 1) throw new Error(`namespaces.max must be a whole number of 1 or more, not ${maxNamespaces}.`);
  /** Keyed namespaces, least recently used first (a Map keeps insertion order). @type {Map<string, Namespace>} */
  const namespaces = new Map();
  const stats = { created: 0, evicted: 0, dropped: 0, unkeyed: 0, peak: 0 };

  /**
   * The namespace with this key, made (seeded) if it is not there; the default one for no key.
   * Marks it as the most recently used, and drops the least recently used one above `max`.
   * @param {string | undefined} key
   * @returns {Namespace}
   */
  function namespace(key) {
    if (key === undefined || key === '') return defaultNamespace;
    let found = namespaces.get(key);
    if (found) {
      namespaces.delete(key);
    } else {
      found = createNamespace(key);
      stats.created += 1;
    }
    namespaces.set(key, found);
    while (namespaces.size > maxNamespaces) {
      const oldest = /** @type {string} */ (namespaces.keys().next().value);
      namespaces.delete(oldest);
      stats.evicted += 1;
    }
    stats.peak = Math.max(stats.peak, namespaces.size);
    return found;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @returns {Namespace}
   */
  function namespaceFor(req) {
    if (!keyOf) return defaultNamespace;
    const key = keyOf(req);
    if (key === undefined || key === '') stats.unkeyed += 1;
    return namespace(key);
  }

  /** @type {readonly FhirSource[]} */
  const sources = Object.freeze(
    SOURCE_DEFINITIONS.map((definition) => Object.freeze({ id: definition.id, name: definition.name, fhirBase: `${basePath}/${definition.id}` })),
  );

  const smartBasePath = options.smart ? normaliseBasePath(options.smart.basePath ?? '/smart-fhir') : undefined;
  if (smartBasePath !== undefined && (smartBasePath === basePath || !smartBasePath)) throw new Error('smart.basePath must differ from basePath');
  const smart = options.smart && smartBasePath ? { basePath: smartBasePath, configuration: options.smart.configuration } : undefined;
  const middleware = createMiddleware({ basePath, sourceIds: SOURCE_DEFINITIONS.map((definition) => definition.id), namespaceFor, medplum, smart });

  /**
   * The same handler for Koa-style servers (web-test-runner, the web dev server):
   * `middleware: [fhir.koaMiddleware]`. Requests it does not own go on to `next`.
   * @param {KoaContext} ctx
   * @param {() => Promise<unknown>} next
   * @returns {Promise<unknown>}
   */
  function koaMiddleware(ctx, next) {
    let passedOn = false;
    const done = new Promise((resolve) => {
      ctx.res.once('finish', resolve);
      ctx.res.once('close', resolve);
    });
    middleware(ctx.req, ctx.res, () => {
      passedOn = true;
    });
    if (passedOn) return next();
    // We write to the raw response ourselves; Koa must not answer as well.
    ctx.respond = false;
    return ctx.res.writableFinished || ctx.res.destroyed ? Promise.resolve() : done;
  }

  /**
   * Standalone HTTP server on 127.0.0.1.
   * @param {number} [port]
   * @returns {Promise<Listening>}
   */
  async function listen(port = 0) {
    const server = http.createServer((req, res) => {
      middleware(req, res, () => {
        const bases = sources.map((source) => source.fhirBase).join(', ');
        const body = JSON.stringify(operationOutcome('not-found', `Nothing here. FHIR bases: ${bases}. Control: ${CONTROL_PREFIX}/sources.`));
        res.writeHead(404, { 'Content-Type': 'application/fhir+json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
        res.end(body);
      });
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    return {
      url: `http://127.0.0.1:${address.port}`,
      port: address.port,
      close: () =>
        new Promise((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
    };
  }

  return {
    middleware,
    koaMiddleware,
    sources,
    smartBasePath,
    listen,
    reset: defaultNamespace.reset,
    setMode: defaultNamespace.setMode,
    namespace: (key) => {
      const found = namespace(key);
      return { key: found.key, reset: found.reset, setMode: found.setMode, ready: found.ready };
    },
    dropNamespace: (key) => {
      const dropped = namespaces.delete(key);
      if (dropped) stats.dropped += 1;
      return dropped;
    },
    namespaceStats: () => ({ ...stats, live: namespaces.size, max: maxNamespaces }),
  };
}
