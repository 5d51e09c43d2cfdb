import { HnElement } from '../hn-element.js';
import { sourceLabel } from '../templates/source-label.js';
import styles from './hn-source-label.css.js';

/**
 * Names the source system an item comes from ("Fra Helse Bergen"). Inside their list items the
 * components render the same markup with `sourceLabel()`.
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
    return sourceLabel(this.currentLocale, this.name, 'label');
  }
}
