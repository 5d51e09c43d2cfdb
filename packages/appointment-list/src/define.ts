import '@hn-elements/core/define.js';
import { defineElement } from '@hn-elements/core';
import { HnAppointmentList } from './hn-appointment-list.js';

defineElement('hn-appointment-list', HnAppointmentList);

declare global {
  interface HTMLElementTagNameMap {
    'hn-appointment-list': HnAppointmentList;
  }
}
