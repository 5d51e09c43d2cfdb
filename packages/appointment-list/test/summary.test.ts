// The summary for an overview page: `max-items` with `all-href` (the shell gives both there). The
// first upcoming appointments as one link each, to that appointment on the list's own page, then a
// link to the page; no view switch and no actions.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetServer, setMode } from '@hn-elements/test-support';
import { NOW, session, SOURCES, standardBundle } from './fixtures.js';
import { harness, settle } from './helpers.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';

async function summary(limit: number, locale = 'nb'): Promise<HnAppointmentList> {
  const el = await fixture<HnAppointmentList>(html`<hn-appointment-list locale=${locale} .now=${NOW} .maxItems=${limit} all-href="/appointments" .bundle=${standardBundle()}></hn-appointment-list>`);
  await settle(el);
  return el;
}

const rows = (el: HnAppointmentList) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="list"] [part="item"] a')];
const showAll = (el: HnAppointmentList) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="show-all"]')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<hn-appointment-list max-items all-href>: the summary for an overview', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetServer();
  });

  it('the first upcoming appointments, each a link to itself on the page, then "Vis alle"; no switch, no actions; axe clean', async () => {
    const el = await summary(2);
    expect(rows(el).map((a) => a.getAttribute('href'))).to.deep.equal(['/appointments#Appointment/a1', '/appointments#Appointment/a4'].map((path) => `${location.origin}${path}`));
    expect(words(rows(el)[0]!)).to.match(/^Kontroll hos øyelege, \d+\. \w+\. 2026, \d\d:\d\d/);
    // Its status in words when it is anything but booked.
    expect(words(rows(el)[1]!)).to.match(/^Blodprøve, .*, Avlyst$/);
    expect(words(showAll(el))).to.equal('Vis alle 3 kommende timer');
    expect(showAll(el).getAttribute('href')).to.equal(`${location.origin}/appointments`);
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('when every upcoming appointment is listed, the link still leads to the page', async () => {
    const el = await summary(5);
    expect(rows(el)).to.have.length(3);
    expect(words(showAll(el))).to.equal('Gå til timene dine');
  });

  it('a followed link is offered to the host as hn-navigate (the shell routes it)', async () => {
    const h = harness(await summary(1));
    expect(h.followSummaryLinks()).to.deep.equal([{ href: h.summaryLinks()[0]!.href, reference: 'Appointment/a1' }, { href: h.pageLink()!.href }]);
  });

  it('while it loads: "Henter" for screen readers, placeholder rows holding the rows\' place, the link already there; nothing moves when the rows come', async () => {
    for (const source of SOURCES) await setMode(source.id, 'slow', 1500);
    const el = await fixture<HnAppointmentList>(html`<hn-appointment-list .maxItems=${2} all-href="/appointments" request-timeout="8000" .session=${session()}></hn-appointment-list>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Henter informasjon …');
    expect(root.querySelectorAll('.summary-placeholder')).to.have.length(2);
    expect(words(showAll(el))).to.equal('Gå til timene dine');
    const height = el.getBoundingClientRect().height;
    await settle(el, 10000);
    expect(rows(el)).to.have.length(2);
    expect(el.getBoundingClientRect().height, 'the same height with the rows').to.equal(height);
    await expect(el).to.be.accessible();
  });

  it('in nynorsk and English', async () => {
    expect(words(showAll(await summary(1, 'nn')))).to.equal('Vis alle 3 komande timar');
    const en = await summary(1, 'en');
    expect(words(showAll(en))).to.equal('Show all 3 upcoming appointments');
    expect(en.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Upcoming appointments');
  });

  it('at 320 px nothing goes sideways, every link at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 640 });
    harness(await summary(3)).expectSummaryFits();
  });
});
