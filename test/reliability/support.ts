// What every reliability test needs: an uncaught-error watch, traps for hostile payloads, a mount
// with a sibling, deep walks through shadow roots, and the component's own data from the seed.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Session, Source } from '@hn-elements/core';
import { deepText, rejectionsReported, runControlPayloads, session as seedSession, settle, SOURCES } from '@hn-elements/test-support';
import type { DataComponent, DataElement } from './registry.js';
import { CLOBBER, TRAP } from './corpus/hostile-html.js';

export { deepText, settle };

// ---------------------------------------------------------------------------------------------
// Uncaught errors: listened to for the whole file, checked at the end of every test.

const uncaught: string[] = [];
const RESIZE_OBSERVER_LOOP = /ResizeObserver loop/;
const onError = (event: ErrorEvent) => {
  if (RESIZE_OBSERVER_LOOP.test(event.message)) return;
  uncaught.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
};
const onRejection = (event: PromiseRejectionEvent) => {
  uncaught.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
};

let watching = false;

/**
 * Installs the listeners for the whole page (root hooks). Call at the top of a test file; the
 * reliability files share one page (scripts/wtr/shared-pages.mjs), so only the first call installs.
 */
export function watchUncaughtErrors(): void {
  if (watching) return;
  watching = true;
  // The virtualiser lays rows out a frame after a resize, and Chromium reports "ResizeObserver
  // loop completed with undelivered notifications": a browser notice, not an error. Mocha's
  // window.onerror is told to let it pass. (Not with the virtualiser's own helper: it patches
  // console.error and throws on a non-string message, which turns any later error into an endless
  // stream of unhandled rejections.)
  let mochaOnError: OnErrorEventHandler = null;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) => (RESIZE_OBSERVER_LOOP.test(String(message)) ? true : (mochaOnError?.call(window, message, ...rest) ?? false));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.onerror = mochaOnError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
  });
}

/**
 * Requires that there were no uncaught errors. Error events are dispatched when they happen; the
 * unhandled rejections of work done so far are waited for (reported in order, see test-support).
 */
