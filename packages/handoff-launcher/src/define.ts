import '@hn-elements/core/define.js';
// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnHandoffLauncher } from './hn-handoff-launcher.js';

defineElement('hn-handoff-launcher', HnHandoffLauncher);
