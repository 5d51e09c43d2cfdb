// The focus helpers (src/focus.ts) that every component's "focus is never lost" test stands on:
// whether focus has fallen to the page, a real key press on a control, and the shared checks that
// "Prøv igjen" (in the sources notice, in the error state) keeps focus in the component.
import { expect, fixture, html } from '@open-wc/testing';
import { expectFocusKeptThroughErrorRetry, expectFocusKeptThroughNoticeRetry, focusIsOnBody, pressOn, resetServer } from '@hn-elements/test-support';

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

/** A data component's stand-in: "Prøv igjen" reloads; after it the notice is gone and an item is back. */
class RetryBox extends HTMLElement {
  readonly loadComplete = Promise.resolve();
  readonly updateComplete = Promise.resolve(true);
  /** Whether the reload moves focus to the heading before the button goes (as the components do). */
  keepsFocus = true;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h2 tabindex="-1">Timer</h2><div class="notice"><button type="button">Prøv igjen</button></div><ul></ul>';
    this.retry!.addEventListener('click', () => {
      if (this.keepsFocus) this.shadowRoot!.querySelector('h2')!.focus();
      this.shadowRoot!.querySelector('.notice')!.remove();
      this.shadowRoot!.querySelector('ul')!.innerHTML = '<li>Blodprøve</li>';
    });
  }

  get retry(): HTMLButtonElement | null {
    return this.shadowRoot!.querySelector('button');
  }

  get recovered(): boolean {
    return this.retry === null && this.shadowRoot!.querySelectorAll('li').length > 0;
  }
}

customElements.define('retry-box', RetryBox);

const checkOf = (keepsFocus: boolean, withRetry = true) => ({
  // Focus either moves in the click's own task or never: the box has nothing later to wait for.
  focusWaitMs: keepsFocus ? 8000 : 500,
  async mount() {
    const box = await fixture<RetryBox>(html`<retry-box></retry-box>`);
    box.keepsFocus = keepsFocus;
    if (!withRetry) box.retry!.remove();
    return box;
  },
  retryButton: (box: RetryBox) => box.retry,
  recovered: (box: RetryBox) => box.recovered,
});

describe('the "Prøv igjen" focus checks', () => {
  afterEach(async () => {
    await resetServer();
  });

  for (const [name, check] of [
    ['expectFocusKeptThroughNoticeRetry', expectFocusKeptThroughNoticeRetry],
    ['expectFocusKeptThroughErrorRetry', expectFocusKeptThroughErrorRetry],
  ] as const) {
    it(`${name}: passes when the retry reloads and focus stays in the component, and gives the component`, async () => {
      const box = await check(checkOf(true));
      expect(box.recovered).to.equal(true);
      expect(box.shadowRoot!.activeElement?.localName).to.equal('h2');
    });

    it(`${name}: fails when focus falls to the page`, async () => {
      let error: unknown;
      await check(checkOf(false)).catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('focus fell to the page after the retry');
    });

    it(`${name}: fails when there is no "Prøv igjen"`, async () => {
      let error: unknown;
      await check(checkOf(true, false)).catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('offers "Prøv igjen"');
    });
  }
});
