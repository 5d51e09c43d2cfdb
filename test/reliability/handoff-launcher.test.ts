// <hn-handoff-launcher> takes targets, not FHIR: hostile and malformed targets, hostile names and
// labels, broken sessions and ticket issuers. Whatever it gets, nothing runs, nothing navigates
// except to an allowlisted https address, a refusal is said in words (role="alert"), no error
// escapes, and the page around it keeps working.
import { expect, waitUntil } from '@open-wc/testing';
import { LAUNCHER, loadComponent } from './registry.js';
import { HOSTILE_HTML, HOSTILE_URLS, HTTPS_PAYLOAD_URLS } from './corpus/hostile-html.js';
import { HUGE } from './corpus/malformed-fhir.js';
import { alerts, allElements, dangerousNodes, deepText, expectNoUncaughtErrors, installTraps, mount, poke, sessionWith, watchUncaughtErrors, type Traps } from './support.js';

const available = await loadComponent(LAUNCHER.pkg);
watchUncaughtErrors();

interface Launcher extends HTMLElement {
  href?: unknown;
  destination?: unknown;
  label?: unknown;
  launch?: unknown;
  iss?: unknown;
  sourceId?: unknown;
  session?: unknown;
  navigate?: (url: string, newTab: boolean) => boolean | void;
  updateComplete: Promise<unknown>;
}

const ALLOWED = 'https://vendor.example.org';
const allowedSession = (handoff: Record<string, unknown> = {}) => sessionWith([], { handoff: { allowedOrigins: [ALLOWED], ...handoff } as never });

/** Where the launcher tried to go. */
let navigations: string[] = [];
let traps: Traps;

async function launcher(properties: Record<string, unknown>) {
  const mounted = await mount<Launcher>(LAUNCHER.tag, { navigate: (url: string) => void navigations.push(url), ...properties });
  await mounted.el.updateComplete;
  return mounted;
}

/**
 * Clicks the control (twice: a click and Enter), waits for the launcher's answer — it navigated,
 * started a hand-off the host takes over, or refused (`hn-handoff-error`) — then pokes everything.
 */
async function activate(el: Launcher): Promise<void> {
  const control = allElements(el.shadowRoot!).find((node) => node.getAttribute('part')?.split(' ').includes('control')) as HTMLElement | undefined;
  expect(control, 'a control to activate').to.exist;
  const before = navigations.length;
  let answered = false;
  const answer = () => (answered = true);
  el.addEventListener('hn-handoff-error', answer);
  el.addEventListener('hn-handoff-start', answer);
  try {
    control!.click();
    control!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => answered || navigations.length > before, 'the launcher neither navigated, started a hand-off nor refused', { timeout: 5000 });
  } finally {
    el.removeEventListener('hn-handoff-error', answer);
    el.removeEventListener('hn-handoff-start', answer);
  }
  await el.updateComplete;
  await poke(el);
}

const expectOnlyAllowedNavigations = () => {
  for (const url of navigations) expect(new URL(url).origin, `navigated to ${url}`).to.equal(ALLOWED);
};

