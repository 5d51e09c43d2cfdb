import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/inbox/define.js';
import type { HnInbox } from '@hn-elements/inbox';
import type { Bundle } from '@medplum/fhirtypes';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';
import {
  emptyInbox,
  gpInbox,
  hospitalInbox,
  hostileInbox,
  inboxSources,
  manyMessages,
  mockInboxFhir,
  partlyBrokenInbox,
  type InboxMockAnswer,
  type InboxMockOptions,
} from './support/inbox-data.js';

interface Args {
  headingLevel: number;
  selected: string;
  maxItems?: number;
  allHref?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Inbox',
  component: 'hn-inbox',
  args: { headingLevel: 2, selected: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    selected: { control: 'text', description: 'Key of the open item, e.g. bundle/message/blod or helse-bergen/letter/hb-letter' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The citizen\'s messages (threads of Communication), form tasks (Task -> Questionnaire) and letters (DocumentReference, PDF) from several FHIR R4 sources, with unread state, search and filter, a reading pane, and replies whose drafts are never lost. Use the toolbar for locale, representation (Ola: a parent; Per: power of attorney), theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bundle mode: the host fetched the data; nothing is written. */
function withBundle(bundle: () => unknown, overrides: Partial<Args> = {}): Story {
  return {
    args: overrides,
    render: (args, { globals }) => html`<hn-inbox
      heading-level=${args.headingLevel}
      selected=${args.selected}
      locale=${storySession(globals).locale}
      .session=${storySession(globals)}
      .bundle=${bundle() as Bundle}
      ${hostProps(args)}
    ></hn-inbox>`,
  };
}

/** Live mode: the element fetches from the (mocked) sources itself, and writes to them. */
function live(answers: () => Record<string, InboxMockAnswer>, options: InboxMockOptions = {}, overrides: Partial<Args> = {}): Story {
  return {
    args: overrides,
    beforeEach: () => mockInboxFhir(answers(), options),
    render: (args, { globals }) => html`<hn-inbox
      heading-level=${args.headingLevel}
      selected=${args.selected}
      request-timeout="2000"
      .session=${storySession(globals, { sources: inboxSources })}
      ${hostProps(args)}
    ></hn-inbox>`,
  };
}

async function inbox(canvas: HTMLElement): Promise<HnInbox> {
  const el = canvas.querySelector('hn-inbox')!;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

/** Types a reply into the open thread and sends it. */
async function reply(canvas: HTMLElement, text: string): Promise<void> {
  const el = await inbox(canvas);
  const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#reply-text')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  el.shadowRoot!.querySelector<HTMLButtonElement>('.reply button[type="submit"]')!.click();
}

const both = () => ({ 'helse-bergen': hospitalInbox(), fastlegen: gpInbox(), 'bergen-kommune': emptyInbox() });

export const Inbox: Story = withBundle(hospitalInbox);

export const ThreadOpen: Story = withBundle(hospitalInbox, { selected: 'bundle/message/blod' });

export const FormTask: Story = withBundle(hospitalInbox, { selected: 'bundle/form/hb-task' });

export const FormTasksInEveryStatus: Story = {
  ...withBundle(gpInbox, { selected: 'bundle/form/gp-task-1' }),
  play: async ({ canvasElement }) => {
    const el = await inbox(canvasElement);
    const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('#inbox-kind')!;
    kind.value = 'form';
    kind.dispatchEvent(new Event('change'));
  },
};

export const LetterWithPdf: Story = withBundle(hospitalInbox, { selected: 'bundle/letter/hb-letter' });

export const Empty: Story = withBundle(emptyInbox);

export const NoSearchResults: Story = {
  ...withBundle(hospitalInbox),
  play: async ({ canvasElement }) => {
    const el = await inbox(canvasElement);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#inbox-search')!;
    search.value = 'finnes ikke';
    search.dispatchEvent(new Event('input'));
  },
};

export const UnreadOnly: Story = {
  ...live(both),
  play: async ({ canvasElement }) => {
    const el = await inbox(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('.check input')!.click();
  },
};

/** No source answers: the loading state stays (its test checks it as soon as it has rendered). */
export const Loading: Story = {
  ...live(() => ({ 'helse-bergen': 'never', fastlegen: 'never', 'bergen-kommune': 'never' })),
  parameters: { settle: false },
};

export const MergedFromSeveralSources: Story = live(both);

/**
 * The summary on an overview page (`max-items` with `all-href`, as the shell gives them there): the
 * newest items as one link each, to that item on the inbox's own page; nothing is opened or marked read.
 */
export const Summary: Story = live(both, {}, { maxItems: 3, allHref: '/inbox' });

/** Reply sent: the server's copy joins the thread, the draft is gone, the live region says so. */
export const ReplySent: Story = {
  ...live(both, {}, { selected: 'helse-bergen/message/blod' }),
  play: ({ canvasElement }) => reply(canvasElement, 'Takk, jeg fortsetter med medisinene.'),
};

/** While sending: the button says so and does nothing more when pressed again. */
export const ReplySending: Story = {
  ...live(both, { writes: 'never' }, { selected: 'helse-bergen/message/blod' }),
  play: ({ canvasElement }) => reply(canvasElement, 'Takk, jeg fortsetter med medisinene.'),
};

/** A failed send keeps the text, says why (role="alert") and offers to send again. */
export const ReplyFailed: Story = {
  ...live(both, { writes: 'down' }, { selected: 'helse-bergen/message/blod' }),
  play: ({ canvasElement }) => reply(canvasElement, 'Takk, jeg fortsetter med medisinene.'),
};

/** Marking read failed: the thread stays unread, the pane says why and offers to try again. */
export const MarkReadFailed: Story = live(both, { writes: 'down' }, { selected: 'helse-bergen/message/blod' });

export const OneSourceDown: Story = live(() => ({ 'helse-bergen': hospitalInbox(), fastlegen: 'down', 'bergen-kommune': emptyInbox() }));

export const OneSourceIncomplete: Story = live(() => ({ 'helse-bergen': { pagingLoop: hospitalInbox() }, fastlegen: gpInbox(), 'bergen-kommune': emptyInbox() }));

export const EverySourceDown: Story = live(() => ({ 'helse-bergen': 'down', fastlegen: 'malformed', 'bergen-kommune': 'down' }));

export const SessionExpired: Story = live(() => ({ 'helse-bergen': 'unauthorized', fastlegen: gpInbox(), 'bergen-kommune': emptyInbox() }));

export const NotABundle: Story = withBundle(() => ({ resourceType: 'Patient', id: 'feil' }));

export const SomeEntriesMalformed: Story = withBundle(partlyBrokenInbox);

/** Script in subjects, names and HTML, javascript: links and form links: shown as text or sanitised; nothing runs. */
export const HostileContent: Story = withBundle(hostileInbox, { selected: 'bundle/message/x-1' });

const toBase64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** Files the inbox will not open, each with the reason in words, and an HTML message whose images are not loaded. */
function filesNotOpened(): Bundle {
  const sent = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Communication',
          id: 'filer',
          status: 'completed',
          subject: { reference: 'Patient/kari' },
          sender: { reference: 'Organization/hb', display: 'Helse Bergen' },
          sent,
          topic: { text: 'Vedlegg som ikke kan åpnes' },
          payload: [
            { contentString: 'Her er vedleggene du ba om.' },
            { contentAttachment: { contentType: 'application/pdf', data: toBase64('<html>ikke en PDF</html>'), title: 'epikrise.pdf' } },
            { contentAttachment: { contentType: 'application/pdf', url: 'http://filer.example.org/Binary/brev-1', title: 'timebrev.pdf' } },
          ],
        },
      },
      {
        resource: {
          resourceType: 'Communication',
          id: 'bilder',
          status: 'completed',
          subject: { reference: 'Patient/kari' },
          sender: { reference: 'Organization/hb', display: 'Helse Bergen' },
          sent,
          topic: { text: 'Nyhetsbrev med bilder' },
          payload: [
            {
              contentAttachment: {
                contentType: 'text/html',
                data: toBase64('<h1>Nytt fra sykehuset</h1><img alt="Bilde av det nye sykehusbygget" src="https://bilder.example.org/bygg.jpg"><p>Vi flytter i mars.</p>'),
              },
            },
          ],
        },
      },
    ],
  };
}

/** A "PDF" that is not one, and a file on an http address: neither is opened, and each says why. */
export const FilesNotOpened: Story = withBundle(filesNotOpened, { selected: 'bundle/message/filer' });

/** Images in a message from a source are never loaded (they would tell the sender when it was read): their alt text is shown. */
export const ImagesNotLoaded: Story = withBundle(filesNotOpened, { selected: 'bundle/message/bilder' });

/** 10,000 messages: the list is virtualised; try the keyboard (Home, End, Page Down). */
export const TenThousandMessages: Story = withBundle(() => manyMessages(10_000));

export const OnBehalfOfChild: Story = { ...withBundle(hospitalInbox, { selected: 'bundle/message/blod' }), globals: { representation: 'child' } };

export const NoAccessForThisRepresentation: Story = {
  render: (_args, { globals }) => {
    const session = storySession(globals, {});
    const noInbox = {
      ...session,
      patient: { reference: 'Patient/per', name: 'Per Hansen' },
      representation: { person: { reference: 'Patient/per', name: 'Per Hansen' }, relation: 'power-of-attorney' as const, scopes: ['appointments' as const] },
    };
    return html`<hn-inbox .session=${noInbox}></hn-inbox>`;
  },
};

export const Nynorsk: Story = { ...withBundle(hospitalInbox, { selected: 'bundle/message/blod' }), globals: { locale: 'nn' } };

export const English: Story = { ...withBundle(hospitalInbox, { selected: 'bundle/form/hb-task' }), globals: { locale: 'en' } };

export const Mobile320: Story = { ...withBundle(hospitalInbox), globals: { viewport: { value: 'mobile320', isRotated: false } } };

export const Mobile320ThreadOpen: Story = {
  ...withBundle(hospitalInbox, { selected: 'bundle/message/blod' }),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
};

export const HighContrast: Story = { ...withBundle(hospitalInbox, { selected: 'bundle/message/blod' }), globals: { theme: 'high-contrast' } };
