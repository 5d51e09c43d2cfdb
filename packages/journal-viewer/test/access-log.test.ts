import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { auditEvent, bundleOf, standardBundle } from './fixtures.js';
import {
  choose as change,
  dateError,
  dateField,
  deepActiveElement,
  deepQuery,
  deepText,
  entryFacts,
  items,
  labelOf,
  logCount as count,
  periodChoice as radio,
  periodLabels,
  settle,
  showMoreButton,
  sourceFilter,
  withBundle,
} from './harness.js';

const ENTRIES = [
  auditEvent({ id: 'today', recorded: '2026-11-19T13:40:00Z' }),
  auditEvent({
    id: 'summer',
    recorded: '2026-07-01T08:00:00Z',
    purposeOfEvent: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HQUALIMP' }] }],
    agent: [
      { who: { display: 'Eva Lie' }, role: [{ text: 'Kvalitetsrådgiver' }], requestor: true },
      { who: { reference: 'Organization/fag', display: 'Fagavdelingen' }, requestor: false },
    ],
    entity: [{ what: { reference: 'Patient/kari' } }, { what: { reference: 'DocumentReference/d1', display: 'Epikrise etter innleggelse' } }],
  }),
  auditEvent({ id: 'old', recorded: '2023-02-01T08:00:00Z', purposeOfEvent: [{ text: 'Timebestilling' }] }),
  auditEvent({ id: 'refused', recorded: '2026-11-01T08:00:00Z', outcome: '8', purposeOfEvent: undefined, agent: [{ type: { text: 'Systembruker' }, requestor: true }] }),
];

