import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { runControlPayloads, session } from '@hn-elements/test-support';
import { bundleOf, catalogueBundle, HOSTILE_TARGETS, tool } from './fixtures.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';
import { announcements, countText, deepActiveElement, deepQuery, deepText, items, sectionTitles, settle, titles, toggle, withBundle } from './helpers.js';

const vendorSession = () => session({ sources: [], handoff: { allowedOrigins: ['https://vendor.example.org'] } });

describe('<hn-tool-catalogue> with a host-supplied bundle', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows assigned tools first under their own heading, each as part="item", and is accessible', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    expect(sectionTitles(el)).to.deep.equal(['Tildelt deg', 'Alle verktøy']);
    expect(titles(el)).to.deep.equal(['Hjerteskolen', 'Smertedagbok', 'Bedre søvn', 'Mestring av angst']);
    const school = deepText(items(el)[0]!);
    expect(school).to.contain('Ikke startet');
    expect(school).to.contain('Tildelt 20. november 2026 av Hjertepoliklinikken.');
    expect(school).to.contain('Del av Pakkeforløp for hjertesykdom.');
    expect(school).to.contain('Frist: 6. desember 2026');
    expect(school).to.contain('Læring');
    expect(school).to.contain('Fra Helse Bergen');
    expect(countText(el)).to.equal('Viser 4 av 4 verktøy.');
    await expect(el).to.be.accessible();
  });

  it('searches as the citizen types, and says the number of tools once typing pauses', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const region = el.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    expect(region.textContent!.trim()).to.equal('');
    const said = announcements(region);
    try {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      input.focus();
      await sendKeys({ type: 'søvn' });
      await settle(el);
      expect(titles(el)).to.deep.equal(['Bedre søvn']);
      expect(countText(el)).to.equal('Viser 1 av 4 verktøy.');
      await waitUntil(() => said.texts.length > 0, 'the count was never announced', { timeout: 3000 });
      expect(said.texts, 'one announcement for one burst of typing').to.deep.equal(['Viser 1 av 4 verktøy.']);
      // A late second announcement of this burst would come before the next burst's (typed later,
      // announced after the same pause): the next announcement must be the next burst's.
      await sendKeys({ type: ' finnes ikke' });
      await settle(el);
      expect(items(el)).to.have.length(0);
      expect(deepText(el.shadowRoot!)).to.contain('Ingen verktøy passer søket ditt.');
      await waitUntil(() => said.texts.length > 1, 'no match was never announced', { timeout: 3000 });
      expect(said.texts[1], 'the next announcement is the next burst').to.contain('Ingen verktøy passer søket ditt.');
      await expect(el).to.be.accessible();

      // The way back: one button clears the search and every filter, and focus returns to the search field.
      toggle(el, /Læring/).click();
      await settle(el);
      const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!;
      expect(clear.textContent!.trim()).to.equal('Fjern søk og filtre');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(titles(el)).to.have.length(4);
      expect(el.getAttribute('category')).to.equal('all');
      expect(el.query).to.equal('');
      expect(deepActiveElement()?.id).to.equal('search');
      expect((deepActiveElement() as HTMLInputElement).value).to.equal('');
      await waitUntil(() => said.texts.at(-1) === 'Viser 4 av 4 verktøy.', 'the way back was not announced', { timeout: 1000 });
    } finally {
      said.stop();
    }
  });

  it('finds tools by the name of their kind, and takes search words and "assigned only" from the host', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'kartlegging' });
    await settle(el);
    expect(titles(el)).to.deep.equal(['Smertedagbok']);

    const preset = await fixture<HnToolCatalogue>(
      html`<hn-tool-catalogue locale="en" query="learning" assigned-only .session=${vendorSession()} .bundle=${catalogueBundle()}></hn-tool-catalogue>`,
    );
    await settle(preset);
    expect(titles(preset)).to.deep.equal(['Hjerteskolen']);
    expect(preset.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('learning');
    expect(preset.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    preset.assignedOnly = false;
    await settle(preset);
    expect(titles(preset)).to.deep.equal(['Hjerteskolen', 'Bedre søvn']);
    expect(preset.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
  });

  it('announces the new count at once when a filter changes', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    const region = el.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    toggle(el, /Behandling/).click();
    await waitUntil(() => region.textContent!.trim() !== '', 'nothing announced', { timeout: 1000 });
    expect(region.textContent!.trim()).to.equal('Viser 1 av 4 verktøy.');
  });

  it('filters by category and by assignment, with the choice reflected', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    toggle(el, /Kartlegging/).click();
    await settle(el);
    expect(el.getAttribute('category')).to.equal('mapping');
    expect(toggle(el, /Kartlegging/).getAttribute('aria-pressed')).to.equal('true');
    expect(toggle(el, /Alle/).getAttribute('aria-pressed')).to.equal('false');
    expect(titles(el)).to.deep.equal(['Smertedagbok']);
    toggle(el, /Alle/).click();
    const check = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    check.click();
    await settle(el);
    expect(titles(el)).to.deep.equal(['Hjerteskolen', 'Smertedagbok']);
    await expect(el).to.be.accessible();
  });

  it('starts a tool by hand-off, and lets the host take over', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    el.addEventListener('hn-handoff-start', (event) => event.preventDefault());
    const launcher = items(el)[2]!.querySelector('hn-handoff-launcher')!;
    await (launcher as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(launcher)).to.contain('Start verktøyet');
    const started = oneEvent(el, 'hn-handoff-start');
    deepQuery<HTMLElement>(launcher.shadowRoot!, '[part="control"]')!.click();
    const detail = (await started).detail as HandoffStartDetail;
    expect(detail.href).to.equal('https://vendor.example.org/tools/sovn');
    expect(detail.destination).to.equal('Helse Bergen');
  });

  it('never offers a launch control for a hostile target, and says the tool cannot be started here', async () => {
    const el = await withBundle(bundleOf(HOSTILE_TARGETS.map((target, i) => tool(`h${i}`, { link: target }))), { session: vendorSession() });
    expect(items(el)).to.have.length(HOSTILE_TARGETS.length);
    for (const item of items(el)) {
      expect(item.querySelector('hn-handoff-launcher')).to.equal(null);
      expect(item.querySelector('a')).to.equal(null);
      expect(deepText(item)).to.contain('Dette verktøyet kan ikke startes herfra.');
    }
    await expect(el).to.be.accessible();
  });

  it('leaves a target outside the allowlist to the launcher, which refuses it visibly', async () => {
    const el = await withBundle(bundleOf([tool('other', { link: 'https://elsewhere.example.com/tool' })]), { session: vendorSession() });
    const launcher = items(el)[0]!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('hn-handoff-launcher')!;
    await launcher.updateComplete;
    let navigated = false;
    el.addEventListener('hn-handoff-start', () => (navigated = true));
    deepQuery<HTMLElement>(launcher.shadowRoot!, '[part="control"]')!.click();
    await launcher.updateComplete;
    expect(navigated).to.equal(false);
    expect(deepQuery(launcher.shadowRoot!, '[role="alert"]')).to.exist;
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
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
  });

  it('shows the empty state, an error for something that is not a Bundle, and how many entries it left out', async () => {
    const empty = await withBundle(bundleOf([]));
    expect(deepText(empty.shadowRoot!)).to.contain('Det finnes ingen verktøy her ennå.');
    await expect(empty).to.be.accessible();

    const broken = await withBundle({ resourceType: 'Patient' });
    const alert = deepQuery<HTMLElement>(broken.shadowRoot!, '[role="alert"]')!;
    expect(deepText(alert)).to.contain('Vi fikk ikke hentet verktøyene.');
    await expect(broken).to.be.accessible();

    const partly = await withBundle(bundleOf([tool('ok'), null, { resourceType: 'ActivityDefinition', status: 'active', title: 'Uten id' }]));
    expect(items(partly)).to.have.length(1);
    expect(deepText(partly.shadowRoot!)).to.contain('2 verktøy kunne ikke vises');
  });

  it('works from the keyboard: search, filters, checkbox, then the tools\' launchers', async () => {
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    el.addEventListener('hn-handoff-start', (event) => event.preventDefault());
    el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Alle');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Kartlegging');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(titles(el)).to.deep.equal(['Smertedagbok']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const launcher = items(el)[0]!.querySelector('hn-handoff-launcher')!;
    expect(launcher.shadowRoot!.contains(deepActiveElement()), 'focus reached the first tool\'s launcher').to.equal(true);
  });

  it('reflows at 320 px with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(catalogueBundle(), { session: vendorSession() });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const item of items(el)) expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
    for (const control of el.shadowRoot!.querySelectorAll('button, input[type="search"]')) {
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks nynorsk and English', async () => {
    const nn = await withBundle(catalogueBundle(), { locale: 'nn', session: vendorSession() });
    expect(deepText(nn.shadowRoot!)).to.contain('Ikkje starta');
    expect(deepText(nn.shadowRoot!)).to.contain('Søk i verktøy');
    await expect(nn).to.be.accessible();
    const en = await withBundle(catalogueBundle(), { locale: 'en', session: vendorSession() });
    expect(sectionTitles(en)).to.deep.equal(['Assigned to you', 'All tools']);
    expect(deepText(en.shadowRoot!)).to.contain('Due: 6 December 2026');
    expect(deepText(en.shadowRoot!)).to.contain('Assigned on 20 November 2026 by Hjertepoliklinikken.');
    expect(deepText(en.shadowRoot!)).to.contain('Part of Pakkeforløp for hjertesykdom.');
    await expect(en).to.be.accessible();
  });
});
