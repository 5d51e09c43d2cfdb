// FragmentTargetController: the page's fragment followed to one of a component's items, once, and
// focus moved only while the citizen has not acted since.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { FragmentTargetController, type FragmentReveal } from '../src/controllers/fragment-target.js';
import type { ItemTarget } from '../src/item-fragment.js';

/** A host with items that "load" when the test says so; records every reveal it is asked for. */
class FragmentHost extends LitElement {
  static override properties = { items: { attribute: false } };
  declare items: string[] | undefined;
  readonly asked: Array<{ target: ItemTarget; moveFocus: boolean; result: FragmentReveal }> = [];
  readonly fragment = new FragmentTargetController(this, {
    reveal: (target, moveFocus) => {
      const result: FragmentReveal = !this.items ? 'not-yet' : this.items.includes(target.reference) ? 'shown' : 'absent';
      this.asked.push({ target, moveFocus, result });
      return result;
    },
  });
  override render() {
    return html`<p>${(this.items ?? []).join(', ')}</p>`;
  }
}
customElements.define('test-fragment-host', FragmentHost);

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('FragmentTargetController', () => {
  afterEach(() => setHash(''));

  it('asks the host to reveal the named item once its data is there, with focus, and only once', async () => {
    setHash('#helse-bergen/Appointment/a1');
    const el = await fixture<FragmentHost>(html`<test-fragment-host></test-fragment-host>`);
    await waitUntil(() => el.asked.length > 0, 'asked before the data', { timeout: 8000 });
    expect(el.asked.map((a) => a.result)).to.deep.equal(['not-yet']);
    el.items = ['Appointment/a0', 'Appointment/a1'];
    await waitUntil(() => el.asked.some((a) => a.result === 'shown'), 'revealed', { timeout: 8000 });
    expect(el.asked.at(-1)).to.deep.equal({ target: { sourceId: 'helse-bergen', reference: 'Appointment/a1' }, moveFocus: true, result: 'shown' });
    const count = el.asked.length;
    el.items = [...el.items, 'Appointment/a2'];
    await el.updateComplete;
    expect(el.asked.length, 'a later render does not follow the fragment again').to.equal(count);
  });

  it('does not move focus once the citizen has pressed a key', async () => {
    setHash('#Appointment/a1');
    const el = await fixture<FragmentHost>(html`<test-fragment-host></test-fragment-host>`);
    await sendKeys({ press: 'Shift' });
    el.items = ['Appointment/a1'];
    await waitUntil(() => el.asked.some((a) => a.result === 'shown'), 'revealed', { timeout: 8000 });
    expect(el.asked.at(-1)?.moveFocus).to.equal(false);
  });

  it('follows a new fragment; a fragment that names no item asks nothing', async () => {
    const el = await fixture<FragmentHost>(html`<test-fragment-host .items=${['Appointment/a1', 'Appointment/a2']}></test-fragment-host>`);
    location.hash = '#main';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#helse-bergen/Appointment/a2';
    await waitUntil(() => el.asked.length > 0, 'the second fragment followed', { timeout: 8000 });
    expect(el.asked.map((a) => a.target.reference)).to.deep.equal(['Appointment/a2']);
    expect(el.asked[0]!.moveFocus).to.equal(true);
  });

  it('an item that is not in the data is given up on, not asked for again', async () => {
    setHash('#helse-bergen/Appointment/gone');
    const el = await fixture<FragmentHost>(html`<test-fragment-host .items=${['Appointment/a1']}></test-fragment-host>`);
    await waitUntil(() => el.asked.length > 0, 'asked', { timeout: 8000 });
    el.items = ['Appointment/a1', 'Appointment/a3'];
    await el.updateComplete;
    expect(el.asked.map((a) => a.result)).to.deep.equal(['absent']);
  });

  it('listens no more once the host is gone', async () => {
    const el = await fixture<FragmentHost>(html`<test-fragment-host .items=${['Appointment/a1']}></test-fragment-host>`);
    el.remove();
    location.hash = '#Appointment/a1';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    document.body.append(el);
    // Connected again, it reads the fragment as it is now: one reveal, from the connection, not two.
    await waitUntil(() => el.asked.length > 0, 'asked after reconnecting', { timeout: 8000 });
    await el.updateComplete;
    expect(el.asked.length).to.equal(1);
    el.remove();
  });
});
