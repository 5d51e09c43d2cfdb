// The FhirError a call rejects with, for the client's tests in the browser (client.test.ts) and
// under Node (node/client.test.ts).
import { FhirError } from '../src/fhir/errors.js';

/** Resolves to the FhirError `promise` rejects with; fails if it resolves, or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<FhirError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FhirError) return error;
    throw new Error(`expected a FhirError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the promise to reject');
}
