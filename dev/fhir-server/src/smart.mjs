// SMART on FHIR for the dev server: the discovery document at each base, the CapabilityStatement's
// oauth-uris, and — on the SMART-protected bases only — the bearer token check.
//
// The access token is the authorization server's JWT (RFC 9068, `typ: at+jwt`), verified with
// `jose` against the issuer's JWKS: signature, issuer, expiry and audience = this FHIR base.
// It must carry `patient` (the person in context) and patient scopes (SMART v1 `.read`, v2
// `.r`/`.s`/`.rs`). Then:
//   - no token, or one that fails verification      401 with WWW-Authenticate: Bearer
//   - a type or interaction the scopes do not grant 403 (error="insufficient_scope")
//   - a resource outside the patient's compartment  403
//   - a search of a patient's data that does not name the patient in context   403
//   - anything that writes, or an operation ($...)  403 (read-only)
// Shared, impersonal resources (Organization, Practitioner, Location, ...) may be read with a scope
// for their type. Searches are filtered again afterwards (included resources too).

/** Resource types that are no one's personal data: readable with a scope for their type. */
const SHARED_TYPES = new Set(['Organization', 'Practitioner', 'PractitionerRole', 'Location', 'HealthcareService', 'Questionnaire', 'ActivityDefinition']);

/** For each type holding personal data: the references that put a resource in a patient's compartment. */
/** @typedef {{ reference?: string } | undefined} Ref */
const COMPARTMENT = /** @type {Record<string, (r: any) => Ref[]>} */ ({
  Patient: (r) => [{ reference: `Patient/${r.id}` }],
  RelatedPerson: (r) => [r.patient],
  Appointment: (r) => (r.participant ?? []).map((/** @type {any} */ p) => p.actor),
  Communication: (r) => [r.subject, r.sender, ...(r.recipient ?? [])],
  DocumentReference: (r) => [r.subject],
  Task: (r) => [r.for],
  AuditEvent: (r) => [...(r.entity ?? []).map((/** @type {any} */ e) => e.what), ...(r.agent ?? []).map((/** @type {any} */ a) => a.who)],
  CarePlan: (r) => [r.subject],
  Composition: (r) => [r.subject],
});

/** Search parameters that limit a search of a type to one patient. */
const PATIENT_PARAMS = /** @type {Record<string, string[]>} */ ({
  Patient: ['_id'],
  RelatedPerson: ['patient'],
  Appointment: ['patient', 'actor'],
  Communication: ['patient', 'subject', 'recipient', 'sender'],
  DocumentReference: ['patient', 'subject'],
  Task: ['patient', 'subject'],
  AuditEvent: ['patient'],
  CarePlan: ['patient', 'subject'],
  Composition: ['patient', 'subject'],
});

/** The resource types the dev server holds (the CapabilityStatement lists them). */
export const RESOURCE_TYPES = Object.freeze([...Object.keys(COMPARTMENT), ...SHARED_TYPES]);

const OAUTH_URIS = 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris';

/**
 * The CapabilityStatement's `rest[0].security` for a base.
 * @param {Record<string, any> | undefined} configuration  the SMART configuration, if any
 * @param {boolean} checked  whether this base checks tokens
 */
export function securityStatement(configuration, checked) {
  if (!configuration) return { description: 'Bearer tokens are accepted but not checked.' };
  return {
    cors: true,
    service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }], text: 'OAuth2 using SMART-on-FHIR profile' }],
    description: checked
      ? 'SMART App Launch: a bearer token from the issuer is required; access is limited to the patient in context and the granted patient scopes.'
      : 'SMART App Launch discovery for the playground. This base is open: tokens are accepted but not checked (the SMART-protected base checks them).',
    extension: [
      {
        url: OAUTH_URIS,
        extension: [
          { url: 'authorize', valueUri: configuration.authorization_endpoint },
          { url: 'token', valueUri: configuration.token_endpoint },
          ...(configuration.management_endpoint ? [{ url: 'manage', valueUri: configuration.management_endpoint }] : []),
        ],
      },
    ],
  };
}

/**
 * "Patient/ola", "ola" or "http://x/fhir/Patient/ola" -> is it this patient?
 * @param {unknown} value @param {string} patient
 */
function namesPatient(value, patient) {
  const text = String(value ?? '');
  return text === patient || text === `Patient/${patient}` || text.endsWith(`/Patient/${patient}`);
}

/**
 * Is this resource in the patient's compartment (or shared, impersonal data)?
 * @param {any} resource @param {string} patient
 */
export function visibleTo(resource, patient) {
  if (!resource || typeof resource !== 'object') return false;
  if (resource.resourceType === 'OperationOutcome' || SHARED_TYPES.has(resource.resourceType)) return true;
  const refs = COMPARTMENT[resource.resourceType];
  if (!refs) return false;
  return refs(resource).some((ref) => namesPatient(ref?.reference, patient));
}

