import { expect } from '@open-wc/testing';
import { setMode } from './fhir-control.js';
import { holdTimeouts } from './timeouts.js';
import type { LoadingElement } from './remove-while-loading.js';

/**
 * The setup every data component's "a malformed answer and a timeout are per-source failures" test
 * shares: Helse Bergen answers malformed, `slowSource` would answer in a minute and its timeouts
 * run out when this says (every try), the other sources' never do, however slow the machine is.
 * `create` gets the request timeout to give the element (300 ms). Resolves with the element once
 * its load is complete, after checking that only `slowSource` timed out, with that timeout.
 */
export async function loadWithMalformedAndTimedOutSource<T extends LoadingElement>(
  slowSource: string,
  create: (timeoutMs: number) => Promise<T>,
): Promise<T> {
  await setMode('helse-bergen', 'malformed');
  await setMode(slowSource, 'slow', 60_000);
  const isSlow = (url: string) => url.includes(`/fhir/${slowSource}/`);
  const timeouts = holdTimeouts();
  let el: T;
  try {
    el = await create(300);
    await timeouts.expireUntil(isSlow, el.loadComplete);
  } finally {
    timeouts.restore();
  }
  expect(new Set(timeouts.asked), 'the element\'s request-timeout').to.deep.equal(new Set([300]));
  expect(timeouts.expired.length, `every try of ${slowSource} timed out`).to.be.greaterThan(0);
  expect(timeouts.expired.every(isSlow)).to.equal(true);
  return el;
}
