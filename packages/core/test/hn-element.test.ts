import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HnElement } from '../src/hn-element.js';
import { sessionContext, sessionAllows, isLocale, type Session } from '../src/session.js';
import { OLA, onBehalfOf, session, expectSame } from './helpers.js';

interface Detail {
  id: string;
  count: number;
}

class TestHnElement extends HnElement {
  override render() {
    return html`<p>${this.currentLocale}|${this.currentSession?.patient.name ?? '-'}</p>`;
  }
}
customElements.define('test-hn-element', TestHnElement);

const shown = (el: TestHnElement) => el.shadowRoot!.querySelector('p')!.textContent;

describe('HnElement currentLocale', () => {
  it('is bokmål when nothing says otherwise', async () => {
    const el = await fixture<TestHnElement>(html`<test-hn-element></test-hn-element>`);
    expect(el.currentLocale).to.equal('nb');
  });

  it('precedence: attribute > session > page lang > nb', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-hn-element></test-hn-element></div>`);
    const el = wrapper.querySelector<TestHnElement>('test-hn-element')!;
    expect(el.currentLocale).to.equal('en');
    el.session = session({ locale: 'nn' });
    await el.updateComplete;
    expect(el.currentLocale).to.equal('nn');
    el.locale = 'nb';
    await el.updateComplete;
    expect(el.currentLocale).to.equal('nb');
    expect(el.getAttribute('locale')).to.equal('nb');
    expect(shown(el)).to.match(/^nb\|/);
    el.locale = undefined;
    el.session = undefined;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('en');
  });

  it('reads the locale attribute from HTML and ignores an unknown one', async () => {
    const el = await fixture<TestHnElement>(html`<test-hn-element locale="nn"></test-hn-element>`);
    expect(el.currentLocale).to.equal('nn');
    el.setAttribute('locale', 'de');
    await el.updateComplete;
    expect(el.currentLocale).to.equal('nb');
  });

  it('maps page languages: no, nb-NO, nn-NO, EN-gb, and ignores others', async () => {
    for (const [lang, expected] of [
      ['no', 'nb'],
      ['nb-NO', 'nb'],
      ['nn-NO', 'nn'],
      ['EN-gb', 'en'],
      ['de', 'nb'],
      ['', 'nb'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><section><test-hn-element></test-hn-element></section></div>`);
      expect(wrapper.querySelector<TestHnElement>('test-hn-element')!.currentLocale, lang).to.equal(expected);
    }
  });

  it('finds the page lang through the shadow roots it is rendered in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nn"><div class="host"></div></div>`);
    const shadow = wrapper.querySelector('.host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><test-hn-element></test-hn-element></div>';
    const el = shadow.querySelector<TestHnElement>('test-hn-element')!;
    await el.updateComplete;
    expect(el.currentLocale).to.equal('nn');
  });

  it('an invalid session locale falls through to the page lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-hn-element></test-hn-element></div>`);
    const el = wrapper.querySelector<TestHnElement>('test-hn-element')!;
    el.session = { ...session(), locale: 'sv' as never };
    expect(el.currentLocale).to.equal('en');
  });
});

describe("HnElement: the component's own words carry its language (WCAG 3.1.2)", () => {
  const langOf = (el: Element) => el.getAttribute('lang');

  it("the host carries lang with the locale where it differs from the page's, and none where they agree", async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb"><test-hn-element locale="en"></test-hn-element><test-hn-element></test-hn-element></div>`);
    const [english, same] = page.querySelectorAll<TestHnElement>('test-hn-element');
    expect(langOf(english!), 'an English component in a bokmål page').to.equal('en');
    expect(langOf(same!), 'a component in the page language').to.equal(null);
    same!.session = session({ locale: 'nn' });
    await same!.updateComplete;
    expect(langOf(same!), 'nynorsk from the session').to.equal('nn');
    same!.session = session({ locale: 'nb' });
    await same!.updateComplete;
    expect(langOf(same!), 'back to the page language').to.equal(null);
    english!.locale = undefined;
    await english!.updateComplete;
    expect(english!.currentLocale, 'its own lang is not taken for the page').to.equal('nb');
    expect(langOf(english!)).to.equal(null);
  });

  it("'no' and 'nb-NO' around it are bokmål; a page without lang gets the locale named", async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb-NO"><test-hn-element locale="nb"></test-hn-element></div>`);
    expect(langOf(page.querySelector('test-hn-element')!)).to.equal(null);
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const bare = await fixture<HTMLDivElement>(html`<div><test-hn-element locale="nn"></test-hn-element></div>`);
      expect(langOf(bare.querySelector('test-hn-element')!)).to.equal('nn');
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
  });

  it('a lang the page author put on the element is theirs: read as the page language, never changed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb"><test-hn-element lang="nn"></test-hn-element></div>`);
    const el = page.querySelector<TestHnElement>('test-hn-element')!;
    expect(el.currentLocale).to.equal('nn');
    el.locale = 'en';
    await el.updateComplete;
    expect(langOf(el)).to.equal('nn');
  });

  it('inside another component in the same locale, an inner element adds no lang of its own', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb"><test-hn-element locale="en"></test-hn-element></div>`);
    const outer = page.querySelector<TestHnElement>('test-hn-element')!;
    const inner = document.createElement('test-hn-element') as TestHnElement;
    inner.locale = 'en';
    outer.shadowRoot!.append(inner);
    await inner.updateComplete;
    expect(langOf(outer)).to.equal('en');
    expect(langOf(inner)).to.equal(null);
  });
});

