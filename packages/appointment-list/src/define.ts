import '@hn-elements/core/define.js';
// "Endre time" is a seamless hand-off: the list renders <hn-handoff-launcher> by its tag.
import '@hn-elements/handoff-launcher/define.js';
import { defineElement } from '@hn-elements/core';
import { HnAppointmentList } from './hn-appointment-list.js';

defineElement('hn-appointment-list', HnAppointmentList);

declare global {
  interface HTMLElementTagNameMap {
    'hn-appointment-list': HnAppointmentList;
  }
}
