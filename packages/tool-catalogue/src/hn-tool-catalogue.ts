import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Bundle } from '@hn-elements/core';
import { Announcer, DataFrameController, FocusRescueController, FragmentTargetController, HnElement, formatDateTime, isItemTarget, itemLimit, sourceLabel, sourceLanguage, statusBadge, SummaryForm, withSourceWords, type FragmentReveal, type ItemTarget } from '@hn-elements/core';
import { toolMessages, type ToolMessageKey } from './messages.js';
import { filterTools, TOOL_CATEGORIES, type ToolCategory, type ToolView } from './model.js';
import { toolsFromBundle, toolsFromSources, type ToolData } from './load-tools.js';
import { assignmentBadge } from './assignment-status.js';
import { toolSummaryRow } from './tool-summary.js';
import styles from './hn-tool-catalogue.css.js';
import { launcherTemplate } from '@hn-elements/handoff-launcher';

export type CategoryChoice = ToolCategory | 'all';

export type { AuthRequiredDetail, NavigateDetail } from '@hn-elements/core';

/** How long the search waits for a pause in typing before it says how many tools it shows. */
const ANNOUNCE_DELAY_MS = 600;

/**
 * The catalogue of digital tools for learning, mapping and treatment from every source, with the
 * tools assigned to the citizen in their care pathway first. Each tool starts by seamless hand-off.
 *
 * @summary Tool catalogue (FHIR R4 ActivityDefinition + CarePlan).
 * @attr category - Which kind of tool to show: all (default), learning, mapping or treatment.
 * @attr query - Search words, e.g. from the host's own search; the citizen can change them.
 * @attr assigned-only - Show only the tools assigned to the citizen; the citizen can change it.
 * @attr heading-level - ARIA level of the section headings (default 2); each tool's heading is one deeper.
 * @attr request-timeout - Per-request timeout in ms for live mode.
 * @attr max-items - The short form (e.g. on an overview): only the first N tools, those assigned first, and a button that shows the rest.
 * @attr all-href - With `max-items`: the host's page with the whole catalogue. The catalogue is then a summary for an overview page: the first tools as one link each, to the tool on that page, then a link to the page.
 * @fires {HandoffStartDetail} hn-handoff-start - From a tool's launcher: a hand-off begins. Cancelable (the host takes over).
 * @fires {HandoffErrorDetail} hn-handoff-error - From a tool's launcher: the hand-off was refused or failed.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {NavigateDetail} hn-navigate - With `all-href`: a link of the summary was followed (Enter or a plain click). Detail: { href, reference?, sourceId? }. Cancelable: a host that routes itself (the shell) prevents the browser's navigation and shows `href` its own way.
 * @csspart item - One tool.
 * @csspart list - A list of tools.
 * @csspart controls - Search and filters.
 * @csspart launch - A tool's launcher (<hn-handoff-launcher>).
 * @csspart show-all - With `max-items`: the button that shows every tool; with `all-href` too, the link to the host's page.
 * @cssprop --hn-color-surface - Background of each tool.
 */
