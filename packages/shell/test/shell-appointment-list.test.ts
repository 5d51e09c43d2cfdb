// The shell with the real <hn-appointment-list> micro-frontend (its mfe.ts from core's
// defineMicroFrontend) and the embedded FHIR server the test runner serves under /fhir.
// The specifier is a URL here; in the playground and in production it is the bare
// `@hn-elements/appointment-list/mfe.js`, resolved by the import map.
import { expect, waitUntil } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { startShell, type Shell } from '../src/index.js';
import { container, go, root } from './helpers.js';

interface AppointmentList extends HTMLElement {
  session?: Session;
  locale?: string;
  maxItems?: number;
  allHref?: string;
  headingLevel?: number;
  updateComplete?: Promise<unknown>;
}

/** The ARIA levels of the appointments' headings. */
function headingLevels(el: AppointmentList): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part="item"] [role="heading"]') ?? [])].map((h) => h.getAttribute('aria-level')!);
}

function listed(el: AppointmentList): number {
  return el.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0;
}

function element(): AppointmentList | null {
  return container('appointment-list')?.querySelector<AppointmentList>('hn-appointment-list') ?? null;
}

describe('startShell with <hn-appointment-list>', () => {
  let shell: Shell;

  before(async () => {
    history.replaceState(null, '', '/');
    shell = startShell({
      rootElement: root(),
      sources: [{ id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' }],
      allowedOrigins: [location.origin],
      apps: [
        {
          name: 'appointment-list',
          specifier: new URL('/packages/appointment-list/src/mfe.ts', location.origin).href,
          path: '/appointments',
          overview: true,
          overviewProps: { maxItems: 1 },
          headingLevel: true,
          label: { nb: 'Timer', nn: 'Timar', en: 'Appointments' },
        },
      ],
    });
    await shell.settled();
  });

  after(async () => {
    await shell.destroy();
  });

  it('mounts the element into its container with the session and locale', async () => {
    await waitUntil(element, 'hn-appointment-list is mounted', { timeout: 5000 });
    expect(element()!.session).to.equal(shell.session);
    expect(element()!.locale).to.equal('nb');
  });

  it('gives the element its overviewProps on the overview only, and keeps it mounted between pages', async () => {
    const el = element()!;
    expect(el.maxItems).to.equal(1);
    await waitUntil(() => listed(el) === 1, 'one appointment listed on the overview', { timeout: 5000 });
    const showAll = () => el.shadowRoot!.querySelector('[part="show-all"]');
    expect(showAll()).to.not.equal(null);

    await go(shell, '/appointments');
    expect(element(), 'the same element on its own page').to.equal(el);
    expect(el.maxItems).to.equal(undefined);
    expect(el.allHref, 'no summary on its own page').to.equal(undefined);
    await waitUntil(() => listed(el) > 1 && !showAll(), 'every appointment listed on its own page', { timeout: 5000 });

    await go(shell, '/');
    expect(element()).to.equal(el);
    expect(el.maxItems).to.equal(1);
    await waitUntil(() => listed(el) === 1 && showAll(), 'short again on the overview', { timeout: 5000 });
  });

  it('gives the element the heading level for where it is: 3 under the overview\'s h2 (its summary, links without headings), 2 under its own page\'s h1', async () => {
    const el = element()!;
    const regionLevel = () => el.closest('hn-shell-region')!.getAttribute('level');
    expect(regionLevel()).to.equal('2');
    expect(el.headingLevel).to.equal(3);
    // On the overview the list is its summary (max-items with all-href, which the shell gives): one link per appointment.
    expect(el.allHref).to.equal('/appointments');
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part="item"] a').length ?? 0) === 1, 'an appointment listed', { timeout: 5000 });
    expect(headingLevels(el)).to.deep.equal([]);

    await go(shell, '/appointments');
    expect(element()).to.equal(el);
    expect(regionLevel()).to.equal('1');
    expect(el.headingLevel).to.equal(2);
    await waitUntil(() => headingLevels(el).length > 1, 'every appointment listed', { timeout: 5000 });
    expect(new Set(headingLevels(el))).to.deep.equal(new Set(['2']));

    await go(shell, '/');
    expect(el.headingLevel).to.equal(3);
  });

  it('hands a new session to the mounted element, in place', async () => {
    const el = element()!;
    shell.setRepresentation('Patient/ola');
    shell.setLocale('en');
    await shell.settled();
    expect(element()).to.equal(el);
    expect(el.session?.patient.reference).to.equal('Patient/ola');
    expect(el.session?.representation?.relation).to.equal('parent');
    expect(el.locale).to.equal('en');
  });

  it('says on whose behalf once for the page: the header\'s notice, and no banner in the list', async () => {
    const el = element()!;
    shell.setRepresentation('Patient/ola');
    await shell.settled();
    await el.updateComplete;
    const notice = document.querySelector('hn-shell-header')!.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent, 'the header names the person').to.contain('Ola');
    expect(el.session?.onBehalfShownByHost, 'the session says the page shows it').to.equal(true);
    expect(el.shadowRoot!.querySelector('hn-on-behalf-banner'), 'the list shows no banner of its own').to.equal(null);
    shell.setRepresentation(null);
    await shell.settled();
  });

  it('unmounting leaves no element behind', async () => {
    await shell.destroy();
    expect(document.querySelector('hn-appointment-list')).to.equal(null);
  });
});
