// summaryList: a component's short form for an overview page. Rendered into a plain host with
// core's shared styles, as a component renders it into its shadow root.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { HnElement } from '../src/hn-element.js';
import type { NavigateDetail } from '../src/navigate.js';
import { statusBadge } from '../src/templates/status-badge.js';
import { summaryList, summaryPlaceholder, type SummaryOptions, type SummaryRow } from '../src/templates/summary-list.js';

class SummaryHost extends HnElement {
  static override properties = { ...HnElement.properties, content: { attribute: false } };
  declare content: TemplateResult | undefined;
  override render() {
    return this.content;
  }
}
customElements.define('test-summary-host', SummaryHost);

const ROWS: SummaryRow[] = [
  { key: 'hb/a1', target: { sourceId: 'helse-bergen', reference: 'Appointment/a1' }, title: 'Kontroll hos øyelege', meta: ['tirsdag 24. mars, kl. 09:00', 'Øyeavdelingen'] },
  { key: 'bundle/a2', target: { reference: 'Appointment/a2' }, title: 'Blodprøve', lang: 'nn', meta: [], badge: statusBadge('danger', 'Avlyst'), strong: true },
];

async function render(rows: SummaryRow[], options: Partial<SummaryOptions> = {}) {
  const offered: NavigateDetail[] = [];
  const el = await fixture<SummaryHost>(html`<test-summary-host></test-summary-host>`);
  el.content = summaryList(rows, {
    allHref: '/appointments',
    label: 'Kommende timer',
    allText: 'Vis alle 5 kommende timer',
    emit: (detail) => {
      offered.push(detail);
      return false;
    },
    ...options,
  });
  await el.updateComplete;
  return { el, root: el.shadowRoot!, offered };
}

describe('summaryList', () => {
  it('one link per item, to the item on the full page, then a link to the page; a named list; axe clean', async () => {
    const { el, root } = await render(ROWS);
    const list = root.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Kommende timer');
    const links = [...list.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal([`${location.origin}/appointments#helse-bergen/Appointment/a1`, `${location.origin}/appointments#Appointment/a2`]);
    expect(links[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kontroll hos øyelege, tirsdag 24. mars, kl. 09:00, Øyeavdelingen');
    expect(links[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Blodprøve, Avlyst');
    expect(links[1]!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nn');
    expect(links[1]!.querySelector('.status-badge')!.textContent).to.equal('Avlyst');
    const all = root.querySelector<HTMLAnchorElement>('[part="show-all"]')!;
    expect(all.href).to.equal(`${location.origin}/appointments`);
    expect(all.textContent).to.equal('Vis alle 5 kommende timer');
    await expect(el).to.be.accessible();
  });

  it('every row is one height, at least a target tall', async () => {
    const { root } = await render(ROWS);
    const heights = [...root.querySelectorAll('.summary-link')].map((link) => link.getBoundingClientRect().height);
    expect(new Set(heights).size, heights.join(', ')).to.equal(1);
    expect(heights[0]).to.be.at.least(44);
    expect(root.querySelector<HTMLElement>('[part="show-all"]')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('a plain click is offered to the host with the item; Ctrl-click is left to the browser', async () => {
    const { root, offered } = await render(ROWS);
    const link = root.querySelector<HTMLAnchorElement>('ul a')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(offered).to.deep.equal([{ href: link.href, reference: 'Appointment/a1', sourceId: 'helse-bergen' }]);
    const all = root.querySelector<HTMLAnchorElement>('[part="show-all"]')!;
    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true });
    all.addEventListener('click', (event) => event.preventDefault());
    all.dispatchEvent(ctrl);
    expect(offered).to.have.length(1);
    all.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(offered.at(-1)).to.deep.equal({ href: all.href });
  });

  it('no usable page: the rows are text and there is no link to it', async () => {
    const { root } = await render(ROWS, { allHref: 'javascript:alert(1)' });
    expect(root.querySelectorAll('a')).to.have.length(0);
    expect(root.querySelectorAll('li .summary-title')).to.have.length(2);
  });

  it('no rows: the empty state instead of an empty list, and still the link to the page', async () => {
    const { root } = await render([], { empty: html`<p class="nothing">Du har ingen kommende timer.</p>` });
    expect(root.querySelector('ul')).to.equal(null);
    expect(root.querySelector('.nothing')!.textContent).to.equal('Du har ingen kommende timer.');
    expect(root.querySelector('[part="show-all"]')).to.not.equal(null);
  });

  it('while it loads: a status for screen readers, placeholder rows hidden from them, the link; exactly as tall as the rows, and as the shell\'s loading line', async () => {
    const three = [...ROWS, { ...ROWS[0]!, key: 'hb/a3' }];
    const loaded = await render(three);
    const emit = () => false;
    const loading = await fixture<SummaryHost>(html`<test-summary-host></test-summary-host>`);
    loading.content = summaryPlaceholder(3, 'Henter informasjon …', { allHref: '/appointments', allText: 'Vis alle 5 kommende timer', emit });
    await loading.updateComplete;
    const root = loading.shadowRoot!;
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Henter informasjon …');
    expect(root.querySelector('ul')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelectorAll('.summary-placeholder')).to.have.length(3);
    const height = loading.getBoundingClientRect().height;
    expect(height).to.equal(loaded.el.getBoundingClientRect().height);
    // The shell's loading line (packages/shell/site/page.css) reserves N rows, their gaps and the link.
    const line = document.createElement('p');
    line.style.cssText = 'margin: 0; min-block-size: calc(3 * (var(--hn-summary-row-size) + var(--hn-space-2)) + var(--hn-target-size))';
    document.body.append(line);
    expect(line.getBoundingClientRect().height).to.equal(height);
    line.remove();
    await expect(loading).to.be.accessible();
  });
});
