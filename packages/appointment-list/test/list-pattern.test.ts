// The list's keyboard pattern, told to a screen-reader user: a list (list semantics kept) whose
// appointments are focusable articles, each named by its heading and described by its status and
// by a hint that the arrow keys move between them (docs/accessibility.md, "The appointment list").
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { standardBundle } from './fixtures.js';
import { deepActiveElement, harness, withBundle } from './helpers.js';

interface AxNode {
  role: string;
  name: string;
  focused?: boolean;
  children?: AxNode[];
}

function find(node: AxNode, test: (n: AxNode) => boolean): AxNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const HINTS = {
  nb: 'Bruk piltastene for å gå mellom timene.',
  nn: 'Bruk piltastane for å gå mellom timane.',
  en: 'Use the arrow keys to move between appointments.',
} as const;

describe('<hn-appointment-list> tells its keyboard pattern', () => {
  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`each appointment is described by its status and the arrow-key hint (${locale})`, async () => {
      const h = harness(await withBundle(standardBundle(), locale));
      for (const item of h.items()) {
        const description = h.descriptionOf(item);
        expect(description).to.have.length(2);
        expect(description[0]).to.equal(h.statusOf(item));
        expect(description[1]).to.equal(HINTS[locale]);
      }
    });
  }

  it('keeps list semantics: a list of list items, each holding an article named by its title; one tab stop', async () => {
    const el = await withBundle(standardBundle());
    const h = harness(el);
    const articles = h.items().map((item) => h.article(item));
    expect(articles.map((a) => a.tabIndex).filter((t) => t === 0)).to.have.length(1);
    // What assistive technology gets: Chromium's own accessibility tree.
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const list = find(snapshot, (n) => n.role === 'list' && n.name === 'Kommende timer')!;
    expect(list, 'a list named for the view').to.exist;
    const listItems = (list.children ?? []).filter((n) => n.role === 'listitem');
    expect(listItems).to.have.length(h.items().length);
    const names = listItems.map((li) => find(li, (n) => n.role === 'article')?.name);
    expect(names).to.deep.equal(h.titles());
    // Arrow keys move between the articles.
    articles[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement() === articles[1], 'ArrowDown moves to the next appointment').to.equal(true);
  });
});
