import type { Appointment, Source } from '@hn-elements/core';
import { FhirClient } from '@hn-elements/core';
import { cancelledAppointment } from './model.js';

export interface CancelAppointmentOptions {
  signal?: AbortSignal;
  /** Per request, in ms. */
  timeoutMs?: number;
  /** For tests and hosts that bring their own `fetch`. */
  fetch?: typeof fetch;
}

/**
 * Cancels an appointment on its source, and resolves with what the server then says it is.
 *
 * 1. GET the appointment as it is now, with its ETag, so a change made elsewhere in the meantime
 *    is the one we build on, never the list's older copy;
 * 2. PUT it with status `cancelled` and the patient-portal reason (`cancelledAppointment`), with
 *    `If-Match` set to that ETag: if it changed again between the two, the server refuses (a
 *    `conflict` FhirError) instead of overwriting blindly.
 *
 * The PUT is never retried (a write). Rejects with a FhirError saying what went wrong.
 */
export async function cancelAppointment(source: Source, id: string, options: CancelAppointmentOptions = {}): Promise<Appointment> {
  const client = new FhirClient(source, { timeoutMs: options.timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const current = await client.read<Appointment>('Appointment', id, { signal: options.signal });
  const saved = await client.update(cancelledAppointment(current.resource), { ifMatch: current.etag, signal: options.signal });
  return saved.resource;
}
