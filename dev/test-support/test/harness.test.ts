// The shared harness classes (src/harness.ts) that the components' test harnesses extend: the
// element and its shadow root, waiting for the load and the render, and the listed items.
import { expect, fixture, html } from '@open-wc/testing';
import { ElementHarness, expectEveryTitleIn, ListHarness } from '@hn-elements/test-support';

/** A list that "loads" until `finish()` is called, busy meanwhile, like the data components. */
class HarnessList extends HTMLElement {
  #finish!: () => void;
  readonly loadComplete = new Promise<void>((resolve) => (this.#finish = resolve));
  readonly updateComplete = Promise.resolve(true);

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Laster</p>';
    this.setAttribute('aria-busy', 'true');
  }

  finish(titles: string[]): void {
    this.shadowRoot!.innerHTML = `<ul>${titles.map((title) => `<li part="item"><h3 lang="nn"> ${title} </h3></li>`).join('')}</ul><p>Ferdig</p>`;
    this.removeAttribute('aria-busy');
    this.#finish();
  }
}

customElements.define('harness-list', HarnessList);

class HarnessListHarness extends ListHarness<HarnessList> {
  titleElement(item: HTMLElement): HTMLElement {
    return item.querySelector('h3')!;
  }
}

describe('ElementHarness and ListHarness', () => {
  it('ElementHarness: the element, and its shadow root as text', async () => {
    const el = await fixture<HarnessList>(html`<harness-list></harness-list>`);
    const h = new ElementHarness(el);
    expect(h.element).to.equal(el);
    expect(h.text()).to.equal('Laster');
  });

  it('ListHarness: loaded() and settled() wait for the load and the render; items() and titles() in order', async () => {
    const el = await fixture<HarnessList>(html`<harness-list></harness-list>`);
    const h = new HarnessListHarness(el);
    let loaded = false;
    let settled = false;
    const waits = [h.loaded().then(() => (loaded = true)), h.settled().then(() => (settled = true))];
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded || settled, 'nothing resolves while the element loads').to.equal(false);
    expect(h.items()).to.deep.equal([]);
    el.finish(['Blodprøve', 'Røntgen']);
    const [fromLoaded, fromSettled] = await Promise.all([h.loaded(), h.settled(), ...waits]);
    expect(fromLoaded, 'loaded() gives the harness').to.equal(h);
    expect(fromSettled, 'settled() gives the harness').to.equal(h);
    expect(h.items().map((item) => item.getAttribute('part'))).to.deep.equal(['item', 'item']);
    expect(h.titles()).to.deep.equal(['Blodprøve', 'Røntgen']);
    expect(h.text()).to.equal(' Blodprøve Røntgen Ferdig');
  });

  it('expectEveryTitleIn: passes when every title carries the language, fails on one that does not or on an empty list', async () => {
    const el = await fixture<HarnessList>(html`<harness-list></harness-list>`);
    const h = new HarnessListHarness(el);
    expect(() => expectEveryTitleIn(h, 'nn'), 'no items').to.throw(/titles listed/);
    el.finish(['Blodprøve', 'Røntgen']);
    expect(() => expectEveryTitleIn(h, 'nn')).not.to.throw();
    h.titleElement(h.items()[1]!).lang = 'nb';
    expect(() => expectEveryTitleIn(h, 'nn')).to.throw(/Røntgen/);
  });
});
