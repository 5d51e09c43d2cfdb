import { navigateToUrl } from 'single-spa';
import { waitUntil } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { startShell, type Shell, type ShellApp } from '../src/index.js';

/** Absolute URL of a fixture module, as an import-map-free specifier. */
export function fixtureUrl(file: string): string {
  return new URL(`./fixtures/${file}`, import.meta.url).href;
}

export interface FixtureElement extends HTMLElement {
  session: Session | undefined;
  locale: string | undefined;
  updates: number;
}

export type FixtureCall = [lifecycle: string, app: string];

export function fixtureCalls(): FixtureCall[] {
  const g = globalThis as unknown as { __shellFixtureCalls?: FixtureCall[] };
  return (g.__shellFixtureCalls ??= []);
}

export function clearFixtureCalls(): void {
  fixtureCalls().length = 0;
}

export function container(name: string): HTMLElement | null {
  return document.getElementById(`single-spa-application:${name}`);
}

export function mountedElement(name: string): FixtureElement | null {
  return container(name)?.querySelector<FixtureElement>('shell-fixture-app') ?? null;
}

export async function waitForMounted(name: string, message = `${name} is mounted`): Promise<FixtureElement> {
  await waitUntil(() => mountedElement(name), message, { timeout: 4000 });
  return mountedElement(name)!;
}

export async function go(shell: Shell, path: string): Promise<void> {
  navigateToUrl(path);
  await shell.settled();
}

export function root(): HTMLElement {
  const el = document.createElement('div');
  el.id = 'shell-root';
  document.body.append(el);
  return el;
}

export const sources = [
  { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' },
  { id: 'fastlegen', name: 'Fastlegen', fhirBase: '/fhir/fastlegen/' },
];

/** The fixture app "alpha" on /alpha, shown on the overview, with a label in each language. */
export const alphaApp: ShellApp = { name: 'alpha', specifier: fixtureUrl('fixture-app.js'), path: '/alpha', overview: true, label: { nb: 'Timer', nn: 'Timar', en: 'Appointments' } };

/**
 * Starts the shell at "/" with `apps`, in a new root element, with `sources` and the vendor's
 * origin allowed, and waits until it has settled.
 */
export async function startAtRoot(apps: ShellApp[]): Promise<{ shell: Shell; rootElement: HTMLElement }> {
  history.replaceState(null, '', '/');
  const rootElement = root();
  const shell = startShell({ rootElement, sources, allowedOrigins: ['https://vendor.example'], apps });
  await shell.settled();
  return { shell, rootElement };
}

/**
 * single-spa-layout re-throws every application error asynchronously (so that page-level
 * monitoring sees it), which mocha would count as a failure of whichever test runs then.
 * Tests that provoke failures on purpose swallow those — and only those — here.
 */
export function swallowAppErrors(): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const listener = (event: ErrorEvent) => {
    const name = (event.error as { appOrParcelName?: string } | undefined)?.appOrParcelName;
    if (!name) return;
    seen.push(name);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('error', listener, true);
  return { seen, stop: () => window.removeEventListener('error', listener, true) };
}