export class HnToolCatalogue extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    category: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    query: { type: String },
    assignedOnly: { type: Boolean, attribute: 'assigned-only' },
    maxItems: { type: Number, attribute: 'max-items' },
    allHref: { type: String, attribute: 'all-href' },
    showAll: { state: true },
  };

  /** A FHIR R4 Bundle of ActivityDefinitions (and CarePlans) the host fetched itself. */
  declare bundle: Bundle | undefined;
  declare category: CategoryChoice;
  declare headingLevel: number;
  declare requestTimeout: number;
  /** Search words: every word must occur in a tool's title, description, source, care pathway or kind. */
  declare query: string;
  /** Show only the tools assigned to the citizen (or to the person they act for). */
  declare assignedOnly: boolean;
  /**
   * The short form (e.g. on an overview): list only the first `maxItems` tools (those assigned to
   * the citizen first, as the full catalogue orders them) and a button that shows the rest.
   * Unset, 0 or not a number: everything.
   */
  declare maxItems: number | undefined;
  /**
   * With `max-items`: the host's page that shows the whole catalogue (a path or an `https:` URL).
   * The catalogue is then a summary for an overview page: the first tools (those assigned first) as
   * one link each, to that tool on that page, then a link to the page; no search, filters or
   * launchers.
   */
  declare allHref: string | undefined;

  declare private showAll: boolean;
  private readonly announcer = new Announcer(this);

  /** Loading, its states, banner and notices, aria-busy and 401s: core's data-component frame. */
  private readonly data = new DataFrameController<ToolData>(this, {
    scope: 'tools',
    fromBundle: (bundle) => toolsFromBundle(bundle, this.currentLocale),
    fromSources: (session, signal) => toolsFromSources(session, { signal, locale: this.currentLocale, timeoutMs: this.requestTimeout }),
    afterRetry: () => this.announcer.announce(() => this.t('retried')),
  });

  /** When the focused control goes (a retry, a notice whose source is back): the search field, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('#search') ?? this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });

  /** The tool a link named in the page's fragment (`#<source>/ActivityDefinition/<id>`): listed, in sight, focused. */
  private readonly fragmentTarget = new FragmentTargetController(this, { reveal: (target, moveFocus) => this.reveal(target, moveFocus) });

  constructor() {
    super();
    this.category = 'all';
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.query = '';
    this.assignedOnly = false;
    this.showAll = false;
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.data.reload();
  }

  /**
   * Resolves when the element has finished loading: its pending update has run, and the load that
   * update started (live fetch or bundle) has ended — with data, an error or stopped — and is
   * rendered. Never rejects. Wait on it instead of on time.
   */
  get loadComplete(): Promise<void> {
    return this.data.settled();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another limit starts short again.
    if (changed.has('maxItems')) this.showAll = false;
    const started = this.data.syncHost(this.bundle);
    if (started && this.bundle === undefined) this.announcer.clear();
  }

  /** How many tools to list: all (undefined), or `maxItems` until the rest is asked for. */
  private get limit(): number | undefined {
    return this.showAll ? undefined : itemLimit(this.maxItems);
  }

  /** The summary for an overview page (`max-items` with `all-href`): core's one way of showing one. */
  private readonly summary = new SummaryForm(this, () => itemLimit(this.maxItems));

  /** The tools that pass the filter, assigned first; and of them the ones listed (the short form's first few). */
  private listing(tools: readonly ToolView[]): { shown: ToolView[]; listed: ToolView[] } {
    const filtered = filterTools(tools, this.currentFilter());
    const shown = [...filtered.filter((tool) => tool.assignment), ...filtered.filter((tool) => !tool.assignment)];
    const limit = this.limit;
    return { shown, listed: limit === undefined ? shown : shown.slice(0, limit) };
  }

  /**
   * Shows the tool `target` names: clears a search or filter that hides it, lists the whole
   * catalogue when a short form would leave it out, scrolls to it and, with `moveFocus`, focuses it.
   */
  private async reveal(target: ItemTarget, moveFocus: boolean): Promise<FragmentReveal> {
    const data = this.data.value;
    if (!data) return 'not-yet';
    const tool = data.tools.find((t) => isItemTarget(target, t.sourceId, `ActivityDefinition/${t.id}`));
    // The summary lists no more than its first few, and leads to the page that shows the rest.
    if (!tool || this.summary.rows !== undefined) return 'absent';
    if (!this.listing(data.tools).shown.includes(tool)) {
      this.query = '';
      this.category = 'all';
      this.assignedOnly = false;
    }
    if (!this.listing(data.tools).listed.includes(tool)) this.showAll = true;
    await this.updateComplete;
    const article = this.renderRoot.querySelector<HTMLElement>(`article[data-key="${CSS.escape(tool.key)}"]`);
    if (!article) return 'not-yet';
    article.scrollIntoView({ block: 'nearest' });
    if (moveFocus) article.focus();
    return 'shown';
  }

  /** Lists the rest, and moves focus to the first tool that was not listed. */
  private async showRest(): Promise<void> {
    const firstNew = this.limit ?? 0;
    this.showAll = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part="item"] article')[firstNew]?.focus();
  }

  private t(key: ToolMessageKey, params?: Record<string, string | number>): string {
    return this.msg(toolMessages, key, params);
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** The represented person's name, when the citizen acts on someone's behalf. */
  private get representedName(): string | undefined {
    const name: unknown = this.currentSession?.representation?.person?.name;
    return typeof name === 'string' && name.trim() ? name.trim() : undefined;
  }

  /**
   * After a pause in typing (or at once for a filter), says in the polite live region how many
   * tools are shown, so a screen-reader user hears the result without hearing every keystroke.
   * The same count again is said again (core's Announcer empties the region first).
   */
  private scheduleAnnouncement(delay: number): void {
    this.announcer.later(() => {
      const data = this.data.value;
      if (!this.isConnected || !data || this.data.state.status === 'error') return undefined;
      const shown = this.listing(data.tools).listed.length;
      const total = data.tools.length;
      // The count of that moment, in the language in force whenever the region renders.
      return () => this.t(shown === 0 ? 'noMatch' : 'shown', { shown, total });
    }, delay);
  }

  private currentCategory(): CategoryChoice {
    return (TOOL_CATEGORIES as readonly string[]).includes(this.category) ? this.category : 'all';
  }

  private currentFilter() {
    const categoryNames = { learning: this.t('learning'), mapping: this.t('mapping'), treatment: this.t('treatment') };
    return { query: typeof this.query === 'string' ? this.query : '', category: this.currentCategory(), assignedOnly: this.assignedOnly === true, categoryNames };
  }

  override render() {
    return html`
      ${this.data.banner()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
      ${this.data.render({
        noAccess: this.t('noAccess'),
        errorHeading: this.t('loadError'),
        subject: this.t('catalogueHeading'),
        skipped: (count) => this.t('itemsSkipped', { count }),
        retry: () => this.reload(),
        content: (data, notices) => this.renderData(data, notices),
        // A summary holds its rows' place while it loads.
        ...(this.summary.rows !== undefined ? { loading: () => this.summary.placeholder(this.t('openPage')) } : {}),
      })}
    `;
  }

  /** The catalogue; the frame shows the states instead (and never another person's assignments while theirs load). */
  private renderData(data: ToolData, notices: TemplateResult) {
    const locale = this.currentLocale;
    if (this.summary.rows !== undefined) return html`${notices}${this.renderSummary(data)}`;
    if (data.tools.length === 0) {
      return html`${notices}<hn-state kind="empty" locale=${locale} .message=${this.t('empty')}></hn-state>`;
    }
    const filter = this.currentFilter();
    const { shown, listed } = this.listing(data.tools);
    const assigned = listed.filter((tool) => tool.assignment);
    const others = listed.filter((tool) => !tool.assignment);
    const name = this.representedName;
    const assignedHeading = name ? this.t('assignedHeadingFor', { name }) : this.t('assignedHeading');
    return html`
      ${notices} ${this.renderControls(filter.category)}
      <p class="count">${this.t('shown', { shown: listed.length, total: data.tools.length })}</p>
      ${shown.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('noMatch')}>
            <button type="button" class="button clear" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
          </hn-state>`
        : nothing}
      ${this.renderSection('assigned', assignedHeading, assigned)} ${this.renderSection('catalogue', this.t('catalogueHeading'), others)}
      ${listed.length < shown.length
        ? html`<button type="button" part="show-all" class="button show-all" @click=${this.showRest}>${this.t('showAll', { count: shown.length })}</button>`
        : nothing}
    `;
  }

  /** The summary for an overview page (`max-items` with `all-href`): the first tools, as the short form lists them, and the way to the rest. */
  private renderSummary(data: ToolData) {
    const { shown } = this.listing(data.tools);
    const ctx = { t: (key: ToolMessageKey, params?: Record<string, string | number>) => this.t(key, params), locale: this.currentLocale, live: this.bundle === undefined, session: this.currentSession };
    return this.summary.list(
      shown,
      (tool) => toolSummaryRow(tool, ctx),
      { label: this.t('listLabel'), openPage: this.t('openPage'), showAll: (count) => this.t('showAll', { count }) },
      html`<hn-state kind="empty" locale=${this.currentLocale} .message=${this.t(data.tools.length === 0 ? 'empty' : 'noMatch')}></hn-state>`,
    );
  }


  private renderControls(category: CategoryChoice) {
    const name = this.representedName;
    return html`<div part="controls" class="controls">
      <div class="field search">
        <label for="search">${this.t('search')}</label>
        <span id="search-hint" class="hint">${this.t('searchHint')}</span>
        <input id="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${live(this.currentFilter().query)} @input=${this.onSearch} />
      </div>
      <div class="filters" role="group" aria-label=${this.t('category')}>
        ${(['all', ...TOOL_CATEGORIES] as const).map(
          (choice) => html`<button type="button" class="toggle" aria-pressed=${category === choice ? 'true' : 'false'} @click=${() => this.onCategory(choice)}>
            ${this.t(choice)}
          </button>`,
        )}
      </div>
      <label class="check">
        <input type="checkbox" .checked=${live(this.assignedOnly === true)} @change=${this.onAssignedOnly} />
        <span>${name ? this.t('assignedOnlyFor', { name }) : this.t('assignedOnly')}</span>
      </label>
    </div>`;
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement(ANNOUNCE_DELAY_MS);
  }

  private onCategory(choice: CategoryChoice): void {
    if (choice === this.currentCategory()) return;
    this.category = choice;
    this.scheduleAnnouncement(0);
  }

  /** Back to every tool; focus goes to the search field, since the button that was pressed is gone. */
  private async clearFilters(): Promise<void> {
    this.query = '';
    this.category = 'all';
    this.assignedOnly = false;
    this.scheduleAnnouncement(0);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private onAssignedOnly(event: Event): void {
    this.assignedOnly = (event.target as HTMLInputElement).checked;
    this.scheduleAnnouncement(0);
  }

  private renderSection(id: string, heading: string, tools: readonly ToolView[]) {
    if (tools.length === 0) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<section aria-labelledby=${`${id}-heading`}>
      <p id=${`${id}-heading`} class="section-heading" role="heading" aria-level=${level}>${heading}</p>
      <ul part="list" class="list card-list">
        ${tools.map((tool) => this.renderTool(tool, Math.min(6, level + 1)))}
      </ul>
    </section>`;
  }

  private renderTool(tool: ToolView, level: number) {
    const titleId = `tool-${tool.key.replace(/[^\w-]/g, '_')}`;
    const locale = this.currentLocale;
    // The tool's name, description and note are the source's words, in the source's language.
    const lang = sourceLanguage(tool.language, this.bundle === undefined ? this.currentSession?.sources.find((s) => s.id === tool.sourceId) : undefined);
    return html`<li part="item" class="item">
      <article class="card" tabindex="-1" data-key=${tool.key} aria-labelledby=${titleId}>
        <div class="card-head">
          <p id=${titleId} class="title" role="heading" aria-level=${level} lang=${lang}>${tool.title}</p>
          ${tool.category ? statusBadge('neutral', this.t(tool.category)) : nothing}
        </div>
        ${tool.description ? html`<p class="description" lang=${lang}>${tool.description}</p>` : nothing}
        ${tool.assignment ? this.renderAssignment(tool, lang) : nothing}
        ${tool.sourceName ? sourceLabel(locale, tool.sourceName, undefined, lang) : nothing}
        ${this.renderLaunch(tool)}
      </article>
    </li>`;
  }

  /** Who assigned the tool and when, in which care pathway, its status and due date. */
  private renderAssignment(tool: ToolView, lang: string) {
    const assignment = tool.assignment!;
    const locale = this.currentLocale;
    const by = assignment.by;
    const date = assignment.assigned ? formatDateTime(assignment.assigned, locale, 'long-date') : undefined;
    // Who assigned it and the care pathway's name are the source's words.
    const say = (key: ToolMessageKey) => (params: Record<string, string | number>) => this.t(key, params);
    const who = by && date
      ? withSourceWords(say('assignedByOn'), { by, date }, ['by'], lang)
      : by ? withSourceWords(say('assignedBy'), { by }, ['by'], lang) : date ? this.t('assignedOn', { date }) : '';
    return html`<div class="assignment">
      ${assignmentBadge(assignment.status, (key) => this.t(key))}
      ${who ? html`<p>${who}</p>` : nothing}
      ${assignment.plan ? html`<p>${withSourceWords(say('partOf'), { plan: assignment.plan }, ['plan'], lang)}</p>` : nothing}
      ${assignment.due ? html`<p>${this.t('due', { date: formatDateTime(assignment.due, locale, 'long-date') })}</p>` : nothing}
      ${assignment.note ? html`<p lang=${lang}>${assignment.note}</p>` : nothing}
    </div>`;
  }

  /** The tool starts by seamless hand-off; a SMART app gets its source's FHIR base as `iss`. */
  private renderLaunch(tool: ToolView) {
    const link = tool.launch;
    if (!link) return html`<p class="cannot-start">${this.t('cannotStart')}</p>`;
    const session = this.currentSession;
    const source = this.bundle === undefined ? session?.sources.find((s) => s.id === tool.sourceId) : undefined;
    const lang = sourceLanguage(tool.language, source);
    return launcherTemplate({ link, source, part: 'launch', label: this.t('start'), subject: tool.title, destination: tool.sourceName, destinationIsSource: true, lang, variant: 'primary', locale: this.currentLocale, session });
  }
}
