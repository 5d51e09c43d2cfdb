import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WidthController } from '../src/width-controller.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

class WidthHost extends LitElement {
  readonly changes: boolean[] = [];
  readonly width = new WidthController(this, { minRem: 30, onChange: (wide) => this.changes.push(wide) });
  override render() {
    return html`<p>${this.width.wide ? 'wide' : 'narrow'}</p>`;
  }
}
customElements.define('test-width-host', WidthHost);

/** Resizes the host and waits until a ResizeObserver of the test's own has seen it, then the frame after. */
async function resize(el: HTMLElement, px: number): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
  el.style.width = `${px}px`;
  await seen;
  // The controller applies the change in the next animation frame.
  await nextFrame();
  await nextFrame();
}

/** [host width in px, wide at 30 rem (480 px at the default 16 px root)] */
const CASES: Array<[number, boolean]> = [
  [320, false],
  [479, false],
  [480, true],
  [1100, true],
];

describe('core: WidthController', () => {
  for (const [px, wide] of CASES) {
    it(`${px} px is ${wide ? 'wide' : 'narrow'} at once, in the first render`, async () => {
      const el = await fixture<WidthHost>(html`<test-width-host style="display:block;width:${px}px"></test-width-host>`);
      expect(el.width.wide).to.equal(wide);
      expect(el.shadowRoot!.textContent!.trim()).to.equal(wide ? 'wide' : 'narrow');
    });
  }

  it('follows the host’s own width (not the window’s), and updates the host only when wide changes', async () => {
    const el = await fixture<WidthHost>(html`<test-width-host style="display:block;width:320px"></test-width-host>`);
    await resize(el, 600);
    await el.updateComplete;
    expect(el.width.wide).to.equal(true);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('wide');
    await resize(el, 700);
    await resize(el, 400);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('narrow');
    expect(el.changes).to.deep.equal([true, false]);
    expect(el.width.width).to.equal(400);
  });

  it('counts in root ems: a larger root font size needs more pixels', async () => {
    document.documentElement.style.fontSize = '20px';
    try {
      const el = await fixture<WidthHost>(html`<test-width-host style="display:block;width:500px"></test-width-host>`);
      // 30 rem is 600 px now.
      expect(el.width.wide).to.equal(false);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('stops observing when the host is removed, and measures again when it is attached', async () => {
    const el = await fixture<WidthHost>(html`<test-width-host style="display:block;width:900px"></test-width-host>`);
    // The first measurement is a change from the default (narrow).
    expect(el.width.wide).to.equal(true);
    expect(el.changes).to.deep.equal([true]);
    const parent = el.parentElement!;
    // Removed, the host has no size: an observer still watching would report 0 and make it narrow.
    const seen = new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el);
    });
    await nextFrame();
    el.remove();
    await Promise.race([seen, nextFrame().then(nextFrame).then(nextFrame)]);
    await nextFrame();
    await nextFrame();
    expect(el.changes).to.deep.equal([true]);
    expect(el.width.wide).to.equal(true);
    parent.append(el);
    el.style.width = '320px';
    el.remove();
    parent.append(el);
    // Attached again: measured at once, before any frame.
    expect(el.width.wide).to.equal(false);
    expect(el.changes).to.deep.equal([true, false]);
    await resize(el, 900);
    expect(el.width.wide).to.equal(true);
  });
});
