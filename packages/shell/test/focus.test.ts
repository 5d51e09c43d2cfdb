// Focus is never lost in the shell: choosing another language or another person re-renders the
// header and delivers a new session to every app, and focus stays on the switcher the citizen used.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '@hn-elements/test-support';
import { startShell, type HnShellHeader, type Shell } from '../src/index.js';
import { harness } from './header-harness.js';
import { fixtureUrl, go, root, sources, waitForMounted } from './helpers.js';

describe('startShell: focus stays on the switcher the citizen used', () => {
  let shell: Shell;
  let rootElement: HTMLElement;

  before(async () => {
    history.replaceState(null, '', '/');
    rootElement = root();
    shell = startShell({
      rootElement,
      sources,
      allowedOrigins: ['https://vendor.example'],
      apps: [{ name: 'alpha', specifier: fixtureUrl('fixture-app.js'), path: '/alpha', overview: true, label: { nb: 'Timer', nn: 'Timar', en: 'Appointments' } }],
    });
    await shell.settled();
    await waitForMounted('alpha');
  });

  after(async () => {
    await go(shell, '/');
    await shell.destroy();
    rootElement.remove();
  });

  const header = () => rootElement.querySelector<HnShellHeader>('hn-shell-header')!;

  it('after a change of language (keyboard on the language select)', async () => {
    const select = harness(header()).languageSwitcher();
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => header().currentLocale === 'nn', 'the language did not change to nynorsk');
    await shell.settled();
    await header().updateComplete;
    const active = deepActiveElement();
    expect(active === null || active === document.body, 'focus fell to the page').to.equal(false);
    expect(active === harness(header()).languageSwitcher(), 'focus is on the language select').to.equal(true);
  });

  it('after choosing another person', async () => {
    const select = harness(header()).actingForSwitcher();
    const before = select.value;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => harness(header()).actingForSwitcher().value !== before, 'no other person was chosen');
    await shell.settled();
    await header().updateComplete;
    const active = deepActiveElement();
    expect(active === null || active === document.body, 'focus fell to the page').to.equal(false);
    expect(active === harness(header()).actingForSwitcher(), 'focus is on the person select').to.equal(true);
  });
});
