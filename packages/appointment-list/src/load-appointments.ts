import type { Bundle } from '@hn-elements/core';
import { FhirError, incompleteSources, readBundle, searchSources, type ResourceProblem, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
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

/** Bad entries that may have been appointments (included Locations etc. are not counted). */
function appointmentProblems(problems: readonly ResourceProblem[]): number {
  return problems.filter((p) => p.resourceType === undefined || p.resourceType === 'Appointment').length;
}

export { AllSourcesFailedError };

/** A host-supplied bundle -> list data. A value that is not a Bundle throws a `malformed` FhirError. */
export function appointmentsFromBundle(bundle: Bundle | unknown, now: Date): AppointmentData {
  let contents;
  try {
    contents = readBundle(bundle);
  } catch (cause) {
    throw new FhirError('malformed', 'bundle', 'The bundle is not a FHIR Bundle', { cause });
  }
  const mapped = toAppointmentViews(contents.resources, undefined, now);
  return { items: sortAppointments(mapped.items), skipped: appointmentProblems(contents.problems) + mapped.problems.length, failures: [], incomplete: [] };
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
  const failures = outcomes.filter((o): o is SourceFailure => !o.ok);
  if (outcomes.length > 0 && failures.length === outcomes.length) throw new AllSourcesFailedError(failures);
  const items: AppointmentView[] = [];
  let skipped = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const mapped = toAppointmentViews(outcome.resources, outcome.source, options.now);
    items.push(...mapped.items);
    skipped += appointmentProblems(outcome.problems) + mapped.problems.length;
  }
  return { patient: session.patient.reference, items: sortAppointments(items), skipped, failures, incomplete: incompleteSources(outcomes) };
}
