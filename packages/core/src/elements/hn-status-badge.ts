import { html } from 'lit';
import { HnElement } from '../hn-element.js';
import styles from './hn-status-badge.css.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * A short status word with a tone. The word carries the meaning; colour only supports it.
 *
 * @summary Status badge.
 * @attr tone - neutral, info, success, warning or danger.
 * @csspart badge - The badge.
 */
export class HnStatusBadge extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    tone: { type: String, reflect: true },
    label: { type: String },
  };

  declare tone: BadgeTone;
  declare label: string;

  constructor() {
    super();
    this.tone = 'neutral';
    this.label = '';
  }

  override render() {
    return html`<span part="badge" class="badge badge--${this.tone}">${this.label}</span>`;
  }
}
