// The DOM's own type maps learn <hn-tool-catalogue> and its events, so `querySelector('hn-tool-catalogue')` and
// `addEventListener('<event>', e => e.detail)` are typed in any TypeScript host. index.ts and
// define.ts import this file, so its declarations travel with every entry point's .d.ts.
// scripts/manifest.mjs checks the element's `@fires` detail types against the event map.
import type { HnToolCatalogue } from './hn-tool-catalogue.js';
// The launcher's events bubble out of this element too; their map comes with the launcher's types.
export type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';

declare global {
  interface HTMLElementTagNameMap {
    'hn-tool-catalogue': HnToolCatalogue;
  }
}
