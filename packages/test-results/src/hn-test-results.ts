import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle, FragmentReveal, ItemTarget, Locale } from '@hn-elements/core';
import { Announcer, coreMessages, DataFrameController, FocusRescueController, FragmentTargetController, HnElement, isItemTarget, itemLimit, LoadController, loadingState, LocaleMessagesController, SummaryForm, translate } from '@hn-elements/core';
import { testResultsAccess } from './access.js';
import { ExplanationsController } from './explanations-controller.js';
import { trendsSource, type TrendsModule } from './trends-controller.js';
import { filterReports, sourceOptions, testOptions, type ResultFilter } from './filters.js';
import { testResultsFromBundle, testResultsFromSources, type TestResultData } from './load-test-results.js';
import type { ReportView } from './model.js';
import { testResultMessages, type TestResultMessageKey } from './messages.js';
import { filterBar, type FilterState } from './templates/filter-bar.js';
import { reportItem, type ItemContext } from './templates/report-item.js';
import { reportSummaryRow } from './templates/summary-row.js';
import styles from './hn-test-results.css.js';

export type { AuthRequiredDetail, NavigateDetail } from '@hn-elements/core';

const MONTH = 30.44 * 86_400_000;

/**
 * The citizen's lab and imaging results from every source, merged: value, unit, reference range and
 * what the result means in words, the status explained, who ordered and did the test, and trends for
 * tests measured more than once (a chart with the same numbers as a table).
 *
 * @summary Test results (FHIR R4 DiagnosticReport and Observation).
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {NavigateDetail} hn-navigate - With `all-href`: a link of the summary was followed (Enter or a plain click). Cancelable: a host that routes itself (the shell) prevents the browser's navigation and shows `href` its own way.
 * @csspart item - One answer (a report, or a result on its own).
 * @csspart list - The list of answers.
 * @csspart filters - Search, source, test and period.
 * @csspart status - An answer's status badge.
 * @csspart source - An answer's source attribution.
 * @csspart explanation - "Hva betyr svaret?" for a common test: a button that opens the text below it.
 * @csspart trend - One test's development over time: summary, chart and table.
 * @csspart show-all - With `max-items`: the button that shows every answer (and the trends); with `all-href` too, the link to the host's page.
 * @cssprop --hn-color-surface - Background of each answer.
 * @cssprop --hn-color-border - Borders of answers and tables.
 */
