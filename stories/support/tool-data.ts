// Synthetic tool catalogue for stories: ActivityDefinitions and a care plan assigning two of them.
import type { ActivityDefinition, Bundle, Resource } from '@medplum/fhirtypes';

const CATEGORY = 'urn:hn-elements:tool-category';
const LAUNCH = 'https://hn-elements.example.org/fhir/StructureDefinition/tool-launch';

function tool(id: string, title: string, category: string, description: string, link = `https://vendor.example.org/tools/${id}`): ActivityDefinition {
  return {
    resourceType: 'ActivityDefinition',
    id,
    url: `https://helse-bergen.example.org/fhir/ActivityDefinition/${id}`,
    status: 'active',
    title,
    description,
    publisher: 'Helse Bergen',
    topic: [{ coding: [{ system: CATEGORY, code: category }] }],
    extension: [{ url: LAUNCH, extension: [{ url: 'link', valueUrl: link }] }],
  };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const bundle = (resources: unknown[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource: resource as Resource })) });

export const catalogue = (): Bundle =>
  bundle([
    tool('hjerteskolen', 'Hjerteskolen', 'learning', 'Lær om hjertet ditt, medisinene dine og trygg trening etter hjerteinfarkt.'),
    tool('smertedagbok', 'Smertedagbok', 'mapping', 'Skriv ned smertene dine hver dag. Legen ser dagboken før neste time.'),
    tool('angst', 'Mestring av angst', 'treatment', 'Nettbasert behandling med oppfølging fra en behandler. Tolv moduler over tolv uker.'),
    tool('sovn', 'Bedre søvn', 'learning', 'Råd og øvelser som hjelper deg å sove bedre.'),
    tool('fall', 'Trening mot fall', 'treatment', 'Enkle øvelser hjemme som gir bedre balanse og styrke.'),
    {
      resourceType: 'CarePlan',
      id: 'pakkeforlop',
      status: 'active',
      intent: 'plan',
      title: 'Pakkeforløp for hjertesykdom',
      subject: { reference: 'Patient/kari' },
      author: { display: 'Hjertepoliklinikken' },
      created: inDays(-12),
      activity: [
        { detail: { instantiatesCanonical: ['https://helse-bergen.example.org/fhir/ActivityDefinition/hjerteskolen'], status: 'not-started', scheduledPeriod: { end: inDays(14) }, description: 'Gjør ferdig de tre første delene før kontrollen.' } },
        { detail: { instantiatesCanonical: ['https://helse-bergen.example.org/fhir/ActivityDefinition/smertedagbok'], status: 'in-progress' } },
      ],
    },
  ]);

export const emptyCatalogue = (): Bundle => bundle([]);

export const hostileCatalogue = (): Bundle =>
  bundle([
    tool('js', '<img src=x onerror="alert(1)"> Verktøy med farlig lenke', 'learning', '<script>alert(1)</script> Lenken er javascript:', 'javascript:alert(1)'),
    tool('http', 'Verktøy uten https', 'mapping', 'Lenken er http og blir ikke tilbudt.', 'http://vendor.example.org/tool'),
    tool('other', 'Verktøy hos en ukjent tjeneste', 'treatment', 'Lenken er https, men ikke på listen over godkjente tjenester.', 'https://elsewhere.example.com/tool'),
  ]);

export const partlyBrokenCatalogue = (): Bundle =>
  bundle([...(catalogue().entry ?? []).map((e) => e.resource), null, { resourceType: 'ActivityDefinition', status: 'active', title: 'Uten id' }, { resourceType: 'ActivityDefinition', id: 'uten-tittel', status: 'active' }]);
