// The HTTP side: a connect-style middleware that speaks FHIR R4 JSON for each
// source, simulates failures per source, and answers the control endpoints that
// tests use to reset data and switch failure modes. With `smart` set, every base
// also serves `.well-known/smart-configuration`, and each source is served a
// second time under `smart.basePath`, where the bearer token is checked (smart.mjs).
import { createSmartGuard, securityStatement } from './smart.mjs';
import {
  FHIR_JSON,
  PLAIN_JSON,
  operationOutcome,
  sendJson,
  setCorsHeaders,
  answerPreflight,
  requestOrigin,
  readBody,
  parseBody,
  queryObject,
  toSearchParams,
  normaliseIfMatch,
} from './http-io.mjs';

export { operationOutcome } from './http-io.mjs';

/**
 * @typedef {import('node:http').IncomingMessage & { body?: unknown }} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(error?: unknown) => void} Next
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').Bundle} Bundle
 * @typedef {import('@medplum/fhirtypes').OperationOutcome} OperationOutcome
 * @typedef {import('./medplum.mjs').Medplum} Medplum
 * @typedef {'ok' | 'down' | 'slow' | 'unauthorized' | 'malformed' | 'network' | 'paging-loop'} Mode
 */

/**
 * One copy of the sources (see index.mjs).
 * @typedef {object} Namespace
 * @property {string | undefined} key
 * @property {Map<string, SourceState>} states
 * @property {() => Promise<void>} reset
 * @property {(sourceId: string, mode: string, options?: { delayMs?: number }) => void} setMode
 */

/**
 * What the middleware needs to know about one source at request time.
 * @typedef {object} SourceState
 * @property {string} id
 * @property {string} name
 * @property {import('@medplum/fhir-router').MemoryRepository} repo
 * @property {Promise<void>} ready  resolves when the repository is seeded
 * @property {Mode} mode
 * @property {number} delayMs
 */

/**
 * @typedef {object} MiddlewareOptions
 * @property {string} basePath  normalised: starts with "/" (or is ""), no trailing "/"
 * @property {readonly string[]} sourceIds  the same in every namespace
 * @property {(req: Request) => Namespace} namespaceFor  the copy of the sources (data and modes) a request works on
 * @property {Medplum} medplum
 * @property {SmartOptions} [smart]
 */

/**
 * @typedef {object} SmartOptions
 * @property {string} basePath  normalised, e.g. "/smart-fhir": where the token-checked bases live
 * @property {() => Record<string, any> | undefined} configuration  the authorization server's SMART
 *   configuration (issuer, endpoints, jwks_uri, ...); undefined while it is starting
 */

export const CONTROL_PREFIX = '/__fhir-control';
/** Response header naming the namespace that answered, when it is not the default one. */
export const NAMESPACE_HEADER = 'X-Fhir-Namespace';
export const MODES = /** @type {const} */ (['ok', 'down', 'slow', 'unauthorized', 'malformed', 'network', 'paging-loop']);
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;
/**
 * Applies the default page size and the upper limit to `_count`, and reads `_offset`.
 * @param {URLSearchParams} params  changed in place
 */
function applyPaging(params) {
  // `_summary=count` asks for the total only.
  if (params.get('_summary') === 'count') params.set('_count', '0');
  const requested = Number.parseInt(params.get('_count') ?? '', 10);
  const count = Number.isFinite(requested) && requested >= 0 ? Math.min(requested, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  const requestedOffset = Number.parseInt(params.get('_offset') ?? '', 10);
  const offset = Number.isFinite(requestedOffset) && requestedOffset > 0 ? requestedOffset : 0;
  params.set('_count', String(count));
  if (offset > 0) params.set('_offset', String(offset));
  else params.delete('_offset');
  return { count, offset };
}

/**
 * Gives every entry an absolute `fullUrl` and adds self / first / previous / next
 * links built from the client's own origin, so a client can follow them.
 * @param {Bundle} bundle  changed in place
 * @param {{ sourceBase: string, searchPath: string, params: URLSearchParams, count: number, offset: number }} paging
 */
function decorateSearchset(bundle, { sourceBase, searchPath, params, count, offset }) {
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.id) entry.fullUrl = `${sourceBase}/${entry.resource.resourceType}/${entry.resource.id}`;
  }
  const target = searchPath ? `${sourceBase}/${searchPath}` : sourceBase;
  /** @param {number} at */
  const pageUrl = (at) => {
    const page = new URLSearchParams(params);
    page.set('_count', String(count));
    if (at > 0) page.set('_offset', String(at));
    else page.delete('_offset');
    return `${target}?${page.toString()}`;
  };
  /** @type {NonNullable<Bundle['link']>} */
  const links = [{ relation: 'self', url: pageUrl(offset) }];
  if (count > 0) {
    links.push({ relation: 'first', url: pageUrl(0) });
    if (offset > 0) links.push({ relation: 'previous', url: pageUrl(Math.max(0, offset - count)) });
    if (bundle.total !== undefined && offset + count < bundle.total) links.push({ relation: 'next', url: pageUrl(offset + count) });
  }
  bundle.link = links;
}

