// Small helpers that turn short descriptions into FHIR R4 resources, so the
// per-source seed files read like a list of facts rather than JSON.

import { people } from './people.mjs';
import { addMinutes, minutesFrom, osloTime } from './time.mjs';
import { letterPdfBase64 } from './pdf.mjs';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').Appointment} Appointment
 * @typedef {{ reference: string, display?: string }} Reference
 * @typedef {import('./people.mjs').PersonKey} PersonKey
 */

export const PARTICIPATION_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
export const LOCATION_PHYSICAL_TYPE = 'http://terminology.hl7.org/CodeSystem/location-physical-type';
export const BOOKING_ID_SYSTEM = 'urn:hn-elements:source-booking';
export const THREAD_ID_SYSTEM = 'urn:hn-elements:thread';
const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** How the citizen meets the service. */
const MODES = {
  'in-person': { system: PARTICIPATION_MODE, code: 'FACE', display: 'face-to-face' },
  video: { system: PARTICIPATION_MODE, code: 'VIDEOCONF', display: 'videoconferencing' },
  phone: { system: PARTICIPATION_MODE, code: 'PHONE', display: 'telephone' },
};

/** @typedef {keyof typeof MODES} MeetingMode */

/**
 * @typedef {object} AppointmentFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {Appointment['status']} status
 * @property {{ day: number, time: string, weekdaysOnly?: boolean } | { minutesFromNow: number } | { requested: { fromDay: number, toDay: number } }} when
 * @property {number} minutes  duration
 * @property {MeetingMode} mode
 * @property {string} serviceType  plain Norwegian name of the service
 * @property {string} description  what the appointment is about
 * @property {string} [specialty]
 * @property {{ reference: string, display: string }} [practitioner]
 * @property {{ reference: string, display: string }} [location]
 * @property {{ reference: string, display: string }} [service]
 * @property {string} [instruction]  patientInstruction: how to prepare
 * @property {string} [cancelReason]
 * @property {number} [createdDaysAgo]
 */

/**
 * One source's resource factory. Everything it makes points at the source's own
 * Organization and uses the seed moment `now`.
 * @param {{ now: Date, code: string, organization: { reference: string, display: string } }} context
 */
