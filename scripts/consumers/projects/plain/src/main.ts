// A plain TypeScript page: the tags are registered by the packages' define.js, every element and
// event is typed by the packages' own declarations (HTMLElementTagNameMap, HTMLElementEventMap):
// no casts, no `any`.
import '@hn-elements/appointment-list/define.js';
import '@hn-elements/inbox/define.js';
import '@hn-elements/tool-catalogue/define.js';
import '@hn-elements/journal-viewer/define.js';
import '@hn-elements/test-results/define.js';
import '@hn-elements/referrals/define.js';
import type { Bundle } from '@hn-elements/core';
import type { AppointmentCancelDetail } from '@hn-elements/appointment-list';
import { session } from './session.js';

const list = document.querySelector('hn-appointment-list');
const inbox = document.querySelector('hn-inbox');
const tools = document.querySelector('hn-tool-catalogue');
const journal = document.querySelector('hn-journal-viewer');
const results = document.querySelector('hn-test-results');
const referrals = document.querySelector('hn-referrals');
if (!list || !inbox || !tools || !journal || !results || !referrals) throw new Error('an element is missing from the page');

for (const element of [list, inbox, tools, journal, results, referrals]) element.session = session;
list.view = 'upcoming';
results.maxItems = 5;

list.addEventListener('hn-appointment-cancel', (event) => {
  const detail: AppointmentCancelDetail = event.detail;
  console.info('cancel', detail.id, detail.appointment.status);
});
inbox.addEventListener('hn-message-sent', (event) => console.info('sent', event.detail.communication.id));
tools.addEventListener('hn-handoff-start', (event) => console.info('hand-off to', event.detail.href));
journal.addEventListener('hn-journal-view-change', (event) => console.info('view', event.detail.view));
referrals.addEventListener('hn-handoff-start', (event) => console.info('hand-off to', event.detail.href));
// The events bubble out of shadow roots to document and window, typed there too.
document.addEventListener('hn-auth-required', (event) => console.info('log in again at', event.detail.sourceId));
window.addEventListener('hn-inbox-open', (event) => console.info('opened', event.detail.kind));

// A host that fetched a Bundle itself would set it like this; the type comes from core.
export function showBundle(bundle: Bundle): void {
  list!.bundle = bundle;
}
