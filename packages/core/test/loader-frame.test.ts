import { expect } from '@open-wc/testing';
import type { Resource } from '@medplum/fhirtypes';
import { FhirError } from '../src/fhir/errors.js';
import { combineSearches, itemsFromBundle, itemsFromOutcomes, readHostBundle, type ResourceReading } from '../src/fhir/loader-frame.js';
import { AllSourcesFailedError, type SourceFailure, type SourceOutcome, type SourceSuccess } from '../src/fhir/multi-source.js';
import type { ResourceProblem } from '../src/fhir/validate.js';
import type { Source } from '../src/session.js';

const A: Source = { id: 'a', name: 'Source A', fhirBase: 'https://a.example/fhir' };
const B: Source = { id: 'b', name: 'Source B', fhirBase: 'https://b.example/fhir' };
const C: Source = { id: 'c', name: 'Source C', fhirBase: 'https://c.example/fhir' };

/** Appointments with a status become items "<source>:<id>"; one without a status is a problem of the mapping. */
const READING: ResourceReading<string> = {
  types: ['Appointment'],
  read: (resources, source) => {
    const appointments = resources.filter((r) => r.resourceType === 'Appointment');
    return {
      items: appointments.filter((r) => 'status' in r).map((r) => `${source?.id ?? 'bundle'}:${r.id}`),
      problems: appointments.filter((r) => !('status' in r)),
    };
  },
};

const appointment = (id: string, status: string | null = 'booked') => ({ resourceType: 'Appointment', id, ...(status ? { status } : {}) }) as Resource;
const problem = (resourceType?: string): ResourceProblem => ({ index: 0, resourceType, reason: 'bad' });
const ok = (source: Source, resources: Resource[], problems: ResourceProblem[] = [], truncated = false): SourceSuccess => ({ source, ok: true, resources, problems, truncated });
const failed = (source: Source, kind: FhirError['kind'] = 'server'): SourceFailure => ({ source, ok: false, error: new FhirError(kind, source.id, kind) });

describe('loader frame: a host bundle -> data', () => {
  const notBundles: [string, unknown][] = [
    ['null', null],
    ['a string', 'Bundle'],
    ['a number', 42],
    ['a list', []],
    ['another resource', { resourceType: 'Patient', id: 'kari' }],
    ['a Bundle whose entry is not a list', { resourceType: 'Bundle', entry: { resource: appointment('1') } }],
  ];
  for (const [what, value] of notBundles) {
    it(`${what} is the malformed error of the bundle`, () => {
      for (const read of [() => readHostBundle(value), () => itemsFromBundle(value, READING)]) {
        let thrown: unknown;
        try {
          read();
        } catch (error) {
          thrown = error;
        }
        expect(thrown, what).to.be.instanceOf(FhirError);
        expect((thrown as FhirError).kind).to.equal('malformed');
        expect((thrown as FhirError).sourceId).to.equal('bundle');
      }
    });
  }

  it('a Bundle: its items, and as skipped the bad entries of its types or of no type plus what the mapping could not show', () => {
    const bundle = {
      resourceType: 'Bundle',
      entry: [
        { resource: appointment('1') },
        { resource: appointment('2', null) }, // the mapping's problem
        { resource: { resourceType: 'Appointment', id: 'not an id!' } }, // a bad Appointment
        { resource: { resourceType: 'appointment', id: '3' } }, // no type name: counts for everyone
        { resource: { resourceType: 'Location', id: 'not an id!' } }, // a bad included resource: not counted
      ],
    };
    expect(itemsFromBundle(bundle, READING)).to.deep.equal({ items: ['bundle:1'], skipped: 3, failures: [], incomplete: [] });
  });
});

