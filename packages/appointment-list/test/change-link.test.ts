import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Appointment, Bundle, Extension } from '@medplum/fhirtypes';
import type { HandoffTicketRequest, Session } from '@hn-elements/core';
import { HnHandoffLauncher, type HandoffErrorDetail, type HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { APPOINTMENT_CHANGE_LINK, changeLinkOf, toAppointmentViews } from '../src/model.js';
import { appointment, bundleOf, location, NOW, onBehalfOfOla, organization, practitioner, service, session, SOURCES } from './fixtures.js';
import { fhirGet, resetServer } from '@hn-elements/test-support';
import { deepText, harness, items, settle, withBundle, withSession } from './helpers.js';

const BOOKING = 'https://booking.example.org';
const TICKET = 'Lx8q2Vx0mB8sW9kTn4LrY7aHcQ';

function changeLink(href: string, smart = false): Extension[] {
  return [{ url: APPOINTMENT_CHANGE_LINK, extension: [{ url: 'link', valueUrl: href }, ...(smart ? [{ url: 'launch', valueCode: 'smart' }] : [])] }];
}

function launchers(el: HTMLElement): HnHandoffLauncher[] {
  return [...el.shadowRoot!.querySelectorAll<HnHandoffLauncher>('hn-handoff-launcher')];
}

/** Watches navigations of every launcher on the page, without leaving it. */
function watchNavigation(): { urls: { url: string; newTab: boolean }[]; restore: () => void } {
  const original = HnHandoffLauncher.navigate;
  const urls: { url: string; newTab: boolean }[] = [];
  HnHandoffLauncher.navigate = (url, newTab) => void urls.push({ url, newTab });
  return { urls, restore: () => (HnHandoffLauncher.navigate = original) };
}

describe('"Endre time": change link (model)', () => {
  it('reads the extension: https, or http on loopback (playground), and whether it is a SMART app', () => {
    expect(changeLinkOf(appointment({ id: 'x', extension: changeLink(`${BOOKING}/tasks/a1`, true) }))).to.deep.equal({ href: `${BOOKING}/tasks/a1`, smart: true });
    expect(changeLinkOf(appointment({ id: 'x', extension: changeLink('http://127.0.0.1:5175/tasks/a1') }))).to.deep.equal({ href: 'http://127.0.0.1:5175/tasks/a1', smart: false });
  });

  for (const hostile of ['javascript:alert(1)', 'data:text/html,x', '/tasks/a1', '//evil.example/x', 'http://booking.example.org/x', 'https://u:p@booking.example.org/x', 'ikke en lenke']) {
    it(`drops ${hostile}`, () => {
      expect(changeLinkOf(appointment({ id: 'x', extension: changeLink(hostile) }))).to.equal(undefined);
    });
  }

  it('survives extensions of the wrong shape', () => {
    const odd = [{ url: APPOINTMENT_CHANGE_LINK }, { url: APPOINTMENT_CHANGE_LINK, extension: 'x' }, null, { url: APPOINTMENT_CHANGE_LINK, extension: [{ url: 'link', valueString: 'https://x' }] }];
    expect(changeLinkOf(appointment({ id: 'x', extension: odd as unknown as Extension[] }))).to.equal(undefined);
    expect(changeLinkOf(appointment({ id: 'x', extension: 'x' as unknown as Extension[] }))).to.equal(undefined);
  });

  it('offers change only where cancel is offered: upcoming and booked, pending or proposed', () => {
    const ext = changeLink(`${BOOKING}/tasks/t`);
    const { items: views } = toAppointmentViews(
      [
        appointment({ id: 'up', extension: ext }),
        appointment({ id: 'done', status: 'fulfilled', start: '2026-10-01T08:00:00Z', end: '2026-10-01T08:30:00Z', extension: ext }),
        appointment({ id: 'off', status: 'cancelled', extension: ext }),
      ],
      { id: 'helse-bergen', name: 'Helse Bergen' },
      NOW,
    );
    expect(Object.fromEntries(views.map((v) => [v.id, v.changeLink?.href]))).to.deep.equal({ up: `${BOOKING}/tasks/t`, done: undefined, off: undefined });
  });
});

describe('"Endre time" in the list (bundle mode)', () => {
  let watch: ReturnType<typeof watchNavigation>;
  beforeEach(() => {
    watch = watchNavigation();
  });
  afterEach(async () => {
    watch.restore();
    await setViewport({ width: 800, height: 600 });
  });

  const bundle = (href: string, smart = false): Bundle =>
    bundleOf([appointment({ id: 'a1', extension: changeLink(href, smart) }), practitioner, organization, location, service]);

  async function withLink(href: string, options: { smart?: boolean; session?: Session; locale?: string } = {}) {
    const el = await withBundle(bundle(href, options.smart), options.locale);
    el.session = options.session ?? session({ handoff: { allowedOrigins: [BOOKING] } });
    await settle(el);
    return el;
  }

  it('hands off to the booking with one activation, saying where and on whose behalf', async () => {
    const el = await withLink(`${BOOKING}/tasks/endre-a1`, { session: session({ ...onBehalfOfOla(), handoff: { allowedOrigins: [BOOKING] } }) });
    const [launcher] = launchers(el);
    expect(launcher, 'a launcher for the appointment').to.exist;
    expect(launcher!.getAttribute('part')).to.equal('change');
    const link = launcher!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="control"]')!;
    expect(link.getAttribute('href')).to.equal(`${BOOKING}/tasks/endre-a1`);
    // The appointment's title is heard after the label (not shown), so each "Endre time" has its own name.
    expect(deepText(link).trim()).to.match(/^Endre time – Kontroll hos øyelege\s*→\s*Du går til Haukeland universitetssjukehus på vegne av Ola Nordmann\.$/);
    await expect(el).to.be.accessible();

    const started = oneEvent(el, 'hn-handoff-start');
    link.click();
    link.click();
    const detail = ((await started) as CustomEvent<HandoffStartDetail>).detail;
    expect(detail).to.include({ href: `${BOOKING}/tasks/endre-a1`, destination: 'Haukeland universitetssjukehus', smart: false });
    expect(detail.onBehalfOf?.name).to.equal('Ola Nordmann');
    await launcher!.updateComplete;
    expect(watch.urls).to.deep.equal([{ url: `${BOOKING}/tasks/endre-a1`, newTab: false }]);
  });

  it('opens a SMART booking app as a plain deep link when there is no source to be its iss', async () => {
    const el = await withLink(`${BOOKING}/tasks/endre-a1`, { smart: true });
    const [launcher] = launchers(el);
    expect(launcher!.launch).to.equal(undefined);
    expect(launcher!.iss).to.equal(undefined);
  });

  it('is reached with Tab and started with Enter', async () => {
    const el = await withLink(`${BOOKING}/tasks/endre-a1`);
    // "Endre time" is the card's first action, "Legg til i kalender" the next.
    const calendar = [...items(el)[0]!.querySelectorAll('button')].find((b) => /kalender/.test(b.textContent!))!;
    calendar.focus();
    await sendKeys({ press: 'Shift+Tab' });
    const [launcher] = launchers(el);
    expect(launcher!.shadowRoot!.activeElement?.getAttribute('part')).to.equal('control');
    await sendKeys({ press: 'Enter' });
    await launcher!.updateComplete;
    expect(watch.urls).to.have.length(1);
  });

  it('refuses a link that is not on the allowlist visibly, and does not navigate', async () => {
    const el = await withLink('https://evil.example/tasks/a1');
    const [launcher] = launchers(el);
    const errored = oneEvent(el, 'hn-handoff-error');
    launcher!.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
    expect(((await errored) as CustomEvent<HandoffErrorDetail>).detail.reason).to.equal('not-allowed');
    await launcher!.updateComplete;
    expect(deepText(launcher!.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('evil.example');
    expect(watch.urls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows no change at all for a script link from the source', async () => {
    const el = await withLink('javascript:alert(document.domain)');
    expect(launchers(el)).to.have.length(0);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('speaks nynorsk and English, and fits 320 px', async () => {
    for (const [locale, label] of [['nn', 'Endre time'], ['en', 'Change appointment']] as const) {
      const el = await withLink(`${BOOKING}/tasks/endre-a1`, { locale });
      const text = deepText(launchers(el)[0]!.shadowRoot!);
      expect(text, locale).to.contain(label);
      expect(text, locale).to.contain(locale === 'nn' ? 'Du går til Haukeland universitetssjukehus.' : 'You are going to Haukeland universitetssjukehus.');
    }
    await setViewport({ width: 320, height: 640 });
    const el = await withLink(`${BOOKING}/tasks/endre-a1`, { session: session({ ...onBehalfOfOla(), handoff: { allowedOrigins: [BOOKING] } }) });
    expect(launchers(el)[0]!.getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('"Endre time" live from the FHIR server (SMART launch)', () => {
  let watch: ReturnType<typeof watchNavigation>;
  beforeEach(() => {
    watch = watchNavigation();
  });
  afterEach(async () => {
    watch.restore();
    await resetServer();
  });

  /** Upcoming, changeable appointments of a patient whose source gives a change link, from the server itself. */
  async function linksOnServer(patient: string) {
    const found: { key: string; href: string; smart: boolean; sourceId: string; fhirBase: string }[] = [];
    for (const source of SOURCES) {
      const bundle = await fhirGet<Bundle>(`${source.fhirBase}/Appointment?patient=${patient}&_count=200`);
      for (const entry of bundle.entry ?? []) {
        const a = entry.resource as Appointment;
        const link = changeLinkOf(a);
        const upcoming = a.start !== undefined && new Date(a.start).getTime() > Date.now();
        if (link && upcoming && ['booked', 'pending', 'proposed'].includes(a.status)) {
          found.push({ key: `${source.id}/${a.id}`, ...link, sourceId: source.id, fhirBase: source.fhirBase });
        }
      }
    }
    return found;
  }

  function liveSession(links: { href: string }[], overrides: Partial<Session> = {}, issueTicket?: (r: HandoffTicketRequest) => Promise<string>): Session {
    const allowedOrigins = [...new Set(links.map((l) => new URL(l.href).origin))];
    return session({ ...overrides, handoff: { allowedOrigins, ...(issueTicket ? { issueTicket } : {}) } });
  }

  it('puts a launcher on exactly the appointments whose source gives a change link, SMART ones with iss', async () => {
    const expected = await linksOnServer('Patient/kari');
    expect(expected.length, 'the seed has change links').to.be.greaterThan(0);
    const el = await withSession(liveSession(expected));
    await settle(el);
    const h = harness(el);
    const shown = h
      .items()
      .map((item) => ({ key: h.keyOf(item), launcher: item.querySelector<HnHandoffLauncher>('hn-handoff-launcher') }))
      .filter((x) => x.launcher);
    expect(shown.map((x) => x.key).sort()).to.deep.equal(expected.map((x) => x.key).sort());
    for (const { key, launcher } of shown) {
      const link = expected.find((x) => x.key === key)!;
      expect(launcher!.href).to.equal(link.href);
      expect(launcher!.launch).to.equal(link.smart ? 'smart' : undefined);
      if (link.smart) {
        expect(launcher!.iss).to.equal(new URL(link.fhirBase, window.location.href).href);
        expect(launcher!.sourceId).to.equal(link.sourceId);
      }
      expect(launcher!.shadowRoot!.querySelector('[part="control"]')!.localName, 'allowlisted: a real link').to.equal('a');
    }
    await expect(el).to.be.accessible();
  });

  it('launches the booking app with iss and an opaque launch id, for the represented child', async () => {
    const expected = (await linksOnServer('Patient/ola')).filter((l) => l.smart);
    expect(expected.length, "Ola has a SMART change link").to.be.greaterThan(0);
    const requests: HandoffTicketRequest[] = [];
    const el = await withSession(liveSession(expected, onBehalfOfOla(), async (r) => (requests.push(r), TICKET)));
    await settle(el);
    expect(deepText(el.shadowRoot!)).to.contain('Du ser nå informasjonen til Ola Nordmann');
    const [launcher] = launchers(el);
    expect(deepText(launcher!.shadowRoot!)).to.contain('på vegne av Ola Nordmann');
    const started = oneEvent(el, 'hn-handoff-start');
    launcher!.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
    const detail = ((await started) as CustomEvent<HandoffStartDetail>).detail;
    expect(requests).to.deep.equal([{ target: expected[0]!.href, sourceId: expected[0]!.sourceId }]);
    const url = new URL(watch.urls[0]!.url);
    expect(url.searchParams.get('launch')).to.equal(TICKET);
    expect(url.searchParams.get('iss')).to.equal(new URL(expected[0]!.fhirBase, window.location.href).href);
    expect(detail).to.include({ smart: true });
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('takes the change link away once the appointment is cancelled', async () => {
    const expected = await linksOnServer('Patient/kari');
    const el = await withSession(liveSession(expected));
    await settle(el);
    const h = harness(el);
    const item = h.items().find((i) => i.querySelector('hn-handoff-launcher') && h.findButton(i, /Avbestill/))!;
    expect(item).to.exist;
    const key = h.keyOf(item);
    h.button(item, /Avbestill/).click();
    await settle(el);
    const cancelled = oneEvent(el, 'hn-appointment-cancelled');
    h.confirm();
    await cancelled;
    await settle(el);
    const updated = h.item(key)!;
    expect(updated, 'the appointment is still listed').to.exist;
    expect(updated.querySelector('hn-handoff-launcher')).to.equal(null);
  });
});
