// Mounting <hn-test-results> for the browser tests.
import { fixture, html } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnTestResults } from '../src/hn-test-results.js';

export const NOW = new Date('2026-12-02T10:00:00Z');

export async function withBundle(bundle: unknown, locale = 'nb'): Promise<HnTestResults> {
  const el = await fixture<HnTestResults>(html`<hn-test-results locale=${locale} .now=${NOW} .bundle=${bundle}></hn-test-results>`);
  await settle(el);
  // The trends load after the answers (their own module): wait for them too.
  await el.loadComplete;
  return el;
}

export function withSession(session: Session, options: { timeout?: number } = {}): Promise<HnTestResults> {
  return fixture<HnTestResults>(html`<hn-test-results request-timeout=${options.timeout ?? 3000} .session=${session}></hn-test-results>`);
}
