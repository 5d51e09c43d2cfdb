import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '@hn-elements/core';
import { isWithheld, testResultsAccess } from '../../src/access.js';
import { testResultMessages } from '../../src/messages.js';
import { nn } from '../../src/messages-nn.js';
import { en } from '../../src/messages-en.js';

const WORDS = { nb: testResultMessages.catalogue.nb, nn, en };

const NOW = new Date('2026-12-02T10:00:00Z');
const KARI = { reference: 'Patient/kari', name: 'Kari Nordmann' };

function session(representation?: Session['representation']): Session {
  return { patient: representation?.person ?? KARI, actor: KARI, ...(representation ? { representation } : {}), locale: 'nb', sources: [], handoff: { allowedOrigins: [] } };
}
const child = (birthDate?: string) => ({ reference: 'Patient/ola', name: 'Ola Nordmann', ...(birthDate ? { birthDate } : {}) });

describe('testResultsAccess', () => {
  /** [who, session, outcome] */
  const CASES: Array<[string, Session | undefined, string]> = [
    ['the citizen', session(), 'allowed'],
    ['no session (bundle mode)', undefined, 'allowed'],
    ['a parent of an 11-year-old', session({ person: child('2015-09-03'), relation: 'parent', scopes: ['appointments', 'inbox', 'tools', 'journal'] }), 'allowed'],
    ['a parent, the child`s age not given', session({ person: child(), relation: 'parent', scopes: ['journal'] }), 'allowed'],
    ['a parent of a 13-year-old', session({ person: child('2013-05-01'), relation: 'parent', scopes: ['journal'] }), 'noAccessChild12to15'],
    ['a parent of a 16-year-old', session({ person: child('2010-06-01'), relation: 'parent', scopes: ['journal'] }), 'noAccessChild16'],
    ['a power of attorney without journal', session({ person: { reference: 'Patient/per', name: 'Per Hansen' }, relation: 'power-of-attorney', scopes: ['appointments', 'inbox', 'tools'] }), 'noAccessScope'],
    ['a power of attorney with journal', session({ person: { reference: 'Patient/per', name: 'Per Hansen' }, relation: 'power-of-attorney', scopes: ['journal'] }), 'allowed'],
  ];
  for (const [who, value, outcome] of CASES) {
    it(`${who}: ${outcome}`, () => {
      const access = testResultsAccess(value, NOW);
      expect(access.allowed ? 'allowed' : access.messageKey).to.equal(outcome);
      if (!access.allowed) for (const locale of ['nb', 'nn', 'en'] as const) expect(WORDS[locale][access.messageKey]).to.be.a('string');
    });
  }
});

describe('isWithheld', () => {
  const label = { system: 'urn:hn-elements:patient-release', code: 'withheld' };
  const CASES: Array<[string, unknown, boolean]> = [
    ['the label', { meta: { security: [label] } }, true],
    ['among others', { meta: { security: [{ system: 'x', code: 'y' }, label] } }, true],
    ['another code', { meta: { security: [{ ...label, code: 'released' }] } }, false],
    ['another system', { meta: { security: [{ ...label, system: 'urn:other' }] } }, false],
    ['as a tag, not a security label', { meta: { tag: [label] } }, false],
    ['security not a list', { meta: { security: label } }, false],
    ['no meta', {}, false],
    ['not a resource', 'withheld', false],
  ];
  for (const [what, resource, withheld] of CASES) it(`${what}: ${withheld}`, () => {
    expect(isWithheld(resource)).to.equal(withheld);
  });
});
