import type { Locale } from '../session.js';

/** A message is a plain string, or a function of named parameters. */
export type Message = string | ((params: Record<string, string | number>) => string);

/** One catalogue: the same keys in every language; TypeScript checks that nn and en have them all. */
export type Catalogue<K extends string> = Record<Locale, Record<K, Message>>;

export function defineMessages<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  return catalogue;
}

/** A catalogue that may lack nn and en (they load on demand, see locale-messages.ts); bokmål always there. */
export type PartialCatalogue<K extends string> = { nb: Readonly<Record<K, Message>> } & Partial<Record<Locale, Readonly<Record<K, Message>>>>;

/** Looks up a message; falls back to bokmål, then to the key itself so nothing renders blank. */
export function translate<K extends string>(
  catalogue: PartialCatalogue<K>,
  locale: Locale,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const message = catalogue[locale]?.[key] ?? catalogue.nb[key];
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params) : message;
}
