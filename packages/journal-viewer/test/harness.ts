import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import '../src/define.js';
import type { HnJournalViewer, JournalView } from '../src/hn-journal-viewer.js';
import { NOW } from './fixtures.js';

/**
 * The journal viewer as a citizen meets it: find the documents, open one, read the pane, print
 * or download, switch to the access log and filter it. Tests drive the element through these
 * functions and describe behaviour; the element's markup (class names, ids) is known here only,
 * so a change of markup is one change in this file.
 */

// ---- mounting ------------------------------------------------------------------------------------

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

const root = (el: HnJournalViewer) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

// ---- views ---------------------------------------------------------------------------------------

export function tab(el: HnJournalViewer, view: JournalView): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`[role="tab"]#tab-${view}`)!;
}

export function tabPanel(el: HnJournalViewer): HTMLElement {
  return root(el).querySelector<HTMLElement>('[role="tabpanel"]')!;
}

/** Every list item of the view on show: documents, or access-log entries. */
export function items(el: HnJournalViewer): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part="item"]')];
}

/** What the element's polite live region says. */
export function announcement(el: HnJournalViewer): string {
  return text(root(el).querySelector('.visually-hidden[aria-live]'));
}

/** The notice naming sources that failed, or null. */
export function sourcesNotice(el: HnJournalViewer): HTMLElement | null {
  return root(el).querySelector('hn-sources-notice');
}

// ---- the document list ---------------------------------------------------------------------------

const documentButtons = (el: HnJournalViewer) => [...root(el).querySelectorAll<HTMLButtonElement>('.list-pane .item-open')];

/** The documents' titles, in list order. */
export function titles(el: HnJournalViewer): string[] {
  return documentButtons(el).map((b) => text(b));
}

/** The source headings of the list, in order. */
export function sourceHeadings(el: HnJournalViewer): string[] {
  return [...root(el).querySelectorAll('.list-pane .group-heading')].map(text);
}

/** The month headings under the `index`-th source. */
export function monthHeadings(el: HnJournalViewer, index = 0): string[] {
  const group = root(el).querySelectorAll('.list-pane .group')[index];
  return [...(group?.querySelectorAll('.month-heading') ?? [])].map(text);
}

/** Every heading of the list as `level:text`. */
export function listHeadings(el: HnJournalViewer): string[] {
  return [...root(el).querySelectorAll('.list-pane [role="heading"]')].map((h) => `${h.getAttribute('aria-level')}:${text(h)}`);
}

/** The button that opens a document. */
export function itemButton(el: HnJournalViewer, title: string | RegExp): HTMLButtonElement {
  const found = documentButtons(el).find((b) => (typeof title === 'string' ? text(b) === title : title.test(text(b))));
  if (!found) throw new Error(`no document ${title}; have ${titles(el).join(' | ')}`);
  return found;
}

/** The element with a document's title in the list. */
export function itemTitleElement(el: HnJournalViewer, title: string | RegExp): HTMLElement {
  return itemButton(el, title).querySelector<HTMLElement>('.item-title')!;
}

/** A document's list item (title, facts, status, problem). */
export function documentItem(el: HnJournalViewer, title: string | RegExp): HTMLElement {
  return itemButton(el, title).closest('li')!;
}

/** The documents in the tab order (one, with the roving tabindex). */
export function tabbableDocuments(el: HnJournalViewer): HTMLElement[] {
  return documentButtons(el).filter((b) => b.tabIndex === 0);
}

/** The list, to check whether it shows. */
export function documentList(el: HnJournalViewer): HTMLElement {
  return root(el).querySelector<HTMLElement>('.list-pane')!;
}

/** True when the reading pane sits beside the list (the element is wide enough). */
export function sideBySide(el: HnJournalViewer): boolean {
  return root(el).querySelector('.layout--wide') !== null;
}

// ---- the reading pane ----------------------------------------------------------------------------

export function reader(el: HnJournalViewer): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part="reader"]');
}

/** True when a document is open and its body is ready (not "Åpner dokumentet …"). */
export function documentShows(el: HnJournalViewer): boolean {
  const pane = reader(el);
  return !!pane && !pane.querySelector('.doc-body hn-state');
}

/** Opens a document by clicking it and waits until its body is ready. */
export async function openDocument(el: HnJournalViewer, title: string | RegExp): Promise<HTMLElement> {
  itemButton(el, title).click();
  await el.updateComplete;
  await waitUntil(() => documentShows(el), 'document did not open', { timeout: 8000 });
  await settle(el);
  return reader(el)!;
}

export function paneTitle(pane: HTMLElement): HTMLElement {
  return pane.querySelector<HTMLElement>('[role="heading"]#reader-title')!;
}

