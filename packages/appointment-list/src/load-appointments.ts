import type { Bundle } from '@hn-elements/core';
import { itemsFromBundle, itemsFromOutcomes, searchSources, type ResourceReading, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
import { sortAppointments, toAppointmentViews, type AppointmentView } from './model.js';

/** What the list has to show after a load: merged items, how many were skipped, which sources failed. */
export interface AppointmentData {
  /** Whose appointments these are (live mode), so another person's are never shown during a reload. */
  patient?: string;
  items: AppointmentView[];
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

/** Appointments from resources; bad entries that may have been appointments count (included Locations etc. do not). */
function appointmentReading(now: Date): ResourceReading<AppointmentView> {
  return { types: ['Appointment'], read: (resources, source) => toAppointmentViews(resources, source, now) };
}

export { AllSourcesFailedError };

/** A host-supplied bundle -> list data. A value that is not a Bundle throws a `malformed` FhirError. */
export function appointmentsFromBundle(bundle: Bundle | unknown, now: Date): AppointmentData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, appointmentReading(now));
  return { items: sortAppointments(items), skipped, failures, incomplete };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  now: Date;
  timeoutMs?: number;
  retries?: number;
}

/** Fetches appointments for the session's patient from every source at once and merges them. */
export async function appointmentsFromSources(session: Session, options: LiveLoadOptions): Promise<AppointmentData> {
  const outcomes = await searchSources(
    session.sources,
    'Appointment',
    { patient: session.patient.reference, _include: 'Appointment:actor', _count: 50 },
    { signal: options.signal, timeoutMs: options.timeoutMs, retries: options.retries },
  );
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, appointmentReading(options.now));
  return { patient: session.patient.reference, items: sortAppointments(items), skipped, failures, incomplete };
}
