import { html, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { Bundle, Communication } from '@hn-elements/core';
import {
  HnElement,
  SourcesLoadController,
  coreMessages,
  fhirErrorMessage,
  formatDateTime,
  formatList,
  safeHttpsUrl,
  sessionAllows,
  translate,
  sourceLabel,
  statusBadge,
  type BadgeTone,
  type Source,
} from '@hn-elements/core';
import { inboxMessages, type InboxMessageKey } from './messages.js';
import {
  NO_FILTER,
  decodeBase64Text,
  filterInbox,
  isFiltered,
  replyCommunication,
  withLocallyRead,
  withMessage,
  withReadMessages,
  type AttachmentView,
  type FormItem,
  type FormStatus,
  type InboxFilter,
  type InboxItem,
  type InboxKind,
  type LetterItem,
  type MessageView,
  type QuestionView,
  type ThreadItem,
} from './model.js';
import {
  AllSourcesFailedError,
  binaryIdFor,
  fetchBinary,
  inboxFromBundle,
  inboxFromSources,
  markRead,
  sendMessage,
  type InboxData,
} from './load-inbox.js';
import { clearDraft, draftFor, newIdempotencyKey, readDraft, writeDraft } from './drafts.js';
import { BlobUrls, downloadName, sizeParts } from './attachments.js';
import { prepareHtml } from './html.js';
import styles from './hn-inbox.css.js';

/** `detail` of `hn-inbox-open`: the citizen opened an item in the reading pane. */
export interface InboxOpenDetail {
  key: string;
  kind: InboxKind;
  id: string;
  sourceId: string;
}

/** `detail` of `hn-message-read` (cancelable: mark them read yourself; the element then only shows them as read). */
export interface MessageReadDetail {
  key: string;
  sourceId: string;
  ids: string[];
}

/** `detail` of `hn-message-send` (cancelable: send it yourself; the draft stays until you call `discardDraft(key)`). */
export interface MessageSendDetail {
  key: string;
  sourceId: string;
  communication: Communication;
  /** The `urn:uuid:` that makes the send idempotent (identifier system `urn:ietf:rfc:3986`). */
  idempotencyKey: string;
}

/** `detail` of `hn-message-sent`: the server's copy of the reply. */
export interface MessageSentDetail {
  key: string;
  sourceId: string;
  communication: Communication;
  /** False when the server already had it from an earlier attempt. */
  created: boolean;
}

export type { AuthRequiredDetail } from '@hn-elements/core';

interface RemoteAttachment {
  status: 'loading' | 'ready' | 'error';
  data?: string;
  error?: string;
}

const FORM_STATUS_KEY: Record<FormStatus, InboxMessageKey> = {
  'not-started': 'formNotStarted',
  started: 'formStarted',
  done: 'formDone',
  cancelled: 'formCancelled',
};

const FORM_STATUS_TONE: Record<FormStatus, BadgeTone> = {
  'not-started': 'info',
  started: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

const KIND_KEY: Record<InboxKind, InboxMessageKey> = { message: 'kindMessage', form: 'kindForm', letter: 'kindLetter' };

const TYPE_KEY: Record<AttachmentView['format'], InboxMessageKey> = {
  pdf: 'typePdf',
  html: 'typeHtml',
  text: 'typeText',
  image: 'typeImage',
  other: 'typeOther',
};

const PAGE_STEP = 10;
/** From this width (in rem) the list and the reading pane sit side by side. */
const WIDE_REM = 48;
const RESULTS_DELAY_MS = 600;

/** Reports the host's width (a container query in JS: lit-analyzer's CSS checker predates @container). */
class WidthController implements ReactiveController {
  private observer?: ResizeObserver;
  private frame = 0;
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onWidth: (width: number) => void,
  ) {}
  hostConnected(): void {
    // The change is applied in the next frame, so the relayout it causes is not reported back to
    // ResizeObservers (ours, the virtualiser's) in the frame that is being delivered.
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width === undefined) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.onWidth(width));
    });
    this.observer.observe(this.host);
    // The first width at once, so a wide page never paints the narrow layout first.
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.onWidth(width);
  }
  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The citizen's inbox from every source, merged: message threads (Communication), form tasks
 * (Task -> Questionnaire) and letters (DocumentReference, PDF), with unread state, attachments,
 * search and filter, and a reading pane to read, mark read and reply. A reply draft is kept per
 * thread (sessionStorage), so navigation, unmounting or a failed send never loses it; sending is
 * idempotent. Thousands of items stay fast: the list is virtualised.
 *
 * @summary Inbox: messages, forms and letters (FHIR R4 Communication, Task, DocumentReference).
 * @attr selected - Key of the item open in the reading pane (`<sourceId>/<kind>/<id>`).
 * @attr heading-level - ARIA level of the reading pane's heading (2–6, default 2).
 * @attr request-timeout - Per-request timeout in ms for live mode (default 10000).
 * @fires {InboxOpenDetail} hn-inbox-open - An item was opened in the reading pane. Detail: InboxOpenDetail.
 * @fires {MessageReadDetail} hn-message-read - Unread messages are about to be marked read. Cancelable: the host marks them. Detail: MessageReadDetail.
 * @fires {MessageSendDetail} hn-message-send - The citizen sends a reply. Cancelable: the host sends it. Detail: MessageSendDetail.
 * @fires {MessageSentDetail} hn-message-sent - The server accepted the reply. Detail: MessageSentDetail.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {HandoffStartDetail} hn-handoff-start - From the "open the form" launcher (see @hn-elements/handoff-launcher).
 * @fires {HandoffErrorDetail} hn-handoff-error - From the "open the form" launcher.
 * @csspart toolbar - Search and filters.
 * @csspart list - The (virtualised) list.
 * @csspart item - One item in the list.
 * @csspart pane - The reading pane.
 * @csspart reply - The reply form.
 * @cssprop --hn-color-surface - Background of the list and pane.
 * @cssprop --hn-color-primary-surface - Background of the open item.
 * @cssprop --hn-color-border - Borders.
 */
