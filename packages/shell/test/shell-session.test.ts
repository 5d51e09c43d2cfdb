import { expect, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { sessionContext, type Session } from '@hn-elements/core';
import { startShell, type HnShellHeader, type Shell } from '../src/index.js';
import { harness } from './header-harness.js';
import { clearFixtureCalls, fixtureCalls, fixtureUrl, mountedElement, root, sources, waitForMounted } from './helpers.js';

function header(): HnShellHeader {
  return document.querySelector('hn-shell-header')!;
}

async function choose(id: 'locale' | 'acting-for', value: string): Promise<void> {
  await header().updateComplete;
  const h = harness(header());
  h.choose(id === 'locale' ? h.languageSwitcher() : h.actingForSwitcher(), value);
}

describe('startShell: the session reaches every micro-frontend', () => {
  let shell: Shell;
  const changes: Session[] = [];
  const onChange = (e: Event) => changes.push((e as CustomEvent<{ session: Session }>).detail.session);

  before(async () => {
    history.replaceState(null, '', '/');
    document.documentElement.lang = 'nb';
    window.addEventListener('hn-session-change', onChange);
    shell = startShell({
      rootElement: root(),
      sources,
      allowedOrigins: [location.origin],
      apps: [
        { name: 'with-update', specifier: fixtureUrl('fixture-app.js'), path: '/with-update', overview: true, label: 'A' },
        { name: 'without-update', specifier: fixtureUrl('without-update.js'), path: '/without-update', overview: true, label: 'B' },
      ],
    });
    await shell.settled();
    await waitForMounted('with-update');
    await waitForMounted('without-update');
  });

  after(async () => {
    window.removeEventListener('hn-session-change', onChange);
    await shell.destroy();
  });

  it('the locale switcher changes the session and locale passed to mounted apps, and <html lang>', async () => {
    const el = mountedElement('with-update')!;
    clearFixtureCalls();
    await choose('locale', 'en');
    await shell.settled();
    expect(document.documentElement.lang).to.equal('en');
    expect(shell.session.locale).to.equal('en');
    expect(el.locale).to.equal('en');
    expect(el.session).to.equal(shell.session);
    expect(el.updates).to.equal(1);
    expect(mountedElement('with-update'), 'updated in place, not re-mounted').to.equal(el);
    expect(fixtureCalls()).to.deep.include(['update', 'with-update']);
    expect(changes.at(-1)).to.equal(shell.session);
  });

  it('an app without an update lifecycle is re-mounted with the new session', async () => {
    const el = mountedElement('without-update')!;
    expect(el.locale).to.equal('en');
    expect(fixtureCalls()).to.deep.include(['unmount', 'without-update']);
    expect(fixtureCalls()).to.deep.include(['mount', 'without-update']);
    await choose('locale', 'nn');
    await shell.settled();
    await waitUntil(() => mountedElement('without-update')?.locale === 'nn', 'remounted with nn', { timeout: 8000 });
    expect(mountedElement('without-update')!.session).to.equal(shell.session);
  });

  it('the representation switcher sets session.representation and session.patient (child)', async () => {
    await choose('acting-for', 'Patient/ola');
    await shell.settled();
    const session = mountedElement('with-update')!.session!;
    expect(session).to.equal(shell.session);
    expect(session.actor.reference).to.equal('Patient/kari');
    expect(session.patient).to.deep.equal({ reference: 'Patient/ola', name: 'Ola Nordmann' });
    expect(session.representation?.relation).to.equal('parent');
    expect(session.representation?.scopes).to.include.members(['appointments', 'inbox', 'tools', 'journal']);
    await waitUntil(() => mountedElement('without-update')?.session?.patient.reference === 'Patient/ola');
  });

  it('power of attorney carries its scopes; the header says so plainly', async () => {
    await choose('acting-for', 'Patient/per');
    await shell.settled();
    const session = mountedElement('with-update')!.session!;
    expect(session.patient.reference).to.equal('Patient/per');
    expect(session.representation?.relation).to.equal('power-of-attorney');
    expect([...session.representation!.scopes]).to.deep.equal(['appointments', 'inbox', 'tools']);
    await header().updateComplete;
    const notice = header().shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Du handlar no på vegner av Per Hansen.');
    expect(notice).to.contain('Fullmakta gjeld timar, meldingar og verktøy.');
  });

  it('acting for oneself again removes the representation', async () => {
    await choose('acting-for', '');
    await shell.settled();
    const session = mountedElement('with-update')!.session!;
    expect(session.representation).to.equal(undefined);
    expect(session.patient.reference).to.equal('Patient/kari');
    await header().updateComplete;
    expect(header().shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('every change makes a new, frozen session object', () => {
    expect(changes.length).to.equal(5);
    expect(new Set(changes).size).to.equal(5);
    expect(Object.isFrozen(shell.session)).to.equal(true);
  });

  it('components inside the shell can also take the session from context', async () => {
    const main = document.getElementById('hn-main')!;
    const probe = document.createElement('div');
    main.append(probe);
    let received: Session | undefined;
    const host = Object.assign(probe, { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    const consumer = new ContextConsumer(host as never, { context: sessionContext, subscribe: true, callback: (v) => (received = v) });
    consumer.hostConnected();
    expect(received).to.equal(shell.session);
    shell.setLocale('en');
    await shell.settled();
    expect(received).to.equal(shell.session);
    expect(received?.locale).to.equal('en');
    consumer.hostDisconnected();
    probe.remove();
  });
});
