import '@hn-elements/core/define.js';
import '@hn-elements/handoff-launcher/define.js';
// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnInbox } from './hn-inbox.js';

defineElement('hn-inbox', HnInbox);
