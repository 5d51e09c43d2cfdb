import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  HnInbox,
  type AuthRequiredDetail,
  type InboxOpenDetail,
  type MessageReadDetail,
  type MessageSendDetail,
  type MessageSentDetail,
} from './hn-inbox.js';
import './define.js';

/** React wrapper: typed props and `onOpen`-style event props. */
export const Inbox = createComponent({
  tagName: 'hn-inbox',
  elementClass: HnInbox,
  react: React,
  events: {
    onOpen: 'hn-inbox-open' as EventName<CustomEvent<InboxOpenDetail>>,
    onRead: 'hn-message-read' as EventName<CustomEvent<MessageReadDetail>>,
    onSend: 'hn-message-send' as EventName<CustomEvent<MessageSendDetail>>,
    onSent: 'hn-message-sent' as EventName<CustomEvent<MessageSentDetail>>,
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
  },
});
