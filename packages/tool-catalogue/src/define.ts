import '@hn-elements/core/define.js';
import '@hn-elements/handoff-launcher/define.js';
import { defineElement } from '@hn-elements/core';
import { HnToolCatalogue } from './hn-tool-catalogue.js';

defineElement('hn-tool-catalogue', HnToolCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'hn-tool-catalogue': HnToolCatalogue;
  }
}
