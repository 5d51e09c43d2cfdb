import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle } from '@hn-elements/core';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { Announcer, DataFrameController, FocusRescueController, FragmentTargetController, HnElement, SummaryForm, VirtualRovingTabindexController, WidthController, isItemTarget, itemLimit, loadingState, type FragmentReveal, type ItemTarget, type Source } from '@hn-elements/core';
import type { InboxContext } from './context.js';
import { AttachmentsController } from './controllers/attachments-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ReadController } from './controllers/read-controller.js';
import { ReplyController } from './controllers/reply-controller.js';
import type { InboxOpenDetail } from './events.js';
import { inboxFromBundle, inboxFromSources, type InboxData } from './load-inbox.js';
import { inboxMessages, type InboxMessageKey } from './messages.js';
import { NO_FILTER, filterInbox, itemReferences, type InboxFilter, type InboxItem, type ThreadItem } from './model.js';
import { listTemplate, toolbarTemplate } from './views/list.js';
import { paneTemplate } from './views/pane.js';
import { summaryTemplate } from './views/summary.js';
import styles from './hn-inbox.css.js';

export type { InboxOpenDetail, MessageReadDetail, MessageSendDetail, MessageSentDetail } from './events.js';
export type { AuthRequiredDetail, NavigateDetail } from '@hn-elements/core';

/** From this width (in rem) the list and the reading pane sit side by side. */
const WIDE_REM = 48;
const RESULTS_DELAY_MS = 600;
/**
 * Up to this many items (after search and filters) the list renders every row, so a screen reader's
 * browse mode reaches every one; beyond it the list is virtualised. Chosen with `npm run bench`
 * (docs/performance.md, "Inbox"): the largest size measured whose first render with every row stays
 * within 100 ms (200: 44–51 ms; 500: 108–109 ms).
 */
const PLAIN_LIST_MAX = 200;

/**
 * The citizen's inbox from every source, merged: message threads (Communication), form tasks
 * (Task -> Questionnaire) and letters (DocumentReference, PDF), with unread state, attachments,
 * search and filter, and a reading pane to read, mark read and reply. A reply draft is kept per
 * thread (sessionStorage), so navigation, unmounting or a failed send never loses it; sending is
 * idempotent. Up to 200 items the list renders every row (browse mode reaches each); beyond that it
 * is virtualised, so thousands of items stay fast.
 *
 * With `max-items` and `all-href` (the shell gives both on its overview page) it is a summary
 * instead: the newest items as one link each, to the item on the inbox's own page, then a link to
 * that page. No search, no reading pane; nothing is opened or marked read. `max-items` alone
 * changes nothing: the inbox has no other short form.
 *
 * @summary Inbox: messages, forms and letters (FHIR R4 Communication, Task, DocumentReference).
 * @attr selected - Key of the item open in the reading pane (`<sourceId>/<kind>/<id>`).
 * @attr heading-level - ARIA level of the reading pane's heading (2–6, default 2).
 * @attr request-timeout - Per-request timeout in ms for live mode (default 10000).
 * @attr max-items - With `all-href`: how many items the summary lists (e.g. 3 on an overview). Alone it is ignored.
 * @attr all-href - With `max-items`: the inbox's own page (a path or an `https:` URL); the element is then a summary linking there.
 * @fires {InboxOpenDetail} hn-inbox-open - An item was opened in the reading pane. Detail: InboxOpenDetail.
 * @fires {MessageReadDetail} hn-message-read - Unread messages are about to be marked read. Cancelable: the host marks them. Detail: MessageReadDetail.
 * @fires {MessageSendDetail} hn-message-send - The citizen sends a reply. Cancelable: the host sends it. Detail: MessageSendDetail.
 * @fires {MessageSentDetail} hn-message-sent - The server accepted the reply. Detail: MessageSentDetail.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {HandoffStartDetail} hn-handoff-start - From the "open the form" launcher (see @hn-elements/handoff-launcher).
 * @fires {HandoffErrorDetail} hn-handoff-error - From the "open the form" launcher.
 * @fires {NavigateDetail} hn-navigate - In the summary (`max-items` with `all-href`): a link was followed (Enter or a plain click). Cancelable: a host that routes itself (the shell) prevents the browser's navigation and shows `href` its own way.
 * @csspart toolbar - Search and filters.
 * @csspart list - The list (virtualised beyond 200 items); the summary's list.
 * @csspart item - One item in the list, or in the summary.
 * @csspart show-all - In the summary: the link to the inbox's own page.
 * @csspart pane - The reading pane.
 * @csspart reply - The reply form.
 * @cssprop --hn-color-surface - Background of the list and pane.
 * @cssprop --hn-color-primary-surface - Background of the open item.
 * @cssprop --hn-color-border - Borders.
 */
