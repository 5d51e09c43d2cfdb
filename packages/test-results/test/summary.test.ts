// The summary for an overview page: `max-items` with `all-href` (the shell gives both there). The
// newest answers as one link each, to that answer on the results' own page, then a link to the page;
// no filters, tables, explanations or trends.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { settle } from '@hn-elements/test-support';
import { NOW } from './fixtures.js';
import { harness } from './harness.js';
import type { HnTestResults } from '../src/hn-test-results.js';

const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const BUNDLE = bundle(
  { resourceType: 'DiagnosticReport', id: 'akutt', status: 'final', code: { text: 'Akuttprøver' }, effectiveDateTime: '2026-11-20T08:10:00+01:00', result: [{ reference: 'Observation/hb' }] },
  {
    resourceType: 'Observation', id: 'hb', status: 'final', category: lab, code: { coding: [{ system: NLK, code: 'NOR05172' }], text: 'Hemoglobin' },
    effectiveDateTime: '2026-11-20T08:10:00+01:00', valueQuantity: { value: 6.9, unit: 'g/dL' }, referenceRange: [{ low: { value: 13.4 }, high: { value: 17 } }],
    interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'LL' }] }],
  },
  { resourceType: 'DiagnosticReport', id: 'kne', status: 'preliminary', code: { text: 'Røntgen av kne' }, effectiveDateTime: '2026-09-14T10:20:00+02:00', conclusion: 'Ingen brudd.' },
  { resourceType: 'DiagnosticReport', id: 'tsh', status: 'final', code: { text: 'Stoffskifte' }, effectiveDateTime: '2026-06-01T08:00:00+02:00' },
);

async function summary(limit: number, locale = 'nb'): Promise<HnTestResults> {
  const el = await fixture<HnTestResults>(html`<hn-test-results locale=${locale} .now=${NOW} .maxItems=${limit} all-href="/test-results" .bundle=${BUNDLE}></hn-test-results>`);
  await settle(el);
  await el.loadComplete;
  return el;
}

const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="list"] [part="item"] a')];
const showAll = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="show-all"]')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<hn-test-results max-items all-href>: the summary for an overview', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the newest answers, each a link to itself on the page, a badge where a result is far off or the answer not final; no filters, tables or trends; axe clean', async () => {
    const el = await summary(2);
    expect(rows(el).map((a) => a.getAttribute('href'))).to.deep.equal([`${location.origin}/test-results#DiagnosticReport/akutt`, `${location.origin}/test-results#DiagnosticReport/kne`]);
    expect(words(rows(el)[0]!)).to.match(/^Akuttprøver, 20\. nov\. 2026, Sterkt avvikende$/);
    expect(words(rows(el)[1]!)).to.match(/^Røntgen av kne, 14\. sep\. 2026, Foreløpig svar$/);
    expect(words(showAll(el))).to.equal('Vis alle 3 prøvesvar');
    expect(el.shadowRoot!.querySelector('[part~="filters"], table, [part~="trend"], [part~="explanation"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('every answer listed: the link still leads to the page; a followed link is offered as hn-navigate', async () => {
    const el = await summary(5);
    expect(rows(el)).to.have.length(3);
    expect(words(rows(el)[2]!)).to.equal('Stoffskifte, 1. juni 2026');
    expect(words(showAll(el))).to.equal('Gå til prøvesvarene dine');
    const h = harness(el);
    expect(h.followSummaryLinks()).to.deep.equal([{ href: h.summaryLinks()[0]!.href, reference: 'DiagnosticReport/akutt' }, { href: h.pageLink()!.href }]);
  });

  it('in nynorsk and English', async () => {
    expect(words(showAll(await summary(5, 'nn')))).to.equal('Gå til prøvesvara dine');
    expect(words(showAll(await summary(1, 'en')))).to.equal('Show all 3 test results');
  });

  it('at 320 px nothing goes sideways, every link at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 640 });
    harness(await summary(3)).expectSummaryFits();
  });
});