/** The pane's facts as "label: value" lines. */
export function facts(pane: HTMLElement): string[] {
  return [...pane.querySelectorAll(':scope > .facts > div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
}

/** The document's own content (text, HTML, sections, PDF, or what is wrong with it). */
export function paneBody(pane: HTMLElement): HTMLElement {
  return pane.querySelector<HTMLElement>('.doc-body')!;
}

/** The element that holds the document's own text (preformatted text, HTML or sections). */
export function paneText(pane: HTMLElement): HTMLElement {
  return paneBody(pane).firstElementChild as HTMLElement;
}

/** The error state's "Prøv igjen" (the view's load failed), or null. */
export function errorRetryButton(el: HnJournalViewer): HTMLButtonElement | null {
  return root(el).querySelector('hn-state[kind="error"]')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]') ?? null;
}

/** The sources notice's "Prøv igjen", or null. */
export function noticeRetryButton(el: HnJournalViewer): HTMLButtonElement | null {
  return sourcesNotice(el)?.shadowRoot?.querySelector<HTMLButtonElement>('button') ?? null;
}

/** A button in the pane by its label ("Skriv ut", "Last ned", "Prøv igjen", …). */
export function paneButton(pane: HTMLElement, label: string): HTMLButtonElement {
  const found = [...pane.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

/** The print and download buttons, empty when the document cannot be printed or saved. */
export function printAndDownload(pane: HTMLElement): HTMLButtonElement[] {
  return [...pane.querySelectorAll<HTMLButtonElement>('.reader-actions button')];
}

/** "Tilbake til dokumentene" or "Lukk dokumentet". */
export function closeButton(pane: HTMLElement): HTMLButtonElement {
  return pane.querySelector<HTMLButtonElement>('button.back')!;
}

/** Headings of a Composition's sections as `level:text`. */
export function sectionHeadings(pane: HTMLElement): string[] {
  return [...paneBody(pane).querySelectorAll('.doc-section-title')].map((h) => `${h.getAttribute('aria-level')}:${h.textContent}`);
}

/** The PDF viewer frame, the download link beside it and the words around it. */
export function pdfViewer(pane: HTMLElement): { frame: HTMLIFrameElement | null; link: HTMLAnchorElement | null; fallback: HTMLElement | null } {
  return {
    frame: paneBody(pane).querySelector<HTMLIFrameElement>('iframe'),
    link: paneBody(pane).querySelector<HTMLAnchorElement>('a[download]'),
    fallback: paneBody(pane).querySelector<HTMLElement>('.pdf-download'),
  };
}

/** The hidden frame a print goes through, or null. */
export function printFrame(el: HnJournalViewer): HTMLIFrameElement | null {
  return root(el).querySelector<HTMLIFrameElement>('iframe.print-frame');
}

/** The alert a failed print shows, or null. */
export function actionError(el: HnJournalViewer): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part="reader"] [role="alert"]');
}

// ---- the access log ------------------------------------------------------------------------------

/** The elements of an access-log entry that hold the source's own words (why, what was read), with their `lang`. */
export function entrySourceWords(entry: HTMLElement): { text: string; lang: string | null }[] {
  return [...entry.querySelectorAll<HTMLElement>('dd [lang]')].map((element) => ({ text: text(element), lang: element.getAttribute('lang') }));
}

/** "Viser 3 av 4 oppslag". */
export function logCount(el: HnJournalViewer): string {
  return text(root(el).querySelector('.count[role="status"]'));
}

/** The log's list, or null when nothing matches. */
export function logList(el: HnJournalViewer): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('ul.log');
}

/** An access-log entry's facts as [label, value as rendered text] (Hvem, Hvorfor, Hva). */
export function entryFacts(entry: HTMLElement): [string, string][] {
  return [...entry.querySelectorAll(':scope > .facts > div')].map((row) => [text(row.querySelector('dt')), row.querySelector<HTMLElement>('dd')!.innerText]);
}

/** A period radio button by its label. */
export function periodChoice(el: HnJournalViewer, label: string | RegExp): HTMLInputElement {
  const found = [...root(el).querySelectorAll('fieldset.period label')].find((l) => (typeof label === 'string' ? text(l) === label : label.test(text(l))));
  if (!found) throw new Error(`no period ${label}`);
  return found.querySelector('input')!;
}

/** Every period choice's label (for size checks). */
export function periodLabels(el: HnJournalViewer): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('fieldset.period label')];
}

export function dateField(el: HnJournalViewer, which: 'from' | 'to'): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`input#date-${which}`)!;
}

/** The text of a field's label. */
export function labelOf(el: HnJournalViewer, field: HTMLElement): string {
  return text(root(el).querySelector(`label[for="${field.id}"]`));
}

/** What is said under the date fields when they are the wrong way round, or null. */
export function dateError(el: HnJournalViewer): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('#date-error');
}

export function sourceFilter(el: HnJournalViewer): HTMLSelectElement {
  return root(el).querySelector<HTMLSelectElement>('select#source-filter')!;
}

/** "Vis 30 til", or null. */
export function showMoreButton(el: HnJournalViewer): HTMLButtonElement | null {
  return root(el).querySelector<HTMLButtonElement>('button.more');
}

/** Sets an input's value the way a person does, then lets the element re-render. */
export async function choose(el: HnJournalViewer, input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

// ---- requests ------------------------------------------------------------------------------------

export { deepText, deepQuery, deepActiveElement } from '@hn-elements/test-support';

/** Counts fetches while `run` runs. */
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