export class HnInbox extends HnElement {
  static override styles = [...HnElement.styles, styles];

  /** Up to this many items the list renders every row; beyond it, it is virtualised (the bench sets it to compare the two). */
  static plainListMax = PLAIN_LIST_MAX;

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    selected: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    maxItems: { type: Number, attribute: 'max-items' },
    allHref: { type: String, attribute: 'all-href' },
    filter: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself. When set, the element fetches nothing and cannot write. */
  declare bundle: Bundle | undefined;
  /** Key of the item open in the reading pane. */
  declare selected: string | undefined;
  /** ARIA level of the reading pane's heading (default 2). */
  declare headingLevel: number;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;
  /** With `allHref`: how many items the summary lists (e.g. 3 on an overview page). Alone it is ignored. */
  declare maxItems: number | undefined;
  /**
   * With `maxItems`: the inbox's own page (a path or an `https:` URL). The inbox is then a summary
   * for an overview page: the newest items as one link each, to that item on that page, then a
   * link to the page.
   */
  declare allHref: string | undefined;

  declare private filter: InboxFilter;

  // Each job has its own controller (controllers/); the element renders (views/) and wires them.
  private readonly context: InboxContext = this.makeContext();
  /** Loading, its states, banner and notices, aria-busy and 401s: core's data-component frame. */
  private readonly data = new DataFrameController<InboxData>(this, {
    scope: 'inbox',
    fromBundle: (bundle) => inboxFromBundle(bundle),
    fromSources: (session, signal) => inboxFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    // Once per load: not again when an item changes (opening a message marks it read), and in
    // the language of the moment (the words are made on each render).
    onChange: (state) => {
      if (state.status !== 'ready' || this.replacingItem) return;
      const count = state.value.items.length;
      const unread = state.value.items.filter((i) => i.unread).length;
      this.announcer.announce(() => this.t('loaded', { count, unread }));
    },
  });
  private readonly announcer = new Announcer(this);
  /** When the focused control goes (a retry, a notice whose source is back): the open item's heading, the search field, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () =>
      this.renderRoot.querySelector<HTMLElement>('#pane-heading') ??
      this.renderRoot.querySelector<HTMLElement>('#inbox-search') ??
      this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });
  /** The summary for an overview page (`max-items` with `all-href`): core's one way of showing one. */
  private readonly summary = new SummaryForm(this, () => itemLimit(this.maxItems));
  private readonly files = new AttachmentsController(this, this.context);
  private readonly read = new ReadController(this, this.context);
  private readonly reply = new ReplyController(this, this.context);
  /** List and pane side by side when the element is at least 48rem wide. */
  private readonly width = new WidthController(this, { minRem: WIDE_REM });
  private readonly keyboard = new VirtualRovingTabindexController(this, {
    count: () => this.visible.length,
    list: () => this.renderRoot.querySelector('.list'),
    control: (index) => this.renderRoot.querySelector<HTMLElement>(`.list button[data-index="${index}"]`),
    scrollTo: (index) => this.scrollToRow(index),
  });
  /** The item a link named in the page's fragment (`#<source>/DocumentReference/<id>`): opened, in sight, focused. */
  private readonly fragmentTarget = new FragmentTargetController(this, { reveal: (target, moveFocus) => this.reveal(target, moveFocus) });
  /** While printing, every row is rendered (a virtualised list would print only the rows on screen). */
  private readonly print = new PrintController(this, () => this.performUpdate());
  private visible: InboxItem[] = [];
  private visibleFrom: { items: readonly InboxItem[] | undefined; filter: InboxFilter } = { items: undefined, filter: NO_FILTER };
  /** The item whose side effects (mark read, fetch attachments, tidy the draft) have run. */
  private handledKey: string | undefined;
  private focusPaneAfterUpdate = false;
  /** True while one item is swapped for its new state: that is no new load to announce. */
  private replacingItem = false;
  /** Whether the list is virtualised (beyond plainListMax items, and not while printing). */
  private listVirtual: boolean | undefined;
  /** Focus was on a row when the list changed between every row and virtualised (a new list element): put it back. */
  private refocusRow = false;

