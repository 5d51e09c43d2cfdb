import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/core/define.js';
import type { BadgeTone } from '@hn-elements/core';
import { storyLocale, storySession } from '../.storybook/session.js';

// Core's shared elements, which every component uses the same way: the states, the notice about
// sources that failed, the "on behalf of" banner, the status badge, the source label and the
// confirm dialog. Events are only logged.

const logEvent = (event: Event) => console.info(`[${(event.target as Element).localName}] ${event.type}`);

const meta: Meta = {
  title: 'Components/Shared elements',
  parameters: {
    docs: {
      description: {
        component:
          'The primitives in `@hn-elements/core` that every component shows the same way. Inside list items the components render the badge and the source label with `statusBadge()` and `sourceLabel()`, which give the same markup and look. Use the toolbar for locale, representation, theme and viewport.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Loading: Story = {
  parameters: { settle: false },
  render: (_args, { globals }) => html`<hn-state kind="loading" locale=${storyLocale(globals)}></hn-state>`,
};

export const Empty: Story = {
  render: (_args, { globals }) =>
    html`<hn-state kind="empty" locale=${storyLocale(globals)} .message=${'Du har ingen kommende timer.'}></hn-state>`,
};

export const ErrorWithRetry: Story = {
  render: (_args, { globals }) => html`<hn-state
    kind="error"
    locale=${storyLocale(globals)}
    .heading=${'Vi fikk ikke hentet timene dine.'}
    .message=${'Helse Bergen svarte ikke. Prøv igjen om litt.'}
    @hn-retry=${logEvent}
  ></hn-state>`,
};

export const SourcesNoticeOneFailed: Story = {
  render: (_args, { globals }) =>
    html`<hn-sources-notice locale=${storyLocale(globals)} .failed=${['Bergen kommune']} @hn-retry=${logEvent}></hn-sources-notice>`,
};

export const SourcesNoticeFailedAndIncomplete: Story = {
  render: (_args, { globals }) => html`<hn-sources-notice
    locale=${storyLocale(globals)}
    .failed=${['Bergen kommune', 'Legesenteret i Sentrum']}
    .incomplete=${['Helse Bergen']}
    @hn-retry=${logEvent}
  ></hn-sources-notice>`,
};

/** Shows the banner for Ola (a child) unless the toolbar already chose someone to act for. */
export const OnBehalfBanner: Story = {
  render: (_args, { globals }) => {
    const representation = globals['representation'] === 'power-of-attorney' ? 'power-of-attorney' : 'child';
    return html`<hn-on-behalf-banner .session=${storySession({ ...globals, representation })}></hn-on-behalf-banner>`;
  },
};

const TONES: { tone: BadgeTone; label: string }[] = [
  { tone: 'neutral', label: 'Gjennomført' },
  { tone: 'info', label: 'Du er registrert' },
  { tone: 'success', label: 'Bestilt' },
  { tone: 'warning', label: 'Ikke startet' },
  { tone: 'danger', label: 'Avlyst' },
];

export const StatusBadges: Story = {
  render: (_args, { globals }) => html`<p style="display: flex; flex-wrap: wrap; gap: var(--hn-space-2);">
    ${TONES.map(({ tone, label }) => html`<hn-status-badge locale=${storyLocale(globals)} tone=${tone} label=${label}></hn-status-badge>`)}
  </p>`,
};

export const SourceLabel: Story = {
  render: (_args, { globals }) =>
    html`<hn-source-label locale=${storyLocale(globals)} name="Helse Bergen, Haukeland universitetssjukehus"></hn-source-label>`,
};

const dialog = (globals: Record<string, unknown>, extra: { busy?: boolean; error?: string } = {}) => html`<hn-confirm-dialog
  open
  danger
  locale=${storyLocale(globals)}
  .heading=${'Vil du avbestille timen?'}
  .confirmLabel=${'Ja, avbestill'}
  .cancelLabel=${'Nei, behold timen'}
  .busy=${extra.busy ?? false}
  .error=${extra.error}
  @hn-dialog-confirm=${logEvent}
  @hn-dialog-cancel=${logEvent}
>
  <p>Røntgen, mandag 23. november 2026 kl. 12:50. Timen blir avbestilt hos Helse Bergen.</p>
</hn-confirm-dialog>`;

export const ConfirmDialog: Story = {
  render: (_args, { globals }) => dialog(globals),
};

export const ConfirmDialogBusy: Story = {
  render: (_args, { globals }) => dialog(globals, { busy: true }),
};

export const ConfirmDialogFailed: Story = {
  render: (_args, { globals }) =>
    dialog(globals, { error: 'Helse Bergen svarte ikke, så timen er ikke avbestilt. Prøv igjen, eller ring poliklinikken.' }),
};
