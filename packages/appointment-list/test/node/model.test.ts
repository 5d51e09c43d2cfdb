import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Appointment, Resource } from '@medplum/fhirtypes';
import { cancelledAppointment, sortAppointments, toAppointmentViews } from '../../src/model.js';
import { appointmentsFromBundle } from '../../src/load-appointments.js';
import { appointment, bundleOf, location, NOW, organization, practitioner, service, standardBundle, videoRoom } from '../fixtures.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen' };

describe('toAppointmentViews', () => {
  it('maps an in-person appointment with place, practitioner, organisation and preparation', () => {
    const resources = standardBundle().entry!.map((e) => e.resource!) as Resource[];
    const { items, problems } = toAppointmentViews(resources, SOURCE, NOW);
    expect(problems).to.deep.equal([]);
    const first = items.find((i) => i.id === 'a1')!;
    expect(first.key).to.equal('helse-bergen/a1');
    expect(first.sourceName).to.equal('Helse Bergen');
    expect(first.title).to.equal('Kontroll hos øyelege');
    expect(first.mode).to.equal('in-person');
    expect(first.place).to.deep.equal({ name: 'Øyepoliklinikken', address: 'Jonas Lies vei 72, 5021 Bergen' });
    expect(first.practitioner).to.equal('Ingrid Berg');
    expect(first.organization).to.equal('Haukeland universitetssjukehus');
    expect(first.preparation).to.match(/^Møt 15 minutter før/);
    expect(first.timing).to.equal('upcoming');
    expect(first.cancellable).to.equal(true);
  });

  it('recognises video appointments and keeps only https links', () => {
    const { items } = toAppointmentViews(standardBundle().entry!.map((e) => e.resource!), SOURCE, NOW);
    const video = items.find((i) => i.id === 'a2')!;
    expect(video.mode).to.equal('video');
    expect(video.videoUrl).to.equal('https://video.example.org/room/abc123');

    const hostileRoom = { ...videoRoom, telecom: [{ system: 'url' as const, value: 'javascript:alert(1)' }] };
    const hostile = toAppointmentViews(
      [appointment({ id: 'v', participant: [{ actor: { reference: 'Location/video' }, status: 'accepted' }] }), hostileRoom],
      SOURCE,
      NOW,
    ).items[0]!;
    expect(hostile.mode).to.equal('video');
    expect(hostile.videoUrl).to.equal(undefined);
  });

  it('makes an appointment a problem when its times cannot be true', () => {
    const { items, problems } = toAppointmentViews(
      [
        appointment({ id: 'feb-30', start: '2030-02-30T10:00:00Z', end: '2030-02-30T10:30:00Z' }),
        appointment({ id: 'apr-31', start: '2030-04-31T10:00:00+02:00', end: '2030-04-31T10:30:00+02:00' }),
        appointment({ id: 'ends-first', start: '2030-03-01T11:00:00Z', end: '2030-03-01T10:00:00Z' }),
        appointment({ id: 'bad-end', start: '2030-03-01T11:00:00Z', end: '2030-03-01T25:00:00Z' }),
        appointment({ id: 'fine', start: '2030-03-01T11:00:00Z', end: '2030-03-01T11:00:00Z' }),
      ],
      SOURCE,
      NOW,
    );
    expect(items.map((i) => i.id)).to.deep.equal(['fine']);
    expect(problems.map((p) => [p.id, p.reason])).to.deep.equal([
      ['feb-30', 'missing or invalid start'],
      ['apr-31', 'missing or invalid start'],
      ['ends-first', 'end before start'],
      ['bad-end', 'invalid end'],
    ]);
  });

  it('recognises phone appointments', () => {
    const phone = appointment({
      id: 'p',
      appointmentType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'PHONE' }] },
    });
    expect(toAppointmentViews([phone], SOURCE, NOW).items[0]!.mode).to.equal('phone');
  });

  it('splits upcoming from past at `now` and offers cancel only for future booked, pending or proposed ones', () => {
    const resources = [
      appointment({ id: 'future-booked' }),
      appointment({ id: 'future-pending', status: 'pending' }),
      appointment({ id: 'future-cancelled', status: 'cancelled' }),
      appointment({ id: 'past', status: 'booked', start: '2026-11-19T09:00:00Z', end: '2026-11-19T09:30:00Z' }),
      appointment({ id: 'running', status: 'arrived', start: '2026-11-20T08:45:00Z', end: '2026-11-20T09:15:00Z' }),
    ];
    const byId = Object.fromEntries(toAppointmentViews(resources, SOURCE, NOW).items.map((i) => [i.id, i]));
    expect(byId['future-booked']!.cancellable).to.equal(true);
    expect(byId['future-pending']!.cancellable).to.equal(true);
    expect(byId['future-cancelled']!.cancellable).to.equal(false);
    expect(byId['past']!.timing).to.equal('past');
    expect(byId['past']!.cancellable).to.equal(false);
    expect(byId['running']!.timing).to.equal('upcoming');
    expect(byId['running']!.cancellable).to.equal(false);
  });

  it('turns appointments it cannot show truthfully into problems, and hides entered-in-error', () => {
    const resources = [
      appointment({ id: 'ok' }),
      { ...appointment({ id: 'no-status' }), status: 'maybe' } as unknown as Appointment,
      appointment({ id: 'no-start', start: undefined }),
      appointment({ id: 'bad-start', start: '24.11.2026 kl 10' }),
      appointment({ id: 'date-only', start: '2026-11-24' }),
      appointment({ id: 'error', status: 'entered-in-error' }),
      { resourceType: 'Appointment', status: 'booked', start: '2026-11-24T09:00:00Z' } as Appointment,
    ];
    const { items, problems } = toAppointmentViews(resources, SOURCE, NOW);
    expect(items.map((i) => i.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.reason)).to.deep.equal([
      'unknown status',
      'missing or invalid start',
      'missing or invalid start',
      'missing or invalid start',
      'missing id',
    ]);
  });

  it('shows a proposed appointment with only a requested period as tentative', () => {
    const proposed = appointment({
      id: 'later',
      status: 'proposed',
      start: undefined,
      end: undefined,
      requestedPeriod: [{ start: '2026-12-20T00:00:00Z', end: '2027-01-20T00:00:00Z' }],
    });
    const booked = appointment({ id: 'no-time', status: 'booked', start: undefined, requestedPeriod: [{ start: '2026-12-20T00:00:00Z' }] });
    const { items, problems } = toAppointmentViews([proposed, booked], SOURCE, NOW);
    expect(items.map((i) => [i.id, i.tentative, i.timing])).to.deep.equal([['later', true, 'upcoming']]);
    expect(items[0]!.end?.toISOString()).to.equal('2027-01-20T00:00:00.000Z');
    expect(problems.map((p) => p.id)).to.deep.equal(['no-time']);
  });

  it('carries the cancellation reason in words for cancelled appointments', () => {
    const cancelled = appointment({ id: 'c', status: 'cancelled', cancelationReason: { text: 'Legen var syk.' } });
    expect(toAppointmentViews([cancelled], SOURCE, NOW).items[0]!.cancellationReason).to.equal('Legen var syk.');
  });

  it('survives participants and references of the wrong shape', () => {
    const odd = appointment({
      id: 'odd',
      participant: [null, { actor: { reference: 42 } }, { actor: { reference: 'Location/poliklinikk' } }, { actor: { reference: 'Practitioner/missing' } }] as unknown as Appointment['participant'],
      serviceType: 'not a list' as unknown as Appointment['serviceType'],
    });
    const { items } = toAppointmentViews([odd, location, organization, practitioner, service], SOURCE, NOW);
    expect(items).to.have.length(1);
    expect(items[0]!.place?.name).to.equal('Øyepoliklinikken');
    expect(items[0]!.practitioner).to.equal(undefined);
    expect(items[0]!.title).to.equal('Haukeland universitetssjukehus');
  });

  it('keeps hostile text as text: the model never creates markup', () => {
    const hostile = appointment({ id: 'x', serviceType: [{ text: '<img src=x onerror="window.__pwned=1">' }] });
    expect(toAppointmentViews([hostile], SOURCE, NOW).items[0]!.title).to.equal('<img src=x onerror="window.__pwned=1">');
  });
});