  constructor() {
    super();
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.filter = NO_FILTER;
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.read.forget();
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

  /** Drops the reply draft of a thread (e.g. after the host sent it itself). */
  discardDraft(threadKey: string): void {
    this.reply.discard(threadKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The controllers stop their own work (requests, timers, blob URLs); on return the open item is handled again.
    this.handledKey = undefined;
  }

  private t(key: InboxMessageKey, params?: Record<string, string | number>): string {
    return this.msg(inboxMessages, key, params);
  }

  /** The element as its controllers and templates see it. */
  private makeContext(): InboxContext {
    const el = this;
    return {
      get locale() {
        return el.currentLocale;
      },
      get session() {
        return el.currentSession;
      },
      get level() {
        return Math.min(6, Math.max(2, Math.round(el.headingLevel) || 2));
      },
      get selected() {
        return el.selected;
      },
      get patientRef() {
        return el.currentSession?.patient.reference ?? 'bundle';
      },
      get requestTimeout() {
        return el.requestTimeout;
      },
      t: (key, params) => this.t(key, params),
      sourceOf: (item) => this.sourceOf(item),
      emit: (name, detail, options) => this.emit(name, detail, options),
      reportAuthRequired: (errors) => this.reportAuthRequired(errors),
      announce: (text) => this.announcer.announce(text),
      thread: (key) => this.currentThread(key),
      replaceItem: (item) => this.replaceItem(item),
    };
  }

  // ---- loading and the open item -------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.startLoad();
    const items = this.data.value?.items;
    if (items !== this.visibleFrom.items || this.filter !== this.visibleFrom.filter) {
      this.visible = items ? filterInbox(items, this.filter) : [];
      this.visibleFrom = { items, filter: this.filter };
      const open = this.visible.findIndex((i) => i.key === this.selected);
      if (open >= 0) this.keyboard.activeIndex = open;
      else if (this.keyboard.activeIndex >= this.visible.length) this.keyboard.activeIndex = Math.max(0, this.visible.length - 1);
    }
    const virtual = !this.print.printing && this.visible.length > (this.constructor as typeof HnInbox).plainListMax;
    if (this.listVirtual !== undefined && virtual !== this.listVirtual) {
      const active = this.shadowRoot?.activeElement;
      this.refocusRow ||= !!active && !!this.renderRoot.querySelector('.list')?.contains(active);
    }
    this.listVirtual = virtual;
    if (changed.has('selected')) this.selectionChanged();
    // The summary opens nothing, so it marks nothing read.
    const item = this.summary.rows === undefined ? this.selectedItem() : undefined;
    if (item && item.key !== this.handledKey) {
      this.handledKey = item.key;
      this.itemOpened(item);
    } else if (item?.kind === 'message' && this.read.wants(item)) {
      void this.read.markRead(item);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const refocusRow = this.refocusRow;
    this.refocusRow = false;
    if (this.focusPaneAfterUpdate) {
      this.focusPaneAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#pane-heading')?.focus();
    } else if (refocusRow) {
      // A new virtualiser lays out its rows after this update; every row is rendered at once.
      const virtualizer = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list')?.[virtualizerRef];
      void Promise.resolve(virtualizer?.layoutComplete)
        .catch(() => undefined)
        .then(() => this.keyboard.focus(this.keyboard.activeIndex));
    }
  }

  private startLoad(): void {
    const previous = this.data.value?.patient;
    const started = this.data.syncHost(this.bundle);
    if (started && this.bundle === undefined && previous !== undefined && previous !== this.currentSession?.patient.reference) {
      // Another person: nothing of the previous one stays open, or on show while theirs loads.
      this.selected = undefined;
      this.filter = NO_FILTER;
    }
  }

  private sourceOf(item: InboxItem): Source | undefined {
    if (this.bundle !== undefined) return undefined;
    return this.currentSession?.sources.find((s) => s.id === item.sourceId);
  }

  private selectedItem(): InboxItem | undefined {
    if (!this.selected) return undefined;
    return this.data.value?.items.find((i) => i.key === this.selected);
  }

  private replaceItem(next: InboxItem): void {
    const data = this.data.value;
    if (!data || this.data.state.status !== 'ready') return;
    this.replacingItem = true;
    try {
      this.data.setValue({ ...data, items: data.items.map((i) => (i.key === next.key ? next : i)) });
    } finally {
      this.replacingItem = false;
    }
    // Called during an update (opening an unread item marks it read in willUpdate), after that
    // update worked out the rows it shows: render once more, or the row would stay as it was.
    if (this.isUpdatePending) void this.updateComplete.then(() => this.requestUpdate());
  }

  private currentThread(key: string): ThreadItem | undefined {
    const item = this.data.value?.items.find((i) => i.key === key);
    return item?.kind === 'message' ? item : undefined;
  }

  /** Resets what belonged to the previous item. Sends keep going: they belong to their thread. */
  private selectionChanged(): void {
    this.files.reset();
    this.read.reset();
    this.reply.reset();
    this.handledKey = undefined;
  }

  /** Side effects of showing an item: fetch attachments that live elsewhere, tidy the draft, mark read. */
  private itemOpened(item: InboxItem): void {
    this.files.open(item);
    if (item.kind === 'message') {
      this.reply.reconcile(item);
      if (item.unread) void this.read.markRead(item);
    }
  }

  // ---- the citizen's actions -----------------------------------------------------------------

  private setFilter(change: Partial<InboxFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.keyboard.activeIndex = 0;
    // The count of that moment, in the language in force whenever the region renders.
    this.announcer.later(() => {
      const count = this.visible.length;
      return () => this.t('results', { count });
    }, RESULTS_DELAY_MS);
  }

  private clearFilters(): void {
    this.setFilter(NO_FILTER);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#inbox-search')?.focus());
  }

  private open(item: InboxItem): void {
    const index = this.visible.indexOf(item);
    if (index >= 0) this.keyboard.activeIndex = index;
    this.focusPaneAfterUpdate = true;
    if (this.selected === item.key) {
      this.requestUpdate();
      return;
    }
    this.selected = item.key;
    this.emit<InboxOpenDetail>('hn-inbox-open', { key: item.key, kind: item.kind, id: item.id, sourceId: item.sourceId });
  }

  /**
   * Opens the item `target` names (a message of a thread, a form's task, a letter), with the
   * filters cleared when they hide it; with `moveFocus`, focus goes to it as when the citizen opens it.
   */
  private async reveal(target: ItemTarget, moveFocus: boolean): Promise<FragmentReveal> {
    const items = this.data.value?.items;
    // The summary opens nothing: the link waits until the element is the whole inbox again.
    if (!items || this.summary.rows !== undefined) return 'not-yet';
    const item = items.find((i) => itemReferences(i).some((reference) => isItemTarget(target, i.sourceId, reference)));
    if (!item) return 'absent';
    // Out of the update that asked first: its `updated()` would take the request to focus the pane.
    await this.updateComplete;
    if (!this.visible.includes(item)) {
      this.filter = NO_FILTER;
      await this.updateComplete;
    }
    const index = this.visible.indexOf(item);
    if (moveFocus) this.open(item);
    else {
      this.keyboard.activeIndex = index;
      this.selected = item.key;
    }
    await this.updateComplete;
    this.scrollToRow(index);
    return 'shown';
  }

  /** Brings the list's row `index` into sight, virtualised or not. */
  private scrollToRow(index: number): void {
    const virtualizer = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list')?.[virtualizerRef];
    if (virtualizer) {
      // Before its first layout the virtualiser cannot scroll (it throws): the rows come at the top.
      try {
        virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
      } catch {
        /* not laid out yet */
      }
    } else this.renderRoot.querySelector<HTMLElement>(`.list button[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Back to the list: on a narrow screen the pane closes; focus returns to the item. */
  private backToList(): void {
    const index = this.visible.findIndex((i) => i.key === this.selected);
    if (!this.width.wide) this.selected = undefined;
    void this.keyboard.focus(index >= 0 ? index : this.keyboard.activeIndex);
  }

  private onPaneKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.localName === 'textarea' || target.localName === 'input')) return;
    event.preventDefault();
    this.backToList();
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    return html`
      ${this.data.banner()}
      ${this.data.render({
        noAccess: this.t('noAccess'),
        errorHeading: this.t('loadError'),
        subject: this.t('listLabel'),
        skipped: (count) => this.t('itemsSkipped', { count }),
        retry: () => this.reload(),
        content: (data, notices) => this.renderData(data, notices),
        // The summary holds its rows' place while it loads; the whole inbox has no short form to reserve rows for (max-items alone).
        loading: () => {
          return this.summary.rows === undefined ? loadingState(this.currentLocale) : this.summary.placeholder(this.t('openPage'));
        },
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
    `;
  }

  /** The list and the pane; the frame shows the states instead (and never another person's inbox while theirs loads). */
  private renderData(data: InboxData, notices: TemplateResult) {
    const locale = this.currentLocale;
    if (this.summary.rows !== undefined) return html`${notices}${summaryTemplate(this.context, data.items, this.summary)}`;
    if (data.items.length === 0) {
      return html`
        ${notices}
        <hn-state kind="empty" locale=${locale} .message=${this.t('empty')}></hn-state>
      `;
    }
    const item = this.selectedItem();
    const unread = data.items.filter((i) => i.unread).length;
    return html`
      ${toolbarTemplate(this.context, this.filter, data.sources, unread, (change) => this.setFilter(change))}
      ${notices}
      <div class="layout ${item ? 'layout--open' : ''} ${this.width.wide ? 'layout--wide' : ''}">
        <div class="list-panel">
          <p class="count">
            ${this.t('shown', { shown: this.visible.length, total: data.items.length })}.
            ${this.t('unreadCount', { count: unread })}.
          </p>
          ${this.visible.length === 0
            ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('noMatches')}>
                <button type="button" class="button" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
              </hn-state>`
            : listTemplate(this.context, this.visible, data.items.length, this.keyboard, (open) => this.open(open), {
                virtual: this.listVirtual ?? false,
              })}
        </div>
        <section class="pane" part="pane" aria-label=${item ? nothing : this.t('paneLabel')} aria-labelledby=${item ? 'pane-heading' : nothing} @keydown=${this.onPaneKeyDown}>
          ${item
            ? paneTemplate({ view: this.context, files: this.files, read: this.read, reply: this.reply }, item, () => this.backToList())
            : html`<p class="pane-empty">${this.t('paneEmpty')}</p>`}
        </section>
      </div>
    `;
  }
}
