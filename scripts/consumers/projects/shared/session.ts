// Copied into every consumer project as src/session.ts. The session a host gives the components:
// Kari, acting for herself, with the three sources of the FHIR server whose origin the test passes
// in the page's query (?fhir=http://127.0.0.1:<port>), so the components fetch live data.
import type { Session, Source } from '@hn-elements/core';

const fhirOrigin = new URLSearchParams(location.search).get('fhir') ?? location.origin;

export const sources: Source[] = [
  { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: `${fhirOrigin}/fhir/helse-bergen` },
  { id: 'fastlegen', name: 'Legesenteret i Sentrum', fhirBase: `${fhirOrigin}/fhir/fastlegen` },
  { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: `${fhirOrigin}/fhir/bergen-kommune` },
];

const kari = { reference: 'Patient/kari', name: 'Kari Nordmann' };

export const session: Session = {
  actor: kari,
  patient: kari,
  locale: 'nb',
  sources,
  handoff: { allowedOrigins: ['https://vendor.example.org'] },
};
