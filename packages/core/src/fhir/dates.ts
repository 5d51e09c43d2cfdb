/**
 * The one reader of FHIR `date`, `dateTime`, `instant` and `Period` values for every component.
 *
 * Strict: a value must have the FHIR form AND be a real calendar moment. JavaScript's own
 * `Date` parser rolls "2030-02-30" over to 2 March; here it is refused, as are month 13, hour 24,
 * minute 60 and zone offsets past ±14:00. A refused value is `undefined`, and each component
 * decides what an unreadable date means for its item (docs/data-model.md).
 *
 * Rule for a value without a time (`2026-03-01`, `2026-03`, `2026`): it names a calendar day (or
 * month, or year) in Norway, not a moment. It is placed at 12:00 Oslo standard time on that day (the
 * first of the month, 1 January), which is that same day in Europe/Oslo whether or not summer time
 * is in force, so it formats and groups as the day the source meant and sorts inside that day.
 * `precision` says which parts the source gave, so nobody shows "kl. 12:00" that no source said.
 * Seconds may be left out of a time (`T10:00+01:00`); a time without a zone is refused, since the
 * moment it names is unknown.
 */

export type FhirDatePrecision = 'year' | 'month' | 'day' | 'time';

export interface FhirMoment {
  date: Date;
  precision: FhirDatePrecision;
}

const FORM =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Hour at which a value without a time is placed, in Oslo standard time (+01:00). */
const DAY_ONLY_HOUR_UTC = 11;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads a FHIR `dateTime` (also accepts `date` and `instant`, which are its narrower forms).
 * Returns the moment and the precision the source gave, or `undefined` when the value is not a
 * real date in FHIR's form.
 */
export function readFhirDateTime(value: unknown): FhirMoment | undefined {
  if (typeof value !== 'string') return undefined;
  const match = FORM.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const precision: FhirDatePrecision = h !== undefined ? 'time' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  if (precision !== 'time') {
    return { date: new Date(Date.UTC(year, month - 1, day, DAY_ONLY_HOUR_UTC)), precision };
  }
  const hour = Number(h);
  const minute = Number(mi);
  // FHIR allows a leap second (:60); a JavaScript Date cannot hold one, so it is the moment before.
  const second = s === undefined ? 0 : Number(s);
  const offset = offsetMinutes(zone!);
  if (hour > 23 || minute > 59 || second > 60 || offset === undefined) return undefined;
  const millis = second === 60 ? 999 : fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offset * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? undefined : { date, precision };
}

/** A FHIR `dateTime` as a `Date` (see `readFhirDateTime` for the rule of a value without a time). */
export function parseFhirDateTime(value: unknown): Date | undefined {
  return readFhirDateTime(value)?.date;
}

/** A FHIR `instant`: only a full date and time with a zone; anything less is `undefined`. */
export function parseFhirInstant(value: unknown): Date | undefined {
  const moment = readFhirDateTime(value);
  return moment?.precision === 'time' ? moment.date : undefined;
}

export interface ReadPeriod {
  start?: Date;
  end?: Date;
  /** Why the period cannot be believed as given: a bound that is not a date, or an end before the start. */
  problem?: 'invalid-start' | 'invalid-end' | 'end-before-start';
}

/**
 * Reads a FHIR `Period` (`start`, `end`, each a `dateTime`). An absent bound is open; a bound that
 * is present but unreadable, or an end before the start, is reported as `problem` (the bounds
 * that could be read are still given). `parse` narrows the bounds, e.g. to `parseFhirInstant`.
 */
export function readPeriod(period: unknown, parse: (value: unknown) => Date | undefined = parseFhirDateTime): ReadPeriod {
  if (!period || typeof period !== 'object') return {};
  const { start: rawStart, end: rawEnd } = period as { start?: unknown; end?: unknown };
  const start = parse(rawStart);
  const end = parse(rawEnd);
  const result: ReadPeriod = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  if (rawStart !== undefined && !start) result.problem = 'invalid-start';
  else if (rawEnd !== undefined && !end) result.problem = 'invalid-end';
  else if (start && end && end.getTime() < start.getTime()) result.problem = 'end-before-start';
  return result;
}
