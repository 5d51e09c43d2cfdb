import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Resource } from '@hn-elements/core';
import { osloDayKey } from '@hn-elements/core';
import { sortReferrals, toReferralViews, type ReferralState, type ReferralView } from '../../src/model.js';
import { NOW, referral, task, type TaskFacts } from '../fixtures.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen' };

function one(resources: unknown[], now = NOW): ReferralView {
  const { items, problems } = toReferralViews(resources as Resource[], SOURCE, now);
  expect(problems, 'problems').to.deep.equal([]);
  expect(items, 'items').to.have.length(1);
  return items[0]!;
}

const day = (date: Date | undefined) => (date ? osloDayKey(date) : undefined);

describe('referrals: the state and its timeline', () => {
  /** [case, ServiceRequest changes, Task (none: undefined), state, timeline states with their Oslo days] */
  const CASES: Array<[string, Record<string, unknown>, TaskFacts | undefined, ReferralState, Array<[ReferralState, string | undefined]>]> = [
    ['sent, no Task yet', {}, undefined, 'sent', [['sent', '2026-01-12']]],
    ['sent, no date given', { authoredOn: undefined }, undefined, 'sent', [['sent', undefined]]],
    ['a send date that is not a date is left out', { authoredOn: '2026-02-30' }, undefined, 'sent', [['sent', undefined]]],
    ['received (business status)', {}, { business: 'received', steps: [['received', '2026-01-14']] }, 'received', [['sent', '2026-01-12'], ['received', '2026-01-14']]],
    ['being assessed: an earlier step without its date', {}, { business: 'in-assessment', steps: [['in-assessment', '2026-01-20']] }, 'in-assessment', [['sent', '2026-01-12'], ['received', undefined], ['in-assessment', '2026-01-20']]],
    ['assessed', {}, { business: 'assessed', steps: [['received', '2026-01-14'], ['in-assessment', '2026-01-15'], ['assessed', '2026-01-22']] }, 'assessed', [['sent', '2026-01-12'], ['received', '2026-01-14'], ['in-assessment', '2026-01-15'], ['assessed', '2026-01-22']]],
    ['appointment given', {}, { business: 'appointment-given', steps: [['appointment-given', '2026-02-01']] }, 'appointment-given', [['sent', '2026-01-12'], ['received', undefined], ['in-assessment', undefined], ['assessed', undefined], ['appointment-given', '2026-02-01']]],
    ['completed by the request', { status: 'completed' }, { business: 'appointment-given' }, 'completed', [['sent', '2026-01-12'], ['received', undefined], ['in-assessment', undefined], ['assessed', undefined], ['appointment-given', undefined], ['completed', undefined]]],
    ['rejected by the Task, whatever its business status says', {}, { status: 'rejected', business: 'appointment-given', steps: [['received', '2026-01-13'], ['rejected', '2026-01-19']] }, 'rejected', [['sent', '2026-01-12'], ['received', '2026-01-13'], ['rejected', '2026-01-19']]],
    ['withdrawn by the referrer (revoked)', { status: 'revoked' }, { business: 'in-assessment', steps: [['received', '2026-01-13'], ['withdrawn', '2026-01-16']] }, 'withdrawn', [['sent', '2026-01-12'], ['received', '2026-01-13'], ['withdrawn', '2026-01-16']]],
    ['withdrawn: the Task was cancelled', {}, { status: 'cancelled' }, 'withdrawn', [['sent', '2026-01-12'], ['withdrawn', undefined]]],
    ['Task status only: received', {}, { status: 'received' }, 'received', [['sent', '2026-01-12'], ['received', undefined]]],
    ['Task status only: accepted means being assessed', {}, { status: 'accepted' }, 'in-assessment', [['sent', '2026-01-12'], ['received', undefined], ['in-assessment', undefined]]],
    ['an unknown business status falls back to the Task status', {}, { status: 'received', business: 'lost-in-the-mail' }, 'received', [['sent', '2026-01-12'], ['received', undefined]]],
    ['a Task in error is ignored', {}, { status: 'entered-in-error', business: 'assessed' }, 'sent', [['sent', '2026-01-12']]],
    ['a Task about another referral is ignored', {}, { focus: 'ServiceRequest/other', business: 'assessed' }, 'sent', [['sent', '2026-01-12']]],
    ['a Task without the fulfil code is the citizen\'s, not the referral\'s state', {}, { business: 'assessed', extra: { code: { text: 'Fyll ut skjema' } } }, 'sent', [['sent', '2026-01-12']]],
    ['a step with an unknown state or an impossible date gives no date', {}, { business: 'received', steps: [['teleported', '2026-01-13'], ['received', '2026-13-01']] }, 'received', [['sent', '2026-01-12'], ['received', undefined]]],
    ['on hold still waits', { status: 'on-hold' }, undefined, 'sent', [['sent', '2026-01-12']]],
  ];
  for (const [name, changes, facts, state, steps] of CASES) {
    it(name, () => {
      const view = one([referral(changes), ...(facts ? [task(facts)] : [])]);
      expect(view.state).to.equal(state);
      expect(view.steps.map((s) => [s.state, day(s.date)])).to.deep.equal(steps);
      expect(view.steps.filter((s) => s.current).map((s) => s.state)).to.deep.equal([state]);
      expect(view.open).to.equal(!['completed', 'rejected', 'withdrawn'].includes(state));
    });
  }

  it('the Task changed last carries the state when there are several', () => {
    const view = one([
      referral(),
      task({ id: 'old', business: 'received', lastModified: '2026-01-14T10:00:00+01:00' }),
      task({ id: 'new', business: 'assessed', lastModified: '2026-01-22T10:00:00+01:00' }),
    ]);
    expect(view.state).to.equal('assessed');
  });
});

