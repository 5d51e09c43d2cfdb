import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/tool-catalogue/define.js';
import type { Bundle } from '@medplum/fhirtypes';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import { mockFhir, storySources, type MockAnswer } from './support/mock-fhir.js';
import { catalogue, emptyCatalogue, hostileCatalogue, partlyBrokenCatalogue } from './support/tool-data.js';

interface Args {
  category: 'all' | 'learning' | 'mapping' | 'treatment';
  query: string;
  assignedOnly: boolean;
  maxItems?: number;
  allHref?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Tool catalogue',
  component: 'hn-tool-catalogue',
  args: { category: 'all', query: '', assignedOnly: false },
  argTypes: {
    category: { control: 'inline-radio', options: ['all', 'learning', 'mapping', 'treatment'] },
    query: { control: 'text' },
    assignedOnly: { control: 'boolean' },
  },
  parameters: {
    docs: { description: { component: 'Digital tools for learning, mapping and treatment from several FHIR R4 sources; assigned tools first; each starts by seamless hand-off.' } },
  },
};
export default meta;

type Story = StoryObj<Args>;

function withBundle(bundle: () => unknown): Story {
  return {
    render: (args, { globals }) => html`<hn-tool-catalogue
      category=${args.category}
      query=${args.query}
      ?assigned-only=${args.assignedOnly}
      .session=${storySession(globals)}
      .bundle=${bundle() as Bundle}
      ${hostProps(args)}
    ></hn-tool-catalogue>`,
  };
}

function live(answers: () => Record<string, MockAnswer>): Story {
  return {
    beforeEach: () => mockFhir(answers()),
    render: (args, { globals }) => html`<hn-tool-catalogue
      category=${args.category}
      request-timeout="2000"
      .session=${storySession(globals, { sources: storySources })}
      ${hostProps(args)}
    ></hn-tool-catalogue>`,
  };
}

export const Catalogue: Story = withBundle(catalogue);
export const Learning: Story = { ...withBundle(catalogue), args: { category: 'learning' } };
export const AssignedOnly: Story = { ...withBundle(catalogue), args: { assignedOnly: true } };
export const SearchByKind: Story = { ...withBundle(catalogue), args: { query: 'kartlegging' } };
export const NoMatch: Story = { ...withBundle(catalogue), args: { query: 'finnes ikke' } };
/** The short form the shell's overview shows: the first three tools, those assigned first, and "Vis alle … verktøy". */
export const AtMostThree: Story = { ...withBundle(catalogue), args: { maxItems: 3 } };
/**
 * The summary on an overview page (`max-items` with `all-href`, as the shell gives them there): the
 * first tools, those assigned first, as one link each, to that tool on the catalogue's own page.
 */
export const Summary: Story = { ...withBundle(catalogue), args: { maxItems: 3, allHref: '/tools' } };
export const Empty: Story = withBundle(emptyCatalogue);
/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};
export const OneSourceDown: Story = live(() => ({ 'helse-bergen': catalogue(), fastlegen: 'down', 'bergen-kommune': emptyCatalogue() }));
export const OneSourceIncomplete: Story = live(() => ({ 'helse-bergen': { pagingLoop: catalogue() }, fastlegen: emptyCatalogue(), 'bergen-kommune': emptyCatalogue() }));
export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));
export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));
export const SomeEntriesMalformed: Story = withBundle(partlyBrokenCatalogue);
export const HostileTargetsAndText: Story = withBundle(hostileCatalogue);
export const OnBehalfOfChild: Story = { ...withBundle(catalogue), globals: { representation: 'child' } };
export const NoAccessForThisRepresentation: Story = {
  render: (args, { globals }) => {
    const per = { reference: 'Patient/per', name: 'Per Hansen' };
    const noTools = { ...storySession(globals), patient: per, representation: { person: per, relation: 'power-of-attorney' as const, scopes: ['appointments' as const] } };
    return html`<hn-tool-catalogue category=${args.category} .session=${noTools}></hn-tool-catalogue>`;
  },
};
export const Nynorsk: Story = { ...withBundle(catalogue), globals: { locale: 'nn' } };
export const English: Story = { ...withBundle(catalogue), globals: { locale: 'en' } };
export const Mobile320: Story = { ...withBundle(catalogue), globals: { viewport: { value: 'mobile320', isRotated: false } } };
