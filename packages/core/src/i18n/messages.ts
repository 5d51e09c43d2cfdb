import type { Locale } from '../session.js';
import { DEFAULT_LOCALE } from '../session.js';

/** A message is a plain string, or a function of named parameters. */
export type Message = string | ((params: Record<string, string | number>) => string);

/** One catalogue: the same keys in every language; TypeScript checks that nn and en have them all. */
export type Catalogue<K extends string> = Record<Locale, Record<K, Message>>;

export function defineMessages<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  return catalogue;
}

/** Looks up a message; falls back to bokmål, then to the key itself so nothing renders blank. */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const message = catalogue[locale]?.[key] ?? catalogue[DEFAULT_LOCALE][key];
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params) : message;
}
