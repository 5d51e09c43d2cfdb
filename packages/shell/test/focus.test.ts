// Focus is never lost in the shell: choosing another language or another person (the select, then
// its button) re-renders the header and delivers a new session to every app, and focus stays on the
// button the citizen used.
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

  it('after a change of language (keyboard: the language select, then "Bytt språk")', async () => {
    const select = harness(header()).languageSwitcher();
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value === 'nn', 'the arrow key did not move the choice', { timeout: 8000 });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => header().currentLocale === 'nn', 'the language did not change to nynorsk', { timeout: 8000 });
    await shell.settled();
    await header().updateComplete;
    expect(focusIsOnBody(), 'focus fell to the page').to.equal(false);
    const active = deepActiveElement();
    expect(active === harness(header()).applyButton(harness(header()).languageSwitcher()), 'focus is on the language button').to.equal(true);
  });

  it('after choosing another person', async () => {
    const select = harness(header()).actingForSwitcher();
    const before = select.value;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value !== before, 'the arrow key did not move the choice', { timeout: 8000 });
    const chosen = select.value;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => header().actingFor === chosen, 'no other person was chosen', { timeout: 8000 });
    await shell.settled();
    await header().updateComplete;
    expect(focusIsOnBody(), 'focus fell to the page').to.equal(false);
    const active = deepActiveElement();
    expect(active === harness(header()).applyButton(harness(header()).actingForSwitcher()), 'focus is on the person button').to.equal(true);
  });
});
