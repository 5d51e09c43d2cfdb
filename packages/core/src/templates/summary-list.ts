import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { itemFragment, type ItemTarget } from '../item-fragment.js';
import { hostPageUrl, offerNavigation, type NavigateDetail } from '../navigate.js';
import { coreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import type { Locale } from '../session.js';

/**
 * One item in a component's summary: what a citizen needs to recognise it on an overview page,
 * in one link to where the component shows it in full.
 */
export interface SummaryRow {
  /** Unique in the list (the component's item key). */
  key: string;
  /** The item, named in the link's fragment so the page it leads to opens it (core/item-fragment). */
  target: ItemTarget;
  /** What it is: the appointment's, message's, tool's, answer's or referral's title. */
  title: string;
  /** Language of the title when a source wrote it. */
  lang?: string | undefined;
  /** Facts after the title, in the component's words: when, from whom, how it stands. */
  meta: readonly string[];
  /** A status word (core's `statusBadge`) when the item's state needs one. */
  badge?: TemplateResult | undefined;
  /** Stands out: unread, needs an answer. */
  strong?: boolean;
}

export interface SummaryOptions {
  /** The component's full page (the host's path or `https:` URL; `hostPageUrl` checks it). */
  allHref: string;
  /** Name of the list ("Kommende timer"). */
  label: string;
  /** The words of the link to the full page ("Vis alle 12 kommende timer"). */
  allText: string;
  /** A followed link, offered to the host as `hn-navigate` (cancelable: the shell routes it). */
  emit: (detail: NavigateDetail) => boolean;
  /** Shown instead of the list when there are no rows (the component's empty state). */
  empty?: TemplateResult;
}

/**
 * A component's short form for an overview page: a few items as one link each, to the item on the
 * component's own page (`<allHref>#<source>/<Resource>/<id>`), then a link to that page. Rows are of
 * one height (`--hn-summary-row-size`), so a loading state can hold their place exactly. Without a
 * usable `allHref` (not on the page's origin nor `https:`) the rows are text and the link is left out.
 */
export function summaryList(rows: readonly SummaryRow[], options: SummaryOptions): TemplateResult {
  const follow = (detail: NavigateDetail) => (event: MouseEvent) => offerNavigation(event, options.emit, detail);
  const all = hostPageUrl(options.allHref);
  const list =
    rows.length === 0 && options.empty
      ? options.empty
      : html`<ul part="list" class="summary-list" aria-label=${options.label}>
      ${rows.map((row) => {
        const href = hostPageUrl(options.allHref, itemFragment(row.target));
        // The link's name reads "title, when, where, status": the commas are for the ear only.
        const content = html`<span class="summary-title" lang=${ifDefined(row.lang)}>${row.title}</span>${row.meta.length
            ? html`<span class="summary-meta"><span class="visually-hidden">, </span>${row.meta.join(', ')}</span>`
            : nothing}${row.badge ? html`<span class="visually-hidden">, </span>${row.badge}` : nothing}`;
        return html`<li part="item" class="summary-row ${row.strong ? 'summary-row--strong' : ''}" data-key=${row.key}>
          ${href
            ? html`<a class="summary-link" href=${href} @click=${follow({ href, reference: row.target.reference, ...(row.target.sourceId ? { sourceId: row.target.sourceId } : {}) })}>${content}</a>`
            : html`<span class="summary-link">${content}</span>`}
        </li>`;
      })}
    </ul>`;
  return html`${list}${all ? html`<a part="show-all" class="summary-all" href=${all} @click=${follow({ href: all })}>${options.allText}</a>` : nothing}`;
}

/**
 * The summary while it loads: "Henter …" for screen readers (a status), `count` placeholder rows of
 * the rows' height, and the link to the page, which needs no data. When the rows come, nothing
 * below moves: the overview's regions keep their place.
 */
export function summaryPlaceholder(count: number, loadingWords: string, options: Pick<SummaryOptions, 'allHref' | 'allText' | 'emit'>): TemplateResult {
  const all = hostPageUrl(options.allHref);
  return html`<p class="visually-hidden" role="status">${loadingWords}</p>
    <ul class="summary-list" aria-hidden="true">
      ${Array.from({ length: count }, () => html`<li><span class="summary-link summary-placeholder"></span></li>`)}
    </ul>
    ${all ? html`<a part="show-all" class="summary-all" href=${all} @click=${(event: MouseEvent) => offerNavigation(event, options.emit, { href: all })}>${options.allText}</a>` : nothing}`;
}

/** What a component with a summary form is, as far as its summary goes. */
export interface SummaryHost {
  /** The component's own page (`all-href`); without it there is no summary. */
  allHref?: string | undefined;
  currentLocale: Locale;
  emit<T>(name: string, detail: T, options?: { cancelable?: boolean }): boolean;
}

/** A component's words for its summary. */
export interface SummaryWords {
  /** Name of the list ("Kommende timer"). */
  label: string;
  /** The link to the page when nothing is left out ("Gå til timene dine"). */
  openPage: string;
  /** The link to the page when `count` items are there in all ("Vis alle 12 kommende timer"). */
  showAll: (count: number) => string;
}

/**
 * A component's summary form (`max-items` with `all-href`) in one place: whether the component is
 * one and how many rows it shows, its placeholder while it loads, and its list with the way to the
 * page, each link offered to the host as `hn-navigate`. A component only maps its items to rows.
 */
export class SummaryForm {
  private readonly host: SummaryHost;
  private readonly limit: () => number | undefined;

  /** `limit`: how many items the component's short form lists now (`itemLimit` of its `max-items`). */
  constructor(host: SummaryHost, limit: () => number | undefined) {
    this.host = host;
    this.limit = limit;
  }

  /** How many rows the summary shows; undefined when the component is no summary. */
  get rows(): number | undefined {
    return this.host.allHref ? this.limit() : undefined;
  }

  /** Offers a followed link to the host (`hn-navigate`, cancelable: the shell routes it). */
  private readonly emit = (detail: NavigateDetail): boolean => this.host.emit<NavigateDetail>('hn-navigate', detail, { cancelable: true });

  /** The summary while it loads (`summaryPlaceholder`), with `openPage` as its link. */
  placeholder(openPage: string): TemplateResult {
    return summaryPlaceholder(this.rows ?? 0, translate(coreMessages, this.host.currentLocale, 'loading'), { allHref: this.host.allHref ?? '', allText: openPage, emit: this.emit });
  }

  /**
   * The first of `items` (as many as the summary shows, each made a row by `row`), then the link to
   * the page: "Vis alle …" when some are left out, else "Gå til …"; `empty` when there are none.
   */
  list<T>(items: readonly T[], row: (item: T) => SummaryRow, words: SummaryWords, empty?: TemplateResult): TemplateResult {
    const shown = this.rows ?? items.length;
    return summaryList(items.slice(0, shown).map(row), {
      allHref: this.host.allHref ?? '',
      label: words.label,
      allText: items.length > shown ? words.showAll(items.length) : words.openPage,
      emit: this.emit,
      ...(empty ? { empty } : {}),
    });
  }
}
