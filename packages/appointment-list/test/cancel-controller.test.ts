// The cancel dialog's state machine and its write, apart from the element (which only renders it).
import { expect } from '@open-wc/testing';
import { FakeControllerHost } from '@hn-elements/test-support/controller-host.js';
import type { Appointment, Source } from '@hn-elements/core';
import { FhirError } from '@hn-elements/core';
import { CancelController, type CancelControllerOptions, type CancelFailure } from '../src/cancel-controller.js';
import type { cancelAppointment } from '../src/cancel-appointment.js';
import type { AppointmentView } from '../src/model.js';

const source: Source = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' };
const item = { key: 'helse-bergen/a1', id: 'a1', sourceId: 'helse-bergen', title: 'Kontroll' } as AppointmentView;

function setup(write: typeof cancelAppointment, overrides: Partial<CancelControllerOptions> = {}) {
  const host = new FakeControllerHost();
  const log: string[] = [];
  const failures: CancelFailure[] = [];
  const controller = new CancelController(host, {
    confirmed: () => true,
    sourceFor: () => source,
    timeoutMs: () => 1234,
    cancelled: (_item, saved) => log.push(`cancelled ${saved.status}`),
    failed: (failure) => failures.push(failure),
    write,
    ...overrides,
  });
  return { host, controller, log, failures };
}

describe('CancelController', () => {
  it('writes once confirmed, with the timeout, then closes and hands over the server’s answer', async () => {
    const calls: Array<[string, string, number | undefined]> = [];
    const { controller, log } = setup(async (to, id, options) => {
      calls.push([to.id, id, options?.timeoutMs]);
      return { resourceType: 'Appointment', id, status: 'cancelled', participant: [] } as Appointment;
    });
    controller.open(item);
    expect(controller.pending).to.equal(item);
    const done = controller.confirm();
    expect(controller.busy).to.equal(true);
    await done;
    expect(calls).to.deep.equal([['helse-bergen', 'a1', 1234]]);
    expect(log).to.deep.equal(['cancelled cancelled']);
    expect(controller.pending).to.equal(undefined);
    expect(controller.busy).to.equal(false);
  });

  it('sends nothing when the host takes over, or when there is no source to write to', async () => {
    let writes = 0;
    const write = async () => {
      writes += 1;
      return {} as Appointment;
    };
    for (const overrides of [{ confirmed: () => false }, { sourceFor: () => undefined }]) {
      const { controller, log } = setup(write, overrides);
      controller.open(item);
      await controller.confirm();
      expect(controller.pending).to.equal(undefined);
      expect(log).to.deep.equal([]);
    }
    expect(writes).to.equal(0);
  });

  it('keeps the dialog open with the error when the write fails, and can be confirmed again', async () => {
    const conflict = new FhirError('conflict', 'helse-bergen', 'HTTP 412', { status: 412 });
    let fail = true;
    const { controller, failures, log } = setup(async () => {
      if (fail) throw conflict;
      return { resourceType: 'Appointment', status: 'cancelled' } as Appointment;
    });
    controller.open(item);
    await controller.confirm();
    expect(controller.pending).to.equal(item);
    expect(controller.busy).to.equal(false);
    expect(controller.failure).to.deep.equal({ error: conflict, source });
    expect(failures).to.have.length(1);
    controller.close();
    expect(controller.pending, 'closing is allowed after a failure').to.equal(undefined);
    controller.open(item);
    expect(controller.failure, 'a new dialog starts without the old error').to.equal(undefined);
    fail = false;
    await controller.confirm();
    expect(log).to.deep.equal(['cancelled cancelled']);
  });

  it('aborts the write when the host is removed, and drops its result', async () => {
    let signal: AbortSignal | undefined;
    const { host, controller, log, failures } = setup(
      (_source, _id, options) =>
        new Promise<Appointment>((_resolve, reject) => {
          signal = options?.signal;
          signal?.addEventListener('abort', () => reject(new FhirError('aborted', 'helse-bergen', 'aborted')));
        }),
    );
    controller.open(item);
    const done = controller.confirm();
    expect(controller.busy).to.equal(true);
    controller.close();
    expect(controller.pending, 'no closing while the write is under way').to.equal(item);
    host.disconnect();
    await done;
    expect(signal?.aborted).to.equal(true);
    expect(log).to.deep.equal([]);
    expect(failures).to.deep.equal([]);
    expect(controller.busy).to.equal(false);
  });
});
