import { expect, waitUntil } from '@open-wc/testing';
import { recordFetches, setMode } from './fhir-control.js';

/** A data component as the shared checks see it. */
export interface LoadingElement extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly loadComplete: Promise<void>;
}

/**
 * The check every data component shares: removed while it loads, it aborts at once whatever is
 * still out, and its load is over. Helse Bergen is made to answer in a minute, so only an abort
 * (not the request timeout, seconds later) can leave no request open at the moment of removal.
 */
export async function expectAbortWhenRemovedWhileLoading(create: () => Promise<LoadingElement>): Promise<void> {
  await setMode('helse-bergen', 'slow', 60_000);
  const fetches = recordFetches();
  try {
    const el = await create();
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => fetches.fhir().some((r) => r.url.includes('/fhir/helse-bergen/')), 'no request to Helse Bergen', { timeout: 8000 });
    el.remove();
    expect(fetches.open().map((r) => r.url), 'requests left running after removal').to.deep.equal([]);
    await el.loadComplete;
  } finally {
    fetches.restore();
  }
}
