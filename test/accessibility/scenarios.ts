// The states of the components, core's shared elements and the shell that the page-wide
// accessibility checks (forced-colors.test.ts, targets.test.ts) look at: each mounts one state and
// gives the elements to check (a modal dialog: only the dialog, the rest is inert), with the width
// it is shown at where that matters. What a check expects of a state (how many on/off pairs it
// compares, its name in the report) stays with the check.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { KARI, OLA, onBehalfOfOla, session, settle } from '@hn-elements/test-support';
import '@hn-elements/core/define.js';
import type { HnConfirmDialog } from '@hn-elements/core';
import { standardBundle as appointmentBundle } from '../../packages/appointment-list/test/fixtures.js';
import { withBundle as appointmentList } from '../../packages/appointment-list/test/helpers.js';
import { harness as appointmentHarness } from '../../packages/appointment-list/test/harness.js';
import { standardBundle as inboxBundle } from '../../packages/inbox/test/fixtures.js';
import { withBundle as inbox, withSession as inboxLive } from '../../packages/inbox/test/helpers.js';
import { openItem as openInboxItem, rendered, search as searchInbox } from '../../packages/inbox/test/harness.js';
import type { HnInbox } from '../../packages/inbox/src/hn-inbox.js';
import { standardBundle as journalBundle } from '../../packages/journal-viewer/test/fixtures.js';
import { openDocument, settle as settleJournal, withBundle as journal } from '../../packages/journal-viewer/test/helpers.js';
import { periodChoice } from '../../packages/journal-viewer/test/harness.js';
import { catalogueBundle } from '../../packages/tool-catalogue/test/fixtures.js';
import { withBundle as toolCatalogue } from '../../packages/tool-catalogue/test/helpers.js';
import { harness as toolHarness } from '../../packages/tool-catalogue/test/harness.js';
import { flush, mount as launcher } from '../../packages/handoff-launcher/test/helpers.js';
import { withSession as testResultsLive } from '../../packages/test-results/test/fixtures.js';
import { harness as testResultsHarness } from '../../packages/test-results/test/harness.js';
import { everyStateBundle as referralsBundle } from '../../packages/referrals/test/fixtures.js';
import { harness as referralsHarness, withBundle as referrals } from '../../packages/referrals/test/helpers.js';
import '../../packages/shell/src/define.js';
import { simulatedLogin } from '../../packages/shell/src/index.js';

/** One state: how to show it, and the viewport width to show it at (the check's default when absent). */
export interface State {
  width?: number;
  show(): Promise<Element[]>;
}

/** The appointment list's past appointments (the view switched). */
export const appointmentListPast: State = {
  async show() {
    const el = await appointmentList(appointmentBundle());
    appointmentHarness(el).viewButton('past').click();
    await settle(el);
    return [el];
  },
};

/** The appointment list's cancel confirmation, open (only the dialog is checked: the rest is inert). */
export const appointmentCancelDialog: State = {
  async show() {
    const el = await appointmentList(appointmentBundle());
    el.hostCancel = true;
    await settle(el);
    const h = appointmentHarness(el);
    const dialog: HnConfirmDialog = await h.startCancel(h.firstCancellable()!);
    await waitUntil(() => dialog.open && dialog.shadowRoot!.querySelector('dialog')?.open, 'the dialog did not open', { timeout: 8000 });
    return [dialog];
  },
};

/** The inbox with a thread ("Prøvesvar") open beside the list; some rows unread. */
export const inboxThreadOpen: State = {
  width: 1100,
  async show() {
    const el = await inbox(inboxBundle(), { session: session() });
    await openInboxItem(el, 'Prøvesvar');
    return [el];
  },
};

/**
 * The live inbox with a thread that takes a reply ("Fornye resept") open. The row is found through
 * the search field, so it is rendered however the list is windowed. Gives the inbox itself.
 */
export async function inboxLiveReplyOpen(): Promise<HnInbox> {
  const el = await inboxLive(session());
  await el.loadComplete;
  await settle(el);
  await rendered(el);
  await searchInbox(el, 'Fornye resept');
  await rendered(el);
  await openInboxItem(el, 'Fornye resept');
  return el;
}

/** The journal with a document ("Svar på blodprøver") open beside the list. */
export const journalDocumentOpen: State = {
  width: 1280,
  async show() {
    const el = await journal(journalBundle());
    await openDocument(el, 'Svar på blodprøver');
    return [el];
  },
};

/** The journal's access log, the period given by chosen dates. */
export const journalAccessLogChosenDates: State = {
  width: 1280,
  async show() {
    const el = await journal(journalBundle(), { view: 'access-log' });
    periodChoice(el, /Velg datoer/).click();
    await settleJournal(el);
    return [el];
  },
};

