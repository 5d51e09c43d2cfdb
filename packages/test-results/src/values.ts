import { conceptText, isRecord, listOf, readText } from '@hn-elements/core';
import { conceptKeys } from './codes.js';
import { defined } from './defined.js';
import type { Comparator, RangeBounds } from './interpretation.js';

/** A result's value as the source gave it: a number with a unit, text, or a coded answer in words. */
export type ResultValue =
  | { kind: 'quantity'; value: number; comparator?: Comparator; unit?: string }
  | { kind: 'text'; text: string }
  | { kind: 'coded'; text: string };

type Quantity = Extract<ResultValue, { kind: 'quantity' }>;

export interface ReferenceRangeView extends RangeBounds {
  unit?: string;
  /** The source's own words for the range ("Under 5", "Kvinner: 117–153 g/L"). */
  text?: string;
}

const COMPARATORS: readonly Comparator[] = ['<', '<=', '>=', '>'];
const NORMAL_RANGE_MEANING = 'http://terminology.hl7.org/CodeSystem/referencerange-meaning';

/**
 * An entry that cannot be shown truthfully (a value given but broken, an unknown status, an
 * impossible date): it is left out and counted as a problem (model.ts).
 */
export class Problem extends Error {}

/** A Quantity's number (when it is a finite one) and its unit: the unit's text, else its UCUM code. */
function bound(value: unknown): { value?: number; unit?: string } {
  if (!isRecord(value)) return {};
  const number = value['value'];
  return defined({ value: typeof number === 'number' && Number.isFinite(number) ? number : undefined, unit: readText(value['unit']) ?? readText(value['code']) });
}

function quantity(raw: unknown): Quantity {
  if (!isRecord(raw)) throw new Problem('invalid value: valueQuantity is not an object');
  const { value, unit } = bound(raw);
  if (value === undefined) throw new Problem('invalid value: valueQuantity.value is not a number');
  const comparator = raw['comparator'] as Comparator | undefined;
  if (comparator !== undefined && !COMPARATORS.includes(comparator)) throw new Problem('invalid value: unknown comparator');
  return defined<Quantity>({ kind: 'quantity', value, comparator, unit });
}

/**
 * `Observation.value[x]`: valueQuantity (a finite number, an optional comparator, the unit's text or
 * its UCUM code), valueInteger (a number without unit), valueString, valueCodeableConcept (in words).
 * Other types are not shown as a value. Throws `Problem` for a value that is there but broken.
 */
export function readValue(observation: Record<string, unknown>): ResultValue | undefined {
  if (observation['valueQuantity'] !== undefined) return quantity(observation['valueQuantity']);
  const integer = observation['valueInteger'];
  if (integer !== undefined) {
    if (typeof integer !== 'number' || !Number.isInteger(integer)) throw new Problem('invalid value: valueInteger is not an integer');
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

function isNormalRange(range: Record<string, unknown>): boolean {
  return range['type'] === undefined || conceptKeys(range['type']).includes(`${NORMAL_RANGE_MEANING}|normal`);
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
  const view = defined<ReferenceRangeView>({ low: low.value, high: high.value, unit: low.unit ?? high.unit, text: readText(range['text']) });
  return Object.keys(view).length ? view : undefined;
}

/** Units compared as people write them: `mmol/L` and `mmol/l` are one unit; no unit matches any. */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.trim().toLowerCase() === b.trim().toLowerCase();
}
