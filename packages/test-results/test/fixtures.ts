// Mounting <hn-test-results> for the browser tests.
import { fixture, html } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnTestResults } from '../src/hn-test-results.js';

export const NOW = new Date('2026-12-02T10:00:00Z');

export async function withBundle(bundle: unknown, locale = 'nb'): Promise<HnTestResults> {
  const el = await fixture<HnTestResults>(html`<hn-test-results locale=${locale} .now=${NOW} .bundle=${bundle}></hn-test-results>`);
  await settle(el);
  // The trends load after the answers (their own module): wait for them too.
  await el.loadComplete;
  return el;
}

export function withSession(session: Session, options: { timeout?: number } = {}): Promise<HnTestResults> {
  return fixture<HnTestResults>(html`<hn-test-results request-timeout=${options.timeout ?? 3000} .session=${session}></hn-test-results>`);
}

/** One CRP result (3 mg/L, reference below 5) in a Bundle: enough for the element to show its words. */
export const ONE_CRP = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      resource: {
        resourceType: 'Observation',
        id: 'crp',
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
        code: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7280', code: 'NPU19748' }], text: 'CRP' },
        effectiveDateTime: '2026-11-20T08:00:00+01:00',
        valueQuantity: { value: 3, unit: 'mg/L' },
        referenceRange: [{ high: { value: 5 } }],
      },
    },
  ],
};
