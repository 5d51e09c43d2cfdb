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
    await waitUntil(() => listed(el) > 1 && !showAll(), 'every appointment listed on its own page', { timeout: 5000 });

    await go(shell, '/');
    expect(element()).to.equal(el);
    expect(el.maxItems).to.equal(1);
    await waitUntil(() => listed(el) === 1 && showAll(), 'short again on the overview', { timeout: 5000 });
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

  it('unmounting leaves no element behind', async () => {
    await shell.destroy();
    expect(document.querySelector('hn-appointment-list')).to.equal(null);
  });
});
