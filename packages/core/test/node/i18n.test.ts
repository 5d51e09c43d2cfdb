import { describe, it } from 'node:test';
import { expect } from 'chai';
import { coreMessages } from '../../src/i18n/core-messages.js';
import { FhirError, type FhirErrorKind } from '../../src/fhir/errors.js';
import { fhirErrorDiagnostics, fhirErrorMessage } from '../../src/fhir/error-message.js';
import { defineMessages, translate, type Catalogue } from '../../src/i18n/messages.js';
import { formatDateTime, formatList, formatNumber, intlLocale, osloDayKey, TIME_ZONE, type DateStyle } from '../../src/i18n/locale-format.js';
import { LOCALES, type Locale } from '../../src/session.js';

const SAMPLE_PARAMS = { name: 'Kari Nordmann', relation: 'R.', sources: 'Fastlegen', source: 'Helse Bergen', text: 'Vedlikehold', items: 'timene' };

describe('coreMessages', () => {
  it('has every key in every locale, and every message gives non-empty text', () => {
    const reference = Object.keys(coreMessages.nb).sort();
    expect(reference.length).to.be.greaterThan(10);
    for (const locale of LOCALES) {
      expect(Object.keys(coreMessages[locale]).sort(), locale).to.deep.equal(reference);
      for (const key of reference) {
        const text = translate(coreMessages, locale, key as keyof (typeof coreMessages)['nb'], SAMPLE_PARAMS);
        expect(text.trim(), `${locale}.${key}`).not.to.equal('');
        expect(text, `${locale}.${key}`).not.to.include('undefined');
        expect(text, `${locale}.${key}`).not.to.include('[object');
      }
    }
  });

  it('puts the parameters into the sentence', () => {
    expect(translate(coreMessages, 'nb', 'errorTimeout', { source: 'Fastlegen' })).to.equal('Fastlegen svarte ikke i tide.');
    expect(translate(coreMessages, 'nn', 'source', { name: 'Helse Bergen' })).to.equal('Frå Helse Bergen');
    expect(translate(coreMessages, 'en', 'errorNetwork', { source: 'Bergen kommune' })).to.equal('We could not reach Bergen kommune.');
  });

  it('nn and en are real translations, not copies of nb', () => {
    const differing = (locale: Locale) =>
      Object.keys(coreMessages.nb).filter(
        (key) =>
          translate(coreMessages, locale, key as keyof (typeof coreMessages)['nb'], SAMPLE_PARAMS) !==
          translate(coreMessages, 'nb', key as keyof (typeof coreMessages)['nb'], SAMPLE_PARAMS),
      ).length;
    expect(differing('en')).to.equal(Object.keys(coreMessages.nb).length);
    expect(differing('nn')).to.be.greaterThan(Object.keys(coreMessages.nb).length / 2);
  });
});

describe('fhirErrorMessage: what really happened, in plain language (one row per kind)', () => {
  const error = (kind: FhirErrorKind, status?: number, diagnostics?: string) => new FhirError(kind, 'hb', 'x', { status, diagnostics });
  const rows: Array<[what: string, error: unknown, nb: string, en: string]> = [
    ['no connection', error('network'), 'Vi fikk ikke kontakt med Helse Bergen.', 'We could not reach Helse Bergen.'],
    ['not a FhirError', new TypeError('boom'), 'Vi fikk ikke kontakt med Helse Bergen.', 'We could not reach Helse Bergen.'],
    ['timeout', error('timeout'), 'Helse Bergen svarte ikke i tide.', 'Helse Bergen did not answer in time.'],
    [
      '401 with diagnostics',
      error('auth', 401, 'Token expired'),
      'Helse Bergen godtok ikke innloggingen din. Du må kanskje logge inn på nytt. Melding fra Helse Bergen: «Token expired»',
      'Helse Bergen did not accept your login. You may need to log in again. Message from Helse Bergen: “Token expired”',
    ],
    [
      '403',
      error('forbidden', 403),
      'Helse Bergen gir deg ikke tilgang til dette, for eksempel når du ser informasjon på vegne av noen andre.',
      'Helse Bergen does not give you access to this, for example when you act on behalf of someone else.',
    ],
    [
      '503 with diagnostics',
      error('server', 503, 'Helse Bergen is not available right now'),
      'Helse Bergen har en feil akkurat nå. Melding fra Helse Bergen: «Helse Bergen is not available right now»',
      'Helse Bergen has a problem right now. Message from Helse Bergen: “Helse Bergen is not available right now”',
    ],
    ['malformed', error('malformed', 200), 'Vi forsto ikke svaret fra Helse Bergen.', 'We could not understand the answer from Helse Bergen.'],
    ['diagnostics without an answer are not shown', error('network', undefined, 'ECONNRESET'), 'Vi fikk ikke kontakt med Helse Bergen.', 'We could not reach Helse Bergen.'],
  ];
  for (const [what, err, nb, en] of rows) {
    it(what, () => {
      expect(fhirErrorMessage(err, 'Helse Bergen', 'nb')).to.equal(nb);
      expect(fhirErrorMessage(err, 'Helse Bergen', 'en')).to.equal(en);
      expect(fhirErrorMessage(err, 'Helse Bergen', 'nn')).to.not.equal(nb);
    });
  }

  it('fhirErrorDiagnostics gives plain, short text or nothing', () => {
    const said = (diagnostics: string) => fhirErrorDiagnostics(error('server', 500, diagnostics));
    expect(said('  Feil\n\ti  basen ')).to.equal('Feil i basen');
    // Markup is read as htmlToText reads it: a script's content is not text, entities are decoded.
    expect(said('<script>alert(1)</script>Feil')).to.equal('Feil');
    expect(said('<p>Ugyldig verdi</p><p>Pr&oslash;v igjen</p>')).to.equal('Ugyldig verdi. Prøv igjen');
    expect(said('a\u202Eb\u2066c\u200Fd')).to.equal('a b c d');
    expect(said('<br/> \u0000 ')).to.equal(undefined);
    const long = said('ord '.repeat(100))!;
    expect(long.length).to.be.at.most(160);
    expect(long.endsWith('ord…')).to.equal(true);
    expect(fhirErrorDiagnostics(new Error('x'))).to.equal(undefined);
    expect(said('login'), 'a bare issue code explains nothing').to.equal(undefined);
    expect(said('transient; Tjenesten er nede')).to.equal('Tjenesten er nede');
  });
});

