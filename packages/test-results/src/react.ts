import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HnTestResults, type AuthRequiredDetail } from './hn-test-results.js';
import './define.js';

/** React wrapper: typed props and the `onAuthRequired` event prop. */
export const TestResults = createComponent({
  tagName: 'hn-test-results',
  elementClass: HnTestResults,
  react: React,
  events: {
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
  },
});
