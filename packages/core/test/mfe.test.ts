import { expect } from '@open-wc/testing';
import { collectUntil } from '@hn-elements/test-support';
import { html } from 'lit';
import { HnElement } from '../src/hn-element.js';
import { LoadController } from '../src/controllers/load-controller.js';
import { defineMicroFrontend, type MicroFrontendProps } from '../src/mfe.js';
import { OLA, onBehalfOf, session } from './helpers.js';

/** Tracks what every live widget holds, so the test can see that unmount leaves nothing behind. */
const live = { connected: 0, listeners: 0, pendingLoads: 0, timers: 0 };

class MfeWidget extends HnElement {
  static override properties = { ...HnElement.properties, view: { type: String } };
  declare view: string;
  readonly load = new LoadController<string>(this);
  private timer?: ReturnType<typeof setInterval>;
  private readonly onResize = () => this.requestUpdate();

  constructor() {
    super();
    this.view = 'upcoming';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.connected += 1;
    window.addEventListener('resize', this.onResize);
    live.listeners += 1;
    this.timer = setInterval(() => undefined, 10_000);
    live.timers += 1;
    live.pendingLoads += 1;
    void this.load.run(
      (signal) =>
        new Promise<string>((_, reject) => {
          signal.addEventListener('abort', () => {
            live.pendingLoads -= 1;
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.connected -= 1;
    window.removeEventListener('resize', this.onResize);
    live.listeners -= 1;
    clearInterval(this.timer);
    live.timers -= 1;
  }

  override render() {
    return html`<p>${this.currentLocale}|${this.view}|${this.currentSession?.patient.name ?? '-'}</p>`;
  }
}

let loads = 0;
const lifecycles = defineMicroFrontend('test-mfe-widget', async () => {
  loads += 1;
  // Asynchronous, as a dynamic import is: bootstrap calls made meanwhile must share this load.
  await Promise.resolve();
  if (!customElements.get('test-mfe-widget')) customElements.define('test-mfe-widget', MfeWidget);
});

const widgets = () => document.querySelectorAll('test-mfe-widget');

describe('defineMicroFrontend', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('[id^="single-spa-application:"]'))) el.remove();
  });

  it('bootstrap runs load once, even when called again or at the same time', async () => {
    await Promise.all([lifecycles.bootstrap({ name: 'a' }), lifecycles.bootstrap({ name: 'b' })]);
    await lifecycles.bootstrap({ name: 'a' });
    expect(loads).to.equal(1);
    expect(customElements.get('test-mfe-widget')).to.equal(MfeWidget);
  });

  it('a failed load may be tried again', async () => {
    let attempts = 0;
    const flaky = defineMicroFrontend('test-never-defined', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed');
    });
    let failed = false;
    await flaky.bootstrap({}).catch(() => (failed = true));
    expect(failed).to.equal(true);
    await flaky.bootstrap({});
    expect(attempts).to.equal(2);
  });

  it('mounts into #single-spa-application:<name> with session, locale and element props', async () => {
    await lifecycles.bootstrap({});
    const container = document.createElement('div');
    container.id = 'single-spa-application:@hn/appointments';
    container.innerHTML = '<p>old content</p>';
    document.body.append(container);
    const props: MicroFrontendProps = { name: '@hn/appointments', session: session(), locale: 'en', elementProps: { view: 'past' } };
    await lifecycles.mount(props);
    const el = container.querySelector<MfeWidget>('test-mfe-widget')!;
    expect(container.children).to.have.length(1);
    expect(el).to.be.instanceOf(MfeWidget);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('en|past|Kari Nordmann');
    expect(el.getAttribute('locale')).to.equal('en');

    await lifecycles.update({ name: '@hn/appointments', session: onBehalfOf(OLA, 'power-of-attorney'), locale: 'nn', elementProps: { view: 'upcoming' } });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('nn|upcoming|Ola Nordmann');

    await lifecycles.unmount({ name: '@hn/appointments' });
    expect(el.isConnected).to.equal(false);
    expect(container.isConnected).to.equal(true);
    expect(container.children).to.have.length(0);
  });

