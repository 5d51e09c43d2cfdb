// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) of <hn-appointment-list>.
export type { AppointmentListEventMap, HandoffErrorDetail, HandoffStartDetail } from './dom-types.js';
export * from './hn-appointment-list.js';
export * from './model.js';
export { appointmentToIcs, icsFileName, escapeIcsText, foldIcsLine } from './ics.js';
export { appointmentsFromBundle, appointmentsFromSources, AllSourcesFailedError, type AppointmentData } from './load-appointments.js';
export { appointmentMessages } from './messages.js';
