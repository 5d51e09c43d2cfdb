import '@hn-elements/core/define.js';
// Helfo's help and free choice of treatment place are seamless hand-offs: the element renders
// <hn-handoff-launcher> by its tag.
import '@hn-elements/handoff-launcher/define.js';
// The tag map (HTMLElementTagNameMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnReferrals } from './hn-referrals.js';

defineElement('hn-referrals', HnReferrals);