/** SMART scopes -> which interactions ('r' read, 's' search) each type allows. @param {string} scope */
function permissions(scope) {
  /** @type {Map<string, Set<string>>} */
  const allowed = new Map();
  for (const item of scope.split(' ')) {
    const match = /^patient\/(\*|[A-Za-z]+)\.(read|[cruds]+)$/.exec(item);
    if (!match) continue;
    const [, type, permission] = match;
    const granted = permission === 'read' ? ['r', 's'] : [...(permission ?? '')].filter((p) => p === 'r' || p === 's');
    const set = allowed.get(type ?? '') ?? new Set();
    for (const p of granted) set.add(p);
    allowed.set(type ?? '', set);
  }
  return (/** @type {string} */ type, /** @type {string} */ p) => Boolean(allowed.get(type)?.has(p) || allowed.get('*')?.has(p));
}

/**
 * The bearer-token check of a SMART-protected base.
 * @param {{ configuration: () => Record<string, any> | undefined }} options
 */
export function createSmartGuard({ configuration }) {
  /** @type {Map<string, ReturnType<typeof import('jose').createRemoteJWKSet>>} */
  const keySets = new Map();

  /**
   * 401 / 403 answer: status, WWW-Authenticate and text.
   * @param {number} status @param {string} realm @param {string} text @param {string} [error]
   */
  const deny = (status, realm, text, error) => ({
    status,
    text,
    headers: { 'WWW-Authenticate': `Bearer realm="${realm}"${error ? `, error="${error}", error_description="${text.replace(/"/g, "'")}"` : ''}` },
  });

  /**
   * Checks the request before it reaches the repository.
   * @param {{ authorization: string | undefined, audience: string, method: string, segments: string[], params: URLSearchParams }} request
   * @returns {Promise<{ deny: { status: number, text: string, headers: Record<string, string> } } | { patient: string }>}
   */
  async function check({ authorization, audience, method, segments, params }) {
    const config = configuration();
    if (!config) return { deny: { status: 503, text: 'The authorization server is starting.', headers: {} } };
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization ?? '');
    if (!match) return { deny: deny(401, audience, 'A bearer access token from the SMART authorization server is required.', authorization ? 'invalid_request' : undefined) };
    let claims;
    try {
      const { createRemoteJWKSet, jwtVerify } = await import('jose');
      let keys = keySets.get(config.jwks_uri);
      if (!keys) {
        keys = createRemoteJWKSet(new URL(config.jwks_uri));
        keySets.set(config.jwks_uri, keys);
      }
      ({ payload: claims } = await jwtVerify(match[1] ?? '', keys, { issuer: config.issuer, audience, typ: 'at+jwt', algorithms: ['RS256', 'PS256', 'ES256'] }));
    } catch (error) {
      const reason = /** @type {{ code?: string }} */ (error).code === 'ERR_JWT_EXPIRED' ? 'The access token has expired.' : 'The access token is not valid for this FHIR server.';
      return { deny: deny(401, audience, reason, 'invalid_token') };
    }
    const patient = typeof claims.patient === 'string' ? claims.patient : undefined;
    if (!patient) return { deny: deny(403, audience, 'The access token has no patient in context.', 'insufficient_scope') };
    const may = permissions(typeof claims.scope === 'string' ? claims.scope : '');

    const [type, id, history, ...more] = segments;
    const isSearch = (method === 'GET' && segments.length === 1) || (method === 'POST' && segments.length === 2 && id === '_search');
    const isRead = method === 'GET' && Boolean(id) && (segments.length === 2 || (history === '_history' && more.length <= 1));
    if (!type || (!isSearch && !isRead) || segments.some((s) => s.startsWith('$'))) {
      return { deny: deny(403, audience, 'Only reads and searches of one resource type are granted (read-only access).', 'insufficient_scope') };
    }
    if (!SHARED_TYPES.has(type) && !COMPARTMENT[type]) return { deny: deny(403, audience, `${type} is not available with patient scopes.`, 'insufficient_scope') };
    const interaction = isSearch ? 's' : 'r';
    if (!may(type, interaction)) {
      return { deny: deny(403, audience, `The granted scopes do not allow ${isSearch ? 'searching' : 'reading'} ${type}.`, 'insufficient_scope') };
    }
    if (isSearch && COMPARTMENT[type]) {
      const limited = (PATIENT_PARAMS[type] ?? []).some((name) => params.getAll(name).some((v) => v.split(',').every((part) => namesPatient(part, patient))));
      if (!limited) {
        const names = (PATIENT_PARAMS[type] ?? []).join(' or ');
        return { deny: deny(403, audience, `A search of ${type} must be limited to the patient in context (${names}=${type === 'Patient' ? patient : `Patient/${patient}`}).`, 'insufficient_scope') };
      }
    }
    return { patient };
  }

  /**
   * Checks what the repository answered: a resource outside the patient is refused, a Bundle is
   * filtered to what the patient may see.
   * @param {any} resource
   * @param {string} patient
   * @returns {any | undefined} undefined: refuse
   */
  function filter(resource, patient) {
    if (resource?.resourceType === 'Bundle') {
      return { ...resource, entry: (resource.entry ?? []).filter((/** @type {any} */ e) => visibleTo(e.resource, patient)) };
    }
    return visibleTo(resource, patient) ? resource : undefined;
  }

  return { check, filter, deny };
}
