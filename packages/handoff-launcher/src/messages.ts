import { defineMessages } from '@hn-elements/core';
import type { HandoffErrorReason } from './target.js';

/** Every string of <hn-handoff-launcher>, in plain language. */
export const launcherMessages = defineMessages({
  nb: {
    defaultLabel: ({ destination }) => `Gå til ${destination}`,
    goesTo: ({ destination }) => `Du går til ${destination}.`,
    goesToOnBehalf: ({ destination, name }) => `Du går til ${destination} på vegne av ${name}.`,
    onBehalf: ({ name }) => `På vegne av ${name}.`,
    newTab: 'Åpnes i en ny fane.',
    starting: ({ destination }) => `Sender deg videre til ${destination} …`,
    errorInvalidUrl: ({ destination }) => `Vi kan ikke åpne ${destination}. Adressen til tjenesten er feil.`,
    errorNotHttps: ({ destination }) => `Vi åpner ikke ${destination}, fordi adressen ikke er sikker.`,
    errorNotAllowed: ({ destination, host }) =>
      `Vi åpner ikke ${destination}. Adressen${host ? ` (${host})` : ''} er ikke godkjent for overgang fra Helsenorge.`,
    errorTicket: ({ destination }) => `Vi fikk ikke gjort klar overgangen til ${destination}. Du er ikke sendt videre.`,
    errorNavigation: ({ destination }) => `Vi fikk ikke åpnet ${destination}. Du er ikke sendt videre.`,
    popupBlocked: ({ destination }) =>
      `Det tok litt tid å gjøre klar overgangen til ${destination}, så nettleseren din kan ikke åpne en ny fane av seg selv. Velg «Åpne ${destination} i ny fane».`,
    openInNewTab: ({ destination }) => `Åpne ${destination} i ny fane`,
    retry: 'Prøv igjen',
    unknownDestination: 'tjenesten',
  },
  nn: {
    defaultLabel: ({ destination }) => `Gå til ${destination}`,
    goesTo: ({ destination }) => `Du går til ${destination}.`,
    goesToOnBehalf: ({ destination, name }) => `Du går til ${destination} på vegner av ${name}.`,
    onBehalf: ({ name }) => `På vegner av ${name}.`,
    newTab: 'Blir opna i ei ny fane.',
    starting: ({ destination }) => `Sender deg vidare til ${destination} …`,
    errorInvalidUrl: ({ destination }) => `Vi kan ikkje opne ${destination}. Adressa til tenesta er feil.`,
    errorNotHttps: ({ destination }) => `Vi opnar ikkje ${destination}, fordi adressa ikkje er sikker.`,
    errorNotAllowed: ({ destination, host }) =>
      `Vi opnar ikkje ${destination}. Adressa${host ? ` (${host})` : ''} er ikkje godkjend for overgang frå Helsenorge.`,
    errorTicket: ({ destination }) => `Vi fekk ikkje gjort klar overgangen til ${destination}. Du er ikkje send vidare.`,
    errorNavigation: ({ destination }) => `Vi fekk ikkje opna ${destination}. Du er ikkje send vidare.`,
    popupBlocked: ({ destination }) =>
      `Det tok litt tid å gjere klar overgangen til ${destination}, så nettlesaren din kan ikkje opne ei ny fane av seg sjølv. Vel «Opne ${destination} i ny fane».`,
    openInNewTab: ({ destination }) => `Opne ${destination} i ny fane`,
    retry: 'Prøv igjen',
    unknownDestination: 'tenesta',
  },
  en: {
    defaultLabel: ({ destination }) => `Go to ${destination}`,
    goesTo: ({ destination }) => `You are going to ${destination}.`,
    goesToOnBehalf: ({ destination, name }) => `You are going to ${destination} on behalf of ${name}.`,
    onBehalf: ({ name }) => `On behalf of ${name}.`,
    newTab: 'Opens in a new tab.',
    starting: ({ destination }) => `Taking you to ${destination} …`,
    errorInvalidUrl: ({ destination }) => `We cannot open ${destination}. The address of the service is wrong.`,
    errorNotHttps: ({ destination }) => `We will not open ${destination}, because the address is not secure.`,
    errorNotAllowed: ({ destination, host }) =>
      `We will not open ${destination}. The address${host ? ` (${host})` : ''} is not approved for going on from Helsenorge.`,
    errorTicket: ({ destination }) => `We could not get the hand-off to ${destination} ready. You have not been sent on.`,
    errorNavigation: ({ destination }) => `We could not open ${destination}. You have not been sent on.`,
    popupBlocked: ({ destination }) =>
      `It took a while to get the hand-off to ${destination} ready, so your browser cannot open a new tab by itself. Choose “Open ${destination} in a new tab”.`,
    openInNewTab: ({ destination }) => `Open ${destination} in a new tab`,
    retry: 'Try again',
    unknownDestination: 'the service',
  },
});

export type LauncherMessageKey = keyof (typeof launcherMessages)['nb'];

/** The sentence for each reason a hand-off was refused or failed. */
export const ERROR_KEY: Record<HandoffErrorReason, LauncherMessageKey> = {
  'invalid-url': 'errorInvalidUrl',
  'not-https': 'errorNotHttps',
  'not-allowed': 'errorNotAllowed',
  'ticket-failed': 'errorTicket',
  'navigation-failed': 'errorNavigation',
};

/** Reasons where trying again can help; the others are the link's own fault. */
export const RETRYABLE: readonly HandoffErrorReason[] = ['ticket-failed', 'navigation-failed'];
