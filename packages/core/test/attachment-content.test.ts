import { expect } from '@open-wc/testing';
import { attachmentLocation } from '../src/fhir/attachment-content.js';

// The rest of where attachment content is read from, and reading it, needs no page and runs under
// Node: node/attachment-content.test.ts.
describe('core: where attachment content is read from, against the page', () => {
  it('an http source on loopback keeps its own scheme', () => {
    const LOCAL = { id: 'local', name: 'Lokal', fhirBase: '/fhir/helse-bergen' };
    const found = attachmentLocation('Binary/1', LOCAL);
    expect(found ? `${found.url} ${found.onSource ? 'with' : 'without'} token` : 'refused').to.equal(`${location.origin}/fhir/helse-bergen/Binary/1 with token`);
  });
});
