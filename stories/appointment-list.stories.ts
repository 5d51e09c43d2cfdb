import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/appointment-list/define.js';
import type { Bundle } from '@medplum/fhirtypes';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import { mockFhir, storySources, type MockAnswer } from './support/mock-fhir.js';
import { emptyBundle, gpAppointments, hospitalAppointments, hostileBundle, partlyBrokenBundle } from './support/appointment-data.js';

/** Every public property has a control (argTypes from custom-elements.json, .storybook/argtypes.ts). */
type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Appointment list',
  component: 'hn-appointment-list',
  args: { view: 'upcoming', headingLevel: 3 },
  parameters: {
    docs: {
      description: {
        component:
          'The citizen\'s appointments merged from several FHIR R4 sources. Use the toolbar for locale, representation, theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bundle mode: the host fetched the data. */
function withBundle(bundle: () => unknown): Story {
  return {
    render: (args, { globals }) => html`<hn-appointment-list
      locale=${storySession(globals).locale}
      .session=${storySession(globals)}
      .bundle=${bundle() as Bundle}
      ${hostProps(args)}
    ></hn-appointment-list>`,
  };
}

/** Live mode: the element fetches from the (mocked) sources itself. */
function live(answers: () => Record<string, MockAnswer>): Story {
  return {
    beforeEach: () => mockFhir(answers()),
    render: (args, { globals }) => html`<hn-appointment-list
      request-timeout="2000"
      .session=${storySession(globals, { sources: storySources })}
      ${hostProps(args)}
    ></hn-appointment-list>`,
  };
}

export const Upcoming: Story = withBundle(hospitalAppointments);

export const Past: Story = { ...withBundle(hospitalAppointments), args: { view: 'past' } };

export const Empty: Story = withBundle(emptyBundle);

/** As on an overview page: the first two, then a button that lists the rest. */
export const AtMostTwo: Story = {
  ...live(() => ({ 'helse-bergen': hospitalAppointments(), fastlegen: gpAppointments(), 'bergen-kommune': emptyBundle() })),
  args: { maxItems: 2 },
};

/**
 * The summary on an overview page (`max-items` with `all-href`, as the shell gives them there): the
 * first upcoming appointments as one link each, to that appointment on the list's own page.
 */
export const Summary: Story = {
  ...live(() => ({ 'helse-bergen': hospitalAppointments(), fastlegen: gpAppointments(), 'bergen-kommune': emptyBundle() })),
  args: { maxItems: 3, allHref: '/appointments' },
};

/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};

export const MergedFromSeveralSources: Story = live(() => ({
  'helse-bergen': hospitalAppointments(),
  fastlegen: gpAppointments(),
  'bergen-kommune': emptyBundle(),
}));

export const OneSourceDown: Story = live(() => ({
  'helse-bergen': hospitalAppointments(),
  fastlegen: 'down',
  'bergen-kommune': emptyBundle(),
}));

/** Each failed source says what happened: a login it did not accept, an error with its own words. */
export const SourcesFailInDifferentWays: Story = live(() => ({
  'helse-bergen': hospitalAppointments(),
  fastlegen: 'unauthorized',
  'bergen-kommune': 'down',
}));

export const OneSourceIncomplete: Story = live(() => ({
  'helse-bergen': { pagingLoop: hospitalAppointments() },
  fastlegen: gpAppointments(),
  'bergen-kommune': emptyBundle(),
}));

export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));

export const SessionExpired: Story = live(() => ({ 'helse-bergen': 'unauthorized', fastlegen: gpAppointments(), 'bergen-kommune': emptyBundle() }));

export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));

export const SomeEntriesMalformed: Story = withBundle(partlyBrokenBundle);

export const HostileText: Story = withBundle(hostileBundle);

export const OnBehalfOfChild: Story = { ...withBundle(hospitalAppointments), globals: { representation: 'child' } };

export const NoAccessForThisRepresentation: Story = {
  render: (args, { globals }) => {
    const session = storySession(globals, {});
    const noAppointments = {
      ...session,
      patient: { reference: 'Patient/per', name: 'Per Hansen' },
      representation: { person: { reference: 'Patient/per', name: 'Per Hansen' }, relation: 'power-of-attorney' as const, scopes: ['inbox' as const] },
    };
    return html`<hn-appointment-list .session=${noAppointments} ${hostProps({ ...args, session: undefined })}></hn-appointment-list>`;
  },
};

export const Nynorsk: Story = { ...withBundle(hospitalAppointments), globals: { locale: 'nn' } };

export const English: Story = { ...withBundle(hospitalAppointments), globals: { locale: 'en' } };

export const Mobile320: Story = {
  ...withBundle(hospitalAppointments),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

export const HighContrast: Story = { ...withBundle(hospitalAppointments), globals: { theme: 'high-contrast' } };
