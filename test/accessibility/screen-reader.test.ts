// The virtual screen reader helper (dev/test-support/src/screen-reader.ts) on a small element of
// our own kind: Lit-less, with an open shadow root, a slot, a nested custom element, a labelled
// list, a status region and a focusable control. It proves the reader reads inside shadow roots
// (without the flat-tree patch it hears only the host), hears an announcement once, and follows
// focus into a shadow root. Every component's screen-reader test stands on this.
import { expect, fixture, html } from '@open-wc/testing';
import { expectEverySourceSaidDown, listen, readerForEachTest, timesSaid, type Listener } from '@hn-elements/test-support/screen-reader.js';

class SrBadge extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<span>Avlyst</span>';
  }
}

class SrCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <section aria-labelledby="title">
        <h2 id="title">Timer</h2>
        <ul aria-label="Kommende timer">
          <li><article aria-labelledby="a1"><h3 id="a1">Blodprøve</h3><sr-badge></sr-badge></article></li>
          <li><article aria-labelledby="a2"><h3 id="a2">Røntgen</h3></article></li>
        </ul>
        <slot></slot>
        <button type="button">Avbestill time</button>
        <p role="status"></p>
      </section>`;
  }

  say(text: string): void {
    // As Lit does it: the status's text is replaced, not appended to.
    this.shadowRoot!.querySelector('[role="status"]')!.textContent = text;
  }

  get control(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('button')!;
  }
}

customElements.define('sr-badge', SrBadge);
customElements.define('sr-card', SrCard);

describe('screen-reader helper', () => {
  let reader: Listener | undefined;
  afterEach(async () => {
    await reader?.stop();
    reader = undefined;
  });

  it('reads inside open shadow roots and slots, hears a status once, and follows focus', async () => {
    const el = await fixture<SrCard>(html`<div><sr-card><p>Fra lys DOM</p></sr-card></div>`);
    const card = el.querySelector('sr-card') as SrCard;
    reader = await listen(el);

    const spoken = await reader.readAll();
    expect(spoken).to.include('heading, Timer, level 2');
    expect(spoken).to.include('list, Kommende timer');
    expect(spoken).to.include('article, Blodprøve');
    expect(spoken).to.include('listitem, level 1, position 2, set size 2');
    // A custom element's shadow text inside an item is read where it is shown.
    expect(spoken.indexOf('Avlyst')).to.be.greaterThan(spoken.indexOf('heading, Blodprøve, level 3'));
    // Slotted light-DOM content is read at the slot.
    expect(spoken.indexOf('Fra lys DOM')).to.be.greaterThan(spoken.indexOf('end of list, Kommende timer'));
    expect(spoken.indexOf('Fra lys DOM')).to.be.lessThan(spoken.indexOf('button, Avbestill time'));

    await reader.clear();
    card.say('Timen er avbestilt');
    expect(await reader.heard('Timen er avbestilt')).to.equal('polite: Timen er avbestilt');
    expect(await reader.count('Timen er avbestilt')).to.equal(1);
    expect(await reader.announcements()).to.deep.equal(['Timen er avbestilt']);

    await reader.clear();
    card.control.focus();
    expect(await reader.heard('button, Avbestill time')).to.equal('button, Avbestill time');
    expect(reader.activeNode).to.equal(card.control);
  });
});

describe('screen-reader helper: a reader for each test', () => {
  const listenTo = readerForEachTest();
  let earlier: Listener | undefined;

  it('listenTo(el) reads the fixture the element stands in, from the top', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><sr-card><p>Fra lys DOM</p></sr-card></div>`);
    earlier = await listenTo(wrapper.querySelector('sr-card')!);
    const spoken = await earlier.readAll();
    expect(spoken).to.include('heading, Timer, level 2');
    expect(spoken).to.include('Fra lys DOM');
  });

  it('the reader of the test before was stopped after it', async () => {
    expect(earlier, 'the test before started a reader').to.exist;
    let error: unknown;
    await earlier!.next().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('not started');
  });

  it('a second listenTo in one test stops the first reader', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><sr-card></sr-card></div>`);
    const first = await listenTo(wrapper.querySelector('sr-card')!);
    const second = await listenTo(wrapper.querySelector('sr-card')!);
    let error: unknown;
    await first.next().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('not started');
    expect(await second.readAll()).to.include('heading, Timer, level 2');
  });
});

describe('screen-reader helper: phrases', () => {
  it('timesSaid counts the phrases that are the phrase, to the letter', () => {
    const spoken = ['button, Prøv igjen', 'alert', 'button, Prøv igjen', 'button, Prøv igjen nå'];
    expect(timesSaid(spoken, 'button, Prøv igjen')).to.equal(2);
    expect(timesSaid(spoken, 'Prøv igjen')).to.equal(0);
  });

  it('expectEverySourceSaidDown passes when one phrase names every source as down, and fails when one is missing', () => {
    const all = 'Helse Bergen har en feil akkurat nå. Legesenteret i Sentrum har en feil akkurat nå. Bergen kommune har en feil akkurat nå.';
    expect(() => expectEverySourceSaidDown(['alert', all])).not.to.throw();
    const two = 'Helse Bergen har en feil akkurat nå. Bergen kommune har en feil akkurat nå.';
    expect(() => expectEverySourceSaidDown(['alert', two])).to.throw(/Legesenteret i Sentrum har en feil akkurat nå/);
    expect(() => expectEverySourceSaidDown(['alert'])).to.throw();
  });
});
