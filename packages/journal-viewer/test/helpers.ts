// Kept for test files outside this package that still import it (test/accessibility): the journal's
// test harness is harness.ts. Import from there.
export * from './harness.js';
