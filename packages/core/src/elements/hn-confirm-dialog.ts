import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { deepActiveElement } from '../focus.js';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import styles from './hn-confirm-dialog.css.js';

/** The focused element, when it is an HTML element (one that can be focused again). */
function focusedElement(): HTMLElement | null {
  const active = deepActiveElement();
  return active instanceof HTMLElement ? active : null;
}

const TABBABLE = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Light-DOM elements a slot shows that Tab can reach, in order. */
function slottedTabbables(slot: HTMLSlotElement | null): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of slot?.assignedElements({ flatten: true }) ?? []) {
    if (element instanceof HTMLElement && element.matches(TABBABLE)) found.push(element);
    found.push(...Array.from(element.querySelectorAll<HTMLElement>(TABBABLE)));
  }
  return found.filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0);
}

/**
 * A modal confirmation built on the native `<dialog>`: focus stays inside while open and returns
 * to where it was (or to `returnFocus`) when it closes. Escape and the cancel button both cancel.
 *
 * @summary Confirm dialog.
 * @attr open - Shows the dialog (modal).
 * @attr danger - Styles the confirm button as a destructive action.
 * @attr confirm-label - Text of the confirm button.
 * @attr cancel-label - Text of the cancel button.
 * @slot - The question's details.
 * @fires {EmptyDetail} hn-dialog-confirm - The citizen confirmed. The host does the work and sets `busy`/`error`.
 * @fires {EmptyDetail} hn-dialog-cancel - The citizen cancelled or pressed Escape.
 * @csspart dialog - The dialog box.
 * @csspart confirm - The confirm button.
 */
export class HnConfirmDialog extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    open: { type: Boolean, reflect: true },
    heading: { type: String },
    confirmLabel: { type: String, attribute: 'confirm-label' },
    cancelLabel: { type: String, attribute: 'cancel-label' },
    busy: { type: Boolean },
    error: { type: String },
    danger: { type: Boolean },
  };

  declare open: boolean;
  declare heading: string;
  declare confirmLabel: string;
  declare cancelLabel: string | undefined;
  /** While the host's action runs: buttons are disabled and the dialog says it is working. */
  declare busy: boolean;
  /** The host's error message, shown in the dialog (role=alert): text, or content with a source's words marked with their language. */
  declare error: string | TemplateResult | undefined;
  declare danger: boolean;
  /** Where focus goes on close, when the opener may no longer exist. */
  returnFocus?: HTMLElement;

  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.open = false;
    this.heading = '';
    this.confirmLabel = '';
    this.busy = false;
    this.danger = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog) return;
    // Kept in step on every update, not only when `open` changes: a dialog put back into the
    // page while `open` is true must show again (disconnecting closes the native dialog).
    if (this.open && !dialog.open && this.isConnected) {
      this.opener ??= focusedElement();
      dialog.showModal();
      this.focusHeading();
    } else if (!this.open && dialog.open) {
      dialog.close();
      this.restoreFocus();
    }
    // Disabling the focused button would drop focus out of the dialog (to the page's body).
    if (changed.has('busy') && this.busy && dialog.open && !this.focusIsInside()) this.focusHeading();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.open) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dialog?.close();
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  private focusIsInside(): boolean {
    const active = focusedElement();
    return !!active && (this.renderRoot.contains(active) || this.contains(active)) && !(active as HTMLButtonElement).disabled;
  }

  /** Tab order inside the open dialog: slotted content first, then the enabled buttons. */
  private tabbables(): HTMLElement[] {
    const slotted = slottedTabbables(this.renderRoot.querySelector('slot'));
    const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('.actions button')).filter((b) => !b.disabled);
    return [...slotted, ...buttons];
  }

  /** The native modal lets Tab leave for the browser's own UI; keep it cycling inside. */
  private onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.tabbables();
    const active = focusedElement();
    if (items.length === 0) {
      event.preventDefault();
      this.focusHeading();
      return;
    }
    const index = active ? items.indexOf(active) : -1;
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      items[items.length - 1]!.focus();
    } else if (!event.shiftKey && (index === items.length - 1 || (index === -1 && !this.focusIsInside()))) {
      event.preventDefault();
      items[0]!.focus();
    }
  }

  /** The browser closed the dialog itself (a repeated Escape cannot be refused): follow it. */
  private onClose() {
    const dialog = this.dialog;
    if (!this.open || !this.isConnected || !dialog || dialog.open) return;
    this.open = false;
    this.restoreFocus();
  }

  private restoreFocus(): void {
    // The control that opened the dialog, while it is still there and shown; else `returnFocus`.
    const openerShown = this.opener?.isConnected && this.opener !== this.ownerDocument.body && this.opener.getClientRects().length > 0;
    const target = openerShown ? this.opener : this.returnFocus?.isConnected ? this.returnFocus : this.opener;
    this.opener = null;
    if (target?.isConnected) target.focus();
  }

  private onCancelEvent(event: Event) {
    // Escape: let the host decide; keep the dialog in step with `open`.
    event.preventDefault();
    if (!this.busy) this.emit('hn-dialog-cancel', {});
  }

  override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="heading"
      aria-describedby="body"
      @cancel=${this.onCancelEvent}
      @close=${this.onClose}
      @keydown=${this.onKeyDown}
    >
      <h2 id="heading" class="heading" tabindex="-1">${this.heading}</h2>
      <div id="body" class="body"><slot></slot></div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.busy ? html`<p class="busy" role="status">${this.msg(coreMessages, 'loading')}</p>` : nothing}
      <div class="actions">
        <button
          part="confirm"
          class="button button--primary ${this.danger ? 'button--danger' : ''}"
          type="button"
          ?disabled=${this.busy}
          @click=${() => this.emit('hn-dialog-confirm', {})}
        >
          ${this.confirmLabel}
        </button>
        <button class="button" type="button" ?disabled=${this.busy} @click=${() => this.emit('hn-dialog-cancel', {})}>
          ${this.cancelLabel ?? this.msg(coreMessages, 'cancel')}
        </button>
      </div>
    </dialog>`;
  }
}
