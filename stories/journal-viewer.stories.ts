import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/journal-viewer/define.js';
import type { Bundle } from '@medplum/fhirtypes';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import { mockFhir, storySources, type MockAnswer } from './support/mock-fhir.js';
import { emptyJournal, gpJournal, hospitalJournal, hostileJournal, malformedJournal, wholeJournal } from './support/journal-data.js';

interface Args {
  view: 'documents' | 'access-log';
  headingLevel: number;
  documentKey: string;
}

const meta: Meta<Args> = {
  title: 'Components/Journal viewer',
  component: 'hn-journal-viewer',
  args: { view: 'documents', headingLevel: 2, documentKey: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['documents', 'access-log'] },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    documentKey: { control: 'text', description: 'Key of the open document, e.g. bundle/DocumentReference/notat' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The citizen\'s journal documents from several FHIR R4 sources (DocumentReference, Composition) as text, sanitised HTML or PDF, with print and download; and the access log (AuditEvent). Letters are left to the inbox. Use the toolbar for locale, representation (Per Hansen\'s power of attorney does not cover the journal), theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bundle mode: the host fetched the data. */
function withBundle(bundle: () => unknown, overrides: Partial<Args> = {}): Story {
  return {
    args: overrides,
    render: (args, { globals }) => html`<hn-journal-viewer
      view=${args.view}
      heading-level=${args.headingLevel}
      document-key=${args.documentKey || ''}
      locale=${storySession(globals).locale}
      .session=${storySession(globals)}
      .bundle=${bundle() as Bundle}
      ${hostProps(args)}
    ></hn-journal-viewer>`,
  };
}

/** Live mode: the element fetches from the (mocked) sources itself. */
function live(answers: () => Record<string, MockAnswer>, overrides: Partial<Args> = {}): Story {
  return {
    args: overrides,
    beforeEach: () => mockFhir(answers()),
    render: (args, { globals }) => html`<hn-journal-viewer
      view=${args.view}
      heading-level=${args.headingLevel}
      request-timeout="2000"
      .session=${storySession(globals, { sources: storySources })}
      ${hostProps(args)}
    ></hn-journal-viewer>`,
  };
}

export const Documents: Story = withBundle(wholeJournal);

export const PlainTextDocument: Story = withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/notat' });

export const HtmlDocument: Story = withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/epikrise' });

export const PdfDocument: Story = withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/rontgen' });

export const CompositionDocument: Story = withBundle(wholeJournal, { documentKey: 'bundle/Composition/innleggelse' });

export const AccessLog: Story = withBundle(wholeJournal, { view: 'access-log' });

/** The access log with the period set to chosen dates (the date fields show). */
export const AccessLogChosenDates: Story = {
  ...withBundle(wholeJournal, { view: 'access-log' }),
  play: async ({ canvasElement }) => {
    const viewer = canvasElement.querySelector('hn-journal-viewer');
    await (viewer as unknown as { updateComplete: Promise<unknown> } | null)?.updateComplete;
    viewer?.shadowRoot?.querySelector<HTMLInputElement>('input[value="custom"]')?.click();
  },
};

export const Empty: Story = withBundle(emptyJournal);

export const EmptyAccessLog: Story = withBundle(emptyJournal, { view: 'access-log' });

/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};

export const MergedFromSeveralSources: Story = live(() => ({
  'helse-bergen': hospitalJournal(),
  fastlegen: gpJournal(),
  'bergen-kommune': emptyJournal(),
}));

export const AccessLogFromSeveralSources: Story = live(
  () => ({ 'helse-bergen': hospitalJournal(), fastlegen: gpJournal(), 'bergen-kommune': emptyJournal() }),
  { view: 'access-log' },
);

export const OneSourceDown: Story = live(() => ({
  'helse-bergen': hospitalJournal(),
  fastlegen: 'down',
  'bergen-kommune': emptyJournal(),
}));

export const OneSourceIncomplete: Story = live(() => ({
  'helse-bergen': { pagingLoop: hospitalJournal() },
  fastlegen: 'down',
  'bergen-kommune': emptyJournal(),
}));

export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));

export const SessionExpired: Story = live(() => ({ 'helse-bergen': 'unauthorized', fastlegen: gpJournal(), 'bergen-kommune': emptyJournal() }));

export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));

export const MalformedDocuments: Story = withBundle(malformedJournal);

export const MalformedDocumentOpen: Story = withBundle(malformedJournal, { documentKey: 'bundle/DocumentReference/falsk' });

export const HostileDocument: Story = withBundle(hostileJournal, { documentKey: 'bundle/DocumentReference/farlig' });

export const OnBehalfOfChild: Story = { ...withBundle(wholeJournal), globals: { representation: 'child' } };

/** Per Hansen's power of attorney does not cover the journal: a clear message, and nothing is fetched. */
export const NoAccessForThisRepresentation: Story = {
  ...live(() => ({ 'helse-bergen': hospitalJournal(), fastlegen: gpJournal(), 'bergen-kommune': emptyJournal() })),
  globals: { representation: 'power-of-attorney' },
};

export const Nynorsk: Story = { ...withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/notat' }), globals: { locale: 'nn' } };

export const English: Story = { ...withBundle(wholeJournal, { view: 'access-log' }), globals: { locale: 'en' } };

export const Mobile320: Story = {
  ...withBundle(wholeJournal),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

export const Mobile320DocumentOpen: Story = {
  ...withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/epikrise' }),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

export const HighContrast: Story = { ...withBundle(wholeJournal, { documentKey: 'bundle/DocumentReference/epikrise' }), globals: { theme: 'high-contrast' } };
