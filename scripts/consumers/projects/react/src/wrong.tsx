// Deliberately wrong. The consumer test type-checks this file with the rest and requires exactly the
// errors the `@expect-error TSnnnn` comments name, each on the line below its comment.
import { AppointmentList } from '@hn-elements/appointment-list/react.js';

export const wrong = (
  <>
    {/* The wrapper's .bundle takes a FHIR Bundle only. */}
    {/* @expect-error TS2322 */}
    <AppointmentList bundle={{ resourceType: 'NotABundle' }} />
    {/* The wrapper's event props carry typed details: `id` is a string. */}
    {/* @expect-error TS2322 */}
    <AppointmentList onCancel={(event) => { const id: number = event.detail.id; return id; }} />
    {/* A misspelt attribute of a plain tag (JSX types generated from the manifest). */}
    {/* @expect-error TS2322 */}
    <hn-tool-catalogue catgory="all" />
    {/* An attribute's value keeps the element's type. */}
    {/* @expect-error TS2322 */}
    <hn-tool-catalogue heading-level="two" />
    {/* An event prop's detail is the event's detail type. */}
    {/* @expect-error TS2339 */}
    <hn-tool-catalogue onhn-handoff-start={(event) => event.detail.url} />
    {/* @expect-error TS2322 */}
    <hn-journal-viewer view="timeline" />
  </>
);
