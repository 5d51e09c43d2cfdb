import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { HandoffErrorDetail, HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { HnToolCatalogue, type AuthRequiredDetail } from './hn-tool-catalogue.js';
import './define.js';

/** React wrapper: typed props and `onLaunch`-style event props. */
export const ToolCatalogue = createComponent({
  tagName: 'hn-tool-catalogue',
  elementClass: HnToolCatalogue,
  react: React,
  events: {
    onLaunch: 'hn-handoff-start' as EventName<CustomEvent<HandoffStartDetail>>,
    onLaunchError: 'hn-handoff-error' as EventName<CustomEvent<HandoffErrorDetail>>,
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
  },
});
