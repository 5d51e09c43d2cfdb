import { html, nothing } from 'lit';
import { formatDateTime, hostPageUrl, itemFragment, type Locale, type NavigateDetail } from '@hn-elements/core';
import type { LinkedAppointment, LinkedLetter, ReferralView } from './model.js';
import type { Translate } from './rights.js';

/** Where the linked appointments and letters go, and how a followed link is offered to the host. */
export interface LinkTargets {
  /** The host's page with the appointment list (`appointments-href`). */
  appointments?: string | undefined;
  /** The host's page with the inbox (`inbox-href`). */
  inbox?: string | undefined;
  /** A link was followed: offer it to the host (`hn-navigate`). */
  navigate: (event: MouseEvent, detail: NavigateDetail) => void;
}

interface LineContext {
  t: Translate;
  locale: Locale;
  lang: string;
  sourceId: string;
  links: LinkTargets;
}

/**
 * The line's text as a link to the host's page, the item named in the fragment
 * (`#<source id>/<Resource>/<id>`; `#<Resource>/<id>` for a host's bundle, which has no source id),
 * when the host said where that page is; else the text alone.
 */
function linkTo(page: string | undefined, reference: string, ctx: LineContext, text: unknown) {
  const href = hostPageUrl(page, itemFragment({ reference, ...(ctx.sourceId ? { sourceId: ctx.sourceId } : {}) }));
  if (!href) return text;
  const detail: NavigateDetail = { href, reference, ...(ctx.sourceId ? { sourceId: ctx.sourceId } : {}) };
  // One span inside: the link is a flex box (for its 44 px), and a flex box's children are read with
  // a space between them ("Hjerteundersøkelse , tirsdag").
  return html`<a href=${href} @click=${(event: MouseEvent) => ctx.links.navigate(event, detail)}><span>${text}</span></a>`;
}

function appointmentLine(appointment: LinkedAppointment, ctx: LineContext) {
  const { t, locale, lang } = ctx;
  const when = appointment.start
    ? `${formatDateTime(appointment.start, locale, 'weekday-date')}, ${t('timeAt', { time: formatDateTime(appointment.start, locale, 'time') })}`
    : '';
  const text = html`${appointment.title ? html`<span lang=${lang}>${appointment.title}</span>${when ? ', ' : ''}` : nothing}${when}`;
  return html`<li data-reference=${appointment.reference}>${linkTo(ctx.links.appointments, appointment.reference, ctx, text)}</li>`;
}

function letterLine(letter: LinkedLetter, ctx: LineContext) {
  const { t, locale, lang } = ctx;
  const date = letter.date ? `, ${formatDateTime(letter.date, locale, 'long-date')}` : '';
  const text = html`${t(letter.kind)}${letter.title ? html`: <span lang=${lang}>${letter.title}</span>` : nothing}${date}`;
  return html`<li data-reference=${letter.reference}>${linkTo(ctx.links.inbox, letter.reference, ctx, text)}</li>`;
}

/**
 * The appointments and letters the data links to the referral, each a link to where the host shows
 * it in full (the appointment list, the inbox) when the host gave those pages.
 */
export function linked(item: ReferralView, ctx: { t: Translate; locale: Locale; level: number; lang: string; links: LinkTargets }) {
  const line = { ...ctx, sourceId: item.sourceId };
  return html`${item.appointments.length
    ? html`<div class="linked">
        <p class="sub-heading" role="heading" aria-level=${ctx.level}>${ctx.t('appointments')}</p>
        <ul>${item.appointments.map((a) => appointmentLine(a, line))}</ul>
      </div>`
    : nothing}
  ${item.letters.length
    ? html`<div class="linked">
        <p class="sub-heading" role="heading" aria-level=${ctx.level}>${ctx.t('letters')}</p>
        <ul>${item.letters.map((l) => letterLine(l, line))}</ul>
      </div>`
    : nothing}`;
}
