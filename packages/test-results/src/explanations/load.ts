import type { Locale } from '@hn-elements/core';
import type { LanguageTexts } from './types.js';

/**
 * Each language's explanations, as a module of its own: a page loads only the language it shows,
 * and only when a citizen opens "Hva betyr svaret?" (explanations-controller.ts). About 6 KB of
 * text a language, which would otherwise be loaded three times over with every mount.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<LanguageTexts>>> = {
  nb: () => import('./nb.js').then((module) => module.nb),
  nn: () => import('./nn.js').then((module) => module.nn),
  en: () => import('./en.js').then((module) => module.en),
};

/** Loads the explanations of one language (bokmål for a locale without its own). */
export function loadExplanations(locale: Locale): Promise<LanguageTexts> {
  return (LOADERS[locale] ?? LOADERS.nb)();
}
