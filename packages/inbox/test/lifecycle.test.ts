import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { Bundle } from '@medplum/fhirtypes';
import { collectUntil, recordFetches, resetServer, session, whenPresent } from '@hn-elements/test-support';
import { bootstrap, mount, unmount } from '../src/mfe.js';
import type { HnInbox } from '../src/hn-inbox.js';
import { standardBundle } from './fixtures.js';
import { withBundle } from './helpers.js';
import { openItem, pdfViewer, rendered, rows } from './harness.js';

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
  focused?: boolean;
  level?: number;
}

const find = (tree: AxNode, test: (node: AxNode) => boolean) => findAccessibilityNode<AxNode>(tree, test) ?? undefined;

/**
 * Waits for what `predicate` looks for to appear in the element's shadow root: on its mutations,
 * not by polling (open-wc's waitUntil would keep what its predicate saw reachable for a while).
 */
const until = (el: Element, predicate: () => unknown) => whenPresent(el.shadowRoot!, predicate);

describe('<hn-inbox> for assistive technology', () => {
  it('exposes a named list of items with position, and the open item as a focused heading', async () => {
    const el = await withBundle(standardBundle());
    let tree = (await a11ySnapshot({})) as unknown as AxNode;
    const list = find(tree, (n) => n.role === 'list' && n.name === 'Innboks, Viser 6 av 6')!;
    expect(list, 'a list named for what it holds').to.exist;
    const items = list.children.filter((n) => n.role === 'listitem');
    expect(items).to.have.length(6);
    const first = find(items[0]!, (n) => n.role === 'button')!;
    expect(first.name).to.match(/^Ulest: Ida Nilsen .* Prøvesvar /);
    expect(find(tree, (n) => n.role === 'search' && n.name === 'Søk og filtrer'), 'the search landmark').to.exist;
    expect(find(tree, (n) => n.role === 'searchbox' && n.name === 'Søk')).to.exist;
    expect(find(tree, (n) => n.role === 'combobox' && n.name === 'Vis')).to.exist;
    expect(find(tree, (n) => n.role === 'checkbox' && n.name === 'Bare uleste (2)')).to.exist;

    await openItem(el, 'Svar på blodprøven');
    tree = (await a11ySnapshot({})) as unknown as AxNode;
    const heading = find(tree, (n) => n.role === 'heading' && n.name === 'Svar på blodprøven')!;
    expect(heading.level).to.equal(2);
    expect(heading.focused).to.equal(true);
    const region = find(tree, (n) => n.role === 'region' && n.name === 'Svar på blodprøven');
    expect(region, 'the pane is a region named by its heading').to.exist;
    const messages = find(region!, (n) => n.role === 'list' && n.name === 'Meldinger i samtalen')!;
    expect(messages.children.filter((n) => n.role === 'listitem')).to.have.length(3);
    expect(find(region!, (n) => n.role === 'heading' && n.level === 3 && n.name.startsWith('Siri Fjeld'))).to.exist;
  });
});

describe('<hn-inbox> mounting and unmounting', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('mounts and unmounts as a single-spa micro-frontend, leaving nothing behind', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const props = { name: 'inbox', domElement: container, session: session(), locale: 'nn' as const };
    const fetches = recordFetches();
    await bootstrap(props);
    await mount(props);
    const el = container.querySelector('hn-inbox') as HnInbox;
    expect(el.locale).to.equal('nn');
    await waitUntil(() => rows(el).length > 0, 'nothing loaded', { timeout: 8000 });
    await unmount(props);
    fetches.restore();
    expect(container.children).to.have.length(0);
    // Nothing it asked for is left open, and its load is over (public signals, not its private controller).
    expect(fetches.fhir().length).to.be.greaterThan(0);
    expect(fetches.open().map((r) => r.url), 'requests left running after unmount').to.deep.equal([]);
    await el.loadComplete;
    await mount(props);
    const again = container.querySelector('hn-inbox') as HnInbox;
    expect(again).not.to.equal(el);
    await waitUntil(() => rows(again).length > 0, 'nothing loaded on the second mount', { timeout: 8000 });
    await rendered(again);
    await unmount(props);
    container.remove();
  });

  it('mount, open a letter, remove: 30 times leaves no element or object URL behind', async function () {
    this.timeout(20_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    const refs: Array<WeakRef<HnInbox>> = [];
    const created: string[] = [];
    const revoked: string[] = [];
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = originalCreate(blob);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      originalRevoke(url);
    };
    try {
      for (let i = 0; i < 30; i += 1) {
        // Not open-wc's fixture: it keeps every fixture until the test ends.
        const el = document.createElement('hn-inbox');
        el.bundle = standardBundle() as Bundle;
        el.selected = 'bundle/letter/letter-1';
        document.body.append(el);
        await until(el, () => pdfViewer(el));
        refs.push(new WeakRef(el));
        el.remove();
      }
      expect(created.length).to.equal(30);
      // Only this test's URLs: the page may be shared with earlier files, whose elements revoke theirs late.
      const made = new Set(created);
      expect(revoked.filter((url) => made.has(url)).sort(), 'every object URL is revoked, once').to.deep.equal([...created].sort());
    } finally {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    }
    expect(document.querySelectorAll('hn-inbox')).to.have.length(0);
    if (gc) {
      const survivors = await collectUntil(gc, () => refs.filter((ref) => ref.deref() !== undefined).length, 2);
      expect(survivors, 'removed elements still reachable').to.be.at.most(2);
    }
  });
});
