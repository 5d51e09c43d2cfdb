import { formatDateTime, type Locale, type Session, type SummaryRow } from '@hn-elements/core';
import { appointmentLanguage, statusBadgeOf, whenText, type Translate } from './appointment-item.js';
import type { AppointmentView } from './model.js';

/**
 * One appointment as a row of the overview's summary: what, when (its start, short), where, and its status when it
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
    // The time short ("24. nov. 2026, 10:00"): a row is one line of facts where it fits.
    meta: [item.tentative ? whenText(item, ctx.t, ctx.locale) : formatDateTime(item.start, ctx.locale, 'date-time'), ...(where ? [where] : [])],
    badge: item.status === 'booked' ? undefined : statusBadgeOf(item, ctx.t),
  };
}
