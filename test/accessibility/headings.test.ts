// The heading scale follows the outline: in every component, whatever level the host gives, a
// heading of a higher level (h2) is drawn larger than one of a lower level (h3, h4), and every
// heading of one level has one size, the same in every component and in the shell's regions.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetServer, settle } from '@hn-elements/test-support';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { allElements, nameOf } from './checks.js';
import * as states from './scenarios.js';

interface Heading {
  level: number;
  size: number;
  name: string;
}

/** Every heading shown in the scopes, with its level and its font size in px. */
function headings(scopes: Element[]): Heading[] {
  return scopes
    .flatMap((scope) => allElements(scope))
    .filter((element) => element.matches('h1, h2, h3, h4, h5, h6, [role="heading"]') && element.getClientRects().length > 0)
    // A source's own document keeps its own outline (the journal's HTML documents).
    .filter((element) => !element.closest('.doc-html, .doc-body'))
    .map((element) => ({
      level: Number(element.getAttribute('aria-level') ?? element.localName.slice(1)),
      size: parseFloat(getComputedStyle(element).fontSize),
      name: nameOf(element),
    }));
}

/** Headings whose level has more than one size, and levels not drawn larger than the next one down (1..4). */
function outOfScale(found: Heading[]): string[] {
  const problems: string[] = [];
  const sizes = new Map<number, Set<number>>();
  for (const h of found) sizes.set(h.level, new Set([...(sizes.get(h.level) ?? []), h.size]));
  for (const [level, set] of sizes) if (set.size > 1) problems.push(`level ${level} drawn at ${[...set].join(', ')} px: ${found.filter((h) => h.level === level).map((h) => `${h.name} (${h.size})`).join(' | ')}`);
  const levels = [...sizes.keys()].sort();
  for (let i = 1; i < levels.length; i += 1) {
    const upper = Math.min(...sizes.get(levels[i - 1]!)!);
    const lower = Math.max(...sizes.get(levels[i]!)!);
    if (levels[i]! <= 5 && !(upper > lower)) problems.push(`level ${levels[i - 1]} (${upper} px) is not larger than level ${levels[i]} (${lower} px)`);
  }
  return problems;
}

type WithLevel = Element & { headingLevel?: number; updateComplete?: Promise<unknown> };

/** The state, its components' first headings at level 3 (as on the overview, under the region's h2). */
async function atLevel3(state: states.State): Promise<Element[]> {
  const scopes = await state.show();
  for (const el of scopes as WithLevel[]) {
    if ('headingLevel' in el) {
      el.headingLevel = 3;
      await settle(el as Parameters<typeof settle>[0]);
    }
  }
  return scopes;
}

const SCENARIOS: [string, states.State][] = [
  ['<hn-appointment-list>', { async show() { return [await appointmentList(appointmentBundle())]; } }],
  ['<hn-appointment-list> cancel dialog', states.appointmentCancelDialog],
  ['<hn-inbox> a thread open', states.inboxThreadOpen],
  ['<hn-journal-viewer> a document open', states.journalDocumentOpen],
  ['<hn-tool-catalogue> for Ola', { show: async () => [await states.toolCatalogueForOla()] }],
  ['<hn-test-results> with trends', states.testResultsExplanationOpen],
  ['<hn-referrals> for Ola', states.referralsDeadlinePassedForOla],
];

describe('Headings are sized by their level', () => {
  const seen: Heading[] = [];

  afterEach(async () => {
    await setViewport({ width: 1000, height: 900 });
    await resetServer();
  });

  it('the shell: a page\'s h1 is larger than an overview region\'s h2', async () => {
    const page = await fixture(html`<div>
      <hn-shell-region level="1" heading="Timer"></hn-shell-region>
      <hn-shell-region level="2" heading="Verktøy"></hn-shell-region>
    </div>`);
    for (const region of page.children) await (region as WithLevel).updateComplete;
    const found = headings([page]);
    expect(found.map((h) => h.level), 'both regions have headings').to.deep.equal([1, 2]);
    expect(outOfScale(found)).to.deep.equal([]);
    seen.push(...found);
  });

  for (const [name, state] of SCENARIOS) {
    it(`${name}: its headings at level 3 and below follow the scale, under the region's h2`, async () => {
      await setViewport({ width: state.width ?? 1000, height: 900 });
      const found = headings(await atLevel3(state));
      expect(found.length, 'headings shown').to.be.greaterThan(0);
      expect(outOfScale(found)).to.deep.equal([]);
      seen.push(...found);
    });
  }

  it('one size per level across every component and the shell', () => {
    expect(outOfScale(seen)).to.deep.equal([]);
  });
});
