// The DOM's own type map learns <hn-test-results>, so `querySelector('hn-test-results')` is typed in
// any TypeScript host. index.ts and define.ts import this file, so its declarations travel with every
// entry point's .d.ts. The element fires no events of its own besides core's hn-auth-required.
import type { HnTestResults } from './hn-test-results.js';

declare global {
  interface HTMLElementTagNameMap {
    'hn-test-results': HnTestResults;
  }
}

export {};
