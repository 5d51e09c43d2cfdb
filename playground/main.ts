import { startShell } from '@hn-elements/shell';
import type { PersonRef, Session, Source } from '@hn-elements/core';
import { apps, brokenDemoApp } from './apps.js';
import { handoffSettings, loadHandoffConfig, syncRepresentation } from './oidc/bridge.js';

/** What playground/serve.mjs injects into the page: the FHIR sources and the synthetic people. */
interface PlaygroundConfig {
  sources: Source[];
  people: Record<'kari' | 'ola' | 'per', PersonRef>;
}

function readConfig(): PlaygroundConfig {
  const text = document.getElementById('hn-playground-config')?.textContent;
  if (!text) throw new Error('The playground page has no configuration; start it with `npm start`.');
  return JSON.parse(text) as PlaygroundConfig;
}

const person = ({ reference, name }: PersonRef): PersonRef => ({ reference, name });

const { sources, people } = readConfig();
const demoBroken = new URLSearchParams(location.search).get('demo') === 'broken';

// The OpenID provider and vendor app (started by serve.mjs) that receive seamless hand-offs.
const handoffConfig = await loadHandoffConfig();
const handoff = handoffConfig ? handoffSettings(handoffConfig, () => shell.session) : undefined;

const shell = startShell({
  rootElement: document.getElementById('shell')!,
  title: 'Helsenorge (demo)',
  apps: demoBroken ? [...apps, brokenDemoApp] : apps,
  sources: sources.map(({ id, name, fhirBase }) => ({ id, name, fhirBase })),
  allowedOrigins: [location.origin, ...(handoff?.allowedOrigins ?? [])],
  ...(handoff?.issueTicket ? { issueTicket: handoff.issueTicket } : {}),
  login: {
    // Simulated: Kari is "logged in"; she is Ola's parent and holds Per's power of attorney.
    actor: person(people.kari),
    representations: [
      { person: person(people.ola), relation: 'parent', scopes: ['appointments', 'inbox', 'tools', 'journal'] },
      { person: person(people.per), relation: 'power-of-attorney', scopes: ['appointments', 'inbox', 'tools'] },
    ],
  },
});

// The provider learns whom the citizen acts for, so a plain deep link carries the same representation.
if (handoffConfig) {
  void syncRepresentation(handoffConfig, shell.session);
  window.addEventListener('hn-session-change', (event) => {
    void syncRepresentation(handoffConfig, (event as CustomEvent<{ session: Session }>).detail.session);
  });
}

// For poking around in the browser console.
(window as unknown as { hnShell: typeof shell }).hnShell = shell;
