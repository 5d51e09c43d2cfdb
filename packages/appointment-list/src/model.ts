import type { Appointment, HealthcareService, Location, Organization, Practitioner, Resource } from '@hn-elements/core';
import { conceptText, indexByReference, readText, resourceName, parseFhirInstant, readHandoffLink, readPeriod, resolveReference, safeHttpsUrl, type HandoffLink, type ResourceProblem } from '@hn-elements/core';

/** Appointment statuses as FHIR R4 names them. */
export type AppointmentStatus = NonNullable<Appointment['status']>;

const KNOWN_STATUSES: readonly AppointmentStatus[] = [
  'proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error', 'checked-in', 'waitlist',
];

export type AppointmentMode = 'in-person' | 'video' | 'phone';

export const PARTICIPATION_MODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
export const LOCATION_PHYSICAL_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/location-physical-type';
export const CANCELLATION_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
/**
 * Complex extension on Appointment: where the citizen changes this appointment in the source's own
 * booking app. Sub-extensions: `link` (valueUrl, the pre-registered deep link; required) and
 * `launch` (valueCode `smart`: a SMART app, launched with `iss` and an opaque `launch` id).
 */
export const APPOINTMENT_CHANGE_LINK = 'https://hn-elements.example.org/fhir/StructureDefinition/appointment-change-link';

/** A hand-off target for "change": performed by <hn-handoff-launcher>, which checks it against the allowlist. */
export type ChangeLinkView = HandoffLink;

export interface PlaceView {
  name: string;
  address?: string;
}

/** What the list shows about one appointment. Built only by `toAppointmentViews`. */
export interface AppointmentView {
  /** Unique across sources: `<sourceId>/<id>`. */
  key: string;
  id: string;
  sourceId: string;
  /** Who the appointment is with, for attribution ("Fra Helse Bergen"). */
  sourceName: string;
  status: AppointmentStatus;
  start: Date;
  end?: Date;
  /** True when the time is only a requested period (`requestedPeriod`): no exact time yet. */
  tentative: boolean;
  title: string;
  description?: string;
  mode: AppointmentMode;
  /** Only an absolute https URL, else undefined. */
  videoUrl?: string;
  place?: PlaceView;
  practitioner?: string;
  organization?: string;
  preparation?: string;
  /** Why it was cancelled, when the source says so in words. */
  cancellationReason?: string;
  timing: 'upcoming' | 'past';
  /** Citizen may cancel: a future appointment that is booked, pending or proposed. */
  cancellable: boolean;
  /** "Endre time": a deep link into the source's booking app, for the same appointments as cancel. */
  changeLink?: ChangeLinkView;
  /** The resource as the server gave it, for the update. */
  resource: Appointment;
}

export interface SourceInfo {
  id: string;
  name: string;
}

export interface MappedAppointments {
  items: AppointmentView[];
  problems: ResourceProblem[];
}

const CANCELLABLE: readonly AppointmentStatus[] = ['booked', 'pending', 'proposed'];
/** Statuses that may lack an exact time and carry only the period the citizen or clinic asked for. */
const MAY_BE_UNSCHEDULED: readonly AppointmentStatus[] = ['proposed', 'pending', 'waitlist'];
/** Statuses the citizen should never see as a plan: data-entry errors are hidden. */
const HIDDEN: readonly AppointmentStatus[] = ['entered-in-error'];


function addressText(location: Location): string | undefined {
  const address = location.address;
  if (!address || typeof address !== 'object') return undefined;
  if (readText(address.text)) return readText(address.text);
  const street = Array.isArray(address.line) ? address.line.filter((l) => typeof l === 'string').join(', ') : undefined;
  const city = [address.postalCode, address.city].filter((part) => typeof part === 'string').join(' ');
  return readText([street, city].filter(Boolean).join(', '));
}

function isVirtual(location: Location): boolean {
  const codings = location.physicalType?.coding;
  return Array.isArray(codings) && codings.some((c) => c?.system === LOCATION_PHYSICAL_TYPE_SYSTEM && c.code === 'vi');
}

function modeOf(appointment: Appointment, locations: Location[]): AppointmentMode {
  const codings = appointment.appointmentType?.coding;
  const code = Array.isArray(codings) ? codings.find((c) => c?.system === PARTICIPATION_MODE_SYSTEM)?.code : undefined;
  if (code === 'VIDEOCONF') return 'video';
  if (code === 'PHONE') return 'phone';
  return locations.some(isVirtual) ? 'video' : 'in-person';
}

/**
 * The change link when it is usable (see core's readHandoffLink): the launcher then checks the
 * origin against the session's allowlist and refuses the rest visibly.
 */
export function changeLinkOf(appointment: Appointment): ChangeLinkView | undefined {
  return readHandoffLink(appointment, APPOINTMENT_CHANGE_LINK).link;
}

function participants(appointment: Appointment): string[] {
  if (!Array.isArray(appointment.participant)) return [];
  return appointment.participant
    .map((p) => (p && typeof p.actor?.reference === 'string' ? p.actor.reference : undefined))
    .filter((ref): ref is string => ref !== undefined);
}