describe('referrals: rights, deadline and what the citizen can do', () => {
  const HELFO = 'https://helfo.example.org/fristbrudd/r1';
  const CHOICE = 'https://velg.example.org/behandlingssted?henvisning=r1';
  /** [case, Task, deadline day, passed, broken, free choice, links kept] */
  const CASES: Array<[string, TaskFacts, string | undefined, boolean, boolean, boolean, { help?: string; choice?: string }]> = [
    ['a right with a deadline still to come', { business: 'assessed', assessment: 'right', deadline: '2026-04-20', choiceLink: CHOICE, deadlineLink: HELFO }, '2026-04-20', false, false, true, { choice: CHOICE }],
    ['deadline today has not passed', { business: 'assessed', assessment: 'right', deadline: '2026-03-10' }, '2026-03-10', false, false, true, {}],
    ['deadline yesterday is broken while waiting', { business: 'assessed', assessment: 'right', deadline: '2026-03-09', deadlineLink: HELFO }, '2026-03-09', true, true, true, { help: HELFO }],
    ['a passed deadline of a completed referral is not broken', { status: 'completed', business: 'completed', assessment: 'right', deadline: '2026-02-01', deadlineLink: HELFO }, '2026-02-01', true, false, false, {}],
    ['no right: no free choice, no deadline', { business: 'assessed', assessment: 'no-right', noRightReason: { code: 'no-need' }, choiceLink: CHOICE }, undefined, false, false, false, {}],
    ['not yet assessed: free choice, no deadline', { business: 'in-assessment', choiceLink: CHOICE }, undefined, false, false, true, { choice: CHOICE }],
    ['a hostile link is dropped, the right stays', { business: 'assessed', assessment: 'right', deadline: '2026-03-01', deadlineLink: 'javascript:alert(1)', choiceLink: 'http://velg.example.org/' }, '2026-03-01', true, true, true, {}],
  ];
  for (const [name, facts, deadline, passed, broken, choice, links] of CASES) {
    it(name, () => {
      const view = one([referral(), task(facts)]);
      const assessment = view.assessment;
      if (deadline) {
        expect(assessment?.right).to.equal(true);
        if (assessment?.right) {
          expect(day(assessment.deadline)).to.equal(deadline);
          expect(assessment.deadlinePassed).to.equal(passed);
        }
      }
      expect(view.actions.deadlineBroken).to.equal(broken);
      expect(view.actions.freeChoice).to.equal(choice);
      expect(view.actions.deadlineHelp?.href).to.equal(links.help);
      expect(view.actions.freeChoiceLink?.href).to.equal(links.choice);
    });
  }

  it('the deadline is an Oslo day: late evening in Oslo on the deadline day has not passed it', () => {
    const lateEvening = new Date('2026-03-09T22:30:00Z'); // 23:30 in Oslo, 9 March
    const view = one([referral(), task({ business: 'assessed', assessment: 'right', deadline: '2026-03-09' })], lateEvening);
    expect(view.assessment?.right && view.assessment.deadlinePassed).to.equal(false);
    const afterMidnight = new Date('2026-03-09T23:05:00Z'); // 00:05 in Oslo, 10 March
    const later = one([referral(), task({ business: 'assessed', assessment: 'right', deadline: '2026-03-09' })], afterMidnight);
    expect(later.assessment?.right && later.assessment.deadlinePassed).to.equal(true);
  });

  it('an appointment held by the deadline means the deadline was kept; a cancelled one does not', () => {
    const facts: TaskFacts = { business: 'appointment-given', assessment: 'right', deadline: '2026-03-01' };
    const appointment = (status: string, start: string) => ({ resourceType: 'Appointment', id: `a-${status}`, status, start, basedOn: [{ reference: 'ServiceRequest/r1' }], participant: [] });
    expect(one([referral(), task(facts), appointment('fulfilled', '2026-02-27T09:00:00+01:00')]).actions.deadlineBroken).to.equal(false);
    expect(one([referral(), task(facts), appointment('cancelled', '2026-02-27T09:00:00+01:00')]).actions.deadlineBroken).to.equal(true);
    expect(one([referral(), task(facts), appointment('booked', '2026-03-20T09:00:00+01:00')]).actions.deadlineBroken).to.equal(true);
  });

  /** [case, deadline value, shown day, unreadable] */
  const DEADLINES: Array<[string, unknown, string | undefined, boolean]> = [
    ['a date', '2026-04-20', '2026-04-20', false],
    ['a dateTime', '2026-04-20T00:00:00+02:00', '2026-04-20', false],
    ['30 February', '2026-02-30', undefined, true],
    ['only a month is no deadline day', '2026-04', undefined, true],
    ['a number', 20260420, undefined, true],
    ['script', '<script>alert(1)</script>', undefined, true],
  ];
  for (const [name, value, shown, unreadable] of DEADLINES) {
    it(`deadline: ${name}`, () => {
      const view = one([referral(), task({ business: 'assessed', assessment: 'right', deadline: value })]);
      expect(view.assessment?.right).to.equal(true);
      if (!view.assessment?.right) return;
      expect(day(view.assessment.deadline)).to.equal(shown);
      expect(view.assessment.deadlineUnreadable).to.equal(unreadable);
      expect(view.actions.deadlineBroken).to.equal(false);
    });
  }

  /** [case, reason, reasonCode, reasonText] */
  const NO_RIGHT: Array<[string, TaskFacts['noRightReason'], string | undefined, string | undefined]> = [
    ['coded: no need', { code: 'no-need' }, 'no-need', undefined],
    ['coded: another service, with the source\'s words', { code: 'other-service', text: 'Kommunens fysioterapeut kan hjelpe deg.' }, 'other-service', 'Kommunens fysioterapeut kan hjelpe deg.'],
    ['an unknown code keeps only the words', { code: 'because', text: '  Fordi.  ' }, undefined, 'Fordi.'],
    ['no reason at all', undefined, undefined, undefined],
  ];
  for (const [name, reason, code, text] of NO_RIGHT) {
    it(`no right: ${name}`, () => {
      const view = one([referral(), task({ business: 'assessed', assessment: 'no-right', noRightReason: reason })]);
      expect(view.assessment).to.deep.equal({ right: false, ...(code ? { reasonCode: code } : {}), ...(text ? { reasonText: text } : {}) });
    });
  }

  it('an assessment code nobody knows is not guessed at', () => {
    expect(one([referral(), task({ business: 'assessed', assessment: 'maybe' })]).assessment).to.equal(undefined);
  });

  /** [value, UCUM code, expected] */
  const WAITS: Array<[unknown, string, string | undefined, string?]> = [
    [12, 'wk', '12 weeks'],
    [45, 'd', '45 days'],
    [3, 'mo', '3 months'],
    [2.5, 'wk', undefined],
    [-1, 'wk', undefined],
    ['12', 'wk', undefined],
    [12, 'h', undefined],
    [12, 'wk', undefined, 'urn:other'],
    [10_000, 'wk', undefined],
  ];
  for (const [value, code, expected, system] of WAITS) {
    it(`expected wait ${JSON.stringify(value)} ${code}${system ? ` in ${system}` : ''}: ${expected ?? 'not shown'}`, () => {
      const view = one([referral(), task({ business: 'in-assessment', wait: { value, code, ...(system ? { system } : {}) } })]);
      expect(view.expectedWait ? `${view.expectedWait.value} ${view.expectedWait.unit}` : undefined).to.equal(expected);
    });
  }

  it('no expected wait once the referral is closed', () => {
    expect(one([referral({ status: 'completed' }), task({ wait: { value: 4, code: 'wk' } })]).expectedWait).to.equal(undefined);
  });
});

