import { expect, waitUntil } from '@open-wc/testing';
import { getAppStatus, navigateToUrl } from 'single-spa';
import { startShell, type HnShellHeader, type HnShellRegion, type Shell } from '../src/index.js';
import { alphaApp, clearFixtureCalls, container, fixtureCalls, fixtureUrl, go, mountedElement, root, startAtRoot, waitForMounted } from './helpers.js';

describe('startShell: mounting micro-frontends', () => {
  let shell: Shell;
  let rootElement: HTMLElement;

  before(async () => {
    ({ shell, rootElement } = await startAtRoot([alphaApp, { name: 'beta', specifier: fixtureUrl('fixture-app.js'), path: '/beta', label: 'Beta', props: { inboxHref: '/alpha' } }]));
  });

  after(async () => {
    await go(shell, '/');
    await shell.destroy();
  });

  it('renders the header and a main region into the root element', () => {
    expect(rootElement.querySelector('hn-shell-header')).to.exist;
    const main = rootElement.querySelector('main');
    expect(main?.id).to.equal('hn-main');
  });

  it('mounts an overview app into #single-spa-application:<name>, inside a headed section', async () => {
    const el = await waitForMounted('alpha');
    expect(el.parentElement?.id).to.equal('single-spa-application:alpha');
    const section = container('alpha')!.closest<HnShellRegion>('hn-shell-region');
    expect(section?.level).to.equal(2);
    expect(section?.heading).to.equal('Timer');
    const page = rootElement.querySelector<HnShellRegion>('hn-shell-region[level="1"]');
    expect(page?.heading).to.equal('Oversikt');
    expect(document.title).to.equal('Oversikt – Helsenorge');
    expect(container('beta'), 'beta is not on the overview').to.equal(null);
  });

  it('passes { session, locale } as custom props', async () => {
    const el = await waitForMounted('alpha');
    expect(el.locale).to.equal('nb');
    const session = el.session!;
    expect(session).to.equal(shell.session);
    expect(session.actor).to.deep.equal({ reference: 'Patient/kari', name: 'Kari Nordmann' });
    expect(session.patient).to.deep.equal(session.actor);
    expect(session.representation).to.equal(undefined);
    expect(session.handoff.allowedOrigins).to.deep.equal(['https://vendor.example']);
    // relative FHIR bases become absolute, without a trailing slash
    expect(session.sources.map((s) => s.fhirBase)).to.deep.equal([
      `${location.origin}/fhir/helse-bergen`,
      `${location.origin}/fhir/fastlegen`,
    ]);
  });

  it('mounts an app on its own route and unmounts what the route does not show', async () => {
    clearFixtureCalls();
    await go(shell, '/beta');
    await waitForMounted('beta');
    expect(getAppStatus('beta')).to.equal('MOUNTED');
    expect(getAppStatus('alpha')).to.equal('NOT_MOUNTED');
    expect(container('alpha')).to.equal(null);
    expect(fixtureCalls()).to.deep.include(['unmount', 'alpha']);
    const page = rootElement.querySelector<HnShellRegion>('hn-shell-region[level="1"]');
    expect(page?.heading).to.equal('Beta');
    expect(document.title).to.equal('Beta – Helsenorge');
  });

  it('marks the current page in the navigation', async () => {
    const header = rootElement.querySelector<HnShellHeader>('hn-shell-header')!;
    await header.updateComplete;
    const links = [...header.shadowRoot!.querySelectorAll('nav a')];
    expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['Oversikt', 'Timer', 'Beta']);
    expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'page']);
  });

  it('keeps an app mounted when it moves from the overview to its own page', async () => {
    await go(shell, '/');
    const before = await waitForMounted('alpha');
    clearFixtureCalls();
    await go(shell, '/alpha/some/detail');
    expect(fixtureCalls().filter(([, name]) => name === 'alpha')).to.deep.equal([]);
    expect(mountedElement('alpha')).to.equal(before);
    expect(container('alpha')!.closest<HnShellRegion>('hn-shell-region')?.level).to.equal(1);
  });

  it('navigates when a menu link is clicked, and moves focus to the new page heading', async () => {
    await go(shell, '/');
    const header = rootElement.querySelector<HnShellHeader>('hn-shell-header')!;
    await header.updateComplete;
    const link = [...header.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent?.trim() === 'Beta')!;
    link.click();
    await shell.settled();
    expect(location.pathname).to.equal('/beta');
    await waitForMounted('beta');
    const page = rootElement.querySelector<HnShellRegion>('hn-shell-region[level="1"]')!;
    await waitUntil(() => page.shadowRoot?.activeElement?.tagName === 'H1', 'page heading has focus', { timeout: 8000 });
  });

  it('shows a "not found" page for unknown paths', async () => {
    await go(shell, '/no-such-page');
    const page = rootElement.querySelector<HnShellRegion>('hn-shell-region[data-page="not-found"]');
    expect(page?.heading).to.equal('Vi fant ikke siden');
    expect(container('alpha')).to.equal(null);
    expect(container('beta')).to.equal(null);
    navigateToUrl('/');
    await shell.settled();
  });

  it('refuses a second shell on the same page', () => {
    expect(() => startShell({ rootElement: root(), sources: [], allowedOrigins: [], apps: [] })).to.throw(/already running/);
  });

  it("gives an app its props wherever it is shown, and routes a component's hn-navigate like a menu link", async () => {
    await go(shell, '/');
    const alpha = await waitForMounted('alpha');
    expect((alpha as unknown as Record<string, unknown>)['inboxHref'], 'props are only for the app that has them').to.equal(undefined);
    // A link inside a component (e.g. hn-referrals' appointment) fires hn-navigate from its shadow root.
    const link = new CustomEvent('hn-navigate', { detail: { href: `${location.origin}/beta#bundle/Appointment/a1` }, bubbles: true, composed: true, cancelable: true });
    expect(alpha.dispatchEvent(link), 'the shell takes the navigation').to.equal(false);
    const beta = await waitForMounted('beta');
    expect(location.pathname + location.hash).to.equal('/beta#bundle/Appointment/a1');
    expect((beta as unknown as Record<string, unknown>)['inboxHref']).to.equal('/alpha');
    // Another origin is not the shell's to route: the browser follows the link itself.
    const away = new CustomEvent('hn-navigate', { detail: { href: 'https://vendor.example/task' }, bubbles: true, composed: true, cancelable: true });
    expect(beta.dispatchEvent(away)).to.equal(true);
    await go(shell, '/');
  });
});
