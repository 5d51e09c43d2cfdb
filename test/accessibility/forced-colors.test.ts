// Forced colours (Windows high contrast), 400 % zoom and text spacing, in real Chromium, for every
// component in its main states, for core's shared elements, and for the shell's header and error tile.
//
// Forced colours are emulated through Playwright's page.emulateMedia({ forcedColors: 'active' })
// (`emulateMedia` from @web/test-runner-commands): Chromium then really paints with the forced
// palette (backgrounds become Canvas, borders and text CanvasText, author system colours are kept),
// so computed styles show what a citizen in high contrast mode sees. Each scenario is checked for:
// - a visible focus indicator on every control focused by keyboard;
// - a boundary (border or outline) on everything that is told apart only by a background colour
//   in normal mode (buttons, badges, chips, notices, selected rows, the dialog);
// - selected / current / pressed state that differs from its unselected peer by more than colour;
// - no `forced-color-adjust: none` with colours that are not system colours.
// Then, at 320 CSS px (what 400 % zoom of a 1280 px window gives), the page does not scroll
// sideways, and with WCAG 1.4.12's text spacing applied in every shadow root no text is clipped.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { resetServer, settle } from '@hn-elements/test-support';
import '@hn-elements/core/define.js';
import type { HnConfirmDialog } from '@hn-elements/core';
import type { HnInbox } from '../../packages/inbox/src/hn-inbox.js';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { replyBox, rowIsUnread, rows as inboxRows, sendButton, titleElementOf, unreadMarkerOf } from '../../packages/inbox/test/harness.js';
import {
  applyTextSpacing,
  clippedText,
  controls,
  drawnBoxes,
  frames,
  missingBoundaries,
  missingFocusIndicators,
  nameOf,
  stateByColourOnly,
  unsafeColourOptOuts,
} from './checks.js';
import * as states from './scenarios.js';

interface Scenario extends states.State {
  name: string;
  /** Pairs of on/off state the scenario is expected to compare (so the state check cannot pass empty). */
  states?: number;
}

const buttonNamed = (root: ParentNode, name: RegExp) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

const SCENARIOS: Scenario[] = [
  {
    name: '<hn-appointment-list> upcoming appointments',
    states: 1,
    async show() {
      return [await appointmentList(appointmentBundle())];
    },
  },
  { name: '<hn-appointment-list> past appointments (view switched)', states: 1, ...states.appointmentListPast },
  { name: '<hn-appointment-list> cancel confirmation open (<hn-confirm-dialog>)', ...states.appointmentCancelDialog },
  { name: '<hn-inbox> a thread open beside the list, unread rows', states: 1, ...states.inboxThreadOpen },
  {
    name: '<hn-inbox> live: a thread open with the reply form, an empty reply refused',
    width: 1100,
    async show() {
      const el = await states.inboxLiveReplyOpen();
      sendButton(el).click();
      await el.updateComplete;
      expect(replyBox(el).getAttribute('aria-invalid')).to.equal('true');
      return [el];
    },
  },
  { name: '<hn-journal-viewer> a document open beside the list', states: 2, ...states.journalDocumentOpen },
  { name: '<hn-journal-viewer> access log, period by chosen dates', states: 1, ...states.journalAccessLogChosenDates },
  {
    name: '<hn-tool-catalogue> assigned tools and the catalogue, one category chosen',
    states: 1,
    async show() {
      const el = await states.toolCatalogueForOla();
      buttonNamed(el.shadowRoot!, /Læring/).click();
      await settle(el);
      return [el];
    },
  },
  { name: '<hn-tool-catalogue> no match, with "Fjern søk og filtre"', states: 1, ...states.toolCatalogueNoMatch },
  { name: '<hn-test-results> live, "Hva betyr svaret?" open, the trends as charts with tables', ...states.testResultsExplanationOpen },
  { name: '<hn-referrals> on behalf of Ola, a passed deadline with its hand-offs, a timeline open', states: 1, ...states.referralsDeadlinePassedForOla },
  { name: '<hn-handoff-launcher> every variant, on behalf of Ola, a refusal and a failure with retry', ...states.handoffLaunchers },
  { name: 'core: status badges, sources notice, on-behalf banner, empty and error states', ...states.coreElements },
  {
    name: 'core: <hn-confirm-dialog> open',
    async show() {
      const el = await fixture<HnConfirmDialog>(html`<hn-confirm-dialog heading="Vil du avbestille timen?" confirm-label="Ja, avbestill" danger>
        <p>Timen hos øyelegen 3. juni kl. 10:00 blir avbestilt.</p>
      </hn-confirm-dialog>`);
      el.open = true;
      await el.updateComplete;
      return [el];
    },
  },
  { name: 'shell: <hn-shell-header> acting for a child (menu, language and representation switchers)', states: 1, ...states.shellHeaderActingForChild },
  { name: 'shell: <hn-error-tile> in place of an app that failed', ...states.shellErrorTile },
];

const DEFAULT_WIDTH = 1000;

async function show(scenario: Scenario): Promise<Element[]> {
  await setViewport({ width: scenario.width ?? DEFAULT_WIDTH, height: 900 });
  const scopes = await scenario.show();
  await frames(2);
  return scopes;
}

