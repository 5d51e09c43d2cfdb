import { defineMessages } from '@hn-elements/core';

/**
 * The words of "Utvikling over tid": the section's heading, each chart's name and table, and the
 * trend's summary. Apart from messages.ts so that they load with the trends' module
 * (trends-controller.ts), not with the answers.
 */
export const trendMessages = defineMessages({
  nb: {
    trends: 'Utvikling over tid',
    trendChart: ({ name, summary }) => `Diagram over ${name}. ${summary}`,
    trendTable: ({ name }) => `${name}, alle målinger`,
    date: 'Dato',
    bandLegend: 'Det skraverte feltet er referanseområdet.',
    trendRising: 'Verdien har steget',
    trendFalling: 'Verdien har sunket',
    trendStable: 'Verdien er omtrent den samme',
    trendWithinSince: ({ date }) => `Innenfor referanseområdet siden ${date}`,
    trendOutsideSince: ({ date }) => `Utenfor referanseområdet siden ${date}`,
    trendOtherUnits: 'Svar målt i en annen enhet vises for seg, fordi de ikke kan sammenlignes direkte.',
  },
  nn: {
    trends: 'Utvikling over tid',
    trendChart: ({ name, summary }) => `Diagram over ${name}. ${summary}`,
    trendTable: ({ name }) => `${name}, alle målingar`,
    date: 'Dato',
    bandLegend: 'Det skraverte feltet er referanseområdet.',
    trendRising: 'Verdien har stige',
    trendFalling: 'Verdien har søkke',
    trendStable: 'Verdien er om lag den same',
    trendWithinSince: ({ date }) => `Innanfor referanseområdet sidan ${date}`,
    trendOutsideSince: ({ date }) => `Utanfor referanseområdet sidan ${date}`,
    trendOtherUnits: 'Svar målt i ei anna eining blir viste for seg, fordi dei ikkje kan samanliknast direkte.',
  },
  en: {
    trends: 'Changes over time',
    trendChart: ({ name, summary }) => `Chart of ${name}. ${summary}`,
    trendTable: ({ name }) => `${name}, every measurement`,
    date: 'Date',
    bandLegend: 'The shaded area is the reference range.',
    trendRising: 'The value has gone up',
    trendFalling: 'The value has gone down',
    trendStable: 'The value is about the same',
    trendWithinSince: ({ date }) => `Within the reference range since ${date}`,
    trendOutsideSince: ({ date }) => `Outside the reference range since ${date}`,
    trendOtherUnits: 'Results measured in another unit are shown apart, because they cannot be compared directly.',
  },
});

export type TrendMessageKey = keyof (typeof trendMessages)['nb'];
