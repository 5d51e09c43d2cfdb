/**
 * A test harness for <hn-inbox>, in the style of Material Web's: tests say what the citizen does
 * and sees (find a row, open it, type a reply, read the status, look at an attachment), and only
 * this file knows the markup. When the markup changes, this file changes, not the tests.
 *
 * Where the markup offers a role, a part, a label or an id, that is what is used; a class name is
 * used only where nothing else tells an element apart (the row's title, the count, the layout).
 */
import { waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { deepActiveElement, deepQuery, deepText, settle } from '@hn-elements/test-support';
import type { HnHandoffLauncher } from '@hn-elements/handoff-launcher';
import type { HnInbox } from '../src/hn-inbox.js';

const root = (el: HnInbox) => el.shadowRoot!;

// ---- loading -------------------------------------------------------------------------------------

/** Resolves when the element's load has ended and is rendered (its public `loadComplete`). */
export async function loaded(el: HnInbox): Promise<HnInbox> {
  await el.loadComplete;
  return el;
}

/** The list (role="list", part="list"), or null when there is nothing to list. */
export function list(el: HnInbox): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[role="list"][part="list"]');
}

/** Waits until the virtualiser has put rows in the list (when there is anything to show). */
export async function rendered(el: HnInbox): Promise<void> {
  if (!list(el)) return;
  await waitUntil(() => rows(el).length > 0, 'the list rendered no rows', { timeout: 4000 });
}

// ---- the list ------------------------------------------------------------------------------------

/** The rows the virtualiser has in the DOM now (role="listitem", part="item"), in list order. */
export function rows(el: HnInbox): HTMLElement[] {
  return [...(list(el)?.querySelectorAll<HTMLElement>('[part="item"]') ?? [])].sort(
    (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
  );
}

/** The button a row is (it opens the item). */
export function rowButtonOf(row: HTMLElement): HTMLButtonElement {
  return row.querySelector('button')!;
}

/** The element with a row's title (subject, form or letter name), to check how it is drawn. */
export function titleElementOf(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>('.title')!;
}

/** The element with a row's sender, as the source names them. */
export function senderElementOf(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>('.from')!;
}

/** The element with a message row's preview (the start of the newest message), or null. */
export function previewElementOf(row: HTMLElement): HTMLElement | null {
  return row.querySelector<HTMLElement>('.preview');
}

/** A row's title (subject, form or letter name). */
export function titleOf(row: HTMLElement): string {
  return titleElementOf(row).textContent!.trim();
}

export function rowTitles(el: HnInbox): string[] {
  return rows(el).map(titleOf);
}

/** The row whose title is `title` (or matches it). */
export function row(el: HnInbox, title: string | RegExp): HTMLElement {
  const found = rows(el).find((r) => (typeof title === 'string' ? titleOf(r) === title : title.test(titleOf(r))));
  if (!found) throw new Error(`no row ${title}; have ${rowTitles(el).join(' | ')}`);
  return found;
}

export function rowButton(el: HnInbox, title: string | RegExp): HTMLButtonElement {
  return rowButtonOf(row(el, title));
}

/** True when the row shows its item as unread (bold, with the unread marker). */
export function rowIsUnread(row: HTMLElement): boolean {
  return rowButtonOf(row).classList.contains('item--unread');
}

/** True when the row titled `title` shows its item as unread. */
export function isUnread(el: HnInbox, title: string | RegExp): boolean {
  return rowIsUnread(row(el, title));
}

/** The unread marker drawn in an unread row (hidden from assistive technology, which hears "Ulest:"), or null. */
export function unreadMarkerOf(row: HTMLElement): HTMLElement | null {
  return rowButtonOf(row).querySelector<HTMLElement>('.dot[aria-hidden="true"]');
}

/** The rows' buttons' tabindex, in list order (one tab stop: one 0, the rest -1). */
export function rowTabIndexes(el: HnInbox): number[] {
  return rows(el).map((r) => rowButtonOf(r).tabIndex);
}

/** The row whose button has focus, or undefined when focus is not on a row. */
export function focusedRow(): HTMLElement | undefined {
  const active = deepActiveElement();
  const item = active?.parentElement;
  return active?.localName === 'button' && item?.getAttribute('part') === 'item' ? item : undefined;
}

/** The 0-based position in the list (aria-posinset - 1) of the row that has focus, or undefined. */
export function focusedRowIndex(): number | undefined {
  const item = focusedRow();
  return item ? Number(item.getAttribute('aria-posinset')) - 1 : undefined;
}

/** "Viser 6 av 6. 2 uleste." */
export function countText(el: HnInbox): string {
  const count = root(el).querySelector('.count');
  return count ? deepText(count).trim() : '';
}

// ---- search and filters --------------------------------------------------------------------------

/** The search field (in the role="search" toolbar). */
export function searchField(el: HnInbox): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>('[role="search"] input[type="search"]')!;
}

