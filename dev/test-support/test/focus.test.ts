// The focus helpers (src/focus.ts) that every component's "focus is never lost" test stands on:
// whether focus has fallen to the page, and a real key press on a control.
import { expect, fixture, html } from '@open-wc/testing';
import { focusIsOnBody, pressOn } from '@hn-elements/test-support';

class FocusBox extends HTMLElement {
  pressed: string[] = [];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Trykk</button>';
    this.button.addEventListener('keydown', (event) => this.pressed.push(event.key));
  }

  get button(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('button')!;
  }
}

customElements.define('focus-box', FocusBox);

describe('focus helpers', () => {
  it('focusIsOnBody: true with nothing focused, false with focus on a control inside a shadow root', async () => {
    const box = await fixture<FocusBox>(html`<focus-box></focus-box>`);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focusIsOnBody()).to.equal(true);
    box.button.focus();
    expect(focusIsOnBody()).to.equal(false);
    box.button.remove();
    expect(focusIsOnBody(), 'the focused control went').to.equal(true);
  });

  it('pressOn focuses the control and presses the key there (Enter unless told)', async () => {
    const box = await fixture<FocusBox>(html`<focus-box></focus-box>`);
    await pressOn(box.button);
    await pressOn(box.button, 'Escape');
    expect(box.pressed).to.deep.equal(['Enter', 'Escape']);
  });

  it('pressOn fails the test when the control cannot take focus', async () => {
    const box = await fixture<FocusBox>(html`<focus-box></focus-box>`);
    box.button.disabled = true;
    let error: unknown;
    await pressOn(box.button).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('the control took focus');
    expect(box.pressed).to.deep.equal([]);
  });
});