export class HnTestResults extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    maxItems: { type: Number, attribute: 'max-items' },
    allHref: { type: String, attribute: 'all-href' },
    showAll: { state: true },
    filter: { state: true },
    opened: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself. When set, the element fetches nothing. */
  declare bundle: Bundle | undefined;
  /** ARIA level of each answer's heading (default 3); the trends' section heading is this level, each test one below. */
  declare headingLevel: number;
  /** Today, for the representation's age rule and the period filter. Defaults to the time of rendering. */
  declare now: Date | undefined;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;
  /**
   * The short form (e.g. on an overview): list only the first `maxItems` answers, without the
   * trends, and a button that shows the rest. Unset, 0 or not a number: everything.
   */
  declare maxItems: number | undefined;
  /**
   * With `max-items`: the host's page with every answer (a path or an `https:` URL). The element is
   * then a summary for an overview page: the newest answers as one link each, to that answer on
   * that page, then a link to the page; no filters, tables or explanations.
   */
  declare allHref: string | undefined;

  declare private showAll: boolean;
  declare private filter: FilterState;
  /** Results whose "Hva betyr svaret?" is open, by key. */
  declare private opened: ReadonlySet<string>;
  private readonly announcer = new Announcer(this);
  /** The words of the element's language: bokmål at hand, nynorsk and English loaded when first shown. */
  private readonly words = new LocaleMessagesController(this, testResultMessages);
  /**
   * The language the content is drawn in: the element's once its words are here. Before the first
   * content the loading state stands in; after a change of language the content stays in the one
   * before until the new words are here (no flash of bokmål, nothing torn down under focus).
   */
  private wordsLocale: Locale | undefined;
  /**
   * The language asked for whose words could not be loaded (until the element is connected again):
   * the element then speaks bokmål throughout, and its `lang` says so (`currentLocale`).
   */
  private wordsFailed: Locale | undefined;
  /** "Hva betyr svaret?" of the element's language, loaded when one is first opened. */
  private readonly explanations = new ExplanationsController(this);
  /**
   * "Utvikling over tid", loaded once the answers are shown in full (core's LoadController: unmount
   * stops it). Until then, and if it fails, the answers work without it.
   */
  private readonly trends = new LoadController<TrendsModule>(this);
  /** Whether the trends' styles, which come with their module, are in the shadow root yet. */
  private trendStylesAdopted = false;
  /** When the focused control goes (a retry, a notice whose source is back): the first answer, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () => this.focusableAnswer(0) ?? this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });

  /** Loading, its states, banner and notices, aria-busy and 401s: core's data-component frame. */
  private readonly data = new DataFrameController<TestResultData>(this, {
    scope: 'journal',
    covers: (session) => testResultsAccess(session, this.moment).allowed,
    fromBundle: (bundle) => testResultsFromBundle(bundle),
    fromSources: (session, signal) => testResultsFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    afterRetry: () => this.announcer.announce(() => this.t('retried')),
  });

  constructor() {
    super();
    this.headingLevel = 3;
    this.requestTimeout = 10_000;
    this.filter = { query: '', source: '', test: '', period: 'all' };
    this.opened = new Set();
    this.showAll = false;
  }

  /** The language in force (core's rule), or bokmål while that language's words could not be loaded. */
  override get currentLocale(): Locale {
    const asked = super.currentLocale;
    return asked === this.wordsFailed ? 'nb' : asked;
  }

  private get moment(): Date {
    return this.now ?? new Date();
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.data.reload();
  }

  /** Resolves when the element has finished loading (its language's words, data, an error or stopped; and an opened explanation's text) and rendered. Never rejects. */
  get loadComplete(): Promise<void> {
    return this.words
      .settled()
      .then(() => this.data.settled())
      .then(() => this.trends.settled())
      .then(() => this.explanations.settled());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const asked = super.currentLocale;
    if (this.words.ready(asked)) {
      this.wordsFailed = testResultMessages.has(asked) ? undefined : asked;
      this.wordsLocale = this.currentLocale;
    }
    if (changed.has('maxItems')) this.showAll = false;
    this.data.syncHost(this.bundle);
    if (this.opened.size && this.wordsLocale) this.explanations.request(this.wordsLocale);
    const trends = this.trends.value;
    if (trends && !this.trendStylesAdopted && this.shadowRoot) {
      adoptStyles(this.shadowRoot, [...HnTestResults.elementStyles, trends.trendStyles]);
      this.trendStylesAdopted = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The answers are listed in full: their trends are wanted now.
    if (this.limit === undefined && this.trends.state.status === 'idle' && this.renderRoot.querySelector('[part="list"]')) this.loadTrends();
  }

  /** How many answers to list: all (undefined), or `maxItems` until the rest is asked for. */
  private get limit(): number | undefined {
    return this.showAll ? undefined : itemLimit(this.maxItems);
  }

  /** Lists the rest, and moves focus to the first answer that was not listed. */
  private async showRest(): Promise<void> {
    const firstNew = this.limit ?? 0;
    this.showAll = true;
    await this.updateComplete;
    this.focusableAnswer(firstNew)?.focus();
  }

  /** The summary for an overview page (`max-items` with `all-href`): core's one way of showing one. */
  private readonly summary = new SummaryForm(this, () => this.limit);
  /** The answer a link named in the page's fragment (`#<source>/DiagnosticReport/<id>`): listed, in sight, focused. */
  private readonly fragmentTarget = new FragmentTargetController(this, { reveal: (target, moveFocus) => this.reveal(target, moveFocus) });

  /** Lists the answer `target` names (clearing the filters, showing the rest), scrolls to it and, with `moveFocus`, focuses it. */
  private async reveal(target: ItemTarget, moveFocus: boolean): Promise<FragmentReveal> {
    const items = this.data.value?.items;
    if (!items || !this.wordsLocale) return 'not-yet';
    if (this.summary.rows !== undefined) return 'absent';
    const report = items.find((r) => isItemTarget(target, r.sourceId, `${r.resourceType}/${r.id}`));
    if (!report) return 'absent';
    this.filter = { query: '', source: '', test: '', period: 'all' };
    this.showAll = true;
    await this.updateComplete;
    const article = this.focusableAnswer([...this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')].findIndex((a) => a.dataset['key'] === report.key));
    article?.scrollIntoView({ block: 'nearest' });
    if (moveFocus) article?.focus();
    return 'shown';
  }

  /** The answer at `index`, focusable from code (answers are no tab stops of their own). */
  private focusableAnswer(index: number): HTMLElement | undefined {
    const article = this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')[index];
    article?.setAttribute('tabindex', '-1');
    return article;
  }

  /** The element's words in the language its content is drawn in (a function of its own, for the templates). */
  private readonly t = (key: TestResultMessageKey, params?: Record<string, string | number>): string =>
    translate(testResultMessages.catalogue, this.wordsLocale ?? this.currentLocale, key, params);

  private toggleExplanation(key: string): void {
    const opened = new Set(this.opened);
    if (!opened.delete(key)) opened.add(key);
    this.opened = opened;
  }

  /** Loads the explanations again, and keeps focus on the result's "Hva betyr svaret?" (the retry button goes). */
  private async retryExplanations(key: string): Promise<void> {
    if (this.wordsLocale) this.explanations.retry(this.wordsLocale);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(`explain-${key}`)}"]`)?.focus();
  }

  private resultFilter(): ResultFilter {
    const { query, source, test, period } = this.filter;
    return {
      query,
      sources: source ? [source] : undefined,
      tests: test ? [test] : undefined,
      from: period === 'all' ? undefined : new Date(this.moment.getTime() - Number(period) * MONTH),
    };
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    const access = testResultsAccess(this.currentSession, this.moment);
    return html`
      ${this.data.banner()}
      ${this.wordsLocale ? this.renderFrame(access, this.wordsLocale) : this.summary.rows !== undefined ? this.summary.placeholder(this.t('openPage')) : loadingState(this.currentLocale, itemLimit(this.maxItems))}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
    `;
  }

  private renderFrame(access: ReturnType<typeof testResultsAccess>, locale: Locale) {
    return this.data.render({
      noAccess: this.t(access.allowed ? 'noAccessScope' : access.messageKey),
      errorHeading: this.t('loadError'),
      subject: this.t('listLabel'),
      skipped: (count) => this.t('itemsSkipped', { count }),
      retry: () => this.reload(),
      content: (data, notices) => this.renderData(data, notices, locale),
      ...(this.summary.rows !== undefined ? { loading: () => this.summary.placeholder(this.t('openPage')) } : {}),
    });
  }

  private renderData(data: TestResultData, notices: TemplateResult, locale: Locale) {
    const withheld = data.withheld ? html`<p class="withheld" role="status">${this.t('withheld', { count: data.withheld })}</p>` : nothing;
    if (data.items.length === 0) {
      return html`${notices}${withheld}<hn-state kind="empty" locale=${locale} .message=${this.t('empty')}></hn-state>`;
    }
    if (this.summary.rows !== undefined) {
      const words = { label: this.t('listLabel'), openPage: this.t('openPage'), showAll: (count: number) => this.t('showAll', { count }) };
      return html`${notices}${withheld}${this.summary.list(data.items, (report) => reportSummaryRow(report, this.t, locale), words)}`;
    }
    const shown = filterReports(data.items, this.resultFilter(), locale);
    const filtered = shown.length !== data.items.length;
    const limit = this.limit;
    const listed = limit === undefined ? shown : shown.slice(0, limit);
    const ctx: ItemContext = {
      t: this.t,
      locale,
      headingLevel: this.headingLevel,
      isOpen: (key) => this.opened.has(key),
      toggle: (key) => this.toggleExplanation(key),
      explanations: this.explanations.state(locale),
      retryExplanations: (key) => void this.retryExplanations(key),
      retryLabel: this.msg(coreMessages, 'retry'),
    };
    return html`
      ${filterBar({
        t: this.t,
        sources: sourceOptions(data.items),
        tests: testOptions(data.items, locale),
        state: this.filter,
        change: (next) => (this.filter = { ...this.filter, ...next }),
      })}
      ${notices} ${withheld}
      <p class="count" role="status">${filtered ? this.t('shownCount', { count: shown.length }) : nothing}</p>
      ${shown.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('emptyFiltered')}></hn-state>`
        : html`<ul part="list" class="list card-list" aria-label=${this.t('listLabel')}>
            ${listed.map((report) => reportItem(report, ctx))}
          </ul>`}
      ${listed.length < shown.length
        ? html`<button type="button" part="show-all" class="button show-all" @click=${this.showRest}>
            ${this.t('showAll', { count: shown.length })}
          </button>`
        : nothing}
      ${limit === undefined ? this.renderTrends(shown, locale) : nothing}
    `;
  }

  /** The trends of the answers shown, once their module has loaded; a notice with 'Prøv igjen' when it could not be. */
  private renderTrends(shown: readonly ReportView[], locale: Locale) {
    const module = this.trends.value;
    if (module) return module.trendsSection(shown, { t: this.t, locale, headingLevel: this.headingLevel });
    if (this.trends.state.status !== 'error') return nothing;
    return html`<p class="trends-failed" role="status">${this.t('trendsFailed')}
      <button type="button" class="button" @click=${this.retryTrends}>${this.msg(coreMessages, 'retry')}</button></p>`;
  }

  private loadTrends(): void {
    void this.trends.run(() => trendsSource.load());
  }

  /** Loads the trends again; focus goes to the first answer when the button goes. */
  private async retryTrends(): Promise<void> {
    this.loadTrends();
    await this.updateComplete;
    this.focusableAnswer(0)?.focus();
  }
}
