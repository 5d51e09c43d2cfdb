import '@hn-elements/core/define.js';
// "Endre time" is a seamless hand-off: the list renders <hn-handoff-launcher> by its tag.
import '@hn-elements/handoff-launcher/define.js';
// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnAppointmentList } from './hn-appointment-list.js';

defineElement('hn-appointment-list', HnAppointmentList);
