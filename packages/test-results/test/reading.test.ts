// What a screen reader says for <hn-test-results>, and what stays visible in forced colours. The
// virtual screen reader (dev/test-support's screen-reader.ts) reads the flat tree, shadow roots included.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { readerForEachTest, timesSaid } from '@hn-elements/test-support/screen-reader.js';
import { withBundle } from './fixtures.js';

const LAB = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const crp = (id: string, day: string, value: number, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation', id, status: 'final', category: LAB,
  code: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7280', code: 'NPU19748' }], text: 'CRP' },
  effectiveDateTime: `${day}T08:00:00+01:00`, valueQuantity: { value, unit: 'mg/L' }, referenceRange: [{ high: { value: 5, unit: 'mg/L' } }],
  ...extra,
});
const BUNDLE = {
  resourceType: 'Bundle', type: 'collection',
  entry: [
    crp('a', '2026-10-01', 48, { interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'HH' }] }] }),
    crp('b', '2026-11-01', 4),
    crp('held', '2026-11-20', 7, { meta: { security: [{ system: 'urn:hn-elements:patient-release', code: 'withheld' }] } }),
  ].map((resource) => ({ resource })),
};

describe('<hn-test-results> read by a screen reader', () => {
  const listenTo = readerForEachTest();

  it('reads the list, each answer by its name and status, the assessment in words, the chart by its summary and the table', async () => {
    const el = await withBundle(BUNDLE);
    const reader = await listenTo(el);
    const spoken = await reader.readAll(400);
    expect(spoken).to.include('Ett svar er ikke klart til å vises ennå. Den som har ansvar for prøven, ser på det først.');
    expect(timesSaid(spoken, 'list, Prøvesvar')).to.equal(1);
    expect(timesSaid(spoken, 'article, CRP, Svaret er ferdig og kontrollert.')).to.equal(2);
    expect(spoken).to.include('heading, CRP, level 3');
    expect(spoken).to.include('Mye høyere enn referanseområdet');
    expect(spoken).to.include('heading, Utvikling over tid, level 3');
    // The chart is one image named by its summary; its axis labels are not read one by one.
    const chart = 'Diagram over CRP (mg/L). Verdien har sunket. Innenfor referanseområdet siden 1. november 2026.';
    const at = spoken.indexOf(`image, ${chart}`);
    expect(at).to.be.greaterThan(-1);
    expect(spoken[at + 1], 'no axis label is read after the image').not.to.match(/^\d|^end of image/);
    expect(spoken).to.include('table, CRP (mg/L), alle målinger');
    expect(spoken.filter((phrase) => phrase.includes('Hva betyr svaret på CRP (C-reaktivt protein)?')).length, 'each answer offers what it means').to.be.at.least(2);
  });
});

describe('<hn-test-results> in forced colours', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('draws the trend line, its points and the range band in system colours, the band with an outline', async () => {
    const el = await withBundle(BUNDLE);
    await emulateMedia({ forcedColors: 'active' });
    const root = el.shadowRoot!;
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(root.querySelector('polyline')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(root.querySelector('circle')!).fill).to.equal(canvasText);
    const band = getComputedStyle(root.querySelector('rect.band')!);
    expect(band.stroke).to.equal(canvasText);
    expect(band.strokeDasharray).not.to.equal('none');
  });
});
