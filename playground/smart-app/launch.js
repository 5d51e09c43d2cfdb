// The SMART launch page: fhirclient as its docs say. It reads `iss` and `launch` from this page's
// URL, discovers the authorization server at `${iss}/.well-known/smart-configuration`, and sends
// the browser to it (PKCE S256, `aud` = iss).
/* global FHIR */
const { clientId, scope } = document.currentScript.dataset;
FHIR.oauth2.authorize({ clientId, scope, redirectUri: '/app' }).catch((error) => {
  const status = document.querySelector('[data-testid="status"]');
  status.textContent = `Vi fikk ikke kontakt med Helsenorge: ${error?.message ?? error}`;
  status.setAttribute('role', 'alert');
});
