// Core's one set of controls, measured in every component in real Chromium: each family (buttons,
// fields, check boxes and radio buttons, toggles, expanders) has one height, one radius and one
// edge wherever it is used, labels of fields side by side start on one line, and every control is
// at least 44 px. The components are mounted in their main states (scenarios.ts) once, and the
// numbers kept; each family's test then compares them.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetServer } from '@hn-elements/test-support';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { lengthOf, measure, misalignedRows, spread, strayButtons, type Family, type Measured } from './control-layout.js';
import * as states from './scenarios.js';

/** Sub-pixel layout: two heights within half a pixel are the same. */
const SAME = 0.5;
const TARGET = 44 - SAME;

const SCENARIOS: [string, states.State][] = [
  ['<hn-appointment-list> upcoming', { async show() { const el = await appointmentList(appointmentBundle()); el.hostCancel = true; await el.updateComplete; return [el]; } }],
  ['<hn-appointment-list> past', states.appointmentListPast],
  ['<hn-appointment-list> cancel dialog', states.appointmentCancelDialog],
  ['<hn-inbox> a thread open', states.inboxThreadOpen],
  ['<hn-inbox> live, the reply form', { width: 1100, show: async () => [await states.inboxLiveReplyOpen()] }],
  ['<hn-journal-viewer> a document open', states.journalDocumentOpen],
  ['<hn-journal-viewer> access log by dates', states.journalAccessLogChosenDates],
  ['<hn-tool-catalogue> for Ola', { show: async () => [await states.toolCatalogueForOla()] }],
  ['<hn-tool-catalogue> no match', states.toolCatalogueNoMatch],
  ['<hn-test-results> an explanation open', states.testResultsExplanationOpen],
  ['<hn-referrals> for Ola, a timeline open', states.referralsDeadlinePassedForOla],
  ['<hn-handoff-launcher> every variant', states.handoffLaunchers],
  ['core elements', states.coreElements],
  ['<hn-shell-header>', states.shellHeaderActingForChild],
  ['<hn-error-tile>', states.shellErrorTile],
];

const controls: Measured[] = [];
const rows: string[] = [];
const strays: string[] = [];
let controlHeight = 0;

const of = (family: Family) => controls.filter((c) => c.family === family);
/** The values found and the controls with each, when there is more than one. */
const oneValue = (found: Measured[], value: (c: Measured) => string) => {
  const by = spread(found, value);
  return by.size <= 1 ? [] : [...by].map(([key, names]) => `${key}: ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`);
};
const px = (n: number) => `${Math.round(n * 2) / 2}px`;
const small = (found: Measured[]) => found.filter((c) => c.height < TARGET || c.width < TARGET).map((c) => `${c.name}: ${px(c.width)} × ${px(c.height)}`);