describe('referrals: who, to whom, why', () => {
  it('reads names from displays, the referenced resources, the Task owner and the condition', () => {
    const view = one([
      referral({ requester: { reference: 'PractitionerRole/gp-role' }, performer: [{ reference: 'Organization/x' }], reasonCode: undefined, reasonReference: [{ reference: 'Condition/c1' }], note: [{ text: 'Haster litt.' }, { text: 42 } as never] }),
      { resourceType: 'PractitionerRole', id: 'gp-role', practitioner: { reference: 'Practitioner/gp' } },
      { resourceType: 'Practitioner', id: 'gp', name: [{ given: ['Anne'], family: 'Lie' }] },
      { resourceType: 'Condition', id: 'c1', code: { text: 'Hjertebank' }, subject: { reference: 'Patient/kari' } },
      task({ extra: { owner: { display: 'Hjertepoliklinikken' } } }),
    ]);
    expect(view.referredBy).to.equal('Anne Lie');
    expect(view.referredTo).to.equal('Hjertepoliklinikken');
    expect(view.reason).to.equal('Hjertebank');
    expect(view.notes).to.deep.equal(['Haster litt.']);
    expect(view.title).to.equal('Utredning av hjertebank');
    expect(view.key).to.equal('helse-bergen/r1');
    expect(view.sourceName).to.equal('Helse Bergen');
    expect(view.language).to.equal('nb');
  });

  it('text from a source loses unpaired bidi controls and keeps its language', () => {
    const view = one([referral({ language: 'nn', code: { text: 'Tilvising\u202E fdp.exe' } })]);
    expect(view.title).to.equal('Tilvising fdp.exe');
    expect(view.language).to.equal('nn');
  });

  it('in a host\'s bundle the key starts with bundle/ and the referrer attributes it', () => {
    const { items } = toReferralViews([referral()] as Resource[], undefined, NOW);
    expect(items[0]!.key).to.equal('bundle/r1');
    expect(items[0]!.sourceName).to.equal('Fastlege Anne Lie');
  });
});

