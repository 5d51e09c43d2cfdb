import { describe, it } from 'node:test';
import { expect } from 'chai';
import { isItemTarget, itemFragment, itemTargetFrom, type ItemTarget } from '../../src/item-fragment.js';

/** [a page address's fragment, the item it names (undefined: none)] */
const CASES: Array<[string, ItemTarget | undefined]> = [
  ['#helse-bergen/Appointment/hb-appt-1', { sourceId: 'helse-bergen', reference: 'Appointment/hb-appt-1' }],
  ['helse-bergen/DocumentReference/x.1', { sourceId: 'helse-bergen', reference: 'DocumentReference/x.1' }],
  ['#Appointment/a1', { reference: 'Appointment/a1' }],
  ['#helse%2Dbergen/Communication/m1', { sourceId: 'helse-bergen', reference: 'Communication/m1' }],
  ['', undefined],
  ['#', undefined],
  ['#main', undefined],
  ['#Appointment', undefined],
  ['#appointment/a1', undefined],
  ['#helse-bergen/Appointment/', undefined],
  ['#a/b/Appointment/a1', undefined],
  ['#helse-bergen/Appointment/a 1', undefined],
  ['#helse-bergen/Appointment/%E0%A4%A', undefined],
  ['#<script>/Appointment/a1', undefined],
  [`#helse-bergen/Appointment/${'x'.repeat(65)}`, undefined],
];

describe('core: the item a fragment names', () => {
  for (const [hash, expected] of CASES) {
    it(`${JSON.stringify(hash)} -> ${JSON.stringify(expected)}`, () => {
      expect(itemTargetFrom(hash)).to.deep.equal(expected);
    });
  }

  it('a fragment made by itemFragment names the same item again', () => {
    for (const target of [{ sourceId: 'helse-bergen', reference: 'Appointment/a1' }, { reference: 'DocumentReference/d-2' }]) {
      expect(itemTargetFrom(`#${itemFragment(target)}`)).to.deep.equal(target);
    }
  });

  it("an item matches by source and reference; a host's bundle has source ''", () => {
    const target = { sourceId: 'helse-bergen', reference: 'Appointment/a1' };
    expect(isItemTarget(target, 'helse-bergen', 'Appointment/a1')).to.equal(true);
    expect(isItemTarget(target, 'helse-vest', 'Appointment/a1')).to.equal(false);
    expect(isItemTarget(target, 'helse-bergen', 'Appointment/a2')).to.equal(false);
    expect(isItemTarget({ reference: 'Appointment/a1' }, '', 'Appointment/a1')).to.equal(true);
    expect(isItemTarget({ reference: 'Appointment/a1' }, 'helse-bergen', 'Appointment/a1')).to.equal(false);
  });
});