export class HnInbox extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    selected: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    filter: { state: true },
    activeIndex: { state: true },
    announcement: { state: true },
    notice: { state: true },
    readError: { state: true },
    replyInvalid: { state: true },
    expanded: { state: true },
    wide: { state: true },
    listTabStop: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself. When set, the element fetches nothing and cannot write. */
  declare bundle: Bundle | undefined;
  /** Key of the item open in the reading pane. */
  declare selected: string | undefined;
  /** ARIA level of the reading pane's heading (default 2). */
  declare headingLevel: number;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;

  declare private filter: InboxFilter;
  declare private activeIndex: number;
  declare private announcement: string;
  /** A quiet note in the pane (not an error), e.g. "your reply had already arrived". */
  declare private notice: string | undefined;
  declare private readError: string | undefined;
  declare private replyInvalid: boolean;
  declare private expanded: ReadonlySet<string>;
  /** List and pane side by side (the element is at least 48rem wide). */
  declare private wide: boolean;
  /**
   * The list itself is the tab stop while no row is in the DOM (the virtualiser renders none while
   * the list is off screen): Tab must never skip the list. Focusing it moves focus to the row.
   */
  declare private listTabStop: boolean;

  private readonly data = new SourcesLoadController<InboxData>(this, {
    fromBundle: (bundle) => inboxFromBundle(bundle),
    fromSources: (session, signal) => inboxFromSources(session, { signal, timeoutMs: this.requestTimeout }),
    reportErrors: (errors) => this.reportAuthRequired(errors),
    onChange: (state) => {
      if (state.status !== 'ready') return;
      const unread = state.value.items.filter((i) => i.unread).length;
      this.announce(this.t('loaded', { count: state.value.items.length, unread }));
    },
  });
  private visible: InboxItem[] = [];
  private visibleFrom: { items: readonly InboxItem[] | undefined; filter: InboxFilter } = { items: undefined, filter: NO_FILTER };
  private readonly blobs = new BlobUrls();
  private remote = new Map<string, RemoteAttachment>();
  private itemWork?: AbortController;
  private readonly sending = new Map<string, AbortController>();
  private readonly sendErrors = new Map<string, string>();
  private readonly readTried = new Set<string>();
  private handledKey: string | undefined;
  private tabStopFrame = 0;
  private focusPaneAfterUpdate = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private resultsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.filter = NO_FILTER;
    this.activeIndex = 0;
    this.announcement = '';
    this.replyInvalid = false;
    this.expanded = new Set();
    this.wide = false;
    this.listTabStop = false;
    this.addController(new WidthController(this, (width) => {
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const wide = width >= WIDE_REM * rem;
      if (wide !== this.wide) this.wide = wide;
    }));
  }

  private get allowed(): boolean {
    return sessionAllows(this.currentSession, 'inbox');
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  private get patientRef(): string {
    return this.currentSession?.patient.reference ?? 'bundle';
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.data.forget();
    this.readTried.clear();
    this.requestUpdate();
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
    clearDraft(this.patientRef, threadKey);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.itemWork?.abort();
    this.itemWork = undefined;
    for (const controller of this.sending.values()) controller.abort();
    this.sending.clear();
    clearTimeout(this.announceTimer);
    clearTimeout(this.resultsTimer);
    cancelAnimationFrame(this.tabStopFrame);
    this.blobs.revokeAll();
    this.remote = new Map();
    this.handledKey = undefined;
  }

  // ---- loading -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.startLoad();
    const items = this.data.value?.items;
    if (items !== this.visibleFrom.items || this.filter !== this.visibleFrom.filter) {
      this.visible = items ? filterInbox(items, this.filter) : [];
      this.visibleFrom = { items, filter: this.filter };
      const open = this.visible.findIndex((i) => i.key === this.selected);
      if (open >= 0) this.activeIndex = open;
      else if (this.activeIndex >= this.visible.length) this.activeIndex = Math.max(0, this.visible.length - 1);
    }
    if (changed.has('selected')) this.selectionChanged();
    const item = this.selectedItem();
    if (item && item.key !== this.handledKey) {
      this.handledKey = item.key;
      this.itemOpened(item);
    } else if (item?.kind === 'message' && item.unread && !this.readTried.has(item.key)) {
      void this.markThreadRead(item);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const busy = this.data.state.status === 'loading' || (this.data.state.status === 'idle' && this.allowed);
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.checkListTabStop();
    if (this.focusPaneAfterUpdate) {
      this.focusPaneAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#pane-heading')?.focus();
    }
  }

  private startLoad(): void {
    if (!this.isConnected) return;
    const previous = this.data.value?.patient;
    const session = this.currentSession;
    const started = this.data.sync({ bundle: this.bundle, session, allowed: this.allowed });
    if (started && this.bundle === undefined && previous !== undefined && previous !== session?.patient.reference) {
      // Another person: nothing of the previous one stays open, or on show while theirs loads.
      this.selected = undefined;
      this.filter = NO_FILTER;
    }
  }

  private t(key: InboxMessageKey, params?: Record<string, string | number>): string {
    return this.msg(inboxMessages, key, params);
  }

  private sourceOf(item: InboxItem): Source | undefined {
    if (this.bundle !== undefined) return undefined;
    return this.currentSession?.sources.find((s) => s.id === item.sourceId);
  }

  private selectedItem(): InboxItem | undefined {
    if (!this.selected) return undefined;
    return this.data.value?.items.find((i) => i.key === this.selected);
  }

  /** Swaps one item for its new state (read, replied) without reloading. */
  private replaceItem(next: InboxItem): void {
    const data = this.data.value;
    if (!data || this.data.state.status !== 'ready') return;
    this.data.setValue({ ...data, items: data.items.map((i) => (i.key === next.key ? next : i)) });
  }

  private currentThread(key: string): ThreadItem | undefined {
    const item = this.data.value?.items.find((i) => i.key === key);
    return item?.kind === 'message' ? item : undefined;
  }

  // ---- announcements -------------------------------------------------------------------------

  /** Says something in the polite live region (cleared first, so the same words are read again). */
  private announce(text: string): void {
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
    }, 50);
  }

  private setFilter(change: Partial<InboxFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.activeIndex = 0;
    clearTimeout(this.resultsTimer);
    this.resultsTimer = setTimeout(() => this.announce(this.t('results', { count: this.visible.length })), RESULTS_DELAY_MS);
  }

  private clearFilters(): void {
    this.setFilter(NO_FILTER);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#inbox-search')?.focus());
  }

  // ---- opening, focus and keyboard -----------------------------------------------------------

  private open(item: InboxItem): void {
    const index = this.visible.indexOf(item);
    if (index >= 0) this.activeIndex = index;
    this.focusPaneAfterUpdate = true;
    if (this.selected === item.key) {
      this.requestUpdate();
      return;
    }
    this.selected = item.key;
    this.emit<InboxOpenDetail>('hn-inbox-open', { key: item.key, kind: item.kind, id: item.id, sourceId: item.sourceId });
  }

  /** Resets what belonged to the previous item. Sends keep going: they belong to their thread. */
  private selectionChanged(): void {
    this.itemWork?.abort();
    this.itemWork = undefined;
    this.blobs.revokeAll();
    this.remote = new Map();
    this.expanded = new Set();
    this.notice = undefined;
    this.readError = undefined;
    this.replyInvalid = false;
    this.handledKey = undefined;
  }

  /** Side effects of showing an item: mark read, fetch attachments that live elsewhere, tidy the draft. */
  private itemOpened(item: InboxItem): void {
    this.itemWork = new AbortController();
    const attachments = item.kind === 'message' ? item.messages.flatMap((m) => m.attachments) : item.kind === 'letter' ? item.attachments : [];
    const source = this.sourceOf(item);
    for (const attachment of attachments) {
      if (attachment.data || !attachment.url || !source) continue;
      const binaryId = binaryIdFor(source, attachment.url);
      if (binaryId) void this.fetchAttachment(source, attachment, binaryId, this.itemWork.signal);
    }
    if (item.kind === 'message') {
      this.reconcileDraft(item);
      if (item.unread) void this.markThreadRead(item);
    }
  }

  private async fetchAttachment(source: Source, attachment: AttachmentView, binaryId: string, signal: AbortSignal): Promise<void> {
    this.remote = new Map(this.remote).set(attachment.id, { status: 'loading' });
    this.requestUpdate();
    try {
      const { data } = await fetchBinary(source, binaryId, { signal, timeoutMs: this.requestTimeout });
      if (signal.aborted) return;
      this.remote = new Map(this.remote).set(attachment.id, { status: 'ready', data });
    } catch (error) {
      if (signal.aborted) return;
      this.reportAuthRequired([error]);
      this.remote = new Map(this.remote).set(attachment.id, { status: 'error', error: fhirErrorMessage(error, source.name, this.currentLocale) });
    }
    this.requestUpdate();
  }

  private listHost(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list');
  }

  /** Moves the list's single tab stop to `index`, scrolling it into view and focusing it once rendered. */
  private async focusRow(index: number): Promise<void> {
    const count = this.visible.length;
    if (count === 0) return;
    const target = Math.max(0, Math.min(index, count - 1));
    this.activeIndex = target;
    await this.updateComplete;
    const host = this.listHost();
    host?.[virtualizerRef]?.element(target)?.scrollIntoView({ block: 'nearest' });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`.list button[data-index="${target}"]`);
      if (button) {
        button.focus();
        return;
      }
      await nextFrame();
      await this.updateComplete;
    }
  }

  private onListKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset['index']);
    if (!Number.isInteger(index)) return;
    const last = this.visible.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
      PageDown: index + PAGE_STEP,
      PageUp: index - PAGE_STEP,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    void this.focusRow(next);
  }

  private onListFocusIn(event: FocusEvent): void {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index) && index !== this.activeIndex) this.activeIndex = index;
  }

  /** Keeps a tab stop in the list: when the active row scrolls out of the DOM, the first visible row takes over. */
  private onVisibilityChanged(event: Event): void {
    this.checkListTabStop();
    const { first, last } = event as Event & { first: number; last: number };
    const focusInList = this.shadowRoot?.activeElement?.closest('.list');
    if (focusInList || first < 0) return;
    if (this.activeIndex < first || this.activeIndex > last) this.activeIndex = first;
  }

  /** After the virtualiser has rendered: is there a row to tab to? If not, the list is the tab stop. */
  private checkListTabStop(): void {
    cancelAnimationFrame(this.tabStopFrame);
    this.tabStopFrame = requestAnimationFrame(() => {
      const list = this.listHost();
      const wanted = !!list && !list.querySelector('button[tabindex="0"]');
      if (wanted !== this.listTabStop) this.listTabStop = wanted;
    });
  }

  private onListFocus(event: FocusEvent): void {
    if (event.target === event.currentTarget) void this.focusRow(this.activeIndex);
  }

  private isNarrow(): boolean {
    return !this.wide;
  }

  /** Back to the list: on a narrow screen the pane closes; focus returns to the item. */
  private backToList(): void {
    const index = this.visible.findIndex((i) => i.key === this.selected);
    if (this.isNarrow()) this.selected = undefined;
    void this.focusRow(index >= 0 ? index : this.activeIndex);
  }

  private onPaneKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.localName === 'textarea' || target.localName === 'input')) return;
    event.preventDefault();
    this.backToList();
  }

  // ---- read state ----------------------------------------------------------------------------

  private async markThreadRead(thread: ThreadItem): Promise<void> {
    const ids = thread.messages.filter((m) => m.unread).map((m) => m.id);
    if (ids.length === 0 || this.readTried.has(thread.key)) return;
    this.readTried.add(thread.key);
    const proceed = this.emit<MessageReadDetail>('hn-message-read', { key: thread.key, sourceId: thread.sourceId, ids }, { cancelable: true });
    const source = this.sourceOf(thread);
    if (!proceed || !source) {
      this.replaceItem(withLocallyRead(thread, new Date()));
      return;
    }
    const signal = this.itemWork?.signal;
    try {
      const saved = await markRead(source, ids, new Date(), { signal, timeoutMs: this.requestTimeout });
      const current = this.currentThread(thread.key);
      if (current) this.replaceItem(withReadMessages(current, saved));
      this.readError = undefined;
    } catch (error) {
      if (signal?.aborted) return;
      const saved = (error as { saved?: Communication[] }).saved ?? [];
      const current = this.currentThread(thread.key);
      if (current && saved.length) this.replaceItem(withReadMessages(current, saved));
      this.reportAuthRequired([error]);
      if (this.selected === thread.key) this.readError = this.t('readFailed', { reason: fhirErrorMessage(error, source.name, this.currentLocale) });
    }
  }

  private retryRead(): void {
    const item = this.selectedItem();
    if (item?.kind !== 'message') return;
    this.readTried.delete(item.key);
    this.readError = undefined;
    void this.markThreadRead(item);
  }

  // ---- reply ---------------------------------------------------------------------------------

  /** A draft whose idempotency key is already on a message in the thread was sent: drop it. */
  private reconcileDraft(thread: ThreadItem): void {
    const draft = readDraft(this.patientRef, thread.key);
    if (!draft?.attempted) return;
    const landed = thread.messages.find((m) => m.idempotencyKeys.includes(draft.key));
    if (!landed) return;
    const landedText = landed.body.find((b) => b.kind === 'text');
    if (landedText?.kind === 'text' && landedText.text.trim() !== draft.text.trim()) {
      writeDraft(this.patientRef, thread.key, { text: draft.text, key: newIdempotencyKey(), attempted: false });
    } else {
      clearDraft(this.patientRef, thread.key);
    }
  }

  private onReplyInput(thread: ThreadItem, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    const draft = draftFor(this.patientRef, thread.key);
    writeDraft(this.patientRef, thread.key, { ...draft, text });
    if (this.replyInvalid && text.trim()) this.replyInvalid = false;
  }

  private onReplySubmit(thread: ThreadItem, event: Event): void {
    event.preventDefault();
    void this.send(thread);
  }

  private async send(thread: ThreadItem): Promise<void> {
    const key = thread.key;
    if (this.sending.has(key)) return; // one send at a time per thread, however often it is clicked
    const session = this.currentSession;
    const source = this.sourceOf(thread);
    if (!session || !source) return;
    const patient = this.patientRef;
    const draft = draftFor(patient, key);
    const text = draft.text.trim();
    if (!text) {
      this.replyInvalid = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reply-text')?.focus();
      return;
    }
    const communication = replyCommunication(thread, text, { patient: session.patient, actor: session.actor }, new Date());
    const proceed = this.emit<MessageSendDetail>(
      'hn-message-send',
      { key, sourceId: thread.sourceId, communication, idempotencyKey: draft.key },
      { cancelable: true },
    );
    if (!proceed) return;
    const controller = new AbortController();
    this.sending.set(key, controller);
    this.sendErrors.delete(key);
    this.notice = undefined;
    this.replyInvalid = false;
    this.requestUpdate();
    // From here the message may reach the server whatever happens next: a retry must look first.
    writeDraft(patient, key, { ...draft, attempted: true });
    try {
      const result = await sendMessage(source, communication, draft.key, {
        signal: controller.signal,
        timeoutMs: this.requestTimeout,
        searchFirst: draft.attempted,
      });
      const landed = result.communication.payload?.find((p) => typeof p.contentString === 'string')?.contentString?.trim();
      // What is in the form now may be more than what went (typed while sending, or changed after
      // an attempt that had got through): that stays, as a new draft. Only what went is cleared.
      const inForm = readDraft(patient, key)?.text ?? '';
      const edited = !result.created && landed !== undefined && landed !== text;
      if (inForm.trim() && inForm.trim() !== (landed ?? text)) writeDraft(patient, key, { text: inForm, key: newIdempotencyKey(), attempted: false });
      else clearDraft(patient, key);
      const current = this.currentThread(key);
      if (current) this.replaceItem(withMessage(current, result.communication, thread.sourceId));
      const words = edited ? this.t('sentEarlierEdited') : result.created ? this.t('sent') : this.t('sentEarlier');
      if (this.selected === key) this.notice = words;
      this.announce(words);
      this.emit<MessageSentDetail>('hn-message-sent', { key, sourceId: thread.sourceId, communication: result.communication, created: result.created });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.reportAuthRequired([error]);
      const reason = fhirErrorMessage(error, source.name, this.currentLocale);
      this.sendErrors.set(key, this.t('sendFailed', { reason }));
    } finally {
      if (this.sending.get(key) === controller) this.sending.delete(key);
      this.requestUpdate();
    }
  }

  private toggleAttachment(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  // ---- rendering: shell ----------------------------------------------------------------------

  override render() {
    const session = this.currentSession;
    return html`
      ${session?.representation ? html`<hn-on-behalf-banner .session=${session} locale=${this.currentLocale}></hn-on-behalf-banner>` : nothing}
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
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
    const otherPerson = this.bundle === undefined && data?.patient !== undefined && data.patient !== this.currentSession?.patient.reference;
    if (!data || otherPerson) return html`<hn-state kind="loading" locale=${locale}></hn-state>`;
    const notice = this.renderSourcesNotice(data);
    if (data.items.length === 0) {
      return html`
        ${notice}
        ${this.renderSkipped(data)}
        <hn-state kind="empty" locale=${locale} .message=${this.t('empty')}></hn-state>
      `;
    }
    const item = this.selectedItem();
    return html`
      ${this.renderToolbar(data)}
      ${notice}
      ${this.renderSkipped(data)}
      <div class="layout ${item ? 'layout--open' : ''} ${this.wide ? 'layout--wide' : ''}">
        <div class="list-panel">
          <p class="count">
            ${this.t('shown', { shown: this.visible.length, total: data.items.length })}.
            ${this.t('unreadCount', { count: data.items.filter((i) => i.unread).length })}.
          </p>
          ${this.visible.length === 0
            ? html`<hn-state kind="empty" locale=${locale} .message=${this.t('noMatches')}>
                <button type="button" class="button" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
              </hn-state>`
            : this.renderList()}
        </div>
        <section class="pane" part="pane" aria-label=${item ? nothing : this.t('paneLabel')} aria-labelledby=${item ? 'pane-heading' : nothing} @keydown=${this.onPaneKeyDown}>
          ${item ? this.renderPane(item) : html`<p class="pane-empty">${this.t('paneEmpty')}</p>`}
        </section>
      </div>
    `;
  }

  private renderSourcesNotice(data: InboxData) {
    const failed = data.failures.map((f) => f.source.name);
    const incomplete = data.incomplete.map((source) => source.name);
    if (failed.length === 0 && incomplete.length === 0) return nothing;
    return html`<hn-sources-notice locale=${this.currentLocale} .failed=${failed} .incomplete=${incomplete} @hn-retry=${this.reload}></hn-sources-notice>`;
  }

  private renderSkipped(data: InboxData) {
    return data.skipped ? html`<p class="skipped" role="status">${this.t('itemsSkipped', { count: data.skipped })}</p>` : nothing;
  }

  private errorText(error: unknown): string {
    const locale = this.currentLocale;
    if (error instanceof AllSourcesFailedError) return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, locale)).join(' ');
    return fhirErrorMessage(error, this.t('listLabel'), locale);
  }

  private renderToolbar(data: InboxData) {
    const filter = this.filter;
    const sources = data.sources;
    const unread = data.items.filter((i) => i.unread).length;
    return html`<div part="toolbar" class="toolbar" role="search" aria-label=${this.t('toolbarLabel')}>
      <div class="field field--search">
        <label for="inbox-search">${this.t('search')}</label>
        <input
          id="inbox-search"
          type="search"
          autocomplete="off"
          .value=${live(filter.query)}
          @input=${(e: Event) => this.setFilter({ query: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="inbox-kind">${this.t('kindFilter')}</label>
        <select id="inbox-kind" @change=${(e: Event) => this.setFilter({ kind: (e.target as HTMLSelectElement).value as InboxKind | 'all' })}>
          ${(
            [
              ['all', 'kindAll'],
              ['message', 'kindMessages'],
              ['form', 'kindForms'],
              ['letter', 'kindLetters'],
            ] as const
          ).map(([value, label]) => html`<option value=${value} ?selected=${filter.kind === value}>${this.t(label)}</option>`)}
        </select>
      </div>
      ${sources.length > 1
        ? html`<div class="field">
            <label for="inbox-source">${this.t('sourceFilter')}</label>
            <select id="inbox-source" @change=${(e: Event) => this.setFilter({ sourceId: (e.target as HTMLSelectElement).value })}>
              <option value="all" ?selected=${filter.sourceId === 'all'}>${this.t('sourceAll')}</option>
              ${sources.map((s) => html`<option value=${s.id} ?selected=${filter.sourceId === s.id}>${s.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <label class="check">
        <input type="checkbox" .checked=${live(filter.unreadOnly)} @change=${(e: Event) => this.setFilter({ unreadOnly: (e.target as HTMLInputElement).checked })} />
        <span>${this.t('unreadOnly')} (${unread})</span>
      </label>
    </div>`;
  }

  // ---- rendering: list -----------------------------------------------------------------------

  private renderList() {
    const items = this.visible;
    const total = items.length;
    return html`<div
      class="list"
      part="list"
      role="list"
      aria-label=${`${this.t('listLabel')}, ${this.t('shown', { shown: total, total: this.data.value?.items.length ?? total })}`}
      tabindex=${this.listTabStop ? '0' : '-1'}
      @keydown=${this.onListKeyDown}
      @focus=${this.onListFocus}
      @focusin=${this.onListFocusIn}
      @visibilityChanged=${this.onVisibilityChanged}
      @rangeChanged=${this.checkListTabStop}
    >
      ${virtualize({
        items,
        scroller: true,
        // The virtualizer can ask for an index past the end for one frame when the
        // list shrinks (a filter narrows it): key and render nothing for that index.
        keyFunction: (item: InboxItem | undefined, index: number) => item?.key ?? index,
        renderItem: (item: InboxItem | undefined, index: number) => (item ? this.renderRow(item, index, total) : html``),
      })}
    </div>`;
  }

  private renderRow(item: InboxItem, index: number, total: number): TemplateResult {
    const locale = this.currentLocale;
    const open = item.key === this.selected;
    const meta: string[] = [this.t(KIND_KEY[item.kind])];
    if (item.kind === 'message' && item.messages.length > 1) meta.push(this.t('messagesInThread', { count: item.messages.length }));
    if (item.kind === 'form') {
      meta.push(this.t(FORM_STATUS_KEY[item.status]));
      if (item.due && (item.status === 'not-started' || item.status === 'started')) meta.push(this.t('due', { date: formatDateTime(item.due, locale, 'date') }));
    }
    if (item.attachmentCount > 0) meta.push(this.t('attachmentCount', { count: item.attachmentCount }));
    if (item.sourceName) meta.push(translate(coreMessages, locale, 'source', { name: item.sourceName }));
    return html`<div class="row" role="listitem" part="item" aria-setsize=${total} aria-posinset=${index + 1}>
      <button
        type="button"
        class="item item--${item.kind} ${item.unread ? 'item--unread' : ''}"
        data-index=${index}
        data-key=${item.key}
        tabindex=${index === this.activeIndex ? 0 : -1}
        aria-current=${open ? 'true' : 'false'}
        @click=${() => this.open(item)}
      >
        <span class="item-top">
          ${item.unread ? html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">${this.t('unread')}:</span>` : nothing}
          <span class="from">${item.from || this.t('unknownSender')}</span>
          <span class="date">${formatDateTime(item.date, locale, 'date')}</span>
        </span>
        <span class="title">${item.title || this.t(KIND_KEY[item.kind])}</span>
        ${item.kind === 'message' && item.preview ? html`<span class="preview">${item.preview}</span>` : nothing}
        <span class="meta">${meta.join(', ')}</span>
      </button>
    </div>`;
  }

  // ---- rendering: pane -----------------------------------------------------------------------

  private renderPane(item: InboxItem) {
    return html`
      <button type="button" class="button back" @click=${this.backToList}>
        <span aria-hidden="true">←</span> ${this.t('back')}
      </button>
      ${item.kind === 'message' ? this.renderThread(item) : item.kind === 'form' ? this.renderForm(item) : this.renderLetter(item)}
    `;
  }

  private heading(text: string, level = this.level) {
    return html`<p id="pane-heading" class="pane-heading" role="heading" aria-level=${level} tabindex="-1">${text}</p>`;
  }

  private subHeading(id: string, text: string) {
    return html`<p id=${id} class="sub-heading" role="heading" aria-level=${Math.min(6, this.level + 1)}>${text}</p>`;
  }

  private sourceLabel(item: InboxItem) {
    return item.sourceName ? sourceLabel(this.currentLocale, item.sourceName) : nothing;
  }

  private renderThread(thread: ThreadItem) {
    const locale = this.currentLocale;
    const actor = this.currentSession?.actor;
    return html`
      ${this.heading(thread.title || this.t('kindMessage'))}
      <div class="pane-meta">${this.t('kindMessage')} ${this.sourceLabel(thread)}</div>
      ${this.readError
        ? html`<div class="error" role="alert">
            <p>${this.readError}</p>
            <button type="button" class="button" @click=${this.retryRead}>${translate(coreMessages, locale, 'retry')}</button>
          </div>`
        : nothing}
      <ol class="messages" aria-label=${this.t('threadMessages')}>
        ${thread.messages.map((message, index) => this.renderMessage(thread, message, index, actor?.name))}
      </ol>
      ${this.renderReply(thread)}
    `;
  }

  private renderMessage(thread: ThreadItem, message: MessageView, index: number, actorName: string | undefined) {
    const locale = this.currentLocale;
    const id = `message-${index}`;
    const mine = message.fromCitizen && (!message.from || message.from === actorName);
    const sender = mine ? this.t('you') : message.from || this.t('unknownSender');
    return html`<li class="message ${message.fromCitizen ? 'message--mine' : ''}">
      <article aria-labelledby=${id}>
        <header class="message-head">
          <p id=${id} class="sender" role="heading" aria-level=${Math.min(6, this.level + 1)}>
            ${sender}${message.unread ? html` <span class="new">${this.t('newMessage')}</span>` : nothing}
          </p>
          <p class="sent"><time datetime=${message.sent.toISOString()}>${this.t('sentAt', { date: formatDateTime(message.sent, locale, 'date-time') })}</time></p>
        </header>
        <div class="body">${message.body.map((part) => this.renderBodyPart(part))}</div>
        ${message.attachments.length ? this.renderAttachments(thread, message.attachments, false) : nothing}
      </article>
    </li>`;
  }

  private renderBodyPart(part: MessageView['body'][number]) {
    if (part.kind === 'html') return html`<div class="html-body">${unsafeHTML(prepareHtml(part.html, Math.min(6, this.level + 2)))}</div>`;
    return part.text.split(/\n{2,}/).map((paragraph) => html`<p class="text-body">${paragraph}</p>`);
  }

  private attachmentName(attachment: AttachmentView): string {
    return attachment.title || this.t('untitledFile');
  }

  private sizeText(bytes: number | undefined): string {
    if (bytes === undefined) return '';
    const { unit, n } = sizeParts(bytes, this.currentLocale);
    return this.t(unit, { n });
  }

  private describe(attachment: AttachmentView): string {
    return [this.t(TYPE_KEY[attachment.format]), this.sizeText(attachment.size)].filter(Boolean).join(', ');
  }

  /** Attachments of a message (shown on request) or the contents of a letter (shown at once). */
  private renderAttachments(item: InboxItem, attachments: readonly AttachmentView[], inPlace: boolean) {
    return html`<div class="attachments">
      ${inPlace ? nothing : html`<p class="attachments-label">${this.t('attachments')}</p>`}
      <ul class="attachment-list">
        ${attachments.map((attachment) => html`<li class="attachment">${this.renderAttachment(item, attachment, inPlace)}</li>`)}
      </ul>
    </div>`;
  }

  private renderAttachment(item: InboxItem, attachment: AttachmentView, inPlace: boolean) {
    const name = this.attachmentName(attachment);
    const remote = this.remote.get(attachment.id);
    const data = attachment.data ?? (remote?.status === 'ready' ? remote.data : undefined);
    const head = html`<p class="attachment-name"><span class="file-name">${name}</span> <span class="muted">(${this.describe(attachment)})</span></p>`;
    if (!data) {
      if (remote?.status === 'loading') return html`${head}<p class="muted" role="status">${this.t('loadingAttachment')}</p>`;
      if (remote?.status === 'error') return html`${head}<p class="attachment-error">${this.t('attachmentFailed', { reason: remote.error ?? '' })}</p>`;
      const external = attachment.url && !this.isFetchable(item, attachment) ? safeHttpsUrl(attachment.url) : undefined;
      if (external) {
        return html`${head}<a class="button" href=${external} target="_blank" rel="noopener noreferrer">${this.t('openExternal', { name })}</a>`;
      }
      return html`${head}<p class="muted">${this.t('attachmentUnavailable')}</p>`;
    }
    const viewable = attachment.format === 'pdf' || attachment.format === 'html' || attachment.format === 'text';
    const shown = inPlace || this.expanded.has(attachment.id);
    // Not while disconnected: a render after removal would make a URL nobody revokes.
    const url = this.isConnected ? this.blobs.get(attachment.id, data, attachment.format) : undefined;
    const file = downloadName(attachment.title, attachment.format, this.t('untitledFile'));
    return html`${head}
      <div class="attachment-actions">
        ${viewable && !inPlace
          ? html`<button type="button" class="button" aria-expanded=${shown ? 'true' : 'false'} @click=${() => this.toggleAttachment(attachment.id)}>
              ${this.t(shown ? 'hide' : 'show', { name })}
            </button>`
          : nothing}
        ${url ? html`<a class="button" href=${url} download=${file}>${this.t('download', { name })}</a>` : nothing}
      </div>
      ${viewable && shown ? this.renderViewer(attachment, data, url, name, file, inPlace ? 1 : 2) : nothing}`;
  }

  private isFetchable(item: InboxItem, attachment: AttachmentView): boolean {
    const source = this.sourceOf(item);
    return !!(source && attachment.url && binaryIdFor(source, attachment.url));
  }

  /**
   * In place: a PDF in the browser's viewer (an iframe of a blob typed application/pdf; `object.data`
   * would be a Trusted Types sink, `iframe.src` with a blob: URL is not), with the download beside it
   * for browsers that cannot show PDFs; HTML sanitised; text as text.
   */
  private renderViewer(attachment: AttachmentView, data: string, url: string | undefined, name: string, file: string, depth: number) {
    if (attachment.format === 'pdf') {
      if (!url) return nothing;
      return html`<iframe class="pdf" src=${url} title=${this.t('pdfTitle', { name })}></iframe>
        <p class="pdf-fallback muted">${this.t('pdfFallback')} <a href=${url} download=${file}>${this.t('download', { name })}</a></p>`;
    }
    const text = decodeBase64Text(data);
    if (text === undefined) return nothing;
    if (attachment.format === 'html') return html`<div class="html-body viewer">${unsafeHTML(prepareHtml(text, Math.min(6, this.level + depth)))}</div>`;
    return html`<div class="text-viewer viewer">${text}</div>`;
  }

  private renderReply(thread: ThreadItem) {
    const session = this.currentSession;
    const source = this.sourceOf(thread);
    if (!source || !session || !thread.replyTo) {
      return this.notice ? html`<p class="notice">${this.notice}</p>` : nothing;
    }
    const key = thread.key;
    const draft = readDraft(this.patientRef, key);
    const busy = this.sending.has(key);
    const error = this.sendErrors.get(key);
    const to = thread.replyTo.display ?? thread.from;
    const representation = session.representation;
    return html`<form part="reply" class="reply" aria-labelledby="reply-heading" novalidate @submit=${(e: Event) => this.onReplySubmit(thread, e)}>
      ${this.subHeading('reply-heading', this.t('replyHeading'))}
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <label for="reply-text">${this.t('replyLabel', { name: to })}</label>
      <p id="reply-hint" class="hint">
        ${this.t('replyHint', { source: source.name })}
        ${representation ? html` ${this.t('replyOnBehalf', { name: representation.person.name })}` : nothing}
      </p>
      ${this.replyInvalid ? html`<p id="reply-invalid" class="field-error">${this.t('replyEmpty')}</p>` : nothing}
      <textarea
        id="reply-text"
        rows="5"
        aria-describedby=${this.replyInvalid ? 'reply-invalid reply-hint' : 'reply-hint'}
        aria-invalid=${this.replyInvalid ? 'true' : 'false'}
        .value=${live(draft?.text ?? '')}
        @input=${(e: Event) => this.onReplyInput(thread, e)}
      ></textarea>
      ${error
        ? html`<div class="error" role="alert">
            <p>${error}</p>
            <button type="button" class="button" @click=${() => void this.send(thread)}>${this.t('sendRetry')}</button>
          </div>`
        : nothing}
      <div class="reply-actions">
        <button type="submit" class="button button--primary" aria-disabled=${busy ? 'true' : 'false'}>${busy ? this.t('sending') : this.t('send')}</button>
      </div>
    </form>`;
  }

  private renderForm(form: FormItem) {
    const locale = this.currentLocale;
    const session = this.currentSession;
    const open = form.status === 'not-started' || form.status === 'started';
    const destination = form.sourceName || form.from;
    return html`
      ${this.heading(form.title || this.t('kindForm'))}
      <div class="pane-meta">
        ${this.t('kindForm')}
        ${statusBadge(FORM_STATUS_TONE[form.status], this.t(FORM_STATUS_KEY[form.status]))}
        ${this.sourceLabel(form)}
      </div>
      <dl class="facts">
        ${form.from ? html`<div><dt>${this.t('requestedBy')}</dt><dd>${form.from}</dd></div>` : nothing}
        <div><dt>${this.t('date')}</dt><dd>${formatDateTime(form.date, locale, 'date')}</dd></div>
        ${form.due ? html`<div><dt>${this.t('dueLabel')}</dt><dd>${formatDateTime(form.due, locale, 'long-date')}</dd></div>` : nothing}
        ${form.statusReason ? html`<div><dt>${this.t('reason')}</dt><dd>${form.statusReason}</dd></div>` : nothing}
      </dl>
      ${form.questionnaire?.description ? html`<p>${form.questionnaire.description}</p>` : nothing}
      ${open
        ? form.link
          ? html`<div class="form-open">
              <hn-handoff-launcher
                href=${form.link.href}
                destination=${destination}
                label=${this.t('openForm')}
                variant="primary"
                locale=${locale}
                .session=${session}
              ></hn-handoff-launcher>
            </div>`
          : html`<p class="muted">${this.t('formNoLink', { source: destination || this.t('unknownSender') })}</p>`
        : nothing}
      ${form.questionnaire && form.questionnaire.items.length
        ? html`<section class="questions" aria-labelledby="questions-heading">
            ${this.subHeading('questions-heading', form.questionnaire.title ? `${this.t('formQuestions')}: ${form.questionnaire.title}` : this.t('formQuestions'))}
            <p class="muted">${this.t('formQuestionsNote')}</p>
            ${this.renderQuestions(form.questionnaire.items)}
          </section>`
        : nothing}
    `;
  }

  private renderQuestions(items: readonly QuestionView[]): TemplateResult {
    const locale = this.currentLocale;
    return html`<ol class="question-list">
      ${items.map(
        (q) => html`<li>
          <span class="question">${q.text}</span>${q.required ? html` <span class="muted">(${this.t('required')})</span>` : nothing}
          ${q.options.length ? html`<span class="options">${this.t('options', { list: formatList(q.options, locale) })}</span>` : nothing}
          ${q.items.length ? this.renderQuestions(q.items) : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private renderLetter(letter: LetterItem) {
    const locale = this.currentLocale;
    return html`
      ${this.heading(letter.title || this.t('kindLetter'))}
      <div class="pane-meta">${this.t('kindLetter')} ${this.sourceLabel(letter)}</div>
      <dl class="facts">
        ${letter.from ? html`<div><dt>${this.t('sender')}</dt><dd>${letter.from}</dd></div>` : nothing}
        <div><dt>${this.t('date')}</dt><dd>${formatDateTime(letter.date, locale, 'long-date')}</dd></div>
        ${letter.type ? html`<div><dt>${this.t('type')}</dt><dd>${letter.type}</dd></div>` : nothing}
      </dl>
      ${letter.attachments.length ? this.renderAttachments(letter, letter.attachments, true) : html`<p class="muted">${this.t('letterEmpty')}</p>`}
    `;
  }
}