describe('referrals: what is not a referral, and what cannot be shown', () => {
  /** [case, resource, shown ids, problems as [id, reason]] */
  const CASES: Array<[string, unknown, string[], Array<[string | undefined, string]>]> = [
    ['a lab order (no referral category) is not a referral', referral({ category: [{ coding: [{ system: 'http://snomed.info/sct', code: '108252007' }] }] }), [], []],
    ['no category at all', referral({ category: undefined }), [], []],
    ['a category that is not a list', referral({ category: { coding: [] } as never }), [], []],
    ['a draft was never sent', referral({ status: 'draft' }), [], []],
    ['entered in error is never shown', referral({ status: 'entered-in-error' }), [], []],
    ['an unknown status is a problem', referral({ status: 'lost' as never }), [], [['r1', 'unknown status']]],
    ['no id is a problem', referral({ id: undefined }), [], [[undefined, 'missing id']]],
    ['hostile shapes everywhere are read as nothing', referral({ code: 42 as never, requester: 'Practitioner/1' as never, performer: {} as never, reasonCode: 'x' as never, note: 'x' as never, extension: 7 as never }), ['r1'], []],
  ];
  for (const [name, resource, ids, problems] of CASES) {
    it(name, () => {
      const result = toReferralViews([resource] as Resource[], SOURCE, NOW);
      expect(result.items.map((i) => i.id)).to.deep.equal(ids);
      expect(result.problems.map((p) => [p.id, p.reason])).to.deep.equal(problems);
    });
  }

  const HOSTILE_TASKS: Array<[string, Record<string, unknown>]> = [
    ['output is not a list', { output: 'right' }],
    ['output entries of every wrong shape', { output: [null, 1, 'x', { type: 'assessment' }, { type: { coding: 'x' } }, { type: { coding: [null, { system: 1 }] } }] }],
    ['extension is an object', { extension: { url: 'x' } }],
    ['step extensions of wrong shapes', { extension: [null, { url: 'https://hn-elements.example.org/fhir/StructureDefinition/referral-step', extension: 'x' }, { url: 'https://hn-elements.example.org/fhir/StructureDefinition/referral-step', extension: [null, { url: 'state', valueCode: {} }] }] }],
    ['businessStatus is a string', { businessStatus: 'assessed' }],
    ['focus is a string', { focus: 'ServiceRequest/r1' }],
    ['status is a number', { status: 3 }],
  ];
  for (const [name, extra] of HOSTILE_TASKS) {
    it(`a hostile Task does not break the referral: ${name}`, () => {
      const view = one([referral(), task({ extra })]);
      expect(view.id).to.equal('r1');
      expect(view.steps[0]!.state).to.equal('sent');
    });
  }
});

