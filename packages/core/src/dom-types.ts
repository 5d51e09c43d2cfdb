// The DOM's own type maps learn core's tags and events, so `document.createElement('hn-state')`,
// `querySelector('hn-confirm-dialog')` and `addEventListener('hn-retry', e => e.detail)` are typed
// in any TypeScript host. index.ts and define.ts import this file, so its declarations travel with
// every entry point's .d.ts. scripts/manifest.mjs reads the event map to check custom-elements.json.
import type { AuthRequiredDetail } from './hn-element.js';
import type { NavigateDetail } from './navigate.js';
import type { HnConfirmDialog } from './elements/hn-confirm-dialog.js';
import type { HnOnBehalfBanner } from './elements/hn-on-behalf-banner.js';
import type { HnSourceLabel } from './elements/hn-source-label.js';
import type { HnSourcesNotice } from './elements/hn-sources-notice.js';
import type { HnState } from './elements/hn-state.js';
import type { HnStatusBadge } from './elements/hn-status-badge.js';

/** `detail` of an event that carries nothing (`hn-retry`, `hn-dialog-confirm`, `hn-dialog-cancel`). */
export type EmptyDetail = Record<string, never>;

/** The events this package's elements fire, with their `detail` types. */
export interface CoreEventMap {
  /** A source answered 401: its login has run out (every data component). */
  'hn-auth-required': CustomEvent<AuthRequiredDetail>;
  /** The citizen asked to try again (`<hn-state>`, `<hn-sources-notice>`). */
  'hn-retry': CustomEvent<EmptyDetail>;
  /** The citizen confirmed (`<hn-confirm-dialog>`). */
  'hn-dialog-confirm': CustomEvent<EmptyDetail>;
  /** The citizen cancelled or pressed Escape (`<hn-confirm-dialog>`). */
  'hn-dialog-cancel': CustomEvent<EmptyDetail>;
  /** A link to another page of the host was followed; cancelable, for a host that routes itself (`hn-referrals`; the shell routes it). */
  'hn-navigate': CustomEvent<NavigateDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-state': HnState;
    'hn-sources-notice': HnSourcesNotice;
    'hn-on-behalf-banner': HnOnBehalfBanner;
    'hn-status-badge': HnStatusBadge;
    'hn-source-label': HnSourceLabel;
    'hn-confirm-dialog': HnConfirmDialog;
  }
  // On the element, and on document and window, which they reach too (they bubble and are composed).
  interface HTMLElementEventMap extends CoreEventMap {}
  interface DocumentEventMap extends CoreEventMap {}
  interface WindowEventMap extends CoreEventMap {}
}
