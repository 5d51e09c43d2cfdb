import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '@hn-elements/core';
import {
  FhirError,
  HnElement,
  coreMessages,
  LoadController,
  SourcesLoadController,
  RovingTabindexController,
  fhirErrorMessage,
  formatDateTime,
  intlLocale,
  sessionAllows,
  TIME_ZONE,
  sourceLabel,
  statusBadge,
  type Locale,
} from '@hn-elements/core';
import { journalMessages, type JournalMessageKey } from './messages.js';
import {
  filterAccessEntries,
  filterDatesReversed,
  groupDocuments,
  sourceKeyOf,
  type AccessEntryView,
  type AccessFilter,
  type AccessPeriod,
  type DocumentProblem,
  type JournalDocumentView,
  type PurposeKind,
} from './model.js';
import {
  openDocumentBody,
  printInFrame,
  safeFileName,
  saveBlob,
  standaloneHtml,
  type OpenedBody,
  type RenderedSection,
  type StandaloneDocument,
} from './content.js';
import {
  AllSourcesFailedError,
  accessLogFromBundle,
  accessLogFromSources,
  documentsFromBundle,
  documentsFromSources,
  type AccessLogData,
  type DocumentsData,
} from './load-journal.js';
import { WidthController } from './width-controller.js';
import styles from './hn-journal-viewer.css.js';

export type JournalView = 'documents' | 'access-log';

/** What identifies a document in events. */
export interface JournalDocumentRef {
  /** `<sourceId>/<resourceType>/<id>` */
  key: string;
  id: string;
  sourceId: string;
  resourceType: 'DocumentReference' | 'Composition';
}

/** `detail` of `hn-journal-document-open` (cancelable: the host shows the document itself). */
export type JournalDocumentOpenDetail = JournalDocumentRef;

/** `detail` of `hn-journal-document-print` (cancelable: the host prints `blob` itself). */
export interface JournalDocumentPrintDetail extends JournalDocumentRef {
  /** A standalone, sanitised HTML file, or the PDF. */
  blob: Blob;
}

/** `detail` of `hn-journal-document-download` (cancelable: the host saves `blob` itself). */
export interface JournalDocumentDownloadDetail extends JournalDocumentRef {
  fileName: string;
  blob: Blob;
}

export interface JournalViewChangeDetail {
  view: JournalView;
}

export type { AuthRequiredDetail } from '@hn-elements/core';

const VIEWS: readonly JournalView[] = ['documents', 'access-log'];
const PERIODS: readonly AccessPeriod[] = ['30d', '12m', 'all', 'custom'];
const LOG_PAGE = 100;

const PROBLEM_KEY: Record<DocumentProblem, JournalMessageKey> = {
  'no-content': 'problemNoContent',
  'bad-data': 'problemBadData',
  'unsupported-type': 'problemUnsupported',
  'unsafe-url': 'problemUnsafeUrl',
  'not-pdf': 'problemNotPdf',
};

const PURPOSE_KEYS: Record<PurposeKind, [JournalMessageKey, JournalMessageKey]> = {
  treatment: ['purposeTreatment', 'purposeTreatmentHelp'],
  emergency: ['purposeEmergency', 'purposeEmergencyHelp'],
  coordination: ['purposeCoordination', 'purposeCoordinationHelp'],
  administration: ['purposeAdministration', 'purposeAdministrationHelp'],
  payment: ['purposePayment', 'purposePaymentHelp'],
  quality: ['purposeQuality', 'purposeQualityHelp'],
  research: ['purposeResearch', 'purposeResearchHelp'],
  'patient-request': ['purposePatientRequest', 'purposePatientRequestHelp'],
  'public-health': ['purposePublicHealth', 'purposePublicHealthHelp'],
  legal: ['purposeLegal', 'purposeLegalHelp'],
};

const PERIOD_KEY: Record<AccessPeriod, JournalMessageKey> = {
  '30d': 'period30d',
  '12m': 'period12m',
  all: 'periodAll',
  custom: 'periodCustom',
};

