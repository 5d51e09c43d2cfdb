// <hn-test-results> in the browser: every state, what a result says in words, trends as a chart with
// a table, filters by keyboard, one source down, no access, hostile data, axe and 320 px.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { onBehalfOf, onBehalfOfOla, onBehalfOfPer, OLA, recordFetches, resetServer, session, setMode } from '@hn-elements/test-support';
import { harness } from './harness.js';
import { withBundle, withSession } from './fixtures.js';

const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const INTERP = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];

function bundle(...resources: unknown[]) {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}

const PANEL = bundle(
  {
    resourceType: 'DiagnosticReport', id: 'akutt', status: 'amended', code: { text: 'Akuttprøver' },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB' }] }],
    effectiveDateTime: '2026-11-20T08:10:00+01:00', issued: '2026-11-20T14:30:00+01:00',
    performer: [{ display: 'Haukeland, medisinsk biokjemi' }],
    result: [{ reference: 'Observation/hb' }, { reference: 'Observation/crp' }],
    conclusion: 'Svaret er ringt til legen.',
  },
  {
    resourceType: 'Observation', id: 'hb', status: 'final', category: lab, code: { coding: [{ system: NLK, code: 'NOR05172' }], text: 'Hemoglobin' },
    effectiveDateTime: '2026-11-20T08:10:00+01:00', valueQuantity: { value: 6.9, unit: 'g/dL' },
    referenceRange: [{ low: { value: 13.4 }, high: { value: 17 } }], interpretation: [{ coding: [{ system: INTERP, code: 'LL' }] }],
  },
  {
    resourceType: 'Observation', id: 'crp', status: 'final', category: lab, code: { coding: [{ system: NLK, code: 'NPU19748' }], text: 'CRP' },
    effectiveDateTime: '2026-11-20T08:10:00+01:00', valueQuantity: { value: 18, unit: 'mg/L' }, referenceRange: [{ high: { value: 5, unit: 'mg/L' } }],
    note: [{ text: 'Ny prøve om en uke.' }],
  },
  {
    resourceType: 'Observation', id: 'crp-old', status: 'final', category: lab, code: { coding: [{ system: NLK, code: 'NPU19748' }], text: 'CRP' },
    effectiveDateTime: '2026-10-01T08:10:00+02:00', valueQuantity: { value: 3, unit: 'mg/L' }, referenceRange: [{ high: { value: 5, unit: 'mg/L' } }],
  },
  {
    resourceType: 'DiagnosticReport', id: 'kne', status: 'final', code: { text: 'Røntgen av kne' },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }],
    effectiveDateTime: '2026-09-14T10:20:00+02:00', conclusion: 'Ingen brudd.',
    presentedForm: [{ contentType: 'text/html', data: btoa('<p>Normale forhold.</p><img src=x onerror="window.__pwned=1">') }],
  },
);

