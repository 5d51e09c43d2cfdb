import DOMPurify from 'dompurify';

/**
 * HTML from a source is never trusted. It goes through DOMPurify with a strict profile:
 * no scripts, no event handlers, no forms, frames, SVG or MathML, no styles, and links only to https.
 * Where the page enforces Trusted Types, the result is a TrustedHTML from the `hn-elements` policy.
 */

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'svg', 'math', 'template', 'video', 'audio', 'source'];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'srcdoc', 'xlink:href'];

let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute('href')) {
      const safe = safeHttpsUrl(node.getAttribute('href') ?? '');
      if (safe) {
        node.setAttribute('href', safe);
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      } else {
        node.removeAttribute('href');
      }
    }
    if (node.hasAttribute('src')) {
      const safe = safeHttpsUrl(node.getAttribute('src') ?? '');
      if (safe) node.setAttribute('src', safe);
      else node.removeAttribute('src');
    }
  });
}

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

function trustedTypesPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike } }).trustedTypes;
  try {
    // The policy only passes through strings DOMPurify has already cleaned (see sanitizeHtml).
    policy = factory ? factory.createPolicy('hn-elements', { createHTML: (input) => input }) : null;
  } catch {
    policy = null;
  }
  return policy;
}

/** Clean HTML as a string: safe to inspect or store; use `sanitizeHtml` for rendering. */
export function sanitizeHtmlToString(dirty: string): string {
  installHooks();
  return DOMPurify.sanitize(dirty, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}

/** Clean HTML for `unsafeHTML`: a TrustedHTML where Trusted Types exist, else a string. */
export function sanitizeHtml(dirty: string): string {
  const clean = sanitizeHtmlToString(dirty);
  const tt = trustedTypesPolicy();
  return (tt ? tt.createHTML(clean) : clean) as string;
}

/** The URL as a string when it is absolute `https:`, else undefined. Links from data use only this. */
export function safeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
