import { expect } from '@open-wc/testing';
import { fhirBaseUrl } from '../src/url-policy.js';

// The rest of the URL policy needs no page and runs under Node: node/url-policy.test.ts.
describe('core: URL policy against the page', () => {
  it('a relative FHIR base resolves against the page', () => {
    expect(fhirBaseUrl('/fhir/helse-bergen')?.href).to.equal(new URL('/fhir/helse-bergen/', location.href).href);
    expect(fhirBaseUrl(undefined)).to.equal(undefined);
  });
});
