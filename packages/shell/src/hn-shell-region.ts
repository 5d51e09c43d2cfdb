import { html, nothing } from 'lit';
import { HnElement } from '@hn-elements/core';
import styles from './hn-shell-region.css.js';

/**
 * A headed part of a shell page. single-spa-layout creates these around the application
 * containers; the shell sets the heading in the current language. Level 1 is the page
 * itself; level 2 is one micro-frontend on the overview page (a labelled `section`).
 *
 * @summary Page or section heading around micro-frontends.
 * @attr heading - The heading text.
 * @attr level - 1 for a page (`h1`), 2 for one app on the overview (`h2` in a labelled section).
 * @attr message - Optional sentence under the heading.
 * @attr link-href - Optional link under the heading (with `link-label`).
 * @attr link-label - Text of that link.
 * @slot - The application containers.
 */
export class HnShellRegion extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    heading: { type: String },
    level: { type: Number, reflect: true },
    message: { type: String },
    linkHref: { type: String, attribute: 'link-href' },
    linkLabel: { type: String, attribute: 'link-label' },
  };

  declare heading: string;
  /** 1 for a page, 2 for a section of the overview. */
  declare level: number;
  /** Optional sentence under the heading. */
  declare message: string;
  declare linkHref: string;
  declare linkLabel: string;

  constructor() {
    super();
    this.heading = '';
    this.level = 1;
    this.message = '';
    this.linkHref = '';
    this.linkLabel = '';
  }

  /** Moves focus to the heading, e.g. after in-page navigation, so screen readers read the new page. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1, h2')?.focus();
  }

  override render() {
    const heading =
      this.level === 1
        ? html`<h1 id="heading" tabindex="-1">${this.heading}</h1>`
        : html`<h2 id="heading" tabindex="-1">${this.heading}</h2>`;
    const body = html`${this.message ? html`<p>${this.message}</p>` : nothing}
      ${this.linkHref && this.linkLabel ? html`<p><a href=${this.linkHref}>${this.linkLabel}</a></p>` : nothing}
      <div class="content"><slot></slot></div>`;
    return this.level === 1
      ? html`<div class="region">${heading}${body}</div>`
      : html`<section class="region" aria-labelledby="heading">${heading}${body}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-shell-region': HnShellRegion;
  }
}