/**
 * Points the searchset's `next` link at its own page (mode `paging-loop`).
 * @param {Bundle} bundle
 */
function loopNextLink(bundle) {
  const self = bundle.link?.find((link) => link.relation === 'self')?.url;
  if (!self) return;
  bundle.link = [...(bundle.link ?? []).filter((link) => link.relation !== 'next'), { relation: 'next', url: self }];
}

/**
 * A small CapabilityStatement for `GET <base>/metadata`.
 * @param {string} sourceBase
 * @param {string} name
 */
function capabilityStatement(sourceBase, name, security = { description: 'Bearer tokens are accepted but not checked.' }) {
  const types = ['Patient', 'RelatedPerson', 'Practitioner', 'Organization', 'Location', 'HealthcareService', 'Appointment', 'Communication', 'DocumentReference', 'AuditEvent'];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: '@hn-elements/dev-fhir-server (synthetic data, not for production)' },
    implementation: { description: name, url: sourceBase },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    patchFormat: ['application/json-patch+json'],
    rest: [
      {
        mode: 'server',
        security,
        resource: types.map((type) => ({
          type,
          versioning: 'versioned',
          readHistory: true,
          interaction: ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'].map((code) => ({ code })),
          ...(type === 'Appointment' ? { searchInclude: ['Appointment:actor', 'Appointment:location', 'Appointment:patient', 'Appointment:practitioner', 'Appointment:service-type'] } : {}),
        })),
      },
    ],
  };
}

/**
 * Waits, but stops early when the client goes away. The timer does not keep the
 * process alive on its own.
 * @param {number} ms
 * @param {Response} res
 * @returns {Promise<boolean>} true when the client is still there
 */
function waitUnlessClosed(ms, res) {
  return new Promise((resolve) => {
    const done = (/** @type {boolean} */ stillThere) => {
      clearTimeout(timer);
      res.off('close', onClose);
      resolve(stillThere);
    };
    const onClose = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    timer.unref();
    res.on('close', onClose);
  });
}

/**
 * @param {MiddlewareOptions} options
 * @returns {(req: Request, res: Response, next?: Next) => void}
 */
