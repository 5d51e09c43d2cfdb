import { fixture, html } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../src/define.js';
import type { HnInbox } from '../src/hn-inbox.js';
import { rendered } from './harness.js';

export { settle };
// What the tests (and the accessibility checks in test/) find and do in the element is the harness's.
export { liveRegion, openItem, pane, rendered, rowButton, rowTitles, rows } from './harness.js';

// The virtualiser renders rows at an estimated size, measures them and replaces them in the same
// frame, so Chromium reports "ResizeObserver loop completed with undelivered notifications" (benign;
// the notifications come in the next frame; see @lit-labs/virtualizer's README). Mocha would fail
// whatever test or hook is running, so the notice is ignored for the whole file (root hooks, set up
// after Mocha has installed its own window.onerror).
let restoreOnError: (() => void) | undefined;
before(() => {
  restoreOnError = ignoreWindowResizeObserverLoopErrors({ suppressErrorLogging: true });
});
after(() => restoreOnError?.());


export async function withBundle(bundle: unknown, options: { locale?: string; session?: Session; selected?: string } = {}): Promise<HnInbox> {
  const el = await fixture<HnInbox>(
    html`<hn-inbox locale=${options.locale ?? 'nb'} selected=${options.selected ?? ''} .session=${options.session} .bundle=${bundle as Bundle}></hn-inbox>`,
  );
  await settle(el);
  await rendered(el);
  return el;
}

export async function withSession(session: Session, options: { timeout?: number } = {}): Promise<HnInbox> {
  return fixture<HnInbox>(html`<hn-inbox request-timeout=${options.timeout ?? 3000} .session=${session}></hn-inbox>`);
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