export function sourceBuilder({ now, code, organization }) {
  let bookingNumber = 100;

  /**
   * @param {string} id
   * @param {{ given: string, family: string, title: string, prefix?: string }} facts
   * @returns {Resource}
   */
  function practitioner(id, { given, family, title, prefix }) {
    return {
      resourceType: 'Practitioner',
      id,
      active: true,
      name: [{ text: `${given} ${family}`, given: [given], family, ...(prefix ? { prefix: [prefix] } : {}) }],
      qualification: [{ code: { text: title } }],
    };
  }

  /**
   * A place with a street address.
   * @param {string} id
   * @param {{ name: string, line: string, postalCode: string, city?: string, description?: string, physicalType?: 'bu' | 'wi' | 'ro' | 'ho' | 'si' }} facts
   * @returns {Resource}
   */
  function location(id, { name, line, postalCode, city = 'Bergen', description, physicalType = 'bu' }) {
    return {
      resourceType: 'Location',
      id,
      status: 'active',
      mode: 'instance',
      name,
      ...(description ? { description } : {}),
      physicalType: { coding: [{ system: LOCATION_PHYSICAL_TYPE, code: physicalType }] },
      address: { use: 'work', type: 'physical', text: `${line}, ${postalCode} ${city}`, line: [line], postalCode, city, country: 'NO' },
      managingOrganization: organization,
    };
  }

  /**
   * A virtual meeting room. It has no address, only the link to the room.
   * @param {string} id
   * @param {{ name: string, url: string }} facts
   * @returns {Resource}
   */
  function videoRoom(id, { name, url }) {
    return {
      resourceType: 'Location',
      id,
      status: 'active',
      mode: 'instance',
      name,
      description: 'Digitalt møterom. Du får lenken på denne siden.',
      physicalType: { coding: [{ system: LOCATION_PHYSICAL_TYPE, code: 'vi', display: 'Virtual' }] },
      telecom: [{ system: 'url', value: url }],
      managingOrganization: organization,
    };
  }

  /**
   * @param {string} id
   * @param {{ name: string, type: string, phone?: string, locations?: string[], comment?: string }} facts
   * @returns {Resource}
   */
  function service(id, { name, type, phone, locations = [], comment }) {
    return {
      resourceType: 'HealthcareService',
      id,
      active: true,
      providedBy: organization,
      type: [{ text: type }],
      name,
      ...(comment ? { comment } : {}),
      ...(phone ? { telecom: [{ system: 'phone', value: phone, use: 'work' }] } : {}),
      location: locations.map((reference) => ({ reference })),
      appointmentRequired: true,
    };
  }

  /**
   * @param {AppointmentFacts} facts
   * @returns {Appointment}
   */
  function appointment(facts) {
    const patient = people[facts.patient];
    bookingNumber += 1;
    /** @type {Date | undefined} */
    let start;
    /** @type {Appointment['requestedPeriod']} */
    let requestedPeriod;
    if ('minutesFromNow' in facts.when) {
      start = minutesFrom(now, facts.when.minutesFromNow);
    } else if ('requested' in facts.when) {
      requestedPeriod = [
        {
          start: osloTime(now, facts.when.requested.fromDay, '08:00').toISOString(),
          end: osloTime(now, facts.when.requested.toDay, '16:00').toISOString(),
        },
      ];
    } else {
      start = osloTime(now, facts.when.day, facts.when.time, { weekdaysOnly: facts.when.weekdaysOnly ?? true });
    }
    const waiting = facts.status === 'proposed' || facts.status === 'pending';

    /** @type {NonNullable<Appointment['participant']>} */
    const participant = [
      {
        type: [{ coding: [{ system: PARTICIPATION_TYPE, code: 'SBJ', display: 'subject' }] }],
        actor: { reference: patient.reference, display: patient.name },
        required: 'required',
        status: waiting ? 'needs-action' : facts.status === 'cancelled' ? 'declined' : 'accepted',
      },
    ];
    if (facts.practitioner) {
      participant.push({
        type: [{ coding: [{ system: PARTICIPATION_TYPE, code: 'PPRF', display: 'primary performer' }] }],
        actor: facts.practitioner,
        required: 'required',
        status: 'accepted',
      });
    }
    if (facts.location) participant.push({ actor: facts.location, required: 'required', status: 'accepted' });
    if (facts.service) participant.push({ actor: facts.service, required: 'information-only', status: 'accepted' });

    const created = new Date(now.getTime() - (facts.createdDaysAgo ?? 30) * 24 * 60 * 60 * 1000);
    return {
      resourceType: 'Appointment',
      id: facts.id,
      identifier: [{ system: BOOKING_ID_SYSTEM, value: `${code}-${String(bookingNumber).padStart(6, '0')}` }],
      status: facts.status,
      ...(facts.cancelReason ? { cancelationReason: { text: facts.cancelReason } } : {}),
      serviceType: [{ text: facts.serviceType }],
      ...(facts.specialty ? { specialty: [{ text: facts.specialty }] } : {}),
      appointmentType: { coding: [MODES[facts.mode]], text: { 'in-person': 'Oppmøte', video: 'Video', phone: 'Telefon' }[facts.mode] },
      description: facts.description,
      ...(start
        ? { start: start.toISOString(), end: addMinutes(start, facts.minutes).toISOString() }
        : {}),
      minutesDuration: facts.minutes,
      ...(requestedPeriod ? { requestedPeriod } : {}),
      created: (created < now ? created : now).toISOString(),
      ...(facts.instruction ? { patientInstruction: facts.instruction } : {}),
      participant,
    };
  }

  /**
   * A message in a thread. Messages in the same thread share the thread id and
   * `topic`; a reply points at the message it answers with `inResponseTo`.
   * Unread messages have no `received` time.
   * @param {{ id: string, thread: string, topic: string, from: Reference, to: Reference, sentDaysAgo: number, text: string, read: boolean, inResponseTo?: string, about?: string, attachment?: string }} facts
   * @returns {Resource}
   */
  function message(facts) {
    const sent = minutesFrom(now, -facts.sentDaysAgo * 24 * 60);
    return {
      resourceType: 'Communication',
      id: facts.id,
      identifier: [{ system: THREAD_ID_SYSTEM, value: facts.thread }],
      status: 'completed',
      category: [{ text: 'Melding' }],
      subject: { reference: people.kari.reference, display: people.kari.name },
      topic: { text: facts.topic },
      ...(facts.about ? { about: [{ reference: facts.about }] } : {}),
      ...(facts.inResponseTo ? { inResponseTo: [{ reference: `Communication/${facts.inResponseTo}` }] } : {}),
      sender: facts.from,
      recipient: [facts.to],
      sent: sent.toISOString(),
      ...(facts.read ? { received: addMinutes(sent, 90).toISOString() } : {}),
      payload: [
        { contentString: facts.text },
        ...(facts.attachment ? [{ contentReference: { reference: facts.attachment } }] : []),
      ],
    };
  }

  /**
   * A document for Kari: plain text, HTML or a PDF letter.
   * @param {{ id: string, type: string, loinc?: string, title: string, daysAgo: number, author: Reference, format: 'text' | 'html' | 'pdf', text: string[] }} facts
   * @returns {Resource}
   */
  function document(facts) {
    const date = minutesFrom(now, -facts.daysAgo * 24 * 60);
    /** @type {{ contentType: string, data: string }} */
    let attachment;
    if (facts.format === 'pdf') {
      attachment = { contentType: 'application/pdf', data: letterPdfBase64(facts.title, facts.text) };
    } else if (facts.format === 'html') {
      attachment = { contentType: 'text/html', data: Buffer.from(facts.text.join('\n'), 'utf8').toString('base64') };
    } else {
      attachment = { contentType: 'text/plain; charset=utf-8', data: Buffer.from(facts.text.join('\n'), 'utf8').toString('base64') };
    }
    return {
      resourceType: 'DocumentReference',
      id: facts.id,
      status: 'current',
      docStatus: 'final',
      type: {
        ...(facts.loinc ? { coding: [{ system: 'http://loinc.org', code: facts.loinc }] } : {}),
        text: facts.type,
      },
      subject: { reference: people.kari.reference, display: people.kari.name },
      date: date.toISOString(),
      author: [facts.author],
      custodian: organization,
      description: facts.title,
      content: [{ attachment: { ...attachment, title: facts.title, language: 'nb', creation: date.toISOString() } }],
    };
  }

  /**
   * A line in the access log: someone opened Kari's journal.
   * @param {{ id: string, who: string, role: string, daysAgo: number, time: string, system: string, reason?: string }} facts
   * @returns {Resource}
   */
  function access(facts) {
    const recorded = osloTime(now, -facts.daysAgo, facts.time);
    return {
      resourceType: 'AuditEvent',
      id: facts.id,
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'Restful Operation' },
      subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read', display: 'read' }],
      action: 'R',
      recorded: (recorded < now ? recorded : now).toISOString(),
      outcome: '0',
      purposeOfEvent: [{ text: facts.reason ?? 'Helsehjelp' }],
      agent: [
        {
          type: { text: facts.role },
          who: { display: facts.who },
          name: facts.who,
          requestor: true,
        },
      ],
      source: { observer: { display: facts.system } },
      entity: [{ what: { reference: people.kari.reference, display: people.kari.name }, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' } }],
    };
  }

  return { practitioner, location, videoRoom, service, appointment, message, document, access };
}

/**
 * Turns a resource into a `{ reference, display }` for use in another resource.
 * @param {Resource & { name?: unknown }} resource
 * @returns {{ reference: string, display: string }}
 */
export function refTo(resource) {
  /** @type {string} */
  let display = resource.id ?? '';
  const name = /** @type {{ name?: unknown }} */ (resource).name;
  if (typeof name === 'string') display = name;
  else if (Array.isArray(name) && name[0]?.text) display = name[0].text;
  return { reference: `${resource.resourceType}/${resource.id}`, display };
}