describe('referrals: appointments and letters the data links', () => {
  const resources = [
    referral(),
    referral({ id: 'r2' }),
    { resourceType: 'Appointment', id: 'a1', status: 'booked', start: '2026-03-20T09:00:00+01:00', serviceType: [{ text: 'Hjerteundersøkelse' }], description: 'Ultralyd av hjertet', basedOn: [{ reference: 'ServiceRequest/r1' }], participant: [] },
    { resourceType: 'Appointment', id: 'a0', status: 'fulfilled', start: '2026-02-20T09:00:00+01:00', description: 'Kontroll', basedOn: [{ reference: 'https://fhir.helse-bergen.example/ServiceRequest/r1' }], participant: [] },
    { resourceType: 'Appointment', id: 'a-err', status: 'entered-in-error', start: '2026-02-21T09:00:00+01:00', basedOn: [{ reference: 'ServiceRequest/r1' }], participant: [] },
    { resourceType: 'Appointment', id: 'a-other', status: 'booked', start: '2026-03-21T09:00:00+01:00', basedOn: [{ reference: 'ServiceRequest/r2' }], participant: [] },
    { resourceType: 'Appointment', id: 'a-hostile', status: 'booked', start: '2026-03-22T09:00:00+01:00', basedOn: 'ServiceRequest/r1', participant: [] },
    { resourceType: 'DocumentReference', id: 'd1', status: 'current', date: '2026-02-01T10:00:00+01:00', description: 'Innkalling til hjerteundersøkelse', category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter' }] }], context: { related: [{ reference: 'ServiceRequest/r1' }] }, content: [] },
    { resourceType: 'DocumentReference', id: 'd-journal', status: 'current', date: '2026-02-02T10:00:00+01:00', description: 'Poliklinisk notat', category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'journal' }] }], context: { related: [{ reference: 'ServiceRequest/r1' }] }, content: [] },
    { resourceType: 'DocumentReference', id: 'd-old', status: 'superseded', date: '2026-01-30T10:00:00+01:00', category: [{ text: 'Brev' }], context: { related: [{ reference: 'ServiceRequest/r1' }] }, content: [] },
    { resourceType: 'Communication', id: 'm1', status: 'completed', sent: '2026-01-25T10:00:00+01:00', topic: { text: 'Spørsmål om henvisningen' }, basedOn: [{ reference: 'ServiceRequest/r1' }] },
  ];

  it('links appointments by basedOn and letters by context.related or basedOn, inside the source', () => {
    const { items } = toReferralViews(resources as Resource[], SOURCE, NOW);
    const r1 = items.find((i) => i.id === 'r1')!;
    expect(r1.appointments.map((a) => [a.key, a.status, a.title])).to.deep.equal([
      ['helse-bergen/a0', 'fulfilled', 'Kontroll'],
      ['helse-bergen/a1', 'booked', 'Hjerteundersøkelse: Ultralyd av hjertet'],
    ]);
    expect(r1.letters.map((l) => [l.reference, l.kind, l.title])).to.deep.equal([
      ['DocumentReference/d1', 'letter', 'Innkalling til hjerteundersøkelse'],
      ['Communication/m1', 'message', 'Spørsmål om henvisningen'],
    ]);
    const r2 = items.find((i) => i.id === 'r2')!;
    expect(r2.appointments.map((a) => a.reference)).to.deep.equal(['Appointment/a-other']);
    expect(r2.letters).to.deep.equal([]);
  });
});

describe('referrals: order', () => {
  it('referrals under way first, then closed ones, each newest sent first', () => {
    const { items } = toReferralViews(
      [
        referral({ id: 'old-open', authoredOn: '2025-10-01' }),
        referral({ id: 'closed-new', status: 'completed', authoredOn: '2026-02-01' }),
        referral({ id: 'new-open', authoredOn: '2026-02-10' }),
        referral({ id: 'undated-open', authoredOn: undefined }),
      ] as Resource[],
      SOURCE,
      NOW,
    );
    expect(sortReferrals(items).map((i) => i.id)).to.deep.equal(['new-open', 'old-open', 'undated-open', 'closed-new']);
  });
});
