// The hand-off demo page (/playground/oidc/portal.html): a minimal "Helsenorge" page with launchers
// and the appointment list, wired to the OpenID provider, the demo vendor app and the SMART app
// (fhirclient) that serve.mjs starts. The e2e tests (packages/handoff-launcher/test/e2e,
// playground/test/smart-launch.e2e.mjs) drive this page.
import '@hn-elements/handoff-launcher/define.js';
import '@hn-elements/appointment-list/define.js';
import type { PersonRef, Representation, Session, Source } from '@hn-elements/core';
import type { HnHandoffLauncher } from '@hn-elements/handoff-launcher';
import type { HnAppointmentList } from '@hn-elements/appointment-list';
import { handoffSettings, loadHandoffConfig, syncRepresentation } from './bridge.js';

const kari: PersonRef = { reference: 'Patient/kari', name: 'Kari Nordmann' };
const REPRESENTATIONS: Record<string, Representation> = {
  ola: { person: { reference: 'Patient/ola', name: 'Ola Nordmann' }, relation: 'parent', scopes: ['appointments', 'inbox', 'tools', 'journal'] },
  per: { person: { reference: 'Patient/per', name: 'Per Hansen' }, relation: 'power-of-attorney', scopes: ['appointments', 'inbox', 'tools'] },
};

const config = await loadHandoffConfig();
const sources = await fetch('/__fhir-control/sources')
  .then((r) => (r.ok ? (r.json() as Promise<Source[]>) : []))
  .catch(() => [] as Source[]);
const absolute = (base: string) => new URL(base, location.href).href.replace(/\/$/, '');

let session: Session;
const currentSession = () => session;
const handoff = config ? handoffSettings(config, currentSession) : { allowedOrigins: [] };

function build(as: string): Session {
  const representation = REPRESENTATIONS[as];
  return {
    actor: kari,
    patient: representation?.person ?? kari,
    ...(representation ? { representation } : {}),
    locale: 'nb',
    sources: sources.map(({ id, name, fhirBase }) => ({ id, name, fhirBase: absolute(fhirBase) })),
    handoff,
  };
}

const launchers = document.getElementById('launchers')!;
const vendor = config?.vendorOrigin ?? 'https://vendor.example.org';
const helseBergen = sources.find((s) => s.id === 'helse-bergen');
/** The SMART app opens the form task (a FHIR Task) of the person the citizen acts for. */
const SMART_TASKS: Record<string, { sourceId: string; task: string; label: string }> = {
  self: { sourceId: 'helse-bergen', task: 'hb-task-01', label: 'Fyll ut egenerklæringen (SMART-app)' },
  ola: { sourceId: 'helse-bergen', task: 'hb-task-ola-01', label: 'Fyll ut allergiskjemaet (SMART-app)' },
  per: { sourceId: 'bergen-kommune', task: 'bk-task-per-01', label: 'Fyll ut skjemaet om hjemmetjenester (SMART-app)' },
};
const smartApp = document.createElement('hn-handoff-launcher');
function smartLauncher(as: string): Partial<HnHandoffLauncher> {
  const { sourceId, task, label } = SMART_TASKS[as] ?? SMART_TASKS['self']!;
  return {
    href: `${config?.smartAppOrigin ?? 'https://smart.example.org'}/tasks/${task}`,
    destination: 'Skjemaappen',
    label,
    launch: 'smart',
    // The SMART-protected FHIR base: the app's access token is checked there.
    iss: config?.smartFhirBases?.[sourceId] ?? '',
    sourceId,
    id: 'smart-app',
  };
}

const demo: Partial<HnHandoffLauncher>[] = [
  // SMART App Launch: iss + an opaque, single-use launch id; the representation rides on the launch id.
  { href: `${vendor}/tasks/skjema-123`, destination: 'Helse Bergen', label: 'Åpne skjemaet', launch: 'smart', iss: helseBergen ? absolute(helseBergen.fhirBase) : '', sourceId: 'helse-bergen', id: 'smart' },
  // A plain deep link: "Helsenorge" knows the representation from its session.
  { href: `${vendor}/tasks/egenvurdering-456`, destination: 'Helse Bergen', label: 'Fyll ut egenvurderingen', id: 'plain' },
  { href: `${vendor}/tasks/skjema-123`, destination: 'Helse Bergen', label: 'Åpne skjemaet i ny fane', newTab: true, launch: 'smart', iss: helseBergen ? absolute(helseBergen.fhirBase) : '', sourceId: 'helse-bergen', id: 'new-tab' },
  // Refused visibly: not on the allowlist, and a script URL.
  { href: 'https://evil.example/tasks/1', destination: 'Ukjent tjeneste', label: 'Lenke som ikke er godkjent', id: 'not-allowed' },
  { href: 'javascript:alert(document.domain)', destination: 'Ukjent tjeneste', label: 'Skriptlenke', id: 'script' },
];
for (const props of demo) {
  const el = document.createElement('hn-handoff-launcher');
  Object.assign(el, props);
  launchers.append(el);
}
launchers.insertBefore(smartApp, launchers.children[2] ?? null);

const list = document.createElement('hn-appointment-list');
document.getElementById('appointments')!.append(list);

async function apply(as: string): Promise<void> {
  session = build(as);
  Object.assign(smartApp, smartLauncher(as));
  if (config) await syncRepresentation(config, session).catch(() => undefined);
  for (const el of document.querySelectorAll<HnHandoffLauncher | HnAppointmentList>('hn-handoff-launcher, hn-appointment-list')) el.session = session;
  const url = new URL(location.href);
  url.searchParams.set('as', as);
  history.replaceState(null, '', url);
  document.body.dataset['ready'] = as;
}

const initial = new URLSearchParams(location.search).get('as') ?? 'self';
const start = REPRESENTATIONS[initial] ? initial : 'self';
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="as"]')) {
  radio.checked = radio.value === start;
  radio.addEventListener('change', () => void apply(radio.value));
}
await apply(start);
