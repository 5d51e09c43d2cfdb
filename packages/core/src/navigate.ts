import { isLoopbackHost } from './url-policy.js';

/**
 * `detail` of `hn-navigate`: a component's link to another page of the host was followed (a plain
 * click or Enter). Cancelable: a host that routes itself (the shell) calls `preventDefault()` and
 * shows `href` its own way; otherwise the browser follows the link.
 */
export interface NavigateDetail {
  /** Where the link goes, absolute. */
  href: string;
  /** The FHIR resource the link goes to (`Appointment/123`), when it goes to one. */
  reference?: string;
  /** The source that resource is from. */
  sourceId?: string;
}

/**
 * A page of the host from what the host configured (a path, or an absolute URL), with `fragment`:
 * on the page's own origin, or `https:` (`http:` on loopback). Anything else — `javascript:`,
 * `data:`, another origin over plain http, a value that is no URL — gives `undefined`, and no link.
 */
export function hostPageUrl(value: string | undefined, fragment?: string): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    return undefined;
  }
  const sameOrigin = url.origin === window.location.origin;
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && (sameOrigin || isLoopbackHost(url.hostname)));
  if (!allowed || url.username || url.password) return undefined;
  if (fragment !== undefined) url.hash = fragment;
  return url.href;
}

/**
 * For a link's `click`: a plain activation (main button, no modifier key: Enter or a click) is
 * offered to the host as `hn-navigate` through `emit`; when the host takes it, the browser's own
 * navigation is prevented. A click that opens a new tab or window is left to the browser.
 */
export function offerNavigation(event: MouseEvent, emit: (detail: NavigateDetail) => boolean, detail: NavigateDetail): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (!emit(detail)) event.preventDefault();
}
