// The DOM's own type maps learn <hn-appointment-list> and its events, so `querySelector('hn-appointment-list')` and
// `addEventListener('<event>', e => e.detail)` are typed in any TypeScript host. index.ts and
// define.ts import this file, so its declarations travel with every entry point's .d.ts.
// scripts/manifest.mjs checks the element's `@fires` detail types against the event map.
import type { AppointmentCalendarDetail, AppointmentCancelDetail, AppointmentCancelledDetail, HnAppointmentList } from './hn-appointment-list.js';
// The launcher's events bubble out of this element too; their map comes with the launcher's types.
export type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';

/** The events this package's elements fire, with their `detail` types. */
export interface AppointmentListEventMap {
  /** The citizen confirmed a cancellation. Cancelable: the host takes over. */
  'hn-appointment-cancel': CustomEvent<AppointmentCancelDetail>;
  /** The server accepted the cancellation. */
  'hn-appointment-cancelled': CustomEvent<AppointmentCancelledDetail>;
  /** The citizen asked for a calendar file. Cancelable: the host handles the file. */
  'hn-appointment-calendar': CustomEvent<AppointmentCalendarDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-appointment-list': HnAppointmentList;
  }
  // On the element, and on document and window, which they reach too (they bubble and are composed).
  interface HTMLElementEventMap extends AppointmentListEventMap {}
  interface DocumentEventMap extends AppointmentListEventMap {}
  interface WindowEventMap extends AppointmentListEventMap {}
}
