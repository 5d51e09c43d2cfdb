// The data each micro-frontend is mounted with in `.bundle` mode: its own test fixtures (FHIR
// Bundles), so the benchmark measures the component, not the network. Built into its own page:
// the mount page must not load Lit or core before the clock starts.
import { NOW as APPOINTMENTS_NOW, standardBundle as appointments } from '../../../packages/appointment-list/test/fixtures.js';
import { standardBundle as inbox } from '../../../packages/inbox/test/fixtures.js';
import { NOW as JOURNAL_NOW, standardBundle as journal } from '../../../packages/journal-viewer/test/fixtures.js';
import { catalogueBundle } from '../../../packages/tool-catalogue/test/fixtures.js';
import { everyStateBundle as referrals, NOW as REFERRALS_NOW } from '../../../packages/referrals/test/fixtures.js';
import { gpResults, hospitalResults } from '../../../stories/support/test-result-data.js';
import { READY } from './ready.js';

export const VENDOR = 'https://vendor.example.org';

/** Element properties per component (`now` as an ISO string; the mount page makes it a Date). */
const DATA: Record<string, () => Record<string, unknown>> = {
  'appointment-list': () => ({ bundle: appointments(), now: APPOINTMENTS_NOW.toISOString() }),
  inbox: () => ({ bundle: inbox() }),
  'journal-viewer': () => ({ bundle: journal(), now: JOURNAL_NOW.toISOString() }),
  'tool-catalogue': () => ({ bundle: catalogueBundle() }),
  'test-results': () => ({ bundle: { resourceType: 'Bundle', type: 'collection', entry: [...(hospitalResults().entry ?? []), ...(gpResults().entry ?? [])] } }),
  referrals: () => ({ bundle: referrals(), now: REFERRALS_NOW.toISOString() }),
  'handoff-launcher': () => ({ href: `${VENDOR}/tasks/123`, destination: 'Eksempelappen' }),
};

(window as unknown as { benchData(): unknown }).benchData = () =>
  JSON.parse(JSON.stringify({ vendor: VENDOR, ready: READY, props: Object.fromEntries(Object.entries(DATA).map(([name, make]) => [name, make()])) }));
document.body.dataset.ready = 'true';
