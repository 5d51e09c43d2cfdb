import type { Resource } from '@hn-elements/core';
import { isRecord, readText, type ResourceProblem } from '@hn-elements/core';
import type { SourceInfo } from './types.js';

// Small readers the message, form and letter mappers share.

export function referenceOf(value: unknown): string | undefined {
  return isRecord(value) ? readText(value['reference']) : undefined;
}

export function problemFor(index: number, resource: Resource, reason: string): ResourceProblem {
  return { index, resourceType: resource.resourceType, id: typeof resource.id === 'string' ? resource.id : undefined, reason };
}

/** The first part of every item key: the source's id, or `bundle`. */
export function keyPrefix(source: SourceInfo | undefined): string {
  return source?.id ?? 'bundle';
}