describe('translate', () => {
  type Key = 'hello' | 'onlyNb' | 'greet';
  const catalogue = defineMessages<Key>({
    nb: { hello: 'Hei', onlyNb: 'Bare bokmål', greet: ({ who }) => `Hei, ${who}` },
    nn: { hello: 'Hei', greet: ({ who }: Record<string, string | number>) => `Hei, ${who}` } as unknown as Record<Key, string>,
    en: { hello: 'Hello', greet: ({ who }: Record<string, string | number>) => `Hello, ${who}` } as unknown as Record<Key, string>,
  });

  it('falls back to bokmål when a locale lacks the key', () => {
    expect(translate(catalogue, 'en', 'onlyNb')).to.equal('Bare bokmål');
    expect(translate(catalogue, 'nn', 'onlyNb')).to.equal('Bare bokmål');
  });

  it('falls back to the key itself, so nothing renders blank', () => {
    expect(translate(catalogue, 'en', 'missing' as Key)).to.equal('missing');
  });

  it('falls back to bokmål for a locale the catalogue does not have at all', () => {
    expect(translate(catalogue, 'se' as Locale, 'hello')).to.equal('Hei');
  });

  it('calls message functions with the parameters', () => {
    expect(translate(catalogue, 'en', 'greet', { who: 'Ola' })).to.equal('Hello, Ola');
  });

  it('works with a partial catalogue typed loosely', () => {
    const loose = { nb: { a: 'A' }, nn: {}, en: {} } as unknown as Catalogue<'a'>;
    expect(translate(loose, 'en', 'a')).to.equal('A');
  });
});

