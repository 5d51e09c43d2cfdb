import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../src/controllers/announcer.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this, 20);
  override render() {
    return html`<div role="status" aria-live="polite">${this.announcer.text}</div>`;
  }
}
customElements.define('test-announcer-host', AnnouncerHost);

/** Every text the region shows, in order, empty ones included (what a screen reader is told). */
function record(el: AnnouncerHost): string[] {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  const seen: string[] = [];
  new MutationObserver(() => seen.push(region.textContent?.trim() ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  return seen;
}

const said = (seen: string[]) => seen.filter(Boolean);

describe('core: Announcer (the one live region helper)', () => {
  it('says a message, and says the same message again when asked again', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const seen = record(el);
    el.announcer.announce('Svaret er sendt.');
    await waitUntil(() => said(seen).length === 1, 'the first message was not said', { timeout: 8000 });
    el.announcer.announce('Svaret er sendt.');
    await waitUntil(() => said(seen).length === 2, 'the repeated message was not said again', { timeout: 8000 });
    // Between the two, the region was emptied: that is what makes a screen reader read it again.
    expect(seen.slice(seen.indexOf('Svaret er sendt.') + 1)).to.include('');
    expect(said(seen)).to.deep.equal(['Svaret er sendt.', 'Svaret er sendt.']);
  });

  it('later(): one announcement for a burst of calls, with the words of the moment it speaks', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const seen = record(el);
    let count = 0;
    for (let i = 0; i < 5; i += 1) {
      count += 1;
      el.announcer.later(() => `Viser ${count} av 9.`, 30);
    }
    await waitUntil(() => said(seen).length > 0, 'nothing was said', { timeout: 8000 });
    // A control after the burst: once it is said, a second announcement of the burst would be in.
    el.announcer.announce('Kontroll.');
    await waitUntil(() => said(seen).includes('Kontroll.'), 'the condition was not met', { timeout: 8000 });
    expect(said(seen)).to.deep.equal(['Viser 5 av 9.', 'Kontroll.']);
  });

  it('later() given a function keeps the count of that moment and says it in the words of each render (a change of language)', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    let language = 'nb';
    let count = 3;
    el.announcer.later(() => {
      const shown = count;
      return () => (language === 'nb' ? `Viser ${shown} av 9.` : `Showing ${shown} of 9.`);
    }, 10);
    await waitUntil(() => el.announcer.text === 'Viser 3 av 9.', 'nothing was said', { timeout: 8000 });
    count = 4;
    language = 'en';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Showing 3 of 9.');
  });

  it('later() with nothing to say says nothing; clear() drops what waits and empties the region', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const seen = record(el);
    el.announcer.announce('Lastet.');
    await waitUntil(() => said(seen).length === 1, 'the condition was not met', { timeout: 8000 });
    el.announcer.later(() => undefined, 0);
    el.announcer.later(() => 'Skal ikke sies.', 10);
    el.announcer.clear();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    el.announcer.announce('Kontroll.');
    await waitUntil(() => said(seen).includes('Kontroll.'), 'the condition was not met', { timeout: 8000 });
    expect(said(seen)).to.deep.equal(['Lastet.', 'Kontroll.']);
  });

  it('says nothing after its host is gone', async () => {
    const gone = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const control = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    gone.announcer.announce('For sent.');
    gone.remove();
    control.announcer.announce('Kontroll.');
    await waitUntil(() => control.announcer.text === 'Kontroll.', 'the control was not said', { timeout: 8000 });
    expect(gone.announcer.text).to.equal('');
  });
});
