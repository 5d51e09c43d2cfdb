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
      <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="2"></circle>
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" stroke-width="2"></path>
      </svg>
      <span>${this.msg(coreMessages, 'onBehalfOf', { name: representation.person.name, relation })}</span>
    </p>`;
  }
}
