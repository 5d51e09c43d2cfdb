import { describe, it } from 'node:test';
import { expect } from 'chai';
import { filterReports, matchesQuery, sourceOptions, testOptions, type ResultFilter } from '../../src/filters.js';
import { toReportViews } from '../../src/model.js';
import { testResultMessages } from '../../src/messages.js';
import { LOINC, NLK, SOURCE, OTHER_SOURCE, imagingReport, lipidReport, observation, resources } from './fixtures.js';

const gp = toReportViews(resources(lipidReport(), observation('crp', { effectiveDateTime: '2026-11-02T08:00:00+01:00' })), SOURCE).items;
const hospital = toReportViews(
  resources(imagingReport(), observation('hba1c', { code: { coding: [{ system: LOINC, code: '4548-4' }] }, effectiveDateTime: '2026-06-10', valueQuantity: { value: 6.1, unit: '%' } }), observation('undated', { effectiveDateTime: undefined, issued: undefined, code: { text: 'Natrium' } })),
  OTHER_SOURCE,
).items;
const ALL = [...gp, ...hospital];

describe('filterReports', () => {
  /** [what, filter, ids kept] */
  const CASES: Array<[string, ResultFilter, string[]]> = [
    ['no filter', {}, ['crp', 'lipids', 'knee-xray', 'hba1c', 'undated']],
    ['from a date (undated ones go)', { from: new Date('2026-09-01T00:00:00Z') }, ['crp', 'lipids', 'knee-xray']],
    ['a period', { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-09-30T00:00:00Z') }, ['knee-xray', 'hba1c']],
    ['one source', { sources: ['helse-bergen'] }, ['knee-xray', 'hba1c', 'undated']],
    ['a common test, by any of its codes', { tests: ['test:hba1c'] }, ['hba1c']],
    ['a panel is kept for a test it holds', { tests: ['test:ldl'] }, ['lipids']],
    ['a test without a common code, by name', { tests: ['name:natrium'] }, ['undated']],
    ['search by the name the source gives', { query: 'ldl' }, ['lipids']],
    ['search by the everyday name, in the citizen`s language', { query: 'langtidsblodsukker' }, ['hba1c']],
    ['search, every word in any order and case', { query: 'KNE røntgen' }, ['knee-xray']],
    ['search that finds nothing', { query: 'PSA' }, []],
    ['all at once', { sources: ['fastlegen'], from: new Date('2026-10-15T00:00:00Z'), query: 'crp' }, ['crp']],
  ];
  for (const [what, filter, ids] of CASES) {
    it(what, () => {
      expect(filterReports(ALL, filter, 'nb').map((r) => r.id)).to.deep.equal(ids);
    });
  }

  it('searches the everyday names in English too, once its words are loaded', async () => {
    await testResultMessages.load('en');
    expect(matchesQuery(hospital.find((r) => r.id === 'hba1c')!, 'blood sugar', 'en')).to.equal(true);
    expect(matchesQuery(hospital.find((r) => r.id === 'hba1c')!, 'blood sugar', 'nb')).to.equal(false);
  });
});

describe('testOptions and sourceOptions', () => {
  it('lists each test once, by its everyday name where it has one, sorted', () => {
    expect(testOptions(ALL, 'nb')).to.deep.equal([
      { id: 'test:crp', name: 'CRP (C-reaktivt protein)' },
      { id: 'code:http://loinc.org|14646-4', name: 'HDL-kolesterol', lang: 'nb' },
      { id: 'test:hba1c', name: 'Langtidsblodsukker (HbA1c)' },
      { id: 'test:ldl', name: 'LDL-kolesterol («det onde kolesterolet»)' },
      { id: 'name:natrium', name: 'Natrium', lang: 'nb' },
      { id: 'test:cholesterol', name: 'Totalkolesterol' },
    ]);
    expect(NLK).to.be.a('string');
  });

  it('lists the sources in the order they come', () => {
    expect(sourceOptions(ALL)).to.deep.equal([
      { id: 'fastlegen', name: 'Legesenteret i Sentrum', lang: 'nb' },
      { id: 'helse-bergen', name: 'Helse Bergen', lang: 'nb' },
    ]);
  });
});
