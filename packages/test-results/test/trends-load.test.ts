// "Utvikling over tid" is a module of its own, loaded once the answers are listed in full: the
// answers work without it, a failed load says so with "Prøv igjen", and the short form never loads it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deepActiveElement, pressOn, settle } from '@hn-elements/test-support';
import { trendsSource } from '../src/trends-controller.js';
import type { HnTestResults } from '../src/hn-test-results.js';
import { harness } from './harness.js';
import { NOW, withBundle } from './fixtures.js';

const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const crp = (id: string, date: string, value: number) => ({
  resource: {
    resourceType: 'Observation', id, status: 'final', code: { coding: [{ system: NLK, code: 'NPU19748' }], text: 'CRP' },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
    effectiveDateTime: date, valueQuantity: { value, unit: 'mg/L' }, referenceRange: [{ high: { value: 5, unit: 'mg/L' } }],
  },
});
const TWICE = { resourceType: 'Bundle', type: 'collection', entry: [crp('a', '2026-10-01', 3), crp('b', '2026-11-01', 12)] };

describe('<hn-test-results>: the trends, loaded after the answers', () => {
  const load = trendsSource.load;
  afterEach(() => {
    trendsSource.load = load;
  });

  it('when the trends cannot be loaded, the answers stay, a notice says so, and "Prøv igjen" by keyboard brings them', async () => {
    let fail = true;
    let asked = 0;
    trendsSource.load = () => {
      asked += 1;
      return fail ? Promise.reject(new Error('offline')) : load();
    };
    const el = await withBundle(TWICE);
    const h = harness(el);
    expect(h.titles()).to.deep.equal(['CRP', 'CRP']);
    expect(h.trends()).to.deep.equal([]);
    const notice = el.shadowRoot!.querySelector<HTMLElement>('.trends-failed')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Vi fikk ikke vist utviklingen over tid akkurat nå. Svarene over er likevel komplette. Prøv igjen');
    await expect(el).to.be.accessible();
    fail = false;
    await pressOn(notice.querySelector('button')!);
    await el.loadComplete;
    expect(asked).to.equal(2);
    expect(h.trends().map((t) => t.name)).to.deep.equal(['CRP (mg/L)']);
    await waitUntil(() => deepActiveElement()?.matches('article[data-key]'), 'focus goes to the first answer, not the page', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('the short form (max-items) loads no trends', async () => {
    let asked = 0;
    trendsSource.load = () => {
      asked += 1;
      return load();
    };
    const el = await fixture<HnTestResults>(html`<hn-test-results locale="nb" max-items="1" .now=${NOW} .bundle=${TWICE}></hn-test-results>`);
    await settle(el);
    await el.loadComplete;
    expect(harness(el).titles()).to.deep.equal(['CRP']);
    expect(asked).to.equal(0);
  });
});
