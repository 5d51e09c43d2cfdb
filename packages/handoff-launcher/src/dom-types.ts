// The DOM's own type maps learn the launcher's tag and events, so
// `addEventListener('hn-handoff-start', e => e.detail.href)` is typed in any TypeScript host.
// index.ts and define.ts import this file, so its declarations travel with every entry point's
// .d.ts. scripts/manifest.mjs reads the event map to give custom-elements.json the detail types.
import type { HandoffErrorDetail, HandoffStartDetail, HnHandoffLauncher } from './hn-handoff-launcher.js';

/** The events this package's elements fire, with their `detail` types. */
export interface HandoffLauncherEventMap {
  /** A hand-off begins. Cancelable: the host then navigates itself. */
  'hn-handoff-start': CustomEvent<HandoffStartDetail>;
  /** A hand-off was refused or failed; nothing navigated. */
  'hn-handoff-error': CustomEvent<HandoffErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-handoff-launcher': HnHandoffLauncher;
  }
  // On the element, and on document and window, which they reach too (they bubble and are composed).
  interface HTMLElementEventMap extends HandoffLauncherEventMap {}
  interface DocumentEventMap extends HandoffLauncherEventMap {}
  interface WindowEventMap extends HandoffLauncherEventMap {}
}
