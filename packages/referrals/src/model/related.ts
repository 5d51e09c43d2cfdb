import { conceptText, documentKind, isRecord, parseFhirDateTime, parseFhirInstant, readText, resolveReference } from '@hn-elements/core';
import type { Appointment, Communication, DocumentReference, LinkedAppointment, LinkedLetter, ServiceRequest } from './types.js';

// The appointments and letters the data links to a referral: `Appointment.basedOn`,
// `DocumentReference.context.related` (letters only, by core's documentKind) and
// `Communication.basedOn`, each resolved inside the referral's own source.

/** References (`reference` strings) in a list of Reference values, tolerant of shape. */
function referencesIn(list: unknown): string[] {
  return Array.isArray(list)
    ? list.map((r: unknown) => (isRecord(r) && typeof r['reference'] === 'string' ? r['reference'] : undefined)).filter((r): r is string => !!r)
    : [];
}

function pointsAt(references: readonly string[], request: ServiceRequest, index: ReadonlyMap<string, unknown>): boolean {
  const map = index as ReadonlyMap<string, ServiceRequest>;
  return references.some((reference) => resolveReference(map, reference, 'ServiceRequest') === request);
}

/** Earliest or newest first; a missing date sorts last either way. */
function undatedLast(a: Date | undefined, b: Date | undefined, order: 'earliest' | 'newest'): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return order === 'earliest' ? a.getTime() - b.getTime() : b.getTime() - a.getTime();
}

const HIDDEN_APPOINTMENTS = ['entered-in-error'];
const HIDDEN_DOCUMENTS = ['entered-in-error', 'superseded'];
const HIDDEN_MESSAGES = ['entered-in-error', 'preparation', 'not-done'];

/** Appointments based on the referral, soonest first (those without a readable start last). */
export function linkedAppointments(
  request: ServiceRequest,
  appointments: readonly Appointment[],
  index: ReadonlyMap<string, unknown>,
  keyPrefix: string,
): LinkedAppointment[] {
  return appointments
    .filter((a) => typeof a.id === 'string' && typeof a.status === 'string' && !HIDDEN_APPOINTMENTS.includes(a.status))
    .filter((a) => pointsAt(referencesIn(a.basedOn), request, index))
    .map((a): LinkedAppointment => {
      const start = parseFhirInstant(a.start);
      // As the appointment list names it (its service), and what it is about when that says more.
      const service = Array.isArray(a.serviceType) ? conceptText(a.serviceType[0]) : undefined;
      const description = readText(a.description);
      const title = service && description && description !== service ? `${service}: ${description}` : (service ?? description);
      return { key: `${keyPrefix}/${a.id}`, reference: `Appointment/${a.id}`, status: a.status, ...(start ? { start } : {}), ...(title ? { title } : {}) };
    })
    .sort((x, y) => undatedLast(x.start, y.start, 'earliest'));
}

/** Letters and messages about the referral, newest first (those without a readable date last). */
export function linkedLetters(
  request: ServiceRequest,
  documents: readonly DocumentReference[],
  messages: readonly Communication[],
  index: ReadonlyMap<string, unknown>,
  keyPrefix: string,
): LinkedLetter[] {
  const letters = documents
    .filter((d) => typeof d.id === 'string' && !HIDDEN_DOCUMENTS.includes(d.status as string) && documentKind(d) === 'letter')
    .filter((d) => pointsAt(referencesIn(isRecord(d.context) ? d.context['related'] : undefined), request, index))
    .map((d): LinkedLetter => {
      const attachment: unknown = Array.isArray(d.content) && isRecord(d.content[0]) ? d.content[0]['attachment'] : undefined;
      const title = readText(d.description) ?? (isRecord(attachment) ? readText(attachment['title']) : undefined) ?? conceptText(d.type);
      const date = parseFhirDateTime(d.date);
      return { key: `${keyPrefix}/DocumentReference/${d.id}`, reference: `DocumentReference/${d.id}`, kind: 'letter', ...(title ? { title } : {}), ...(date ? { date } : {}) };
    });
  const notes = messages
    .filter((m) => typeof m.id === 'string' && !HIDDEN_MESSAGES.includes(m.status as string))
    .filter((m) => pointsAt(referencesIn(m.basedOn), request, index))
    .map((m): LinkedLetter => {
      const title = conceptText(m.topic) ?? (Array.isArray(m.category) ? conceptText(m.category[0]) : undefined);
      const date = parseFhirDateTime(m.sent);
      return { key: `${keyPrefix}/Communication/${m.id}`, reference: `Communication/${m.id}`, kind: 'message', ...(title ? { title } : {}), ...(date ? { date } : {}) };
    });
  return [...letters, ...notes].sort((x, y) => undatedLast(x.date, y.date, 'newest'));
}