describe('HnElement session', () => {
  it('gets the session from a ContextProvider ancestor, and follows changes', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    const context = new ContextProvider(provider, { context: sessionContext, initialValue: session({ locale: 'en' }) });
    const el = document.createElement('test-hn-element') as TestHnElement;
    provider.append(el);
    await el.updateComplete;
    expect(el.currentSession?.patient.name).to.equal('Kari Nordmann');
    expect(el.currentLocale).to.equal('en');
    expect(shown(el)).to.equal('en|Kari Nordmann');

    context.setValue(onBehalfOf(OLA, 'power-of-attorney', { locale: 'nn' }));
    await el.updateComplete;
    expect(shown(el)).to.equal('nn|Ola Nordmann');
  });

  it('gets the context through a shadow root between provider and element', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div><div class="layout"></div></div>`);
    new ContextProvider(provider, { context: sessionContext, initialValue: session({ locale: 'nn' }) });
    const shadow = provider.querySelector('.layout')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-hn-element') as TestHnElement;
    shadow.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('nn|Kari Nordmann');
  });

  it('the .session property wins over the context', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(provider, { context: sessionContext, initialValue: session({ locale: 'en' }) });
    const el = document.createElement('test-hn-element') as TestHnElement;
    el.session = onBehalfOf(OLA, 'guardian', { locale: 'nn' });
    provider.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('nn|Ola Nordmann');
    el.session = undefined;
    await el.updateComplete;
    expect(shown(el)).to.equal('en|Kari Nordmann');
  });

  it('sessionAllows: everything for oneself, only the scopes of a representation otherwise', () => {
    expect(sessionAllows(undefined, 'journal')).to.equal(true);
    expect(sessionAllows(session(), 'journal')).to.equal(true);
    const representing: Session = onBehalfOf();
    expect(sessionAllows(representing, 'appointments')).to.equal(true);
    expect(sessionAllows(representing, 'journal')).to.equal(false);
    expect(isLocale('nn')).to.equal(true);
    expect(isLocale('no')).to.equal(false);
    expect(isLocale(undefined)).to.equal(false);
  });
});

describe('HnElement emit', () => {
  it('dispatches a typed CustomEvent that bubbles out of shadow roots and is not cancelable by default', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('test-hn-element') as TestHnElement;
    shadow.append(el);
    let received: CustomEvent<Detail> | undefined;
    document.addEventListener('hn-thing-happen', (event) => (received = event as CustomEvent<Detail>), { once: true });
    const result = el.emit<Detail>('hn-thing-happen', { id: 'a1', count: 2 });
    expect(result).to.equal(true);
    expect(received).to.be.instanceOf(CustomEvent);
    expect(received!.detail).to.deep.equal({ id: 'a1', count: 2 });
    expect(received!.bubbles).to.equal(true);
    expect(received!.composed).to.equal(true);
    expect(received!.cancelable).to.equal(false);
    // Retargeted to the outer host at document level: it really crossed the shadow boundary.
    expectSame(received!.target as Element | null, outer);
  });

  it('cancelable: returns false when a listener calls preventDefault, true otherwise', async () => {
    const el = await fixture<TestHnElement>(html`<test-hn-element></test-hn-element>`);
    expect(el.emit('hn-item-open', {}, { cancelable: true })).to.equal(true);
    const stop = (event: Event) => event.preventDefault();
    el.parentElement!.addEventListener('hn-item-open', stop);
    expect(el.emit('hn-item-open', {}, { cancelable: true })).to.equal(false);
    // Not cancelable: preventDefault has no effect.
    expect(el.emit('hn-item-open', {})).to.equal(true);
    el.parentElement!.removeEventListener('hn-item-open', stop);
  });
});

describe('HnElement styles', () => {
  it('adopts the design tokens into the document once, however many elements connect', async () => {
    const before = document.adoptedStyleSheets.length;
    await fixture(html`<div><test-hn-element></test-hn-element><test-hn-element></test-hn-element></div>`);
    const after = document.adoptedStyleSheets.length;
    expect(after - before).to.be.at.most(1);
    const primary = getComputedStyle(document.documentElement).getPropertyValue('--hn-color-primary').trim();
    expect(primary).not.to.equal('');
  });
});
