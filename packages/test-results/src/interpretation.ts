import { listOf } from '@hn-elements/core';
import { OBSERVATION_INTERPRETATION, V2_INTERPRETATION, conceptKeys } from './codes.js';

/**
 * What a result means against its reference, in the few levels a citizen needs. Shown in words,
 * never by colour alone. `critical` is the source's own call (HH, LL, AA); a range can only say
 * high, low or normal.
 */
export type InterpretationLevel = 'normal' | 'high' | 'low' | 'abnormal' | 'critical-high' | 'critical-low' | 'critical';

export interface InterpretationView {
  level: InterpretationLevel;
  /** `source`: the source coded it; `range`: computed here from the value and the reference range. */
  from: 'source' | 'range';
}

const FROM_CODE: Readonly<Record<string, InterpretationLevel>> = {
  N: 'normal',
  H: 'high',
  HU: 'high',
  L: 'low',
  LU: 'low',
  A: 'abnormal',
  HH: 'critical-high',
  LL: 'critical-low',
  AA: 'critical',
};

/** The source's interpretation: the first coding in v3-ObservationInterpretation (or v2-0078) we know. */
export function codedInterpretation(interpretation: unknown): InterpretationLevel | undefined {
  for (const key of listOf(interpretation).flatMap(conceptKeys)) {
    const [system, code] = key.split('|') as [string, string];
    const level = system === OBSERVATION_INTERPRETATION || system === V2_INTERPRETATION ? FROM_CODE[code] : undefined;
    if (level) return level;
  }
  return undefined;
}

export type Comparator = '<' | '<=' | '>=' | '>';

export interface RangeBounds {
  low?: number;
  high?: number;
}

/**
 * High, low or normal from the value and the reference range; undefined when it cannot be told: no
 * bound, or a value given as "<x" or ">x" that may lie on either side of a bound. A bound is
 * inclusive: a value equal to the upper limit is normal.
 */
export function rangeInterpretation(value: number, comparator: Comparator | undefined, range: RangeBounds): InterpretationLevel | undefined {
  const { low, high } = range;
  if (low === undefined && high === undefined) return undefined;
  if (comparator === undefined) {
    if (low !== undefined && value < low) return 'low';
    if (high !== undefined && value > high) return 'high';
    return 'normal';
  }
  const below = comparator === '<' || comparator === '<=';
  if (below) {
    // The true value is at most `value`.
    if (low !== undefined && (comparator === '<' ? value <= low : value < low)) return 'low';
    if (low === undefined && high !== undefined && value <= high) return 'normal';
    return undefined;
  }
  if (high !== undefined && (comparator === '>' ? value >= high : value > high)) return 'high';
  if (high === undefined && low !== undefined && value >= low) return 'normal';
  return undefined;
}

/** Whether a level is outside the reference (anything but normal). */
export function isOutside(level: InterpretationLevel | undefined): boolean {
  return level !== undefined && level !== 'normal';
}

export function isCritical(level: InterpretationLevel | undefined): boolean {
  return !!level?.startsWith('critical');
}

/** The message key (messages.ts) that says a level in words. */
export const INTERPRETATION_KEYS = {
  normal: 'interpretationNormal',
  high: 'interpretationHigh',
  low: 'interpretationLow',
  abnormal: 'interpretationAbnormal',
  'critical-high': 'interpretationCriticalHigh',
  'critical-low': 'interpretationCriticalLow',
  critical: 'interpretationCritical',
} as const satisfies Record<InterpretationLevel, string>;
