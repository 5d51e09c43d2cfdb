import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { VirtualRovingTabindexController } from '../src/controllers/virtual-roving-tabindex.js';

const WINDOW = 8;

/** A list of 100 rows that renders only a window of 8, as a virtualiser does; `scrollTo` moves the window. */
class WindowedList extends LitElement {
  static override properties = { first: { state: true } };
  declare first: number;
  readonly count = 100;
  readonly keyboard = new VirtualRovingTabindexController(this, {
    count: () => this.count,
    list: () => this.renderRoot.querySelector('ul'),
    control: (index) => this.renderRoot.querySelector<HTMLElement>(`button[data-index="${index}"]`),
    scrollTo: (index) => {
      if (index < this.first || index >= this.first + WINDOW) this.first = Math.max(0, Math.min(index, this.count - WINDOW));
    },
  });

  constructor() {
    super();
    this.first = 0;
  }

  override render() {
    const rows = Array.from({ length: WINDOW }, (_, i) => this.first + i);
    return html`<ul aria-label="Rader" tabindex=${this.keyboard.listTabStop ? '0' : '-1'} @keydown=${this.keyboard.onKeyDown}
      @focus=${this.keyboard.onFocus} @focusin=${this.keyboard.onFocusIn}>
      ${rows.map((index) => html`<li><button data-index=${index} tabindex=${this.keyboard.tabindex(index)}>Rad ${index + 1}</button></li>`)}
    </ul>`;
  }
}
customElements.define('test-windowed-list', WindowedList);

const focused = (el: WindowedList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent ?? '';
const tabStops = (el: WindowedList) => [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')].map((node) => node.textContent);

async function press(el: WindowedList, key: string, expected: string) {
  await sendKeys({ press: key });
  await waitUntil(() => focused(el) === expected, `${key}: focus on "${focused(el)}", not "${expected}"`, { timeout: 8000 });
}

describe('core: VirtualRovingTabindexController (roving tabindex by index)', () => {
  it('one tab stop; arrows, Page Down, End and Home reach rows that were not rendered', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    expect(tabStops(el)).to.deep.equal(['Rad 1']);
    el.shadowRoot!.querySelector<HTMLElement>('button[data-index="0"]')!.focus();
    await press(el, 'ArrowDown', 'Rad 2');
    await press(el, 'ArrowUp', 'Rad 1');
    await press(el, 'ArrowUp', 'Rad 1');
    await press(el, 'PageDown', 'Rad 11');
    await press(el, 'End', 'Rad 100');
    expect(el.first).to.equal(92);
    await press(el, 'ArrowDown', 'Rad 100');
    await press(el, 'PageUp', 'Rad 90');
    await press(el, 'Home', 'Rad 1');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Rad 1']);
  });

  it('when the active row leaves the DOM, the list itself is the tab stop and leads back to the row', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    el.shadowRoot!.querySelector<HTMLElement>('button[data-index="0"]')!.focus();
    await press(el, 'ArrowDown', 'Rad 2');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    el.first = 50;
    await el.updateComplete;
    await waitUntil(() => el.keyboard.listTabStop, 'the list did not become the tab stop', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('tabindex')).to.equal('0');
    el.shadowRoot!.querySelector('ul')!.focus();
    await waitUntil(() => focused(el) === 'Rad 2', 'focusing the list did not lead to the active row', { timeout: 8000 });
  });

  it('modified arrows are left to the browser', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    const first = el.shadowRoot!.querySelector<HTMLElement>('button[data-index="0"]')!;
    first.focus();
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    const plain = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(true);
  });
});
