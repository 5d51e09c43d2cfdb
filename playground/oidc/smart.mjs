// SMART App Launch 2.x on top of oidc-provider: which scopes exist and which are granted, the
// discovery document (.well-known/smart-configuration), and the launch context added to the token
// response. The FHIR side (checking the access token) is in dev/fhir-server/src/smart.mjs.
//
// Granted: openid, fhirUser, profile, launch, online_access, helsenorge (Helsenorge's own claims),
// and read-only patient scopes, SMART v1 (`patient/Patient.read`, `patient/*.read`) or v2
// (`patient/Patient.rs`, `.r`, `.s`, `patient/*.rs`). Everything else is refused by name with
// `invalid_scope` — never dropped silently.

/** OpenID Connect scopes (claims in the ID token) the provider knows. */
export const OIDC_SCOPES = ['openid', 'fhirUser', 'profile', 'launch', 'online_access', 'helsenorge'];
/** The permissions a patient scope may ask for: v1 `read`, v2 `r`, `s`, `rs`. */
const READ_PERMISSIONS = ['read', 'r', 's', 'rs'];
const SCOPE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]{1,63})\.(\*|read|write|c?r?u?d?s?)(\?.*)?$/;

/** Every patient scope this issuer can grant, for the resource server and scopes_supported. */
export function patientScopes(resourceTypes) {
  return ['*', ...resourceTypes].flatMap((type) => READ_PERMISSIONS.map((p) => `patient/${type}.${p}`));
}

/**
 * Sorts the requested scopes into granted and refused (with a reason each).
 * @param {string | undefined} requested  the raw `scope` parameter
 * @param {readonly string[]} resourceTypes  the FHIR resource types the servers hold
 */
export function judgeScopes(requested, resourceTypes) {
  const oidc = [];
  const fhir = [];
  /** @type {{ scope: string, reason: string }[]} */
  const refused = [];
  for (const scope of new Set((requested ?? '').split(' ').filter(Boolean))) {
    if (OIDC_SCOPES.includes(scope)) {
      oidc.push(scope);
      continue;
    }
    const match = SCOPE.exec(scope);
    if (!match) {
      const reason =
        scope === 'offline_access'
          ? 'no refresh tokens; the app is started from Helsenorge again'
          : scope.startsWith('launch/')
            ? 'no standalone launch; the app is started from Helsenorge, which gives the patient'
            : 'unknown scope';
      refused.push({ scope, reason });
      continue;
    }
    const [, level, type, permission, query] = match;
    if (level !== 'patient') refused.push({ scope, reason: `${level}/ scopes are not granted; use patient/ scopes (the person the citizen acts for)` });
    else if (type !== '*' && !resourceTypes.includes(type)) refused.push({ scope, reason: `the FHIR servers hold no ${type}` });
    else if (query) refused.push({ scope, reason: 'finer-grained scopes (with ?) are not supported' });
    else if (!READ_PERMISSIONS.includes(permission)) refused.push({ scope, reason: 'read access only: use .read, .r, .s or .rs' });
    else fhir.push(scope);
  }
  return { oidc, fhir, refused };
}

/** The text of an `invalid_scope` error: every refused scope and why. */
export function refusalText(refused) {
  return `scope not granted: ${refused.map((r) => `${r.scope} (${r.reason})`).join('; ')}`;
}

/**
 * The SMART configuration, served at the issuer and at every FHIR base.
 * @param {string} issuer
 * @param {readonly string[]} resourceTypes
 */
export function smartConfiguration(issuer, resourceTypes) {
  return {
    issuer,
    jwks_uri: `${issuer}/jwks`,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/me`,
    pushed_authorization_request_endpoint: `${issuer}/request`,
    grant_types_supported: ['authorization_code'],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'form_post'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'none'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [...OIDC_SCOPES, ...patientScopes(resourceTypes)],
    capabilities: [
      'launch-ehr',
      'authorize-post',
      'client-public',
      'client-confidential-symmetric',
      'context-ehr-patient',
      'context-banner',
      'sso-openid-connect',
      'permission-patient',
      'permission-v1',
      'permission-v2',
    ],
  };
}

/** "Patient/ola" -> "ola". */
export const fhirId = (reference) => reference.slice(reference.indexOf('/') + 1);

/**
 * @typedef {object} LaunchContext  what one authorization carries into its tokens
 * @property {import('./portal-sessions.mjs').Person} citizen
 * @property {import('./portal-sessions.mjs').RepresentationRight | null} representation
 * @property {string} [aud]          the FHIR base the access token is for
 * @property {string} [taskId]       the deep link's task (SMART launches)
 * @property {boolean} [taskIsFhirTask]  the app's task ids are FHIR Task ids on the FHIR server
 * @property {string} [sourceId]
 */

/** The patient the token is about: the represented person, or the citizen. @param {LaunchContext} context */
export const patientOf = (context) => (context.representation?.person ?? context.citizen);

/** The citizen as a FHIR resource URL: Patient/<citizen>, or the citizen's RelatedPerson for the represented person. */
export function fhirUserOf(/** @type {LaunchContext} */ context) {
  const relative = context.representation ? (context.representation.fhirUser ?? context.citizen.reference) : context.citizen.reference;
  return context.aud ? `${context.aud}/${relative}` : relative;
}

/**
 * The launch context fields of the token response (SMART App Launch 2.x).
 * @param {LaunchContext} context
 * @param {string} grantedScope
 */
export function tokenContext(context, grantedScope) {
  const scopes = grantedScope.split(' ');
  const fields = {};
  if (scopes.includes('launch') || scopes.some((s) => s.startsWith('patient/'))) {
    fields.patient = fhirId(patientOf(context).reference);
    // The app runs outside Helsenorge: it must always show whose data it shows.
    fields.need_patient_banner = true;
  }
  if (scopes.includes('launch') && context.taskId) {
    fields.fhirContext = [
      context.taskIsFhirTask
        ? { reference: `Task/${context.taskId}` }
        : { type: 'Task', identifier: { system: 'urn:hn-elements:handoff-task', value: context.taskId } },
    ];
  }
  return fields;
}
