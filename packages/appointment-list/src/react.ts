import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HnAppointmentList, type AppointmentCancelDetail, type AppointmentCancelledDetail, type AppointmentCalendarDetail, type AuthRequiredDetail } from './hn-appointment-list.js';
import './define.js';

/** React wrapper: typed props and `onCancel`-style event props. */
export const AppointmentList = createComponent({
  tagName: 'hn-appointment-list',
  elementClass: HnAppointmentList,
  react: React,
  events: {
    onCancel: 'hn-appointment-cancel' as EventName<CustomEvent<AppointmentCancelDetail>>,
    onCancelled: 'hn-appointment-cancelled' as EventName<CustomEvent<AppointmentCancelledDetail>>,
    onCalendar: 'hn-appointment-calendar' as EventName<CustomEvent<AppointmentCalendarDetail>>,
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
  },
});
