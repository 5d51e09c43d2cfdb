import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HnHandoffLauncher, type HandoffErrorDetail, type HandoffStartDetail } from './hn-handoff-launcher.js';
import './define.js';

/** React wrapper: typed props and `onStart` / `onError` event props. */
export const HandoffLauncher = createComponent({
  tagName: 'hn-handoff-launcher',
  elementClass: HnHandoffLauncher,
  react: React,
  events: {
    onStart: 'hn-handoff-start' as EventName<CustomEvent<HandoffStartDetail>>,
    onError: 'hn-handoff-error' as EventName<CustomEvent<HandoffErrorDetail>>,
  },
});
