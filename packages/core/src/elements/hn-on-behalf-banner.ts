import { html, nothing } from 'lit';
import { HnElement } from '../hn-element.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import type { RepresentationRelation } from '../session.js';
import styles from './hn-on-behalf-banner.css.js';

const RELATION_KEY: Record<RepresentationRelation, CoreMessageKey> = {
  parent: 'relationParent',
  'power-of-attorney': 'relationPowerOfAttorney',
  guardian: 'relationGuardian',
};

/**
 * Says plainly that the citizen acts on behalf of someone else. Renders nothing otherwise.
 *
 * @summary "On behalf of" banner, driven by the session's representation.
 * @csspart banner - The banner.
 */
export class HnOnBehalfBanner extends HnElement {
  static override styles = [...HnElement.styles, styles];

  override render() {
    const representation = this.currentSession?.representation;
    if (!representation) return nothing;
    const relation = this.msg(coreMessages, RELATION_KEY[representation.relation] ?? 'relationGuardian');
    return html`<p part="banner" class="banner">
      <span class="icon" aria-hidden="true">👤</span>
      <span>${this.msg(coreMessages, 'onBehalfOf', { name: representation.person.name, relation })}</span>
    </p>`;
  }
}
