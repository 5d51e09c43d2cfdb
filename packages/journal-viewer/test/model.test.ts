import { expect } from '@open-wc/testing';
import { toJournalDocuments } from '../src/model.js';
import { documentReference } from './fixtures.js';

const source = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' };

// The source's FHIR base is relative to the page, so where content is read from is tested in the
// browser; the rest of the journal model runs under Node (node/model.test.ts).
describe('journal model: documents, against the page', () => {
  it('reads content by URL only where core’s attachment rule allows: a Binary below the source, or on another https FHIR server', () => {
    const here = location.origin;
    const bodyFor = (url: string, from: typeof source | null = source) => {
      const item = toJournalDocuments([documentReference({ id: 'u', content: [{ attachment: { contentType: 'application/pdf', url } }] })], from ?? undefined).items[0]!;
      if (item.body.kind === 'problem') return item.body.problem;
      if (item.body.kind !== 'attachment') return item.body.kind;
      return `${item.body.attachment.url} ${item.body.attachment.location?.onSource ? 'with token' : 'without token'}`;
    };
    expect(bodyFor('Binary/1')).to.equal(`${here}/fhir/helse-bergen/Binary/1 with token`);
    expect(bodyFor('https://docs.example.org/fhir/Binary/a1')).to.equal('https://docs.example.org/fhir/Binary/a1 without token');
    // Not a Binary: FhirClient reads FHIR resources only.
    expect(bodyFor('https://docs.example.org/a.pdf')).to.equal('unsafe-url');
    expect(bodyFor('javascript:alert(1)')).to.equal('unsafe-url');
    expect(bodyFor('data:text/html,<script>alert(1)</script>')).to.equal('unsafe-url');
    expect(bodyFor('http://other.example.org/fhir/Binary/1')).to.equal('unsafe-url');
    expect(bodyFor('https://user:pw@docs.example.org/fhir/Binary/1')).to.equal('unsafe-url');
    // Bundle mode: no source to resolve a relative URL against.
    expect(bodyFor('Binary/1', null)).to.equal('unsafe-url');
  });
});
