import type { Communication } from '@hn-elements/core';
import type { InboxKind } from './model.js';

// The `detail` of every event <hn-inbox> fires (dom-types.ts maps the event names to them).

/** `detail` of `hn-inbox-open`: the citizen opened an item in the reading pane. */
export interface InboxOpenDetail {
  key: string;
  kind: InboxKind;
  id: string;
  sourceId: string;
}

/** `detail` of `hn-message-read` (cancelable: mark them read yourself; the element then only shows them as read). */
export interface MessageReadDetail {
  key: string;
  sourceId: string;
  ids: string[];
}

/** `detail` of `hn-message-send` (cancelable: send it yourself; the draft stays until you call `discardDraft(key)`). */
export interface MessageSendDetail {
  key: string;
  sourceId: string;
  communication: Communication;
  /** The `urn:uuid:` that makes the send idempotent (identifier system `urn:ietf:rfc:3986`). */
  idempotencyKey: string;
}

/** `detail` of `hn-message-sent`: the server's copy of the reply. */
export interface MessageSentDetail {
  key: string;
  sourceId: string;
  communication: Communication;
  /** False when the server already had it from an earlier attempt. */
  created: boolean;
}
