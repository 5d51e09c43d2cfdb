// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) of <hn-inbox>.
export type { InboxEventMap, HandoffErrorDetail, HandoffStartDetail } from './dom-types.js';
export * from './hn-inbox.js';
export * from './model.js';
export {
  inboxFromBundle,
  inboxFromSources,
  markRead,
  sendMessage,
  AllSourcesFailedError,
  type InboxData,
  type SendResult,
} from './load-inbox.js';
export { readDraft, writeDraft, clearDraft, clearDrafts, draftFor, newIdempotencyKey, type Draft } from './drafts.js';
export { inboxMessages } from './messages.js';
