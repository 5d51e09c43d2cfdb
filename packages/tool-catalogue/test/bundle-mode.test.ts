import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { runControlPayloads, session } from '@hn-elements/test-support';
import { bundleOf, catalogueBundle, HOSTILE_TARGETS, tool } from './fixtures.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';
import { announcements, deepActiveElement, deepText, harness, withBundle } from './helpers.js';

const vendorSession = () => session({ sources: [], handoff: { allowedOrigins: ['https://vendor.example.org'] } });

describe('<hn-tool-catalogue> with a host-supplied bundle', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows assigned tools first under their own heading, each as part="item", and is accessible', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const h = harness(el);
    expect(h.sectionTitles()).to.deep.equal(['Tildelt deg', 'Alle verktøy']);
    expect(h.titles()).to.deep.equal(['Hjerteskolen', 'Smertedagbok', 'Bedre søvn', 'Mestring av angst']);
    const school = h.textOf(h.items()[0]!);
    expect(school).to.contain('Ikke startet');
    expect(school).to.contain('Tildelt 20. november 2026 av Hjertepoliklinikken.');
    expect(school).to.contain('Del av Pakkeforløp for hjertesykdom.');
    expect(school).to.contain('Frist: 6. desember 2026');
    expect(school).to.contain('Læring');
    expect(school).to.contain('Fra Helse Bergen');
    expect(h.countText()).to.equal('Viser 4 av 4 verktøy.');
    await expect(el).to.be.accessible();
  });

  it('searches as the citizen types, and says the number of tools once typing pauses', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const h = harness(el);
    expect(h.announcement()).to.equal('');
    const said = announcements(h.liveRegion());
    try {
      await h.typeSearch('søvn');
      expect(h.titles()).to.deep.equal(['Bedre søvn']);
      expect(h.countText()).to.equal('Viser 1 av 4 verktøy.');
      await waitUntil(() => said.texts.length > 0, 'the count was never announced', { timeout: 3000 });
      expect(said.texts, 'one announcement for one burst of typing').to.deep.equal(['Viser 1 av 4 verktøy.']);
      // A late second announcement of this burst would come before the next burst's (typed later,
      // announced after the same pause): the next announcement must be the next burst's.
      await h.typeSearch(' finnes ikke');
      expect(h.items()).to.have.length(0);
      expect(h.text()).to.contain('Ingen verktøy passer søket ditt.');
      await waitUntil(() => said.texts.length > 1, 'no match was never announced', { timeout: 3000 });
      expect(said.texts[1], 'the next announcement is the next burst').to.contain('Ingen verktøy passer søket ditt.');
      await expect(el).to.be.accessible();

      // The way back: one button clears the search and every filter, and focus returns to the search field.
      h.categoryButton(/Læring/).click();
      await h.settled();
      const clear = h.clearButton()!;
      expect(clear.textContent!.trim()).to.equal('Fjern søk og filtre');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await h.settled();
      expect(h.titles()).to.have.length(4);
      expect(el.getAttribute('category')).to.equal('all');
      expect(el.query).to.equal('');
      expect(deepActiveElement(), 'focus is back in the search field').to.equal(h.searchField());
      expect(h.searchField().value).to.equal('');
      await waitUntil(() => said.texts.at(-1) === 'Viser 4 av 4 verktøy.', 'the way back was not announced', { timeout: 1000 });
    } finally {
      said.stop();
    }
  });

  it('finds tools by the name of their kind, and takes search words and "assigned only" from the host', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    await harness(el).typeSearch('kartlegging');
    expect(harness(el).titles()).to.deep.equal(['Smertedagbok']);

    const preset = await fixture<HnToolCatalogue>(
      html`<hn-tool-catalogue locale="en" query="learning" assigned-only .session=${vendorSession()} .bundle=${catalogueBundle()}></hn-tool-catalogue>`,
    );
    const p = await harness(preset).settled();
    expect(p.titles()).to.deep.equal(['Hjerteskolen']);
    expect(p.searchField().value).to.equal('learning');
    expect(p.assignedOnlyBox().checked).to.equal(true);
    preset.assignedOnly = false;
    await p.settled();
    expect(p.titles()).to.deep.equal(['Hjerteskolen', 'Bedre søvn']);
    expect(p.assignedOnlyBox().checked).to.equal(false);
  });

  it('announces the new count at once when a filter changes', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const h = harness(el);
    h.categoryButton(/Behandling/).click();
    await waitUntil(() => h.announcement() !== '', 'nothing announced', { timeout: 1000 });
    expect(h.announcement()).to.equal('Viser 1 av 4 verktøy.');
  });

  it('the count said before a change of language is in the new language after it, with the same count', async () => {
    const el = await withBundle(catalogueBundle());
    const h = harness(el);
    h.categoryButton(/Behandling/).click();
    await waitUntil(() => h.announcement() === 'Viser 1 av 4 verktøy.', 'the count was not announced', { timeout: 8000 });
    el.locale = 'en';
    await el.updateComplete;
    expect(h.announcement()).to.equal('Showing 1 of 4 tools.');
  });

  it('filters by category and by assignment, with the choice reflected', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const h = harness(el);
    h.categoryButton(/Kartlegging/).click();
    await h.settled();
    expect(el.getAttribute('category')).to.equal('mapping');
    expect(h.categoryButton(/Kartlegging/).getAttribute('aria-pressed')).to.equal('true');
    expect(h.categoryButton(/Alle/).getAttribute('aria-pressed')).to.equal('false');
    expect(h.titles()).to.deep.equal(['Smertedagbok']);
    h.categoryButton(/Alle/).click();
    h.assignedOnlyBox().click();
    await h.settled();
    expect(h.titles()).to.deep.equal(['Hjerteskolen', 'Smertedagbok']);
    await expect(el).to.be.accessible();
  });

  it('starts a tool by hand-off, and lets the host take over', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    el.addEventListener('hn-handoff-start', (event) => event.preventDefault());
    const h = harness(el);
    const sleep = h.items()[2]!;
    expect(deepText((await h.launcher(sleep))!)).to.contain('Start verktøyet');
    const started = oneEvent(el, 'hn-handoff-start');
    (await h.startControl(sleep)).click();
    const detail = (await started).detail as HandoffStartDetail;
    expect(detail.href).to.equal('https://vendor.example.org/tools/sovn');
    expect(detail.destination).to.equal('Helse Bergen');
  });

  it('never offers a launch control for a hostile target, and says the tool cannot be started here', async () => {
    const el = await withBundle(bundleOf(HOSTILE_TARGETS.map((target, i) => tool(`h${i}`, { link: target }))), { session: vendorSession() });
    const h = harness(el);
    expect(h.items()).to.have.length(HOSTILE_TARGETS.length);
    for (const item of h.items()) {
      expect(await h.launcher(item)).to.equal(null);
      expect(h.hasLink(item)).to.equal(false);
      expect(h.textOf(item)).to.contain('Dette verktøyet kan ikke startes herfra.');
    }
    await expect(el).to.be.accessible();
  });

  it('leaves a target outside the allowlist to the launcher, which refuses it visibly', async () => {
    const el = await withBundle(bundleOf([tool('other', { link: 'https://elsewhere.example.com/tool' })]), { session: vendorSession() });
    const h = harness(el);
    const other = h.items()[0]!;
    expect(await h.launcher(other)).to.exist;
    let navigated = false;
    el.addEventListener('hn-handoff-start', () => (navigated = true));
    await h.start(other);
    expect(navigated).to.equal(false);
    expect(await h.launchError(other)).to.exist;
  });

  it('renders hostile text as text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const el = await withBundle(
      bundleOf([tool('x', { title: '<img src=x onerror="window.__pwned=1">', description: '<script>window.__pwned=2</script>', publisher: '<b onmouseover="window.__pwned=3">X</b>' })]),
      { session: vendorSession() },
    );
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    // Controls rendered after the text, in the same shadow root, have run: a payload would have too.
    for (const node of el.shadowRoot!.querySelectorAll('*')) node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await runControlPayloads(el.shadowRoot!);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
    expect(harness(el).titles()).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
  });

  it('shows the empty state, an error for something that is not a Bundle, and how many entries it left out', async () => {
    const empty = await withBundle(bundleOf([]));
    expect(harness(empty).text()).to.contain('Det finnes ingen verktøy her ennå.');
    await expect(empty).to.be.accessible();

    const broken = await withBundle({ resourceType: 'Patient' });
    expect(harness(broken).errorText()).to.contain('Vi fikk ikke hentet verktøyene.');
    await expect(broken).to.be.accessible();

    const partly = await withBundle(bundleOf([tool('ok'), null, { resourceType: 'ActivityDefinition', status: 'active', title: 'Uten id' }]));
    expect(harness(partly).items()).to.have.length(1);
    expect(harness(partly).text()).to.contain('2 verktøy kunne ikke vises');
  });

  it('works from the keyboard: search, filters, checkbox, then the tools\' launchers', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    el.addEventListener('hn-handoff-start', (event) => event.preventDefault());
    const h = harness(el);
    h.searchField().focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Alle');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Kartlegging');
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.titles()).to.deep.equal(['Smertedagbok']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'focus on the "assigned only" checkbox').to.equal(h.assignedOnlyBox());
    await sendKeys({ press: 'Space' });
    await h.settled();
    expect(h.assignedOnlyBox().checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const launcher = (await h.launcher(h.items()[0]!))!;
    expect(launcher.shadowRoot!.contains(deepActiveElement()), 'focus reached the first tool\'s launcher').to.equal(true);
  });

  it('reflows at 320 px with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const item of harness(el).items()) expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
    for (const control of el.shadowRoot!.querySelectorAll('button, input[type="search"]')) {
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks nynorsk and English', async () => {
    const nn = await withBundle(catalogueBundle(), { locale: 'nn', session: vendorSession() });
    expect(harness(nn).text()).to.contain('Ikkje starta');
    expect(harness(nn).text()).to.contain('Søk i verktøy');
    await expect(nn).to.be.accessible();
    const en = await withBundle(catalogueBundle(), { locale: 'en', session: vendorSession() });
    expect(harness(en).sectionTitles()).to.deep.equal(['Assigned to you', 'All tools']);
    expect(harness(en).text()).to.contain('Due: 6 December 2026');
    expect(harness(en).text()).to.contain('Assigned on 20 November 2026 by Hjertepoliklinikken.');
    expect(harness(en).text()).to.contain('Part of Pakkeforløp for hjertesykdom.');
    await expect(en).to.be.accessible();
  });
});
