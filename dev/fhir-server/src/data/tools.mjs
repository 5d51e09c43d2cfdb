// The catalogue of digital tools (ActivityDefinition) each source offers, and the tools assigned to
// a citizen in their care pathway (CarePlan.activity.detail.instantiatesCanonical). See
// docs/data-model.md, "Tool catalogue".
import { bookingAppOrigin } from './booking-links.mjs';
import { addDays } from './time.mjs';

export const TOOL_CATEGORY_SYSTEM = 'urn:hn-elements:tool-category';
export const TOOL_LAUNCH = 'https://hn-elements.example.org/fhir/StructureDefinition/tool-launch';

/**
 * @param {string} sourceId
 * @param {{ id: string, title: string, description: string, category: 'learning' | 'mapping' | 'treatment', publisher: string, smart?: boolean }} tool
 * @returns {import('@medplum/fhirtypes').ActivityDefinition}
 */
function tool(sourceId, { id, title, description, category, publisher, smart = false }) {
  return {
    resourceType: 'ActivityDefinition',
    id,
    url: `https://${sourceId}.example.org/fhir/ActivityDefinition/${id}`,
    status: 'active',
    kind: 'Task',
    title,
    description,
    publisher,
    topic: [{ coding: [{ system: TOOL_CATEGORY_SYSTEM, code: category }] }],
    extension: [
      {
        url: TOOL_LAUNCH,
        extension: [{ url: 'link', valueUrl: `${bookingAppOrigin()}/tasks/verktoy-${id}` }, ...(smart ? [{ url: 'launch', valueCode: 'smart' }] : [])],
      },
    ],
  };
}

/**
 * A care pathway that assigns tools to a patient; `created` (days before now) is when they were assigned.
 * @param {{ id: string, patient: string, title: string, author: string, assignedDaysAgo?: number, activities: { tool: import('@medplum/fhirtypes').ActivityDefinition, status: 'not-started' | 'scheduled' | 'in-progress' | 'completed', dueDays?: number, note?: string }[] }} plan
 * @param {Date} now
 * @returns {import('@medplum/fhirtypes').CarePlan}
 */
function carePlan({ id, patient, title, author, assignedDaysAgo = 14, activities }, now) {
  return {
    resourceType: 'CarePlan',
    id,
    status: 'active',
    intent: 'plan',
    title,
    subject: { reference: `Patient/${patient}` },
    author: { display: author },
    created: addDays(now, -assignedDaysAgo).toISOString(),
    period: { start: addDays(now, -assignedDaysAgo).toISOString() },
    activity: activities.map(({ tool: definition, status, dueDays, note }) => ({
      detail: {
        instantiatesCanonical: [/** @type {string} */ (definition.url)],
        status,
        ...(note ? { description: note } : {}),
        ...(dueDays !== undefined ? { scheduledPeriod: { end: addDays(now, dueDays).toISOString() } } : {}),
      },
    })),
  };
}

/**
 * @param {string} sourceId
 * @param {Date} now
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function toolsSeed(sourceId, now) {
  if (sourceId === 'helse-bergen') {
    const publisher = 'Helse Bergen';
    const heartSchool = tool(sourceId, { id: 'hjerteskolen', title: 'Hjerteskolen', category: 'learning', publisher, description: 'Lær om hjertet ditt, medisinene dine og trygg trening etter hjerteinfarkt. Korte filmer og oppgaver.' });
    const painDiary = tool(sourceId, { id: 'smertedagbok', title: 'Smertedagbok', category: 'mapping', publisher, description: 'Skriv ned smertene dine hver dag. Legen ser dagboken før neste time.' });
    const anxiety = tool(sourceId, { id: 'mestring-angst', title: 'Mestring av angst', category: 'treatment', publisher, smart: true, description: 'Nettbasert behandling med oppfølging fra en behandler. Tolv moduler over tolv uker.' });
    return [
      heartSchool,
      painDiary,
      anxiety,
      carePlan(
        {
          id: 'hb-pakkeforlop-hjerte',
          patient: 'kari',
          title: 'Pakkeforløp for hjertesykdom',
          author: 'Hjertepoliklinikken, Haukeland universitetssjukehus',
          activities: [
            { tool: heartSchool, status: 'not-started', dueDays: 14, note: 'Gjør ferdig de tre første delene før kontrollen.' },
            { tool: painDiary, status: 'in-progress' },
          ],
        },
        now,
      ),
    ];
  }
  if (sourceId === 'fastlegen') {
    const publisher = 'Legesenteret i Sentrum';
    const asthmaDiary = tool(sourceId, { id: 'astmadagbok', title: 'Astmadagbok for barn', category: 'mapping', publisher, description: 'Skriv ned pust, medisiner og anfall sammen med barnet. Fastlegen ser dagboken før kontrollen.' });
    return [
      tool(sourceId, { id: 'bedre-sovn', title: 'Bedre søvn', category: 'learning', publisher, description: 'Råd og øvelser som hjelper deg å sove bedre.' }),
      tool(sourceId, { id: 'alkoholvaner', title: 'Kartlegging av alkoholvaner', category: 'mapping', publisher, description: 'Ti korte spørsmål om alkohol. Svarene går til fastlegen din.' }),
      tool(sourceId, { id: 'sovnbehandling', title: 'Behandling for søvnvansker', category: 'treatment', publisher, description: 'Seks uker med nettbasert behandling for deg som sover dårlig over lang tid. Fastlegen følger deg opp.' }),
      asthmaDiary,
      carePlan(
        {
          id: 'gp-oppfolging-astma-ola',
          patient: 'ola',
          title: 'Oppfølging av astma',
          author: 'Tor Lunde, fastlege',
          assignedDaysAgo: 5,
          activities: [{ tool: asthmaDiary, status: 'not-started', dueDays: 21, note: 'Fyll ut dagboken hver kveld i tre uker.' }],
        },
        now,
      ),
    ];
  }
  if (sourceId === 'bergen-kommune') {
    const publisher = 'Bergen kommune';
    const fallPrevention = tool(sourceId, { id: 'fallforebygging', title: 'Trening mot fall', category: 'treatment', publisher, description: 'Enkle øvelser hjemme som gir bedre balanse og styrke. Fysioterapeuten følger deg opp.' });
    const parenting = tool(sourceId, { id: 'foreldreveiledning', title: 'Foreldreveiledning', category: 'learning', publisher, description: 'Kurs for foreldre til små barn: søvn, mat, lek og grensesetting.' });
    const dailyLife = tool(sourceId, { id: 'hverdagsmestring', title: 'Hva er viktig for deg i hverdagen?', category: 'mapping', publisher, description: 'Noen spørsmål om hva du klarer selv og hva du vil øve på. Hjemmetjenesten bruker svarene i planen din.' });
    return [
      fallPrevention,
      parenting,
      dailyLife,
      carePlan(
        {
          id: 'bk-hverdagsrehabilitering',
          patient: 'per',
          title: 'Hverdagsrehabilitering',
          author: 'Hjemmetjenesten, Bergen kommune',
          assignedDaysAgo: 20,
          activities: [
            { tool: dailyLife, status: 'completed' },
            { tool: fallPrevention, status: 'in-progress', dueDays: 30 },
          ],
        },
        now,
      ),
      carePlan(
        {
          id: 'bk-helsestasjon-foreldre',
          patient: 'kari',
          assignedDaysAgo: 60,
          title: 'Oppfølging fra helsestasjonen',
          author: 'Helsestasjonen, Bergen kommune',
          activities: [{ tool: parenting, status: 'completed' }],
        },
        now,
      ),
    ];
  }
  return [];
}
