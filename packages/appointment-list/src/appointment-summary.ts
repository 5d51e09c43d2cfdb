import type { Locale, Session, SummaryRow } from '@hn-elements/core';
import { appointmentLanguage, statusBadgeOf, whenText, type Translate } from './appointment-item.js';
import type { AppointmentView } from './model.js';

/**
 * One appointment as a row of the overview's summary: what, when, where, and its status when it
 * is anything but booked (cancelled, waiting for an answer, ...). The row links to the appointment
 * on the list's own page.
 */
export function appointmentSummaryRow(item: AppointmentView, ctx: { t: Translate; locale: Locale; live: boolean; session: Session | undefined }): SummaryRow {
  const where = item.place?.name ?? item.organization ?? item.sourceName;
  return {
    key: item.key,
    target: { ...(item.sourceId ? { sourceId: item.sourceId } : {}), reference: `Appointment/${item.id}` },
    title: item.title,
    lang: appointmentLanguage(item, ctx),
    meta: [whenText(item, ctx.t, ctx.locale), ...(where ? [where] : [])],
    badge: item.status === 'booked' ? undefined : statusBadgeOf(item, ctx.t),
  };
}
