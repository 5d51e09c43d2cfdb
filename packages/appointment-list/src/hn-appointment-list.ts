import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Appointment, Bundle } from '@hn-elements/core';
import { Announcer, FocusRescueController, FragmentTargetController, HnElement, isItemTarget, SummaryForm, type FragmentReveal, type ItemTarget, RovingTabindexController, DataFrameController, itemLimit, listHint, LIST_HINT_ID, saveBlob, sourceErrorWords, withSourceWords } from '@hn-elements/core';
import { appointmentMessages, type AppointmentMessageKey } from './messages.js';
import type { AppointmentView } from './model.js';
import { appointmentToIcs, icsFileName } from './ics.js';
import { appointmentsFromBundle, appointmentsFromSources, type AppointmentData } from './load-appointments.js';
import { appointmentItem, appointmentLanguage, whenText, type ItemContext } from './appointment-item.js';
import { CancelController } from './cancel-controller.js';
import { appointmentSummaryRow } from './appointment-summary.js';
import styles from './hn-appointment-list.css.js';

export type AppointmentListView = 'upcoming' | 'past';

/** `detail` of `hn-appointment-cancel` (cancelable: call preventDefault to do the cancelling yourself). */
export interface AppointmentCancelDetail {
  id: string;
  sourceId: string;
  appointment: Appointment;
}

/** `detail` of `hn-appointment-cancelled`: the server's answer. */
export interface AppointmentCancelledDetail {
  id: string;
  sourceId: string;
  appointment: Appointment;
}

/** `detail` of `hn-appointment-calendar` (cancelable: call preventDefault to handle the file yourself). */
export interface AppointmentCalendarDetail {
  id: string;
  sourceId: string;
  ics: string;
  fileName: string;
}

export type { AuthRequiredDetail, NavigateDetail } from '@hn-elements/core';

/**
 * The citizen's appointments from every source, merged: upcoming and past, with status, place,
 * video, preparation, and the actions cancel and add to calendar.
 *
 * @summary Appointment list (FHIR R4 Appointment).
 * @fires {AppointmentCancelDetail} hn-appointment-cancel - The citizen confirmed a cancellation. Cancelable: the host takes over. Detail: AppointmentCancelDetail.
 * @fires {AppointmentCancelledDetail} hn-appointment-cancelled - The server accepted the cancellation. Detail: AppointmentCancelledDetail.
 * @fires {AppointmentCalendarDetail} hn-appointment-calendar - The citizen asked for a calendar file. Cancelable. Detail: AppointmentCalendarDetail.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {HandoffStartDetail} hn-handoff-start - From the "Endre time" launcher (<hn-handoff-launcher>): a hand-off to the source's booking begins. Cancelable.
 * @fires {HandoffErrorDetail} hn-handoff-error - From the "Endre time" launcher: the hand-off was refused or failed.
 * @fires {NavigateDetail} hn-navigate - With `all-href`: a link of the summary was followed (Enter or a plain click). Cancelable: a host that routes itself (the shell) prevents the browser's navigation and shows `href` its own way.
 * @csspart item - One appointment.
 * @csspart list - The list.
 * @csspart toolbar - The upcoming/past switch.
 * @csspart show-all - With `max-items`: the button that shows the rest of the view; with `all-href` too, the link to the host's page.
 * @csspart change - The "Endre time" launcher (<hn-handoff-launcher>) of an appointment.
 * @cssprop --hn-color-surface - Background of each item.
 * @cssprop --hn-color-border - Item border.
 */
