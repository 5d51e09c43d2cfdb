import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/referrals/define.js';
import type { Bundle } from '@hn-elements/core';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import { mockFhir, storySources, type MockAnswer } from './support/mock-fhir.js';
import { childReferrals, emptyReferrals, gpReferrals, hospitalReferrals, hostileReferrals, partlyBrokenReferrals, REFERRALS_NOW } from './support/referral-data.js';

/** Every public property has a control (argTypes from custom-elements.json, .storybook/argtypes.ts). */
type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Referrals',
  component: 'hn-referrals',
  args: { headingLevel: 2 },
  parameters: {
    docs: {
      description: {
        component:
          'The citizen\'s referrals merged from several FHIR R4 sources, each through its life, the assessment and the rights it gives, with hand-offs to Helfo and free choice of treatment place. The stories are dated 10 March 2026 (one deadline has passed). Use the toolbar for locale, representation, theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bundle mode: the host fetched the data. */
function withBundle(bundle: () => unknown): Story {
  return {
    render: (args, { globals }) => html`<hn-referrals
      locale=${storySession(globals).locale}
      .session=${storySession(globals)}
      .now=${REFERRALS_NOW}
      .bundle=${bundle() as Bundle}
      ${hostProps(args)}
    ></hn-referrals>`,
  };
}

/** Live mode: the element fetches from the (mocked) sources itself. */
function live(answers: () => Record<string, MockAnswer>): Story {
  return {
    beforeEach: () => mockFhir(answers()),
    render: (args, { globals }) => html`<hn-referrals
      request-timeout="2000"
      .now=${REFERRALS_NOW}
      .session=${storySession(globals, { sources: storySources })}
      ${hostProps(args)}
    ></hn-referrals>`,
  };
}

const merged = () => ({ 'helse-bergen': hospitalReferrals(), fastlegen: gpReferrals(), 'bergen-kommune': emptyReferrals() });

export const EveryState: Story = withBundle(hospitalReferrals);

export const Empty: Story = withBundle(emptyReferrals);

/** As on an overview page: the first three, those under way first, then a button that lists the rest. */
export const AtMostThree: Story = { ...live(merged), args: { maxItems: 3 } };

/**
 * The summary on an overview page (`max-items` with `all-href`, as the shell gives them there): the
 * first referrals, those under way first, as one link each, to that referral on the list's own page.
 */
export const Summary: Story = { ...live(merged), args: { maxItems: 3, allHref: '/referrals' } };

/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};

export const MergedFromSeveralSources: Story = live(merged);

export const OneSourceDown: Story = live(() => ({ 'helse-bergen': hospitalReferrals(), fastlegen: 'down', 'bergen-kommune': emptyReferrals() }));

/** One source pages without end: what it gave is shown, with a notice that it is incomplete. */
export const OneSourceIncomplete: Story = live(() => ({ 'helse-bergen': { pagingLoop: hospitalReferrals() }, fastlegen: gpReferrals(), 'bergen-kommune': emptyReferrals() }));

/** Every source down: an alert that names what failed, with "Prøv igjen". */
export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));

export const SessionExpired: Story = live(() => ({ 'helse-bergen': 'unauthorized', fastlegen: gpReferrals(), 'bergen-kommune': emptyReferrals() }));

export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));

export const SomeEntriesMalformed: Story = withBundle(partlyBrokenReferrals);

export const HostileText: Story = withBundle(hostileReferrals);

/** Ola is 10 on the stories' date: his parent sees his referrals, and the banner says whose they are. */
export const OnBehalfOfChild: Story = { ...withBundle(childReferrals), globals: { representation: 'child' } };

/** Per's power of attorney does not cover the health record: nothing is fetched or shown, and why. */
export const NoAccessForThisRepresentation: Story = { ...withBundle(hospitalReferrals), globals: { representation: 'power-of-attorney' } };

export const Nynorsk: Story = { ...withBundle(hospitalReferrals), globals: { locale: 'nn' } };

export const English: Story = { ...withBundle(hospitalReferrals), globals: { locale: 'en' } };

export const Mobile320: Story = { ...withBundle(hospitalReferrals), globals: { viewport: { value: 'mobile320', isRotated: false } } };

export const HighContrast: Story = { ...withBundle(hospitalReferrals), globals: { theme: 'high-contrast' } };
