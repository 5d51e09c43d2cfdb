// WCAG 1.4.1 (use of colour) in normal colours: a pressed toggle (aria-pressed: the appointment
// list's view, the tool catalogue's categories) differs from an unpressed one by more than its fill
// colour, as computed styles show it (a mark before its label; forced colours are checked in
// forced-colors.test.ts). The mark is decoration: the button's name stays its label.
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { differencesBesidesColour } from '@hn-elements/test-support';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { harness as appointmentHarness } from '../../packages/appointment-list/test/harness.js';
import { catalogueBundle } from '../../packages/tool-catalogue/test/fixtures.js';
import { withBundle as toolCatalogue } from '../../packages/tool-catalogue/test/helpers.js';
import { harness as toolHarness } from '../../packages/tool-catalogue/test/harness.js';

function expectPressedToStandOut(pressed: HTMLButtonElement, unpressed: HTMLButtonElement): void {
  expect(pressed.getAttribute('aria-pressed')).to.equal('true');
  expect(unpressed.getAttribute('aria-pressed')).to.equal('false');
  const differences = differencesBesidesColour(pressed, unpressed);
  expect(differences, 'the pressed toggle differs by more than colour').to.not.be.empty;
  // A visible mark before the label, with room: not a zero-size box.
  const mark = getComputedStyle(pressed, '::before');
  expect(mark.content, 'a check mark').to.contain('✓');
  expect(getComputedStyle(unpressed, '::before').content, 'no mark on the others').to.equal('none');
}

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

function buttonNames(node: AxNode): string[] {
  const own = node.role === 'button' ? [node.name] : [];
  return [...own, ...(node.children ?? []).flatMap(buttonNames)];
}

describe('Pressed toggles differ by more than colour (1.4.1)', () => {
  it("the appointment list's view toggles", async () => {
    const h = appointmentHarness(await appointmentList(appointmentBundle()));
    expectPressedToStandOut(h.viewButton('upcoming'), h.viewButton('past'));
    h.viewButton('past').click();
    await h.element.updateComplete;
    expectPressedToStandOut(h.viewButton('past'), h.viewButton('upcoming'));
  });

  it("the tool catalogue's category toggles", async () => {
    const h = toolHarness(await toolCatalogue(catalogueBundle()));
    const [all, ...others] = h.categoryButtons();
    expectPressedToStandOut(all!, others[0]!);
    // What assistive technology gets (Chromium's tree): the mark adds nothing to the name.
    const names = buttonNames((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.include(all!.textContent!.trim());
    expect(names.filter((name) => name.includes('✓')), 'no name says the mark').to.deep.equal([]);
  });
});
