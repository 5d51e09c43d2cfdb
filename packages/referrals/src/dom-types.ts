// The DOM's own type maps learn <hn-referrals>, so `querySelector('hn-referrals')` is typed in any
// TypeScript host. index.ts and define.ts import this file, so its declarations travel with every
// entry point's .d.ts. The element fires no events of its own; the launchers' events bubble out of
// it, and their map comes with the launcher's types.
import type { HnReferrals } from './hn-referrals.js';
export type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';

declare global {
  interface HTMLElementTagNameMap {
    'hn-referrals': HnReferrals;
  }
}
