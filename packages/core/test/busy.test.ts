import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SourcesLoadController, reflectBusy } from '../src/controllers/sources-load-controller.js';
import type { Session } from '../src/session.js';

interface Data {
  failures: [];
  text: string;
}

/** A host whose live load ends when the test says, so every state can be looked at. */
class BusyHost extends LitElement {
  finish: (() => void) | undefined;
  fail: ((error: unknown) => void) | undefined;
  readonly data = new SourcesLoadController<Data>(this, {
    fromBundle: (bundle) => {
      if (bundle === 'bad') throw new Error('not a Bundle');
      return { failures: [], text: String(bundle) };
    },
    fromSources: () =>
      new Promise<Data>((resolve, reject) => {
        this.finish = () => resolve({ failures: [], text: 'live' });
        this.fail = reject;
      }),
    reportErrors: () => {},
  });
  override render() {
    return html`${this.data.state.status}`;
  }
  protected override updated(): void {
    reflectBusy(this, this.data.busy);
  }
}
customElements.define('test-busy-host', BusyHost);

const SESSION = { patient: { reference: 'Patient/kari', name: 'Kari' }, sources: [{ id: 'a', name: 'A', fhirBase: '/fhir/a' }] } as unknown as Session;

describe('core: when a data component is busy (one rule, aria-busy)', () => {
  it('busy while a live load runs; not once data or an error is shown', async () => {
    const el = await fixture<BusyHost>(html`<test-busy-host></test-busy-host>`);
    el.data.sync({ bundle: undefined, session: SESSION, allowed: true });
    expect(el.data.busy).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.finish!();
    await el.data.settled();
    expect(el.data.busy).to.equal(false);
    expect(el.hasAttribute('aria-busy')).to.equal(false);

    el.data.forget();
    el.data.sync({ bundle: undefined, session: SESSION, allowed: true });
    expect(el.data.busy).to.equal(true);
    el.fail!(new Error('down'));
    await el.data.settled();
    expect(el.data.state.status).to.equal('error');
    expect(el.data.busy).to.equal(false);
  });

  it('never busy when the representation does not cover the component, nor with a bundle shown or refused', async () => {
    const el = await fixture<BusyHost>(html`<test-busy-host></test-busy-host>`);
    el.data.sync({ bundle: undefined, session: SESSION, allowed: false });
    expect(el.data.busy).to.equal(false);
    el.data.sync({ bundle: 'B', session: SESSION, allowed: true });
    expect(el.data.busy).to.equal(false);
    el.data.sync({ bundle: 'bad', session: SESSION, allowed: true });
    expect(el.data.state.status).to.equal('error');
    expect(el.data.busy).to.equal(false);
  });
});

