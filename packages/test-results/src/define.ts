import '@hn-elements/core/define.js';
// The tag map (HTMLElementTagNameMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnTestResults } from './hn-test-results.js';

defineElement('hn-test-results', HnTestResults);
