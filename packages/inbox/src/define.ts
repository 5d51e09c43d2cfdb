import '@hn-elements/core/define.js';
import '@hn-elements/handoff-launcher/define.js';
import { defineElement } from '@hn-elements/core';
import { HnInbox } from './hn-inbox.js';

defineElement('hn-inbox', HnInbox);

declare global {
  interface HTMLElementTagNameMap {
    'hn-inbox': HnInbox;
  }
}
