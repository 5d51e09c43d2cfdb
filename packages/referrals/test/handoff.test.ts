// Helfo's help and free choice of treatment place are seamless hand-offs: the launcher says where
// the citizen goes and on whose behalf, starts once, and refuses what the allowlist does not name.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HnHandoffLauncher, type HandoffErrorDetail, type HandoffStartDetail } from '@hn-elements/handoff-launcher';
import { deepText, onBehalfOfOla, session } from '@hn-elements/test-support';
import { everyStateBundle } from './fixtures.js';
import { harness, withBundle } from './helpers.js';

const VENDOR = 'https://vendor.example.org';

/** Watches navigations of every launcher on the page, without leaving it. */
function watchNavigation(): { urls: string[]; restore: () => void } {
  const original = HnHandoffLauncher.navigate;
  const urls: string[] = [];
  HnHandoffLauncher.navigate = (url) => void urls.push(url);
  return { urls, restore: () => (HnHandoffLauncher.navigate = original) };
}

describe('<hn-referrals> hand-offs', () => {
  let watch: ReturnType<typeof watchNavigation>;
  beforeEach(() => {
    watch = watchNavigation();
  });
  afterEach(() => {
    watch.restore();
  });

  it("Helfo's help for a broken deadline: says where and on whose behalf, reached with Tab, started once with Enter", async () => {
    const el = await withBundle(everyStateBundle(), { session: session({ ...onBehalfOfOla(), handoff: { allowedOrigins: [VENDOR] } }) });
    const h = harness(el);
    const launcher = h.launcher(h.item('bundle/knee'), 'deadline-help') as HnHandoffLauncher;
    const control = launcher.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!;
    expect(deepText(control).trim()).to.match(/^Be Helfo om hjelp – Vurdering av smerter i kneet\s*→\s*Du går til Helfo på vegne av Ola Nordmann\.$/);
    const started = oneEvent(el, 'hn-handoff-start');
    control.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const detail = ((await started) as CustomEvent<HandoffStartDetail>).detail;
    expect(detail).to.include({ href: `${VENDOR}/tasks/helfo-fristbrudd-knee`, destination: 'Helfo' });
    await launcher.updateComplete;
    expect(watch.urls).to.deep.equal([`${VENDOR}/tasks/helfo-fristbrudd-knee`]);
  });

  it('refuses, visibly, a target the allowlist does not name, and goes nowhere', async () => {
    const el = await withBundle(everyStateBundle(), { session: session({ handoff: { allowedOrigins: ['https://other.example.org'] } }) });
    const h = harness(el);
    const launcher = h.launcher(h.item('bundle/heart'), 'free-choice') as HnHandoffLauncher;
    const errored = oneEvent(el, 'hn-handoff-error');
    launcher.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
    expect(((await errored) as CustomEvent<HandoffErrorDetail>).detail.reason).to.equal('not-allowed');
    await launcher.updateComplete;
    expect(deepText(launcher.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('vendor.example.org');
    expect(watch.urls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
