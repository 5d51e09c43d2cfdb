import { html, nothing, type TemplateResult } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import styles from './hn-state.css.js';

/** More placeholder rows than this would reserve more than any short form shows at once. */
const MAX_PLACEHOLDERS = 10;

export type StateKind = 'loading' | 'empty' | 'error';

/**
 * Loading, empty and error-with-retry states, the same in every component.
 *
 * @summary A status view for a component with no data to show yet.
 * @attr kind - loading, empty or error.
 * @attr items - Loading only: how many items the list will show (a short form's `max-items`); that
 *   many placeholder rows reserve their height, so the list that replaces them moves nothing below.
 * @fires {EmptyDetail} hn-retry - The citizen asked to try again (error state).
 * @csspart state - The wrapper.
 * @csspart placeholders - Loading with `items`: the placeholder rows (hidden from assistive technology).
 * @csspart retry - The retry button.
 * @cssprop --hn-loading-item-size - Loading with `items`: the height each placeholder row reserves
 *   (a component sets the height of one of its items; default 20rem).
 */
export class HnState extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    kind: { type: String, reflect: true },
    heading: { type: String },
    message: { type: String },
    items: { type: Number },
  };

  declare kind: StateKind;
  /** Optional heading; the error state defaults to "Noe gikk galt". */
  declare heading: string | undefined;
  /** The message: text, or content with a source's words marked with their language (core's `loadErrorWords`). */
  declare message: string | TemplateResult | undefined;
  /**
   * Loading only: how many items will show (a short form's `max-items`). That many placeholder rows,
   * hidden from assistive technology (the status line says "Henter …" once) and never focusable,
   * hold the list's height until it comes.
   */
  declare items: number | undefined;

  constructor() {
    super();
    this.kind = 'loading';
  }

  override render() {
    if (this.kind === 'loading') {
      return html`<div part="state" class="state state--loading" role="status" tabindex="-1">
        <span class="spinner" aria-hidden="true"></span>
        <span>${this.message ?? this.msg(coreMessages, 'loading')}</span>
      </div>${this.placeholders()}`;
    }
    if (this.kind === 'empty') {
      return html`<div part="state" class="state state--empty" role="status" tabindex="-1">
        ${this.heading ? html`<p class="heading">${this.heading}</p>` : nothing}
        <p>${this.message ?? ''}</p>
        <slot></slot>
      </div>`;
    }
    return html`<div part="state" class="state state--error" role="alert" tabindex="-1">
      <p class="heading">${this.heading ?? this.msg(coreMessages, 'errorHeading')}</p>
      ${this.message ? html`<p>${this.message}</p>` : nothing}
      <button part="retry" class="button" type="button" @click=${this.onRetry}>${this.msg(coreMessages, 'retry')}</button>
    </div>`;
  }

  /**
   * Focuses the state's text (not a tab stop), for when the control that had focus is gone (after
   * "Prøv igjen" the new load's "Henter …" takes focus instead of the page's body).
   */
  override focus(options?: FocusOptions): void {
    const state = this.renderRoot?.querySelector<HTMLElement>('[part="state"]');
    if (state) state.focus(options);
    else super.focus(options);
  }

  /** One placeholder row per item the list will show (`items`, a whole number from 1 up), or nothing. */
  private placeholders() {
    const count = Math.floor(this.items ?? 0);
    if (!(count >= 1)) return nothing;
    return html`<div part="placeholders" class="placeholders" aria-hidden="true">
      ${Array.from({ length: Math.min(count, MAX_PLACEHOLDERS) }, () => html`<div class="placeholder"></div>`)}
    </div>`;
  }

  private onRetry() {
    this.emit('hn-retry', {});
  }
}
