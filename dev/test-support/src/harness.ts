import { expect } from '@open-wc/testing';
import type { NavigateDetail } from '@hn-elements/core';
import { deepText, settle } from './dom.js';
import type { LoadingElement } from './remove-while-loading.js';

/**
 * What every test harness of an element shares, in the manner of Material Web's harnesses: the
 * element and its shadow root. A harness extends it with what a citizen sees and does there, so
 * tests ask for that instead of reaching into private fields or class names.
 */
export class ElementHarness<E extends HTMLElement> {
  readonly element: E;

  constructor(element: E) {
    this.element = element;
  }

  protected get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Everything the element shows, as text (through nested shadow roots, white space folded). */
  text(): string {
    return deepText(this.root);
  }
}

/**
 * The harness of a component that loads and lists its items as `part="item"`: waiting for the
 * load and for the render, and the items with their titles (where an item's title is, the
 * component's own harness says in `titleElement`).
 */
export abstract class ListHarness<E extends LoadingElement> extends ElementHarness<E> {
  /** "Prøv igjen" of the error state (every source failed), or null. */
  errorRetryButton(): HTMLButtonElement | null {
    return this.root.querySelector('hn-state[kind="error"]')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]') ?? null;
  }

  /** "Prøv igjen" of the notice about sources that failed, or null. */
  noticeRetryButton(): HTMLButtonElement | null {
    return this.root.querySelector('hn-sources-notice')?.shadowRoot?.querySelector<HTMLButtonElement>('button') ?? null;
  }

  /** What the component's polite live region says now. */
  announcement(): string {
    return this.root.querySelector('[aria-live]')?.textContent?.trim() ?? '';
  }

  /** Resolves when the element's load has ended and is rendered (its public `loadComplete`). */
  async loaded(): Promise<this> {
    await this.element.loadComplete;
    return this;
  }

  /** Waits until the element is no longer busy and it and its children have rendered. */
  async settled(): Promise<this> {
    await settle(this.element);
    return this;
  }

  /** The items listed, as their `part="item"` elements, in order. */
  items(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part="item"]')];
  }

  /** Each listed item's title, in order. */
  titles(): string[] {
    return this.items().map((item) => this.titleOf(item));
  }

  /** An item's title: the text of its title element. */
  titleOf(item: HTMLElement): string {
    return this.titleElement(item).textContent!.trim();
  }

  /** The element with an item's title (the text its source wrote). */
  abstract titleElement(item: HTMLElement): HTMLElement;

  // ---- the summary for an overview page (`max-items` with `all-href`: core's summaryList) -----

  /** The summary's rows' links, one per item, in order. */
  summaryLinks(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('[part="list"] [part="item"] a.summary-link')];
  }

  /** The summary's link to the component's page ("Vis alle 8 …", "Gå til …"), or null. */
  pageLink(): HTMLAnchorElement | null {
    return this.root.querySelector<HTMLAnchorElement>('a[part="show-all"]');
  }

  /** What a summary link reads as, white space folded (its accessible name: the row's text). */
  linkWords(link: Element): string {
    return link.textContent!.replace(/\s+/g, ' ').trim();
  }

  /**
   * Follows the summary's first row and its link to the page with a plain click, and returns what
   * the element offered the host as `hn-navigate` (each taken, as the shell takes them).
   */
  followSummaryLinks(): NavigateDetail[] {
    const offered: NavigateDetail[] = [];
    const take = (event: Event) => {
      offered.push((event as CustomEvent<NavigateDetail>).detail);
      event.preventDefault();
    };
    this.element.addEventListener('hn-navigate', take);
    try {
      this.summaryLinks()[0]?.click();
      this.pageLink()?.click();
    } finally {
      this.element.removeEventListener('hn-navigate', take);
    }
    return offered;
  }

  /** At the page's width now: nothing of the summary goes sideways, and every link is a target tall. */
  expectSummaryFits(): void {
    expect(this.element.scrollWidth, 'nothing sideways').to.be.at.most(this.element.clientWidth);
    const links = [...this.summaryLinks(), ...(this.pageLink() ? [this.pageLink()!] : [])];
    expect(links.length, 'links in the summary').to.be.greaterThan(0);
    for (const link of links) expect(link.getBoundingClientRect().height, this.linkWords(link)).to.be.at.least(44);
  }
}

/**
 * Fails unless `h` lists items and every item's title element is marked as written in `language`
 * (its `lang`): what the language tests expect of text from sources configured with a language.
 */
export function expectEveryTitleIn(h: ListHarness<LoadingElement>, language: string): void {
  const titles = h.items().map((item) => h.titleElement(item));
  expect(titles.length, 'titles listed').to.be.greaterThan(0);
  for (const title of titles) expect(title.getAttribute('lang'), title.textContent!.trim()).to.equal(language);
}
