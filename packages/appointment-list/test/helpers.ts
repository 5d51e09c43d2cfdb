import { fixture, html } from '@open-wc/testing';
import { settle } from '@hn-elements/test-support';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import '../src/define.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';
import { NOW } from './fixtures.js';
import { harness } from './harness.js';

export { AppointmentListHarness, harness } from './harness.js';

export { deepActiveElement, deepQuery, deepText, settle } from '@hn-elements/test-support';

export async function withBundle(bundle: unknown, locale = 'nb'): Promise<HnAppointmentList> {
  const el = await fixture<HnAppointmentList>(html`<hn-appointment-list locale=${locale} .now=${NOW} .bundle=${bundle as Bundle}></hn-appointment-list>`);
  await settle(el);
  return el;
}

export async function withSession(session: Session, options: { timeout?: number; now?: Date } = {}): Promise<HnAppointmentList> {
  const el = await fixture<HnAppointmentList>(
    html`<hn-appointment-list .now=${options.now} request-timeout=${options.timeout ?? 3000} .session=${session}></hn-appointment-list>`,
  );
  return el;
}

export function items(el: HnAppointmentList): HTMLElement[] {
  return harness(el).items();
}

export function titles(el: HnAppointmentList): string[] {
  return harness(el).titles();
}

export function button(el: HnAppointmentList, item: HTMLElement, label: RegExp): HTMLButtonElement {
  return harness(el).button(item, label);
}