export function createMiddleware({ basePath, sourceIds, namespaceFor, medplum, smart }) {
  const { core, router } = medplum;
  const knownSources = new Set(sourceIds);
  const guard = smart ? createSmartGuard({ configuration: smart.configuration }) : undefined;

  /**
   * Finds the source a path belongs to, in the request's namespace (looked up only for a path
   * under one of the bases, so other requests never make one).
   * @param {string} path
   * @param {Request} req
   * @returns {{ state: SourceState, rest: string, base: string, checked: boolean, namespace: Namespace } | undefined}
   */
  function matchSource(path, req) {
    /** @type {[string, boolean][]} */
    const bases = [[basePath, false], ...(smart ? /** @type {[string, boolean][]} */ ([[smart.basePath, true]]) : [])];
    for (const [base, checked] of bases) {
      const prefix = `${base}/`;
      if (!path.startsWith(prefix)) continue;
      const remainder = path.slice(prefix.length);
      const slash = remainder.indexOf('/');
      const sourceId = decodeURIComponent(slash < 0 ? remainder : remainder.slice(0, slash));
      if (!knownSources.has(sourceId)) continue;
      const namespace = namespaceFor(req);
      const state = /** @type {SourceState} */ (namespace.states.get(sourceId));
      const rest = slash < 0 ? '' : remainder.slice(slash + 1).replace(/\/+$/, '');
      return { state, rest, base, checked, namespace };
    }
    return undefined;
  }

  /**
   * `/__fhir-control/...`: reset, mode, sources.
   * @param {Request} req
   * @param {Response} res
   * @param {string} action  the path after the prefix, e.g. "/reset"
   * @param {Namespace} namespace
   */
  async function handleControl(req, res, action, namespace) {
    const { states, reset, setMode } = namespace;
    setCorsHeaders(res);
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    const route = `${req.method} ${action.replace(/\/+$/, '')}`;
    switch (route) {
      case 'POST /reset': {
        await reset();
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      case 'POST /mode': {
        // JSON whatever the Content-Type says (curl -d sends a form type).
        /** @type {any} */
        let body;
        try {
          const read = await readBody(req);
          body = 'parsed' in read ? read.parsed : read.text.trim() ? JSON.parse(read.text) : undefined;
        } catch {
          body = undefined;
        }
        if (!body || typeof body !== 'object') {
          return sendJson(res, 400, operationOutcome('invalid', 'Send JSON like {"source":"helse-bergen","mode":"down","delayMs":3000}.'), {}, PLAIN_JSON);
        }
        try {
          const delayMs = body.delayMs === undefined || body.delayMs === null ? undefined : Number(body.delayMs);
          setMode(String(body.source ?? ''), String(body.mode ?? ''), { delayMs });
        } catch (error) {
          return sendJson(res, 400, operationOutcome('invalid', errorMessage(error)), {}, PLAIN_JSON);
        }
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      case 'GET /sources':
      case 'HEAD /sources': {
        const list = [...states.values()].map((state) => ({
          id: state.id,
          name: state.name,
          fhirBase: `${basePath}/${state.id}`,
          mode: state.mode,
          delayMs: state.delayMs,
        }));
        return sendJson(res, 200, list, {}, PLAIN_JSON);
      }
      default:
        return sendJson(res, 404, operationOutcome('not-supported', `Unknown control endpoint: ${route}. Use POST /reset, POST /mode or GET /sources.`), {}, PLAIN_JSON);
    }
  }

  /**
   * A FHIR request for one source.
   * @param {Request} req
   * @param {Response} res
   * @param {SourceState} state
   * @param {string} rest  path after the source id, e.g. "Appointment/hb-appt-01"
   * @param {URL} url
   */
  async function handleFhir(req, res, state, rest, url, base = basePath, checked = false) {
    setCorsHeaders(res);
    const origin = requestOrigin(req);
    const sourceBase = `${origin}${base}/${state.id}`;

    // SMART discovery: the authorization server's configuration, at every base.
    if (smart && rest === '.well-known/smart-configuration' && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')) {
      if (req.method === 'OPTIONS') return answerPreflight(req, res);
      const configuration = smart.configuration();
      if (!configuration) return sendJson(res, 503, operationOutcome('transient', 'The authorization server is starting.'), {}, PLAIN_JSON);
      return sendJson(res, 200, configuration, {}, PLAIN_JSON);
    }

    // The simulated failures. A preflight still succeeds (except on a dead
    // network), so the browser lets the client read the error status.
    if (state.mode === 'network') {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    switch (state.mode) {
      case 'down':
        return sendJson(res, 503, operationOutcome('transient', `${state.name} is not available right now (simulated).`));
      case 'unauthorized':
        return sendJson(res, 401, operationOutcome('expired', 'The access token has expired. Log in again (simulated).'), {
          'WWW-Authenticate': 'Bearer realm="hn-elements-dev", error="invalid_token", error_description="The access token expired"',
        });
      case 'malformed': {
        // Cut off in the middle, like a proxy that dropped the rest.
        const broken = `{"resourceType":"Bundle","type":"searchset","total":3,"entry":[{"fullUrl":"${sourceBase}/Appointment/`;
        res.writeHead(200, { 'Content-Type': FHIR_JSON, 'Content-Length': String(Buffer.byteLength(broken)), 'Cache-Control': 'no-store' });
        res.end(broken);
        return;
      }
      case 'slow':
        if (!(await waitUnlessClosed(state.delayMs, res))) return;
        break;
      default:
        break;
    }

    await state.ready;
    const repo = state.repo;
    const method = req.method === 'HEAD' ? 'GET' : /** @type {import('@medplum/fhir-router').HttpMethod} */ (req.method ?? 'GET');

    if (method === 'GET' && rest === 'metadata') return sendJson(res, 200, capabilityStatement(sourceBase, state.name, securityStatement(smart?.configuration(), checked)));

    /** On a SMART-protected base: the patient in the access token's context. */
    let patient;
    if (checked && guard) {
      const decision = await guard.check({
        authorization: req.headers.authorization,
        audience: sourceBase,
        method,
        segments: rest ? rest.split('/') : [],
        params: new URLSearchParams(url.search),
      });
      if ('deny' in decision) return sendJson(res, decision.deny.status, operationOutcome(decision.deny.status === 401 ? 'login' : 'forbidden', decision.deny.text), decision.deny.headers);
      patient = decision.patient;
    }

    /** @type {unknown} */
    let body;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      try {
        body = await parseBody(req);
      } catch (error) {
        const status = /** @type {{ status?: number }} */ (error).status ?? 400;
        return sendJson(res, status, operationOutcome(status === 413 ? 'too-costly' : 'structure', errorMessage(error)));
      }
    }

    // Searches get a page size and, afterwards, links that can be followed.
    const segments = rest ? rest.split('/') : [];
    const isGetSearch = method === 'GET' && segments.length <= 1 && !segments[0]?.startsWith('$') && !segments[0]?.startsWith('_');
    const isPostSearch = method === 'POST' && segments.at(-1) === '_search' && segments.length <= 2;
    /** @type {{ searchPath: string, params: URLSearchParams, count: number, offset: number } | undefined} */
    let paging;
    let search = url.search;
    if (isGetSearch) {
      const params = new URLSearchParams(url.search);
      const { count, offset } = applyPaging(params);
      search = `?${params.toString()}`;
      paging = { searchPath: rest, params, count, offset };
    } else if (isPostSearch) {
      const params = new URLSearchParams(url.search);
      if (body && typeof body === 'object') {
        for (const [name, value] of toSearchParams(/** @type {Record<string, string | string[]>} */ (body))) params.append(name, value);
      }
      const { count, offset } = applyPaging(params);
      body = queryObject(params);
      search = '';
      paging = { searchPath: segments.slice(0, -1).join('/'), params, count, offset };
    }

    const headers = { ...req.headers };
    const ifMatch = normaliseIfMatch(req.headers['if-match']);
    if (ifMatch) headers['if-match'] = ifMatch;
    else delete headers['if-match'];

    const fhirRequest = {
      method,
      url: `${rest}${search}`,
      pathname: '',
      body,
      params: {},
      query: queryObject(new URLSearchParams(search)),
      headers,
    };
    const [outcome, answered] = await router.handleRequest(fhirRequest, repo);
    let status = core.getStatus(outcome);

    if (!core.isOk(outcome) || !answered) return sendJson(res, status, outcome);
    let resource = answered;
    if (patient !== undefined && guard) {
      resource = guard.filter(answered, patient);
      if (!resource) {
        const { headers } = guard.deny(403, sourceBase, 'This resource is outside the patient in context.', 'insufficient_scope');
        return sendJson(res, 403, operationOutcome('forbidden', 'This resource is outside the patient in context.'), headers);
      }
    }

    /** @type {Record<string, string>} */
    const responseHeaders = {};
    if (resource.resourceType === 'Bundle') {
      if (paging && /** @type {Bundle} */ (resource).type === 'searchset') {
        decorateSearchset(/** @type {Bundle} */ (resource), { sourceBase, ...paging });
        // A broken server whose `next` link leads back to the page it is on.
        if (state.mode === 'paging-loop') loopNextLink(/** @type {Bundle} */ (resource));
      }
    } else if (resource.id && resource.meta?.versionId) {
      responseHeaders.ETag = `W/"${resource.meta.versionId}"`;
      if (resource.meta.lastUpdated) responseHeaders['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
      if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
        responseHeaders.Location = `${sourceBase}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
      }
      // An update that made a new resource is a create.
      if (method === 'PUT' && status === 200 && resource.meta.versionId === '1') status = 201;
    }
    return sendJson(res, status, resource, responseHeaders);
  }

  return function fhirMiddleware(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    /** @type {Promise<void>} */
    let work;
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const namespace = namespaceFor(req);
      tagNamespace(res, namespace);
      work = handleControl(req, res, path.slice(CONTROL_PREFIX.length), namespace);
    } else {
      const match = matchSource(path, req);
      if (!match) {
        if (next) next();
        else sendJson(res, 404, operationOutcome('not-found', `Nothing at ${path}.`));
        return;
      }
      tagNamespace(res, match.namespace);
      work = handleFhir(req, res, match.state, match.rest, url, match.base, match.checked);
    }
    work.catch((error) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendJson(res, 500, operationOutcome('exception', errorMessage(error)));
    });
  };
}

/**
 * Names the namespace that answered (a keyed one only), for tests and for debugging.
 * @param {Response} res
 * @param {Namespace} namespace
 */
function tagNamespace(res, namespace) {
  if (namespace.key !== undefined) res.setHeader(NAMESPACE_HEADER, encodeURIComponent(namespace.key));
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
