// A new-tab hand-off whose launch id comes late: the browser's popup blocker would stop a tab opened
// that long after the click, silently. The launcher must offer a link instead (the same launch id,
// with the reason), never stay silent, never waste or reuse a dead launch id.
//
// The activation is simulated with the launcher's injectable check, and the launch id comes when
// the test answers the pending issueTicket — no waiting on clocks.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HandoffTicketRequest, Session } from '@hn-elements/core';
import { defaultUserActivation, HnHandoffLauncher } from '../src/hn-handoff-launcher.js';
import { flush, ISS, mount, onBehalfOfOla, session, text, TICKET, VENDOR, type Harness, type MountOptions } from './helpers.js';

const TICKET_2 = 'Qz3r8Tn1pW6yUe4sKd7mGf2Hb';
const per = { reference: 'Patient/per', name: 'Per Hansen' };

/** An issueTicket whose answers the test gives, one per request, when it chooses. */
function lateTickets() {
  const waiting: ((id: string) => void)[] = [];
  const requests: HandoffTicketRequest[] = [];
  return {
    requests,
    issue: (request: HandoffTicketRequest) => {
      requests.push(request);
      return new Promise<string>((resolve) => waiting.push(resolve));
    },
    answer(id: string) {
      const resolve = waiting.shift();
      if (!resolve) throw new Error('no launch id was asked for');
      resolve(id);
    },
  };
}

/** The citizen's activation, as the launcher's check sees it: the test turns it off to say "too late". */
function activation(initially = true) {
  const state = { active: initially, checks: 0 };
  return { state, check: () => (state.checks += 1, state.active) };
}

interface Setup {
  h: Harness;
  tickets: ReturnType<typeof lateTickets>;
  act: ReturnType<typeof activation>;
}

async function setup(options: MountOptions & { base?: Session } = {}): Promise<Setup> {
  const tickets = lateTickets();
  const act = activation();
  const base = options.base ?? onBehalfOfOla();
  const h = await mount({
    label: 'Åpne skjemaet',
    newTab: true,
    smart: { iss: ISS, sourceId: 'helse-bergen' },
    activation: act.check,
    ...options,
    session: { ...base, handoff: { ...base.handoff, issueTicket: tickets.issue } },
  });
  return { h, tickets, act };
}

/** Click, let the activation run out while the launch id is on its way, then answer it. */
async function lateLaunch({ h, tickets, act }: Setup, id = TICKET): Promise<void> {
  h.control().focus();
  h.control().click();
  await flush(h.el);
  act.state.active = false;
  tickets.answer(id);
  await flush(h.el);
}

const launchOf = (url: string | null | undefined) => (url ? new URL(url).searchParams.get('launch') : null);
/** Which part of the launcher has focus ('control', 'offer-link'), or '(outside)'. Strings, so a failure reads well. */
const focused = (h: Harness) => h.el.shadowRoot!.activeElement?.getAttribute('part') ?? '(outside)';

