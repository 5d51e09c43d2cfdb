// The three synthetic sources and what each holds when seeded.

import { peopleResources, SYNTHETIC_TAG } from './people.mjs';
import { seedHelseBergen } from './helse-bergen.mjs';
import { seedFastlegen } from './fastlegen.mjs';
import { seedBergenKommune } from './bergen-kommune.mjs';
import { journalSeed, withDocumentCategories } from './journal.mjs';
import { inboxSeed } from './inbox.mjs';
import { toolsSeed } from './tools.mjs';
import { referralsSeed } from './referrals.mjs';
import { testResultsSeed } from './test-results.mjs';

export { people, SYNTHETIC_TAG } from './people.mjs';
export { BOOKING_ID_SYSTEM, PARTICIPATION_MODE, LOCATION_PHYSICAL_TYPE, THREAD_ID_SYSTEM } from './builders.mjs';

/**
 * @typedef {object} SourceDefinition
 * @property {string} id
 * @property {string} name
 * @property {string} organization  reference to the source's own Organization
 * @property {(now: Date) => import('@medplum/fhirtypes').Resource[]} seed
 */

/** @type {readonly SourceDefinition[]} */
export const SOURCE_DEFINITIONS = Object.freeze([
  { id: 'helse-bergen', name: 'Helse Bergen, Haukeland universitetssjukehus', organization: 'Organization/hb-org', seed: seedHelseBergen },
  { id: 'fastlegen', name: 'Legesenteret i Sentrum (fastlege)', organization: 'Organization/gp-org', seed: seedFastlegen },
  { id: 'bergen-kommune', name: 'Bergen kommune, helsestasjon og hjemmetjeneste', organization: 'Organization/bk-org', seed: seedBergenKommune },
]);

/**
 * Every resource one source starts with, each tagged as synthetic.
 * @param {SourceDefinition} source
 * @param {Date} now
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function seedResources(source, now) {
  return [...peopleResources({ organization: source.organization }), ...withDocumentCategories([...source.seed(now), ...journalSeed(source.id, now), ...inboxSeed(source.id, now), ...toolsSeed(source.id, now), ...referralsSeed(source.id, now), ...testResultsSeed(source.id, now)])].map((resource) => ({
    ...resource,
    meta: { ...resource.meta, tag: [...(resource.meta?.tag ?? []), SYNTHETIC_TAG] },
  }));
}