export async function expectNoUncaughtErrors(): Promise<void> {
  await rejectionsReported();
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Traps for hostile payloads.

export interface Traps {
  /** What ran: payload numbers, alert texts, window.open targets ... */
  calls: string[];
  restore(): void;
}

/** Every payload calls `window.__hnPwned(n)`; alert, confirm, prompt, print and open count too. */
export function installTraps(): Traps {
  const calls: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print, open: window.open };
  w[TRAP] = (n: unknown) => calls.push(`payload ${String(n)}`);
  window.alert = (m?: unknown) => void calls.push(`alert ${String(m)}`);
  window.confirm = (m?: string) => (calls.push(`confirm ${String(m)}`), false);
  window.prompt = (m?: string) => (calls.push(`prompt ${String(m)}`), null);
  window.print = () => void calls.push('print');
  window.open = (url?: string | URL) => (calls.push(`open ${String(url)}`), null);
  // No navigation away from the test page: links from sanitised content are https, blob downloads
  // are not needed. A `javascript:` link is let through on purpose, so that it would run.
  const stopNavigation = (event: MouseEvent) => {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (anchor && !/^\s*javascript:/i.test(anchor.getAttribute('href') ?? '')) event.preventDefault();
  };
  window.addEventListener('click', stopNavigation, true);
  window.addEventListener('auxclick', stopNavigation, true);
  return {
    calls,
    restore() {
      delete w[TRAP];
      Object.assign(window, saved);
      window.removeEventListener('click', stopNavigation, true);
      window.removeEventListener('auxclick', stopNavigation, true);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Walking the rendered trees.

/** Every element under `root`, through open shadow roots and template contents. */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLTemplateElement) walk(node.content);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Every shadow root under `root` (the host's own included). */
export function shadowRoots(root: Element): ShadowRoot[] {
  return allElements(root).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'codebase', 'cite', 'to', 'from', 'values', 'lowsrc', 'dynsrc'];
const NEVER = ['script', 'object', 'embed', 'applet', 'frame', 'frameset', 'base', 'meta', 'link', 'isindex', 'noscript', 'xmp', 'marquee'];

/**
 * What must never survive rendering, anywhere in the element's shadow trees: script and other
 * active elements, event-handler attributes, `javascript:`/`vbscript:`/`data:` in any URL
 * attribute (control characters and white space removed first, as browsers do), frames from
 * markup, styles that load or run something, a form that posts somewhere, a new-tab link without
 * `noopener`, and ids repeated within one shadow root (clobbering).
 */
export function dangerousNodes(root: Element): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const name = element.localName;
    if (NEVER.includes(name)) problems.push(`<${name}>`);
    if (name === 'iframe') {
      const src = element.getAttribute('src') ?? '';
      if (element.hasAttribute('srcdoc') || !/^(blob:|https:|about:blank$)/.test(src)) problems.push(`<iframe src=${src.slice(0, 40)}>`);
    }
    if (name === 'form' && element.hasAttribute('action')) problems.push(`<form action=${element.getAttribute('action')}>`);
    if (name === 'a' && element.getAttribute('target') === '_blank' && !/noopener/.test(element.getAttribute('rel') ?? '')) {
      problems.push(`<a target=_blank> without noopener: ${element.getAttribute('href')}`);
    }
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.startsWith('on')) problems.push(`${name}[${attr}]`);
      if (attr === 'srcdoc') problems.push(`${name}[srcdoc]`);
      if (URL_ATTRIBUTES.includes(attr) && /^(javascript|vbscript|data|livescript|mocha):/.test(value)) {
        problems.push(`${name}[${attr}=${attribute.value.slice(0, 40)}]`);
      }
      if (attr === 'style' && /expression\(|javascript:|url\(|behavior|binding/.test(value)) problems.push(`${name}[style=${attribute.value.slice(0, 40)}]`);
    }
  }
  for (const shadow of shadowRoots(root)) {
    const ids = [...shadow.querySelectorAll('[id]')].map((e) => e.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) problems.push(`ids repeated in <${shadow.host.localName}>: ${[...new Set(repeated)].join(', ')}`);
  }
  const w = window as unknown as Record<string, unknown>;
  const d = document as unknown as Record<string, unknown>;
  if (w[CLOBBER] !== undefined || d[CLOBBER] !== undefined) problems.push(`window/document.${CLOBBER} is clobbered`);
  if (typeof document.getElementById !== 'function' || typeof document.createElement !== 'function') problems.push('document methods clobbered');
  return problems;
}

const ACTION = /^(button|input|select|textarea|option|label)$/;
/** The component's own controls (search, filters, tabs): clicking in them would only hide content. */
export const CONTROLS = 'label, search, form, [role="search"], [part~="toolbar"], [part~="controls"], [part~="filters"], [part~="tabs"], [role="tablist"]';

/**
 * Hovers, focuses and clicks everything rendered under `root` that is not a control of the
 * component itself, so any handler that survived would fire; then waits until control payloads
 * rendered after all that into the root's shadow root have run (image and media errors, toggles,
 * frames, handlers): by then whatever the hostile content queued has run too.
 */
export async function poke(root: Element): Promise<void> {
  for (const element of allElements(root)) {
    if (!element.isConnected || element.localName.startsWith('hn-')) continue;
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
      element.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    }
    if (element instanceof HTMLElement || element instanceof SVGElement) {
      element.focus?.();
      element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
    if (!ACTION.test(element.localName) && !element.closest(CONTROLS)) (element as HTMLElement).click?.();
    else element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
  }
  await runControlPayloads(root.shadowRoot ?? root);
}

// ---------------------------------------------------------------------------------------------
// Mounting.

export interface Mounted<E extends HTMLElement = DataElement> {
  el: E;
  sibling: HTMLButtonElement;
  /** The sibling still gets clicks and focus: the rest of the page works. */
  expectPageWorks(): void;
}

/** The element (properties set before it connects) next to a plain button. */
export async function mount<E extends HTMLElement = DataElement>(tag: string, properties: Record<string, unknown> = {}): Promise<Mounted<E>> {
  const el = document.createElement(tag) as E;
  Object.assign(el, properties);
  const wrapper = await fixture<HTMLElement>(html`<div>${el}<button type="button">Annet innhold på siden</button></div>`);
  const sibling = wrapper.querySelector('button')!;
  el.scrollIntoView({ block: 'start' });
  return {
    el,
    sibling,
    expectPageWorks() {
      let clicks = 0;
      const count = () => (clicks += 1);
      sibling.addEventListener('click', count);
      sibling.click();
      sibling.removeEventListener('click', count);
      sibling.focus();
      expect(clicks, 'the sibling button still works').to.equal(1);
      expect(document.activeElement, 'the sibling button takes focus').to.equal(sibling);
    },
  };
}

/** Items as the element counts them: a virtualised list says how many through aria-setsize. */
export function itemCount(el: Element): number {
  const items = [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
  const setSize = items[0]?.getAttribute('aria-setsize');
  return setSize ? Number(setSize) : items.length;
}

/** Waits until the element is settled and, when it has items, they are laid out. */
export async function settled(el: DataElement, timeout = 8000): Promise<void> {
  // A property just set starts its load in the next update: loadComplete waits for that update
  // and for the load it starts; settle() then bounds the wait and lets child elements render.
  await el.loadComplete;
  await settle(el, timeout);
  // A virtualised list lays out its rows a frame or two after the data arrives.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

export async function waitForItems(el: DataElement, what: string): Promise<void> {
  // A virtualised list renders the rows in view: bring the list there (long notices push it down).
  el.shadowRoot!.querySelector('[part~="list"]')?.scrollIntoView({ block: 'start' });
  try {
    await waitUntil(() => itemCount(el) > 0, '', { timeout: 4000 });
  } catch {
    throw new Error(`${el.localName}: no items shown (${what}); it shows: ${deepText(el.shadowRoot!).replace(/\s+/g, ' ').trim().slice(-700)}`);
  }
}

/** Text of every role="alert" element in the element's trees. */
export function alerts(el: Element): string[] {
  return allElements(el.shadowRoot!)
    .filter((node) => node.getAttribute('role') === 'alert')
    .map((node) => deepText(node).trim())
    .filter(Boolean);
}

/** The text of the partial-data notice, or '' when there is none. */
export function noticeText(el: Element): string {
  const notice = el.shadowRoot!.querySelector('hn-sources-notice');
  return notice?.shadowRoot ? deepText(notice.shadowRoot).trim() : '';
}

/** The element shows something a person can read: data, a notice or an alert. Never blank. */
export function expectNotBlank(el: Element, what: string): void {
  const text = deepText(el.shadowRoot!).trim();
  expect(text.length, `<${el.localName}> is blank for ${what}`).to.be.greaterThan(10);
  expect(el.hasAttribute('aria-busy'), `<${el.localName}> still busy for ${what}`).to.equal(false);
}

/** Clicks a "Prøv igjen" button in the element's trees. */
export function clickRetry(el: Element): void {
  const button = allElements(el.shadowRoot!).find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement && /Prøv igjen/.test(node.textContent ?? ''));
  expect(button, `<${el.localName}> offers "Prøv igjen"`).to.exist;
  button!.click();
}

// ---------------------------------------------------------------------------------------------
// The component's own data, as the seeded FHIR server gives it.

/** Kari's session with the given sources (default: the seed's three). */
export function sessionWith(sources: readonly Source[] = SOURCES, overrides: Partial<Session> = {}): Session {
  return seedSession({ sources: [...sources], ...overrides });
}

/**
 * Mounts the component live against the given seed sources, shows each of its views, and returns
 * every resource the server sent as one collection Bundle: realistic data of every kind the
 * component reads, with no fixture to keep in step.
 */
export async function seedBundle(component: DataComponent, sourceIds: string[] = ['helse-bergen']): Promise<Bundle> {
  const resources = new Map<string, Resource>();
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (response.ok && /\/fhir\//.test(url)) {
      const body = await response.clone().json().catch(() => undefined);
      const found = body?.resourceType === 'Bundle' ? ((body.entry ?? []) as BundleEntry[]).map((e) => e.resource) : [body];
      for (const resource of found) if (resource?.resourceType && resource.id) resources.set(`${resource.resourceType}/${resource.id}`, resource);
    }
    return response;
  };
  try {
    const { el } = await mount<DataElement>(component.tag, { session: sessionWith(SOURCES.filter((s) => sourceIds.includes(s.id))) });
    await settled(el);
    await eachView(el, component, () => undefined);
  } finally {
    window.fetch = original;
    // Off the page again: a virtualised list renders no rows for an element below the fold.
    fixtureCleanup();
  }
  expect(resources.size, `${component.tag}: the seed gave data`).to.be.greaterThan(0);
  return { resourceType: 'Bundle', type: 'collection', entry: [...resources.values()].map((resource) => ({ resource })) };
}

export const resourcesOf = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource!).filter(Boolean);

