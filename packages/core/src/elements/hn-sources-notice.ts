import { html, nothing } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages } from '../i18n/core-messages.js';
import { formatList } from '../i18n/locale-format.js';
import styles from './hn-sources-notice.css.js';

/**
 * Says which sources could not be reached, and which answered with less than everything (their
 * paging stopped early), while the rest is shown. Retry is offered for the sources that failed.
 *
 * @summary Partial-data notice naming the failed and the incomplete sources.
 * @fires {EmptyDetail} hn-retry - The citizen asked to try the failed sources again.
 * @csspart notice - The notice box.
 */
export class HnSourcesNotice extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    failed: { attribute: false },
    incomplete: { attribute: false },
  };

  /** Names of the sources that failed, shown to the citizen. */
  declare failed: readonly string[];

  /** Names of the sources that answered, but not with everything. */
  declare incomplete: readonly string[];

  constructor() {
    super();
    this.failed = [];
    this.incomplete = [];
  }

  override render() {
    const failed = namesOf(this.failed);
    const incomplete = namesOf(this.incomplete);
    if (failed.length === 0 && incomplete.length === 0) return nothing;
    const locale = this.currentLocale;
    return html`<div part="notice" class="notice" role="alert">
      ${failed.length ? html`<p>${this.msg(coreMessages, 'partialSources', { sources: formatList(failed, locale) })}</p>` : nothing}
      ${incomplete.length ? html`<p>${this.msg(coreMessages, 'incompleteSources', { sources: formatList(incomplete, locale) })}</p>` : nothing}
      ${failed.length
        ? html`<button class="button" type="button" @click=${() => this.emit('hn-retry', {})}>${this.msg(coreMessages, 'retry')}</button>`
        : nothing}
    </div>`;
  }
}

/** The names a host gave, without anything that is not a non-empty string. */
function namesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
}
