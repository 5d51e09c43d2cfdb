import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, settle } from './dom.js';
import { resetServer, setMode } from './fhir-control.js';
import { SOURCES } from './people.js';
import type { LoadingElement } from './remove-while-loading.js';

/** Whether focus has fallen to the page: nothing is focused, or the page's <body> is. */
export function focusIsOnBody(): boolean {
  const active = deepActiveElement();
  return active === null || active === document.body;
}

/** Focuses `control` (failing the test if it does not take focus) and presses `key` there, a real key press. */
export async function pressOn(control: HTMLElement, key = 'Enter'): Promise<void> {
  control.focus();
  expect(deepActiveElement() === control, 'the control took focus').to.equal(true);
  await sendKeys({ press: key });
}

/** What the "Prøv igjen" focus checks need of a data component. */
export interface RetryFocusCheck<E extends LoadingElement> {
  /** Mounts the component live, against the embedded FHIR server. */
  mount(): Promise<E>;
  /** The "Prøv igjen" the check presses (the sources notice's, or the error state's), or null. */
  retryButton(el: E): HTMLElement | null;
  /** Whether the retry has done its work: the notice gone, or the items back. */
  recovered(el: E): boolean;
  /**
   * How long focus may take to land somewhere after the retry (8 s unless set). Only the check's
   * own tests set it lower, where focus never comes and the full wait would prove nothing more.
   */
  focusWaitMs?: number;
}

/**
 * The check every data component shares: with Legesenteret i Sentrum down, the sources notice
 * offers "Prøv igjen"; with the source back, Enter on it reloads, the notice goes, and focus does
 * not fall to the page. Gives the element.
 */
export async function expectFocusKeptThroughNoticeRetry<E extends LoadingElement>(check: RetryFocusCheck<E>): Promise<E> {
  await setMode('fastlegen', 'down');
  const el = await check.mount();
  await el.loadComplete;
  await settle(el);
  const retry = check.retryButton(el);
  expect(retry, 'the notice offers "Prøv igjen"').to.exist;
  await setMode('fastlegen', 'ok');
  await pressOn(retry!);
  await el.loadComplete;
  await waitUntil(() => check.recovered(el), 'the notice stayed', { timeout: 8000 });
  await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after the retry', { timeout: check.focusWaitMs ?? 8000 });
  return el;
}

/**
 * The check every data component shares: with every source down, the error state offers "Prøv
 * igjen"; with the sources back, Enter on it reloads, the items come back, and focus does not fall
 * to the page. Gives the element.
 */
export async function expectFocusKeptThroughErrorRetry<E extends LoadingElement>(check: RetryFocusCheck<E>): Promise<E> {
  for (const source of SOURCES) await setMode(source.id, 'down');
  const el = await check.mount();
  await el.loadComplete;
  await settle(el);
  const retry = check.retryButton(el);
  expect(retry, 'the error state offers "Prøv igjen"').to.exist;
  await resetServer();
  await pressOn(retry!);
  await el.loadComplete;
  await waitUntil(() => check.recovered(el), 'did not recover', { timeout: 8000 });
  await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after the retry', { timeout: check.focusWaitMs ?? 8000 });
  return el;
}
