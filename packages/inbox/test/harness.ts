/**
 * A test harness for <hn-inbox>, in the style of Material Web's: tests say what the citizen does
 * and sees (find a row, open it, type a reply, read the status, look at an attachment), and only
 * this file knows the markup. When the markup changes, this file changes, not the tests.
 */
import { waitUntil } from '@open-wc/testing';
import { deepText } from '@hn-elements/test-support';
import type { HnInbox } from '../src/hn-inbox.js';
import { liveRegion, openItem, pane, rowButton, rowTitles } from './helpers.js';

export { openItem, rowButton, rowTitles, pane };

/** The reading pane's text, as a screen reader would get it (shadow roots included). */
export function paneText(el: HnInbox): string {
  return deepText(pane(el));
}

/** What the polite live region says now. */
export function status(el: HnInbox): string {
  return liveRegion(el).textContent!.trim();
}

/** Narrows the list with the search field and waits for the list to render. */
export async function search(el: HnInbox, query: string): Promise<void> {
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('#inbox-search')!;
  field.value = query;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

export interface AttachmentHarness {
  element: HTMLElement;
  /** Everything the attachment says (name, type, size, state). */
  text: string;
  /** The download link, when one is offered. */
  download: HTMLAnchorElement | null;
  /** The "show" / "hide" button, when the file can be shown in place. */
  toggle: HTMLButtonElement | null;
  /** The PDF viewer, when a PDF is shown. */
  pdfViewer: HTMLIFrameElement | null;
  /** The link that opens a file on another server in a new tab. */
  external: HTMLAnchorElement | null;
}

/** The attachment (of a message, or the content of a letter) in the open pane whose file name is `name`. */
export function attachment(el: HnInbox, name: string): AttachmentHarness {
  const items = [...pane(el).querySelectorAll<HTMLElement>('.attachment')];
  const element = items.find((item) => item.querySelector('.file-name')?.textContent?.trim() === name);
  if (!element) throw new Error(`no attachment ${name}; have ${items.map((i) => i.querySelector('.file-name')?.textContent).join(' | ')}`);
  return {
    element,
    text: deepText(element).replace(/\s+/g, ' ').trim(),
    download: element.querySelector<HTMLAnchorElement>('a[download]'),
    toggle: element.querySelector<HTMLButtonElement>('button[aria-expanded]'),
    pdfViewer: element.querySelector<HTMLIFrameElement>('iframe'),
    external: element.querySelector<HTMLAnchorElement>('a[target="_blank"]'),
  };
}

/** The rendered HTML bodies (and HTML attachments shown in place) of the open pane. */
export function sourceHtmlBodies(el: HnInbox): HTMLElement[] {
  return [...pane(el).querySelectorAll<HTMLElement>('.html-body')];
}

/** The reply box of the open thread. */
export function replyBox(el: HnInbox): HTMLTextAreaElement {
  return pane(el).querySelector<HTMLTextAreaElement>('#reply-text')!;
}

/** Types into the reply box as the citizen does (an input event per change). */
export async function typeReply(el: HnInbox, text: string): Promise<void> {
  const box = replyBox(el);
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Presses "Send". */
export function pressSend(el: HnInbox): void {
  pane(el).querySelector<HTMLButtonElement>('form[part="reply"] button[type="submit"]')!.click();
}

/**
 * Records every resource the page asks for from `prefix` from now on: images, CSS images, style
 * sheets (Resource Timing reports failed requests too, so a host that does not exist is fine).
 */
export function watchRequests(prefix: string): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name.startsWith(prefix)) urls.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return { urls, stop: () => observer.disconnect() };
}

/**
 * Renders controls into `root` after what is there: an image and a CSS image from `prefix`, not
 * sanitised. Waits until both requests are reported (`requests` from watchRequests), then removes
 * them: by then a request that the content rendered before them made would have been reported too.
 */
export async function remoteControlsReported(root: ShadowRoot, prefix: string, requests: { urls: string[] }): Promise<void> {
  const control = document.createElement('div');
  control.innerHTML = `<img alt="" src="${prefix}control-img.png"><div style="width:1px;height:1px;background-image:url(${prefix}control-css.png)"></div>`;
  root.append(control);
  void control.offsetHeight; // style and layout now: that is when CSS images are asked for
  try {
    await waitUntil(() => requests.urls.filter((u) => u.includes('/control-')).length === 2, 'the control requests were not reported', { timeout: 8000 });
  } finally {
    control.remove();
  }
}

/** Requests to `prefix` other than the controls'. */
export function nonControlRequests(requests: { urls: string[] }): string[] {
  return requests.urls.filter((u) => !u.includes('/control-'));
}

/** Waits until the open pane shows `text`. */
export async function paneShows(el: HnInbox, text: string): Promise<void> {
  await waitUntil(() => paneText(el).includes(text), `the pane did not show "${text}"`);
}
