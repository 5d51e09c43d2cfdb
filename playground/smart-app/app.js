// The SMART app's redirect page: fhirclient's ready() exchanges the code (public client: PKCE, no
// secret), then the app reads — with the access token — the patient in context (`patient` in the
// token response: the person the citizen acts for), the user (`fhirUser` in the ID token: the
// citizen, as a RelatedPerson when acting for someone) and the task it was launched for
// (`fhirContext`). Everything is rendered as text.
/* global FHIR */
const root = document.getElementById('app');

function el(tag, text, testId) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (testId) node.dataset.testid = testId;
  return node;
}

const nameOf = (resource) => {
  const name = resource?.name?.[0];
  return name?.text ?? [...(name?.given ?? []), name?.family].filter(Boolean).join(' ') ?? '';
};

/** Plain-language reason for a refusal (from the authorization server) or a FHIR error. */
function explain(error) {
  const message = String(error?.message ?? error);
  const status = error?.status ?? error?.statusCode;
  if (status === 401) return 'Tilgangen er utløpt. Gå tilbake til Helsenorge og åpne appen på nytt.';
  if (status === 403) return 'Appen ba om noe den ikke har tilgang til.';
  if (/another Helsenorge session/.test(message)) return 'Lenken ble laget for en annen innlogging på Helsenorge (en annen person eller en annen økt), så den kan ikke brukes her.';
  if (/another app/.test(message)) return 'Lenken ble laget for en annen tjeneste enn denne.';
  if (/already been used|unknown/.test(message)) return 'Lenken er allerede brukt. En lenke fra Helsenorge virker bare én gang.';
  if (/expired/.test(message)) return 'Lenken er for gammel. En lenke fra Helsenorge virker bare en kort stund.';
  if (/invalid_scope/.test(message)) return 'Appen ba om tilganger Helsenorge ikke gir.';
  if (/No state found|No 'state'/.test(message)) return 'Appen må startes fra Helsenorge.';
  return 'Vi fikk ikke startet appen.';
}

function showError(error) {
  root.replaceChildren(
    el('p', 'Oppstarten stoppet.', 'error-title'),
    el('p', explain(error), 'error-explanation'),
    el('p', 'Gå tilbake til Helsenorge og åpne appen derfra på nytt.'),
    el('p', `Grunn: ${String(error?.message ?? error)}`, 'error-reason'),
  );
  root.firstElementChild.setAttribute('role', 'alert');
  document.body.dataset.state = 'error';
}

async function show(client) {
  const token = client.state.tokenResponse ?? {};
  const taskRef = (Array.isArray(token.fhirContext) ? token.fhirContext : []).map((c) => c?.reference).find((r) => typeof r === 'string' && r.startsWith('Task/'));
  const [patient, user, task] = await Promise.all([client.patient.read(), client.user.read(), taskRef ? client.request(taskRef) : undefined]);
  const patientName = nameOf(patient);
  const userName = nameOf(user);
  const relation = user.resourceType === 'RelatedPerson' ? (user.relationship?.[0]?.text ?? 'pårørende') : undefined;
  const parts = [];
  if (token.need_patient_banner) {
    const banner = el('div', undefined, 'patient-banner');
    banner.className = 'banner';
    banner.append(el('strong', patientName, 'patient-name'), document.createTextNode(patient.birthDate ? `, født ${patient.birthDate}` : ''));
    parts.push(banner);
  }
  parts.push(
    el('p', `Du er ${userName}.`, 'citizen'),
    el('p', relation ? `Du opptrer for ${patientName} (${relation}).` : 'Du opptrer for deg selv.', 'acting'),
    el('p', `fhirUser: ${client.user.fhirUser ?? '–'}`, 'fhir-user'),
    el('p', `patient: ${client.patient.id ?? '–'}`, 'patient-id'),
  );
  if (task) {
    parts.push(el('h2', 'Oppgaven din'), el('p', task.description ?? task.id, 'task'), el('p', `Task/${task.id} · status ${task.status}`, 'task-ref'));
  }
  root.replaceChildren(...parts);
  document.body.dataset.state = 'ready';
}

FHIR.oauth2.ready().then(show).catch(showError);
