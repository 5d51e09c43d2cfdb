import { focusIsLost, type Session } from '@hn-elements/core';
import type { HandoffStartDetail } from './hn-handoff-launcher.js';

/**
 * A new-tab hand-off that is ready (in SMART mode: its launch id is in hand) but came too late
 * after the citizen's activation for the browser to open a tab by itself. It waits for the citizen
 * to open it with the offered link; the launch id in `url` is the one that link uses.
 */
export interface Offer {
  url: string;
  detail: HandoffStartDetail;
  /** `performance.now()` when it was made: a launch id lives 2 min. */
  madeAt: number;
  /** Whom it was made for (see {@link whoFor}): another choice drops it. */
  who: string;
  /** Too old to use: the link then asks for a new launch id when used. */
  expired: boolean;
}

/** Whom a launch is for: the citizen and whom they act for. */
export function whoFor(session: Session | undefined): string {
  return `${session?.actor?.reference ?? ''}>${session?.representation?.person.reference ?? ''}`;
}

/**
 * True when focus is inside `host` (through its shadow root) or nowhere (on <body>): then moving
 * it to the offered link takes it from nothing else the citizen went on to while waiting.
 */
export function focusIsWithinOrLost(host: Element): boolean {
  return host.matches(':focus-within') || focusIsLost();
}
