import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActiveElement, session } from '@hn-elements/test-support';
import { bundleOf, everyStateBundle, referral, task } from './fixtures.js';
import { harness, withBundle } from './helpers.js';

describe('<hn-referrals> with a host-supplied bundle', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every state, under way first, each with its word, explanation and timeline, and is accessible', async () => {
    const el = await withBundle(everyStateBundle(), { session: session() });
    const h = harness(el);
    expect(h.groups()).to.deep.equal(['Henvisninger som er i gang', 'Avsluttede henvisninger']);
    expect(h.items().map((i) => [h.titleOf(i), h.stateOf(i)])).to.deep.equal([
      ['Vurdering av hodepine', 'Sendt'],
      ['Utredning av lav blodprosent', 'Mottatt'],
      ['Utredning av pustestopp under søvn', 'Blir vurdert'],
      ['Utredning av hjertebank', 'Time gitt'],
      ['Vurdering av smerter i kneet', 'Vurdert'],
      ['Fjerning av føflekk', 'Avvist'],
      ['Operasjon for grå stær', 'Trukket tilbake'],
      ['Kontroll etter brudd i håndleddet', 'Fullført'],
    ]);
    const assessing = h.item('bundle/assessing');
    expect(h.textOf(assessing)).to.contain('En behandler går gjennom henvisningen og vurderer hva du trenger.');
    expect(h.textOf(assessing)).to.contain('Forventet ventetid: 8 uker.');
    expect(h.steps(assessing)).to.deep.equal([
      { text: 'Sendt: 1. mars 2026', current: false },
      { text: 'Mottatt: 2. mars 2026', current: false },
      { text: 'Blir vurdert: 8. mars 2026 (nå)', current: true },
    ]);
    expect(h.textOf(assessing)).to.contain('Henvist av').and.to.contain('Fastlege Anne Lie');
    expect(h.textOf(assessing)).to.contain('Årsak').and.to.contain('Du har kjent at hjertet slår ujevnt.');
    await expect(el).to.be.accessible();
  });

  it('says when the deadline is broken and what to do, with Helfo and free choice as hand-offs', async () => {
    const el = await withBundle(everyStateBundle(), { session: session() });
    const h = harness(el);
    const knee = h.item('bundle/knee');
    expect(h.textOf(knee)).to.contain('Du har rett til nødvendig helsehjelp fra spesialisthelsetjenesten.');
    expect(h.textOf(knee)).to.contain('Fristen gikk ut 5. mars 2026.');
    expect(h.textOf(knee)).to.contain('Fristen er passert');
    expect(h.textOf(knee)).to.contain('kan du få hjelp av Helfo');
    const helfo = h.launcher(knee, 'deadline-help')!;
    expect(helfo.getAttribute('href')).to.equal('https://vendor.example.org/tasks/helfo-fristbrudd-knee');
    expect(helfo.getAttribute('label')).to.equal('Be Helfo om hjelp');
    expect(helfo.getAttribute('destination')).to.equal('Helfo');
    expect(h.launcher(knee, 'free-choice')!.getAttribute('label')).to.equal('Velg behandlingssted');

    const heart = h.item('bundle/heart');
    expect(h.textOf(heart)).to.contain('Helsehjelpen skal starte senest 20. april 2026.');
    expect(h.launcher(heart, 'deadline-help'), 'a deadline to come is not broken').to.equal(null);
    expect(h.textOf(heart)).to.contain('Hjerteundersøkelse, tirsdag 24. mars 2026, kl. 09:00').and.to.contain('Brev: Innkalling til hjerteundersøkelse, 20. februar 2026');

    const mole = h.item('bundle/mole');
    expect(h.textOf(mole)).to.contain('Du har ikke rett til helsehjelp fra spesialisthelsetjenesten for dette.');
    expect(h.textOf(mole)).to.contain('et annet tilbud passer bedre for deg');
    expect(h.textOf(mole)).to.contain('Begrunnelse: Fastlegen din kan fjerne føflekken.');
    expect(h.textOf(mole)).to.contain('Statsforvalteren');
    expect(h.launcher(mole, 'free-choice')).to.equal(null);
  });

  it('drops hostile links and shows text from a source as text', async () => {
    const el = await withBundle(
      bundleOf([
        referral({ id: 'x', code: { text: '<img src=x onerror="window.__hacked=1">Henvisning' }, reasonCode: [{ text: '<script>window.__hacked=1</script>' }] }),
        task({ focus: 'ServiceRequest/x', business: 'assessed', assessment: 'right', deadline: '2026-03-01', deadlineLink: 'javascript:window.__hacked=1', choiceLink: 'data:text/html,<script>alert(1)</script>' }),
        { resourceType: 'ServiceRequest', id: 'bad', status: 42, category: [] },
        { resourceType: 'ServiceRequest', id: 'unknown', status: 'lost', intent: 'order', category: referral().category, subject: { reference: 'Patient/kari' } },
      ]),
      { session: session() },
    );
    const h = harness(el);
    expect(h.titles()).to.deep.equal(['<img src=x onerror="window.__hacked=1">Henvisning']);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
    const item = h.items()[0]!;
    expect(h.launcher(item, 'deadline-help')).to.equal(null);
    expect(h.launcher(item, 'free-choice')).to.equal(null);
    expect(h.textOf(item), 'what to do, without a link').to.contain('Du kan kontakte Helfo på telefon eller på helsenorge.no.');
    expect(h.text()).to.contain('2 henvisninger kunne ikke vises');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state, and an error with retry for something that is not a Bundle', async () => {
    const empty = await withBundle(bundleOf([]));
    expect(harness(empty).text()).to.contain('Du har ingen henvisninger.');
    await expect(empty).to.be.accessible();
    const broken = await withBundle({ resourceType: 'Patient', id: 'x' });
    expect(harness(broken).errorText()).to.contain('Vi fikk ikke hentet henvisningene dine.');
    await expect(broken).to.be.accessible();
  });

  it('speaks nynorsk and English', async () => {
    const nn = await withBundle(everyStateBundle(), { locale: 'nn', session: session() });
    expect(harness(nn).groups()).to.deep.equal(['Tilvisingar som er i gang', 'Avslutta tilvisingar']);
    expect(harness(nn).textOf(harness(nn).item('bundle/knee'))).to.contain('Fristen gjekk ut 5. mars 2026.');
    const en = await withBundle(everyStateBundle(), { locale: 'en', session: session() });
    expect(harness(en).stateOf(harness(en).item('bundle/assessing'))).to.equal('Being assessed');
    expect(harness(en).textOf(harness(en).item('bundle/knee'))).to.contain('The deadline was 5 March 2026.');
    // Text from the source stays Norwegian, and says so.
    expect(harness(en).titleElement(harness(en).items()[0]!).getAttribute('lang')).to.equal('nb');
  });

  it('fits 320 px without scrolling sideways, and stays accessible', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(everyStateBundle(), { session: session() });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const item of harness(el).items()) expect(item.getBoundingClientRect().right).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('moves between referrals with the arrow keys, and opens the timeline with Enter', async () => {
    const el = await withBundle(everyStateBundle(), { session: session() });
    const h = harness(el);
    h.article(h.items()[0]!).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(h.article(h.items()[1]!));
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(h.article(h.items()[7]!));
    const summary = h.items()[7]!.querySelector<HTMLElement>('.timeline summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.closest('details')!.open).to.equal(true);
  });
});
