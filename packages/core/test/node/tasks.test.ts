import { describe, it } from 'node:test';
import { expect } from 'chai';
import { TASK_CODE_SYSTEM, taskKind, type TaskKind } from '../../src/fhir/tasks.js';

/** [case, Task.code, the kind it must be] */
const CASES: Array<[string, unknown, TaskKind]> = [
  ['no code', undefined, 'citizen'],
  ['fulfill in the task-code system', { coding: [{ system: TASK_CODE_SYSTEM, code: 'fulfill' }] }, 'fulfilment'],
  ['fulfill beside another coding', { coding: [{ system: 'http://example.org', code: 'x' }, { system: TASK_CODE_SYSTEM, code: 'fulfill' }] }, 'fulfilment'],
  ["SDC's complete-questionnaire", { coding: [{ system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp', code: 'complete-questionnaire' }] }, 'citizen'],
  ['fulfill in another system is only a word', { coding: [{ system: 'http://example.org', code: 'fulfill' }] }, 'citizen'],
  ['fulfill without a system', { coding: [{ code: 'fulfill' }] }, 'citizen'],
  ['another task-code', { coding: [{ system: TASK_CODE_SYSTEM, code: 'approve' }] }, 'citizen'],
  ['text only', { text: 'fulfill' }, 'citizen'],
  ['coding is not a list', { coding: { system: TASK_CODE_SYSTEM, code: 'fulfill' } }, 'citizen'],
  ['codings of the wrong shape', { coding: [null, 'fulfill', 7] }, 'citizen'],
  ['code is a string', 'fulfill', 'citizen'],
];

describe('core: what a Task is (a fulfilment or the citizen\'s)', () => {
  for (const [name, code, kind] of CASES) {
    it(`${name}: ${kind}`, () => {
      expect(taskKind({ code })).to.equal(kind);
    });
  }

  it('survives a value that is no Task', () => {
    expect(taskKind(null as never)).to.equal('citizen');
  });
});
