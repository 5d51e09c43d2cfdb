// Reading requests and writing answers for the FHIR middleware (http.mjs): JSON answers (gzip when
// the client takes it), CORS and preflight, the request's origin, its body, and its query.
import { gzipSync } from 'node:zlib';

/**
 * @typedef {import('node:http').IncomingMessage & { body?: unknown }} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {import('@medplum/fhirtypes').OperationOutcome} OperationOutcome
 */

const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
export const PLAIN_JSON = 'application/json; charset=utf-8';
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'If-None-Exist', 'Prefer', 'Accept', 'Accept-Language'];
const EXPOSED_HEADERS = 'ETag, Location, Content-Location, Last-Modified, WWW-Authenticate, X-Fhir-Namespace';

/**
 * Builds an OperationOutcome with one issue.
 * @param {string} code  FHIR issue type, e.g. "not-found", "transient"
 * @param {string} text  plain explanation
 * @param {'error' | 'warning' | 'information' | 'fatal'} [severity]
 * @returns {OperationOutcome}
 */
export function operationOutcome(code, text, severity = 'error') {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity, code: /** @type {any} */ (code), details: { text } }],
  };
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 * @param {string} [contentType]
 */
export function sendJson(res, status, body, headers = {}, contentType = FHIR_JSON) {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  // Compressed as a production FHIR server sends it, when the client takes gzip and it is worth it.
  const compressed = Buffer.byteLength(text) >= COMPRESS_FROM && acceptsGzip(res.req?.headers['accept-encoding']);
  const payload = compressed ? gzipSync(text) : text;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(payload)),
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(compressed ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(payload);
}

/** Answers smaller than this go as they are: gzip would save next to nothing. */
const COMPRESS_FROM = 1024;

/** Whether an Accept-Encoding header takes gzip (`gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`). */
function acceptsGzip(/** @type {string | string[] | undefined} */ header) {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  for (const part of value.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
    if (q === undefined || Number(q) > 0) return true;
  }
  return false;
}

/**
 * CORS for any origin. Tokens travel in the Authorization header, not cookies,
 * so "*" is enough.
 * @param {Response} res
 */
export function setCorsHeaders(res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/**
 * Answers a CORS preflight. Headers the browser asks for are allowed too, so a
 * client that adds its own header (a request id, say) is not blocked.
 * @param {Request} req
 * @param {Response} res
 */
export function answerPreflight(req, res) {
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((header) => header.trim())
    .filter(Boolean);
  const allowed = [...new Set([...ALLOWED_HEADERS, ...requested])];
  res.writeHead(204, {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': allowed.join(', '),
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
}

/**
 * First value of a header that may be repeated.
 * @param {string | string[] | undefined} value
 */
function firstHeader(value) {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim() || undefined;
}

/**
 * The origin the client used, from X-Forwarded-Host / Host, so links in bundles
 * can be followed from wherever the client sits (behind a dev proxy too).
 * @param {Request} req
 */
export function requestOrigin(req) {
  const hostPattern = /^[A-Za-z0-9.\-:[\]]+$/;
  const forwardedHost = firstHeader(req.headers['x-forwarded-host']);
  const host = [forwardedHost, firstHeader(req.headers.host)].find((value) => value && hostPattern.test(value)) ?? '127.0.0.1';
  const forwardedProto = firstHeader(req.headers['x-forwarded-proto']);
  const encrypted = Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted);
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http';
  return `${proto}://${host}`;
}

/**
 * Reads the request body as text. Uses an already parsed body (from an Express
 * body parser, say) when the stream has been consumed.
 * @param {Request} req
 * @returns {Promise<{ parsed: unknown } | { text: string }>}
 */
export function readBody(req) {
  if (req.readableEnded && req.body !== undefined) {
    if (typeof req.body === 'string') return Promise.resolve({ text: req.body });
    if (Buffer.isBuffer(req.body)) return Promise.resolve({ text: req.body.toString('utf8') });
    return Promise.resolve({ parsed: req.body });
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

/**
 * Turns the request body into what the FHIR router expects: JSON for resources
 * and patches, an object of parameters for form-encoded `_search`.
 * @param {Request} req
 * @returns {Promise<unknown>}
 */
export async function parseBody(req) {
  const body = await readBody(req);
  if ('parsed' in body) return body.parsed;
  if (!body.text.trim()) return undefined;
  const contentType = String(req.headers['content-type'] ?? '');
  if (contentType.includes('application/x-www-form-urlencoded')) return queryObject(new URLSearchParams(body.text));
  try {
    return JSON.parse(body.text);
  } catch {
    throw Object.assign(new Error('The request body is not valid JSON.'), { status: 400 });
  }
}

/**
 * URLSearchParams -> { name: value | value[] }, repeated names become arrays.
 * @param {URLSearchParams} params
 * @returns {Record<string, string | string[]>}
 */
export function queryObject(params) {
  /** @type {Record<string, string | string[]>} */
  const result = {};
  for (const [name, value] of params) {
    const existing = result[name];
    result[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return result;
}

/**
 * @param {Record<string, string | string[]>} object
 * @returns {URLSearchParams}
 */
export function toSearchParams(object) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(object)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params;
}

/**
 * Accepts `W/"3"`, `"3"` and a bare `3` (which medplum would ignore), and drops
 * `*` (any version).
 * @param {string | string[] | undefined} value
 */
export function normaliseIfMatch(value) {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text || text === '*') return undefined;
  return text.includes('"') ? text : `W/"${text}"`;
}
