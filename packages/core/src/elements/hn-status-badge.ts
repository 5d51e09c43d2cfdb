import { HnElement } from '../hn-element.js';
import { statusBadge, type BadgeTone } from '../templates/status-badge.js';
import styles from './hn-status-badge.css.js';

export type { BadgeTone };

/**
 * A short status word with a tone. The word carries the meaning; colour only supports it.
 * Inside their list items the components render the same markup with `statusBadge()`.
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
    return statusBadge(this.tone, this.label, 'badge');
  }
}
