import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { runControlPayloads } from '@hn-elements/test-support';
import { appointment, bundleOf, NOW, standardBundle } from './fixtures.js';
import { deepQuery, deepText, harness, items, settle, titles, withBundle } from './helpers.js';

describe('<hn-appointment-list> with a host-supplied bundle', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows upcoming appointments, soonest first, each as part="item", and is accessible', async () => {
    const el = await withBundle(standardBundle());
    expect(titles(el)).to.deep.equal(['Kontroll hos øyelege', 'Blodprøve', 'Samtale om behandling']);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain('tirsdag 24. november 2026, kl. 10:00–10:30');
    expect(text).to.contain('Øyepoliklinikken');
    expect(text).to.contain('Jonas Lies vei 72, 5021 Bergen');
    expect(text).to.contain('Ingrid Berg, Haukeland universitetssjukehus');
    expect(text).to.contain('Bestilt');
    expect(text).to.contain('Avlyst');
    await expect(el).to.be.accessible();
  });

  it('shows past appointments when the view is switched', async () => {
    const el = await withBundle(standardBundle());
    const pastButton = harness(el).viewButton('past');
    expect(pastButton.textContent).to.contain('Tidligere');
    pastButton.click();
    await settle(el);
    expect(el.view).to.equal('past');
    expect(el.getAttribute('view')).to.equal('past');
    expect(pastButton.getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)).to.deep.equal(['Kontroll hos øyelege']);
    expect(deepText(items(el)[0]!)).to.contain('Gjennomført');
    await expect(el).to.be.accessible();
  });

  it('links only https video rooms and shows the preparation text', async () => {
    const el = await withBundle(standardBundle());
    const video = items(el)[2]!;
    const link = video.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://video.example.org/room/abc123');
    expect(link.getAttribute('rel')).to.contain('noopener');
    const details = items(el)[0]!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.contain('Slik forbereder du deg');
    expect(details.textContent).to.contain('Møt 15 minutter før');
  });

  it('keeps each fact label on the line of its value, also beside the 44 px video link', async () => {
    const el = await withBundle(standardBundle());
    const video = items(el)[2]!;
    const fact = harness(el).factOf(video.querySelector('a')!);
    const firstTextBox = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getClientRects()[0]!;
    };
    const label = firstTextBox(fact.label);
    const value = firstTextBox(fact.value);
    expect(video.querySelector('a')!.getBoundingClientRect().height).to.be.at.least(44);
    // Same font size: on one line when their text boxes end at the same height.
    expect(Math.abs(label.bottom - value.bottom), `label ${label.top}–${label.bottom}, value ${value.top}–${value.bottom}`).to.be.below(1);
  });

  it('shows the empty state when there is nothing to show', async () => {
    const el = await withBundle(bundleOf([]));
    expect(items(el)).to.have.length(0);
    expect(deepText(el.shadowRoot!)).to.contain('Du har ingen kommende timer.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry for something that is not a Bundle, and recovers when given one', async () => {
    const el = await withBundle({ resourceType: 'Patient', id: 'x' });
    const alert = deepQuery<HTMLElement>(el.shadowRoot!, '[role="alert"]')!;
    expect(alert).to.exist;
    expect(deepText(alert)).to.contain('Vi fikk ikke hentet timene dine.');
    expect(deepQuery(el.shadowRoot!, 'button[part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
    el.bundle = standardBundle();
    await settle(el);
    expect(items(el)).to.have.length(3);
  });

  it('shows the good entries of a malformed bundle and says how many it left out', async () => {
    const el = await withBundle(
      bundleOf([appointment({ id: 'fine' }), null, 17, { resourceType: 'Appointment', id: 'x', status: 'booked' }, { resourceType: 'Appointment', id: 'y', status: 'dancing', start: '2026-11-24T09:00:00Z' }]),
    );
    expect(items(el)).to.have.length(1);
    expect(deepText(el.shadowRoot!)).to.contain('4 timer kunne ikke vises');
    await expect(el).to.be.accessible();
  });

  it('renders hostile text from a source as text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const el = await withBundle(
      bundleOf([
        appointment({
          id: 'h',
          serviceType: [{ text: '<img src=x onerror="window.__pwned=1">' }],
          patientInstruction: '<script>window.__pwned=2</script>',
          description: '<a href="javascript:window.__pwned=3">klikk</a>',
        }),
      ]),
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    // Controls rendered after the text, in the same shadow root, have run: a payload would have too.
    await runControlPayloads(el.shadowRoot!);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(titles(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
  });

  it('speaks nynorsk and English', async () => {
    const nn = await withBundle(standardBundle(), 'nn');
    expect(deepText(nn.shadowRoot!)).to.contain('Komande timar');
    expect(deepText(nn.shadowRoot!)).to.contain('tysdag 24. november 2026');
    await expect(nn).to.be.accessible();
    const en = await withBundle(standardBundle(), 'en');
    expect(deepText(en.shadowRoot!)).to.contain('Upcoming appointments');
    expect(deepText(en.shadowRoot!)).to.contain('24 November 2026');
    expect(deepText(en.shadowRoot!)).to.contain('10:00–10:30');
    await expect(en).to.be.accessible();
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(standardBundle());
    el.style.display = 'block';
    for (const item of items(el)) {
      expect(item.scrollWidth, 'item overflows').to.be.at.most(item.clientWidth + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('offers cancel on bundle items only with host-cancel, and then leaves the work to the host', async () => {
    const el = await withBundle(standardBundle());
    expect([...items(el)[0]!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Legg til i kalender']);
    el.hostCancel = true;
    await settle(el);
    expect([...items(el)[0]!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Avbestill time');
  });

  it('emits hn-appointment-calendar with an iCalendar file the host may take over', async () => {
    const el = await withBundle(standardBundle());
    let detail: { ics: string; fileName: string } | undefined;
    el.addEventListener('hn-appointment-calendar', (event) => {
      detail = (event as CustomEvent).detail;
      event.preventDefault();
    });
    (items(el)[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(detail!.fileName).to.equal('2026-11-24 Kontroll hos øyelege.ics');
    expect(detail!.ics).to.contain('DTSTART:20261124T090000Z');
  });

  it('treats the `now` property as the split between upcoming and past', async () => {
    const el = await withBundle(standardBundle());
    el.now = new Date(NOW.getTime() + 1000 * 60 * 60 * 24 * 30);
    el.bundle = { ...standardBundle() };
    await settle(el);
    expect(titles(el)).to.deep.equal([]);
  });
});
