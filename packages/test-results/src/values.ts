import { conceptText, isRecord, listOf, readText } from '@hn-elements/core';
import type { Comparator, RangeBounds } from './interpretation.js';

/** A result's value as the source gave it: a number with a unit, text, or a coded answer in words. */
export type ResultValue =
  | { kind: 'quantity'; value: number; comparator?: Comparator; unit?: string }
  | { kind: 'text'; text: string }
  | { kind: 'coded'; text: string };

export interface ReferenceRangeView extends RangeBounds {
  unit?: string;
  /** The source's own words for the range ("Under 5", "Kvinner: 117–153 g/L"). */
  text?: string;
}

const COMPARATORS: readonly Comparator[] = ['<', '<=', '>=', '>'];
const NORMAL_RANGE_MEANING = 'http://terminology.hl7.org/CodeSystem/referencerange-meaning';

/** A value that was given but cannot be read truthfully: the result is left out and counted. */
export class InvalidValue extends Error {}

function quantity(raw: unknown): Extract<ResultValue, { kind: 'quantity' }> | undefined {
  if (!isRecord(raw)) throw new InvalidValue('valueQuantity is not an object');
  const value = raw['value'];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidValue('valueQuantity.value is not a number');
  const comparator = raw['comparator'];
  if (comparator !== undefined && !COMPARATORS.includes(comparator as Comparator)) throw new InvalidValue('unknown comparator');
  const unit = readText(raw['unit']) ?? readText(raw['code']);
  return { kind: 'quantity', value, ...(comparator ? { comparator: comparator as Comparator } : {}), ...(unit ? { unit } : {}) };
}

/**
 * `Observation.value[x]`: valueQuantity (a finite number, an optional comparator, the unit's text or
 * its UCUM code), valueInteger (a number without unit), valueString, valueCodeableConcept (in words).
 * Other types are not shown as a value. Throws `InvalidValue` for a value that is there but broken.
 */
export function readValue(observation: Record<string, unknown>): ResultValue | undefined {
  if (observation['valueQuantity'] !== undefined) return quantity(observation['valueQuantity']);
  const integer = observation['valueInteger'];
  if (integer !== undefined) {
    if (typeof integer !== 'number' || !Number.isInteger(integer)) throw new InvalidValue('valueInteger is not an integer');
    return { kind: 'quantity', value: integer };
  }
  if (observation['valueString'] !== undefined) {
    const text = readText(observation['valueString']);
    return text ? { kind: 'text', text } : undefined;
  }
  if (observation['valueCodeableConcept'] !== undefined) {
    const text = conceptText(observation['valueCodeableConcept']);
    return text ? { kind: 'coded', text } : undefined;
  }
  return undefined;
}

function bound(value: unknown): { value?: number; unit?: string } {
  if (!isRecord(value)) return {};
  const number = value['value'];
  const unit = readText(value['unit']) ?? readText(value['code']);
  return { ...(typeof number === 'number' && Number.isFinite(number) ? { value: number } : {}), ...(unit ? { unit } : {}) };
}

function isNormalRange(range: Record<string, unknown>): boolean {
  const type = range['type'];
  if (type === undefined) return true;
  const codings = isRecord(type) ? listOf(type['coding']) : [];
  return codings.some((coding: unknown) => isRecord(coding) && coding['system'] === NORMAL_RANGE_MEANING && coding['code'] === 'normal');
}

/**
 * The reference range to show and compare with: the first `referenceRange` that is the normal range
 * (no `type`, or type `normal`). Bounds that are not numbers are left out; the text stays.
 */
export function readRange(observation: Record<string, unknown>): ReferenceRangeView | undefined {
  const ranges = listOf(observation['referenceRange']);
  const range = ranges.find((candidate: unknown): candidate is Record<string, unknown> => isRecord(candidate) && isNormalRange(candidate));
  if (!range) return undefined;
  const low = bound(range['low']);
  const high = bound(range['high']);
  const text = readText(range['text']);
  const unit = low.unit ?? high.unit;
  const view: ReferenceRangeView = {
    ...(low.value !== undefined ? { low: low.value } : {}),
    ...(high.value !== undefined ? { high: high.value } : {}),
    ...(unit ? { unit } : {}),
    ...(text ? { text } : {}),
  };
  return Object.keys(view).length ? view : undefined;
}

/** Units compared as people write them: `mmol/L` and `mmol/l` are one unit; no unit matches any. */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.trim().toLowerCase() === b.trim().toLowerCase();
}
