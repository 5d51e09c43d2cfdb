// Every item reachable: up to HnInbox.plainListMax items the list renders every row, so a screen
// reader in browse mode (which reads the accessibility tree, not what is on screen) reaches every
// message, also when the inbox is below the fold as on the portal's overview; the list is as high
// as its rows up to a limit, and prints every row. Beyond the limit the list is virtualised and the
// keyboard still reaches the last item. docs/accessibility.md and docs/performance.md, "Inbox".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActiveElement } from '@hn-elements/test-support';
import { listen, type Listener } from '@hn-elements/test-support/screen-reader.js';
import { HnInbox } from '../src/hn-inbox.js';
import { generateThreads } from './generate.js';
import { settle, withBundle } from './helpers.js';
import {
  accessibleListItems,
  clippedRows,
  focusedRowIndex,
  list,
  listHeight,
  listScrolls,
  loaded,
  rowButtonOf,
  rows,
  virtualised,
} from './harness.js';

const LIMIT = HnInbox.plainListMax;

describe('<hn-inbox>: every item reachable', () => {
  let spacer: HTMLElement | undefined;
  let reader: Listener | undefined;
  afterEach(async () => {
    await reader?.stop();
    reader = undefined;
    spacer?.remove();
    spacer = undefined;
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  /** An inbox below the fold, as on the portal's overview: nothing of it is on screen. */
  async function belowTheFold(items: number): Promise<HnInbox> {
    await setViewport({ width: 1000, height: 600 });
    spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    window.scrollTo(0, 0);
    const el = await fixture<HnInbox>(html`<hn-inbox locale="nb" .bundle=${generateThreads(items)}></hn-inbox>`);
    await loaded(el);
    await settle(el);
    expect(list(el)!.getBoundingClientRect().top, 'the list is below the fold').to.be.greaterThan(window.innerHeight);
    return el;
  }

  it('has all 21 items of a 21-item inbox in the accessibility tree without scrolling', async () => {
    const el = await withBundle(generateThreads(21));
    expect(listScrolls(el), 'the list has more rows than fit in its box').to.equal(true);
    expect(rows(el)).to.have.length(21);
    const items = await accessibleListItems('Innboks, Viser 21 av 21');
    expect(items, 'the list in the accessibility tree').to.exist;
    expect(items).to.have.length(21);
    expect(virtualised(el)).to.equal(false);
  });

  it('has every item in the accessibility tree when the inbox is below the fold, as on the overview', async () => {
    const el = await belowTheFold(21);
    expect(rows(el)).to.have.length(21);
    const items = await accessibleListItems('Innboks, Viser 21 av 21');
    expect(items).to.have.length(21);
    // Browse mode, from the top: every item is read between the list's start and the reading pane.
    reader = await listen(el.parentElement!);
    const spoken = await reader.readAll();
    const start = spoken.indexOf('list, Innboks, Viser 21 av 21');
    const pane = spoken.indexOf('region, Lesevindu');
    expect(start, 'the list is read').to.be.greaterThan(-1);
    expect(pane, 'the pane is read after the list').to.be.greaterThan(start);
    const between = spoken.slice(start, pane);
    for (let n = 1; n <= 21; n += 1) expect(between, `item ${n}`).to.include(`listitem, level 1, position ${n}, set size 21`);
  });

  it('is about as high as its rows when there are few (2 items), not a fixed box', async () => {
    const el = await withBundle(generateThreads(2));
    const rowsHeight = rows(el).reduce((sum, r) => sum + r.getBoundingClientRect().height, 0);
    expect(rows(el)).to.have.length(2);
    expect(rowsHeight).to.be.greaterThan(0);
    expect(listHeight(el), 'the list is two rows high (and its border)').to.be.within(rowsHeight, rowsHeight + 4);
    expect(listScrolls(el)).to.equal(false);
  });

  it('is no higher than its limit when there are many rows, and scrolls them', async () => {
    await setViewport({ width: 1000, height: 900 });
    const el = await withBundle(generateThreads(60));
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(listHeight(el)).to.be.at.most(Math.min(36 * rem, 0.75 * window.innerHeight) + 1);
    expect(listScrolls(el)).to.equal(true);
  });

  it('prints every row of a 21-item inbox, none cut off by the list', async () => {
    const el = await withBundle(generateThreads(21));
    expect(clippedRows(el).length, 'on screen the list scrolls').to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => clippedRows(el).length === 0, `rows cut off in print: ${clippedRows(el).length}`, { timeout: 3000 });
    expect(rows(el)).to.have.length(21);
    expect(listScrolls(el)).to.equal(false);
  });

  it(`virtualises above ${LIMIT} items, and the keyboard still reaches the last item`, async () => {
    const total = LIMIT + 1;
    const el = await withBundle(generateThreads(total));
    expect(virtualised(el)).to.equal(true);
    expect(rows(el).length, 'rows in the DOM').to.be.lessThan(total);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(total));
    rowButtonOf(rows(el)[0]!).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRowIndex() === total - 1, 'End did not reach the last item', { timeout: 5000 });
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRowIndex() === 0, 'Home did not reach the first item', { timeout: 5000 });
  });

  it(`renders every row of ${LIMIT} items, and the keyboard moves through them as before`, async () => {
    const el = await withBundle(generateThreads(LIMIT));
    expect(virtualised(el)).to.equal(false);
    expect(rows(el)).to.have.length(LIMIT);
    // One tab stop: exactly one row's button is in the tab order.
    expect(rows(el).filter((r) => rowButtonOf(r).tabIndex === 0)).to.have.length(1);
    rowButtonOf(rows(el)[0]!).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowIndex() === 1, 'ArrowDown did not move', { timeout: 8000 });
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedRowIndex() === 11, 'PageDown did not move ten', { timeout: 8000 });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRowIndex() === LIMIT - 1, 'End did not reach the last item', { timeout: 8000 });
    const last = rowButtonOf(rows(el).at(-1)!).getBoundingClientRect();
    const box = list(el)!.getBoundingClientRect();
    expect(last.bottom, 'the last row is scrolled into view').to.be.at.most(box.bottom + 1);
    expect(rows(el).filter((r) => rowButtonOf(r).tabIndex === 0)).to.have.length(1);
    expect(deepActiveElement()).to.equal(rowButtonOf(rows(el).at(-1)!));
  });

  it(`prints every row above ${LIMIT} items too: the virtualised list renders them all while printing`, async () => {
    const total = LIMIT + 50;
    const el = await belowTheFold(total);
    expect(virtualised(el)).to.equal(true);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => rows(el).length === total, `rows in print: ${rows(el).length} of ${total}`, { timeout: 5000 });
    await waitUntil(() => clippedRows(el).length === 0, `rows cut off in print: ${clippedRows(el).length}`, { timeout: 3000 });
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => virtualised(el), 'the list was not virtualised again after printing', { timeout: 3000 });
  });

  it('renders every row for the browser\'s print (beforeprint), and virtualises again after it', async () => {
    const total = LIMIT + 50;
    const el = await withBundle(generateThreads(total));
    expect(virtualised(el)).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    // Printing lays the page out right after beforeprint: the rows must be there by then.
    expect(rows(el)).to.have.length(total);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await waitUntil(() => virtualised(el), 'the list was not virtualised again after printing', { timeout: 3000 });
  });

  it('keeps focus on its row when printing renders every row of a virtualised list, and after', async () => {
    const total = LIMIT + 50;
    const el = await withBundle(generateThreads(total));
    rowButtonOf(rows(el)[0]!).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowIndex() === 1, 'ArrowDown did not move', { timeout: 8000 });
    window.dispatchEvent(new Event('beforeprint'));
    expect(virtualised(el)).to.equal(false);
    await waitUntil(() => focusedRowIndex() === 1, 'focus did not stay on the row while printing', { timeout: 3000 });
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => virtualised(el), 'the list was not virtualised again after printing', { timeout: 3000 });
    await waitUntil(() => focusedRowIndex() === 1, 'focus did not stay on the row after printing', { timeout: 3000 });
  });
});
