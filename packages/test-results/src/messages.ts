import { LocaleMessages, type Message } from '@hn-elements/core';

/**
 * The words of <hn-test-results> that the model and the trends name by key: statuses and what they
 * mean, interpretations, why something is not shown, and the trend summary. Plain language (klart
 * språk). Bokmål is here, in the module a mount loads; nynorsk (messages-nn.ts) and English
 * (messages-en.ts) load the first time an element shows them, and the element shows its loading
 * state until its language is here (core's LocaleMessages).
 */
const nb = {
  listLabel: 'Prøvesvar',
  showAll: ({ count }) => `Vis alle ${count} prøvesvar`,
  loadError: 'Vi fikk ikke hentet prøvesvarene dine.',
  itemsSkipped: ({ count }) => (count === 1 ? 'Ett prøvesvar kunne ikke vises fordi informasjonen i det var ufullstendig eller feil.' : `${count} prøvesvar kunne ikke vises fordi informasjonen i dem var ufullstendig eller feil.`),
  empty: 'Du har ingen prøvesvar.',
  emptyFiltered: 'Ingen prøvesvar passer med det du har valgt.',
  retried: 'Prøvesvarene er hentet.',
  untitled: 'Prøvesvar',
  sampleTaken: 'Prøven ble tatt',
  answered: 'Svar gitt',
  noDate: 'Dato ikke oppgitt',
  orderedBy: 'Bestilt av',
  performedBy: 'Utført av',
  test: 'Prøve',
  result: 'Resultat',
  range: 'Referanseområde',
  assessment: 'Vurdering',
  noValue: 'Ikke noe resultat',
  rangeBetween: ({ low, high }) => `${low}–${high}`,
  rangeBelow: ({ high }) => `Under ${high}`,
  rangeAbove: ({ low }) => `Over ${low}`,
  whatItMeans: ({ name }) => `Hva betyr svaret på ${name}?`,
  explanationLoading: 'Henter forklaringen …',
  explanationFailed: 'Vi fikk ikke hentet forklaringen akkurat nå. Lurer du på hva svaret betyr for deg, kan du spørre fastlegen din.',
  comment: 'Kommentar fra den som svarte',
  conclusion: 'Konklusjon',
  reportText: 'Beskrivelse',
  reportTextUnreadable: 'Beskrivelsen i svaret kan ikke vises her.',
  filters: 'Velg hvilke prøvesvar du vil se',
  search: 'Søk etter prøve',
  source: 'Kilde',
  allSources: 'Alle kilder',
  testFilter: 'Prøve',
  allTests: 'Alle prøver',
  period: 'Tidsrom',
  periodAll: 'Hele tiden',
  period3: 'Siste 3 måneder',
  period12: 'Siste 12 måneder',
  shownCount: ({ count }) => (count === 1 ? 'Viser 1 prøvesvar.' : `Viser ${count} prøvesvar.`),
  trendsFailed: 'Vi fikk ikke vist utviklingen over tid akkurat nå. Svarene over er likevel komplette.',
  statusRegistered: 'Registrert',
  statusPreliminary: 'Foreløpig svar',
  statusFinal: 'Endelig svar',
  statusAmended: 'Endret svar',
  statusCorrected: 'Rettet svar',
  statusCancelled: 'Avlyst',
  statusUnknown: 'Status ikke oppgitt',
  explainRegistered: 'Prøven er mottatt, men ikke analysert ennå. Svaret kommer her når det er klart.',
  explainPreliminary: 'Dette er et foreløpig svar. Noen resultater kan endre seg før svaret er endelig.',
  explainFinal: 'Svaret er ferdig og kontrollert.',
  explainAmended: 'Svaret er endret etter at det først ble gitt. Det du ser nå, er den nyeste versjonen.',
  explainCorrected: 'Svaret hadde en feil som er rettet. Det du ser nå, er det riktige svaret.',
  explainCancelled: 'Prøven ble ikke analysert. Spør den som tok prøven om du trenger en ny.',
  explainUnknown: 'Kilden har ikke sagt om svaret er ferdig.',
  interpretationNormal: 'Innenfor referanseområdet',
  interpretationHigh: 'Høyere enn referanseområdet',
  interpretationLow: 'Lavere enn referanseområdet',
  interpretationAbnormal: 'Avviker fra det vanlige',
  interpretationCriticalHigh: 'Mye høyere enn referanseområdet',
  interpretationCriticalLow: 'Mye lavere enn referanseområdet',
  interpretationCritical: 'Sterkt avvikende',
  interpretationFromRange: 'Vurdert ut fra referanseområdet',
  noAccessScope: 'Du kan ikke se prøvesvarene til denne personen. Fullmakten eller tilgangen din gjelder ikke journalopplysninger.',
  noAccessChild12to15: 'Når barnet har fylt 12 år, kan foreldre ikke se prøvesvarene til barnet her. Barnet kan selv bestemme hva foreldrene skal få vite.',
  noAccessChild16: 'Når barnet har fylt 16 år, bestemmer barnet selv over helseopplysningene sine. Foreldre kan ikke se prøvesvarene lenger.',
  withheld: ({ count }) => (count === 1 ? 'Ett svar er ikke klart til å vises ennå. Den som har ansvar for prøven, ser på det først.' : `${count} svar er ikke klare til å vises ennå. Den som har ansvar for prøvene, ser på dem først.`),
  // The everyday name of each common test (codes.ts), with the abbreviation people see on the answer.
  'name:hb': 'Hemoglobin (Hb)',
  'name:crp': 'CRP (C-reaktivt protein)',
  'name:hba1c': 'Langtidsblodsukker (HbA1c)',
  'name:ferritin': 'Ferritin (jernlager)',
  'name:creatinine': 'Kreatinin',
  'name:egfr': 'eGFR (beregnet nyrefunksjon)',
  'name:cholesterol': 'Totalkolesterol',
  'name:ldl': 'LDL-kolesterol («det onde kolesterolet»)',
  'name:tsh': 'TSH (stoffskifte)',
  'name:vitamin-d': 'D-vitamin (25-OH-vitamin D)',
  'name:inr': 'INR (blodets levringsevne)',
  'name:psa': 'PSA (prostataprøve)',
} satisfies Record<string, Message>;

export type TestResultMessageKey = keyof typeof nb;
/** One language's words of the component: TypeScript checks that nn and en have every key. */
export type TestResultWords = Readonly<Record<TestResultMessageKey, Message>>;

export const testResultMessages = new LocaleMessages<TestResultMessageKey>(nb, {
  nn: () => import('./messages-nn.js').then((module) => module.nn),
  en: () => import('./messages-en.js').then((module) => module.en),
});
