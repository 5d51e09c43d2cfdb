import { fixture, html } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

export { deepActiveElement, deepQuery, deepText, settle } from '@hn-elements/test-support';
export { harness, ToolCatalogueHarness } from './harness.js';

export async function withBundle(bundle: unknown, options: { locale?: string; session?: Session } = {}): Promise<HnToolCatalogue> {
  const el = await fixture<HnToolCatalogue>(
    html`<hn-tool-catalogue locale=${options.locale ?? 'nb'} .session=${options.session} .bundle=${bundle as Bundle}></hn-tool-catalogue>`,
  );
  await settle(el);
  return el;
}

export async function withSession(session: Session, timeout = 3000): Promise<HnToolCatalogue> {
  return fixture<HnToolCatalogue>(html`<hn-tool-catalogue request-timeout=${timeout} .session=${session}></hn-tool-catalogue>`);
}

/** Every non-empty text a live region takes, in order, until `stop()`. */
export function announcements(region: HTMLElement): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  let last = region.textContent?.trim() ?? '';
  const observer = new MutationObserver(() => {
    const now = region.textContent?.trim() ?? '';
    if (now && now !== last) texts.push(now);
    last = now;
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}
