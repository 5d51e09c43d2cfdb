import type { Locale, RepresentationRelation, RepresentationScope } from '@hn-elements/core';

/** A text in every supported language. A plain string is used for all three. */
export type LocalizedText = string | Readonly<Record<Locale, string>>;

export function localize(text: LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

interface ShellStrings {
  skipLink: string;
  loggedInAs: string;
  actingForLabel: string;
  self: (name: string) => string;
  relation: Record<RepresentationRelation, (name: string) => string>;
  onBehalfOf: (name: string) => string;
  scopesCover: (list: string) => string;
  scope: Record<RepresentationScope, string>;
  languageLabel: string;
  /** The button that puts the chosen language into effect. */
  applyLocale: string;
  /** The button that puts the chosen person into effect. */
  applyActingFor: string;
  /** On a narrow screen: the expander that holds who is logged in and the switchers. */
  settings: string;
  navLabel: string;
  overview: string;
  notFoundHeading: string;
  notFoundBody: string;
  notFoundLink: string;
  loading: string;
  errorHeading: (label: string) => string;
  errorBody: string;
  retry: string;
  retrying: string;
}

/** Every text the shell itself shows, in plain language. */
export const strings: Readonly<Record<Locale, ShellStrings>> = {
  nb: {
    skipLink: 'Hopp til hovedinnholdet',
    loggedInAs: 'Logget inn som',
    actingForLabel: 'Vis opplysninger for',
    self: (name) => `Deg selv – ${name}`,
    relation: {
      parent: (name) => `${name} (barnet ditt)`,
      'power-of-attorney': (name) => `${name} (du har fullmakt)`,
      guardian: (name) => `${name} (du er verge)`,
    },
    onBehalfOf: (name) => `Du handler nå på vegne av ${name}.`,
    scopesCover: (list) => `Fullmakten gjelder ${list}.`,
    scope: { appointments: 'timer', inbox: 'meldinger', tools: 'verktøy', journal: 'journal' },
    languageLabel: 'Språk (language)',
    applyLocale: 'Bytt språk',
    applyActingFor: 'Bytt person',
    settings: 'Språk og person',
    navLabel: 'Hovedmeny',
    overview: 'Oversikt',
    notFoundHeading: 'Vi fant ikke siden',
    notFoundBody: 'Adressen kan være feil, eller siden er flyttet.',
    notFoundLink: 'Gå til oversikten',
    loading: 'Laster inn …',
    errorHeading: (label) => `${label} kunne ikke vises akkurat nå.`,
    errorBody: 'Resten av siden virker som vanlig. Du kan prøve igjen nå eller senere.',
    retry: 'Prøv igjen',
    retrying: 'Prøver igjen …',
  },
  nn: {
    skipLink: 'Hopp til hovudinnhaldet',
    loggedInAs: 'Logga inn som',
    actingForLabel: 'Vis opplysningar for',
    self: (name) => `Deg sjølv – ${name}`,
    relation: {
      parent: (name) => `${name} (barnet ditt)`,
      'power-of-attorney': (name) => `${name} (du har fullmakt)`,
      guardian: (name) => `${name} (du er verje)`,
    },
    onBehalfOf: (name) => `Du handlar no på vegner av ${name}.`,
    scopesCover: (list) => `Fullmakta gjeld ${list}.`,
    scope: { appointments: 'timar', inbox: 'meldingar', tools: 'verktøy', journal: 'journal' },
    languageLabel: 'Språk (language)',
    applyLocale: 'Byt språk',
    applyActingFor: 'Byt person',
    settings: 'Språk og person',
    navLabel: 'Hovudmeny',
    overview: 'Oversikt',
    notFoundHeading: 'Vi fann ikkje sida',
    notFoundBody: 'Adressa kan vere feil, eller sida er flytta.',
    notFoundLink: 'Gå til oversikta',
    loading: 'Lastar inn …',
    errorHeading: (label) => `${label} kunne ikkje visast akkurat no.`,
    errorBody: 'Resten av sida verkar som vanleg. Du kan prøve igjen no eller seinare.',
    retry: 'Prøv igjen',
    retrying: 'Prøver igjen …',
  },
  en: {
    skipLink: 'Skip to main content',
    loggedInAs: 'Logged in as',
    actingForLabel: 'Show information for',
    self: (name) => `Yourself – ${name}`,
    relation: {
      parent: (name) => `${name} (your child)`,
      'power-of-attorney': (name) => `${name} (you have power of attorney)`,
      guardian: (name) => `${name} (you are guardian)`,
    },
    onBehalfOf: (name) => `You are now acting on behalf of ${name}.`,
    scopesCover: (list) => `The power of attorney covers ${list}.`,
    scope: { appointments: 'appointments', inbox: 'messages', tools: 'tools', journal: 'health records' },
    languageLabel: 'Language (språk)',
    applyLocale: 'Change language',
    applyActingFor: 'Change person',
    settings: 'Language and person',
    navLabel: 'Main menu',
    overview: 'Overview',
    notFoundHeading: 'We could not find the page',
    notFoundBody: 'The address may be wrong, or the page has moved.',
    notFoundLink: 'Go to the overview',
    loading: 'Loading …',
    errorHeading: (label) => `${label} can’t be shown right now.`,
    errorBody: 'The rest of the page works as usual. You can try again now or later.',
    retry: 'Try again',
    retrying: 'Trying again …',
  },
};

/** Names of the languages, each written in its own language. */
export const localeNames: Readonly<Record<Locale, string>> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
};

