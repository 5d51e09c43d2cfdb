import { waitUntil } from '@open-wc/testing';
import { render, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Control payloads for "nothing ran" tests.
 *
 * A test that renders hostile HTML and then checks that no payload ran can only prove something if
 * the payloads had their chance: an image's error event, a frame's load, a toggle event all come
 * later than the render, and under CPU load much later. Waiting a fixed time is a guess; when the
 * guess is too short the negative check passes without having tested anything.
 *
 * So a test renders a control beside the hostile content: the same kinds of markup, not
 * sanitised, in the same shadow root, inserted the way the components insert HTML (Lit's
 * `unsafeHTML`), after the hostile content. Each control calls `window.__hnControl(kind)` when it
 * runs. `runControlPayloads` waits until every control has run — so the handlers queued by the
 * hostile content earlier, by the same mechanisms, have had their turn — and then removes the
 * controls. If a control never runs, it throws: the test fails instead of passing blind.
 */

declare global {
  interface Window {
    __hnControl?: (id: string) => void;
  }
}

export type ControlKind =
  | 'img-onerror'
  | 'media-onerror'
  | 'details-ontoggle'
  | 'iframe-srcdoc'
  | 'javascript-link'
  | 'onclick'
  | 'onmouseover'
  | 'onfocus';

/**
 * Every kind, each mirroring a family of hostile payloads that runs late or on an event. (No
 * `<svg onload>`: inserted from a template, as Lit inserts HTML, it never fires, so there is
 * nothing to wait for.)
 */
export const CONTROL_KINDS: readonly ControlKind[] = [
  'img-onerror',
  'media-onerror',
  'details-ontoggle',
  'iframe-srcdoc',
  'javascript-link',
  'onclick',
  'onmouseover',
  'onfocus',
];

let runs = 0;
/** A URL that answers 200 with something that is not an image or audio (this module): a real request, a sure error. */
const NOT_AN_IMAGE = import.meta.url;

function markup(kind: ControlKind, call: string): string {
  switch (kind) {
    case 'img-onerror':
      // A real request whose answer is no image, like `<img src=x onerror=…>` (a new URL each run: no cache).
      return `<img alt="" src="${NOT_AN_IMAGE}?hn-control=${runs}" onerror="${call}">`;
    case 'media-onerror':
      return `<audio src="${NOT_AN_IMAGE}?hn-control-media=${runs}" onerror="${call}"></audio>`;
    case 'details-ontoggle':
      return `<details open ontoggle="${call}"><summary>kontroll</summary></details>`;
    case 'iframe-srcdoc':
      return `<iframe title="kontroll" srcdoc="<script>parent.${call}</script>"></iframe>`;
    case 'javascript-link':
      return `<a data-control-click href="javascript:void ${call}">kontroll</a>`;
    case 'onclick':
      return `<span data-control-click onclick="${call}">kontroll</span>`;
    case 'onmouseover':
      return `<span data-control-hover onmouseover="${call}">kontroll</span>`;
    case 'onfocus':
      return `<button type="button" data-control-focus onfocus="${call}">kontroll</button>`;
  }
}

export interface ControlOptions {
  /** Which controls to render (default: every kind). */
  kinds?: readonly ControlKind[];
  /** How long the controls may take to run, in ms (default 8000): only a failing test waits this long. */
  timeout?: number;
}

/**
 * Renders the control payloads into `root` (after what is there), triggers the ones that need a
 * click, hover or focus, waits until every one has run, and removes them again. Resolves with the
 * kinds that ran (all of them); rejects naming those that did not run within `timeout`.
 */
export async function runControlPayloads(root: ShadowRoot | Element, options: ControlOptions = {}): Promise<ControlKind[]> {
  const kinds = options.kinds ?? CONTROL_KINDS;
  const timeout = options.timeout ?? 8000;
  runs += 1;
  const nonce = `run${runs}`;
  const ran = new Set<ControlKind>();
  const previous = window.__hnControl;
  window.__hnControl = (id: string) => {
    const [from, kind] = id.split(':') as [string, ControlKind];
    if (from !== nonce) return;
    ran.add(kind);
  };
  // In view but out of sight: focus and frames work, nothing shifts the component's layout.
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  root.append(container);
  try {
    render(html`${unsafeHTML(kinds.map((kind) => markup(kind, `__hnControl('${nonce}:${kind}')`)).join(''))}`, container);
    for (const element of container.querySelectorAll<HTMLElement>('[data-control-hover]')) {
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    }
    for (const element of container.querySelectorAll<HTMLElement>('[data-control-focus]')) element.focus();
    for (const element of container.querySelectorAll<HTMLElement>('[data-control-click]')) element.click();
    // A bound that fails the test, never one that lets it pass: it runs out only when a control did not run.
    await waitUntil(() => kinds.every((k) => ran.has(k)), '', { timeout, interval: 10 }).catch(() => {
      const missing = kinds.filter((k) => !ran.has(k));
      throw new Error(`control payloads did not run within ${timeout} ms: ${missing.join(', ')} — a "nothing ran" check after them would prove nothing`);
    });
    return [...ran];
  } finally {
    container.remove();
    window.__hnControl = previous;
  }
}
