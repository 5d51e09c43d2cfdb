// A link to one answer (`/test-results#<source>/DiagnosticReport/<id>`, as the overview's summary
// gives): the results' page lists it (the filters cleared, a short list shown in full), scrolls to it
// and moves focus to it. Core's FragmentTargetController decides when; this file tests what the
// component does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deepActiveElement, settle } from '@hn-elements/test-support';
import { NOW } from './fixtures.js';
import type { HnTestResults } from '../src/hn-test-results.js';

const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const BUNDLE = bundle(
  { resourceType: 'DiagnosticReport', id: 'akutt', status: 'final', code: { text: 'Akuttprøver' }, effectiveDateTime: '2026-11-20T08:10:00+01:00' },
  { resourceType: 'DiagnosticReport', id: 'kne', status: 'final', code: { text: 'Røntgen av kne' }, effectiveDateTime: '2026-09-14T10:20:00+02:00' },
  { resourceType: 'DiagnosticReport', id: 'tsh', status: 'final', code: { text: 'Stoffskifte' }, effectiveDateTime: '2026-06-01T08:00:00+02:00' },
);
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const focusedKey = () => (deepActiveElement() as HTMLElement | null)?.dataset?.['key'] ?? '';

async function linkedTo(hash: string, limit?: number): Promise<HnTestResults> {
  setHash(hash);
  const el = await fixture<HnTestResults>(html`<hn-test-results .now=${NOW} .maxItems=${limit} .bundle=${BUNDLE}></hn-test-results>`);
  await settle(el);
  return el;
}

describe('<hn-test-results>: a link to one answer', () => {
  afterEach(() => setHash(''));

  it('an answer a short list leaves out: every answer listed, that one focused; axe clean', async () => {
    const el = await linkedTo('#DiagnosticReport/tsh', 1);
    await waitUntil(() => focusedKey() === 'bundle/tsh', `focus on the answer (on ${deepActiveElement()?.localName})`, { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('article[data-key]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('an answer that is not there changes nothing; the next link is followed', async () => {
    const el = await linkedTo('#helse-bergen/DiagnosticReport/tsh', 1);
    expect(el.shadowRoot!.querySelectorAll('article[data-key]')).to.have.length(1);
    expect(focusedKey()).to.equal('');
    location.hash = '#DiagnosticReport/kne';
    await waitUntil(() => focusedKey() === 'bundle/kne', 'the next link followed', { timeout: 8000 });
  });
});
