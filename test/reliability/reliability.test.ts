// Reliability across every data component: malformed FHIR, hostile HTML, and FHIR servers that are
// slow, down or answer 401. Whatever comes in, a component shows data, a notice or an alert that
// names what failed — never a blank area, never an uncaught error — and nothing from a source runs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ignoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { deepText, resetServer, session, setMode, settle, SOURCES } from '@hn-elements/test-support';
import { COMPONENTS, type DataElement } from './components.js';
import { brokenEntries, NOT_BUNDLES } from './corpus.js';
import { allNodes, dangerousNodes, HOSTILE_STRINGS, poison, TRAP } from './hostile.js';

const errors: string[] = [];
const onError = (event: ErrorEvent) => {
  if (/ResizeObserver loop/.test(event.message)) return;
  errors.push(event.message);
};
// The virtualiser lays rows out a frame after a resize, so Chromium reports a ResizeObserver
// loop: a browser notice, not an error of ours (the inbox's own tests do the same).
let restoreOnError: (() => void) | undefined;
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

/** A component next to a plain button, to show the rest of the page keeps working. */
async function mount(tag: string, properties: Partial<DataElement>): Promise<{ el: DataElement; sibling: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div>${staticHtml`<${unsafeStatic(tag)} request-timeout="1500"></${unsafeStatic(tag)}>`}<button type="button">Annet innhold</button></div>`);
  const el = wrapper.firstElementChild as DataElement;
  Object.assign(el, properties);
  const sibling = wrapper.querySelector('button')!;
  return { el, sibling };
}

/** The component shows something a person can read: data, a notice or an alert. */
function expectNotBlank(el: DataElement, what: string): void {
  expect(deepText(el.shadowRoot!).trim().length, `${el.localName} is blank for ${what}`).to.be.greaterThan(10);
}

async function expectPageStillWorks(sibling: HTMLButtonElement): Promise<void> {
  let clicked = false;
  sibling.addEventListener('click', () => (clicked = true), { once: true });
  sibling.click();
  expect(clicked).to.equal(true);
}

before(() => {
  restoreOnError = ignoreWindowResizeObserverLoopErrors({ suppressErrorLogging: true });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  restoreOnError?.();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

beforeEach(() => {
  errors.length = 0;
  (window as unknown as Record<string, unknown>)[TRAP] = 0;
});

for (const component of COMPONENTS) {
  describe(`${component.tag}: malformed FHIR`, () => {
    for (const [what, value] of NOT_BUNDLES) {
      it(`shows an alert for ${what}, and the page keeps working`, async () => {
        const { el, sibling } = await mount(component.tag, { bundle: value, session: session({ sources: [] }) });
        await settle(el);
        const alert = allNodes(el.shadowRoot!).find((node) => node.getAttribute('role') === 'alert');
        expect(alert, `${component.tag}: an alert for ${what}`).to.exist;
        expectNotBlank(el, what);
        await expectPageStillWorks(sibling);
        expect(errors).to.deep.equal([]);
      });
    }

    it('shows the good items of a bundle full of broken entries and says some were left out', async () => {
      const good = component.bundle();
      const bundle = { ...good, entry: [...(good.entry ?? []), ...brokenEntries().map((resource) => (resource && typeof resource === 'object' && 'resource' in resource ? resource : { resource }))] };
      const { el, sibling } = await mount(component.tag, { bundle, session: session({ sources: [] }) });
      await settle(el);
      // A virtualised list lays its rows out a frame or two after the data arrives.
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, `${component.tag}: good items still shown`, { timeout: 4000 });
      expectNotBlank(el, 'broken entries');
      await expectPageStillWorks(sibling);
      expect(errors).to.deep.equal([]);
    });
  });

  describe(`${component.tag}: hostile HTML in every text field`, () => {
    it('runs nothing and leaves no dangerous node, also after opening and hovering the items', async () => {
      let n = 0;
      const next = () => HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length]!;
      const bundle = poison(component.bundle(), next);
      const { el } = await mount(component.tag, { bundle, session: session({ sources: [], handoff: { allowedOrigins: ['https://vendor.example.org'] } }) });
      await settle(el);
      // Open and poke every item: reading panes render their content only when opened.
      el.addEventListener('hn-handoff-start', (event) => event.preventDefault());
      const targets = allNodes(el.shadowRoot!).filter((node) => node.matches('[part~="item"] button, [part~="item"] summary, [role="option"], [role="row"]')).slice(0, 20);
      for (const target of targets) {
        if (/Avbestill|Slett|Send|Start|Endre|Åpne skjemaet/.test(target.textContent ?? '')) continue;
        (target as HTMLElement).click();
        target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        await el.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as Record<string, unknown>)[TRAP], 'a payload ran').to.equal(0);
      expect(dangerousNodes(el.shadowRoot!)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  });

  describe(`${component.tag}: FHIR servers that are slow, down or say 401`, () => {
    afterEach(async () => {
      await resetServer();
    });

    it('names the source that is down and shows the rest', async () => {
      await setMode('fastlegen', 'down');
      const { el, sibling } = await mount(component.tag, { session: session() });
      await settle(el, 15000);
      const notice = el.shadowRoot!.querySelector('hn-sources-notice');
      expect(notice, `${component.tag}: a notice naming the source`).to.exist;
      expect(deepText(notice!.shadowRoot!)).to.contain('Legesenteret i Sentrum');
      await expectPageStillWorks(sibling);
      expect(errors).to.deep.equal([]);
    });

    it('names the slow source after its timeout', async () => {
      await setMode('bergen-kommune', 'slow', 4000);
      const { el } = await mount(component.tag, { session: session(), requestTimeout: 300 });
      await settle(el, 15000);
      expect(deepText(el.shadowRoot!.querySelector('hn-sources-notice')!.shadowRoot!)).to.contain('Bergen kommune');
      expect(errors).to.deep.equal([]);
    });

    it('asks for a new login when a source answers 401, and shows an alert when every source is down', async () => {
      await setMode('helse-bergen', 'unauthorized');
      const seen: string[] = [];
      const { el } = await mount(component.tag, {});
      el.addEventListener('hn-auth-required', (event) => seen.push((event as CustomEvent<{ sourceId: string }>).detail.sourceId));
      el.session = session();
      await waitUntil(() => seen.length > 0, 'no hn-auth-required', { timeout: 8000 });
      expect([...new Set(seen)]).to.deep.equal(['helse-bergen']);

      for (const source of SOURCES) await setMode(source.id, 'down');
      const { el: down } = await mount(component.tag, { session: session() });
      await settle(down, 15000);
      const alert = allNodes(down.shadowRoot!).find((node) => node.getAttribute('role') === 'alert');
      expect(alert).to.exist;
      for (const source of SOURCES) expect(deepText(alert!)).to.contain(source.name);
      expect(errors).to.deep.equal([]);
    });
  });
}
