import { html, nothing, type TemplateResult } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import styles from './hn-state.css.js';

export type StateKind = 'loading' | 'empty' | 'error';

/**
 * Loading, empty and error-with-retry states, the same in every component.
 *
 * @summary A status view for a component with no data to show yet.
 * @attr kind - loading, empty or error.
 * @fires {EmptyDetail} hn-retry - The citizen asked to try again (error state).
 * @csspart state - The wrapper.
 * @csspart retry - The retry button.
 */
export class HnState extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    kind: { type: String, reflect: true },
    heading: { type: String },
    message: { type: String },
  };

  declare kind: StateKind;
  /** Optional heading; the error state defaults to "Noe gikk galt". */
  declare heading: string | undefined;
  /** The message: text, or content with a source's words marked with their language (core's `loadErrorWords`). */
  declare message: string | TemplateResult | undefined;

  constructor() {
    super();
    this.kind = 'loading';
  }

  override render() {
    if (this.kind === 'loading') {
      return html`<div part="state" class="state state--loading" role="status" tabindex="-1">
        <span class="spinner" aria-hidden="true"></span>
        <span>${this.message ?? this.msg(coreMessages, 'loading')}</span>
      </div>`;
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

  private onRetry() {
    this.emit('hn-retry', {});
  }
}
