import { fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { HandoffTicketRequest, Session } from '@hn-elements/core';
import '../src/define.js';
import type { HandoffErrorDetail, HandoffStartDetail, HnHandoffLauncher, UserActivationCheck } from '../src/hn-handoff-launcher.js';

export const VENDOR = 'https://vendor.example.org';
export const kari = { reference: 'Patient/kari', name: 'Kari Nordmann' };
export const ola = { reference: 'Patient/ola', name: 'Ola Nordmann' };

export function session(overrides: Partial<Session> = {}): Session {
  return {
    actor: kari,
    patient: kari,
    locale: 'nb',
    sources: [],
    handoff: { allowedOrigins: [VENDOR] },
    ...overrides,
  };
}

export function onBehalfOfOla(overrides: Partial<Session> = {}): Session {
  return session({
    patient: ola,
    representation: { person: ola, relation: 'parent', scopes: ['appointments', 'inbox', 'tools', 'journal'] },
    ...overrides,
  });
}

/** The FHIR server a SMART launch names (`iss`), and a launch id the portal issues. */
export const ISS = 'https://fhir.example.org/r4';
export const TICKET = 'Lx8q2Vx0mB8sW9kTn4LrY7aHc';

/** `base` with the portal's `issueTicket` (what a SMART launch asks for its launch id) set to `issue`. */
export function ticketSession(issue: (request: HandoffTicketRequest) => Promise<string>, base: Session = session()): Session {
  return { ...base, handoff: { ...base.handoff, issueTicket: issue } };
}

/** A session whose portal cannot issue a launch id ("portal down") until `recover()`, then issues TICKET. */
export function failingTicketSession(): { session: Session; recover(): void } {
  let fail = true;
  return {
    session: ticketSession(async () => {
      if (fail) throw new Error('portal down');
      return TICKET;
    }),
    recover: () => {
      fail = false;
    },
  };
}

/** Everything a test wants to see of one launcher: navigations, events, the rendered parts. */
export interface Harness {
  el: HnHandoffLauncher;
  navigations: { url: string; newTab: boolean }[];
  starts: HandoffStartDetail[];
  errors: HandoffErrorDetail[];
  control(): HTMLElement;
  alert(): HTMLElement | null;
  status(): HTMLElement;
  /** The "Open … in a new tab" link offered when a new tab could not open by itself, if shown. */
  offer(): HTMLAnchorElement | null;
  /** True when the control is drawn in the look of `variant` (primary, secondary or link). */
  looksLike(variant: string): boolean;
}

export interface MountOptions {
  href?: string;
  destination?: string;
  label?: string;
  subject?: string;
  newTab?: boolean;
  smart?: { iss: string; sourceId?: string };
  session?: Session;
  locale?: string;
  variant?: string;
  /** What the test navigation returns (false = the browser could not navigate). */
  navigateResult?: boolean;
  /**
   * May a new tab still open by itself? The tests' synthetic clicks are no user activation, so by
   * default the harness says yes (as for a real click answered at once); a test that simulates a
   * late launch id passes its own check.
   */
  activation?: UserActivationCheck;
}

export async function mount(options: MountOptions = {}): Promise<Harness> {
  const el = await fixture<HnHandoffLauncher>(html`<hn-handoff-launcher
    href=${options.href ?? `${VENDOR}/tasks/123`}
    destination=${options.destination ?? 'Helse Bergen'}
    label=${options.label ?? ''}
    subject=${options.subject ?? ''}
    ?new-tab=${options.newTab ?? false}
    launch=${options.smart ? 'smart' : ''}
    iss=${options.smart?.iss ?? ''}
    source-id=${options.smart?.sourceId ?? ''}
    locale=${options.locale ?? 'nb'}
    variant=${options.variant ?? 'secondary'}
    .session=${options.session ?? session()}
  ></hn-handoff-launcher>`);
  const harness: Harness = {
    el,
    navigations: [],
    starts: [],
    errors: [],
    control: () => el.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!,
    alert: () => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]'),
    status: () => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!,
    offer: () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="offer-link"]'),
    // The look is a modifier class of the control: the one place a test needs to know it.
    looksLike: (variant) => harness.control().classList.contains(`control--${variant}`),
  };
  el.userActivation = options.activation ?? (() => true);
  el.navigate = (url, newTab) => {
    harness.navigations.push({ url, newTab });
    return options.navigateResult ?? true;
  };
  el.addEventListener('hn-handoff-start', (e) => harness.starts.push((e as CustomEvent<HandoffStartDetail>).detail));
  el.addEventListener('hn-handoff-error', (e) => harness.errors.push((e as CustomEvent<HandoffErrorDetail>).detail));
  await el.updateComplete;
  return harness;
}

/** The text a screen reader reads from the node: aria-hidden parts (the arrow icon) left out. */
export function text(node: Node | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
    n.childNodes.forEach(walk);
  };
  if (node) walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export async function flush(el: HnHandoffLauncher): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
  focused?: boolean;
}

/** The page's accessibility tree (Chromium's), or undefined when the runner cannot give one. */
export async function axTree(): Promise<AxNode | undefined> {
  try {
    return (await a11ySnapshot({})) as unknown as AxNode;
  } catch {
    return undefined;
  }
}

export function findAx(tree: AxNode, test: (node: AxNode) => boolean): AxNode | undefined {
  return findAccessibilityNode<AxNode>(tree, test) ?? undefined;
}