/** The tool catalogue searched for something no tool matches, offering "Fjern søk og filtre". */
export const toolCatalogueNoMatch: State = {
  async show() {
    const el = await toolCatalogue(catalogueBundle());
    el.query = 'finnes ikke';
    await settle(el);
    expect(toolHarness(el).clearButton(), 'the catalogue offers "Fjern søk og filtre"').to.exist;
    return [el];
  },
};

/** The tool catalogue when Kari acts for Ola (assigned tools, "Bare verktøy du har fått tildelt"). */
export async function toolCatalogueForOla() {
  return toolCatalogue(catalogueBundle(), { session: session({ ...onBehalfOfOla() }) });
}

/** The hand-off launcher in every variant on behalf of Ola, one that refused its target, and one whose hand-off failed (with retry). */
export const handoffLaunchers: State = {
  async show() {
    const hosts: Element[] = [];
    for (const variant of ['primary', 'secondary', 'link']) hosts.push((await launcher({ variant, session: session({ ...onBehalfOfOla() }) })).el);
    const refused = await launcher({ href: 'https://evil.example/x' });
    refused.control().click();
    await flush(refused.el);
    const failed = await launcher({ navigateResult: false });
    failed.control().click();
    await flush(failed.el);
    expect(failed.alert()!.querySelector('button'), 'the failure offers retry').to.exist;
    return [...hosts, refused.el, failed.el];
  },
};

/**
 * The test results from every source (live), the first answer's "Hva betyr svaret?" opened (its
 * text shown) and the trends below the list: each a chart with its table.
 */
export const testResultsExplanationOpen: State = {
  async show() {
    const el = await testResultsLive(session());
    const h = await testResultsHarness(el).loaded();
    const button = h.items().flatMap((item) => h.explanationButtons(item))[0];
    expect(button, 'an answer offers "Hva betyr svaret?"').to.exist;
    expect(await h.openExplanation(button!), 'the explanation opened').not.to.equal('');
    expect(h.trends().length, 'a trend chart with its table').to.be.greaterThan(0);
    return [el];
  },
};

/**
 * The referrals in every state when Kari acts for Ola: one whose deadline has passed, with "Be
 * Helfo om hjelp" and "Velg behandlingssted", and one timeline opened.
 */
export const referralsDeadlinePassedForOla: State = {
  async show() {
    const el = await referrals(referralsBundle(), { session: session({ ...onBehalfOfOla() }) });
    const h = referralsHarness(el);
    const knee = h.item('bundle/knee');
    expect(h.launcher(knee, 'deadline-help'), 'the passed deadline offers Helfo\'s help').to.exist;
    expect(h.launcher(knee, 'free-choice'), 'and free choice of treatment place').to.exist;
    knee.querySelector('details')!.open = true;
    for (const launcher of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('hn-handoff-launcher')) await launcher.updateComplete;
    return [el];
  },
};

/** Core's shared elements: a status badge of each tone, the sources notice, the on-behalf banner, the empty and the error state (with retry). */
export const coreElements: State = {
  async show() {
    const ola = session({ patient: OLA, actor: KARI, representation: { person: OLA, relation: 'parent', scopes: ['appointments'] } });
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${(['neutral', 'info', 'success', 'warning', 'danger'] as const).map((tone) => html`<hn-status-badge tone=${tone} label=${`Status ${tone}`}></hn-status-badge>`)}
      <hn-sources-notice .failed=${['Helse Bergen']} .incomplete=${['Bergen kommune']}></hn-sources-notice>
      <hn-on-behalf-banner .session=${ola}></hn-on-behalf-banner>
      <hn-state kind="empty" heading="Ingen timer" message="Du har ingen timer."></hn-state>
      <hn-state kind="error" message="Vi fikk ikke kontakt med Helse Bergen."></hn-state>
    </div>`);
    for (const el of wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await el.updateComplete;
    expect(wrapper.querySelector('hn-state[kind="error"]')!.shadowRoot!.querySelector('button'), 'the error offers retry').to.exist;
    return [wrapper];
  },
};

/** The shell's header when Kari acts for a child: the menu, the language and the representation switchers. */
export const shellHeaderActingForChild: State = {
  async show() {
    const header = await fixture(html`<hn-shell-header
      .actor=${simulatedLogin.actor}
      .representations=${simulatedLogin.representations}
      .actingFor=${simulatedLogin.representations[0]?.person.reference ?? null}
      .navItems=${[
        { href: '/', label: 'Oversikt' },
        { href: '/timer', label: 'Timer' },
        { href: '/innboks', label: 'Innboks' },
      ]}
      .locale=${'nb'}
      current-path="/timer"
    ></hn-shell-header>`);
    return [header];
  },
};

/** The shell's error tile, in place of an app that failed. */
export const shellErrorTile: State = {
  async show() {
    return [await fixture(html`<hn-error-tile app="appointment-list" .label=${'Timer'} .locale=${'nb'}></hn-error-tile>`)];
  },
};
