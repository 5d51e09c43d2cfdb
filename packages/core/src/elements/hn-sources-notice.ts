import { html, nothing } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import { formatList } from '../i18n/locale-format.js';
import styles from './hn-sources-notice.css.js';

/**
 * Says which sources could not be reached while the rest is shown.
 *
 * @summary Partial-data notice naming the failed sources.
 * @fires hn-retry - The citizen asked to try the failed sources again.
 * @csspart notice - The notice box.
 */
export class HnSourcesNotice extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    failed: { attribute: false },
  };

  /** Names of the sources that failed, shown to the citizen. */
  declare failed: readonly string[];

  constructor() {
    super();
    this.failed = [];
  }

  override render() {
    if (this.failed.length === 0) return nothing;
    const sources = formatList(this.failed, this.currentLocale);
    return html`<div part="notice" class="notice" role="alert">
      <p>${this.msg(coreMessages, 'partialSources', { sources })}</p>
      <button class="button" type="button" @click=${() => this.emit('hn-retry', {})}>${this.msg(coreMessages, 'retry')}</button>
    </div>`;
  }
}
