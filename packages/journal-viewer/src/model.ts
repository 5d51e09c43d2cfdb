/**
 * FHIR R4 -> what the journal viewer shows. Pure functions: no DOM, no fetching. One file per job:
 * - documents-model.ts: DocumentReference and Composition -> documents; grouping by source and month
 * - attachments-model.ts: an attachment's content type, data and URL -> what the pane can show
 * - access-log-model.ts: AuditEvent -> access-log entries; purposes; period and source filters
 * - model-readers.ts: small readers the three share (titles, names, problems)
 */
export { MAX_TITLE_LENGTH, type SourceInfo } from './model-readers.js';
export * from './attachments-model.js';
export * from './documents-model.js';
export * from './access-log-model.js';
