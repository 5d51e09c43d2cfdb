import { handoffUrl } from '../url-policy.js';
import { isRecord } from './validate.js';

/** A hand-off target read from data, for `<hn-handoff-launcher>` (which checks the allowlist). */
export interface HandoffLink {
  href: string;
  /** The target is a SMART app: launched with `iss` and an opaque `launch` id. */
  smart: boolean;
}

/**
 * Reads a complex extension `{ url, extension: [{ url: 'link', valueUrl }, { url: 'launch', valueCode: 'smart' }] }`
 * from a resource. The link is kept only when it is an absolute https URL (http only for a loopback
 * host: the playground) without credentials; javascript:, data:, relative links and the like are
 * dropped here, and the launcher refuses visibly whatever its allowlist does not name.
 * Returns `{ link }` when usable, `{ refused: true }` when present but unusable, `{}` when absent.
 */
export function readHandoffLink(resource: unknown, extensionUrl: string): { link?: HandoffLink; refused?: boolean } {
  const extensions = isRecord(resource) && Array.isArray(resource['extension']) ? resource['extension'] : [];
  const outer = extensions.find((e: unknown) => isRecord(e) && e['url'] === extensionUrl);
  if (!isRecord(outer)) return {};
  const inner = Array.isArray(outer['extension']) ? outer['extension'].filter(isRecord) : [];
  const raw = inner.find((e) => e['url'] === 'link')?.['valueUrl'];
  const url = handoffUrl(raw);
  if (!url) return { refused: true };
  return { link: { href: url.href, smart: inner.some((e) => e['url'] === 'launch' && e['valueCode'] === 'smart') } };
}
