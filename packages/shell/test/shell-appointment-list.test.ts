// The shell with the real <hn-appointment-list> micro-frontend (its mfe.ts from core's
// defineMicroFrontend) and the embedded FHIR server the test runner serves under /fhir.
// The specifier is a URL here; in the playground and in production it is the bare
// `@hn-elements/appointment-list/mfe.js`, resolved by the import map.
import { expect, waitUntil } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { startShell, type Shell } from '../src/index.js';
import { container, root } from './helpers.js';

interface AppointmentList extends HTMLElement {
  session?: Session;
  locale?: string;
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
