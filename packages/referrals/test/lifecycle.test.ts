import { expect } from '@open-wc/testing';
import { collectUntil, session, whenPresent } from '@hn-elements/test-support';
import '../src/define.js';
import type { HnReferrals } from '../src/hn-referrals.js';
import { everyStateBundle, NOW } from './fixtures.js';

describe('<hn-referrals> lifecycle', () => {
  it('mount with every state and its launchers, open a timeline, remove: 30 times leaves no element reachable', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    const refs: Array<WeakRef<HnReferrals>> = [];
    for (let i = 0; i < 30; i += 1) {
      // Not open-wc's fixture: it keeps every fixture until the test ends.
      const el = document.createElement('hn-referrals');
      el.now = NOW;
      el.session = session();
      el.bundle = everyStateBundle();
      document.body.append(el);
      await whenPresent(el.shadowRoot!, () => el.shadowRoot!.querySelector('hn-handoff-launcher[part="deadline-help"]'));
      el.shadowRoot!.querySelector<HTMLElement>('.timeline summary')!.click();
      refs.push(new WeakRef(el));
      el.remove();
    }
    expect(document.querySelectorAll('hn-referrals')).to.have.length(0);
    expect(gc, 'the test browser exposes gc()').to.be.a('function');
    const survivors = await collectUntil(gc!, () => refs.filter((ref) => ref.deref() !== undefined).length, 2);
    expect(survivors, 'removed elements still reachable').to.be.at.most(2);
  });
});