describe('<hn-journal-viewer> access log (host-supplied bundle)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows who, when (Oslo time), why in plain words and what, newest first, and is accessible', async () => {
    const el = await withBundle(bundleOf(ENTRIES), { view: 'access-log' });
    // Default period: the last 12 months (NOW is 20 November 2026).
    expect(count(el)).to.equal('Viser 3 av 4 oppslag');
    const [first, second, third] = items(el);
    expect(deepText(first!)).to.contain('19. november 2026 kl. 14:40');
    expect(entryFacts(first!)).to.deep.equal([
      ['Hvem', 'Siri Fjeld, Lege\nHaukeland universitetssjukehus'],
      ['Hvorfor', 'Helsehjelp til deg\nHelsepersonell som undersøker eller behandler deg, leste det de trengte i journalen.'],
      ['Hva', 'Journalen'],
    ]);
    expect(deepText(first!)).to.contain('Hva Journalen');
    expect(deepText(second!)).to.contain('Navnet er ikke oppgitt, Systembruker');
    expect(deepText(second!)).to.contain('Grunnen er ikke oppgitt.');
    expect(deepText(second!)).to.contain('Forsøket ble stoppet.');
    expect(deepText(third!)).to.contain('Kvalitetssikring');
    expect(deepText(third!)).to.contain('Fagavdelingen');
    expect(deepText(third!)).to.contain('Hva Epikrise etter innleggelse');
    expect(first!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-19T13:40:00.000Z');
    expect(deepText(el.shadowRoot!)).to.contain('Her ser du hvem som har åpnet journalen, når og hvorfor.');
    await expect(el).to.be.accessible();
  });

  it('filters by period and says how many it shows in a live region', async () => {
    const el = await withBundle(bundleOf(ENTRIES), { view: 'access-log' });
    radio(el, 'Siste 30 dager').click();
    await settle(el);
    expect(count(el)).to.equal('Viser 2 av 4 oppslag');
    radio(el, 'Alt').click();
    await settle(el);
    expect(count(el)).to.equal('Viser 4 av 4 oppslag');
    expect(deepText(items(el).at(-1)!)).to.contain('Timebestilling');
    await expect(el).to.be.accessible();
  });

  it('filters between two dates with labelled date fields, and says when they are the wrong way round', async () => {
    const el = await withBundle(bundleOf(ENTRIES), { view: 'access-log' });
    radio(el, 'Velg datoer').click();
    await settle(el);
    const from = dateField(el, 'from');
    const to = dateField(el, 'to');
    expect(from.type).to.equal('date');
    expect(labelOf(el, from)).to.equal('Fra og med dato');
    expect(labelOf(el, to)).to.equal('Til og med dato');
    await change(el, from, '2026-07-01');
    await change(el, to, '2026-11-01');
    expect(count(el)).to.equal('Viser 2 av 4 oppslag');
    await expect(el).to.be.accessible();
    await change(el, to, '2026-06-01');
    expect(count(el)).to.equal('Viser 0 av 4 oppslag');
    const error = dateError(el)!;
    expect(error.textContent).to.equal('Fra-datoen må være før til-datoen.');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(from.getAttribute('aria-describedby')).to.equal('date-error');
    expect(deepText(el.shadowRoot!)).to.contain('Ingen oppslag passer med det du har valgt.');
    await expect(el).to.be.accessible();
  });

  it('filters by source when there are several', async () => {
    const el = await withBundle(
      bundleOf([
        ...ENTRIES,
        auditEvent({ id: 'gp', agent: [{ who: { display: 'Tor Lunde' }, requestor: true }, { who: { reference: 'Organization/gp', display: 'Legesenteret' }, requestor: false }] }),
      ]),
      { view: 'access-log' },
    );
    const select = sourceFilter(el);
    expect(labelOf(el, select)).to.equal('Kilde');
    // Bundle mode: the organisations named in the log (or the logging system), alphabetically.
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Alle kilder', 'Fagavdelingen', 'Haukeland universitetssjukehus', 'Journalsystemet', 'Legesenteret']);
    await change(el, select, 'Legesenteret');
    expect(count(el)).to.equal('Viser 1 av 5 oppslag');
    expect(deepText(items(el)[0]!)).to.contain('Tor Lunde');
    await expect(el).to.be.accessible();
  });

  it('pages long logs: a "show more" button adds the next entries', async () => {
    const many = Array.from({ length: 130 }, (_, i) => auditEvent({ id: `e${i}`, recorded: new Date(Date.UTC(2026, 10, 19) - i * 3600_000).toISOString() }));
    const el = await withBundle(bundleOf(many), { view: 'access-log' });
    expect(items(el)).to.have.length(100);
    expect(count(el)).to.equal('Viser 130 av 130 oppslag');
    const more = showMoreButton(el)!;
    expect(more.textContent!.trim()).to.equal('Vis 30 til');
    more.click();
    await settle(el);
    expect(items(el)).to.have.length(130);
    expect(showMoreButton(el)).to.equal(null);
  });

  it('works from the keyboard: tab to the period, arrows choose it', async () => {
    const el = await withBundle(bundleOf(ENTRIES), { view: 'access-log' });
    radio(el, 'Siste 12 måneder').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('all');
    expect(count(el)).to.equal('Viser 4 av 4 oppslag');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(count(el)).to.equal('Viser 2 av 4 oppslag');
  });

  it('shows the empty state, skipped entries, and an error for something that is not a Bundle', async () => {
    const empty = await withBundle(bundleOf([]), { view: 'access-log' });
    expect(deepText(empty.shadowRoot!)).to.contain('Vi fant ingen som har åpnet journalen.');
    await expect(empty).to.be.accessible();
    const partly = await withBundle(bundleOf([...ENTRIES, auditEvent({ id: 'nodate', recorded: undefined }), { resourceType: 'AuditEvent' }]), { view: 'access-log' });
    expect(deepText(partly.shadowRoot!)).to.contain('2 oppslag kunne ikke vises fordi informasjonen om dem var ufullstendig.');
    await expect(partly).to.be.accessible();
    const broken = await withBundle('not a bundle', { view: 'access-log' });
    expect(deepText(deepQuery<HTMLElement>(broken.shadowRoot!, '[role="alert"]')!)).to.contain('Vi fikk ikke hentet oversikten over hvem som har lest journalen.');
    await expect(broken).to.be.accessible();
  });

  it('reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(standardBundle(), { view: 'access-log' });
    radio(el, 'Velg datoer').click();
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const item of items(el)) expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
    for (const label of periodLabels(el)) expect(label.getBoundingClientRect().height).to.be.at.least(44);
    for (const input of [dateField(el, 'from'), dateField(el, 'to')]) expect(input.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('speaks nynorsk and English, with the purposes explained', async () => {
    const nn = await withBundle(bundleOf(ENTRIES), { view: 'access-log', locale: 'nn' });
    expect(count(nn)).to.equal('Viser 3 av 4 oppslag');
    expect(deepText(nn.shadowRoot!)).to.contain('Helsepersonell som undersøkjer eller behandlar deg');
    expect(deepText(nn.shadowRoot!)).to.contain('Kven');
    expect(deepText(nn.shadowRoot!)).to.contain('Siste 30 dagar');
    await expect(nn).to.be.accessible();
    const en = await withBundle(bundleOf(ENTRIES), { view: 'access-log', locale: 'en' });
    expect(count(en)).to.equal('Showing 3 of 4 entries');
    expect(deepText(en.shadowRoot!)).to.contain('19 November 2026 at 14:40');
    expect(deepText(en.shadowRoot!)).to.contain('Health care for you');
    expect(deepText(en.shadowRoot!)).to.contain('Quality assurance');
    await expect(en).to.be.accessible();
  });
});
