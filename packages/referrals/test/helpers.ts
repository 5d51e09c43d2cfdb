// Mounting <hn-referrals> in the browser tests.
import { fixture, html } from '@open-wc/testing';
import type { Bundle, Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnReferrals } from '../src/hn-referrals.js';
import { NOW } from './fixtures.js';

export { harness, ReferralsHarness } from './harness.js';

export async function withBundle(bundle: unknown, options: { locale?: string; session?: Session } = {}): Promise<HnReferrals> {
  const el = await fixture<HnReferrals>(
    html`<hn-referrals locale=${options.locale ?? 'nb'} .now=${NOW} .session=${options.session} .bundle=${bundle as Bundle}></hn-referrals>`,
  );
  await settle(el);
  return el;
}

export async function withSession(session: Session, options: { timeout?: number } = {}): Promise<HnReferrals> {
  return fixture<HnReferrals>(html`<hn-referrals request-timeout=${options.timeout ?? 3000} .session=${session}></hn-referrals>`);
}
