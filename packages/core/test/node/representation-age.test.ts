import { describe, it } from 'node:test';
import { expect } from 'chai';
import { ageOn, parentalReach, representedAge } from '../../src/representation-age.js';
import type { Representation, Session } from '../../src/session.js';

const NOW = new Date('2026-12-02T10:00:00Z');

function session(representation?: Partial<Representation> & { birthDate?: string }): Session {
  const { birthDate, ...rest } = representation ?? {};
  return {
    patient: { reference: 'Patient/ola', name: 'Ola Nordmann' },
    actor: { reference: 'Patient/kari', name: 'Kari Nordmann' },
    ...(representation
      ? { representation: { person: { reference: 'Patient/ola', name: 'Ola Nordmann', ...(birthDate !== undefined ? { birthDate } : {}) }, relation: 'parent', scopes: ['journal'], ...rest } }
      : {}),
    locale: 'nb',
    sources: [],
    handoff: { allowedOrigins: [] },
  };
}

describe('ageOn', () => {
  /** [birth date, now, age] */
  const CASES: Array<[unknown, string, number | undefined]> = [
    ['2014-12-02', '2026-12-02T10:00:00Z', 12],
    ['2014-12-03', '2026-12-02T10:00:00Z', 11],
    // the birthday begins at midnight in Oslo, not in UTC
    ['2014-12-03', '2026-12-02T23:30:00Z', 12],
    ['2010-02-28', '2026-02-27T12:00:00Z', 15],
    ['2012-02-29', '2026-02-28T12:00:00Z', 13],
    ['2012-02-29', '2026-03-01T12:00:00Z', 14],
    ['2030-01-01', '2026-12-02T10:00:00Z', undefined],
    ['2014-02-30', '2026-12-02T10:00:00Z', undefined],
    ['2014', '2026-12-02T10:00:00Z', undefined],
    ['2014-12-02T10:00:00Z', '2026-12-02T10:00:00Z', undefined],
    [20141202, '2026-12-02T10:00:00Z', undefined],
    [undefined, '2026-12-02T10:00:00Z', undefined],
  ];
  for (const [birthDate, now, age] of CASES) {
    it(`${String(birthDate)} on ${now} -> ${String(age)}`, () => {
      expect(ageOn(birthDate, new Date(now))).to.equal(age);
    });
  }
});

describe('parentalReach', () => {
  /** [what, session, reach] */
  const CASES: Array<[string, Session, string]> = [
    ['no representation', session(), 'full'],
    ['a parent, birth date not given', session({}), 'full'],
    ['a parent of an 11-year-old', session({ birthDate: '2015-09-03' }), 'full'],
    ['a parent of a 12-year-old', session({ birthDate: '2014-12-02' }), 'limited'],
    ['a parent of a 15-year-old', session({ birthDate: '2010-12-03' }), 'limited'],
    ['a parent of a 16-year-old', session({ birthDate: '2010-12-02' }), 'ended'],
    ['a parent, birth date not a date', session({ birthDate: '2014-02-30' }), 'limited'],
    ['power of attorney for a 15-year-old', session({ birthDate: '2010-12-03', relation: 'power-of-attorney' }), 'full'],
    ['a guardian of a 13-year-old', session({ birthDate: '2013-01-01', relation: 'guardian' }), 'full'],
  ];
  for (const [what, value, reach] of CASES) {
    it(`${what}: ${reach}`, () => {
      expect(parentalReach(value, NOW)).to.equal(reach);
    });
  }

  it('reads the represented person`s age from the session', () => {
    expect(representedAge(session({ birthDate: '2015-09-03' }), NOW)).to.equal(11);
    expect(representedAge(session(), NOW)).to.equal(undefined);
  });
});
