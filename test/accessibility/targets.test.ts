// Target size: every interactive element of every component, in its main states, and of the
// shell's header, is at least 44 × 44 CSS px (`--hn-target-size`). A checkbox or radio button counts
// with its label, which is part of its target (clicking the label checks the box).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetServer, session, settle } from '@hn-elements/test-support';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { standardBundle as inboxBundle } from '../../packages/inbox/test/fixtures.js';
import { withBundle as inbox } from '../../packages/inbox/test/helpers.js';
import { openItem as openInboxItem } from '../../packages/inbox/test/harness.js';
import { allElements, nameOf } from './checks.js';
import * as states from './scenarios.js';

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

interface Scenario extends states.State {
  name: string;
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
  { name: '<hn-appointment-list> past', ...states.appointmentListPast },
  { name: '<hn-appointment-list> cancel confirmation open', ...states.appointmentCancelDialog },
  { name: '<hn-inbox> a thread open beside the list, "Bare uleste" in the toolbar', ...states.inboxThreadOpen },
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
      return [await states.inboxLiveReplyOpen()];
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
      return [await states.toolCatalogueForOla()];
    },
  },
  { name: '<hn-journal-viewer> a document open beside the list', ...states.journalDocumentOpen },
  { name: '<hn-journal-viewer> access log, period by chosen dates', ...states.journalAccessLogChosenDates },
  {
    name: '<hn-tool-catalogue> on behalf of Ola, "Bare verktøy du har fått tildelt"',
    async show() {
      return [await states.toolCatalogueForOla()];
    },
  },
  { name: '<hn-tool-catalogue> no match, with "Fjern søk og filtre"', ...states.toolCatalogueNoMatch },
  { name: '<hn-test-results> live, "Hva betyr svaret?" open, the trends with their tables', ...states.testResultsExplanationOpen },
  {
    name: '<hn-test-results> at 320 px',
    width: 320,
    ...states.testResultsExplanationOpen,
  },
  { name: '<hn-referrals> on behalf of Ola, a passed deadline with "Be Helfo om hjelp" and "Velg behandlingssted", a timeline open', ...states.referralsDeadlinePassedForOla },
  {
    name: '<hn-referrals> at 320 px',
    width: 320,
    ...states.referralsDeadlinePassedForOla,
  },
  { name: '<hn-handoff-launcher> every variant, a refusal and a failure with retry', ...states.handoffLaunchers },
  { name: 'core: status badges, sources notice, on-behalf banner, empty and error states', ...states.coreElements },
  { name: 'shell: <hn-shell-header> acting for a child', ...states.shellHeaderActingForChild },
  { name: 'shell: <hn-error-tile>', ...states.shellErrorTile },
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
