// "Endre time" deep links: where the citizen changes an appointment in the source's own booking
// app. Carried on the Appointment as a complex extension (docs/data-model.md, "Appointments").

/** Extension URL of the change link on an Appointment. */
export const APPOINTMENT_CHANGE_LINK = 'https://hn-elements.example.org/fhir/StructureDefinition/appointment-change-link';

/**
 * Origin of the booking app the links point at: the playground's demo vendor app. serve.mjs sets
 * HN_VENDOR_APP_ORIGIN when it starts the app on another port.
 */
export function bookingAppOrigin() {
  return (process.env.HN_VENDOR_APP_ORIGIN ?? 'http://127.0.0.1:5175').replace(/\/$/, '');
}

/**
 * Adds a change link to the named appointments. `smart: true` marks the app as a SMART app
 * (launched with `iss` and an opaque `launch` id); otherwise it is a plain deep link.
 * @template {import('@medplum/fhirtypes').Appointment} A
 * @param {A[]} appointments
 * @param {Record<string, { smart: boolean }>} links  appointment id -> kind of link
 * @returns {A[]}
 */
export function withChangeLinks(appointments, links) {
  return appointments.map((appointment) => {
    const link = appointment.id ? links[appointment.id] : undefined;
    if (!link) return appointment;
    return {
      ...appointment,
      extension: [
        ...(appointment.extension ?? []),
        {
          url: APPOINTMENT_CHANGE_LINK,
          extension: [
            { url: 'link', valueUrl: `${bookingAppOrigin()}/tasks/endre-time-${appointment.id}` },
            ...(link.smart ? [{ url: 'launch', valueCode: 'smart' }] : []),
          ],
        },
      ],
    };
  });
}
