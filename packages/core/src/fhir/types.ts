// The FHIR R4 types that the packages' public API speaks in (`.bundle`, event details, model
// functions), re-exported from @medplum/fhirtypes. That package holds TypeScript declarations only
// (nothing of it reaches a bundle) and is a dependency of core alone: the component packages and
// hosts import these types from '@hn-elements/core', so every package and every consumer sees the
// same version of them (docs/integration.md, "Types").
export type {
  ActivityDefinition,
  Appointment,
  Attachment,
  AuditEvent,
  Binary,
  Bundle,
  BundleEntry,
  BundleLink,
  CarePlan,
  CodeableConcept,
  Communication,
  Composition,
  CompositionSection,
  DocumentReference,
  HealthcareService,
  Location,
  OperationOutcome,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Questionnaire,
  QuestionnaireItem,
  Reference,
  Resource,
  Task,
} from '@medplum/fhirtypes';
