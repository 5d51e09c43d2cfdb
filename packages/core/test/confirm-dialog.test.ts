import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { HnConfirmDialog } from '../src/elements/hn-confirm-dialog.js';
import { axTree, findAx, deepActiveElement, expectNone, expectSame, expectSameList } from './helpers.js';

async function setup(): Promise<{ page: HTMLElement; opener: HTMLButtonElement; el: HnConfirmDialog; dialog: HTMLDialogElement }> {
  const page = await fixture<HTMLElement>(html`<main>
    <button id="before">Før</button>
    <button id="opener">Avlys timen</button>
    <hn-confirm-dialog heading="Vil du avlyse timen?" confirm-label="Ja, avlys timen" danger>
      <p>Timen hos øyelegen 3. juni kl. 10:00 blir avlyst.</p>
    </hn-confirm-dialog>
    <button id="after">Etter</button>
  </main>`);
  const el = page.querySelector('hn-confirm-dialog')!;
  await el.updateComplete;
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  return { page, opener: page.querySelector<HTMLButtonElement>('#opener')!, el, dialog };
}

async function openFrom(opener: HTMLElement, el: HnConfirmDialog): Promise<void> {
  opener.focus();
  el.open = true;
  await el.updateComplete;
}

/**
 * Presses a key and resolves once the page has seen it released: its keydown, and everything the
 * browser does with it (a dialog's cancel on Escape), has been handled by then.
 */
async function press(key: string): Promise<void> {
  let released!: () => void;
  const up = new Promise<void>((resolve) => (released = resolve));
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === key) released();
  };
  window.addEventListener('keyup', onKeyUp, true);
  try {
    await sendKeys({ press: key });
    await up;
  } finally {
    window.removeEventListener('keyup', onKeyUp, true);
  }
}

const buttons = (el: HnConfirmDialog) => Array.from(el.shadowRoot!.querySelectorAll('button'));

