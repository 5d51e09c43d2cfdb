import type { Locale } from '../session.js';

/** Every date and time is shown in Norwegian time, whatever zone the browser is in. */
export const TIME_ZONE = 'Europe/Oslo';

/**
 * Browsers' Intl data often lacks nynorsk (Chromium has none), so nn formats with bokmål data and
 * then swaps the words that differ (weekday names); month names are the same in both.
 */
const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

const NYNORSK_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bmandag\b/g, 'måndag'],
  [/\btirsdag\b/g, 'tysdag'],
  [/\blørdag\b/g, 'laurdag'],
  [/\bsøndag\b/g, 'sundag'],
];

function toNynorsk(text: string): string {
  return NYNORSK_WORDS.reduce((result, [pattern, word]) => result.replace(pattern, word), text);
}

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

export type DateStyle = 'date' | 'long-date' | 'time' | 'date-time' | 'weekday-date';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  'long-date': { day: 'numeric', month: 'long', year: 'numeric' },
  'weekday-date': { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'date-time': { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { ...OPTIONS[style], timeZone: TIME_ZONE });
    cache.set(key, found);
  }
  return found;
}

/** Formats an instant (Date or ISO string) in Europe/Oslo. Returns '' for an unreadable value. */
export function formatDateTime(value: Date | string | undefined, locale: Locale, style: DateStyle): string {
  if (value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const text = formatter(locale, style).format(date);
  return locale === 'nn' ? toNynorsk(text) : text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the locale writes it ("4,6" in Norwegian, "4.6" in English), with at most
 * `maximumFractionDigits` decimals. One formatter per locale and precision, made once: making an
 * Intl formatter costs far more than using it, and a list of results formats thousands of numbers.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 3): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits });
    numberFormats.set(key, found);
  }
  return found.format(value);
}

/** Calendar day (YYYY-MM-DD) of an instant in Europe/Oslo, for grouping. */
export function osloDayKey(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return parts;
}

/** A list such as "A, B og C" in the locale's words. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}
