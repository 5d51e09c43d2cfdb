/**
 * Pure checks of a hand-off target. Nothing here touches the DOM, so the rules can be tested and
 * reused (a host may check its own links with `checkHandoffTarget` before it renders a launcher).
 *
 * The rules (docs/security.md):
 * - the target is an absolute URL; relative URLs are refused (they would resolve against the portal);
 * - the scheme is `https:`; `http:` only for a loopback host (127.0.0.1, localhost, [::1]) and only
 *   when the allowlist itself lists that exact http origin (the playground); every other scheme
 *   (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:` ...) is refused;
 * - no user name or password in the URL;
 * - the origin (scheme, host, port) is exactly one of `session.handoff.allowedOrigins`.
 */

export type HandoffErrorReason = 'invalid-url' | 'not-https' | 'not-allowed' | 'ticket-failed' | 'navigation-failed';

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid-url' | 'not-https' | 'not-allowed'; host?: string };

import { absoluteUrl, isLoopbackHost } from '@hn-elements/core';

export { isLoopbackHost };

/** An origin as the URL parser writes it (lower-case host, default port dropped), or undefined. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}


/** Checks a target against the rules above. `allowedOrigins` comes from the session, never from the link. */
export function checkHandoffTarget(href: unknown, allowedOrigins: readonly string[] | undefined): TargetCheck {
  const url = absoluteUrl(href);
  if (!url) return { ok: false, reason: 'invalid-url' };
  const allowed = new Set((Array.isArray(allowedOrigins) ? allowedOrigins : []).map((o) => (typeof o === 'string' ? normalizeOrigin(o) : undefined)).filter(Boolean));
  if (url.protocol === 'http:') {
    // Only the playground: a loopback host that the allowlist names with http.
    if (!isLoopbackHost(url.hostname) || !allowed.has(url.origin)) return { ok: false, reason: 'not-https', host: url.host };
  } else if (url.protocol !== 'https:') {
    return { ok: false, reason: 'not-https' };
  }
  if (url.username || url.password) return { ok: false, reason: 'invalid-url' };
  if (!url.hostname) return { ok: false, reason: 'invalid-url' };
  if (!allowed.has(url.origin)) return { ok: false, reason: 'not-allowed', host: url.host };
  return { ok: true, url };
}

/** `iss` for SMART App Launch: the FHIR base URL, https (http on loopback only), no credentials. */
export function checkIssuer(iss: unknown): URL | undefined {
  const url = absoluteUrl(iss);
  if (!url) return undefined;
  if (url.username || url.password || url.hash) return undefined;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  return undefined;
}

/**
 * A launch id must be opaque: URL-safe characters only, a sensible length, and not shaped like a
 * JWT (a token must never travel in a URL, even if a portal hands one out by mistake).
 */
export function isOpaqueLaunchId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (!/^[A-Za-z0-9_~-]{16,256}$/.test(value)) return false;
  return !/^eyJ/.test(value);
}

/** The deep link with `iss` and `launch` added (any existing values of those two are replaced). */
export function smartLaunchUrl(target: URL, iss: URL, launch: string): string {
  const url = new URL(target.href);
  url.searchParams.set('iss', iss.href.replace(/\/$/, ''));
  url.searchParams.set('launch', launch);
  return url.href;
}
