import { describe, it } from 'node:test';
import { expect } from 'chai';
import { observationSearch, reportSearch, testResultsFromBundle } from '../../src/load-test-results.js';
import { bundle, lipidReport, observation, report } from './fixtures.js';

describe('testResultsFromBundle', () => {
  it('shows what it can, counts bad entries of its types and of no type, and counts withheld results apart', () => {
    const data = testResultsFromBundle(
      bundle(
        lipidReport(),
        observation('bad-date', { effectiveDateTime: '2026-02-30' }),
        { resourceType: 'Observation', id: 'bad id!' },
        { resourceType: 'observation', id: 'x' },
        null,
        { resourceType: 'Practitioner', id: 'bad id!' },
        report('held', [], { meta: { security: [{ system: 'urn:hn-elements:patient-release', code: 'withheld' }] } }),
      ),
    );
    expect(data.items.map((i) => i.key)).to.deep.equal(['bundle/lipids']);
    expect(data.skipped).to.equal(4);
    expect(data.withheld).to.equal(1);
    expect([data.failures, data.incomplete]).to.deep.equal([[], []]);
  });

  it('throws a malformed error for something that is not a Bundle', () => {
    for (const value of [null, 'Bundle', { resourceType: 'DiagnosticReport' }, [], 42, { resourceType: 'Bundle', entry: {} }]) {
      expect(() => testResultsFromBundle(value)).to.throw(/not a FHIR Bundle/);
    }
  });
});

describe('live searches', () => {
  it('ask for the patient`s reports with what they reference, and lone lab and imaging results, never what is withheld', () => {
    expect(reportSearch('Patient/ola')).to.deep.equal({
      patient: 'Patient/ola',
      _include: ['DiagnosticReport:result', 'DiagnosticReport:based-on', 'DiagnosticReport:performer'],
      '_security:not': 'urn:hn-elements:patient-release|withheld',
      _count: 50,
    });
    expect(observationSearch('Patient/ola')).to.deep.equal({
      patient: 'Patient/ola', category: 'laboratory,imaging', '_security:not': 'urn:hn-elements:patient-release|withheld', _count: 100,
    });
  });
});
