/**
 * Which URLs from data the components use, in one place (cases in core/test/node/url-policy.test.ts):
 *
 * - `absoluteUrl`: only a URL that names its scheme (`https://…`). A scheme-relative `//host/x` or a
 *   path `/x` would resolve against the page's own address, so it is no URL from data at all.
 *   Tabs and newlines the URL parser drops (`java\tscript:`) do not hide a scheme from this check.
 * - `safeHttpsUrl`: links shown to the citizen (video rooms, map links, documents): `https:` only.
 * - `handoffUrl`: where a hand-off may go: `https:`, or `http:` on a loopback host (the playground
 *   runs on 127.0.0.1), and never with a user name or password in it. The launcher then checks the
 *   origin against the session's allowlist.
 * - `isBelowBase`: a URL a source's token may go to: the same origin as the source's FHIR base and
 *   at or below its path (another FHIR server may live on another path of the same host).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for the loopback host names the playground uses (`127.0.0.1`, `localhost`, `[::1]`). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** An absolute URL (it names its scheme) from data, parsed; anything else is `undefined`. */
export function absoluteUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed.replace(/[\t\n\r]/g, ''))) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}

/** The URL as a string when it is absolute `https:`, else undefined. Links from data use only this. */
export function safeHttpsUrl(value: unknown): string | undefined {
  const url = absoluteUrl(value);
  return url?.protocol === 'https:' ? url.href : undefined;
}

/** A hand-off target from data: `https:` (or `http:` on loopback), without credentials; else undefined. */
export function handoffUrl(value: unknown): URL | undefined {
  const url = absoluteUrl(value);
  if (!url || url.username || url.password || !url.hostname) return undefined;
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname) ? url : undefined;
}

/** The FHIR base as a URL ending in `/` (relative bases resolve against the page), or undefined. */
export function fhirBaseUrl(fhirBase: string | undefined): URL | undefined {
  if (!fhirBase) return undefined;
  try {
    return new URL(fhirBase.endsWith('/') ? fhirBase : `${fhirBase}/`, globalThis.location?.href);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` is on `base`'s origin and at or below its path: where the source's token may go.
 * The base itself counts with or without its final `/` (some servers page with `…/r4?_getpages=…`).
 */
export function isBelowBase(url: URL, base: URL): boolean {
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return url.origin === base.origin && (url.pathname === basePath.slice(0, -1) || url.pathname.startsWith(basePath));
}