describe('<hn-confirm-dialog>', () => {
  it('is closed at first and shows nothing', async () => {
    const { el, dialog } = await setup();
    expect(el.open).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(dialog.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('opens as a modal, named by its heading and described by its body; axe clean', async () => {
    const { el, opener, dialog, page } = await setup();
    await openFrom(opener, el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('Vil du avlyse timen?');
    expect(heading.localName).to.equal('h2');
    const body = el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(body.querySelector('slot')!.assignedElements()[0]!.textContent).to.include('blir avlyst');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Ja, avlys timen', 'Avbryt']);
    // The rest of the page is inert while the modal is open.
    expect(page.querySelector<HTMLButtonElement>('#after')!.matches(':focus')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the accessibility tree has a modal dialog named by its heading, with the two buttons', async function () {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    const tree = await axTree();
    if (!tree) this.skip();
    const dialog = findAx(tree, (node) => node.role === 'dialog');
    expect(dialog, 'dialog').to.exist;
    expect(dialog!.name).to.equal('Vil du avlyse timen?');
    expect(findAx(dialog!, (node) => node.role === 'button' && node.name === 'Ja, avlys timen')).to.exist;
    expect(findAx(dialog!, (node) => node.role === 'button' && node.name === 'Avbryt')).to.exist;
    // The page behind the modal is not in the tree while it is open.
    expect(findAx(tree, (node) => node.role === 'button' && node.name === 'Etter'), 'inert page button').to.equal(undefined);
  });

  it('moves focus into the dialog when it opens', async () => {
    const { el, opener, dialog } = await setup();
    await openFrom(opener, el);
    const focused = deepActiveElement();
    expect(focused).to.not.equal(null);
    expect(dialog.contains(focused)).to.equal(true);
  });

  it('Tab and Shift+Tab stay inside the dialog', async () => {
    const { el, opener, dialog } = await setup();
    await openFrom(opener, el);
    const [confirm, cancel] = buttons(el);
    const visited: Array<Element | null> = [];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      visited.push(deepActiveElement());
    }
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Shift+Tab' });
      visited.push(deepActiveElement());
    }
    for (const element of visited) expect(element === confirm || element === cancel, String(element?.outerHTML ?? element)).to.equal(true);
    expect(visited.includes(confirm!), 'confirm reached').to.equal(true);
    expect(visited.includes(cancel!), 'cancel reached').to.equal(true);
    expect(dialog.open).to.equal(true);
  });

  it('a link in the slotted details takes part in the Tab cycle', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="opener">Avlys</button>
      <hn-confirm-dialog heading="Sikker?" confirm-label="Ja"><p>Les <a href="https://x.example/vilkar">vilkårene</a>.</p></hn-confirm-dialog>
    </div>`);
    const el = page.querySelector('hn-confirm-dialog')!;
    await el.updateComplete;
    await openFrom(page.querySelector<HTMLButtonElement>('#opener')!, el);
    const link = page.querySelector('a')!;
    const [confirm, cancel] = buttons(el);
    const order: Array<Element | null> = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(deepActiveElement());
    }
    expectSameList(order, [link, confirm, cancel, link]);
    await sendKeys({ press: 'Shift+Tab' });
    expectSame(deepActiveElement(), cancel);
  });

  it('Escape emits hn-dialog-cancel and leaves closing to the host, which restores focus to the opener', async () => {
    const { el, opener, dialog } = await setup();
    el.addEventListener('hn-dialog-cancel', () => {
      el.open = false;
    });
    await openFrom(opener, el);
    const event = oneEvent(el, 'hn-dialog-cancel');
    await sendKeys({ press: 'Escape' });
    const fired = await event;
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(true);
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expectSame(deepActiveElement(), opener);
  });

  it('stays open and in step with `open` when the host ignores Escape, even on a second Escape', async () => {
    const { el, opener, dialog } = await setup();
    let cancels = 0;
    el.addEventListener('hn-dialog-cancel', () => (cancels += 1));
    await openFrom(opener, el);
    await press('Escape');
    await press('Escape');
    await el.updateComplete;
    expect(cancels).to.be.greaterThan(0);
    // Whatever the browser does with repeated Escape, the element and the native dialog agree.
    expect(dialog.open).to.equal(el.open);
    if (!el.open) expectSame(deepActiveElement(), opener);
  });

  it('the cancel button emits hn-dialog-cancel; the confirm button hn-dialog-confirm (keyboard)', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    const [confirm, cancel] = buttons(el);
    cancel!.focus();
    const cancelled = oneEvent(el, 'hn-dialog-cancel');
    await sendKeys({ press: 'Enter' });
    await cancelled;
    confirm!.focus();
    const confirmed = oneEvent(el, 'hn-dialog-confirm');
    await sendKeys({ press: 'Space' });
    const event = await confirmed;
    expect(event.composed).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('busy: both buttons disabled, a status says it is working, Escape does nothing, focus stays in the dialog; axe clean', async () => {
    const { el, opener, dialog } = await setup();
    await openFrom(opener, el);
    let events = 0;
    el.addEventListener('hn-dialog-cancel', () => (events += 1));
    el.addEventListener('hn-dialog-confirm', () => (events += 1));
    const [confirm] = buttons(el);
    confirm!.focus();
    el.busy = true;
    await el.updateComplete;
    expect(buttons(el).every((b) => b.disabled)).to.equal(true);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Henter informasjon …');
    await press('Escape');
    expect(events).to.equal(0);
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(deepActiveElement())).to.equal(true);
    await expect(el).to.be.accessible();

    el.busy = false;
    await el.updateComplete;
    expect(buttons(el).some((b) => b.disabled)).to.equal(false);
  });

  it('error: shown with role=alert; axe clean; cleared when the host clears it', async () => {
    const { el, opener } = await setup();
    await openFrom(opener, el);
    el.error = 'Helse Bergen svarte ikke. Timen er ikke avlyst.';
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal('Helse Bergen svarte ikke. Timen er ikke avlyst.');
    await expect(el).to.be.accessible();
    el.error = undefined;
    await el.updateComplete;
    expectNone(el.shadowRoot!, '[role="alert"]');
  });

  it('cancel label defaults per locale and can be set', async () => {
    const { el } = await setup();
    el.locale = 'en';
    await el.updateComplete;
    expect(buttons(el)[1]!.textContent!.trim()).to.equal('Cancel');
    el.cancelLabel = 'Nei, behold timen';
    await el.updateComplete;
    expect(buttons(el)[1]!.textContent!.trim()).to.equal('Nei, behold timen');
  });

  it('closing restores focus to the opener inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Avlys</button><hn-confirm-dialog heading="Sikker?" confirm-label="Ja"></hn-confirm-dialog>';
    const opener = shadow.querySelector('button')!;
    const el = shadow.querySelector('hn-confirm-dialog')!;
    await el.updateComplete;
    await openFrom(opener, el);
    el.open = false;
    await el.updateComplete;
    expectSame(shadow.activeElement, opener);
  });

  it('returns focus to `returnFocus` when the opener is gone', async () => {
    const { el, opener, page } = await setup();
    const fallback = page.querySelector<HTMLButtonElement>('#before')!;
    el.returnFocus = fallback;
    await openFrom(opener, el);
    opener.remove();
    el.open = false;
    await el.updateComplete;
    expectSame(document.activeElement, fallback);
  });

  it('opened through the attribute before first render still opens as a modal', async () => {
    const el = await fixture<HnConfirmDialog>(html`<hn-confirm-dialog open heading="Sikker?" confirm-label="Ja"></hn-confirm-dialog>`);
    expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    el.open = false;
    await el.updateComplete;
  });

  it('removing an open dialog closes it; putting it back while open reopens it as a modal', async () => {
    const { el, opener, page, dialog } = await setup();
    await openFrom(opener, el);
    el.remove();
    expect(dialog.open).to.equal(false);
    page.append(el);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    el.open = false;
    await el.updateComplete;
  });
});
