import { expect } from '@open-wc/testing';
import { collectUntil, whenPresent } from '@hn-elements/test-support';
import type { Bundle } from '@medplum/fhirtypes';
import '../src/define.js';
import type { HnJournalViewer } from '../src/hn-journal-viewer.js';
import { NOW, standardBundle } from './fixtures.js';
import { itemButton, pdfViewer, reader } from './harness.js';

/**
 * Waits for what `predicate` looks for to appear in the element's shadow root: on its mutations,
 * not by polling (open-wc's waitUntil would keep what its predicate saw reachable for a while).
 */
const until = (el: Element, predicate: () => unknown) => whenPresent(el.shadowRoot!, predicate);

describe('<hn-journal-viewer> lifecycle', () => {
  it('mount, open a PDF, remove: 40 times leaves no element, object URL or frame reachable', async function () {
    this.timeout(20_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    const refs: Array<WeakRef<HnJournalViewer>> = [];
    const revoked: string[] = [];
    const created: string[] = [];
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
      for (let i = 0; i < 40; i += 1) {
        // Not open-wc's fixture: it keeps every fixture until the test ends.
        const el = document.createElement('hn-journal-viewer');
        el.now = NOW;
        el.bundle = standardBundle() as Bundle;
        document.body.append(el);
        await until(el, () => el.shadowRoot?.querySelector('[part="item"] button'));
        itemButton(el, 'Røntgensvar').click();
        await until(el, () => {
          const pane = reader(el);
          return pane !== null && pdfViewer(pane).frame !== null;
        });
        refs.push(new WeakRef(el));
        el.remove();
      }
      expect(created.length).to.equal(40);
      // Only this test's URLs: the page may be shared with earlier files, whose elements revoke theirs late.
      const made = new Set(created);
      expect(revoked.filter((url) => made.has(url)).sort(), 'every object URL is revoked, once').to.deep.equal([...created].sort());
    } finally {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    }
    expect(document.querySelectorAll('hn-journal-viewer')).to.have.length(0);
    if (gc) {
      const survivors = await collectUntil(gc, () => refs.filter((ref) => ref.deref() !== undefined).length, 2);
      expect(survivors, 'removed elements still reachable').to.be.at.most(2);
    }
  });
});
