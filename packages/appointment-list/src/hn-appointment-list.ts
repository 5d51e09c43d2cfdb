import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Appointment, Bundle } from '@hn-elements/core';
import {
  FhirClient,
  FhirError,
  HnElement,
  RovingTabindexController,
  SourcesLoadController,
  fhirErrorMessage,
  formatDateTime,
  sessionAllows,
  sourceLabel,
  statusBadge,
  type BadgeTone,
} from '@hn-elements/core';
import { appointmentMessages, type AppointmentMessageKey } from './messages.js';
import { cancelledAppointment, type AppointmentStatus, type AppointmentView } from './model.js';
import { appointmentToIcs, icsFileName } from './ics.js';
import { AllSourcesFailedError, appointmentsFromBundle, appointmentsFromSources, type AppointmentData } from './load-appointments.js';
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

export type { AuthRequiredDetail } from '@hn-elements/core';

const STATUS_KEY: Record<AppointmentStatus, AppointmentMessageKey> = {
  proposed: 'statusProposed',
  pending: 'statusPending',
  booked: 'statusBooked',
  arrived: 'statusArrived',
  'checked-in': 'statusCheckedIn',
  fulfilled: 'statusFulfilled',
  cancelled: 'statusCancelled',
  noshow: 'statusNoshow',
  'entered-in-error': 'statusCancelled',
  waitlist: 'statusWaitlist',
};

