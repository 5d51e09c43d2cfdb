import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import '../src/define.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';
import { NOW } from './fixtures.js';

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

/** Waits until the element has left the loading state and rendered its children. */
export async function settle(el: HnAppointmentList, timeout = 8000): Promise<void> {
  await waitUntil(() => !el.hasAttribute('aria-busy'), 'element stayed busy', { timeout });
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (child.updateComplete) await child.updateComplete;
  }
}

export function items(el: HnAppointmentList): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}

export function titles(el: HnAppointmentList): string[] {
  return items(el).map((item) => item.querySelector('.title')!.textContent!.trim());
}

/** Text as a sighted reader sees it, through the nested shadow roots. */
export function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    const element = n as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

/** Finds the first element matching `selector` in the tree, looking inside shadow roots. */
export function deepQuery<T extends Element>(root: ParentNode, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function button(el: HnAppointmentList, item: HTMLElement, label: RegExp): HTMLButtonElement {
  const found = [...item.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${label} in ${el.localName}`);
  return found;
}