(available ? describe : describe.skip)(`${LAUNCHER.tag}: hostile and malformed targets`, () => {
  beforeEach(() => {
    navigations = [];
    traps = installTraps();
  });
  afterEach(() => traps.restore());

  for (const href of HOSTILE_URLS) {
    it(`refuses ${JSON.stringify(href.slice(0, 50))} in words, navigates nowhere, runs nothing`, async () => {
      const errors: string[] = [];
      const { el, expectPageWorks } = await launcher({ href, destination: HOSTILE_HTML[3]![1], label: HOSTILE_HTML[2]![1], session: allowedSession() });
      el.addEventListener('hn-handoff-error', (event) => errors.push((event as CustomEvent<{ reason: string }>).detail.reason));
      // A refused target is never bound to an href, before or after activation.
      expect(allElements(el.shadowRoot!).filter((node) => node.hasAttribute('href'))).to.deep.equal([]);
      await activate(el);
      expect(navigations).to.deep.equal([]);
      expect(errors.length, 'hn-handoff-error').to.be.greaterThan(0);
      expect(errors[0]).to.match(/invalid-url|not-https|not-allowed/);
      expect(alerts(el).length, 'the refusal is said (role="alert")').to.be.greaterThan(0);
      expect(deepText(el.shadowRoot!), 'hostile names show as text').to.contain('onerror=');
      expect(dangerousNodes(el)).to.deep.equal([]);
      // activate() ended with poke(), which waits for control payloads in the same shadow root.
      expect(traps.calls).to.deep.equal([]);
      expectPageWorks();
      await expectNoUncaughtErrors();
    });
  }

  for (const href of HTTPS_PAYLOAD_URLS) {
    it(`an allowlisted https target carrying a payload goes only there, encoded: ${href.slice(0, 50)}`, async () => {
      const { el } = await launcher({ href, destination: HOSTILE_HTML[0]![1], session: allowedSession() });
      await activate(el);
      expect(navigations.length).to.equal(1);
      expectOnlyAllowedNavigations();
      expect(navigations[0]).not.to.match(/[<>"]/);
      expect(dangerousNodes(el)).to.deep.equal([]);
      expect(traps.calls).to.deep.equal([]);
      await expectNoUncaughtErrors();
    });
  }

  const malformed: [string, Record<string, unknown>][] = [
    ['href a number', { href: 42 }],
    ['href an object', { href: { toString: () => `${ALLOWED}/x` } }],
    ['href an array', { href: [`${ALLOWED}/x`] }],
    ['href null', { href: null }],
    ['href empty', { href: '' }],
    ['href 200,000 characters', { href: `${ALLOWED}/${HUGE}` }],
    ['href with white space and a line break', { href: ` ${ALLOWED}/x\n` }],
    ['destination and label objects', { href: `${ALLOWED}/x`, destination: { name: 'x' }, label: ['a'] }],
    ['no session at all', { href: `${ALLOWED}/x`, session: undefined }],
    ['a session without handoff', { href: `${ALLOWED}/x`, session: { ...sessionWith([]), handoff: undefined } }],
    ['allowedOrigins null', { href: `${ALLOWED}/x`, session: allowedSession({ allowedOrigins: null }) }],
    ['allowedOrigins a string', { href: `${ALLOWED}/x`, session: allowedSession({ allowedOrigins: ALLOWED }) }],
    ['allowedOrigins junk', { href: `${ALLOWED}/x`, session: allowedSession({ allowedOrigins: [null, 5, '*', 'javascript:', {}] }) }],
    ['SMART: no issueTicket', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4' }],
    ['SMART: issueTicket throws', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4', session: allowedSession({ issueTicket: () => { throw new Error('nei'); } }) }],
    ['SMART: issueTicket rejects', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4', session: allowedSession({ issueTicket: () => Promise.reject(new Error('nei')) }) }],
    ['SMART: issueTicket gives a JWT', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4', session: allowedSession({ issueTicket: async () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrYXJpIn0.c2ln' }) }],
    ['SMART: issueTicket gives an object', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4', session: allowedSession({ issueTicket: async () => ({ id: 1 }) }) }],
    ['SMART: issueTicket gives markup', { href: `${ALLOWED}/launch`, launch: 'smart', iss: 'https://fhir.example.org/r4', session: allowedSession({ issueTicket: async () => HOSTILE_HTML[2]![1] }) }],
    ['SMART: iss javascript:', { href: `${ALLOWED}/launch`, launch: 'smart', iss: HOSTILE_URLS[0], session: allowedSession({ issueTicket: async () => 'abc123' }) }],
    ['navigation throws', { href: `${ALLOWED}/x`, navigate: () => { throw new Error('nei'); } }],
    ['navigation says no', { href: `${ALLOWED}/x`, navigate: () => false }],
  ];

  for (const [what, properties] of malformed) {
    it(`${what}: no uncaught error, never navigates off the allowlist, says why when it refuses`, async () => {
      const errors: string[] = [];
      const { el, expectPageWorks } = await launcher({ session: allowedSession(), ...properties });
      el.addEventListener('hn-handoff-error', (event) => errors.push((event as CustomEvent<{ reason: string }>).detail.reason));
      await activate(el);
      await waitUntil(() => navigations.length > 0 || errors.length > 0, `${what}: neither navigated nor refused`, { timeout: 3000 });
      expectOnlyAllowedNavigations();
      if (errors.length) expect(alerts(el).length, 'the refusal is said (role="alert")').to.be.greaterThan(0);
      expect(dangerousNodes(el)).to.deep.equal([]);
      expect(traps.calls).to.deep.equal([]);
      expectPageWorks();
      await expectNoUncaughtErrors();
    });
  }
});
