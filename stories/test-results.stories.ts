import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/test-results/define.js';
import type { Bundle } from '@hn-elements/core';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import { mockFhir, storySources, type MockAnswer } from './support/mock-fhir.js';
import { emptyResults, gpResults, hospitalResults, hostileResults, partlyBrokenResults } from './support/test-result-data.js';

/** Every public property has a control (argTypes from custom-elements.json, .storybook/argtypes.ts). */
type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Test results',
  component: 'hn-test-results',
  args: { headingLevel: 3 },
  parameters: {
    docs: {
      description: {
        component:
          'The citizen\'s lab and imaging results merged from several FHIR R4 sources: value, range and what it means in words, the status explained, and trends as a chart with a table. Use the toolbar for locale, representation, theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bundle mode: the host fetched the data. */
function withBundle(bundle: (patient: string) => unknown): Story {
  return {
    render: (args, { globals }) => {
      const session = storySession(globals);
      return html`<hn-test-results
        locale=${session.locale}
        .session=${session}
        .bundle=${bundle(session.patient.reference) as Bundle}
        ${hostProps(args)}
      ></hn-test-results>`;
    },
  };
}

/** Live mode: the element fetches from the (mocked) sources itself. */
function live(answers: () => Record<string, MockAnswer>): Story {
  return {
    beforeEach: () => mockFhir(answers()),
    render: (args, { globals }) => html`<hn-test-results
      request-timeout="2000"
      .session=${storySession(globals, { sources: storySources })}
      ${hostProps(args)}
    ></hn-test-results>`,
  };
}

const merged = () => ({ 'helse-bergen': hospitalResults(), fastlegen: gpResults(), 'bergen-kommune': emptyResults() });

export const Results: Story = withBundle(hospitalResults);

export const Empty: Story = withBundle(emptyResults);

/** As on an overview page: the first two, without the trends, then a button that lists the rest. */
export const AtMostTwo: Story = { ...live(merged), args: { maxItems: 2 } };

/** The summary on an overview page (`max-items` with `all-href`, as the shell gives them there): the newest answers as one link each. */
export const Summary: Story = { ...live(merged), args: { maxItems: 3, allHref: '/test-results' } };

/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};

export const MergedFromSeveralSources: Story = live(merged);

export const OneSourceDown: Story = live(() => ({ 'helse-bergen': hospitalResults(), fastlegen: 'down', 'bergen-kommune': emptyResults() }));

/** One source pages without end: what it gave is shown, with a notice that it is incomplete. */
export const OneSourceIncomplete: Story = live(() => ({ 'helse-bergen': { pagingLoop: hospitalResults() }, fastlegen: gpResults(), 'bergen-kommune': emptyResults() }));

/** Every source down: an alert that names what failed, with "Prøv igjen". */
export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));

export const SessionExpired: Story = live(() => ({ 'helse-bergen': 'unauthorized', fastlegen: gpResults(), 'bergen-kommune': emptyResults() }));

export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));

export const SomeEntriesMalformed: Story = withBundle(partlyBrokenResults);

export const HostileText: Story = withBundle(hostileResults);

/** Ola is 11: his parent sees his results, and the banner says whose they are. */
export const OnBehalfOfChild: Story = { ...withBundle(hospitalResults), globals: { representation: 'child' } };

/** Per's power of attorney does not cover the health record: nothing is fetched or shown, and why. */
export const NoAccessForThisRepresentation: Story = { ...withBundle(hospitalResults), globals: { representation: 'power-of-attorney' } };

export const Nynorsk: Story = { ...withBundle(hospitalResults), globals: { locale: 'nn' } };

export const English: Story = { ...withBundle(hospitalResults), globals: { locale: 'en' } };

export const Mobile320: Story = { ...withBundle(hospitalResults), globals: { viewport: { value: 'mobile320', isRotated: false } } };

export const HighContrast: Story = { ...withBundle(hospitalResults), globals: { theme: 'high-contrast' } };
