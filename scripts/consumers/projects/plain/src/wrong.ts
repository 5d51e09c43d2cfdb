// Deliberately wrong. The consumer test type-checks this file with the rest and requires exactly the
// errors the `@expect-error TSnnnn` comments name, each on the line below its comment. If the
// packages' types went `any` (a .d.ts import that does not resolve, a missing event map), the
// errors would vanish or change and the test fails.
import '@hn-elements/appointment-list/define.js';
import '@hn-elements/inbox/define.js';
import '@hn-elements/journal-viewer/define.js';

const list = document.createElement('hn-appointment-list');
const inbox = document.createElement('hn-inbox');
const journal = document.createElement('hn-journal-viewer');

// .bundle takes a FHIR Bundle, nothing else.
// @expect-error TS2322
list.bundle = { resourceType: 'NotABundle' };
// An attribute's property keeps its type: `view` is 'upcoming' | 'past'.
// @expect-error TS2322|TS2820
list.view = 'pst';
// A misspelt property does not exist.
// @expect-error TS2339|TS2551
list.veiw = 'past';
// The detail of hn-appointment-cancel is AppointmentCancelDetail: `id` is a string.
list.addEventListener('hn-appointment-cancel', (event) => {
  // @expect-error TS2322
  const id: number = event.detail.id;
  return id;
});
// ... and has no `reason`.
// @expect-error TS2339
list.addEventListener('hn-appointment-cancelled', (event) => event.detail.reason);
// The inbox's events are typed too.
// @expect-error TS2339
inbox.addEventListener('hn-message-send', (event) => event.detail.body.length);
// @expect-error TS2322
journal.addEventListener('hn-journal-view-change', (event) => { const view: 'timeline' = event.detail.view; return view; });
// On document and window too: the detail of hn-auth-required has `sourceId`, nothing else.
// @expect-error TS2339|TS2551
document.addEventListener('hn-auth-required', (event) => event.detail.source);
// @expect-error TS2339
window.addEventListener('hn-handoff-start', (event) => event.detail.url);
