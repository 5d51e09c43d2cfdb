// The DOM's own type maps learn <hn-inbox> and its events, so `querySelector('hn-inbox')` and
// `addEventListener('<event>', e => e.detail)` are typed in any TypeScript host. index.ts and
// define.ts import this file, so its declarations travel with every entry point's .d.ts.
// scripts/manifest.mjs checks the element's `@fires` detail types against the event map.
import type { HnInbox, InboxOpenDetail, MessageReadDetail, MessageSendDetail, MessageSentDetail } from './hn-inbox.js';
// The launcher's events bubble out of this element too; their map comes with the launcher's types.
export type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';

/** The events this package's elements fire, with their `detail` types. */
export interface InboxEventMap {
  /** An item was opened in the reading pane. */
  'hn-inbox-open': CustomEvent<InboxOpenDetail>;
  /** Unread messages are about to be marked read. Cancelable: the host marks them. */
  'hn-message-read': CustomEvent<MessageReadDetail>;
  /** The citizen sends a reply. Cancelable: the host sends it. */
  'hn-message-send': CustomEvent<MessageSendDetail>;
  /** The server accepted the reply. */
  'hn-message-sent': CustomEvent<MessageSentDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-inbox': HnInbox;
  }
  // On the element, and on document and window, which they reach too (they bubble and are composed).
  interface HTMLElementEventMap extends InboxEventMap {}
  interface DocumentEventMap extends InboxEventMap {}
  interface WindowEventMap extends InboxEventMap {}
}