// First in the file: each test file gets a fresh page, so no earlier key press still counts here.
describe('defaultUserActivation', () => {
  it("goes by the browser's own answer where it has one", () => {
    expect(defaultUserActivation(0, 10_000, { userActivation: { isActive: true } })).to.equal(true);
    expect(defaultUserActivation(0, 10, { userActivation: { isActive: false } })).to.equal(false);
  });

  it('without it, trusts only a hand-off started less than a second ago', () => {
    expect(defaultUserActivation(1_000, 1_200, {})).to.equal(true);
    expect(defaultUserActivation(1_000, 2_500, {})).to.equal(false);
    expect(defaultUserActivation(undefined, 1_000, {})).to.equal(false);
  });

  it('in this browser, a script click is no activation and a key press is', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button type="button">x</button>`);
    expect(navigator.userActivation.isActive, 'this file runs first in a fresh page').to.equal(false);
    let seen: boolean | undefined;
    button.addEventListener('click', () => (seen = defaultUserActivation(performance.now())));
    button.click();
    expect(seen).to.equal(false);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(seen).to.equal(true);
  });
});

describe('<hn-handoff-launcher> new tab when the launch id comes late (popup blocker)', () => {
  const defaults = { lifetime: HnHandoffLauncher.offerLifetime };

  afterEach(async () => {
    HnHandoffLauncher.offerLifetime = defaults.lifetime;
    await setViewport({ width: 800, height: 600 });
  });

  it('offers a link with the reason instead of a tab the browser would block, and moves focus to it', async () => {
    const s = await setup();
    const { h } = s;
    await lateLaunch(s);
    expect(h.navigations, 'no tab is tried without an activation').to.deep.equal([]);
    expect(h.starts).to.deep.equal([]);
    expect(h.errors).to.deep.equal([]);
    expect(h.el.awaitingCitizen).to.equal(true);
    const offer = h.offer()!;
    expect(offer, 'a visible way on').to.exist;
    expect(text(offer)).to.equal('Åpne Helse Bergen i ny fane');
    expect(text(h.status())).to.equal(
      'Det tok litt tid å gjøre klar overgangen til Helse Bergen, så nettleseren din kan ikke åpne en ny fane av seg selv. Velg «Åpne Helse Bergen i ny fane».',
    );
    // A real link to the deep link with the launch id in hand, opened only as a new tab without opener or referrer.
    const href = new URL(offer.href);
    expect(href.origin + href.pathname).to.equal(`${VENDOR}/tasks/123`);
    expect(href.searchParams.get('launch')).to.equal(TICKET);
    expect(href.searchParams.get('iss')).to.equal(ISS);
    expect(offer.target).to.equal('_blank');
    expect(offer.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(offer.referrerPolicy).to.equal('no-referrer');
    expect(focused(h), 'focus moved from the control to the link').to.equal('offer-link');
    expect(offer.getAttribute('aria-describedby')).to.equal(h.status().id);
    expect(h.control().getAttribute('aria-disabled')).to.equal('false');
    const box = offer.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    await expect(h.el).to.be.accessible();
  });

  it('the offered link opens the new tab with the same launch id, once; focus goes back to the control', async () => {
    const s = await setup();
    const { h, tickets, act } = s;
    await lateLaunch(s);
    act.state.active = true; // the citizen's own click
    const offer = h.offer()!;
    offer.click();
    offer.click();
    await flush(h.el);
    expect(tickets.requests, 'no second launch id').to.have.length(1);
    expect(h.navigations).to.have.length(1);
    expect(h.navigations[0]!.newTab).to.equal(true);
    expect(launchOf(h.navigations[0]!.url)).to.equal(TICKET);
    expect(h.starts).to.have.length(1);
    expect(h.starts[0]).to.include({ href: h.navigations[0]!.url, newTab: true, smart: true });
    expect(h.starts[0]!.onBehalfOf?.name).to.equal('Ola Nordmann');
    expect(h.offer()).to.equal(null);
    expect(h.el.awaitingCitizen).to.equal(false);
    expect(focused(h), 'focus is not lost to <body>').to.equal('control');
    h.control().click();
    await flush(h.el);
    expect(h.navigations, 'one hand-off per activation').to.have.length(1);
  });

  it('is keyboard operable: Enter on the offered link opens it', async () => {
    const s = await setup();
    const { h } = s;
    await lateLaunch(s);
    expect(focused(h)).to.equal('offer-link');
    s.act.state.active = true;
    await sendKeys({ press: 'Enter' });
    await flush(h.el);
    expect(h.navigations.map((n) => launchOf(n.url))).to.deep.equal([TICKET]);
  });

  it('a middle click on the offered link opens it too; a right click does not', async () => {
    const s = await setup();
    const { h } = s;
    await lateLaunch(s);
    s.act.state.active = true;
    h.offer()!.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, composed: true, button: 2 }));
    await flush(h.el);
    expect(h.navigations).to.deep.equal([]);
    const middle = new MouseEvent('auxclick', { bubbles: true, cancelable: true, composed: true, button: 1 });
    h.offer()!.dispatchEvent(middle);
    expect(middle.defaultPrevented, 'the element opens it, once').to.equal(true);
    await flush(h.el);
    expect(h.navigations.map((n) => [launchOf(n.url), n.newTab])).to.deep.equal([[TICKET, true]]);
  });

  it('activating the launcher itself again uses the launch id in hand, not a new one', async () => {
    const s = await setup();
    const { h, tickets } = s;
    await lateLaunch(s);
    expect(h.navigations, 'nothing opened by itself').to.deep.equal([]);
    expect(h.el.awaitingCitizen).to.equal(true);
    s.act.state.active = true;
    h.control().click();
    await flush(h.el);
    expect(tickets.requests).to.have.length(1);
    expect(h.navigations.map((n) => launchOf(n.url))).to.deep.equal([TICKET]);
    expect(h.offer()).to.equal(null);
  });

  it('on a same-tab launcher, a late middle click is offered; a plain click then goes in the same tab with that launch id', async () => {
    const s = await setup({ newTab: false });
    const { h, tickets } = s;
    h.control().dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, composed: true, button: 1 }));
    await flush(h.el);
    s.act.state.active = false;
    tickets.answer(TICKET);
    await flush(h.el);
    expect(h.navigations).to.deep.equal([]);
    expect(h.offer()).to.exist;
    h.control().click();
    await flush(h.el);
    expect(tickets.requests).to.have.length(1);
    expect(h.navigations.map((n) => [launchOf(n.url), n.newTab])).to.deep.equal([[TICKET, false]]);
    expect(h.starts.map((d) => d.newTab)).to.deep.equal([false]);
  });

  it('a launch id too old by the time the citizen acts is replaced by a new one, never used', async () => {
    HnHandoffLauncher.offerLifetime = 0; // "2 minutes have passed"
    const s = await setup();
    const { h, tickets } = s;
    await lateLaunch(s);
    const offer = h.offer()!;
    expect(offer, 'still a way on').to.exist;
    expect(launchOf(offer.href), 'the dead launch id is no longer in the link').to.equal(null);
    s.act.state.active = true;
    offer.click();
    await flush(h.el);
    expect(tickets.requests, 'a new launch id is asked for').to.have.length(2);
    expect(h.navigations).to.deep.equal([]);
    expect(focused(h), 'focus on the control while the new one comes').to.equal('control');
    tickets.answer(TICKET_2);
    await flush(h.el);
    expect(h.navigations.map((n) => launchOf(n.url))).to.deep.equal([TICKET_2]);
  });

  it('a new launch id that is late again gives a new link with it', async () => {
    HnHandoffLauncher.offerLifetime = 0;
    const s = await setup();
    const { h, tickets } = s;
    await lateLaunch(s);
    s.act.state.active = true;
    h.offer()!.click();
    await flush(h.el);
    s.act.state.active = false;
    HnHandoffLauncher.offerLifetime = 100_000;
    tickets.answer(TICKET_2);
    await flush(h.el);
    expect(h.navigations).to.deep.equal([]);
    expect(launchOf(h.offer()!.href)).to.equal(TICKET_2);
    expect(focused(h)).to.equal('offer-link');
  });

  it('a fast launch id opens the new tab directly: the activation is checked when the id arrives', async () => {
    const { h, tickets, act } = await setup();
    h.control().click();
    await flush(h.el);
    expect(act.state.checks, 'not decided before the launch id is in hand').to.equal(0);
    tickets.answer(TICKET);
    await flush(h.el);
    expect(act.state.checks).to.be.at.least(1);
    expect(h.navigations.map((n) => [launchOf(n.url), n.newTab])).to.deep.equal([[TICKET, true]]);
    expect(h.offer()).to.equal(null);
  });

  it('in the same tab a late launch id still navigates (no new tab, nothing to block)', async () => {
    const s = await setup({ newTab: false });
    await lateLaunch(s);
    expect(s.act.state.checks, 'the same tab needs no activation').to.equal(0);
    expect(s.h.navigations.map((n) => [launchOf(n.url), n.newTab])).to.deep.equal([[TICKET, false]]);
    expect(s.h.offer()).to.equal(null);
    expect(s.h.el.awaitingCitizen).to.equal(false);
  });

  it('a new tab started by a script, without an activation, is offered too (plain deep link)', async () => {
    const h = await mount({ newTab: true, activation: () => false });
    expect(await h.el.handoff()).to.equal(false);
    await flush(h.el);
    expect(h.navigations).to.deep.equal([]);
    expect(h.offer()!.href).to.equal(`${VENDOR}/tasks/123`);
    expect(text(h.status())).to.contain('kan ikke åpne en ny fane av seg selv');
    h.el.userActivation = () => true;
    h.offer()!.click();
    await flush(h.el);
    expect(h.navigations).to.deep.equal([{ url: `${VENDOR}/tasks/123`, newTab: true }]);
  });

  it('does not take focus from where the citizen went while waiting', async () => {
    const elsewhere = await fixture<HTMLInputElement>(html`<input aria-label="Søk" />`);
    const s = await setup();
    s.h.control().click();
    await flush(s.h.el);
    elsewhere.focus();
    s.act.state.active = false;
    s.tickets.answer(TICKET);
    await flush(s.h.el);
    expect(s.h.offer()).to.exist;
    expect(document.activeElement === elsewhere, 'focus stays in the search field').to.equal(true);
    expect(text(s.h.status()), 'announced all the same').to.contain('Åpne Helse Bergen i ny fane');
  });

  it('choosing someone else to act for drops the link: its launch id names Ola', async () => {
    const s = await setup();
    const { h, tickets } = s;
    await lateLaunch(s);
    expect(focused(h)).to.equal('offer-link');
    const forPer = session({
      patient: per,
      representation: { person: per, relation: 'power-of-attorney', scopes: ['appointments'] },
      handoff: { allowedOrigins: [VENDOR], issueTicket: tickets.issue },
    });
    h.el.session = forPer;
    await flush(h.el);
    expect(h.offer()).to.equal(null);
    expect(text(h.status())).to.equal('');
    expect(focused(h), 'focus is not lost to <body>').to.equal('control');
    s.act.state.active = true;
    h.control().click();
    await flush(h.el);
    expect(tickets.requests, 'a launch id for Per').to.have.length(2);
  });

  it('a launch id that arrives after the citizen chose someone else is not used at all', async () => {
    const { h, tickets } = await setup();
    h.control().click();
    await flush(h.el);
    h.el.session = { ...onBehalfOfOla(), representation: undefined, patient: onBehalfOfOla().actor, handoff: { allowedOrigins: [VENDOR], issueTicket: tickets.issue } };
    await flush(h.el);
    tickets.answer(TICKET);
    await flush(h.el);
    expect(h.navigations).to.deep.equal([]);
    expect(h.offer()).to.equal(null);
    expect(h.errors.map((e) => e.reason)).to.deep.equal(['ticket-failed']);
  });

  it('the host can take over from the offered link (hn-handoff-start is cancelable)', async () => {
    const s = await setup();
    await lateLaunch(s);
    s.h.el.addEventListener('hn-handoff-start', (e) => e.preventDefault());
    s.act.state.active = true;
    s.h.offer()!.click();
    await flush(s.h.el);
    expect(s.h.starts.map((d) => launchOf(d.href))).to.deep.equal([TICKET]);
    expect(s.h.navigations).to.deep.equal([]);
    expect(s.h.offer()).to.equal(null);
  });

  it('when the browser could not open it, the retry uses the same launch id', async () => {
    const s = await setup({ navigateResult: false });
    const { h, tickets } = s;
    await lateLaunch(s);
    s.act.state.active = true;
    h.offer()!.click();
    await flush(h.el);
    expect(h.errors.map((e) => e.reason)).to.deep.equal(['navigation-failed']);
    expect(h.offer(), 'one message at a time').to.equal(null);
    expect(focused(h), 'focus is not lost to <body>').to.equal('control');
    h.el.navigate = (url, newTab) => void h.navigations.push({ url, newTab });
    h.alert()!.querySelector('button')!.click();
    await flush(h.el);
    expect(tickets.requests).to.have.length(1);
    expect(h.navigations.slice(-1).map((n) => launchOf(n.url))).to.deep.equal([TICKET]);
  });

  it('coming back to the page (pageshow) or removing the launcher drops the link', async () => {
    const s = await setup();
    await lateLaunch(s);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await flush(s.h.el);
    expect(s.h.offer()).to.equal(null);
    const t = await setup();
    await lateLaunch(t);
    t.h.el.remove();
    expect(t.h.el.awaitingCitizen).to.equal(false);
  });

  it('says it in nb, nn and en', async () => {
    const expected = {
      nb: [
        'Det tok litt tid å gjøre klar overgangen til Helse Bergen, så nettleseren din kan ikke åpne en ny fane av seg selv. Velg «Åpne Helse Bergen i ny fane».',
        'Åpne Helse Bergen i ny fane',
      ],
      nn: [
        'Det tok litt tid å gjere klar overgangen til Helse Bergen, så nettlesaren din kan ikkje opne ei ny fane av seg sjølv. Vel «Opne Helse Bergen i ny fane».',
        'Opne Helse Bergen i ny fane',
      ],
      en: [
        'It took a while to get the hand-off to Helse Bergen ready, so your browser cannot open a new tab by itself. Choose “Open Helse Bergen in a new tab”.',
        'Open Helse Bergen in a new tab',
      ],
    } as const;
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const s = await setup({ locale });
      await lateLaunch(s);
      expect(text(s.h.status()), locale).to.equal(expected[locale][0]);
      expect(text(s.h.offer()), locale).to.equal(expected[locale][1]);
      await expect(s.h.el).to.be.accessible();
    }
  });

  it('reflows at 320 px with a 44 px link', async () => {
    await setViewport({ width: 320, height: 640 });
    const s = await setup({ destination: 'Helse Bergen, øyeavdelingen på Haukeland universitetssjukehus' });
    await lateLaunch(s);
    const box = s.h.offer()!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(s.h.el).to.be.accessible();
  });
});
