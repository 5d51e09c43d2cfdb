/**
 * The code systems, extensions and Task output types a referral is read with
 * (docs/data-model.md, "Referrals"). Standard codes where FHIR or SNOMED CT has them; where none
 * exists the project's own, under https://hn-elements.example.org/fhir/.
 */

const BASE = 'https://hn-elements.example.org/fhir';

/** SNOMED CT: a ServiceRequest is a referral when one of its categories is 3457005 "Patient referral". */
export const SNOMED_SYSTEM = 'http://snomed.info/sct';
export const REFERRAL_CATEGORY_CODE = '3457005';

/** FHIR's Task codes: `fulfill` ("Fulfill the focal request") marks the receiver's work on the referral (core's taskKind). */
export { TASK_CODE_SYSTEM } from '@hn-elements/core';

/**
 * A referral's state in the citizen's words, carried in `Task.businessStatus` and in each
 * `referral-step`: sent, received, in-assessment, assessed, appointment-given, completed, rejected,
 * withdrawn.
 */
export const REFERRAL_STATE_SYSTEM = `${BASE}/CodeSystem/referral-state`;

/** `Task.output.type` codes: what the assessment gave (`assessment`, `treatment-deadline`, `no-right-reason`, `expected-wait`). */
export const REFERRAL_OUTPUT_SYSTEM = `${BASE}/CodeSystem/referral-output`;

/** The outcome of the assessment (`Task.output` `assessment`): `right` or `no-right`. */
export const REFERRAL_ASSESSMENT_SYSTEM = `${BASE}/CodeSystem/referral-assessment`;

/** Why there is no right (`Task.output` `no-right-reason`): `no-need`, `other-service`; the source's text wins. */
export const NO_RIGHT_REASON_SYSTEM = `${BASE}/CodeSystem/referral-no-right-reason`;

/** Complex extension on Task, repeated: one step of the referral's life (`state` valueCode, `date` valueDateTime). */
export const REFERRAL_STEP = `${BASE}/StructureDefinition/referral-step`;

/**
 * Complex extension (`link` valueUrl, optional `launch` valueCode `smart`, read by core's
 * readHandoffLink) on the Task, else the ServiceRequest: where the citizen asks for treatment
 * elsewhere when the deadline is broken (Helfo's service for this referral).
 */
export const DEADLINE_HELP_LINK = `${BASE}/StructureDefinition/referral-deadline-help-link`;

/** The same shape: where the citizen chooses another treatment place (fritt behandlingsvalg). */
export const FREE_CHOICE_LINK = `${BASE}/StructureDefinition/referral-free-choice-link`;

/** UCUM, for the expected waiting time (`valueDuration` in `d`, `wk` or `mo`). */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