describe('formatDateTime', () => {
  it('uses Europe/Oslo, not the browser zone', () => {
    expect(TIME_ZONE).to.equal('Europe/Oslo');
    // Whatever zone the test runs in (UTC here), the formatted hour must be Norwegian time.
    expect(formatDateTime('2026-01-15T12:00:00Z', 'nb', 'time')).to.equal('13:00');
    expect(formatDateTime('2026-07-15T12:00:00Z', 'nb', 'time')).to.equal('14:00');
  });

  it('handles the spring switch to summer time (29 March 2026, 01:00 UTC)', () => {
    expect(formatDateTime('2026-03-29T00:30:00Z', 'nb', 'time')).to.equal('01:30');
    expect(formatDateTime('2026-03-29T01:30:00Z', 'nb', 'time')).to.equal('03:30');
  });

  it('handles the autumn switch back (25 October 2026, 01:00 UTC)', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z', 'nb', 'time')).to.equal('02:30');
    expect(formatDateTime('2026-10-25T01:30:00Z', 'nb', 'time')).to.equal('02:30');
  });

  it('gives the same text for the same instant written in any offset', () => {
    const instants = ['2026-03-29T01:30:00Z', '2026-03-29T03:30:00+02:00', '2026-03-28T20:30:00-05:00', '2026-03-29T07:00:00+05:30'];
    const styles: DateStyle[] = ['date', 'long-date', 'weekday-date', 'time', 'date-time'];
    for (const style of styles) {
      const outputs = new Set(instants.map((instant) => formatDateTime(instant, 'nb', style)));
      expect([...outputs], style).to.have.length(1);
    }
    expect(formatDateTime(new Date('2026-03-28T20:30:00-05:00'), 'nb', 'time')).to.equal('03:30');
  });

  it('shows the Oslo calendar day near midnight', () => {
    expect(formatDateTime('2026-05-16T22:30:00Z', 'nb', 'date')).to.match(/^17\./);
    expect(osloDayKey(new Date('2026-05-16T22:30:00Z'))).to.equal('2026-05-17');
    expect(osloDayKey(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(osloDayKey(new Date('2026-12-31T22:30:00Z'))).to.equal('2026-12-31');
  });

  it('writes nb, nn and en the way readers expect', () => {
    const instant = '2026-03-29T12:05:00Z';
    expect(formatDateTime(instant, 'nb', 'long-date')).to.equal('29. mars 2026');
    expect(formatDateTime(instant, 'nb', 'weekday-date')).to.equal('søndag 29. mars 2026');
    expect(formatDateTime(instant, 'nb', 'time')).to.equal('14:05');
    expect(formatDateTime(instant, 'en', 'long-date')).to.equal('29 March 2026');
    expect(formatDateTime(instant, 'en', 'weekday-date')).to.equal('Sunday, 29 March 2026');
    expect(formatDateTime(instant, 'en', 'time')).to.equal('14:05');
    // Nynorsk: Norwegian month names and 24-hour clock, never English (browsers without nn data fall back to bokmål).
    const nn = formatDateTime(instant, 'nn', 'weekday-date');
    expect(nn).to.equal('sundag 29. mars 2026');
    expect(formatDateTime('2026-03-28T12:00:00Z', 'nn', 'weekday-date')).to.equal('laurdag 28. mars 2026');
    expect(formatDateTime('2026-03-31T12:00:00Z', 'nn', 'weekday-date')).to.equal('tysdag 31. mars 2026');
    expect(formatDateTime('2026-03-30T12:00:00Z', 'nn', 'weekday-date')).to.equal('måndag 30. mars 2026');
    expect(formatDateTime(instant, 'nn', 'date-time')).to.include('14:05');
    expect(formatDateTime(instant, 'nn', 'date-time')).not.to.match(/PM|AM|Mar /);
    expect(intlLocale('nn')).to.match(/^(nn|nb|no)/);
    expect(intlLocale('nb')).to.match(/^(nb|no)/);
    expect(intlLocale('en')).to.equal('en-GB');
  });

  it('uses a 24-hour clock in every locale', () => {
    for (const locale of LOCALES) {
      expect(formatDateTime('2026-06-01T21:15:00Z', locale, 'time'), locale).to.equal('23:15');
      expect(formatDateTime('2026-06-01T22:15:00Z', locale, 'time'), locale).to.equal('00:15');
    }
  });

  it('gives an empty string for an unreadable date, never "Invalid Date" or a throw', () => {
    for (const locale of LOCALES) {
      expect(formatDateTime('not a date', locale, 'date')).to.equal('');
      expect(formatDateTime('', locale, 'date-time')).to.equal('');
      expect(formatDateTime(undefined, locale, 'time')).to.equal('');
      expect(formatDateTime(new Date(Number.NaN), locale, 'long-date')).to.equal('');
    }
  });
});

describe('formatList', () => {
  it('joins names with the locale’s word for "and"', () => {
    expect(formatList(['Helse Bergen'], 'nb')).to.equal('Helse Bergen');
    expect(formatList(['Helse Bergen', 'Fastlegen'], 'nb')).to.equal('Helse Bergen og Fastlegen');
    expect(formatList(['A', 'B', 'C'], 'nb')).to.equal('A, B og C');
    expect(formatList(['A', 'B', 'C'], 'nn')).to.equal('A, B og C');
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
    expect(formatList([], 'en')).to.equal('');
  });
});

describe('formatNumber', () => {
  /** [value, locale, decimals (undefined: the default, 3), text] */
  const CASES: Array<[number, Locale, number | undefined, string]> = [
    [4.6, 'nb', undefined, '4,6'],
    [4.6, 'nn', undefined, '4,6'],
    [4.6, 'en', undefined, '4.6'],
    [0.1234, 'nb', undefined, '0,123'],
    [1.25, 'en', 1, '1.3'],
    [1.25, 'nb', 1, '1,3'],
    [12, 'nb', 1, '12'],
    [-0.5, 'en', undefined, '-0.5'],
  ];
  for (const [value, locale, digits, text] of CASES) {
    it(`${value} in ${locale}${digits === undefined ? '' : `, ${digits} decimal`} -> ${text}`, () => {
      expect(formatNumber(value, locale, digits)).to.equal(text);
    });
  }

  it('reuses one formatter per locale and precision: the same text on every call, and a precision does not leak into another', () => {
    expect(formatNumber(1.23456, 'nb', 1)).to.equal('1,2');
    expect(formatNumber(1.23456, 'nb')).to.equal('1,235');
    expect(formatNumber(1.23456, 'nb', 1)).to.equal('1,2');
  });
});