export const bundleOf = (entries: unknown[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: entries as BundleEntry[] });

/**
 * Shows each of the component's other views in turn, runs `check` in each, and goes back to the
 * view it started in.
 */
export async function eachView(el: DataElement, component: DataComponent, check: (what: string) => void | Promise<void>, timeout = 8000): Promise<void> {
  const record = el as unknown as Record<string, unknown>;
  for (const view of component.views) {
    const before = Object.fromEntries(Object.keys(view).map((key) => [key, record[key]]));
    Object.assign(el, view);
    await settled(el, timeout);
    await check(JSON.stringify(view));
    Object.assign(el, before);
    await settled(el, timeout);
  }
}

/** Takes (and clears) what the uncaught-error watch has seen so far: for work done in a `before` hook. */
export function takeUncaughtErrors(): string[] {
  return uncaught.splice(0, uncaught.length);
}

export interface SideBySideSpec {
  tag: string;
  properties: Record<string, unknown>;
  listeners?: Record<string, (event: Event) => void>;
}

/**
 * Several elements at once, each in its own visible 680×470 box with a sibling button under it (a
 * virtualised list renders rows only on screen, so every box must be in view: set the viewport to
 * at least 1400×1000). Not a fixture: it stays until `remove()`, across the tests of a describe.
 */
