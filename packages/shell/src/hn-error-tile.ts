import { html } from 'lit';
import { HnElement } from '@hn-elements/core';
import { strings } from './strings.js';
import styles from './hn-error-tile.css.js';

export interface ErrorRetryDetail {
  /** Name of the micro-frontend to load again. */
  app: string;
}

/**
 * Shown in place of a micro-frontend that could not be loaded or that crashed,
 * so the rest of the page keeps working.
 *
 * @summary Plain-language error in place of a failed micro-frontend, with a retry button.
 * @attr app - Name of the failed micro-frontend, sent with `hn-error-retry`.
 * @attr label - What the citizen calls the failed part, e.g. "Timer".
 * @attr busy - Present while a retry is under way.
 * @attr locale - Language of the text: `nb`, `nn` or `en`.
 * @fires {ErrorRetryDetail} hn-error-retry - The citizen asked to try again. `detail: { app }`. Bubbles, composed.
 * @csspart tile - The framed box.
 * @csspart heading - The sentence naming what failed.
 * @csspart body - The reassurance under it.
 * @csspart button - The retry button.
 * @cssprop --hn-color-danger - Frame colour.
 * @cssprop --hn-color-danger-surface - Background.
 */
export class HnErrorTile extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    app: { type: String },
    label: { type: String },
    busy: { type: Boolean, reflect: true },
  };

  /** Name of the failed micro-frontend (sent with `hn-error-retry`). */
  declare app: string;
  /** What the citizen calls the failed part, e.g. "Timer". */
  declare label: string;
  /** True while a retry is under way: the button says so and ignores presses. */
  declare busy: boolean;

  constructor() {
    super();
    this.app = '';
    this.label = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An alert is announced when it appears; it stays a landmark-free, focusable-free box.
    if (!this.hasAttribute('role')) this.setAttribute('role', 'alert');
  }

  /** Moves focus to the retry button. */
  override focus(options?: FocusOptions): void {
    const button = this.renderRoot.querySelector('button');
    if (button) button.focus(options);
    else super.focus(options);
  }

  #onClick(): void {
    if (this.busy) return;
    this.emit<ErrorRetryDetail>('hn-error-retry', { app: this.app });
  }

  override render() {
    const t = strings[this.currentLocale];
    return html`<div part="tile" class="tile">
      <p part="heading" class="heading">${t.errorHeading(this.label)}</p>
      <p part="body" class="body">${t.errorBody}</p>
      <button part="button" type="button" class="button button--primary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#onClick}>
        ${this.busy ? t.retrying : t.retry}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-error-tile': HnErrorTile;
  }
  interface HTMLElementEventMap {
    'hn-error-retry': CustomEvent<ErrorRetryDetail>;
  }
}
