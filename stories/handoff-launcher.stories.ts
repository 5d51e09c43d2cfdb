import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hn-elements/handoff-launcher/define.js';
import type { HandoffNavigate, HnHandoffLauncher, LauncherVariant, UserActivationCheck } from '@hn-elements/handoff-launcher';
import type { Session } from '@hn-elements/core';
import { storySession } from '../.storybook/session.js';
import { hostProps } from '../.storybook/argtypes.js';

interface Args {
  href: string;
  destination: string;
  label: string;
  newTab: boolean;
  variant: LauncherVariant;
}

const VENDOR = 'https://vendor.example.org';
const ISS = 'https://fhir.example.org/r4';

/** Stories never leave Storybook: the navigation is only logged. */
const logNavigation: HandoffNavigate = (url, newTab) => {
  console.info(`[hn-handoff-launcher] would open ${newTab ? 'in a new tab ' : ''}${url}`);
};

const meta: Meta<Args> = {
  title: 'Components/Hand-off launcher',
  component: 'hn-handoff-launcher',
  args: { href: `${VENDOR}/tasks/123`, destination: 'Helse Bergen', label: '', newTab: false, variant: 'secondary' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['secondary', 'primary', 'link'] },
    newTab: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A seamless hand-off (sømløst uthopp) to an allowlisted service: says where the citizen goes and on whose behalf, refuses anything else visibly. The allowlist here is https://vendor.example.org. Navigation is only logged to the console. Use the toolbar for locale, representation, theme and viewport.',
      },
    },
  },
  render: (args, { globals }) => launcher(args, storySession(globals)),
};
export default meta;

type Story = StoryObj<Args>;

function launcher(args: Args, session: Session, extra: { smart?: boolean; navigate?: HandoffNavigate; userActivation?: UserActivationCheck } = {}) {
  return html`<hn-handoff-launcher
    href=${args.href}
    destination=${args.destination}
    label=${args.label}
    ?new-tab=${args.newTab}
    variant=${args.variant}
    launch=${extra.smart ? 'smart' : ''}
    iss=${extra.smart ? ISS : ''}
    source-id=${extra.smart ? 'helse-bergen' : ''}
    locale=${session.locale}
    .session=${session}
    .navigate=${extra.navigate ?? logNavigation}
    .userActivation=${extra.userActivation}
    ${hostProps(args)}
  ></hn-handoff-launcher>`;
}

/** Activates the launcher as a click would, so the story shows the state that follows. */
async function activate(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<HnHandoffLauncher>('hn-handoff-launcher')!;
  await el.updateComplete;
  void el.handoff();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

function smart(issueTicket: NonNullable<Session['handoff']['issueTicket']>): Story {
  return {
    args: { href: `${VENDOR}/launch`, label: 'Åpne skjemaet' },
    render: (args, { globals }) => {
      const session = storySession(globals);
      return launcher(args, { ...session, handoff: { ...session.handoff, issueTicket } }, { smart: true });
    },
  };
}

export const Default: Story = {};

export const WithLabel: Story = { args: { label: 'Åpne skjemaet' } };

export const OnBehalfOfChild: Story = { args: { label: 'Åpne skjemaet' }, globals: { representation: 'child' } };

export const OnBehalfByPowerOfAttorney: Story = { globals: { representation: 'power-of-attorney' } };

export const NewTab: Story = { args: { label: 'Åpne skjemaet', newTab: true } };

export const Primary: Story = { args: { label: 'Start verktøyet', variant: 'primary' } };

export const AsLink: Story = { args: { label: 'Les mer hos Helse Bergen', variant: 'link' } };

/** SMART App Launch: the portal issues an opaque launch id; the link gets iss and launch. */
export const SmartLaunch: Story = smart(async () => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return 'Lx8q2Vx0mB8sW9kTn4LrY7aHcQ';
});

/** Busy: the launch id is on its way; more clicks do nothing. */
export const Busy: Story = { ...smart(() => new Promise<string>(() => {})), play: ({ canvasElement }) => activate(canvasElement) };

/** The portal could not issue a launch id: visible error with "Prøv igjen". */
export const TicketFailed: Story = {
  ...smart(async () => {
    throw new Error('portal down');
  }),
  play: ({ canvasElement }) => activate(canvasElement),
};

/**
 * New tab, and the launch id came after the click's activation had run out (a slow portal): the
 * browser's popup blocker would stop the tab without a word, so the launcher says why and offers
 * "Åpne Helse Bergen i ny fane" — a real link the citizen opens, with the same launch id. Focus
 * moves to it when the citizen was still on the launcher.
 */
export const PopupBlocked: Story = {
  args: { href: `${VENDOR}/launch`, label: 'Åpne skjemaet', newTab: true },
  render: (args, { globals }) => {
    const session = storySession(globals);
    const issueTicket = async () => 'Lx8q2Vx0mB8sW9kTn4LrY7aHcQ';
    return launcher(args, { ...session, handoff: { ...session.handoff, issueTicket } }, { smart: true, userActivation: () => false });
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HnHandoffLauncher>('hn-handoff-launcher')!;
    await el.updateComplete;
    await el.handoff(); // resolves once the link is offered
    await el.updateComplete;
  },
};

/** The browser could not navigate: visible error with "Prøv igjen". */
export const NavigationFailed: Story = {
  render: (args, { globals }) => launcher(args, storySession(globals), { navigate: () => false }),
  play: ({ canvasElement }) => activate(canvasElement),
};

/** An origin that is not on the allowlist: refused visibly, no navigation, no retry. */
export const NotAllowed: Story = { args: { href: 'https://evil.example/tasks/123' }, play: ({ canvasElement }) => activate(canvasElement) };

/** A script URL from data: never bound to an href, never run. */
export const ScriptUrl: Story = { args: { href: 'javascript:alert(document.domain)', label: 'Åpne' }, play: ({ canvasElement }) => activate(canvasElement) };

/** Plain http to a real host: refused (http only on loopback, in the playground). */
export const NotHttps: Story = { args: { href: 'http://vendor.example.org/tasks/123' }, play: ({ canvasElement }) => activate(canvasElement) };

export const Nynorsk: Story = { args: { label: 'Opne skjemaet' }, globals: { locale: 'nn', representation: 'child' } };

export const English: Story = { args: { label: 'Open the form', newTab: true }, globals: { locale: 'en', representation: 'child' } };

export const Mobile320: Story = {
  args: { label: 'Åpne skjemaet om behandlingen din', newTab: true },
  globals: { viewport: { value: 'mobile320', isRotated: false }, representation: 'child' },
};

export const HighContrast: Story = { args: { label: 'Åpne skjemaet' }, globals: { theme: 'high-contrast' } };
