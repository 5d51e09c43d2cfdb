// withSourceWords and sourceLabel (templates/): a component's own message with a source's words in
// it marks those words with the source's language and leaves the rest to the component's.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { LIST_HINT_ID, listHint, sourceLabel, withSourceWords } from '../src/index.js';

function rendered(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('withSourceWords', () => {
  it('marks each source parameter with lang, wherever the message puts it, and keeps the rest as text', () => {
    const say = ({ by, date }: Record<string, string | number>) => `Assigned by ${by} on ${date}`;
    const host = rendered(withSourceWords(say, { by: 'Kari Lege', date: '3 December' }, ['by'], 'nn'));
    expect(host.textContent).to.equal('Assigned by Kari Lege on 3 December');
    const marked = [...host.querySelectorAll('[lang]')];
    expect(marked.map((m) => [m.textContent, m.getAttribute('lang')])).to.deep.equal([['Kari Lege', 'nn']]);
  });

  it('two source parameters, in the order the message says them', () => {
    const say = ({ a, b }: Record<string, string | number>) => `${b} – ${a}`;
    const host = rendered(withSourceWords(say, { a: 'Én', b: 'To' }, ['a', 'b'], 'nb'));
    expect(host.textContent).to.equal('To – Én');
    expect([...host.querySelectorAll('[lang="nb"]')].map((m) => m.textContent)).to.deep.equal(['To', 'Én']);
  });
});

describe('withSourceWords: several sources and nested sentences', () => {
  it("gives each source word its own language when told per key", () => {
    const say = ({ a, b }: Record<string, string | number>) => `${a} and ${b}`;
    const host = rendered(withSourceWords(say, { a: 'Helse Bergen', b: 'Bergen kommune' }, ['a', 'b'], (key) => (key === 'a' ? 'nb' : 'nn')));
    expect([...host.querySelectorAll('[lang]')].map((m) => [m.textContent, m.getAttribute('lang')])).to.deep.equal([['Helse Bergen', 'nb'], ['Bergen kommune', 'nn']]);
  });

  it('puts a parameter that is already content in as it is, its own marks kept', () => {
    const inner = withSourceWords(({ source }) => `We could not reach ${source}.`, { source: 'Helse Bergen' }, ['source'], 'nb');
    const host = rendered(withSourceWords(({ reason }) => `Not cancelled. ${reason}`, { reason: inner }, [], 'nb'));
    expect(host.textContent).to.equal('Not cancelled. We could not reach Helse Bergen.');
    expect([...host.querySelectorAll('[lang]')].map((m) => [m.textContent, m.getAttribute('lang')])).to.deep.equal([['Helse Bergen', 'nb']]);
  });
});

describe('sourceLabel', () => {
  it("the source's name in its language (bokmål unless told), the words around it in none", () => {
    const english = rendered(sourceLabel('en', 'Helse Bergen'));
    expect(english.textContent).to.equal('From Helse Bergen');
    expect(english.querySelector('[lang]')!.textContent).to.equal('Helse Bergen');
    expect(english.querySelector('[lang]')!.getAttribute('lang')).to.equal('nb');
    expect(rendered(sourceLabel('nn', 'Helse Bergen', undefined, 'nn')).querySelector('[lang]')!.getAttribute('lang')).to.equal('nn');
  });
});

describe('listHint', () => {
  it('says how to move between the items, in nb, nn and en, hidden (a description, not read in browse mode)', () => {
    const said = (locale: 'nb' | 'nn' | 'en', items: string) => rendered(listHint(locale, items)).querySelector('p')!;
    expect(said('nb', 'meldingene').textContent).to.equal('Bruk piltastene for å gå mellom meldingene.');
    expect(said('nn', 'meldingane').textContent).to.equal('Bruk piltastane for å gå mellom meldingane.');
    expect(said('en', 'messages').textContent).to.equal('Use the arrow keys to move between messages.');
    expect(said('nb', 'timene').id).to.equal(LIST_HINT_ID);
    expect(said('nb', 'timene').hidden).to.equal(true);
  });
});