  it('takes the locale from the session when none is given', async () => {
    await lifecycles.bootstrap({});
    const domElement = document.createElement('section');
    document.body.append(domElement);
    await lifecycles.mount({ name: 'x', domElement, session: session({ locale: 'nn' }) });
    const el = domElement.querySelector<MfeWidget>('test-mfe-widget')!;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('nn');
    await lifecycles.unmount({ name: 'x', domElement });
    domElement.remove();
  });

  it('uses domElement when given, and leaves it in place on unmount', async () => {
    await lifecycles.bootstrap({});
    const domElement = document.createElement('section');
    document.body.append(domElement);
    await lifecycles.mount({ name: 'with-dom', domElement });
    expect(domElement.querySelector('test-mfe-widget')).to.exist;
    expect(document.getElementById('single-spa-application:with-dom') === null, 'single-spa-application:with-dom').to.equal(true);
    await lifecycles.unmount({ name: 'with-dom', domElement });
    expect(domElement.isConnected).to.equal(true);
    expect(domElement.children).to.have.length(0);
    domElement.remove();
  });

  it('creates a container when the layout has none, and removes it again on unmount', async () => {
    await lifecycles.bootstrap({});
    const before = document.body.children.length;
    await lifecycles.mount({ name: 'no-layout' });
    const container = document.getElementById('single-spa-application:no-layout')!;
    expect(container).to.exist;
    expect(container.querySelector('test-mfe-widget')).to.exist;
    await lifecycles.unmount({ name: 'no-layout' });
    expect(document.getElementById('single-spa-application:no-layout') === null, 'single-spa-application:no-layout').to.equal(true);
    expect(document.body.children.length).to.equal(before);
  });

  it('keeps two applications with the same tag apart', async () => {
    await lifecycles.bootstrap({});
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    await lifecycles.mount({ name: 'one', domElement: a, elementProps: { view: 'past' } });
    await lifecycles.mount({ name: 'two', domElement: b, elementProps: { view: 'upcoming' } });
    await lifecycles.unmount({ name: 'one', domElement: a });
    expect(a.children).to.have.length(0);
    expect(b.querySelector('test-mfe-widget')).to.exist;
    await lifecycles.unmount({ name: 'two', domElement: b });
    a.remove();
    b.remove();
  });

  it('200 mount/unmount cycles leave no element, container, listener, timer or request behind, and no heap growth', async function () {
    this.timeout(20_000);
    await lifecycles.bootstrap({});
    const gc = (globalThis as { gc?: () => void }).gc;
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    const bodyChildren = document.body.children.length;
    const refs: Array<WeakRef<Element>> = [];

    const cycle = async (i: number, keep: boolean) => {
      const props: MicroFrontendProps = { name: `loop-${i % 3}`, session: session(), locale: 'nb', elementProps: { view: i % 2 ? 'past' : 'upcoming' } };
      await lifecycles.mount(props);
      const el = document.getElementById(`single-spa-application:loop-${i % 3}`)!.firstElementChild as MfeWidget;
      await el.updateComplete;
      if (keep) refs.push(new WeakRef(el));
      await lifecycles.update({ ...props, locale: 'en' });
      await lifecycles.unmount(props);
    };

    // Warm up, then measure.
    for (let i = 0; i < 20; i += 1) await cycle(i, false);
    gc?.();
    const heapBefore = heap();
    for (let i = 0; i < 200; i += 1) await cycle(i, true);

    expect(widgets()).to.have.length(0);
    expect(document.querySelectorAll('[id^="single-spa-application:loop-"]')).to.have.length(0);
    expect(document.body.children.length).to.equal(bodyChildren);
    expect(live).to.deep.equal({ connected: 0, listeners: 0, pendingLoads: 0, timers: 0 });

    if (gc) {
      const survivors = await collectUntil(gc, () => refs.filter((ref) => ref.deref() !== undefined).length, 2);
      expect(survivors, 'unmounted elements still reachable').to.be.at.most(2);
      const growth = heap() - heapBefore;
      expect(growth, `heap grew by ${growth} bytes`).to.be.lessThan(1_000_000);
    }
  });
});
