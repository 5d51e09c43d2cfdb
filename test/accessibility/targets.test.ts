// Target size: every interactive element of every component, in its main states, and of the
// shell's header, is at least 44 × 44 CSS px (`--hn-target-size`). A checkbox or radio button counts
// with its label, which is part of its target (clicking the label checks the box).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { KARI, OLA, onBehalfOfOla, resetServer, session } from '@hn-elements/test-support';
import '@hn-elements/core/define.js';
import type { HnConfirmDialog } from '@hn-elements/core';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { harness as appointmentHarness } from '../../packages/appointment-list/test/harness.js';
import { standardBundle as inboxBundle } from '../../packages/inbox/test/fixtures.js';
import { withBundle as inbox, withSession as inboxLive } from '../../packages/inbox/test/helpers.js';
import { openItem as openInboxItem, rendered, search as searchInbox } from '../../packages/inbox/test/harness.js';
import { standardBundle as journalBundle } from '../../packages/journal-viewer/test/fixtures.js';
import { openDocument, settle as settleJournal, withBundle as journal } from '../../packages/journal-viewer/test/helpers.js';
import { periodChoice } from '../../packages/journal-viewer/test/harness.js';
import { catalogueBundle } from '../../packages/tool-catalogue/test/fixtures.js';
import { settle, withBundle as toolCatalogue } from '../../packages/tool-catalogue/test/helpers.js';
import { harness as toolHarness } from '../../packages/tool-catalogue/test/harness.js';
import { flush, mount as launcher } from '../../packages/handoff-launcher/test/helpers.js';
import '../../packages/shell/src/define.js';
import { simulatedLogin } from '../../packages/shell/src/index.js';
import { allElements, nameOf } from './checks.js';

/** WCAG 2.5.5's 44 × 44 CSS px, less half a pixel for sub-pixel layout. */
const MIN = 44 - 0.5;

const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';

/** The box the citizen can click: a checkbox's or radio button's label, else the element itself. */
function targetBox(element: HTMLElement): DOMRect {
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    const label = element.labels?.[0];
    if (label) return label.getBoundingClientRect();
  }
  return element.getBoundingClientRect();
}

/** Every interactive element shown in the scopes (not in an inert part, not hidden) that is smaller than 44 × 44. */
function smallTargets(scopes: Element[]): { checked: number; small: string[] } {
  let checked = 0;
  const small: string[] = [];
  for (const scope of scopes) {
    for (const element of allElements(scope)) {
      if (!(element instanceof HTMLElement) || !element.matches(INTERACTIVE)) continue;
      if (element.getClientRects().length === 0 || element.closest('[inert]')) continue;
      checked += 1;
      const box = targetBox(element);
      if (box.width < MIN || box.height < MIN) small.push(`${nameOf(element)}: ${Math.round(box.width * 10) / 10} × ${Math.round(box.height * 10) / 10}`);
    }
  }
  return { checked, small };
}

interface Scenario {
  name: string;
  width?: number;
  show(): Promise<Element[]>;
}