function problemFor(index: number, appointment: Partial<Appointment>, reason: string): ResourceProblem {
  return { index, resourceType: 'Appointment', id: typeof appointment.id === 'string' ? appointment.id : undefined, reason };
}

/**
 * FHIR resources from one source (Appointments plus what they reference) -> view models.
 * Appointments that cannot be shown truthfully (no id, unknown status, no valid start) become problems.
 */
export function toAppointmentViews(resources: readonly Resource[], source: SourceInfo | undefined, now: Date): MappedAppointments {
  const index = indexByReference(resources);
  const items: AppointmentView[] = [];
  const problems: ResourceProblem[] = [];
  resources.forEach((resource, position) => {
    if (resource.resourceType !== 'Appointment') return;
    const appointment = resource as Appointment;
    if (typeof appointment.id !== 'string') return void problems.push(problemFor(position, appointment, 'missing id'));
    if (!KNOWN_STATUSES.includes(appointment.status as AppointmentStatus)) {
      return void problems.push(problemFor(position, appointment, 'unknown status'));
    }
    if (HIDDEN.includes(appointment.status)) return;
    const requested = Array.isArray(appointment.requestedPeriod) ? appointment.requestedPeriod[0] : undefined;
    const exactStart = parseFhirInstant(appointment.start);
    const tentative = !exactStart && MAY_BE_UNSCHEDULED.includes(appointment.status) && parseFhirInstant(requested?.start) !== undefined;
    const period = readPeriod(tentative ? requested : { start: appointment.start, end: appointment.end }, parseFhirInstant);
    const start = period.start;
    if (!start) return void problems.push(problemFor(position, appointment, 'missing or invalid start'));
    if (period.problem === 'invalid-end') return void problems.push(problemFor(position, appointment, 'invalid end'));
    if (period.problem === 'end-before-start') return void problems.push(problemFor(position, appointment, 'end before start'));
    const end = period.end;

    const refs = participants(appointment);
    const locations = refs.map((ref) => resolveReference<Location>(index, ref, 'Location')).filter((l): l is Location => !!l);
    const practitioner = refs.map((ref) => resolveReference<Practitioner>(index, ref, 'Practitioner')).find(Boolean);
    const service = refs.map((ref) => resolveReference<HealthcareService>(index, ref, 'HealthcareService')).find(Boolean);
    const physical = locations.find((l) => !isVirtual(l));
    const virtual = locations.find(isVirtual);
    const organization =
      resolveReference<Organization>(index, service?.providedBy?.reference, 'Organization') ??
      resolveReference<Organization>(index, physical?.managingOrganization?.reference, 'Organization');

    const mode = modeOf(appointment, locations);
    const videoUrl =
      mode === 'video'
        ? safeHttpsUrl(Array.isArray(virtual?.telecom) ? virtual.telecom.find((t) => t?.system === 'url')?.value : undefined)
        : undefined;
    const serviceType = Array.isArray(appointment.serviceType) ? conceptText(appointment.serviceType[0]) : undefined;
    const organizationName = readText(organization?.name);
    const title = serviceType ?? readText(service?.name) ?? readText(appointment.description) ?? organizationName ?? '';
    const timing = (end ?? start).getTime() >= now.getTime() ? 'upcoming' : 'past';
    const physicalName = readText(physical?.name);
    const cancellable = timing === 'upcoming' && start.getTime() > now.getTime() && CANCELLABLE.includes(appointment.status);
    const changeLink = cancellable ? changeLinkOf(appointment) : undefined;

    items.push({
      key: `${source?.id ?? 'bundle'}/${appointment.id}`,
      id: appointment.id,
      sourceId: source?.id ?? '',
      sourceName: source?.name ?? organizationName ?? '',
      status: appointment.status,
      start,
      end,
      tentative,
      title,
      description: readText(appointment.description) !== title ? readText(appointment.description) : undefined,
      mode,
      videoUrl,
      place: physical && physicalName ? { name: physicalName, address: addressText(physical) } : undefined,
      practitioner: resourceName(practitioner),
      organization: organizationName,
      preparation: readText(appointment.patientInstruction),
      cancellationReason: appointment.status === 'cancelled' ? conceptText(appointment.cancelationReason) : undefined,
      timing,
      cancellable,
      ...(changeLink ? { changeLink } : {}),
      resource: appointment,
    });
  });
  return { items, problems };
}

/** Upcoming soonest first, then past most recent first. */
export function sortAppointments(items: readonly AppointmentView[]): AppointmentView[] {
  const upcoming = items.filter((i) => i.timing === 'upcoming').sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = items.filter((i) => i.timing === 'past').sort((a, b) => b.start.getTime() - a.start.getTime());
  return [...upcoming, ...past];
}

/** The resource to PUT when the citizen cancels: status and reason set, nothing else touched. */
export function cancelledAppointment(appointment: Appointment): Appointment {
  return {
    ...appointment,
    status: 'cancelled',
    cancelationReason: {
      coding: [{ system: CANCELLATION_REASON_SYSTEM, code: 'pat-cpp', display: 'Patient: Canceled via Patient Portal' }],
    },
  };
}
