import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import '../src/define.js';
import type { HnJournalViewer, JournalView } from '../src/hn-journal-viewer.js';
import { NOW } from './fixtures.js';

export async function withBundle(bundle: unknown, options: { locale?: string; view?: JournalView; session?: Session } = {}): Promise<HnJournalViewer> {
  const el = await fixture<HnJournalViewer>(
    html`<hn-journal-viewer
      locale=${options.locale ?? 'nb'}
      view=${options.view ?? 'documents'}
      .now=${NOW}
      .session=${options.session}
      .bundle=${bundle as Bundle}
    ></hn-journal-viewer>`,
  );
  await settle(el);
  return el;
}

export async function withSession(session: Session, options: { timeout?: number; view?: JournalView } = {}): Promise<HnJournalViewer> {
  return fixture<HnJournalViewer>(
    html`<hn-journal-viewer view=${options.view ?? 'documents'} request-timeout=${options.timeout ?? 3000} .session=${session}></hn-journal-viewer>`,
  );
}

/** Waits until the element has left the loading state and rendered its children. */
export async function settle(el: HnJournalViewer, timeout = 8000): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !el.hasAttribute('aria-busy'), 'element stayed busy', { timeout });
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (child.updateComplete) await child.updateComplete;
  }
}

export function items(el: HnJournalViewer): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}

export function titles(el: HnJournalViewer): string[] {
  return [...el.shadowRoot!.querySelectorAll('.list-pane .item-title')].map((t) => t.textContent!.trim());
}

export function itemButton(el: HnJournalViewer, title: string | RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item-open')].find((b) =>
    typeof title === 'string' ? b.textContent!.trim() === title : title.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no document ${title}; have ${titles(el).join(' | ')}`);
  return found;
}

export function reader(el: HnJournalViewer): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.reader');
}

/** Opens a document by clicking it and waits until its body is ready. */
export async function openDocument(el: HnJournalViewer, title: string | RegExp): Promise<HTMLElement> {
  itemButton(el, title).click();
  await el.updateComplete;
  await waitUntil(() => reader(el) && !reader(el)!.querySelector('.doc-body hn-state'), 'document did not open', { timeout: 8000 });
  await settle(el);
  return reader(el)!;
}

export function tab(el: HnJournalViewer, view: JournalView): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${view}`)!;
}

export { deepText, deepQuery, deepActiveElement } from '@hn-elements/test-support';

/** Counts fetches to FHIR paths while `run` runs. */
export async function recordingFetch<T>(run: (requests: string[]) => Promise<T>): Promise<T> {
  const requests: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    requests.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return original(input, init);
  };
  try {
    return await run(requests);
  } finally {
    window.fetch = original;
  }
}

/** The reading pane's facts as "label: value" lines. */
export function facts(pane: HTMLElement): string[] {
  return [...pane.querySelectorAll('.facts > div')].map((row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.trim()}`);
}
