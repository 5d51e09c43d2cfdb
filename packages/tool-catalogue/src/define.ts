import '@hn-elements/core/define.js';
import '@hn-elements/handoff-launcher/define.js';
// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnToolCatalogue } from './hn-tool-catalogue.js';

defineElement('hn-tool-catalogue', HnToolCatalogue);
