import '@hn-elements/core/define.js';
import { defineElement } from '@hn-elements/core';
import { HnHandoffLauncher } from './hn-handoff-launcher.js';

defineElement('hn-handoff-launcher', HnHandoffLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'hn-handoff-launcher': HnHandoffLauncher;
  }
}
