import type { Resource } from '@hn-elements/core';
import { isRecord, readText, type ResourceProblem } from '@hn-elements/core';

/**
 * Small readers the journal's models share: lists that may be missing, titles cut to a length a
 * list can show, the name a reference stands for, and how an unreadable entry is counted.
 */

/** Longest title shown; longer ones are cut with an ellipsis (a source may send a whole page as a title). */
export const MAX_TITLE_LENGTH = 200;

export interface SourceInfo {
  id: string;
  name: string;
  /** Base URL of the source's FHIR API: relative attachment URLs resolve against it. */
  fhirBase?: string;
}

/** The codings of a CodeableConcept, each with what it has of system and code. */
export function codings(concept: unknown): { system?: string; code?: string }[] {
  if (!isRecord(concept) || !Array.isArray(concept['coding'])) return [];
  return concept['coding'].filter(isRecord).map((c) => ({
    system: typeof c['system'] === 'string' ? c['system'] : undefined,
    code: typeof c['code'] === 'string' ? c['code'] : undefined,
  }));
}

/** The value when it is an array, else an empty one (a source may send anything). */
export function array<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** A title on one line, cut to MAX_TITLE_LENGTH. */
export function shortTitle(value: string | undefined): { title?: string; shortened: boolean } {
  if (!value) return { shortened: false };
  const single = value.replace(/\s+/g, ' ');
  if (single.length <= MAX_TITLE_LENGTH) return { title: single, shortened: false };
  return { title: `${single.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`, shortened: true };
}

/** An entry that cannot be shown at all: counted, never thrown. */
export function problemFor(index: number, resource: Partial<Resource>, reason: string): ResourceProblem {
  return { index, resourceType: resource.resourceType, id: typeof resource.id === 'string' ? resource.id : undefined, reason };
}