/** The "Vis" choice: all, messages, forms or letters. */
export function kindFilter(el: HnInbox): HTMLSelectElement {
  return root(el).querySelector<HTMLSelectElement>('[role="search"] select#inbox-kind')!;
}

/** Chooses a kind in "Vis" as the citizen does (a change event), and lets the element render. */
export async function chooseKind(el: HnInbox, kind: string): Promise<void> {
  const select = kindFilter(el);
  select.value = kind;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The source choice, or null (it is offered only when there is more than one source). */
export function sourceFilter(el: HnInbox): HTMLSelectElement | null {
  return root(el).querySelector<HTMLSelectElement>('[role="search"] select#inbox-source');
}

/** Chooses a source as the citizen does, and lets the element render. */
export async function chooseSource(el: HnInbox, sourceId: string): Promise<void> {
  const select = sourceFilter(el)!;
  select.value = sourceId;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The "Bare uleste (n)" checkbox. */
export function unreadOnlyBox(el: HnInbox): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>('[role="search"] input[type="checkbox"]')!;
}

/** "Fjern filtrene", offered when nothing matches; null otherwise. */
export function clearFiltersButton(el: HnInbox): HTMLButtonElement | null {
  return root(el).querySelector<HTMLButtonElement>('hn-state[kind="empty"] button');
}

// ---- layout --------------------------------------------------------------------------------------

/** True when the reading pane sits beside the list (the element is wide enough). */
export function sideBySide(el: HnInbox): boolean {
  return root(el).querySelector('.layout--wide') !== null;
}

/** True when the list (with its count) is shown; on a narrow screen an open pane replaces it. */
export function listShown(el: HnInbox): boolean {
  return getComputedStyle(root(el).querySelector('.list-panel')!).display !== 'none';
}

/** True when the reading pane is shown. */
export function paneShown(el: HnInbox): boolean {
  return getComputedStyle(pane(el)).display !== 'none';
}

// ---- the reading pane ----------------------------------------------------------------------------

/** The reading pane (part="pane"). */
export function pane(el: HnInbox): HTMLElement {
  return root(el).querySelector<HTMLElement>('[part="pane"]')!;
}

/** The open item's heading (focused when it opens), or null. */
export function paneHeading(el: HnInbox): HTMLElement | null {
  return pane(el).querySelector<HTMLElement>('[role="heading"]#pane-heading');
}

/** Opens an item by clicking its row and waits for the pane. */
export async function openItem(el: HnInbox, title: string | RegExp): Promise<HTMLElement> {
  rowButton(el, title).click();
  await el.updateComplete;
  await waitUntil(() => paneHeading(el), 'the pane did not open', { timeout: 8000 });
  await settle(el);
  return pane(el);
}

/** "Tilbake til listen" (shown on a narrow screen), or null when no item is open. */
export function backButton(el: HnInbox): HTMLButtonElement | null {
  return pane(el).querySelector<HTMLButtonElement>(':scope > button');
}

/** The open letter's or form's facts as [label, value] (Avsender, Dato, …). */
export function paneFacts(el: HnInbox): [string, string][] {
  return [...pane(el).querySelectorAll('dl > div')].map((fact) => [fact.querySelector('dt')!.textContent!, fact.querySelector('dd')!.textContent!]);
}

/** The messages of the open thread, in order (the list named "Meldinger i samtalen"). */
export function threadMessages(el: HnInbox): HTMLElement[] {
  return [...pane(el).querySelectorAll<HTMLElement>('ol[aria-label] > li')];
}

/** The element with a message's sender's name in the open thread (the message's heading, or the name inside it). */
export function messageSenderElement(message: HTMLElement): HTMLElement {
  const heading = message.querySelector<HTMLElement>('[role="heading"]')!;
  return heading.querySelector<HTMLElement>('[lang]') ?? heading;
}

/** The element that holds a message's body in the open thread. */
export function messageBodyElement(message: HTMLElement): HTMLElement {
  return message.querySelector<HTMLElement>('.body')!;
}

/** The button that shows an attachment in place ("Vis info.html"), by the file's name; null when there is none. */
export function showAttachmentButton(el: HnInbox, name: string): HTMLButtonElement | null {
  return [...pane(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find((b) => b.textContent!.includes(name)) ?? null;
}

/** Plain-text message bodies of the open thread, a paragraph each. */
export function textBodies(el: HnInbox): HTMLElement[] {
  return [...pane(el).querySelectorAll<HTMLElement>('.text-body')];
}

/** An open form's questions that belong to a group (a list inside the list of questions). */
export function groupedQuestions(el: HnInbox): HTMLElement[] {
  return [...pane(el).querySelectorAll<HTMLElement>('section[aria-labelledby="questions-heading"] ol ol > li')];
}

/** The open form's "Åpne skjemaet" launcher, rendered; null when the form cannot be opened from here. */
export async function formLauncher(el: HnInbox): Promise<HnHandoffLauncher | null> {
  const launcher = pane(el).querySelector<HnHandoffLauncher>('hn-handoff-launcher');
  if (launcher) await launcher.updateComplete;
  return launcher;
}

/** The launcher's control: a link for an allowed target, a button otherwise. */
export function launcherControl(launcher: HnHandoffLauncher): HTMLElement {
  return deepQuery<HTMLElement>(launcher.shadowRoot!, '[part="control"]')!;
}

/** What the launcher says went wrong (role="alert"), or null. */
export function launcherError(launcher: HnHandoffLauncher): HTMLElement | null {
  return deepQuery<HTMLElement>(launcher.shadowRoot!, '[role="alert"]');
}

/** The PDF viewer in the open pane, or null (also before the element has rendered). */
export function pdfViewer(el: HnInbox): HTMLIFrameElement | null {
  return el.shadowRoot?.querySelector<HTMLIFrameElement>('[part="pane"] iframe.pdf') ?? null;
}

/** True when `element` is the inbox's own PDF viewer (the only frame it may render). */
export function isPdfViewer(element: Element): boolean {
  return element.localName === 'iframe' && element.classList.contains('pdf');
}

/** True when `element` is content from the source: an HTML or text body, or a file shown in place. */
export function isFromSourceData(element: Element): boolean {
  return element.closest('.html-body, .viewer, .text-body') !== null;
}

/** The error of the open thread outside the reply form (marking it read failed), or null. */
export function threadError(el: HnInbox): HTMLElement | null {
  return [...pane(el).querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) => !alert.closest('form')) ?? null;
}

/** The reply form of the open thread, or null (a bundle cannot be written to). */
export function replyForm(el: HnInbox): HTMLFormElement | null {
  return pane(el).querySelector<HTMLFormElement>('form[part="reply"]');
}

/** The reply form's "Send". */
export function sendButton(el: HnInbox): HTMLButtonElement {
  return replyForm(el)!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Why the reply was not sent, with its retry (role="alert" in the form), or null. */
export function replyError(el: HnInbox): HTMLElement | null {
  return replyForm(el)?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

/** What is said when the reply is empty (the reply box is described by it), or null. */
export function replyProblem(el: HnInbox): HTMLElement | null {
  return pane(el).querySelector<HTMLElement>('#reply-invalid');
}

/** The note about the reply (e.g. that an earlier attempt got through), or null. */
export function replyNotice(el: HnInbox): HTMLElement | null {
  return pane(el).querySelector<HTMLElement>('.notice');
}

// ---- around the list -----------------------------------------------------------------------------

export function liveRegion(el: HnInbox): HTMLElement {
  return root(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

/** Everything the element shows, as text. */
export function text(el: HnInbox): string {
  return deepText(root(el));
}

/** The notice about sources that failed or are incomplete, or null. */
export function sourcesNotice(el: HnInbox): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('hn-sources-notice');
}

/** Text of that notice ('' when there is none). */
export function sourcesNoticeText(el: HnInbox): string {
  const notice = sourcesNotice(el);
  return notice?.shadowRoot ? deepText(notice.shadowRoot) : '';
}

/** Presses the notice's "try again". */
export function retryFromNotice(el: HnInbox): void {
  deepQuery<HTMLButtonElement>(sourcesNotice(el)!.shadowRoot!, 'button')!.click();
}

/** The error state (role="alert" of <hn-state kind="error">), or null. */
export function errorAlert(el: HnInbox): HTMLElement | null {
  return deepQuery<HTMLElement>(root(el), '[role="alert"]');
}

/** The error state's "Prøv igjen", or null. */
export function errorRetryButton(el: HnInbox): HTMLButtonElement | null {
  return deepQuery<HTMLButtonElement>(root(el), 'button[part="retry"]');
}

/** The notice's "Prøv igjen", or null. */
export function noticeRetryButton(el: HnInbox): HTMLButtonElement | null {
  const notice = sourcesNotice(el);
  return notice?.shadowRoot ? deepQuery<HTMLButtonElement>(notice.shadowRoot, 'button') : null;
}

/** Presses the error state's "Prøv igjen". */
export function retryFromError(el: HnInbox): void {
  deepQuery<HTMLButtonElement>(root(el), 'button[part="retry"]')!.click();
}

/** Text of the banner saying whom the citizen acts for ('' when there is none). */
export function onBehalfText(el: HnInbox): string {
  const banner = root(el).querySelector('hn-on-behalf-banner');
  return banner?.shadowRoot ? deepText(banner.shadowRoot) : '';
}

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
  /** The file shown in place (HTML sanitised, or text), when it is shown. */
  viewer: HTMLElement | null;
  /** The download offered beside the PDF viewer, for browsers that cannot show PDFs. */
  fallbackDownload: HTMLAnchorElement | null;
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
    viewer: element.querySelector<HTMLElement>('.viewer'),
    fallbackDownload: element.querySelector<HTMLAnchorElement>('iframe ~ * a[download]'),
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

/** Waits until the open pane shows `text`. */
export async function paneShows(el: HnInbox, text: string): Promise<void> {
  await waitUntil(() => paneText(el).includes(text), `the pane did not show "${text}"`, { timeout: 8000 });
}

// ---- every item reachable: the accessibility tree, the list's height, print ----------------------

/** A node of the browser's accessibility tree, as `a11ySnapshot` returns it. */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/**
 * The items of the inbox's list as assistive technology has them now (the browser's accessibility
 * tree, which a screen reader's browse mode reads), or undefined when there is no such list.
 */
export async function accessibleListItems(name: string | RegExp = /^Innboks, /): Promise<AxNode[] | undefined> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const named = (n: AxNode) => (typeof name === 'string' ? n.name === name : name.test(n.name));
  const found = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'list' && named(n));
  return found ? found.children.filter((n) => n.role === 'listitem') : undefined;
}

/** True when the list is virtualised (only the rows near the screen are in the DOM). */
export function virtualised(el: HnInbox): boolean {
  const element = list(el);
  return element != null && (element as HTMLElement & VirtualizerHostElement)[virtualizerRef] !== undefined;
}

/** The list's height in CSS pixels, border included. */
export function listHeight(el: HnInbox): number {
  return list(el)!.getBoundingClientRect().height;
}

/** The rows that are not drawn in full: not displayed, of no height, or cut off by the list's box. */
export function clippedRows(el: HnInbox): HTMLElement[] {
  const box = list(el)!.getBoundingClientRect();
  return rows(el).filter((r) => {
    const rect = r.getBoundingClientRect();
    return getComputedStyle(r).display === 'none' || rect.height === 0 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1;
  });
}

/** True when the list has more to show than its box (it scrolls). */
export function listScrolls(el: HnInbox): boolean {
  const element = list(el)!;
  return element.scrollHeight > element.clientHeight + 1;
}
