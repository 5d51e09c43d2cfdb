import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle } from '@hn-elements/core';
import { Announcer, DataFrameController, FocusRescueController, HnElement, coreMessages, noAccessState, RovingTabindexController, WidthController } from '@hn-elements/core';
import { journalMessages, type JournalMessageKey } from './messages.js';
import type { JournalDocumentView } from './documents-model.js';
import { accessLogFromBundle, accessLogFromSources, documentsFromBundle, documentsFromSources, type AccessLogData, type DocumentsData } from './load-journal.js';
import { AccessLogView } from './access-log-view.js';
import { documentList } from './document-list.js';
import { documentRef, PrintDownloadController } from './print-download.js';
import { OpenDocumentController } from './open-document.js';
import { readingPane } from './reading-pane.js';
import type { JournalViewContext } from './view-parts.js';
import type { JournalDocumentOpenDetail, JournalView, JournalViewChangeDetail } from './events.js';
import styles from './hn-journal-viewer.css.js';

export type * from './events.js';

const VIEWS: readonly JournalView[] = ['documents', 'access-log'];

/** From this width of the element (in rem) the reading pane sits beside the list. */
const WIDE_REM = 56;

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

  private readonly announcer = new Announcer(this);

  // A data-component frame (core) per view: loading, its states and notices, 401s, and aria-busy
  // for the view on show.
  private readonly docs = new DataFrameController<DocumentsData>(this, {
    scope: 'journal',
    onShow: () => this.currentView === 'documents',
    fromBundle: (bundle) => documentsFromBundle(bundle, this.currentSession?.patient.reference ?? ''),
    fromSources: (session, signal) => documentsFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    afterRetry: () => {
      if (this.currentView === 'documents') this.announcer.announce(() => this.t('retried'));
    },
  });
  private readonly log = new DataFrameController<AccessLogData>(this, {
    scope: 'journal',
    onShow: () => this.currentView === 'access-log',
    fromBundle: (bundle) => accessLogFromBundle(bundle, this.currentSession?.patient.reference ?? ''),
    fromSources: (session, signal) => accessLogFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    afterRetry: () => {
      if (this.currentView === 'access-log') this.announcer.announce(() => this.t('retried'));
    },
  });
  private readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.list-pane .item-open')],
  });
  /** Two columns (list and reading pane side by side) only when the element has room. */
  private readonly width = new WidthController(this, { minRem: WIDE_REM });
  private readonly reading = new OpenDocumentController(this, {
    settings: (item) => ({
      source: this.currentSession?.sources.find((s) => s.id === item.sourceId),
      headingLevel: this.level + 1,
      timeoutMs: this.requestTimeout,
    }),
    onFetchFailed: (error) => this.reportAuthRequired([error]),
  });
  private readonly actions = new PrintDownloadController(this, {
    context: () => this.context,
    announce: (text) => this.announcer.announce(text),
  });
  private readonly accessLog = new AccessLogView(this);
  /** When the focused control goes (a retry, a notice whose source is back): the selected tab, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () =>
      this.renderRoot.querySelector<HTMLElement>('#reader-title') ??
      this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });
  private pendingFocus?: { reader: true } | { itemKey: string } | { tab: JournalView };

  constructor() {
    super();
    this.view = 'documents';
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
  }

  private get allowed(): boolean {
    return this.docs.allowed;
  }

  private get level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private get currentView(): JournalView {
    return VIEWS.includes(this.view) ? this.view : 'documents';
  }

  /** What the view templates render with. */
  private get context(): JournalViewContext {
    return {
      t: (key, params) => this.t(key, params),
      locale: this.currentLocale,
      level: this.level,
      sourceOf: (sourceId) => (this.bundle === undefined ? this.currentSession?.sources.find((s) => s.id === sourceId) : undefined),
    };
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.docs.reload();
    this.log.reload();
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
    const key = this.documentKey ?? this.reading.opened?.key;
    this.documentKey = undefined;
    if (key) this.pendingFocus = { itemKey: key };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.startLoad();
    this.syncOpened();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyFocus();
  }

  // ---- loading -------------------------------------------------------------------------------

  private startLoad(): void {
    if (!this.isConnected) return;
    const bundle = this.bundle;
    if (!this.allowed) {
      // Nothing about this person is fetched or kept while the representation does not cover the journal.
      this.docs.syncHost(bundle);
      this.log.syncHost(bundle);
      this.closeOpened();
      return;
    }
    // A bundle holds both; live, each view is fetched when it is first shown.
    if (bundle !== undefined || this.currentView === 'documents') this.docs.syncHost(bundle);
    if (bundle !== undefined || this.currentView === 'access-log') this.log.syncHost(bundle);
  }

  // ---- the open document ---------------------------------------------------------------------

  private get documents(): JournalDocumentView[] {
    return this.docs.shownValue?.items ?? [];
  }

  private syncOpened(): void {
    // A removed element opens nothing; the document opens again if it is attached again.
    const wanted = this.allowed && this.isConnected ? this.documentKey : undefined;
    const opened = this.reading.opened;
    if (!wanted) {
      if (opened) this.closeOpened();
      return;
    }
    if (opened?.key === wanted) {
      // The document may have gone (new data, another person): then close it.
      if (this.docs.state.status === 'ready' && !this.documents.some((d) => d.key === wanted)) this.closeOpened();
      return;
    }
    const item = this.documents.find((d) => d.key === wanted);
    if (item) this.open(item);
    else if (opened) this.closeOpened();
  }

  private open(item: JournalDocumentView): void {
    this.actions.reset();
    this.reading.open(item);
  }

  private closeOpened(): void {
    this.reading.close();
    this.actions.reset();
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
    const proceed = this.emit<JournalDocumentOpenDetail>('hn-journal-document-open', documentRef(item), { cancelable: true });
    if (!proceed) return;
    this.openDocument(item.key);
  }

  // ---- views ---------------------------------------------------------------------------------

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

  private t(key: JournalMessageKey, params?: Record<string, string | number>): string {
    return this.msg(journalMessages, key, params);
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    const banner = this.docs.banner();
    if (!this.allowed) return html`${banner} ${noAccessState(this.currentLocale, this.t('noAccess'), this.t('noAccessHeading'))}`;
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
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
    `;
  }

  /** What both views' frames say when the journal is not covered, and how they retry. */
  private frameView() {
    return { noAccess: this.t('noAccess'), noAccessHeading: this.t('noAccessHeading'), retry: () => this.reload() };
  }

  private renderDocuments() {
    return this.docs.render({
      ...this.frameView(),
      errorHeading: this.t('docsLoadError'),
      subject: this.t('docsLabel'),
      skipped: (count) => this.t('docsSkipped', { count }),
      content: (data, notices) => this.renderDocumentList(data, notices),
    });
  }

  private renderDocumentList(data: DocumentsData, notices: TemplateResult): TemplateResult {
    const ctx = this.context;
    const opened = this.reading.opened;
    const openItem = opened ? data.items.find((d) => d.key === opened.key) : undefined;
    const order = this.currentSession?.sources.map((s) => s.id) ?? [];
    const wide = this.width.wide;
    return html`
      ${notices}
      ${data.items.length === 0
        ? html`<hn-state kind="empty" locale=${ctx.locale} .message=${this.t('docsEmpty')}></hn-state>`
        : html`<div class="documents">
            <div class="layout ${openItem ? 'layout--open' : ''} ${wide ? 'layout--wide' : ''}">
              <div class="list-pane">${documentList(data.items, order, { ...ctx, openKey: opened?.key, onOpen: (item) => this.onOpen(item) })}</div>
              ${openItem ? this.renderReader(openItem, ctx) : nothing}
            </div>
          </div>`}
    `;
  }

  private renderReader(item: JournalDocumentView, ctx: JournalViewContext): TemplateResult {
    const opened = this.reading.opened;
    const body = opened?.body;
    return readingPane(item, {
      ...ctx,
      opened,
      wide: this.width.wide,
      fileName: body ? this.actions.fileNameOf(item, body) : undefined,
      actionError: this.actions.actionError,
      retryLabel: this.msg(coreMessages, 'retry'),
      onClose: () => this.closeDocument(),
      onPrint: () => body && this.actions.print(item, body),
      onDownload: () => body && this.actions.download(item, body),
      onRetry: () => this.open(item),
    });
  }

  private renderAccessLog() {
    return this.log.render({
      ...this.frameView(),
      errorHeading: this.t('logLoadError'),
      subject: this.t('tabAccessLog'),
      skipped: (count) => this.t('logSkipped', { count }),
      content: (data, notices) =>
        this.accessLog.render(data, notices, { ...this.context, now: this.now ?? new Date(), sources: this.currentSession?.sources ?? [] }),
    });
  }
}
