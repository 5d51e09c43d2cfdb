import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { HnReferrals, type AuthRequiredDetail } from './hn-referrals.js';
import './define.js';

/** React wrapper: typed props, and the hand-off and sign-in events as `on…` props. */
export const Referrals = createComponent({
  tagName: 'hn-referrals',
  elementClass: HnReferrals,
  react: React,
  events: {
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
    onHandoffStart: 'hn-handoff-start' as EventName<CustomEvent<HandoffStartDetail>>,
    onHandoffError: 'hn-handoff-error' as EventName<CustomEvent<HandoffErrorDetail>>,
  },
});
