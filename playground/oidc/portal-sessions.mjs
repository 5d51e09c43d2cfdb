// The simulated Helsenorge portal's server-side state: who is logged in (one record per portal
// session, behind an HttpOnly cookie), whom that citizen acts for now, and the SMART launch ids
// the session asked for. A launch id is bound to the session that asked for it, to one registered
// app (client), to one task, is single use and short-lived. Time comes from `now`, so tests can
// move the clock instead of waiting.
import { randomBytes } from 'node:crypto';

/** The portal session cookie (HttpOnly). Playground only: a real portal has its own. */
export const PORTAL_COOKIE = 'hn_portal';
/** How long a launch id may wait for its authorization request. */
export const TICKET_TTL_MS = 2 * 60 * 1000;
/** How long a simulated portal login lasts. */
export const PORTAL_SESSION_TTL_MS = 8 * 60 * 60 * 1000;

const LAUNCH_ID = /^[A-Za-z0-9_-]{32,64}$/;

/**
 * @typedef {object} Person
 * @property {string} id            the provider's subject (`sub`), e.g. "kari"
 * @property {string} reference     FHIR reference, e.g. "Patient/kari"
 * @property {string} name
 * @property {string} pid           synthetic national identity number (never a real one)
 *
 * @typedef {object} RepresentationRight
 * @property {Person} person
 * @property {'parent' | 'power-of-attorney' | 'guardian'} relation
 * @property {string} [fhirUser]    the citizen in this role on the FHIR servers, e.g. "RelatedPerson/kari-for-ola"
 *
 * @typedef {object} Citizen
 * @property {Person} person
 * @property {RepresentationRight[]} rights   Helsenorge's register: whom this citizen may act for
 *
 * @typedef {object} PortalSession
 * @property {string} id
 * @property {Citizen} citizen
 * @property {RepresentationRight | null} representation  whom the citizen acts for now
 * @property {number} expires
 *
 * @typedef {object} Ticket
 * @property {string} sessionId     the portal session that asked for it
 * @property {string} citizenId
 * @property {string} clientId      the only app that may redeem it
 * @property {string} target        the deep link it was issued for
 * @property {string} [taskId]      the task in that deep link (/tasks/:taskId)
 * @property {string} [sourceId]    the FHIR source the launch is about
 * @property {RepresentationRight | null} representation
 * @property {number} expires
 */

/** @param {{ now?: () => number, sessionTtlMs?: number, ticketTtlMs?: number }} [options] */
export function createPortalState({ now = Date.now, sessionTtlMs = PORTAL_SESSION_TTL_MS, ticketTtlMs = TICKET_TTL_MS } = {}) {
  /** @type {Map<string, PortalSession>} */
  const sessions = new Map();
  /** @type {Map<string, Ticket>} */
  const tickets = new Map();

  function sweep() {
    const t = now();
    for (const [id, s] of sessions) if (s.expires <= t) sessions.delete(id);
    for (const [id, ticket] of tickets) if (ticket.expires <= t) tickets.delete(id);
  }

  return {
    ticketTtlMs,
    sessionTtlMs,
    /** @param {Citizen} citizen @param {string | undefined} existingId  keeps a live session of the same citizen */
    login(citizen, existingId) {
      sweep();
      const existing = existingId ? sessions.get(existingId) : undefined;
      if (existing && existing.citizen.person.id === citizen.person.id) return existing;
      if (existingId) sessions.delete(existingId);
      /** @type {PortalSession} */
      const session = { id: randomBytes(32).toString('base64url'), citizen, representation: null, expires: now() + sessionTtlMs };
      sessions.set(session.id, session);
      return session;
    },
    /** @param {string | undefined} id */
    session(id) {
      if (!id) return undefined;
      const session = sessions.get(id);
      if (!session || session.expires <= now()) return undefined;
      return session;
    },
    /** @param {Omit<Ticket, 'expires'>} ticket @returns {string} the launch id */
    issue(ticket) {
      sweep();
      const id = randomBytes(32).toString('base64url');
      tickets.set(id, { ...ticket, expires: now() + ticketTtlMs });
      return id;
    },
    /**
     * Takes a launch id out of the store (single use: any attempt uses it up) and checks it against
     * who redeems it. The reasons are meant for the app's error page.
     * @param {unknown} launch
     * @param {{ clientId: string, sessionId: string | undefined }} by
     * @returns {{ ticket: Ticket } | { error: string }}
     */
    redeem(launch, { clientId, sessionId }) {
      if (typeof launch !== 'string' || !LAUNCH_ID.test(launch)) return { error: 'launch is not a launch id issued by Helsenorge' };
      const ticket = tickets.get(launch);
      tickets.delete(launch);
      if (!ticket) return { error: 'launch is unknown or has already been used (a launch id works once)' };
      if (ticket.expires <= now()) return { error: 'launch has expired (it lives for a short while only); start again from Helsenorge' };
      if (ticket.clientId !== clientId) return { error: 'launch was issued for another app' };
      if (!sessionId || ticket.sessionId !== sessionId) return { error: 'launch belongs to another Helsenorge session (another citizen or another login)' };
      return { ticket };
    },
    get pendingTickets() {
      sweep();
      return tickets.size;
    },
  };
}
