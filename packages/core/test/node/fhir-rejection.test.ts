import { describe, it } from 'node:test';
import { expect } from 'chai';
import { FhirError } from '../../src/fhir/errors.js';
import { rejection } from '../fhir-rejection.js';

describe('rejection (the client tests\' helper)', () => {
  it('gives the FhirError the promise rejects with', async () => {
    const error = new FhirError('timeout', 'helse-bergen', 'x');
    expect(await rejection(Promise.reject(error))).to.equal(error);
  });

  it('fails when the promise resolves, or rejects with something other than a FhirError', async () => {
    let resolved: unknown;
    await rejection(Promise.resolve('svar')).catch((e: unknown) => (resolved = e));
    expect(String(resolved)).to.contain('expected the promise to reject');
    let other: unknown;
    await rejection(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => (other = e));
    expect(String(other)).to.contain('expected a FhirError, got TypeError: Failed to fetch');
  });
});