describe('sortAppointments', () => {
  it('puts upcoming soonest first, then past most recent first', () => {
    const { items } = toAppointmentViews(
      [
        appointment({ id: 'later', start: '2026-12-24T09:00:00Z', end: undefined }),
        appointment({ id: 'soon', start: '2026-11-21T09:00:00Z', end: undefined }),
        appointment({ id: 'long-ago', start: '2025-01-01T09:00:00Z', end: undefined }),
        appointment({ id: 'recent', start: '2026-11-01T09:00:00Z', end: undefined }),
      ],
      SOURCE,
      NOW,
    );
    expect(sortAppointments(items).map((i) => i.id)).to.deep.equal(['soon', 'later', 'recent', 'long-ago']);
  });
});

describe('cancelledAppointment', () => {
  it('sets status and a patient-portal reason and keeps everything else', () => {
    const original = appointment({ id: 'c', meta: { versionId: '3' } });
    const cancelled = cancelledAppointment(original);
    expect(cancelled.status).to.equal('cancelled');
    expect(cancelled.cancelationReason?.coding?.[0]?.code).to.equal('pat-cpp');
    expect({ ...cancelled, status: original.status, cancelationReason: undefined }).to.deep.equal({ ...original, cancelationReason: undefined });
    expect(original.status).to.equal('booked');
  });
});

describe('appointmentsFromBundle', () => {
  it('counts bad entries as skipped and keeps the good ones', () => {
    const data = appointmentsFromBundle(bundleOf([appointment({ id: 'good' }), null, { resourceType: 'Appointment', id: 'bad id!' }, 'text', practitioner]), NOW);
    expect(data.items.map((i) => i.id)).to.deep.equal(['good']);
    expect(data.skipped).to.equal(3);
  });

  it('throws a malformed error for something that is not a Bundle', () => {
    for (const value of [null, 'Bundle', { resourceType: 'Patient' }, [], 42]) {
      expect(() => appointmentsFromBundle(value, NOW)).to.throw(/not a FHIR Bundle/);
    }
  });
});
