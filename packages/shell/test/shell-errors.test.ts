import { expect, waitUntil } from '@open-wc/testing';
import { getAppStatus } from 'single-spa';
import { startShell, type AppErrorInfo, type HnErrorTile, type HnShellHeader, type Shell } from '../src/index.js';
import { container, fixtureUrl, go, mountedElement, root, sources, swallowAppErrors, waitForMounted } from './helpers.js';
import { harness } from './header-harness.js';

type Flags = { __shellFixtureMountFails?: boolean; __shellFixtureEvaluateFails?: boolean };
const flags = globalThis as unknown as Flags;

function tileOf(name: string): HnErrorTile | null {
  return container(name)?.querySelector('hn-error-tile') ?? null;
}

async function waitForTile(name: string): Promise<HnErrorTile> {
  await waitUntil(() => tileOf(name) && !tileOf(name)!.busy, `${name} shows an error tile`, { timeout: 4000 });
  const tile = tileOf(name)!;
  await tile.updateComplete;
  return tile;
}

function retryButton(tile: HnErrorTile): HTMLButtonElement {
  return tile.shadowRoot!.querySelector('button')!;
}

describe('startShell: error containment', () => {
  let shell: Shell;
  const errors: AppErrorInfo[] = [];
  const events: string[] = [];
  const onEvent = (e: Event) => events.push((e as CustomEvent<AppErrorInfo>).detail.name);
  const uncaught = swallowAppErrors();

  before(async () => {
    history.replaceState(null, '', '/');
    flags.__shellFixtureMountFails = true;
    flags.__shellFixtureEvaluateFails = true;
    window.addEventListener('hn-shell-app-error', onEvent);
    shell = startShell({
      rootElement: root(),
      sources,
      allowedOrigins: [],
      onAppError: (info) => errors.push(info),
      apps: [
        { name: 'good', specifier: fixtureUrl('fixture-app.js'), path: '/good', overview: true, label: 'Good' },
        { name: 'missing', specifier: fixtureUrl('does-not-exist.js'), path: '/missing', overview: true, label: { nb: 'Timer', nn: 'Timar', en: 'Appointments' } },
        { name: 'evaluate', specifier: fixtureUrl('throws-on-evaluate.js'), path: '/evaluate', overview: true, label: 'Innboks' },
        { name: 'mount', specifier: fixtureUrl('throws-on-mount.js'), path: '/mount', overview: true, label: 'Verktøy' },
        { name: 'empty', specifier: fixtureUrl('not-a-micro-frontend.js'), path: '/empty', overview: true, label: 'Journal' },
        { name: 'unmapped', specifier: '@hn-elements/not-in-the-import-map/mfe.js', path: '/unmapped', overview: true, label: 'Ukjent' },
      ],
    });
    await shell.settled();
  });

  after(async () => {
    window.removeEventListener('hn-shell-app-error', onEvent);
    await shell.destroy();
    delete flags.__shellFixtureMountFails;
    delete flags.__shellFixtureEvaluateFails;
    uncaught.stop();
  });

  it('shows an error tile with role="alert" in place of each app that failed to load or mount', async () => {
    for (const name of ['missing', 'evaluate', 'mount', 'empty', 'unmapped']) {
      const tile = await waitForTile(name);
      expect(tile.getAttribute('role'), name).to.equal('alert');
      expect(container(name)!.children.length, `${name}: only the tile`).to.equal(1);
    }
    expect(getAppStatus('missing')).to.equal('LOAD_ERROR');
    expect(getAppStatus('evaluate')).to.equal('LOAD_ERROR');
    expect(getAppStatus('mount')).to.equal('SKIP_BECAUSE_BROKEN');
  });

  it('the page with its error tiles is accessible', async () => {
    await waitForTile('missing');
    await waitForMounted('good');
    await expect(document.getElementById('shell-root')).to.be.accessible();
  });

  it('names what failed in plain language, with a retry button', async () => {
    const tile = await waitForTile('missing');
    const text = tile.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Timer kunne ikke vises akkurat nå.');
    expect(retryButton(tile).textContent!.trim()).to.equal('Prøv igjen');
  });

  it('keeps the rest of the page working', async () => {
    const good = await waitForMounted('good');
    expect(getAppStatus('good')).to.equal('MOUNTED');
    shell.setLocale('en');
    await shell.settled();
    expect(good.locale).to.equal('en');
    const tile = await waitForTile('missing');
    expect(tile.shadowRoot!.textContent).to.contain('Appointments can’t be shown right now.');
    expect(retryButton(tile).textContent!.trim()).to.equal('Try again');
    shell.setLocale('nb');
    await shell.settled();
    await go(shell, '/good');
    expect(mountedElement('good')).to.exist;
    await go(shell, '/');
  });

  it('reports every failure to onAppError and as a hn-shell-app-error event', () => {
    const names = new Set(errors.map((e) => e.name));
    expect([...names].sort()).to.deep.equal(['empty', 'evaluate', 'missing', 'mount', 'unmapped']);
    expect(new Set(events)).to.deep.equal(names);
    expect(errors.find((e) => e.name === 'mount')?.status).to.equal('SKIP_BECAUSE_BROKEN');
  });

  it('shows the tile again when the citizen comes back to the route', async () => {
    await go(shell, '/mount');
    const tile = await waitForTile('mount');
    expect(tile.getAttribute('role')).to.equal('alert');
    await go(shell, '/');
    await waitForTile('mount');
  });

  it('"Prøv igjen" loads an app that failed to evaluate again, from a fresh module URL', async () => {
    flags.__shellFixtureEvaluateFails = false;
    const tile = await waitForTile('evaluate');
    retryButton(tile).click();
    await shell.settled();
    const el = await waitForMounted('evaluate');
    expect(getAppStatus('evaluate')).to.equal('MOUNTED');
    expect(tileOf('evaluate')).to.equal(null);
    expect(el.session).to.equal(shell.session);
  });

  it('a broken mount that fails again on retry gets a tile with focus on its button', async () => {
    const tile = await waitForTile('mount');
    retryButton(tile).focus();
    retryButton(tile).click();
    await shell.settled();
    const again = await waitForTile('mount');
    expect(getAppStatus('mount')).to.equal('SKIP_BECAUSE_BROKEN');
    await waitUntil(() => again.shadowRoot!.activeElement === retryButton(again), 'retry button has focus', { timeout: 8000 });
  });

  it('"Prøv igjen" re-registers and mounts an app whose mount threw', async () => {
    flags.__shellFixtureMountFails = false;
    const tile = await waitForTile('mount');
    retryButton(tile).focus();
    retryButton(tile).click();
    await shell.settled();
    await waitForMounted('mount');
    expect(getAppStatus('mount')).to.equal('MOUNTED');
    expect(tileOf('mount')).to.equal(null);
    // focus is not dropped on <body>: it goes to the app's section heading
    const region = container('mount')!.closest('hn-shell-region')!;
    expect(region.shadowRoot!.activeElement?.tagName).to.equal('H2');
  });

  it('a retry that fails again shows the tile again with focus on its button, and nothing else breaks', async () => {
    const tile = await waitForTile('missing');
    const before = errors.length;
    retryButton(tile).focus();
    retryButton(tile).click();
    await shell.settled();
    const again = await waitForTile('missing');
    expect(errors.length).to.be.greaterThan(before);
    expect(again.busy).to.equal(false);
    await waitUntil(() => again.shadowRoot!.activeElement === retryButton(again), 'retry button keeps focus', { timeout: 8000 });
    expect(mountedElement('good')).to.exist;
    expect(mountedElement('evaluate')).to.exist;
  });

  it('session changes reach apps that recovered after a retry', async () => {
    shell.setRepresentation('Patient/ola');
    await shell.settled();
    expect(mountedElement('mount')!.session?.patient.reference).to.equal('Patient/ola');
    expect(mountedElement('evaluate')!.session?.patient.reference).to.equal('Patient/ola');
    shell.setRepresentation(null);
    await shell.settled();
  });

  it('the header keeps working while apps are broken', async () => {
    const header = document.querySelector<HnShellHeader>('hn-shell-header')!;
    harness(header).choose(harness(header).languageSwitcher(), 'nn');
    await shell.settled();
    expect(document.documentElement.lang).to.equal('nn');
    const tile = await waitForTile('missing');
    expect(tile.shadowRoot!.textContent).to.contain('Timar kunne ikkje visast akkurat no.');
    shell.setLocale('nb');
    await shell.settled();
  });
});
