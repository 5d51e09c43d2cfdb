import type { Binary } from '@medplum/fhirtypes';
import type { Source } from '../session.js';
import { FhirClient, type FhirClientOptions } from './client.js';
import { FhirError } from './errors.js';
import { fhirBaseUrl, isBelowBase } from '../url-policy.js';
import { base64Size } from '../base64-text.js';

/**
 * Attachment content fetched by URL (`Attachment.url` of a DocumentReference and the like), read
 * as what FHIR says it is: a `Binary`, through `FhirClient`, so content gets the same timeouts,
 * retries with back-off, abort, token handling and errors (401 -> `auth`) as every other read.
 *
 * The rule for the URL (table in core/test/node/attachment-content.test.ts):
 * - Relative URLs (`Binary/123`) resolve against the source's FHIR base; without a source there is
 *   nothing to resolve them against and they are refused.
 * - A Binary below the source's own base (same origin and below its path, as for paging links) is
 *   read with the source's token. Same origin alone is not enough: another FHIR server may live on
 *   another path of the same host.
 * - A Binary on any other server must be `https:` and is read without token or cookies; a refusal
 *   there is `forbidden`, not `auth` (logging in again to the source would not help).
 * - Anything else is refused: URLs with credentials, a query or a fragment, other schemes, and URLs
 *   that are not a Binary read (`…/Binary/<id>`). FhirClient reads FHIR JSON only; reading other
 *   files by URL would need a byte GET in FhirClient first.
 */

/** Where an attachment's Binary is and how it is read. */
export interface AttachmentLocation {
  /** Absolute URL of the Binary. */
  url: string;
  /** The FHIR base it is read from, ending in `/`. */
  base: string;
  /** The Binary's id. */
  id: string;
  /** True when it is below the source's own base, so the source's token goes with the read. */
  onSource: boolean;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Where an attachment URL's Binary may be read from, or undefined when the URL is refused. */
export function attachmentLocation(value: unknown, source: { fhirBase?: string } | undefined): AttachmentLocation | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const base = fhirBaseUrl(source?.fhirBase);
  let url: URL;
  try {
    url = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (base && isBelowBase(url, base)) {
    const id = /^Binary\/([^/]+)$/.exec(url.pathname.slice(base.pathname.length))?.[1];
    // The source's own protocol (http only where the source itself is http, e.g. on loopback).
    if (!id || !FHIR_ID.test(id)) return undefined;
    return { url: url.href, base: base.href, id, onSource: true };
  }
  if (url.protocol !== 'https:') return undefined;
  const match = /^(.*\/)Binary\/([^/]+)$/.exec(url.pathname);
  if (!match || !FHIR_ID.test(match[2]!)) return undefined;
  return { url: url.href, base: `${url.origin}${match[1]}`, id: match[2]!, onSource: false };
}

export interface ReadAttachmentOptions extends Pick<FhirClientOptions, 'timeoutMs' | 'retries' | 'backoffMs' | 'wait' | 'fetch'> {
  signal?: AbortSignal;
  /** Largest content accepted, in decoded bytes. Default 50 MB. */
  maxBytes?: number;
}

export interface AttachmentContent {
  /** The Binary's content as base64, whitespace removed, checked to be well-formed. */
  data: string;
  /** The Binary's own content type, when it gives one. */
  contentType?: string;
}


/**
 * Reads the Binary at `location` for `source` through a `FhirClient`. Throws a `FhirError` (kind
 * `aborted` when `signal` aborts; `malformed` when the answer is not a Binary with base64 data or
 * is larger than `maxBytes`).
 */
export async function readAttachment(location: AttachmentLocation, source: Source, options: ReadAttachmentOptions = {}): Promise<AttachmentContent> {
  const { signal, maxBytes = 50 * 1024 * 1024, ...clientOptions } = options;
  // Elsewhere: a source of its own, without the token.
  const reader: Source = location.onSource ? source : { id: source.id, name: source.name, fhirBase: location.base };
  const client = new FhirClient(reader, clientOptions);
  let binary: Binary;
  try {
    binary = (await client.read<Binary>('Binary', location.id, { signal })).resource;
  } catch (error) {
    if (!location.onSource && error instanceof FhirError && error.kind === 'auth') {
      throw new FhirError('forbidden', source.id, `${source.id}: ${location.base} refused the attachment`, { status: error.status, cause: error });
    }
    throw error;
  }
  const data = typeof binary.data === 'string' ? binary.data.replace(/\s+/g, '') : undefined;
  if (data === undefined) throw new FhirError('malformed', source.id, `${source.id}: Binary ${location.id} has no data`);
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new FhirError('malformed', source.id, `${source.id}: Binary ${location.id} is not base64`);
  if (base64Size(data) > maxBytes) throw new FhirError('malformed', source.id, `${source.id}: Binary ${location.id} is too large`);
  return { data, contentType: typeof binary.contentType === 'string' ? binary.contentType : undefined };
}
