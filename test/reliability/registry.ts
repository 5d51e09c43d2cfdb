// The components the reliability suite drives. A new data component is one entry here; the suite
// loads its `define` module only when the package's `src/define.ts` exists, so an entry can wait
// for a package that is still being written.
import type { Session } from '@hn-elements/core';

/** What the suite needs of a data component's element (every one of them has these). */
export interface DataElement extends HTMLElement {
  bundle?: unknown;
  session?: Session;
  requestTimeout: number;
  updateComplete: Promise<unknown>;
  /** Resolves when the load the latest update started has ended and is rendered (every data component has it). */
  loadComplete: Promise<void>;
  reload(): void;
}

export interface DataComponent {
  tag: string;
  /** Folder under packages/; the suite imports `packages/<pkg>/src/define.ts`. */
  pkg: string;
  /** The representation scope (`sessionAllows`) the component needs. */
  scope: 'appointments' | 'inbox' | 'tools' | 'journal';
  /** Resource types it reads from a Bundle (the broken-entries corpus gives each its share). */
  resourceTypes: string[];
  /** Property values that show the rest of what it can render (other views), one render each. */
  views: Record<string, unknown>[];
  /** Shows HTML from a source (narrative, HTML attachments): the hostile document must reach the screen, sanitised. */
  rendersHtml: boolean;
  /** How a host gives it data it fetched itself. */
  giveBundle: (el: DataElement, bundle: unknown) => void;
}

const giveBundle = (el: DataElement, bundle: unknown) => {
  el.bundle = bundle;
};

export const DATA_COMPONENTS: DataComponent[] = [
  {
    tag: 'hn-appointment-list',
    pkg: 'appointment-list',
    scope: 'appointments',
    rendersHtml: false,
    resourceTypes: ['Appointment', 'Practitioner', 'Location', 'HealthcareService', 'Organization'],
    views: [{ view: 'past' }],
    giveBundle,
  },
  {
    tag: 'hn-journal-viewer',
    pkg: 'journal-viewer',
    scope: 'journal',
    rendersHtml: true,
    resourceTypes: ['DocumentReference', 'Composition', 'AuditEvent', 'Practitioner', 'Organization'],
    views: [{ view: 'access-log' }],
    giveBundle,
  },
  {
    tag: 'hn-inbox',
    pkg: 'inbox',
    scope: 'inbox',
    rendersHtml: true,
    resourceTypes: ['Communication', 'Task', 'Questionnaire', 'DocumentReference', 'Practitioner'],
    views: [],
    giveBundle,
  },
  {
    tag: 'hn-tool-catalogue',
    pkg: 'tool-catalogue',
    scope: 'tools',
    rendersHtml: false,
    resourceTypes: ['ActivityDefinition', 'CarePlan'],
    views: [{ category: 'mapping' }],
    giveBundle,
  },
  {
    tag: 'hn-referrals',
    pkg: 'referrals',
    scope: 'journal',
    rendersHtml: false,
    resourceTypes: ['ServiceRequest', 'Task', 'Appointment', 'DocumentReference'],
    views: [],
    giveBundle,
  },
  {
    tag: 'hn-test-results',
    pkg: 'test-results',
    scope: 'journal',
    // A report's HTML text is read as plain text, never rendered as markup.
    rendersHtml: false,
    resourceTypes: ['DiagnosticReport', 'Observation'],
    views: [],
    giveBundle,
  },
];

/** The hand-off launcher takes targets, not FHIR; it has its own file (handoff-launcher.test.ts). */
export const LAUNCHER = { tag: 'hn-handoff-launcher', pkg: 'handoff-launcher' };

/**
 * Imports `packages/<pkg>/src/define.ts` when it exists. Resolves false (and defines nothing)
 * while the package has no define module yet.
 */
export async function loadComponent(pkg: string): Promise<boolean> {
  const url = new URL(`../../packages/${pkg}/src/define.ts`, import.meta.url).href;
  const probe = await fetch(url, { method: 'HEAD' });
  if (!probe.ok) return false;
  await import(/* @vite-ignore */ url);
  return true;
}

/** The entries whose packages exist, loaded; and the tags still waiting for theirs. */
export async function availableComponents(): Promise<{ ready: DataComponent[]; missing: string[] }> {
  const ready: DataComponent[] = [];
  const missing: string[] = [];
  for (const component of DATA_COMPONENTS) {
    if (await loadComponent(component.pkg)) ready.push(component);
    else missing.push(component.tag);
  }
  return { ready, missing };
}
