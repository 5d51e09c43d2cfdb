import { html } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import styles from './hn-source-label.css.js';

/**
 * Names the source system an item comes from ("Fra Helse Bergen").
 *
 * @summary Source attribution.
 * @csspart label - The text.
 */
export class HnSourceLabel extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    name: { type: String },
  };

  declare name: string;

  constructor() {
    super();
    this.name = '';
  }

  override render() {
    return html`<span part="label" class="label">${this.msg(coreMessages, 'source', { name: this.name })}</span>`;
  }
}
