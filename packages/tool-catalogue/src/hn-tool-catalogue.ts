import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '@medplum/fhirtypes';
import { HnElement, LoadController, fhirErrorMessage, formatDateTime, sessionAllows, type BadgeTone } from '@hn-elements/core';
import { toolMessages, type ToolMessageKey } from './messages.js';
import { filterTools, TOOL_CATEGORIES, type AssignmentStatus, type ToolCategory, type ToolView } from './model.js';
import { AllSourcesFailedError, toolsFromBundle, toolsFromSources, type ToolData } from './load-tools.js';
import styles from './hn-tool-catalogue.css.js';

export type CategoryChoice = ToolCategory | 'all';

export type { AuthRequiredDetail } from '@hn-elements/core';

const STATUS_KEY: Record<AssignmentStatus, ToolMessageKey> = {
  'not-started': 'statusNotStarted',
  'in-progress': 'statusInProgress',
  completed: 'statusCompleted',
  cancelled: 'statusCancelled',
};

const STATUS_TONE: Record<AssignmentStatus, BadgeTone> = {
  'not-started': 'warning',
  'in-progress': 'info',
  completed: 'success',
  cancelled: 'neutral',
};

function absoluteBase(base: string): string | undefined {
  try {
    return new URL(base, document.baseURI).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/**
 * The catalogue of digital tools for learning, mapping and treatment from every source, with the
 * tools assigned to the citizen in their care pathway first. Each tool starts by seamless hand-off.
 *
 * @summary Tool catalogue (FHIR R4 ActivityDefinition + CarePlan).
 * @attr category - Which kind of tool to show: all (default), learning, mapping or treatment.
 * @attr heading-level - ARIA level of the section headings (default 2); each tool's heading is one deeper.
 * @attr request-timeout - Per-request timeout in ms for live mode.
 * @fires hn-handoff-start - From a tool's launcher: a hand-off begins. Cancelable (the host takes over).
 * @fires hn-handoff-error - From a tool's launcher: the hand-off was refused or failed.
 * @fires hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @csspart item - One tool.
 * @csspart list - A list of tools.
 * @csspart controls - Search and filters.
 * @csspart launch - A tool's launcher (<hn-handoff-launcher>).
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
    query: { state: true },
    assignedOnly: { state: true },
  };

  /** A FHIR R4 Bundle of ActivityDefinitions (and CarePlans) the host fetched itself. */
  declare bundle: Bundle | undefined;
  declare category: CategoryChoice;
  declare headingLevel: number;
  declare requestTimeout: number;
  declare private query: string;
  declare private assignedOnly: boolean;

  private readonly data = new LoadController<ToolData>(this);
  private liveKey = '';

  constructor() {
    super();
    this.category = 'all';
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.query = '';
    this.assignedOnly = false;
  }

  private get allowed(): boolean {
    return sessionAllows(this.currentSession, 'tools');
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.liveKey = '';
    this.startLoad(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.liveKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.startLoad(changed.has('bundle'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.showsLoading()) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  private showsLoading(): boolean {
    if (!this.allowed) return false;
    const state = this.data.state;
    return state.status === 'loading' || state.status === 'idle' || this.isSomeoneElses(this.data.value);
  }

  private isSomeoneElses(data: ToolData | undefined): boolean {
    return data?.patient !== undefined && data.patient !== this.currentSession?.patient.reference;
  }

  private startLoad(bundleChanged: boolean): void {
    if (!this.isConnected) return;
    if (this.bundle !== undefined) {
      if (!bundleChanged && this.data.state.status !== 'idle') return;
      this.liveKey = 'bundle';
      try {
        this.data.setValue(toolsFromBundle(this.bundle, this.currentLocale));
      } catch (error) {
        this.data.setError(error);
      }
      return;
    }
    const session = this.currentSession;
    if (!session || !this.allowed) {
      this.data.abort();
      return;
    }
    const key = JSON.stringify([session.patient.reference, session.sources.map((s) => [s.id, s.fhirBase])]);
    if (key === this.liveKey) return;
    this.liveKey = key;
    void this.data.run(async (signal) => {
      try {
        const result = await toolsFromSources(session, { signal, locale: this.currentLocale, timeoutMs: this.requestTimeout });
        this.reportAuthRequired(result.failures.map((f) => f.error));
        return result;
      } catch (error) {
        if (error instanceof AllSourcesFailedError) this.reportAuthRequired(error.failures.map((f) => f.error));
        throw error;
      }
    });
  }


  private t(key: ToolMessageKey, params?: Record<string, string | number>): string {
    return this.msg(toolMessages, key, params);
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    const session = this.currentSession;
    return html`
      ${session?.representation ? html`<hn-on-behalf-banner .session=${session} locale=${this.currentLocale}></hn-on-behalf-banner>` : nothing}
      ${this.renderBody()}
    `;
  }

  private renderBody() {
    const locale = this.currentLocale;
    if (!this.allowed) return html`<hn-state kind="empty" locale=${locale} .message=${this.t('noAccess')}></hn-state>`;
    const state = this.data.state;
    if (state.status === 'error') {
      return html`<hn-state kind="error" locale=${locale} .heading=${this.t('loadError')} .message=${this.errorText(state.error)} @hn-retry=${this.reload}></hn-state>`;
    }
    const data = this.data.value;
    if (!data || this.isSomeoneElses(data)) return html`<hn-state kind="loading" locale=${locale}></hn-state>`;
    const failed = data.failures.map((f) => f.source.name);
    const notices = html`
      ${failed.length ? html`<hn-sources-notice locale=${locale} .failed=${failed} @hn-retry=${this.reload}></hn-sources-notice>` : nothing}
      ${data.skipped ? html`<p class="skipped" role="status">${this.t('itemsSkipped', { count: data.skipped })}</p>` : nothing}
    `;
    if (data.tools.length === 0) {
      return html`${notices}<hn-state kind="empty" locale=${locale} .message=${this.t('empty')}></hn-state>`;
    }
    const category = (TOOL_CATEGORIES as readonly string[]).includes(this.category) ? this.category : 'all';
    const shown = filterTools(data.tools, { query: this.query, category, assignedOnly: this.assignedOnly });
    const assigned = shown.filter((tool) => tool.assignment);
    const others = shown.filter((tool) => !tool.assignment);
    return html`
      ${notices} ${this.renderControls(category)}
      <p class="count" role="status">${this.t('shown', { shown: shown.length, total: data.tools.length })}</p>
      ${shown.length === 0 ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('noMatch')}></hn-state>` : nothing}
      ${this.renderSection('assigned', this.t('assignedHeading'), assigned)} ${this.renderSection('catalogue', this.t('catalogueHeading'), others)}
    `;
  }

  private renderControls(category: CategoryChoice) {
    return html`<div part="controls" class="controls">
      <div class="search">
        <label for="search">${this.t('search')}</label>
        <span id="search-hint" class="hint">${this.t('searchHint')}</span>
        <input id="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${this.query} @input=${this.onSearch} />
      </div>
      <div class="filters" role="group" aria-label=${this.t('category')}>
        ${(['all', ...TOOL_CATEGORIES] as const).map(
          (choice) => html`<button type="button" class="toggle" aria-pressed=${category === choice ? 'true' : 'false'} @click=${() => (this.category = choice)}>
            ${this.t(choice)}
          </button>`,
        )}
      </div>
      <label class="check">
        <input type="checkbox" .checked=${this.assignedOnly} @change=${this.onAssignedOnly} />
        <span>${this.t('assignedOnly')}</span>
      </label>
    </div>`;
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onAssignedOnly(event: Event): void {
    this.assignedOnly = (event.target as HTMLInputElement).checked;
  }

  private renderSection(id: string, heading: string, tools: readonly ToolView[]) {
    if (tools.length === 0) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<section aria-labelledby=${`${id}-heading`}>
      <p id=${`${id}-heading`} class="section-heading" role="heading" aria-level=${level}>${heading}</p>
      <ul part="list" class="list">
        ${tools.map((tool) => this.renderTool(tool, Math.min(6, level + 1)))}
      </ul>
    </section>`;
  }

  private renderTool(tool: ToolView, level: number) {
    const titleId = `tool-${tool.key.replace(/[^\w-]/g, '_')}`;
    const locale = this.currentLocale;
    return html`<li part="item" class="item">
      <article aria-labelledby=${titleId}>
        <div class="item-head">
          <p id=${titleId} class="title" role="heading" aria-level=${level}>${tool.title}</p>
          ${tool.category ? html`<hn-status-badge locale=${locale} tone="neutral" .label=${this.t(tool.category)}></hn-status-badge>` : nothing}
        </div>
        ${tool.description ? html`<p class="description">${tool.description}</p>` : nothing}
        ${tool.assignment ? this.renderAssignment(tool) : nothing}
        ${tool.sourceName ? html`<hn-source-label locale=${locale} .name=${tool.sourceName}></hn-source-label>` : nothing}
        ${this.renderLaunch(tool)}
      </article>
    </li>`;
  }

  private renderAssignment(tool: ToolView) {
    const assignment = tool.assignment!;
    const who = [this.t('assignedIn', { plan: assignment.plan }), assignment.by ? this.t('assignedBy', { by: assignment.by }) : ''].filter(Boolean).join(' ');
    return html`<div class="assignment">
      <hn-status-badge locale=${this.currentLocale} tone=${STATUS_TONE[assignment.status]} .label=${this.t(STATUS_KEY[assignment.status])}></hn-status-badge>
      <p>${who}.</p>
      ${assignment.due ? html`<p>${this.t('due', { date: formatDateTime(assignment.due, this.currentLocale, 'long-date') })}</p>` : nothing}
      ${assignment.note ? html`<p>${assignment.note}</p>` : nothing}
    </div>`;
  }

  /** The tool starts by seamless hand-off; a SMART app gets its source's FHIR base as `iss`. */
  private renderLaunch(tool: ToolView) {
    const link = tool.launch;
    if (!link) return html`<p class="cannot-start">${this.t('cannotStart')}</p>`;
    const session = this.currentSession;
    const source = this.bundle === undefined ? session?.sources.find((s) => s.id === tool.sourceId) : undefined;
    const iss = link.smart && source ? absoluteBase(source.fhirBase) : undefined;
    return html`<hn-handoff-launcher
      part="launch"
      href=${link.href}
      destination=${ifDefined(tool.sourceName || undefined)}
      label=${this.t('start')}
      variant="primary"
      locale=${this.currentLocale}
      launch=${ifDefined(iss ? 'smart' : undefined)}
      iss=${ifDefined(iss)}
      source-id=${ifDefined(iss ? tool.sourceId : undefined)}
      .session=${session}
    ></hn-handoff-launcher>`;
  }

  private errorText(error: unknown): string {
    const locale = this.currentLocale;
    if (error instanceof AllSourcesFailedError) return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, locale)).join(' ');
    return fhirErrorMessage(error, this.t('catalogueHeading'), locale);
  }
}
