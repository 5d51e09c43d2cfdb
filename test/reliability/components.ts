// The components the reliability suite drives, and how to give each of them data.
import type { Bundle } from '@medplum/fhirtypes';
import '@hn-elements/appointment-list/define.js';
import '@hn-elements/inbox/define.js';
import '@hn-elements/journal-viewer/define.js';
import '@hn-elements/tool-catalogue/define.js';
import { standardBundle as appointments } from '../../packages/appointment-list/test/fixtures.js';
import { standardBundle as inbox } from '../../packages/inbox/test/fixtures.js';
import { standardBundle as journal } from '../../packages/journal-viewer/test/fixtures.js';
import { catalogueBundle as tools } from '../../packages/tool-catalogue/test/fixtures.js';

export interface DataElement extends HTMLElement {
  bundle?: unknown;
  session?: unknown;
  requestTimeout?: number;
  updateComplete: Promise<unknown>;
}

export interface ComponentUnderTest {
  tag: string;
  /** A valid bundle with every kind of item the component shows. */
  bundle: () => Bundle;
}

export const COMPONENTS: ComponentUnderTest[] = [
  { tag: 'hn-appointment-list', bundle: appointments },
  { tag: 'hn-inbox', bundle: inbox },
  { tag: 'hn-journal-viewer', bundle: journal },
  { tag: 'hn-tool-catalogue', bundle: tools },
];
