import { describe, it } from 'node:test';
import { expect } from 'chai';
import { absoluteUrl, fhirBaseUrl, handoffUrl, isBelowBase, isLoopbackHost, safeHttpsUrl } from '../../src/url-policy.js';

/** [URL from data, safeHttpsUrl, handoffUrl] (undefined: refused) */
const CASES: Array<[unknown, string | undefined, string | undefined]> = [
  ['https://helse-bergen.example/timer/1', 'https://helse-bergen.example/timer/1', 'https://helse-bergen.example/timer/1'],
  ['  https://helse-bergen.example/x  ', 'https://helse-bergen.example/x', 'https://helse-bergen.example/x'],
  ['HTTPS://Helse-Bergen.Example/X', 'https://helse-bergen.example/X', 'https://helse-bergen.example/X'],
  ['http://helse-bergen.example/x', undefined, undefined],
  ['http://127.0.0.1:5175/tasks/1', undefined, 'http://127.0.0.1:5175/tasks/1'],
  ['http://localhost:5175/', undefined, 'http://localhost:5175/'],
  ['http://[::1]:5175/', undefined, 'http://[::1]:5175/'],
  ['http://127.0.0.1.evil.example/', undefined, undefined],
  ['https://kari:secret@helse-bergen.example/', 'https://kari:secret@helse-bergen.example/', undefined],
  ['javascript:alert(1)', undefined, undefined],
  ['java\tscript:alert(1)', undefined, undefined],
  ['JaVaScRiPt:alert(1)', undefined, undefined],
  ['data:text/html,<script>alert(1)</script>', undefined, undefined],
  ['vbscript:msgbox', undefined, undefined],
  ['blob:https://helse-bergen.example/abc', undefined, undefined],
  ['file:///etc/passwd', undefined, undefined],
  ['//evil.example/x', undefined, undefined],
  ['/timer/1', undefined, undefined],
  ['timer/1', undefined, undefined],
  ['', undefined, undefined],
  [42, undefined, undefined],
  [null, undefined, undefined],
];

describe('core: URL policy (links and hand-offs from data)', () => {
  for (const [value, https, handoff] of CASES) {
    it(`${JSON.stringify(value)}: link ${https ?? 'refused'}, hand-off ${handoff ?? 'refused'}`, () => {
      expect(safeHttpsUrl(value)).to.equal(https);
      expect(handoffUrl(value)?.href).to.equal(handoff);
    });
  }

  it('absolute URLs only: a scheme-relative or relative URL would resolve against the page', () => {
    expect(absoluteUrl('https://a.example/x')?.href).to.equal('https://a.example/x');
    expect(absoluteUrl('mailto:kari@example.org')?.protocol).to.equal('mailto:');
    for (const value of ['//a.example/x', '/x', 'x', '?q', '#f']) expect(absoluteUrl(value), value).to.equal(undefined);
  });

  it('loopback hosts are the playground\'s three names and nothing that merely starts like them', () => {
    for (const host of ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]']) expect(isLoopbackHost(host), host).to.equal(true);
    for (const host of ['127.0.0.2', 'localhost.example', '127.0.0.1.nip.io', '0.0.0.0']) expect(isLoopbackHost(host), host).to.equal(false);
  });

  /** [FHIR base, URL, below it] */
  const BELOW: Array<[string, string, boolean]> = [
    ['https://fhir.example/r4', 'https://fhir.example/r4/Patient?name=x', true],
    ['https://fhir.example/r4/', 'https://fhir.example/r4/Binary/1', true],
    ['https://fhir.example/r4', 'https://fhir.example/r4', true],
    ['https://fhir.example/r4', 'https://fhir.example/r4?_getpages=abc&_getpagesoffset=20', true],
    ['https://fhir.example/', 'https://fhir.example/Patient', true],
    ['https://fhir.example/r4', 'https://fhir.example/r4-other/Patient', false],
    ['https://fhir.example/r4', 'https://fhir.example/other/r4/Patient', false],
    ['https://fhir.example/r4', 'https://evil.example/r4/Patient', false],
    ['https://fhir.example/r4', 'http://fhir.example/r4/Patient', false],
    ['https://fhir.example/r4', 'https://fhir.example:8443/r4/Patient', false],
  ];
  for (const [base, url, below] of BELOW) {
    it(`${url} is ${below ? '' : 'not '}below ${base}`, () => {
      expect(isBelowBase(new URL(url), fhirBaseUrl(base)!)).to.equal(below);
    });
  }
});