describe('Core controls look the same in every component', () => {
  describe('measured in each state', () => {
    afterEach(async () => {
      await setViewport({ width: 1000, height: 900 });
      await resetServer();
    });

    for (const [name, state] of SCENARIOS) {
      it(name, async () => {
        await setViewport({ width: state.width ?? 1000, height: 900 });
        const scopes = await state.show();
        const found = measure(scopes);
        expect(found.length, 'the state shows controls').to.be.greaterThan(0);
        controls.push(...found);
        rows.push(...misalignedRows(scopes));
        strays.push(...strayButtons(scopes));
        controlHeight = lengthOf('--hn-control-height');
      });
    }
  });

  describe('by family', () => {
    it('every button is one of core\'s (no component draws its own)', () => {
      expect(strays, 'buttons outside core\'s set').to.deep.equal([]);
    });

    it('buttons: one height (the control height), one radius and one edge width, at least 44 px', () => {
      const buttons = of('button');
      expect(buttons.length, 'buttons measured').to.be.greaterThan(10);
      expect(controlHeight, '--hn-control-height').to.be.at.least(TARGET);
      const oneLine = buttons.filter((c) => !c.twoLines);
      expect(oneLine.filter((c) => Math.abs(c.height - controlHeight) > SAME).map((c) => `${c.name}: ${px(c.height)}`), 'one-line buttons not the control height').to.deep.equal([]);
      expect(oneValue(buttons, (c) => c.radius), 'radii').to.deep.equal([]);
      expect(oneValue(buttons, (c) => c.borderWidth), 'edge widths').to.deep.equal([]);
      expect(small(buttons), 'smaller than 44 × 44 px').to.deep.equal([]);
    });

    it('fields and selects: one height, radius, edge and edge colour; labels in a row start on one line', () => {
      const fields = of('field');
      expect(fields.length, 'fields measured').to.be.greaterThan(8);
      expect(fields.filter((c) => Math.abs(c.height - controlHeight) > SAME).map((c) => `${c.name}: ${px(c.height)}`), 'fields not the control height').to.deep.equal([]);
      expect(oneValue(fields, (c) => c.radius), 'radii').to.deep.equal([]);
      expect(oneValue(fields, (c) => c.borderWidth), 'edge widths').to.deep.equal([]);
      expect(oneValue(fields.filter((c) => !c.name.includes('aria-invalid')), (c) => c.borderColour), 'edge colours').to.deep.equal([]);
      expect(rows, 'fields side by side out of line').to.deep.equal([]);
      expect(small(fields), 'smaller than 44 × 44 px').to.deep.equal([]);
    });

    it('check boxes and radio buttons: one box size, centred on the label\'s first line, the label at least 44 px', () => {
      const checks = of('check');
      expect(checks.length, 'check boxes and radio buttons measured').to.be.greaterThan(3);
      expect(oneValue(checks, (c) => `${px(c.width)} × ${px(c.height)}`), 'box sizes').to.deep.equal([]);
      expect(checks.filter((c) => !c.label || c.label.height < TARGET).map((c) => c.name), 'without a label of 44 px').to.deep.equal([]);
      expect(checks.filter((c) => c.label && c.label.offCentre > 1).map((c) => `${c.name}: ${px(c.label!.offCentre)} off`), 'boxes off their label\'s line').to.deep.equal([]);
    });

    it('toggles: the control height, one radius, at least 44 px', () => {
      const toggles = of('toggle');
      expect(toggles.length, 'toggles measured').to.be.greaterThan(3);
      expect(toggles.filter((c) => Math.abs(c.height - controlHeight) > SAME).map((c) => `${c.name}: ${px(c.height)}`), 'toggles not the control height').to.deep.equal([]);
      expect(oneValue(toggles, (c) => c.radius), 'radii').to.deep.equal([]);
      expect(small(toggles), 'smaller than 44 × 44 px').to.deep.equal([]);
    });

    it('expanders: a chevron that turns when open, one look closed and one open, at least 44 px high', () => {
      const expanders = of('expander');
      const open = expanders.filter((c) => c.chevron!.open);
      const closed = expanders.filter((c) => !c.chevron!.open);
      expect(open.length, 'open expanders measured').to.be.greaterThan(0);
      expect(closed.length, 'closed expanders measured').to.be.greaterThan(0);
      expect(expanders.filter((c) => !c.chevron!.drawn).map((c) => c.name), 'without a chevron').to.deep.equal([]);
      expect(oneValue(open, (c) => c.chevron!.transform), 'open chevrons').to.deep.equal([]);
      expect(oneValue(closed, (c) => c.chevron!.transform), 'closed chevrons').to.deep.equal([]);
      expect(open[0]!.chevron!.transform, 'open and closed point different ways').not.to.equal(closed[0]!.chevron!.transform);
      expect(expanders.filter((c) => c.height < TARGET).map((c) => `${c.name}: ${px(c.height)}`), 'lower than 44 px').to.deep.equal([]);
    });
  });
});