export function mountSideBySide(specs: SideBySideSpec[]): { mounted: Mounted[]; remove(): void } {
  const grid = document.createElement('div');
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(2,680px);gap:8px;position:absolute;inset:0 auto auto 0';
  const mounted = specs.map(({ tag, properties, listeners = {} }) => {
    const cell = document.createElement('div');
    cell.style.cssText = 'height:470px;overflow:auto;display:flex;flex-direction:column';
    const el = document.createElement(tag) as DataElement;
    for (const [type, listener] of Object.entries(listeners)) el.addEventListener(type, listener);
    Object.assign(el, properties);
    const sibling = document.createElement('button');
    sibling.type = 'button';
    sibling.textContent = 'Annet innhold på siden';
    cell.append(el, sibling);
    grid.append(cell);
    return {
      el,
      sibling,
      expectPageWorks() {
        let clicks = 0;
        const count = () => (clicks += 1);
        sibling.addEventListener('click', count);
        sibling.click();
        sibling.removeEventListener('click', count);
        sibling.focus();
        expect(clicks, 'the sibling button still works').to.equal(1);
        expect(document.activeElement, 'the sibling button takes focus').to.equal(sibling);
      },
    };
  });
  document.body.append(grid);
  return { mounted, remove: () => grid.remove() };
}
