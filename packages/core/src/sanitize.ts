import DOMPurify from 'dompurify';
import { safeHttpsUrl } from './url-policy.js';

/**
 * HTML from a source is never trusted. It goes through DOMPurify with a strict profile:
 * no scripts, no event handlers, no forms, frames, SVG or MathML, no styles, links only to https,
 * and nothing that loads by itself (no image sources, no CSS).
 * Rendering goes through Lit's `unsafeHTML` (a string; Lit's own policy handles Trusted Types);
 * a raw DOM sink gets a TrustedHTML from the `hn-elements` policy via `sanitizeHtmlTrusted`.
 */

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'svg', 'math', 'template', 'video', 'audio', 'source'];
// `background` and `poster` load images too, `ping` reports a click to another server.
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'srcdoc', 'xlink:href', 'background', 'poster', 'ping'];

/**
 * A link from a source opens in a new tab, and must say so (WCAG 3.2.5 advice, 2.4.4): the
 * sanitiser ends every such link with an empty marker, `<span class="hn-new-tab"></span>`, which
 * `noteNewTabLinks` fills with "(åpnes i en ny fane)" in the component's language when it renders.
 * The marker carries no words, so sanitised HTML does not depend on the locale (and can be kept).
 */
export const NEW_TAB_CLASS = 'hn-new-tab';

/** Ends a link with the new-tab marker, once (sanitising twice gives the same markup). */
function markNewTab(link: Element): void {
  for (const old of [...link.querySelectorAll(`.${NEW_TAB_CLASS}`)]) {
    if (old.childNodes.length === 0) old.remove();
  }
  const marker = link.ownerDocument.createElement('span');
  marker.className = NEW_TAB_CLASS;
  link.append(marker);
}

function isOwnMarker(node: Element): boolean {
  return node.localName === 'span' && node.childNodes.length === 0 && node.parentElement?.localName === 'a' && node.parentElement.getAttribute('target') === '_blank' && node === node.parentElement.lastChild;
}

// A private DOMPurify instance: the hooks below must not change how the host page's own
// DOMPurify (the shared module instance) treats its HTML.
let purifier: ReturnType<typeof DOMPurify> | undefined;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute('href')) {
      const safe = safeHttpsUrl(node.getAttribute('href') ?? '');
      if (safe) {
        node.setAttribute('href', safe);
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
        markNewTab(node);
      } else {
        node.removeAttribute('href');
      }
    }
    // Only the sanitiser places the new-tab marker: a source's own is not one.
    if (node.classList.contains(NEW_TAB_CLASS) && !isOwnMarker(node)) node.classList.remove(NEW_TAB_CLASS);
    // HTML from a source loads nothing by itself: an image from another server would tell that
    // server who opened the message and when (a read receipt). An image keeps its alt text; the
    // component shows it as an image that was not loaded, or leaves it out.
    if (node.hasAttribute('src')) node.removeAttribute('src');
  });
  return purifier;
}

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

function trustedTypesPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike } }).trustedTypes;
  try {
    // The policy only passes through strings DOMPurify has already cleaned (see sanitizeHtmlTrusted).
    policy = factory ? factory.createPolicy('hn-elements', { createHTML: (input) => input }) : null;
  } catch {
    policy = null;
  }
  return policy;
}

/** Clean HTML as a string: safe to inspect or store; use `sanitizeHtml` for rendering. */
export function sanitizeHtmlToString(dirty: string): string {
  return instance().sanitize(dirty, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    // The HTML is rendered inside a component's shadow root: its ids and names must not clobber
    // the component's own (aria-labelledby="heading" ...). They become `user-content-*`.
    SANITIZE_NAMED_PROPS: true,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}

/**
 * Clean HTML for Lit's `unsafeHTML`. Always a string: `unsafeHTML` throws on anything else (a
 * TrustedHTML included), and Lit passes the string to the DOM through its own `lit-html` policy,
 * so this stays Trusted Types compatible. For a raw DOM sink use `sanitizeHtmlTrusted`.
 */
export function sanitizeHtml(dirty: string): string {
  return sanitizeHtmlToString(dirty);
}

/**
 * Clean HTML for a raw DOM sink (`innerHTML`): a TrustedHTML where Trusted Types exist, else a
 * string. Typed as string because that is what the DOM typings of `innerHTML` accept.
 */
export function sanitizeHtmlTrusted(dirty: string): string {
  const clean = sanitizeHtmlToString(dirty);
  const tt = trustedTypesPolicy();
  return (tt ? tt.createHTML(clean) : clean) as string;
}