const STATUS_TONE: Record<AppointmentStatus, BadgeTone> = {
  proposed: 'info',
  pending: 'info',
  booked: 'success',
  arrived: 'info',
  'checked-in': 'info',
  fulfilled: 'neutral',
  cancelled: 'danger',
  noshow: 'warning',
  'entered-in-error': 'neutral',
  waitlist: 'info',
};

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
 * @csspart item - One appointment.
 * @csspart list - The list.
 * @csspart toolbar - The upcoming/past switch.
 * @csspart show-all - With `max-items`: the button that shows the rest of the view.
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
    showAll: { state: true },
    pendingCancel: { state: true },
    cancelBusy: { state: true },
    cancelError: { state: true },
    announcement: { state: true },
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

  declare private showAll: boolean;

  declare private pendingCancel: AppointmentView | undefined;
  declare private cancelBusy: boolean;
  declare private cancelError: string | undefined;
  declare private announcement: string;

  private readonly data = new SourcesLoadController<AppointmentData>(this, {
    fromBundle: (bundle) => appointmentsFromBundle(bundle, this.moment),
    fromSources: (session, signal) => appointmentsFromSources(session, { signal, now: this.moment, timeoutMs: this.requestTimeout }),
    reportErrors: (errors) => this.reportAuthRequired(errors),
  });
  private readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')],
  });
  private cancelAbort?: AbortController;

  constructor() {
    super();
    this.view = 'upcoming';
    this.headingLevel = 3;
    this.hostCancel = false;
    this.requestTimeout = 10_000;
    this.cancelBusy = false;
    this.announcement = '';
    this.showAll = false;
  }

  private get moment(): Date {
    return this.now ?? new Date();
  }

  private get allowed(): boolean {
    return sessionAllows(this.currentSession, 'appointments');
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.data.forget();
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelAbort?.abort();
    this.cancelAbort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another view, or another limit, starts short again.
    if (changed.has('view') || changed.has('maxItems')) this.showAll = false;
    if (this.isConnected) this.data.sync({ bundle: this.bundle, session: this.currentSession, allowed: this.allowed });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const busy = this.data.state.status === 'loading' || (this.data.state.status === 'idle' && this.allowed);
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  private t(key: AppointmentMessageKey, params?: Record<string, string | number>): string {
    return this.msg(appointmentMessages, key, params);
  }

  private whenText(item: AppointmentView): string {
    const locale = this.currentLocale;
    if (item.tentative) {
      return this.t('tentative', {
        start: formatDateTime(item.start, locale, 'long-date'),
        end: item.end ? formatDateTime(item.end, locale, 'long-date') : '',
      });
    }
    const day = formatDateTime(item.start, locale, 'weekday-date');
    const start = formatDateTime(item.start, locale, 'time');
    const time = item.end
      ? this.t('timeRange', { start, end: formatDateTime(item.end, locale, 'time') })
      : this.t('timeAt', { start });
    return `${day}, ${time}`;
  }

  // ---- actions -------------------------------------------------------------------------------

  private openCancel(item: AppointmentView): void {
    this.pendingCancel = item;
    this.cancelError = undefined;
    this.cancelBusy = false;
  }

  private closeCancel(): void {
    if (this.cancelBusy) return;
    this.pendingCancel = undefined;
    this.cancelError = undefined;
  }

  private async confirmCancel(): Promise<void> {
    const item = this.pendingCancel;
    if (!item || this.cancelBusy) return;
    const proceed = this.emit<AppointmentCancelDetail>(
      'hn-appointment-cancel',
      { id: item.id, sourceId: item.sourceId, appointment: item.resource },
      { cancelable: true },
    );
    const source = this.currentSession?.sources.find((s) => s.id === item.sourceId);
    if (!proceed || !source || this.bundle !== undefined) {
      this.pendingCancel = undefined;
      return;
    }
    this.cancelBusy = true;
    this.cancelError = undefined;
    this.cancelAbort = new AbortController();
    const signal = this.cancelAbort.signal;
    try {
      const client = new FhirClient(source, { timeoutMs: this.requestTimeout });
      const current = await client.read<Appointment>('Appointment', item.id, { signal });
      const saved = await client.update(cancelledAppointment(current.resource), { ifMatch: current.etag, signal });
      this.applyServerAnswer(item, saved.resource);
      this.cancelBusy = false;
      this.pendingCancel = undefined;
      this.announcement = this.t('cancelled', { title: item.title });
      this.emit<AppointmentCancelledDetail>('hn-appointment-cancelled', { id: item.id, sourceId: item.sourceId, appointment: saved.resource });
    } catch (error) {
      if (signal.aborted) return;
      this.cancelBusy = false;
      if (error instanceof FhirError) this.reportAuthRequired([error]);
      const reason = fhirErrorMessage(error, source.name, this.currentLocale);
      const diagnostics = error instanceof FhirError && error.diagnostics ? ` (${error.diagnostics})` : '';
      this.cancelError = this.t('cancelFailed', { reason: reason + diagnostics });
    } finally {
      this.cancelAbort = undefined;
    }
  }

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
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.announcement = this.t('calendarDone');
  }

  private setView(view: AppointmentListView): void {
    this.view = view;
  }

  /** How many appointments of the view to list: all (undefined), or `maxItems` until the rest is asked for. */
  private get limit(): number | undefined {
    const max = Math.floor(this.maxItems ?? Number.NaN);
    return !this.showAll && max >= 1 ? max : undefined;
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
    const session = this.currentSession;
    return html`
      ${session?.representation ? html`<hn-on-behalf-banner .session=${session} locale=${this.currentLocale}></hn-on-behalf-banner>` : nothing}
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderDialog()}
    `;
  }

  private renderBody() {
    const locale = this.currentLocale;
    if (!this.allowed) {
      return html`<hn-state kind="empty" locale=${locale} .message=${this.t('noAccess')}></hn-state>`;
    }
    const state = this.data.state;
    if (state.status === 'error') {
      return html`<hn-state kind="error" locale=${locale} .heading=${this.t('loadError')} .message=${this.errorText(state.error)} @hn-retry=${this.reload}></hn-state>`;
    }
    const data = this.data.value;
    // After a switch of person, the previous person's appointments are not shown while the new ones load.
    const someoneElse = data?.patient !== undefined && data.patient !== this.currentSession?.patient.reference;
    if (!data || someoneElse) return html`<hn-state kind="loading" locale=${locale}></hn-state>`;
    const shown = data.items.filter((item) => item.timing === this.view);
    const failedNames = data.failures.map((f) => f.source.name);
    const incompleteNames = data.incomplete.map((source) => source.name);
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
      ${failedNames.length || incompleteNames.length
        ? html`<hn-sources-notice locale=${locale} .failed=${failedNames} .incomplete=${incompleteNames} @hn-retry=${this.reload}></hn-sources-notice>`
        : nothing}
      ${data.skipped ? html`<p class="skipped" role="status">${this.t('itemsSkipped', { count: data.skipped })}</p>` : nothing}
      ${shown.length === 0
        ? html`<hn-state kind="empty" locale=${locale} .message=${this.t(this.view === 'upcoming' ? 'emptyUpcoming' : 'emptyPast')}></hn-state>`
        : this.renderList(shown)}
    `;
  }

  private renderList(shown: readonly AppointmentView[]) {
    const limit = this.limit;
    const listed = limit !== undefined && shown.length > limit ? shown.slice(0, limit) : shown;
    return html`<ul part="list" class="list" aria-label=${this.t(this.view)}>
        ${listed.map((item) => this.renderItem(item))}
      </ul>
      ${listed.length < shown.length
        ? html`<button type="button" part="show-all" class="button show-all" @click=${this.showRest}>
            ${this.t(this.view === 'upcoming' ? 'showAllUpcoming' : 'showAllPast', { count: shown.length })}
          </button>`
        : nothing}`;
  }

  private errorText(error: unknown): string {
    const locale = this.currentLocale;
    if (error instanceof AllSourcesFailedError) {
      return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, locale)).join(' ');
    }
    return fhirErrorMessage(error, this.t('listLabel'), locale);
  }

  private renderItem(item: AppointmentView) {
    const titleId = `title-${item.key.replace(/[^\w-]/g, '_')}`;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const minutes = item.end && !item.tentative ? Math.round((item.end.getTime() - item.start.getTime()) / 60_000) : undefined;
    const canCancel = item.cancellable && (this.bundle === undefined || this.hostCancel);
    return html`<li part="item" class="item item--${item.status}">
      <article data-key=${item.key} aria-labelledby=${titleId} tabindex="-1">
        <div class="item-head">
          <p id=${titleId} class="title" role="heading" aria-level=${level}>${item.title}</p>
          ${statusBadge(STATUS_TONE[item.status], this.t(STATUS_KEY[item.status]))}
        </div>
        <dl class="facts">
          <div>
            <dt>${this.t('when')}</dt>
            <dd>${this.whenText(item)}${minutes ? html` <span class="muted">(${this.t('minutes', { count: minutes })})</span>` : nothing}</dd>
          </div>
          ${this.renderPlace(item)}
          ${item.practitioner || item.organization
            ? html`<div>
                <dt>${this.t('with')}</dt>
                <dd>${[item.practitioner, item.organization].filter(Boolean).join(', ')}</dd>
              </div>`
            : nothing}
        </dl>
        ${item.description ? html`<p class="description">${item.description}</p>` : nothing}
        ${item.cancellationReason
          ? html`<p class="description"><strong>${this.t('cancellationReason')}:</strong> ${item.cancellationReason}</p>`
          : nothing}
        ${item.preparation
          ? html`<details class="preparation">
              <summary>${this.t('preparation')}</summary>
              <p>${item.preparation}</p>
            </details>`
          : nothing}
        ${item.sourceName ? sourceLabel(this.currentLocale, item.sourceName) : nothing}
        <div class="actions">
          ${item.timing === 'upcoming' && item.status !== 'cancelled' && !item.tentative
            ? html`<button type="button" class="button" @click=${() => this.downloadCalendar(item)}>${this.t('calendar')}</button>`
            : nothing}
          ${this.renderChange(item)}
          ${canCancel
            ? html`<button type="button" class="button button--danger" @click=${() => this.openCancel(item)}>${this.t('cancel')}</button>`
            : nothing}
        </div>
      </article>
    </li>`;
  }

  /**
   * "Endre time": a seamless hand-off to the source's booking, through <hn-handoff-launcher>, which
   * checks the link against the session's allowlist. A SMART app is launched with the source's FHIR
   * base as `iss`; without a source (bundle mode) the link is opened as a plain deep link.
   */
  private renderChange(item: AppointmentView) {
    const link = item.changeLink;
    if (!link) return nothing;
    const session = this.currentSession;
    const source = this.bundle === undefined ? session?.sources.find((s) => s.id === item.sourceId) : undefined;
    const iss = link.smart && source ? absoluteBase(source.fhirBase) : undefined;
    return html`<hn-handoff-launcher
      part="change"
      href=${link.href}
      destination=${ifDefined(item.sourceName || undefined)}
      label=${this.t('change')}
      locale=${this.currentLocale}
      launch=${ifDefined(iss ? 'smart' : undefined)}
      iss=${ifDefined(iss)}
      source-id=${ifDefined(iss ? item.sourceId : undefined)}
      .session=${session}
    ></hn-handoff-launcher>`;
  }

  private renderPlace(item: AppointmentView) {
    if (item.mode === 'video') {
      return html`<div>
        <dt>${this.t('where')}</dt>
        <dd>
          ${this.t('video')}.
          ${item.videoUrl
            ? html`<a href=${item.videoUrl} rel="noopener noreferrer" target="_blank">${this.t('joinVideo')}</a>`
            : html`<span class="muted">${this.t('videoLinkMissing')}</span>`}
        </dd>
      </div>`;
    }
    if (item.mode === 'phone') {
      return html`<div><dt>${this.t('where')}</dt><dd>${this.t('phone')}</dd></div>`;
    }
    if (!item.place) return nothing;
    return html`<div>
      <dt>${this.t('where')}</dt>
      <dd>${item.place.name}${item.place.address ? html`<br /><span class="muted">${item.place.address}</span>` : nothing}</dd>
    </div>`;
  }

  private renderDialog() {
    const item = this.pendingCancel;
    const representation = this.currentSession?.representation;
    const article = item ? this.renderRoot.querySelector<HTMLElement>(`article[data-key="${CSS.escape(item.key)}"]`) : null;
    return html`<hn-confirm-dialog
      locale=${this.currentLocale}
      ?open=${item !== undefined}
      danger
      .heading=${this.t('cancelHeading')}
      .confirmLabel=${this.t('cancelConfirm')}
      .cancelLabel=${this.t('cancelKeep')}
      .busy=${this.cancelBusy}
      .error=${this.cancelError}
      .returnFocus=${article ?? undefined}
      @hn-dialog-confirm=${this.confirmCancel}
      @hn-dialog-cancel=${this.closeCancel}
    >
      ${item
        ? html`<p>${this.t('cancelBody', { title: item.title, when: this.whenText(item) })}</p>
            ${representation ? html`<p>${this.t('cancelOnBehalf', { name: representation.person.name })}</p>` : nothing}`
        : nothing}
    </hn-confirm-dialog>`;
  }
}

/** A FHIR base as an absolute URL without a trailing slash (the SMART `iss`). */
function absoluteBase(base: string): string | undefined {
  try {
    return new URL(base, document.baseURI).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