function domId(key: string): string {
  return key.replace(/[^\w-]/g, '_');
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthName(date: Date, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    monthFormats.set(locale, format);
  }
  const text = format.format(date);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface OpenedDocument {
  key: string;
  /** Undefined while the body is being prepared. */
  body?: OpenedBody;
  /** blob: URL of a PDF body, revoked when the document closes. */
  pdfUrl?: string;
}

/**
 * The citizen's journal: documents from every source (DocumentReference and Composition) as
 * text, sanitised HTML or PDF, with print and download; and the access log, who has read the
 * journal, when and why (AuditEvent), with filters for period and source.
 *
 * @summary Journal documents and access log (FHIR R4 DocumentReference, Composition, AuditEvent).
 * @attr view - Which view shows: documents (default) or access-log.
 * @attr document-key - Key (`<sourceId>/<resourceType>/<id>`) of the open document; set by the element when the citizen opens one.
 * @attr heading-level - ARIA level of the source and reading-pane headings (default 2).
 * @attr request-timeout - Per-request timeout in ms for live mode (default 10000).
 * @fires {JournalDocumentOpenDetail} hn-journal-document-open - The citizen opened a document. Cancelable: the host shows it itself. Detail: JournalDocumentOpenDetail.
 * @fires {JournalDocumentPrintDetail} hn-journal-document-print - The citizen asked to print. Cancelable: the host prints `detail.blob`. Detail: JournalDocumentPrintDetail.
 * @fires {JournalDocumentDownloadDetail} hn-journal-document-download - The citizen asked to download. Cancelable: the host saves `detail.blob`. Detail: JournalDocumentDownloadDetail.
 * @fires {JournalViewChangeDetail} hn-journal-view-change - The citizen switched between documents and access log. Detail: { view }.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @csspart tabs - The documents/access-log tab list.
 * @csspart item - One document, or one access-log entry.
 * @csspart list - A list of documents or access-log entries.
 * @csspart reader - The reading pane of an open document.
 * @csspart filters - The access-log filters.
 * @cssprop --hn-color-surface - Background of items and the reading pane.
 * @cssprop --hn-color-border - Borders of items and the reading pane.
 */
export class HnJournalViewer extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    view: { type: String, reflect: true },
    documentKey: { type: String, reflect: true, attribute: 'document-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    now: { attribute: false },
    period: { state: true },
    from: { state: true },
    to: { state: true },
    sourceFilter: { state: true },
    logLimit: { state: true },
    opened: { state: true },
    announcement: { state: true },
    actionError: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself (DocumentReference, Composition, AuditEvent and what they reference). When set, nothing is fetched. */
  declare bundle: Bundle | undefined;
  /** `documents` (default) or `access-log`. */
  declare view: JournalView;
  /** Key of the open document (`<sourceId>/<resourceType>/<id>`), or undefined. */
  declare documentKey: string | undefined;
  /** ARIA level of the source headings and the reading pane's title (default 2); months and document headings go below. */
  declare headingLevel: number;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;
  /** The moment the access log's periods count back from. Defaults to the time of rendering. */
  declare now: Date | undefined;

  declare private period: AccessPeriod;
  declare private from: string;
  declare private to: string;
  declare private sourceFilter: string;
  declare private logLimit: number;
  declare private opened: OpenedDocument | undefined;
  declare private announcement: string;
  declare private actionError: string | undefined;

  private readonly docs = new SourcesLoadController<DocumentsData>(this, {
    fromBundle: (bundle) => documentsFromBundle(bundle, this.currentSession?.patient.reference ?? ''),
    fromSources: (session, signal) => documentsFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    reportErrors: (errors) => this.reportAuthRequired(errors),
  });
  private readonly log = new SourcesLoadController<AccessLogData>(this, {
    fromBundle: (bundle) => accessLogFromBundle(bundle, this.currentSession?.patient.reference ?? ''),
    fromSources: (session, signal) => accessLogFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    reportErrors: (errors) => this.reportAuthRequired(errors),
  });
  private readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.list-pane .item-open')],
  });
  /** Two columns (list and reading pane side by side) only when the element has room. */
  private readonly width = new WidthController(this, 56);
  private openAbort?: AbortController;
  private printJob?: { cancel: () => void };
  private pendingFocus?: { reader: true } | { itemKey: string } | { tab: JournalView };

  constructor() {
    super();
    this.view = 'documents';
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.period = '12m';
    this.from = '';
    this.to = '';
    this.sourceFilter = '';
    this.logLimit = LOG_PAGE;
    this.announcement = '';
  }

  private get allowed(): boolean {
    return sessionAllows(this.currentSession, 'journal');
  }

  private get level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private get currentView(): JournalView {
    return VIEWS.includes(this.view) ? this.view : 'documents';
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.docs.forget();
    this.log.forget();
    this.requestUpdate();
  }

  /**
   * Resolves when the element has finished loading: its pending update has run, and the load that
   * update started (live fetch or bundle) has ended — with data, an error or stopped — and is
   * rendered. Never rejects. Wait on it instead of on time.
   */
  get loadComplete(): Promise<void> {
    return Promise.all([this.docs.settled(), this.log.settled()]).then(() => undefined);
  }

  /** Opens a document by key, as if the citizen had chosen it (the open event is not fired). */
  openDocument(key: string): void {
    this.documentKey = key;
    this.pendingFocus = { reader: true };
  }

  /** Closes the open document; focus returns to it in the list. */
  closeDocument(): void {
    const key = this.documentKey ?? this.opened?.key;
    this.documentKey = undefined;
    if (key) this.pendingFocus = { itemKey: key };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeOpened();
    this.printJob?.cancel();
    this.printJob = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.startLoad();
    this.syncOpened();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.currentView === 'documents' ? this.docs.state : this.log.state;
    const busy = this.allowed && (state.status === 'loading' || state.status === 'idle');
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.applyFocus();
  }

  // ---- loading -------------------------------------------------------------------------------

  private startLoad(): void {
    if (!this.isConnected) return;
    const input = { bundle: this.bundle, session: this.currentSession, allowed: this.allowed };
    if (!input.allowed) {
      // Nothing about this person is fetched or kept while the representation does not cover the journal.
      this.docs.sync(input);
      this.log.sync(input);
      this.closeOpened();
      return;
    }
    // A bundle holds both; live, each view is fetched when it is first shown.
    if (input.bundle !== undefined || this.currentView === 'documents') this.docs.sync(input);
    if (input.bundle !== undefined || this.currentView === 'access-log') this.log.sync(input);
  }

  /** The loaded data, but never data that belongs to another person than the session's patient. */
  private dataOf<T extends { patient: string }>(controller: LoadController<T>): T | undefined {
    const value = controller.value;
    if (!value) return undefined;
    if (this.bundle !== undefined) return value;
    return value.patient === this.currentSession?.patient.reference ? value : undefined;
  }

  // ---- the open document ---------------------------------------------------------------------

  private get documents(): JournalDocumentView[] {
    return this.dataOf(this.docs)?.items ?? [];
  }

  private syncOpened(): void {
    // A removed element opens nothing; the document opens again if it is attached again.
    const wanted = this.allowed && this.isConnected ? this.documentKey : undefined;
    if (!wanted) {
      if (this.opened) this.closeOpened();
      return;
    }
    if (this.opened?.key === wanted) {
      // The document may have gone (new data, another person): then close it.
      if (this.docs.state.status === 'ready' && !this.documents.some((d) => d.key === wanted)) this.closeOpened();
      return;
    }
    const item = this.documents.find((d) => d.key === wanted);
    if (item) this.startOpen(item);
    else if (this.opened) this.closeOpened();
  }

  private startOpen(item: JournalDocumentView): void {
    this.closeOpened();
    const abort = new AbortController();
    this.openAbort = abort;
    this.opened = { key: item.key };
    this.actionError = undefined;
    const source = this.currentSession?.sources.find((s) => s.id === item.sourceId);
    openDocumentBody(item, { source, signal: abort.signal, headingLevel: this.level + 1, timeoutMs: this.requestTimeout })
      .then((body) => {
        if (abort.signal.aborted || this.opened?.key !== item.key) return;
        if (body.kind === 'fetch-failed') this.reportAuthRequired([body.error]);
        this.opened = { key: item.key, body, pdfUrl: body.kind === 'pdf' ? URL.createObjectURL(body.blob) : undefined };
      })
      .catch(() => {
        // Aborted: another document was opened, or the element went away.
      });
  }

  private closeOpened(): void {
    this.openAbort?.abort();
    this.openAbort = undefined;
    if (this.opened?.pdfUrl) URL.revokeObjectURL(this.opened.pdfUrl);
    if (this.opened) this.opened = undefined;
    this.actionError = undefined;
  }

  private applyFocus(): void {
    const target = this.pendingFocus;
    if (!target) return;
    if ('reader' in target) {
      const title = this.renderRoot.querySelector<HTMLElement>('#reader-title');
      if (!title) return;
      this.pendingFocus = undefined;
      title.focus();
    } else if ('itemKey' in target) {
      this.pendingFocus = undefined;
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.list-pane .item-open')];
      const index = buttons.findIndex((b) => b.dataset['key'] === target.itemKey);
      if (index >= 0) this.roving.focus(index);
    } else {
      this.pendingFocus = undefined;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${target.tab}`)?.focus();
    }
  }

  private onOpen(item: JournalDocumentView): void {
    const proceed = this.emit<JournalDocumentOpenDetail>('hn-journal-document-open', this.refOf(item), { cancelable: true });
    if (!proceed) return;
    this.openDocument(item.key);
  }

  private refOf(item: JournalDocumentView): JournalDocumentRef {
    return { key: item.key, id: item.id, sourceId: item.sourceId, resourceType: item.resourceType };
  }

  private standalone(item: JournalDocumentView, body: StandaloneDocument['body']): StandaloneDocument {
    const locale = this.currentLocale;
    const source = item.sourceName || this.t('unknownSource');
    return {
      title: item.title ?? this.t('untitled'),
      lang: locale,
      facts: this.facts(item).map(([label, value]) => [label, value] as const),
      footer: this.t('printedFrom', { source, date: formatDateTime(new Date(), locale, 'date') }),
      body,
    };
  }

  private fileOf(item: JournalDocumentView, body: OpenedBody): { blob: Blob; fileName: string } | undefined {
    const fallback = this.currentLocale === 'en' ? 'document' : 'dokument';
    if (body.kind === 'pdf') return { blob: body.blob, fileName: safeFileName(item.title, item.date, 'pdf', fallback) };
    if (body.kind === 'text') {
      return { blob: new Blob([body.text], { type: 'text/plain;charset=utf-8' }), fileName: safeFileName(item.title, item.date, 'txt', fallback) };
    }
    if (body.kind === 'html' || body.kind === 'sections') {
      const file = standaloneHtml(this.standalone(item, body));
      return { blob: new Blob([file], { type: 'text/html;charset=utf-8' }), fileName: safeFileName(item.title, item.date, 'html', fallback) };
    }
    return undefined;
  }

  private print(item: JournalDocumentView, body: OpenedBody): void {
    let blob: Blob;
    if (body.kind === 'pdf') blob = body.blob;
    else if (body.kind === 'text' || body.kind === 'html' || body.kind === 'sections') {
      blob = new Blob([standaloneHtml(this.standalone(item, body))], { type: 'text/html;charset=utf-8' });
    } else return;
    this.actionError = undefined;
    const proceed = this.emit<JournalDocumentPrintDetail>('hn-journal-document-print', { ...this.refOf(item), blob }, { cancelable: true });
    if (!proceed) return;
    this.printJob?.cancel();
    const job = printInFrame(this.renderRoot, blob);
    this.printJob = job;
    job.done.catch(() => {
      if (this.printJob === job) this.actionError = this.t('printFailed');
    });
  }

  private download(item: JournalDocumentView, body: OpenedBody): void {
    const file = this.fileOf(item, body);
    if (!file) return;
    const proceed = this.emit<JournalDocumentDownloadDetail>('hn-journal-document-download', { ...this.refOf(item), ...file }, { cancelable: true });
    if (!proceed) return;
    saveBlob(this.renderRoot, file.blob, file.fileName);
    this.announcement = this.t('downloaded');
  }

  // ---- view and filters ----------------------------------------------------------------------

  private setView(view: JournalView, focus = false): void {
    if (view === this.currentView) {
      if (focus) this.pendingFocus = { tab: view };
      return;
    }
    this.view = view;
    if (focus) this.pendingFocus = { tab: view };
    this.emit<JournalViewChangeDetail>('hn-journal-view-change', { view });
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.currentView);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % VIEWS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.setView(VIEWS[next]!, true);
  }

  private setPeriod(period: AccessPeriod): void {
    this.period = period;
    this.logLimit = LOG_PAGE;
  }

  private get filter(): AccessFilter {
    return { period: this.period, from: this.from, to: this.to, sourceId: this.sourceFilter };
  }

  private t(key: JournalMessageKey, params?: Record<string, string | number>): string {
    return this.msg(journalMessages, key, params);
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    const session = this.currentSession;
    const locale = this.currentLocale;
    const banner = session?.representation
      ? html`<hn-on-behalf-banner .session=${session} locale=${locale}></hn-on-behalf-banner>`
      : nothing;
    if (!this.allowed) {
      return html`${banner}
        <hn-state kind="empty" locale=${locale} .heading=${this.t('noAccessHeading')} .message=${this.t('noAccess')}></hn-state>`;
    }
    const view = this.currentView;
    return html`
      ${banner}
      <div part="tabs" class="tabs" role="tablist" aria-label=${this.t('tabsLabel')} @keydown=${this.onTabKeydown}>
        ${VIEWS.map(
          (v) => html`<button
            id="tab-${v}"
            type="button"
            role="tab"
            class="tab"
            aria-selected=${v === view ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${v === view ? 0 : -1}
            @click=${() => this.setView(v)}
          >
            ${this.t(v === 'documents' ? 'tabDocuments' : 'tabAccessLog')}
          </button>`,
        )}
      </div>
      <div id="panel" class="panel" role="tabpanel" aria-labelledby="tab-${view}">
        ${view === 'documents' ? this.renderDocuments() : this.renderAccessLog()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private errorText(error: unknown, what: JournalMessageKey): string {
    const locale = this.currentLocale;
    if (error instanceof AllSourcesFailedError) {
      return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, locale)).join(' ');
    }
    return fhirErrorMessage(error, this.t(what), locale);
  }

  private renderNotices(data: DocumentsData | AccessLogData, skippedKey: JournalMessageKey) {
    const failed = data.failures.map((f) => f.source.name);
    const incomplete = data.incomplete.map((source) => source.name);
    return html`
      ${failed.length || incomplete.length
        ? html`<hn-sources-notice locale=${this.currentLocale} .failed=${failed} .incomplete=${incomplete} @hn-retry=${this.reload}></hn-sources-notice>`
        : nothing}
      ${data.skipped ? html`<p class="skipped" role="status">${this.t(skippedKey, { count: data.skipped })}</p>` : nothing}
    `;
  }

  private renderDocuments() {
    const locale = this.currentLocale;
    const state = this.docs.state;
    if (state.status === 'error') {
      return html`<hn-state kind="error" locale=${locale} .heading=${this.t('docsLoadError')} .message=${this.errorText(state.error, 'docsLabel')} @hn-retry=${this.reload}></hn-state>`;
    }
    const data = this.dataOf(this.docs);
    if (!data) return html`<hn-state kind="loading" locale=${locale}></hn-state>`;
    const openItem = this.opened ? data.items.find((d) => d.key === this.opened!.key) : undefined;
    const order = this.currentSession?.sources.map((s) => s.id) ?? [];
    return html`
      ${this.renderNotices(data, 'docsSkipped')}
      ${data.items.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('docsEmpty')}></hn-state>`
        : html`<div class="documents">
            <div class="layout ${openItem ? 'layout--open' : ''} ${this.width.wide ? 'layout--wide' : ''}">
              <div class="list-pane">${groupDocuments(data.items, order).map((group) => this.renderGroup(group))}</div>
              ${openItem ? this.renderReader(openItem) : nothing}
            </div>
          </div>`}
    `;
  }

  private renderGroup(group: ReturnType<typeof groupDocuments>[number]) {
    const locale = this.currentLocale;
    const groupId = `source-${domId(group.sourceId || group.sourceName || 'unknown')}`;
    return html`<section class="group" aria-labelledby=${groupId}>
      <p id=${groupId} class="group-heading" role="heading" aria-level=${this.level}>${group.sourceName || this.t('unknownSource')}</p>
      ${group.months.map((month) => {
        const monthId = `${groupId}-${month.key}`;
        return html`<p id=${monthId} class="month-heading" role="heading" aria-level=${this.level + 1}>
            ${month.month ? monthName(month.month, locale) : this.t('undated')}
          </p>
          <ul part="list" class="list" aria-labelledby="${groupId} ${monthId}">
            ${month.items.map((item) => this.renderItem(item))}
          </ul>`;
      })}
    </section>`;
  }

  private itemProblem(item: JournalDocumentView): string | undefined {
    const parts: string[] = [];
    if (item.body.kind === 'problem') parts.push(this.t(PROBLEM_KEY[item.body.problem]));
    if (!item.date) parts.push(this.t('missingDate'));
    return parts.length ? parts.join(' ') : undefined;
  }

  private renderItem(item: JournalDocumentView) {
    const id = domId(item.key);
    const current = this.opened?.key === item.key;
    const meta = [
      item.typeText && item.typeText !== item.title ? item.typeText : undefined,
      item.date ? formatDateTime(item.date, this.currentLocale, 'long-date') : undefined,
      item.author,
    ].filter(Boolean);
    const problem = this.itemProblem(item);
    const described = [meta.length ? `meta-${id}` : '', problem ? `problem-${id}` : ''].filter(Boolean).join(' ');
    return html`<li part="item" class="item ${current ? 'item--current' : ''} ${problem ? 'item--problem' : ''}">
      <button
        type="button"
        class="item-open"
        data-key=${item.key}
        aria-current=${current ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @click=${() => this.onOpen(item)}
      >
        <span class="item-title">${item.title ?? this.t('untitled')}</span>
      </button>
      ${meta.length ? html`<p id="meta-${id}" class="item-meta">${meta.join(' · ')}</p>` : nothing}
      ${this.renderStatus(item)}
      ${problem ? html`<p id="problem-${id}" class="item-problem">${problem}</p>` : nothing}
    </li>`;
  }

  private renderStatus(item: JournalDocumentView) {
    if (item.status === 'final') return nothing;
    const preliminary = item.status === 'preliminary';
    return statusBadge(preliminary ? 'warning' : 'neutral', this.t(preliminary ? 'statusPreliminary' : 'statusAmended'));
  }

  private facts(item: JournalDocumentView): [string, string][] {
    const facts: [string, string][] = [];
    if (item.typeText) facts.push([this.t('factType'), item.typeText]);
    facts.push([this.t('factDate'), item.date ? formatDateTime(item.date, this.currentLocale, 'long-date') : this.t('missingDate')]);
    if (item.author) facts.push([this.t('factAuthor'), item.author]);
    const from = [item.organization, item.sourceName].filter((v, i, all) => v && all.indexOf(v) === i).join(', ');
    facts.push([this.t('factSource'), from || this.t('unknownSource')]);
    return facts;
  }

  private renderReader(item: JournalDocumentView) {
    const body = this.opened?.body;
    const title = item.title ?? this.t('untitled');
    const file = body ? this.fileOf(item, body) : undefined;
    return html`<section part="reader" class="reader" aria-labelledby="reader-title" @keydown=${this.onReaderKeydown}>
      <div class="reader-bar">
        <button type="button" class="button back" @click=${() => this.closeDocument()}>
          <span aria-hidden="true">←</span>
          <span>${this.t(this.width.wide ? 'close' : 'back')}</span>
        </button>
      </div>
      <p id="reader-title" class="reader-title" role="heading" aria-level=${this.level} tabindex="-1">${title}</p>
      ${item.titleShortened ? html`<p class="muted">${this.t('titleShortened')}</p>` : nothing}
      ${this.renderStatus(item)}
      <dl class="facts">
        ${this.facts(item).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${file && body
        ? html`<div class="reader-actions">
            <button type="button" class="button" @click=${() => this.print(item, body)}>${this.t('print')}</button>
            <button type="button" class="button" @click=${() => this.download(item, body)}>${this.t('download')}</button>
          </div>`
        : nothing}
      ${this.actionError ? html`<p class="action-error" role="alert">${this.actionError}</p>` : nothing}
      <div class="doc-body">${this.renderBody(item, body, file?.fileName)}</div>
    </section>`;
  }

  private onReaderKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.closeDocument();
  }

  private renderBody(item: JournalDocumentView, body: OpenedBody | undefined, fileName: string | undefined): TemplateResult {
    const locale = this.currentLocale;
    if (!body) return html`<hn-state kind="loading" locale=${locale} .message=${this.t('opening')}></hn-state>`;
    const source = item.sourceName || this.t('unknownSource');
    switch (body.kind) {
      case 'text':
        return html`<pre class="doc-text" lang=${ifDefined(body.language)}>${body.text}</pre>`;
      case 'html':
        return html`<div class="doc-html" lang=${ifDefined(body.language)}>${unsafeHTML(body.html)}</div>`;
      case 'sections':
        return html`<div class="doc-html">${this.renderSections(body.sections)}</div>`;
      case 'pdf': {
        const url = this.opened?.pdfUrl ?? '';
        const label = this.t('pdfFrameTitle', { title: item.title ?? this.t('untitled') });
        // An iframe, not <object>: Chromium keeps a removed <object> PDF viewer (and the element) alive.
        // Where the browser cannot show PDFs inline, the download link below is the way in.
        return html`<iframe class="doc-pdf" src=${url} title=${label}></iframe>
          <p class="pdf-download">
            <span>${this.t('pdfFallback')}</span>
            <a class="button" href=${url} download=${fileName ?? 'dokument.pdf'}>${this.t('downloadPdf')}</a>
          </p>`;
      }
      case 'fetch-failed':
        return html`<div class="doc-problem">
          <p>${this.t('problemFetch', { reason: fhirErrorMessage(body.error, source, locale) })}</p>
          <button type="button" class="button" @click=${() => this.startOpen(item)}>${this.msg(coreMessages, 'retry')}</button>
        </div>`;
      case 'problem':
      default:
        return html`<div class="doc-problem">
          <p>${this.t(PROBLEM_KEY[body.problem])}</p>
          ${item.sourceName ? html`<p>${this.t('problemContact', { source: item.sourceName })}</p>` : nothing}
        </div>`;
    }
  }

  private renderSections(sections: readonly RenderedSection[]): TemplateResult {
    return html`${sections.map(
      (section) => html`<section class="doc-section">
        ${section.title ? html`<p class="doc-section-title" role="heading" aria-level=${section.level}>${section.title}</p>` : nothing}
        ${section.html ? unsafeHTML(section.html) : nothing} ${this.renderSections(section.sections)}
      </section>`,
    )}`;
  }

  // ---- access log ----------------------------------------------------------------------------

  private renderAccessLog() {
    const locale = this.currentLocale;
    const state = this.log.state;
    if (state.status === 'error') {
      return html`<hn-state kind="error" locale=${locale} .heading=${this.t('logLoadError')} .message=${this.errorText(state.error, 'tabAccessLog')} @hn-retry=${this.reload}></hn-state>`;
    }
    const data = this.dataOf(this.log);
    if (!data) return html`<hn-state kind="loading" locale=${locale}></hn-state>`;
    const filter = this.filter;
    const matching = filterAccessEntries(data.items, filter, this.now ?? new Date());
    const shown = matching.slice(0, this.logLimit);
    const reversed = filterDatesReversed(filter);
    const sources = this.sourceOptions(data.items);
    return html`
      <p class="intro">${this.t('logIntro')}</p>
      ${this.renderNotices(data, 'logSkipped')}
      ${data.items.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('logEmpty')}></hn-state>`
        : html`
            <div part="filters" class="filters">
              <fieldset class="period">
                <legend>${this.t('filterPeriod')}</legend>
                <div class="choices">
                  ${PERIODS.map(
                    (period) => html`<label class="check">
                      <input type="radio" name="period" value=${period} .checked=${this.period === period} @change=${() => this.setPeriod(period)} />
                      <span>${this.t(PERIOD_KEY[period])}</span>
                    </label>`,
                  )}
                </div>
              </fieldset>
              ${this.period === 'custom' ? this.renderDates(reversed) : nothing}
              ${sources.length > 1
                ? html`<div class="field">
                    <label for="source-filter">${this.t('filterSource')}</label>
                    <select id="source-filter" @change=${this.onSourceChange}>
                      <option value="" ?selected=${this.sourceFilter === ''}>${this.t('allSources')}</option>
                      ${sources.map(([value, name]) => html`<option value=${value} ?selected=${this.sourceFilter === value}>${name}</option>`)}
                    </select>
                  </div>`
                : nothing}
            </div>
            <p class="count" role="status" aria-live="polite">${this.t('showing', { shown: matching.length, total: data.items.length })}</p>
            ${matching.length === 0
              ? html`<p class="empty-filtered">${this.t('logEmptyFiltered')}</p>`
              : html`<ul part="list" class="log" aria-label=${this.t('logListLabel')}>
                  ${shown.map((entry) => this.renderEntry(entry))}
                </ul>`}
            ${matching.length > shown.length
              ? html`<button type="button" class="button more" @click=${() => (this.logLimit += LOG_PAGE)}>
                  ${this.t('showMore', { count: Math.min(LOG_PAGE, matching.length - shown.length) })}
                </button>`
              : nothing}
          `}
    `;
  }

  private sourceOptions(items: readonly AccessEntryView[]): [string, string][] {
    const found = new Map<string, string>();
    for (const source of this.currentSession?.sources ?? []) {
      if (items.some((i) => i.sourceId === source.id)) found.set(source.id, source.name);
    }
    // Bundle mode: the organisations the entries name, alphabetically.
    const others = new Map<string, string>();
    for (const item of items) {
      const key = sourceKeyOf(item);
      if (key && !found.has(key)) others.set(key, item.sourceName);
    }
    return [...found.entries(), ...[...others.entries()].sort((a, b) => a[1].localeCompare(b[1], 'nb'))];
  }

  private onSourceChange(event: Event): void {
    this.sourceFilter = (event.target as HTMLSelectElement).value;
    this.logLimit = LOG_PAGE;
  }

  private renderDates(reversed: boolean) {
    const onDate = (which: 'from' | 'to') => (event: Event) => {
      this[which] = (event.target as HTMLInputElement).value;
      this.logLimit = LOG_PAGE;
    };
    return html`<div class="dates">
      <div class="field">
        <label for="date-from">${this.t('from')}</label>
        <input
          id="date-from"
          type="date"
          .value=${this.from}
          aria-invalid=${reversed ? 'true' : 'false'}
          aria-describedby=${reversed ? 'date-error' : nothing}
          @change=${onDate('from')}
        />
      </div>
      <div class="field">
        <label for="date-to">${this.t('to')}</label>
        <input
          id="date-to"
          type="date"
          .value=${this.to}
          aria-invalid=${reversed ? 'true' : 'false'}
          aria-describedby=${reversed ? 'date-error' : nothing}
          @change=${onDate('to')}
        />
      </div>
      ${reversed ? html`<p id="date-error" class="field-error">${this.t('dateOrderError')}</p>` : nothing}
    </div>`;
  }

  private renderEntry(entry: AccessEntryView) {
    const locale = this.currentLocale;
    const when = this.t('timeAt', {
      date: formatDateTime(entry.recorded, locale, 'long-date'),
      time: formatDateTime(entry.recorded, locale, 'time'),
    });
    const whoLine = [entry.who ?? this.t('unknownPerson'), entry.role].filter(Boolean).join(', ');
    const purpose = entry.purpose;
    const keys = purpose?.kind ? PURPOSE_KEYS[purpose.kind] : undefined;
    return html`<li part="item" class="entry ${entry.failed ? 'entry--failed' : ''}">
      <p class="entry-when"><time datetime=${entry.recorded.toISOString()}>${when}</time></p>
      <dl class="facts">
        <div>
          <dt>${this.t('who')}</dt>
          <dd>${whoLine}${entry.organization ? html`<br /><span class="muted">${entry.organization}</span>` : nothing}</dd>
        </div>
        <div>
          <dt>${this.t('why')}</dt>
          <dd>
            ${keys
              ? html`<strong>${this.t(keys[0])}</strong>${purpose?.text ? html` (${purpose.text})` : nothing}<br /><span class="muted"
                    >${this.t(keys[1])}</span
                  >`
              : purpose?.text ?? this.t('purposeUnknown')}
          </dd>
        </div>
        <div>
          <dt>${this.t('what')}</dt>
          <dd>${entry.what ?? this.t('wholeJournal')}</dd>
        </div>
      </dl>
      ${entry.failed ? html`<p class="failed">${this.t('failed')}</p>` : nothing}
      ${entry.sourceName && entry.sourceName !== entry.organization
        ? sourceLabel(locale, entry.sourceName)
        : nothing}
    </li>`;
  }
}