const forcedColours = (on: boolean) => emulateMedia({ forcedColors: on ? 'active' : 'none' });

describe('forced colours (Windows high contrast)', () => {
  afterEach(async () => {
    await forcedColours(false);
    // The live inbox marks the thread it opens read on the embedded server.
    await resetServer();
    await setViewport({ width: DEFAULT_WIDTH, height: 900 });
  });

  it('is really emulated: the media query matches and Chromium paints with the forced palette', async () => {
    const el = await fixture<HTMLElement>(html`<p style="background: rgb(0, 80, 160); color: rgb(255, 255, 0)">Tekst</p>`);
    await forcedColours(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const style = getComputedStyle(el);
    expect(style.backgroundColor, 'an author background is replaced').not.to.equal('rgb(0, 80, 160)');
    expect(style.color, 'an author text colour is replaced').not.to.equal('rgb(255, 255, 0)');
    await forcedColours(false);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 80, 160)');
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      it('every control shows a visible focus indicator when focused by keyboard', async () => {
        const scopes = await show(scenario);
        await forcedColours(true);
        const reached = scopes.flatMap((scope) => controls(scope));
        expect(reached.length, 'controls found').to.be.greaterThan(0);
        const problems: string[] = [];
        for (const scope of scopes) problems.push(...(await missingFocusIndicators(scope)));
        expect(problems).to.deep.equal([]);
      });

      it('what a background or border draws in normal mode keeps a border or outline', async () => {
        const scopes = await show(scenario);
        const boxes = scopes.flatMap((scope) => drawnBoxes(scope));
        expect(boxes.length, 'boxes found').to.be.greaterThan(0);
        await forcedColours(true);
        expect(missingBoundaries(boxes)).to.deep.equal([]);
      });

      it('selected, current and pressed state is not told by colour alone', async () => {
        const scopes = await show(scenario);
        await forcedColours(true);
        const results = scopes.map((scope) => stateByColourOnly(scope));
        expect(results.flatMap((r) => r.problems)).to.deep.equal([]);
        expect(
          results.reduce((sum, r) => sum + r.compared, 0),
          'on/off pairs compared',
        ).to.be.at.least(scenario.states ?? 0);
      });

      it('nothing opts out of forced colours with colours of its own', async () => {
        const scopes = await show(scenario);
        await forcedColours(true);
        expect(scopes.flatMap((scope) => unsafeColourOptOuts(scope))).to.deep.equal([]);
      });
    });
  }

  it('<hn-inbox>: unread rows differ from read ones by more than colour (bold text, a marker in a system colour)', async () => {
    const el = await show(SCENARIOS.find((s) => s.name.startsWith('<hn-inbox>'))!);
    await forcedColours(true);
    const rows = inboxRows(el[0] as HnInbox);
    const unreadRow = rows.find(rowIsUnread);
    const readRow = rows.find((row) => !rowIsUnread(row));
    expect(unreadRow && readRow, 'an unread and a read row').to.be.ok;
    const unread = titleElementOf(unreadRow!);
    const read = titleElementOf(readRow!);
    expect(getComputedStyle(unread).fontWeight).not.to.equal(getComputedStyle(read).fontWeight);
    const dot = unreadMarkerOf(unreadRow!);
    expect(dot, 'an unread row has its marker').to.exist;
    expect(missingBoundaries([dot!]), 'the unread marker still shows').to.deep.equal([]);
  });
});

/** The data states the zoom and text-spacing checks look at. */
const DATA_STATES = SCENARIOS.filter((s) => !/dialog|no match/.test(s.name));

describe('400 % zoom (320 CSS px) and text spacing (WCAG 1.4.12)', () => {
  afterEach(async () => {
    await resetServer();
    await setViewport({ width: DEFAULT_WIDTH, height: 900 });
  });

  for (const scenario of DATA_STATES) {
    it(`${scenario.name}: no sideways scrolling at 320 px`, async () => {
      await show({ ...scenario, width: 320 });
      await frames(2);
      const root = document.documentElement;
      expect(root.scrollWidth, 'document scrollWidth').to.be.at.most(root.clientWidth);
    });

    it(`${scenario.name}: text spacing clips no text`, async () => {
      const scopes = await show(scenario);
      const clippedBefore = new Set(scopes.flatMap((scope) => clippedText(scope)));
      const undo = scopes.map((scope) => applyTextSpacing(scope));
      try {
        await frames(3);
        // Proof that the override took: some text in a shadow root now has the spacing.
        const sample = scopes.flatMap((scope) => controls(scope))[0] ?? scopes[0]!;
        expect(getComputedStyle(sample).letterSpacing, `letter-spacing on ${nameOf(sample)}`).not.to.equal('normal');
        const clipped = scopes.flatMap((scope) => clippedText(scope)).filter((element) => !clippedBefore.has(element));
        expect(clipped.map((element) => `clipped with text spacing: ${nameOf(element)} (${element.scrollHeight}/${element.clientHeight} high)`)).to.deep.equal([]);
        const root = document.documentElement;
        expect(root.scrollWidth, 'no sideways scrolling with text spacing').to.be.at.most(root.clientWidth);
      } finally {
        undo.forEach((fn) => fn());
      }
    });
  }
});