describe('loader frame: the sources’ answers -> merged data', () => {
  interface Case {
    name: string;
    outcomes: SourceOutcome[];
    items: string[];
    skipped: number;
    failures: string[];
    incomplete: string[];
  }
  const cases: Case[] = [
    {
      name: 'every source answered: items in the order of the sources',
      outcomes: [ok(A, [appointment('1')]), ok(B, [appointment('2'), appointment('3')])],
      items: ['a:1', 'b:2', 'b:3'],
      skipped: 0,
      failures: [],
      incomplete: [],
    },
    {
      name: 'skipped counts are summed over the sources (bad entries of its types or none, plus the mapping’s)',
      outcomes: [
        ok(A, [appointment('1'), appointment('2', null)], [problem('Appointment'), problem('Location')]),
        ok(B, [appointment('3', null)], [problem(undefined), problem('Appointment')]),
      ],
      items: ['a:1'],
      skipped: 5,
      failures: [],
      incomplete: [],
    },
    {
      name: 'one source failed: the rest is shown and the failure named',
      outcomes: [ok(A, [appointment('1')]), failed(B, 'auth'), ok(C, [appointment('2')])],
      items: ['a:1', 'c:2'],
      skipped: 0,
      failures: ['b'],
      incomplete: [],
    },
    {
      name: 'a source whose paging stopped early is incomplete, once',
      outcomes: [ok(A, [appointment('1')], [], true), ok(B, [], [], false), ok(A, [], [], true)],
      items: ['a:1'],
      skipped: 0,
      failures: [],
      incomplete: ['a'],
    },
    { name: 'no sources: nothing, and no error', outcomes: [], items: [], skipped: 0, failures: [], incomplete: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const loaded = itemsFromOutcomes(c.outcomes, READING);
      expect(loaded.items).to.deep.equal(c.items);
      expect(loaded.skipped).to.equal(c.skipped);
      expect(loaded.failures.map((f) => f.source.id)).to.deep.equal(c.failures);
      expect(loaded.incomplete.map((s) => s.id)).to.deep.equal(c.incomplete);
    });
  }

  it('every source failed: AllSourcesFailedError naming each, in order', () => {
    const failures = [failed(A, 'timeout'), failed(B, 'auth'), failed(C)];
    let thrown: unknown;
    try {
      itemsFromOutcomes(failures, READING);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(AllSourcesFailedError);
    expect((thrown as AllSourcesFailedError).failures).to.deep.equal(failures);
  });
});

describe('loader frame: several searches per source -> one outcome per source', () => {
  const unsupported = (failure: SourceFailure, search: number) => search === 1 && failure.error.kind === 'not-found';
  interface Case {
    name: string;
    first: SourceOutcome;
    second: SourceOutcome;
    /** The failure's kind, or the answer's resource ids and whether it is truncated. */
    expected: { failed: FhirError['kind'] } | { ids: string[]; problems: number; truncated: boolean };
  }
  const cases: Case[] = [
    {
      name: 'both answered: resources and problems of both, truncated when either was',
      first: ok(A, [appointment('1')], [problem('Appointment')]),
      second: ok(A, [appointment('2')], [problem(undefined)], true),
      expected: { ids: ['1', '2'], problems: 2, truncated: true },
    },
    { name: 'the second failed: the source failed', first: ok(A, [appointment('1')]), second: failed(A, 'auth'), expected: { failed: 'auth' } },
    { name: 'both failed: the first failure is reported', first: failed(A, 'timeout'), second: failed(A, 'auth'), expected: { failed: 'timeout' } },
    {
      name: 'a failure that only means "none of this type here" is an empty answer',
      first: ok(A, [appointment('1')]),
      second: failed(A, 'not-found'),
      expected: { ids: ['1'], problems: 0, truncated: false },
    },
    { name: 'the same kind of failure in the first search still fails the source', first: failed(A, 'not-found'), second: ok(A, []), expected: { failed: 'not-found' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [combined, other] = combineSearches([[c.first, ok(B, [appointment('b')])], [c.second, ok(B, [])]], unsupported);
      expect(other!.ok, 'the other source is untouched').to.equal(true);
      expect(combined!.source).to.equal(A);
      if ('failed' in c.expected) {
        expect(combined!.ok).to.equal(false);
        expect((combined as SourceFailure).error.kind).to.equal(c.expected.failed);
      } else {
        const answer = combined as SourceSuccess;
        expect(answer.ok).to.equal(true);
        expect(answer.resources.map((r) => r.id)).to.deep.equal(c.expected.ids);
        expect(answer.problems).to.have.length(c.expected.problems);
        expect(answer.truncated).to.equal(c.expected.truncated);
      }
    });
  }

  it('searches that do not cover the same sources in the same order are refused', () => {
    expect(() => combineSearches([[ok(A, []), ok(B, [])], [ok(B, []), ok(A, [])]])).to.throw(/same sources/);
  });
});
