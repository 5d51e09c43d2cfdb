import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../src/define.js';
import type { HnInbox } from '../src/hn-inbox.js';

export { settle };

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

/** Waits until the virtualiser has put rows in the list (when there is anything to show). */
export async function rendered(el: HnInbox): Promise<void> {
  if (!el.shadowRoot!.querySelector('.list')) return;
  await waitUntil(() => rows(el).length > 0, 'the list rendered no rows', { timeout: 4000 });
}

/** The rows the virtualiser has in the DOM now, in list order. */
export function rows(el: HnInbox): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list [part="item"]')].sort(
    (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
  );
}

export function rowTitles(el: HnInbox): string[] {
  return rows(el).map((row) => row.querySelector('.title')!.textContent!.trim());
}

export function rowButton(el: HnInbox, title: string | RegExp): HTMLButtonElement {
  const row = rows(el).find((r) => {
    const text = r.querySelector('.title')!.textContent!.trim();
    return typeof title === 'string' ? text === title : title.test(text);
  });
  if (!row) throw new Error(`no row ${title}; have ${rowTitles(el).join(' | ')}`);
  return row.querySelector('button')!;
}

export function pane(el: HnInbox): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.pane')!;
}

/** Opens an item by clicking its row and waits for the pane. */
export async function openItem(el: HnInbox, title: string | RegExp): Promise<HTMLElement> {
  rowButton(el, title).click();
  await el.updateComplete;
  await waitUntil(() => pane(el).querySelector('#pane-heading'), 'the pane did not open');
  await settle(el);
  return pane(el);
}

export function liveRegion(el: HnInbox): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