const SCENARIOS: Scenario[] = [
  {
    name: '<hn-appointment-list> upcoming, with cancel, calendar, video link and preparation',
    async show() {
      const el = await appointmentList(appointmentBundle());
      el.hostCancel = true;
      await settle(el);
      return [el];
    },
  },
  {
    name: '<hn-appointment-list> past',
    async show() {
      const el = await appointmentList(appointmentBundle());
      appointmentHarness(el).viewButton('past').click();
      await settle(el);
      return [el];
    },
  },
  {
    name: '<hn-appointment-list> cancel confirmation open',
    async show() {
      const el = await appointmentList(appointmentBundle());
      el.hostCancel = true;
      await settle(el);
      const dialog: HnConfirmDialog = await appointmentHarness(el).startCancel(appointmentHarness(el).firstCancellable()!);
      await waitUntil(() => dialog.open, 'the dialog did not open');
      return [dialog];
    },
  },
  {
    name: '<hn-inbox> a thread open beside the list, "Bare uleste" in the toolbar',
    width: 1100,
    async show() {
      const el = await inbox(inboxBundle(), { session: session() });
      await openInboxItem(el, 'Prøvesvar');
      return [el];
    },
  },
  {
    name: '<hn-inbox> a form task open',
    width: 1100,
    async show() {
      const el = await inbox(inboxBundle(), { session: session() });
      await openInboxItem(el, 'Fyll ut egenerklæringen');
      return [el];
    },
  },
  {
    name: '<hn-inbox> live: a thread open with the reply form',
    width: 1100,
    async show() {
      const el = await inboxLive(session());
      await el.loadComplete;
      await rendered(el);
      await searchInbox(el, 'Fornye resept');
      await rendered(el);
      await openInboxItem(el, 'Fornye resept');
      return [el];
    },
  },
  {
    name: '<hn-inbox> at 320 px, the toolbar wrapped',
    width: 320,
    async show() {
      return [await inbox(inboxBundle(), { session: session() })];
    },
  },
  {
    name: '<hn-tool-catalogue> at 320 px',
    width: 320,
    async show() {
      return [await toolCatalogue(catalogueBundle(), { session: session({ ...onBehalfOfOla() }) })];
    },
  },
  {
    name: '<hn-journal-viewer> a document open beside the list',
    width: 1280,
    async show() {
      const el = await journal(journalBundle());
      await openDocument(el, 'Svar på blodprøver');
      return [el];
    },
  },
  {
    name: '<hn-journal-viewer> access log, period by chosen dates',
    width: 1280,
    async show() {
      const el = await journal(journalBundle(), { view: 'access-log' });
      periodChoice(el, /Velg datoer/).click();
      await settleJournal(el);
      return [el];
    },
  },
  {
    name: '<hn-tool-catalogue> on behalf of Ola, "Bare verktøy du har fått tildelt"',
    async show() {
      const el = await toolCatalogue(catalogueBundle(), { session: session({ ...onBehalfOfOla() }) });
      return [el];
    },
  },
  {
    name: '<hn-tool-catalogue> no match, with "Fjern søk og filtre"',
    async show() {
      const el = await toolCatalogue(catalogueBundle());
      el.query = 'finnes ikke';
      await settle(el);
      expect(toolHarness(el).clearButton()).to.exist;
      return [el];
    },
  },
  {
    name: '<hn-handoff-launcher> every variant, a refusal and a failure with retry',
    async show() {
      const hosts: Element[] = [];
      for (const variant of ['primary', 'secondary', 'link']) hosts.push((await launcher({ variant, session: session({ ...onBehalfOfOla() }) })).el);
      const refused = await launcher({ href: 'https://evil.example/x' });
      refused.control().click();
      await flush(refused.el);
      const failed = await launcher({ navigateResult: false });
      failed.control().click();
      await flush(failed.el);
      return [...hosts, refused.el, failed.el];
    },
  },
  {
    name: 'core: sources notice, on-behalf banner, error state',
    async show() {
      const ola = session({ patient: OLA, actor: KARI, representation: { person: OLA, relation: 'parent', scopes: ['appointments'] } });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <hn-sources-notice .failed=${['Helse Bergen']} .incomplete=${['Bergen kommune']}></hn-sources-notice>
        <hn-on-behalf-banner .session=${ola}></hn-on-behalf-banner>
        <hn-state kind="error" message="Vi fikk ikke kontakt med Helse Bergen."></hn-state>
      </div>`);
      for (const el of wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await el.updateComplete;
      return [wrapper];
    },
  },
  {
    name: 'shell: <hn-shell-header> acting for a child',
    async show() {
      const header = await fixture(html`<hn-shell-header
        .actor=${simulatedLogin.actor}
        .representations=${simulatedLogin.representations}
        .actingFor=${simulatedLogin.representations[0]?.person.reference ?? null}
        .navItems=${[
          { href: '/', label: 'Oversikt' },
          { href: '/timer', label: 'Timer' },
          { href: '/innboks', label: 'Innboks' },
        ]}
        .locale=${'nb'}
        current-path="/timer"
      ></hn-shell-header>`);
      return [header];
    },
  },
  {
    name: 'shell: <hn-error-tile>',
    async show() {
      return [await fixture(html`<hn-error-tile app="appointment-list" .label=${'Timer'} .locale=${'nb'}></hn-error-tile>`)];
    },
  },
];

describe('Target size: every interactive element is at least 44 × 44 px', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 900 });
    await resetServer();
  });

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      await setViewport({ width: scenario.width ?? 1000, height: 900 });
      const scopes = await scenario.show();
      const { checked, small } = smallTargets(scopes);
      expect(checked, 'the scenario has controls to check').to.be.greaterThan(0);
      expect(small, 'targets smaller than 44 × 44 px').to.deep.equal([]);
    });
  }
});