describe('<hn-test-results>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows each answer with its values, ranges and assessment in words, the status explained, and what a common test means', async () => {
    const el = await withBundle(PANEL);
    const h = harness(el);
    // The older CRP is in no report: it is an answer of its own.
    expect(h.titles()).to.deep.equal(['Akuttprøver', 'CRP', 'Røntgen av kne']);
    const akutt = h.item('bundle/akutt');
    expect(h.rows(akutt)).to.deep.equal([
      ['Hemoglobin', '6,9 g/dL', '13,4–17', 'Mye lavere enn referanseområdet'],
      ['CRP', '18 mg/L', 'Under 5 mg/L', 'Høyere enn referanseområdet Vurdert ut fra referanseområdet'],
    ]);
    expect(h.status(akutt)).to.deep.equal(['Endret svar', 'Svaret er endret etter at det først ble gitt. Det du ser nå, er den nyeste versjonen.']);
    const [hb] = h.explanationButtons(akutt);
    expect(hb!.textContent!.trim()).to.equal('Hva betyr svaret på Hemoglobin (Hb)?');
    expect(hb!.getAttribute('aria-expanded')).to.equal('false');
    expect(await h.openExplanation(hb!)).to.contain('Legen din tar kontakt med deg om dette svaret.');
    expect(hb!.getAttribute('aria-expanded')).to.equal('true');
    expect(h.text()).to.contain('Ny prøve om en uke.');
    expect(h.text()).to.contain('Svaret er ringt til legen.');
    expect(h.text()).to.contain('Normale forhold.');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a test measured more than once as a chart named by its summary, with the same numbers in a table', async () => {
    const el = await withBundle(PANEL);
    const [crp] = harness(el).trends();
    expect(crp!.name).to.equal('CRP (mg/L)');
    expect(crp!.summary).to.equal('Verdien har steget. Utenfor referanseområdet siden 20. november 2026.');
    expect(crp!.chart).to.equal(`Diagram over CRP (mg/L). ${crp!.summary}`);
    expect(crp!.rows).to.deep.equal([
      ['20. nov. 2026', '18 mg/L', 'Høyere enn referanseområdet', 'Haukeland, medisinsk biokjemi'],
      ['1. okt. 2026', '3 mg/L', 'Innenfor referanseområdet', ''],
    ]);
  });

  it('filters by keyboard: search, then a test', async () => {
    const el = await withBundle(PANEL);
    const h = harness(el);
    h.control<HTMLInputElement>(/Søk/).focus();
    await sendKeys({ type: 'røntgen' });
    await el.updateComplete;
    expect(h.titles()).to.deep.equal(['Røntgen av kne']);
    expect(h.text()).to.contain('Viser 1 prøvesvar.');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(h.control(/^Prøve$/));
  });

  it('in English, and a bundle that is not a Bundle is an error, never a blank', async () => {
    const en = await withBundle(PANEL, 'en');
    expect(harness(en).rows(harness(en).item('bundle/akutt'))[0]![3]).to.equal('Much lower than the reference range');
    const broken = await withBundle({ resourceType: 'Patient' });
    expect(harness(broken).stateText('error')).to.contain('Vi fikk ikke hentet prøvesvarene dine.');
    await expect(broken).to.be.accessible();
  });

  it('empty: says so plainly, in nb and nn; the withheld ones are counted, not hidden in silence', async () => {
    const empty = await withBundle(bundle());
    expect(harness(empty).stateText('empty')).to.contain('Du har ingen prøvesvar.');
    const held = {
      resourceType: 'DiagnosticReport', id: 'biopsi', status: 'final', code: { text: 'Vevsprøve' },
      meta: { security: [{ system: 'urn:hn-elements:patient-release', code: 'withheld' }] },
    };
    const nn = await withBundle(bundle(held), 'nn');
    expect(harness(nn).stateText('empty')).to.contain('Du har ingen prøvesvar.');
    expect(harness(nn).withheldText()).to.equal('Eitt svar er ikkje klart til å visast enno. Den som har ansvar for prøva, ser på det først.');
    await expect(nn).to.be.accessible();
  });

  it('fits 320 px without sideways scrolling of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(PANEL);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});

describe('<hn-test-results> live', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('merges every source with attribution, counts what is not released, and says which source is down', async () => {
    await setMode('bergen-kommune', 'down');
    const el = await withSession(session());
    expect(el.getAttribute('aria-busy'), 'busy while loading').to.equal('true');
    expect(harness(el).stateText('loading')).not.to.equal('');
    const h = await harness(el).loaded();
    expect(el.hasAttribute('aria-busy') && el.getAttribute('aria-busy') !== 'false').to.equal(false);
    expect(h.items().length).to.be.greaterThan(4);
    const sources = h.items().map((item) => item.querySelector('[part="source"]')!.textContent!.trim());
    expect([...new Set(sources)].sort()).to.deep.equal(['Fra Helse Bergen', 'Fra Legesenteret i Sentrum']);
    expect(h.noticeText()).to.contain('Bergen kommune har en feil akkurat nå.');
    expect(h.trends().map((trend) => trend.name)).to.include('CRP (mg/L)');
    await expect(el).to.be.accessible();
  });

  it('for Per: the power of attorney does not cover test results, and nothing is fetched', async () => {
    const fetches = recordFetches();
    try {
      const el = await withSession(session(onBehalfOfPer()));
      await el.updateComplete;
      expect(harness(el).stateText('empty')).to.contain('Fullmakten eller tilgangen din gjelder ikke journalopplysninger.');
      expect(fetches.fhir()).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('for a child aged 12 to 15: parents see none of the results, and nothing is fetched', async () => {
    const fetches = recordFetches();
    try {
      const teen = { ...OLA, birthDate: '2013-05-01' };
      const el = await withSession(session(onBehalfOf(teen, 'parent', ['appointments', 'inbox', 'tools', 'journal'])));
      await el.updateComplete;
      expect(harness(el).stateText('empty')).to.contain('Når barnet har fylt 12 år, kan foreldre ikke se prøvesvarene til barnet her.');
      expect(fetches.fhir()).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('for Ola (11): his results, said to be his, and every source down is an alert with retry', async () => {
    const el = await withSession(session(onBehalfOfOla()));
    const h = await harness(el).loaded();
    expect(h.titles()).to.include('Kontroll av jernlager');
    expect(el.shadowRoot!.querySelector('hn-on-behalf-banner')).not.to.equal(null);
    for (const source of ['helse-bergen', 'fastlegen', 'bergen-kommune']) await setMode(source, 'down');
    el.reload();
    await h.loaded();
    expect(h.stateText('error')).to.contain('Vi fikk ikke hentet prøvesvarene dine.');
    await expect(el).to.be.accessible();
  });
});

describe('<hn-test-results max-items> (the short form, e.g. on an overview)', () => {
  const showAll = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');

  it('lists the first answers without the trends, and a button naming how many there are; Enter shows the rest and focuses the first new one', async () => {
    const full = harness(await withBundle(PANEL)).titles();
    expect(full.length).to.be.greaterThan(1);
    const el = await withBundle(PANEL);
    el.maxItems = 1;
    await el.updateComplete;
    expect(harness(el).titles()).to.deep.equal(full.slice(0, 1));
    expect(harness(el).trends()).to.deep.equal([]);
    expect(showAll(el)!.textContent!.trim()).to.equal(`Vis alle ${full.length} prøvesvar`);
    await expect(el).to.be.accessible();

    showAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(harness(el).titles()).to.deep.equal(full);
    expect(showAll(el)).to.equal(null);
    expect(harness(el).trends()).to.have.length(1);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('article');
    expect(focused.querySelector('[role="heading"]')!.textContent).to.equal(full[1]);
  });

  it('lists everything when the limit is not a positive number, or not below the count; nn and en', async () => {
    const count = harness(await withBundle(PANEL)).titles().length;
    for (const limit of [undefined, 0, -1, Number.NaN, count, 99]) {
      const el = await withBundle(PANEL);
      el.maxItems = limit;
      await el.updateComplete;
      expect(harness(el).titles(), String(limit)).to.have.length(count);
      expect(showAll(el), String(limit)).to.equal(null);
    }
    for (const [locale, words] of [['nn', `Vis alle ${count} prøvesvar`], ['en', `Show all ${count} test results`]] as const) {
      const el = await withBundle(PANEL, locale);
      el.setAttribute('max-items', '1.9');
      await el.updateComplete;
      expect(harness(el).titles(), 'a fraction is rounded down').to.have.length(1);
      expect(showAll(el)!.textContent!.trim()).to.equal(words);
    }
  });
});
