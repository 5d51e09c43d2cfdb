import { fixture, html } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { settle } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

export { deepActiveElement, deepQuery, deepText, settle } from '@hn-elements/test-support';

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

export function items(el: HnToolCatalogue): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}

export function titles(el: HnToolCatalogue): string[] {
  return items(el).map((item) => item.querySelector('.title')!.textContent!.trim());
}

export function sectionTitles(el: HnToolCatalogue): string[] {
  return [...el.shadowRoot!.querySelectorAll('.section-heading')].map((h) => h.textContent!.trim());
}

export function toggle(el: HnToolCatalogue, label: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')].find((b) => label.test(b.textContent ?? ''));
  if (!found) throw new Error(`no filter ${label}`);
  return found;
}

export function countText(el: HnToolCatalogue): string {
  return el.shadowRoot!.querySelector('.count')?.textContent?.trim() ?? '';
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
