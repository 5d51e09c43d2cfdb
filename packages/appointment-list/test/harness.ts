// A test harness for <hn-appointment-list>, in the manner of Material Web's harnesses: tests ask
// it for what a citizen sees and does ("the appointments", "cancel this one", "what the notice
// says") instead of reaching into the element's private fields or its CSS class names. When the
// element's markup changes, this file changes; the tests do not.
import type { HnConfirmDialog } from '@hn-elements/core';
import { deepQuery, deepText, ListHarness } from '@hn-elements/test-support';
import type { AppointmentListView, HnAppointmentList } from '../src/hn-appointment-list.js';

/**
 * `element`, `loaded()`, `settled()`, `items()` (the appointments, as their `part="item"`
 * elements, in order), `titles()` and `text()` come from the shared `ListHarness`.
 */
export class AppointmentListHarness extends ListHarness<HnAppointmentList> {
  /** The appointment's key, `{sourceId}/{id}` (`bundle/{id}` in bundle mode). */
  keyOf(item: HTMLElement): string {
    return item.querySelector<HTMLElement>('article[data-key]')!.dataset['key']!;
  }

  item(key: string): HTMLElement | undefined {
    return this.items().find((item) => this.keyOf(item) === key);
  }

  /** The item's button whose text matches `label`, or undefined. */
  findButton(item: HTMLElement, label: RegExp): HTMLButtonElement | undefined {
    return [...item.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));
  }

  button(item: HTMLElement, label: RegExp): HTMLButtonElement {
    const found = this.findButton(item, label);
    if (!found) throw new Error(`no button ${label} in ${this.titleOf(item)}`);
    return found;
  }

  /** The first appointment that offers "Avbestill" (nb). */
  firstCancellable(): HTMLElement | undefined {
    return this.items().find((item) => this.findButton(item, /Avbestill/));
  }

  /** The upcoming/past switch's button for `view`. */
  viewButton(view: AppointmentListView): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
    return buttons[view === 'upcoming' ? 0 : 1]!;
  }

  /** Text of the notice about failed or incomplete sources ('' when there is none). */
  noticeText(): string {
    const notice = this.root.querySelector('hn-sources-notice');
    return notice?.shadowRoot ? deepText(notice.shadowRoot).trim() : '';
  }

  /** Paragraphs of that notice. */
  noticeParagraphs(): string[] {
    const notice = this.root.querySelector('hn-sources-notice');
    return [...(notice?.shadowRoot?.querySelectorAll('p') ?? [])].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** Text of the error state (role="alert" of <hn-state kind="error">), '' when there is none. */
  errorText(): string {
    const state = this.root.querySelector('hn-state[kind="error"]');
    const alert = state?.shadowRoot?.querySelector('[role="alert"]');
    return alert ? deepText(alert).replace(/\s+/g, ' ').trim() : '';
  }

  dialog(): HnConfirmDialog {
    return this.root.querySelector('hn-confirm-dialog')!;
  }

  /** Opens the cancel dialog of `item`, rendered. */
  async startCancel(item: HTMLElement): Promise<HnConfirmDialog> {
    this.button(item, /Avbestill/).click();
    await this.element.updateComplete;
    await this.dialog().updateComplete;
    return this.dialog();
  }

  /** Presses the dialog's confirm button. */
  confirm(): void {
    deepQuery<HTMLButtonElement>(this.dialog().shadowRoot!, 'button[part="confirm"]')!.click();
  }

  /** The appointment's `<article>`: the list's roving tab stop, named by its heading. */
  article(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('article[data-key]')!;
  }

  /** The appointment's heading element (where its title from the source is; `titleOf` gives its text). */
  titleElement(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('[role="heading"]')!;
  }

  /** The paragraph with the appointment's description from the source, if it has one. */
  descriptionElement(item: HTMLElement): HTMLElement | null {
    return item.querySelector<HTMLElement>('p.description');
  }

  /** "Fra Helse Bergen": the appointment's source, as core's source label shows it. */
  sourceLabel(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('.source-label')!;
  }

  /** The appointment's status as the word it shows ("Bekreftet", "Avlyst", …). */
  statusOf(item: HTMLElement): string {
    return item.querySelector('.status-badge')!.textContent!.trim();
  }

  /** What the article's `aria-describedby` points to, as text, in order. */
  descriptionOf(item: HTMLElement): string[] {
    const ids = (this.article(item).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => this.root.getElementById(id)?.textContent?.trim() ?? `#${id} missing`);
  }

  /** "Prøv igjen" of the error state (all sources failed), or null. */
  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector('hn-state[kind="error"]')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]') ?? null;
  }

  /** The fact of an appointment (its label, `<dt>`, and value, `<dd>`) that `element` is in, e.g. the video link's. */
  factOf(element: Element): { label: HTMLElement; value: HTMLElement } {
    const fact = element.closest('dl > div')!;
    return { label: fact.querySelector<HTMLElement>('dt')!, value: fact.querySelector<HTMLElement>('dd')! };
  }

  /** The dialog's error (role="alert"), '' when there is none. */
  dialogError(): string {
    return this.dialog().shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  }
}

export function harness(element: HnAppointmentList): AppointmentListHarness {
  return new AppointmentListHarness(element);
}
