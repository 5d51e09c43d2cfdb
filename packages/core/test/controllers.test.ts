import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { LoadController, type LoadState } from '../src/controllers/load-controller.js';
import { RovingTabindexController } from '../src/controllers/roving-tabindex.js';
import { FhirClient } from '../src/fhir/client.js';
import { FhirError } from '../src/fhir/errors.js';
import { countingFetch, resetServer, setMode, SOURCES } from './fhir-server.js';
import { deepActiveElement, expectSame, expectSameList } from './helpers.js';

class LoadHost extends LitElement {
  readonly changes: Array<LoadState<string>['status']> = [];
  readonly load = new LoadController<string>(this, (state) => this.changes.push(state.status));
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<p>${this.load.state.status}:${this.load.value ?? ''}</p>`;
  }
}
customElements.define('test-load-host', LoadHost);

/** A loader that settles when the test says so, and records whether its signal was aborted. */
function deferredLoader() {
  let resolve!: (value: string) => void;
  let reject!: (error: unknown) => void;
  let signal!: AbortSignal;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const loader = (s: AbortSignal) => {
    signal = s;
    return promise;
  };
  return { loader, resolve, reject, get signal() { return signal; } };
}

describe('LoadController', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('goes idle -> loading -> ready and renders each', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    expect(el.load.state.status).to.equal('idle');
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('loading:');
    expect(el.load.pending).to.equal(true);
    d.resolve('data');
    await done;
    await el.updateComplete;
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'data' });
    expect(el.shadowRoot!.textContent).to.equal('ready:data');
    expect(el.load.pending).to.equal(false);
    expect(el.changes).to.deep.equal(['loading', 'ready']);
  });

  it('drops a stale result: the later run wins even when the earlier one finishes last, and the earlier is aborted', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const first = deferredLoader();
    const second = deferredLoader();
    const firstDone = el.load.run(first.loader);
    const secondDone = el.load.run(second.loader);
    expect(first.signal.aborted).to.equal(true);
    expect(second.signal.aborted).to.equal(false);
    second.resolve('new');
    await secondDone;
    first.resolve('old');
    await firstDone;
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'new' });

    // A stale failure is dropped too.
    const third = deferredLoader();
    const fourth = deferredLoader();
    const thirdDone = el.load.run(third.loader);
    const fourthDone = el.load.run(fourth.loader);
    fourth.resolve('newest');
    third.reject(new Error('old failure'));
    await Promise.all([thirdDone, fourthDone]);
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'newest' });
  });

  it('an error becomes the error state and keeps the previous value; run never rejects', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    await el.load.run(async () => 'first');
    const failure = new FhirError('server', 'helse-bergen', 'HTTP 503', { status: 503 });
    await el.load.run(async () => {
      throw failure;
    });
    expect(el.load.state.status).to.equal('error');
    expect(el.load.state).to.deep.include({ error: failure, previous: 'first' });
    expect(el.load.value).to.equal('first');
    // A loader that throws synchronously is caught too.
    await el.load.run(() => {
      throw new Error('sync');
    });
    expect(el.load.state.status).to.equal('error');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('error:first');
  });

  it('while loading again, the previous value stays available', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    await el.load.run(async () => 'first');
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    expect(el.load.state).to.deep.equal({ status: 'loading', previous: 'first' });
    expect(el.load.value).to.equal('first');
    d.resolve('second');
    await done;
  });

  it('disconnecting the host aborts the load, leaves nothing pending, and ignores the late result', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    el.remove();
    expect(d.signal.aborted).to.equal(true);
    expect(el.load.pending).to.equal(false);
    expect(el.load.state.status).to.equal('idle');
    d.resolve('late');
    await done;
    expect(el.load.state.status).to.equal('idle');
  });

  it('disconnecting aborts a real FHIR request at once', async () => {
    // The server would answer in a minute: if removing the element did not abort, `done` would not
    // settle before the test's own timeout.
    await setMode('helse-bergen', 'slow', 60_000);
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch });
    let settledWith: unknown;
    const done = el.load.run(async (signal) => {
      try {
        const { resources } = await client.search('Appointment', { patient: 'Patient/kari' }, { signal });
        return String(resources.length);
      } catch (error) {
        settledWith = error;
        throw error;
      }
    });
    await waitUntil(() => calls.length === 1, 'the condition was not met', { timeout: 8000 });
    el.remove();
    await done;
    expect(settledWith).to.be.instanceOf(FhirError);
    expect((settledWith as FhirError).kind).to.equal('aborted');
    expect(calls).to.have.length(1);
    expect(el.load.pending).to.equal(false);
    expect(el.load.state.status).to.equal('idle');
  });

  it('abort() leaves loading: back to the previous value, or idle', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    el.load.abort();
    expect(el.load.state.status).to.equal('idle');
    d.resolve('late');
    await done;
    expect(d.signal.aborted).to.equal(true);
    expect(el.load.state.status).to.equal('idle');
    expect(el.load.pending).to.equal(false);

    await el.load.run(async () => 'kept');
    const d2 = deferredLoader();
    const done2 = el.load.run(d2.loader);
    el.load.abort();
    d2.resolve('dropped');
    await done2;
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'kept' });
  });

  it('setValue and setError abort a running load', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    el.load.setValue('from bundle');
    expect(d.signal.aborted).to.equal(true);
    d.resolve('from server');
    await done;
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'from bundle' });
    const d2 = deferredLoader();
    const done2 = el.load.run(d2.loader);
    el.load.setError(new TypeError('Not a FHIR Bundle'));
    d2.resolve('x');
    await done2;
    expect(el.load.state.status).to.equal('error');
    expect(el.load.value).to.equal('from bundle');
  });

  it('an abort error from a load still running does not overwrite the state with an error', async () => {
    const el = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    await el.load.run(async () => 'ok');
    const d = deferredLoader();
    const done = el.load.run(d.loader);
    const newer = el.load.run(async () => 'newer');
    d.reject(new DOMException('aborted', 'AbortError'));
    await Promise.all([done, newer]);
    expect(el.load.state).to.deep.equal({ status: 'ready', value: 'newer' });
  });
});

class RovingList extends LitElement {
  static override properties = { count: { type: Number }, direction: { type: String } };
  declare count: number;
  declare direction: 'vertical' | 'horizontal' | 'both';
  readonly roving: RovingTabindexController;
  constructor() {
    super();
    this.count = 4;
    this.direction = 'vertical';
    this.roving = new RovingTabindexController(this, {
      items: () => Array.from(this.shadowRoot?.querySelectorAll<HTMLElement>('[part="item"]') ?? []),
      direction: 'vertical',
    });
  }
  override render() {
    return html`<ul>
      ${Array.from({ length: this.count }, (_, i) => html`<li><button part="item" type="button">Item ${i + 1}</button></li>`)}
    </ul>`;
  }
}
customElements.define('test-roving-list', RovingList);

class HorizontalList extends LitElement {
  readonly roving = new RovingTabindexController(this, {
    items: () => Array.from(this.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? []),
    direction: 'horizontal',
  });
  override render() {
    return html`<div role="toolbar" aria-label="Filter"><button>A</button><button>B</button><button>C</button></div>`;
  }
}
customElements.define('test-roving-horizontal', HorizontalList);

describe('RovingTabindexController', () => {
  async function setup() {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Før</button>
      <test-roving-list></test-roving-list>
      <button id="after">Etter</button>
    </div>`);
    const list = page.querySelector<RovingList>('test-roving-list')!;
    await list.updateComplete;
    const items = Array.from(list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="item"]'));
    return { page, list, items, before: page.querySelector<HTMLButtonElement>('#before')!, after: page.querySelector<HTMLButtonElement>('#after')! };
  }

  const tabStops = (items: HTMLElement[]) => items.filter((item) => item.tabIndex === 0);

  it('makes exactly one tab stop: Tab enters the list once and leaves it with the next Tab', async () => {
    const { items, before, after } = await setup();
    expectSameList(tabStops(items), [items[0]]);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expectSame(deepActiveElement(), items[0]);
    await sendKeys({ press: 'Tab' });
    expectSame(deepActiveElement(), after);
  });

  it('arrows move, Home and End jump, the ends do not wrap; arrows do not scroll the page', async () => {
    const { items } = await setup();
    items[0]!.focus();
    const scrolled: boolean[] = [];
    items[0]!.parentElement!.parentElement!.addEventListener('keydown', (event) => scrolled.push(!event.defaultPrevented));
    await sendKeys({ press: 'ArrowDown' });
    expectSame(deepActiveElement(), items[1]);
    await sendKeys({ press: 'ArrowDown' });
    expectSame(deepActiveElement(), items[2]);
    await sendKeys({ press: 'ArrowUp' });
    expectSame(deepActiveElement(), items[1]);
    await sendKeys({ press: 'End' });
    expectSame(deepActiveElement(), items[3]);
    await sendKeys({ press: 'ArrowDown' });
    expectSame(deepActiveElement(), items[3]);
    await sendKeys({ press: 'Home' });
    expectSame(deepActiveElement(), items[0]);
    await sendKeys({ press: 'ArrowUp' });
    expectSame(deepActiveElement(), items[0]);
    expectSameList(tabStops(items), [items[0]]);
    // Left/Right are not for a vertical list.
    await sendKeys({ press: 'ArrowRight' });
    expectSame(deepActiveElement(), items[0]);
    expect(scrolled.length).to.be.greaterThan(0);
  });

  it('remembers the active item: Tab out and Shift+Tab back lands on it', async () => {
    const { items } = await setup();
    items[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expectSameList(tabStops(items), [items[2]]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    expectSame(deepActiveElement(), items[2]);
  });

  it('focusing an item by pointer makes it the tab stop', async () => {
    const { items } = await setup();
    items[3]!.focus();
    expectSameList(tabStops(items), [items[3]]);
  });

  it('keeps one tab stop when the list shrinks below the active item', async () => {
    const { list, items } = await setup();
    items[3]!.focus();
    list.count = 2;
    await list.updateComplete;
    const now = Array.from(list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="item"]'));
    expect(now).to.have.length(2);
    expectSameList(tabStops(now), [now[1]]);
  });

  it('horizontal lists use Left and Right, not Up and Down', async () => {
    const el = await fixture<HorizontalList>(html`<test-roving-horizontal></test-roving-horizontal>`);
    const [a, b, c] = Array.from(el.shadowRoot!.querySelectorAll('button'));
    a!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expectSame(deepActiveElement(), a);
    await sendKeys({ press: 'ArrowRight' });
    expectSame(deepActiveElement(), b);
    await sendKeys({ press: 'ArrowRight' });
    expectSame(deepActiveElement(), c);
    await sendKeys({ press: 'ArrowLeft' });
    expectSame(deepActiveElement(), b);
  });

  it('removes its listeners on disconnect', async () => {
    const { list, items } = await setup();
    list.remove();
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    items[2]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    // The controller's handlers run synchronously; an update they asked for is done by now.
    await list.updateComplete;
    expectSameList(tabStops(items), [items[0]]);
  });
});
