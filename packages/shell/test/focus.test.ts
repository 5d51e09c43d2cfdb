// Focus is never lost in the shell: choosing another language or another person re-renders the
// header and delivers a new session to every app, and focus stays on the switcher the citizen used.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, focusIsOnBody } from '@hn-elements/test-support';
import type { HnShellHeader, Shell } from '../src/index.js';
import { harness } from './header-harness.js';
import { alphaApp, go, startAtRoot, waitForMounted } from './helpers.js';

describe('startShell: focus stays on the switcher the citizen used', () => {
  let shell: Shell;
  let rootElement: HTMLElement;

  before(async () => {
    ({ shell, rootElement } = await startAtRoot([alphaApp]));
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
    expect(focusIsOnBody(), 'focus fell to the page').to.equal(false);
    const active = deepActiveElement();
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
    expect(focusIsOnBody(), 'focus fell to the page').to.equal(false);
    const active = deepActiveElement();
    expect(active === harness(header()).actingForSwitcher(), 'focus is on the person select').to.equal(true);
  });
});