export class HnAppointmentList extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    view: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hostCancel: { type: Boolean, attribute: 'host-cancel' },
    now: { attribute: false },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    maxItems: { type: Number, attribute: 'max-items' },
    allHref: { type: String, attribute: 'all-href' },
    showAll: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself. When set, the element fetches nothing. */
  declare bundle: Bundle | undefined;
  /** Which appointments to show: `upcoming` (default) or `past`. */
  declare view: AppointmentListView;
  /** ARIA level of each appointment's heading (default 3). */
  declare headingLevel: number;
  /** With `.bundle`: show "cancel" and leave the cancelling to the host (listen for hn-appointment-cancel). */
  declare hostCancel: boolean;
  /** The moment that splits upcoming from past. Defaults to the time of each load. */
  declare now: Date | undefined;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;
  /**
   * Shows at most this many appointments of the view, followed by a button that shows the rest
   * (e.g. 3 on an overview page). Unset, or less than 1: all of them.
   */
  declare maxItems: number | undefined;
  /**
   * With `max-items`: the host's page that shows the whole list (a path or an `https:` URL). The
   * list is then a summary for an overview page: the first upcoming appointments as one link each,
   * to that appointment on that page, then a link to the page; no view switch, no actions.
   */
  declare allHref: string | undefined;

  declare private showAll: boolean;
  private readonly announcer = new Announcer(this);

  /** Loading, its states, banner and notices, aria-busy and 401s: core's data-component frame. */
  private readonly data = new DataFrameController<AppointmentData>(this, {
    scope: 'appointments',
    fromBundle: (bundle) => appointmentsFromBundle(bundle, this.moment),
    fromSources: (session, signal) => appointmentsFromSources(session, { signal, now: this.moment, timeoutMs: this.requestTimeout }),
    afterRetry: () => this.announcer.announce(() => this.t('retried')),
  });
  private readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')],
  });
  /** When the focused control goes (a retry, a notice whose source is back): the view's toolbar, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () =>
      this.renderRoot.querySelector<HTMLElement>('[part="toolbar"] [aria-pressed="true"]') ?? this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });
  /** The appointment a link named in the page's fragment (`#<source>/Appointment/<id>`): its view, listed, in sight, focused. */
  private readonly fragmentTarget = new FragmentTargetController(this, { reveal: (target, moveFocus) => this.reveal(target, moveFocus) });
  /** The summary for an overview page (`max-items` with `all-href`): core's one way of showing one. */
  private readonly summary = new SummaryForm(this, () => this.limit);
  /** The cancel dialog's state and the write behind it (see cancel-controller.ts). */
  private readonly cancel = new CancelController(this, {
    confirmed: (item) =>
      this.emit<AppointmentCancelDetail>('hn-appointment-cancel', { id: item.id, sourceId: item.sourceId, appointment: item.resource }, { cancelable: true }),
    sourceFor: (item) => (this.bundle === undefined ? this.currentSession?.sources.find((s) => s.id === item.sourceId) : undefined),
    timeoutMs: () => this.requestTimeout,
    cancelled: (item, saved) => {
      this.applyServerAnswer(item, saved);
      this.announcer.announce(() => this.t('cancelled', { title: item.title }));
      this.emit<AppointmentCancelledDetail>('hn-appointment-cancelled', { id: item.id, sourceId: item.sourceId, appointment: saved });
    },
    failed: ({ error }) => this.reportAuthRequired([error]),
  });

  constructor() {
    super();
    this.view = 'upcoming';
    this.headingLevel = 3;
    this.hostCancel = false;
    this.requestTimeout = 10_000;
    this.showAll = false;
  }

  private get moment(): Date {
    return this.now ?? new Date();
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
    // Another view, or another limit, starts short again.
    if (changed.has('view') || changed.has('maxItems')) this.showAll = false;
    this.data.syncHost(this.bundle);
  }

  private t(key: AppointmentMessageKey, params?: Record<string, string | number>): string {
    return this.msg(appointmentMessages, key, params);
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Shows what the server now says about the appointment, not what we asked for. */
  private applyServerAnswer(item: AppointmentView, saved: Appointment): void {
    const data = this.data.value;
    if (!data) return;
    const status = saved.status ?? item.status;
    const stillOpen = status !== 'cancelled';
    const updated: AppointmentView = {
      ...item,
      status,
      resource: saved,
      cancellable: item.cancellable && stillOpen,
      changeLink: stillOpen ? item.changeLink : undefined,
    };
    this.data.setValue({ ...data, items: data.items.map((i) => (i.key === item.key ? updated : i)) });
  }

  private downloadCalendar(item: AppointmentView): void {
    const ics = appointmentToIcs(item, { preparationLabel: this.t('preparation'), videoLabel: this.t('video') });
    const fileName = icsFileName(item);
    const proceed = this.emit<AppointmentCalendarDetail>(
      'hn-appointment-calendar',
      { id: item.id, sourceId: item.sourceId, ics, fileName },
      { cancelable: true },
    );
    if (!proceed) return;
    saveBlob(this.renderRoot, new Blob([ics], { type: 'text/calendar;charset=utf-8' }), fileName);
    this.announcer.announce(() => this.t('calendarDone'));
  }

  private setView(view: AppointmentListView): void {
    this.view = view;
  }

  /** How many appointments of the view to list: all (undefined), or `maxItems` until the rest is asked for. */
  private get limit(): number | undefined {
    return this.showAll ? undefined : itemLimit(this.maxItems);
  }

  /**
   * Shows the appointment `target` names: its view (upcoming or past), the whole list when a short
   * form would leave it out, scrolled into sight and, with `moveFocus`, focused.
   */
  private async reveal(target: ItemTarget, moveFocus: boolean): Promise<FragmentReveal> {
    const data = this.data.value;
    if (!data) return 'not-yet';
    const item = data.items.find((i) => isItemTarget(target, i.sourceId, `Appointment/${i.id}`));
    if (!item) return 'absent';
    if (this.view !== item.timing) {
      this.view = item.timing;
      await this.updateComplete;
    }
    const index = data.items.filter((i) => i.timing === this.view).indexOf(item);
    const limit = this.limit;
    if (limit !== undefined && index >= limit) {
      this.showAll = true;
      await this.updateComplete;
    }
    const article = this.renderRoot.querySelector<HTMLElement>(`article[data-key="${CSS.escape(item.key)}"]`);
    article?.scrollIntoView({ block: 'nearest' });
    if (moveFocus) this.roving.focus(index);
    return 'shown';
  }

  /** Lists the rest of the view, and moves focus to the first appointment that was not listed. */
  private async showRest(): Promise<void> {
    const firstNew = this.limit ?? 0;
    this.showAll = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')[firstNew]?.focus();
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
        ...(this.summary.rows !== undefined ? { loading: () => this.summary.placeholder(this.t('openPage')) } : {}),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
      ${this.renderDialog()}
    `;
  }

  /** The appointments of the view; the frame shows the states instead (and never another person's while theirs load). */
  private renderData(data: AppointmentData, notices: TemplateResult) {
    const locale = this.currentLocale;
    if (this.summary.rows !== undefined) return html`${notices}${this.renderSummary(data)}`;
    const shown = data.items.filter((item) => item.timing === this.view);
    return html`
      <div part="toolbar" class="toolbar" role="group" aria-label=${this.t('viewChoice')}>
        ${(['upcoming', 'past'] as const).map(
          (view) => html`<button
            type="button"
            class="toggle"
            aria-pressed=${this.view === view ? 'true' : 'false'}
            @click=${() => this.setView(view)}
          >
            ${this.t(view)} <span class="count">(${data.items.filter((i) => i.timing === view).length})</span>
          </button>`,
        )}
      </div>
      ${notices}
      ${shown.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t(this.view === 'upcoming' ? 'emptyUpcoming' : 'emptyPast')}></hn-state>`
        : this.renderList(shown)}
    `;
  }

  /** The summary for an overview page: the first upcoming appointments and the way to the rest. */
  private renderSummary(data: AppointmentData) {
    const upcoming = data.items.filter((item) => item.timing === 'upcoming');
    const ctx = { t: (key: AppointmentMessageKey, params?: Record<string, string | number>) => this.t(key, params), locale: this.currentLocale, live: this.bundle === undefined, session: this.currentSession };
    return this.summary.list(
      upcoming,
      (item) => appointmentSummaryRow(item, ctx),
      { label: this.t('upcoming'), openPage: this.t('openPage'), showAll: (count) => this.t('showAllUpcoming', { count }) },
      html`<hn-state kind="empty" locale=${this.currentLocale} .message=${this.t('emptyUpcoming')}></hn-state>`,
    );
  }

  private renderList(shown: readonly AppointmentView[]) {
    const limit = this.limit;
    const listed = limit !== undefined && shown.length > limit ? shown.slice(0, limit) : shown;
    const context: ItemContext = {
      t: (key, params) => this.t(key, params),
      locale: this.currentLocale,
      session: this.currentSession,
      live: this.bundle === undefined,
      cancelOffered: this.bundle === undefined || this.hostCancel,
      headingLevel: this.headingLevel,
      hintId: LIST_HINT_ID,
      onCalendar: (item) => this.downloadCalendar(item),
      onCancel: (item) => this.cancel.open(item),
    };
    return html`${listHint(this.currentLocale, this.t('listItems'))}
      <ul part="list" class="list card-list" aria-label=${this.t(this.view)}>
        ${listed.map((item) => appointmentItem(item, context))}
      </ul>
      ${listed.length < shown.length
        ? html`<button type="button" part="show-all" class="button show-all" @click=${this.showRest}>
            ${this.t(this.view === 'upcoming' ? 'showAllUpcoming' : 'showAllPast', { count: shown.length })}
          </button>`
        : nothing}`;
  }

  private renderDialog() {
    const { pending: item, busy, failure } = this.cancel;
    const representation = this.currentSession?.representation;
    // Focus returns to the appointment itself: after "Ja, avbestill" its cancel button is gone, and
    // the appointment (named by its heading, described by its status "Avlyst") says what happened.
    const subject = item ?? this.cancel.subject;
    const article = subject ? this.renderRoot.querySelector<HTMLElement>(`article[data-key="${CSS.escape(subject.key)}"]`) : null;
    return html`<hn-confirm-dialog
      locale=${this.currentLocale}
      ?open=${item !== undefined}
      danger
      .heading=${this.t('cancelHeading')}
      .confirmLabel=${this.t('cancelConfirm')}
      .cancelLabel=${this.t('cancelKeep')}
      .busy=${busy}
      .error=${failure ? withSourceWords((params) => this.t('cancelFailed', params), { reason: sourceErrorWords(failure.error, failure.source, this.currentLocale) }, [], '') : undefined}
      .returnFocus=${article ?? undefined}
      @hn-dialog-confirm=${() => this.cancel.confirm()}
      @hn-dialog-cancel=${() => this.cancel.close()}
    >
      ${item
        ? html`<p>${withSourceWords(
              (params) => this.t('cancelBody', params),
              { title: item.title, when: whenText(item, this.t.bind(this), this.currentLocale) },
              ['title'],
              appointmentLanguage(item, { live: this.bundle === undefined, session: this.currentSession }),
            )}</p>
            ${representation ? html`<p>${this.t('cancelOnBehalf', { name: representation.person.name })}</p>` : nothing}`
        : nothing}
    </hn-confirm-dialog>`;
  }
}
