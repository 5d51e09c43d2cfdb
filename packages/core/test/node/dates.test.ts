import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseFhirDateTime, parseFhirInstant, readFhirDateTime, readPeriod } from '../../src/fhir/dates.js';
import { formatDateTime } from '../../src/i18n/locale-format.js';

/** [value, ISO moment it names (UTC) or undefined when refused, precision] */
const DATE_TIMES: Array<[unknown, string | undefined, string?]> = [
  // full date-times, every zone form
  ['2026-11-20T09:00:00Z', '2026-11-20T09:00:00.000Z', 'time'],
  ['2026-11-20T10:00:00+01:00', '2026-11-20T09:00:00.000Z', 'time'],
  ['2026-07-01T10:00:00+02:00', '2026-07-01T08:00:00.000Z', 'time'],
  ['2026-11-20T09:00:00-05:30', '2026-11-20T14:30:00.000Z', 'time'],
  ['2026-11-20T09:00:00.123456Z', '2026-11-20T09:00:00.123Z', 'time'],
  ['2026-11-20T09:00+01:00', '2026-11-20T08:00:00.000Z', 'time'],
  ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.999Z', 'time'],
  ['2026-11-20T09:00:00+14:00', '2026-11-19T19:00:00.000Z', 'time'],
  // a value without a time: 12:00 Oslo standard time on that day
  ['2026-03-01', '2026-03-01T11:00:00.000Z', 'day'],
  ['2026-07-15', '2026-07-15T11:00:00.000Z', 'day'],
  ['2026-11', '2026-11-01T11:00:00.000Z', 'month'],
  ['2026', '2026-01-01T11:00:00.000Z', 'year'],
  ['2024-02-29', '2024-02-29T11:00:00.000Z', 'day'],
  [' 2026-03-01 ', '2026-03-01T11:00:00.000Z', 'day'],
  // impossible calendar dates, which JavaScript's Date rolls over
  ['2030-02-30T10:00:00Z', undefined],
  ['2030-04-31T10:00:00+02:00', undefined],
  ['2025-02-29', undefined],
  ['1900-02-29', undefined],
  ['2026-13-01', undefined],
  ['2026-00-10', undefined],
  ['2026-11-00', undefined],
  ['0000-01-01', undefined],
  // impossible times and zones
  ['2026-11-20T24:00:00Z', undefined],
  ['2026-11-20T09:60:00Z', undefined],
  ['2026-11-20T09:00:61Z', undefined],
  ['2026-11-20T09:00:00+15:00', undefined],
  ['2026-11-20T09:00:00+01:60', undefined],
  // not FHIR's form
  ['2026-11-20T09:00:00', undefined],
  ['2026-11-20T09Z', undefined],
  ['20261120', undefined],
  ['2026-1-5', undefined],
  ['26-11-20', undefined],
  ['2026-11-20 09:00:00Z', undefined],
  ['Fri, 20 Nov 2026 09:00:00 GMT', undefined],
  ['i går', undefined],
  ['', undefined],
  [1_790_000_000_000, undefined],
  [null, undefined],
  [{ value: '2026-11-20' }, undefined],
];

describe('core: FHIR dates (one strict reader)', () => {
  for (const [value, iso, precision] of DATE_TIMES) {
    it(`${JSON.stringify(value)} -> ${iso ?? 'refused'}`, () => {
      const moment = readFhirDateTime(value);
      expect(moment?.date.toISOString()).to.equal(iso);
      expect(moment?.precision).to.equal(precision);
      expect(parseFhirDateTime(value)?.toISOString()).to.equal(iso);
    });
  }

  it('a value without a time is that calendar day in Oslo, in winter and in summer', () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-07-15', '2026-10-25', '2026-12-31']) {
      const formatted = formatDateTime(parseFhirDateTime(day), 'en', 'date');
      const [, month, date] = day.split('-').map(Number);
      expect(formatted, day).to.contain(String(date));
      expect(parseFhirDateTime(day)!.getUTCMonth() + 1, day).to.equal(month);
    }
  });

  it('an instant needs a time and a zone', () => {
    expect(parseFhirInstant('2026-11-20T09:00:00Z')?.toISOString()).to.equal('2026-11-20T09:00:00.000Z');
    for (const value of ['2026-11-20', '2026-11', '2026', '2030-02-30T10:00:00Z', '2026-11-20T09:00:00']) {
      expect(parseFhirInstant(value), value).to.equal(undefined);
    }
  });
});

describe('core: FHIR periods', () => {
  const CASES: Array<[unknown, { start?: string; end?: string; problem?: string }]> = [
    [{ start: '2026-11-20T10:00:00Z', end: '2026-11-20T10:30:00Z' }, { start: '2026-11-20T10:00:00.000Z', end: '2026-11-20T10:30:00.000Z' }],
    [{ start: '2026-11-20T10:00:00Z', end: '2026-11-20T10:00:00Z' }, { start: '2026-11-20T10:00:00.000Z', end: '2026-11-20T10:00:00.000Z' }],
    [{ start: '2026-11-20T10:00:00Z' }, { start: '2026-11-20T10:00:00.000Z' }],
    [{ end: '2026-11-20T10:00:00Z' }, { end: '2026-11-20T10:00:00.000Z' }],
    [{ start: '2026-11-20T11:00:00Z', end: '2026-11-20T10:00:00Z' }, { start: '2026-11-20T11:00:00.000Z', end: '2026-11-20T10:00:00.000Z', problem: 'end-before-start' }],
    [{ start: '2030-02-30T10:00:00Z', end: '2030-03-01T10:00:00Z' }, { end: '2030-03-01T10:00:00.000Z', problem: 'invalid-start' }],
    [{ start: '2026-11-20T10:00:00Z', end: 'soon' }, { start: '2026-11-20T10:00:00.000Z', problem: 'invalid-end' }],
    [{}, {}],
    [undefined, {}],
    ['2026-11-20', {}],
  ];
  for (const [period, expected] of CASES) {
    it(`${JSON.stringify(period)} -> ${JSON.stringify(expected)}`, () => {
      const read = readPeriod(period);
      expect({
        ...(read.start ? { start: read.start.toISOString() } : {}),
        ...(read.end ? { end: read.end.toISOString() } : {}),
        ...(read.problem ? { problem: read.problem } : {}),
      }).to.deep.equal(expected);
    });
  }

  it('takes a narrower reader for its bounds', () => {
    expect(readPeriod({ start: '2026-11-20', end: '2026-11-21T10:00:00Z' }, parseFhirInstant).problem).to.equal('invalid-start');
  });
});
