import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessages, formatDateTime, sourceLabel, translate, sourceLanguage, statusBadge, type BadgeTone, type Locale, type Session } from '@hn-elements/core';
import type { AppointmentMessageKey } from './messages.js';
import type { AppointmentStatus, AppointmentView } from './model.js';
import { launcherTemplate } from '@hn-elements/handoff-launcher';

/** The text of one of the list's messages in the element's locale. */
export type Translate = (key: AppointmentMessageKey, params?: Record<string, string | number>) => string;

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

/** The appointment's status as a badge: its word in the locale, its tone. */
export function statusBadgeOf(item: AppointmentView, t: Translate) {
  return statusBadge(STATUS_TONE[item.status], t(STATUS_KEY[item.status]));
}

/** What one appointment's template needs from the element. */
export interface ItemContext {
  t: Translate;
  locale: Locale;
  session: Session | undefined;
  /** Live mode: the element fetched the data from the session's sources (no `.bundle`). */
  live: boolean;
  /** Whether a cancellable appointment gets a cancel button (live mode, or `host-cancel`). */
  cancelOffered: boolean;
  /** ARIA level of the appointment's heading (2–6). */
  headingLevel: number;
  /** Id of the list's hint ("Bruk piltastene for å gå mellom timene"), which describes every appointment. */
  hintId: string;
  onCalendar: (item: AppointmentView) => void;
  onCancel: (item: AppointmentView) => void;
}

/** When an appointment is, in words: "tirsdag 24. november 2026, kl. 10:00–10:30", or the requested period. */
export function whenText(item: AppointmentView, t: Translate, locale: Locale): string {
  if (item.tentative) {
    return t('tentative', {
      start: formatDateTime(item.start, locale, 'long-date'),
      end: item.end ? formatDateTime(item.end, locale, 'long-date') : '',
    });
  }
  const day = formatDateTime(item.start, locale, 'weekday-date');
  const start = formatDateTime(item.start, locale, 'time');
  const time = item.end ? t('timeRange', { start, end: formatDateTime(item.end, locale, 'time') }) : t('timeAt', { start });
  return `${day}, ${time}`;
}

/**
 * The language of what the appointment's source wrote (its title, description, places): the
 * appointment's own `language`, else its source's in live mode, else bokmål (core's `sourceLanguage`).
 */
export function appointmentLanguage(item: AppointmentView, ctx: Pick<ItemContext, 'live' | 'session'>): string {
  return sourceLanguage(item.resource.language, ctx.live ? ctx.session?.sources.find((s) => s.id === item.sourceId) : undefined);
}

/** One appointment: `part="item"`, an `<article data-key>` the roving tabindex moves between, its facts and actions. */
export function appointmentItem(item: AppointmentView, ctx: ItemContext) {
  const { t } = ctx;
  const titleId = `title-${item.key.replace(/[^\w-]/g, '_')}`;
  const statusId = `status-${item.key.replace(/[^\w-]/g, '_')}`;
  // Text from the source is in the source's language, whatever the citizen's locale.
  const lang = appointmentLanguage(item, ctx);
  const level = Math.min(6, Math.max(2, Math.round(ctx.headingLevel) || 3));
  const minutes = item.end && !item.tentative ? Math.round((item.end.getTime() - item.start.getTime()) / 60_000) : undefined;
  return html`<li part="item" class="item item--${item.status}">
    <article class="card ${item.status === 'cancelled' || item.status === 'noshow' ? 'card--quiet' : ''}" data-key=${item.key} aria-labelledby=${titleId} aria-describedby="${statusId} ${ctx.hintId}" tabindex="-1">
      <div class="card-head">
        <p id=${titleId} class="title" role="heading" aria-level=${level} lang=${lang}>${item.title}</p>
        ${statusBadge(STATUS_TONE[item.status], t(STATUS_KEY[item.status]), undefined, statusId)}
      </div>
      <dl class="facts">
        <div>
          <dt>${t('when')}</dt>
          <dd>${whenText(item, t, ctx.locale)}${minutes ? html` <span class="muted">(${t('minutes', { count: minutes })})</span>` : nothing}</dd>
        </div>
        ${place(item, t, lang, ctx.locale)}
        ${item.practitioner || item.organization
          ? html`<div>
              <dt>${t('with')}</dt>
              <dd lang=${lang}>${[item.practitioner, item.organization].filter(Boolean).join(', ')}</dd>
            </div>`
          : nothing}
      </dl>
      ${item.description ? html`<p class="description" lang=${lang}>${item.description}</p>` : nothing}
      ${item.cancellationReason
        ? html`<p class="description"><strong>${t('cancellationReason')}:</strong> <span lang=${lang}>${item.cancellationReason}</span></p>`
        : nothing}
      ${item.preparation
        ? html`<details class="preparation">
            <summary>${t('preparation')}</summary>
            <p lang=${lang}>${item.preparation}</p>
          </details>`
        : nothing}
      ${item.sourceName ? sourceLabel(ctx.locale, item.sourceName, undefined, lang) : nothing}
      <div class="actions">
        ${changeLauncher(item, ctx)}
        ${item.timing === 'upcoming' && item.status !== 'cancelled' && !item.tentative
          ? html`<button type="button" class="button button--tertiary" @click=${() => ctx.onCalendar(item)}>${t('calendar')}</button>`
          : nothing}
        ${item.cancellable && ctx.cancelOffered
          ? html`<button type="button" class="button button--tertiary button--danger" @click=${() => ctx.onCancel(item)}>${t('cancel')}</button>`
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
function changeLauncher(item: AppointmentView, ctx: ItemContext) {
  const link = item.changeLink;
  if (!link) return nothing;
  const source = ctx.live ? ctx.session?.sources.find((s) => s.id === item.sourceId) : undefined;
  return launcherTemplate({ link, source, part: 'change', label: ctx.t('change'), subject: item.title, destination: item.sourceName, destinationIsSource: true, lang: appointmentLanguage(item, ctx), variant: 'primary', locale: ctx.locale, session: ctx.session });
}

function place(item: AppointmentView, t: Translate, lang: string, locale: Locale) {
  if (item.mode === 'video') {
    return html`<div>
      <dt>${t('where')}</dt>
      <dd>
        ${t('video')}.
        ${item.videoUrl
          ? html`<a href=${item.videoUrl} rel="noopener noreferrer" target="_blank">${t('joinVideo')} <span class="new-tab">${translate(coreMessages, locale, 'newTab')}</span></a>`
          : html`<span class="muted">${t('videoLinkMissing')}</span>`}
      </dd>
    </div>`;
  }
  if (item.mode === 'phone') {
    return html`<div><dt>${t('where')}</dt><dd>${t('phone')}</dd></div>`;
  }
  if (!item.place) return nothing;
  return html`<div>
    <dt>${t('where')}</dt>
    <dd lang=${lang}>${item.place.name}${item.place.address ? html`<br /><span class="muted">${item.place.address}</span>` : nothing}</dd>
  </div>`;
}

/** A FHIR base as an absolute URL without a trailing slash (the SMART `iss`). */
