import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { sessionContext, type HandoffTicketRequest, type Session } from '@hn-elements/core';
import { HnHandoffLauncher } from '../src/hn-handoff-launcher.js';
import { launcherMessages } from '../src/messages.js';
import { axTree, failingTicketSession, findAx, flush, ISS, mount, onBehalfOfOla, session, text, TICKET, ticketSession, VENDOR } from './helpers.js';

describe('<hn-handoff-launcher>', () => {
  const defaults = { ...HnHandoffLauncher.rearmAfter };

  afterEach(async () => {
    HnHandoffLauncher.rearmAfter = { ...defaults };
    await setViewport({ width: 800, height: 600 });
  });

  describe('what it says', () => {
    it('says where the citizen goes, with the default label, and is a real link', async () => {
      const h = await mount();
      const control = h.control();
      expect(control.localName).to.equal('a');
      expect(control.getAttribute('href')).to.equal(`${VENDOR}/tasks/123`);
      expect(text(control)).to.equal('Gå til Helse Bergen');
      expect(text(h.alert())).to.equal('');
      await expect(h.el).to.be.accessible();
    });

    it('says on whose behalf, in the visible text and so in the accessible name', async () => {
      const h = await mount({ label: 'Åpne skjemaet', session: onBehalfOfOla() });
      expect(text(h.control())).to.equal('Åpne skjemaet Du går til Helse Bergen på vegne av Ola Nordmann.');
      const tree = await axTree();
      if (tree) {
        const node = findAx(tree, (n) => n.role === 'link' && n.name.startsWith('Åpne skjemaet'));
        expect(node, 'a link named by its visible text').to.exist;
        expect(node!.name).to.contain('Du går til Helse Bergen på vegne av Ola Nordmann');
      }
      await expect(h.el).to.be.accessible();
    });

    it('names what it acts on after the label, heard but not shown, so controls with one label differ', async () => {
      const h = await mount({ label: 'Start verktøyet', subject: 'Søvndagbok' });
      expect(text(h.control())).to.equal('Start verktøyet – Søvndagbok Du går til Helse Bergen.');
      const hidden = [...h.control().querySelectorAll<HTMLElement>('[part="label"] span')].find((span) => span.textContent!.includes('Søvndagbok'))!;
      const box = hidden.getBoundingClientRect();
      expect(box.width * box.height, 'the subject takes no visible room').to.be.at.most(1);
      const tree = await axTree();
      if (tree) {
        const node = findAx(tree, (n) => n.role === 'link' && n.name.startsWith('Start verktøyet'));
        expect(node!.name, 'the visible label starts the name (label in name)').to.match(/^Start verktøyet – Søvndagbok/);
      }
      await expect(h.el).to.be.accessible();
    });

    it('with the default label and a representation, adds only on whose behalf', async () => {
      const h = await mount({ session: onBehalfOfOla() });
      expect(text(h.control())).to.equal('Gå til Helse Bergen På vegne av Ola Nordmann.');
    });

    it('falls back to the host name when no destination is given', async () => {
      const h = await mount({ destination: '' });
      expect(text(h.control())).to.equal('Gå til vendor.example.org');
    });

    it('speaks nb, nn and en', async () => {
      const expected = {
        nb: ['Åpne Du går til Helse Bergen på vegne av Ola Nordmann. Åpnes i en ny fane.', 'Sender deg videre til Helse Bergen …'],
        nn: ['Åpne Du går til Helse Bergen på vegner av Ola Nordmann. Blir opna i ei ny fane.', 'Sender deg vidare til Helse Bergen …'],
        en: ['Åpne You are going to Helse Bergen on behalf of Ola Nordmann. Opens in a new tab.', 'Taking you to Helse Bergen …'],
      } as const;
      for (const locale of ['nb', 'nn', 'en'] as const) {
        const h = await mount({ locale, label: 'Åpne', newTab: true, session: onBehalfOfOla() });
        expect(text(h.control()), locale).to.equal(expected[locale][0]);
        h.control().click();
        await flush(h.el);
        expect(text(h.status()), locale).to.equal(expected[locale][1]);
        await expect(h.el).to.be.accessible();
      }
      // Every key exists in every language (TypeScript checks the shape; this checks nothing is blank).
      for (const locale of ['nb', 'nn', 'en'] as const) {
        for (const [key, message] of Object.entries(launcherMessages[locale])) {
          const value = typeof message === 'function' ? message({ destination: 'X', name: 'Y', host: 'h' }) : message;
          expect(value.trim(), `${locale}.${key}`).not.to.equal('');
        }
      }
    });

    it('takes the session from context (the shell) when no .session is set', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: sessionContext, initialValue: onBehalfOfOla() });
      const el = document.createElement('hn-handoff-launcher');
      el.setAttribute('href', `${VENDOR}/tasks/9`);
      el.setAttribute('destination', 'Helse Bergen');
      host.append(el);
      await el.updateComplete;
      const control = el.shadowRoot!.querySelector('[part="control"]')!;
      expect(control.localName).to.equal('a');
      expect(text(control)).to.contain('På vegne av Ola Nordmann.');
    });
  });

  describe('the hand-off', () => {
    it('navigates once, in the same tab, and says so in hn-handoff-start', async () => {
      const h = await mount({ session: onBehalfOfOla() });
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.deep.equal([{ url: `${VENDOR}/tasks/123`, newTab: false }]);
      expect(h.starts).to.deep.equal([
        {
          href: `${VENDOR}/tasks/123`,
          target: `${VENDOR}/tasks/123`,
          destination: 'Helse Bergen',
          newTab: false,
          smart: false,
          onBehalfOf: { reference: 'Patient/ola', name: 'Ola Nordmann', relation: 'parent' },
        },
      ]);
      expect(h.errors).to.deep.equal([]);
    });

    it('starts exactly one hand-off on a double click, and works again on pageshow (back)', async () => {
      const h = await mount();
      h.control().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
      h.control().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 2 }));
      await flush(h.el);
      expect(h.navigations).to.have.length(1);
      expect(h.control().getAttribute('aria-disabled')).to.equal('true');
      expect(text(h.status())).to.equal('Sender deg videre til Helse Bergen …');
      await expect(h.el).to.be.accessible();
      h.control().click();
      await flush(h.el);
      expect(h.navigations, 'still guarded').to.have.length(1);

      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await flush(h.el);
      expect(h.control().getAttribute('aria-disabled')).to.equal('false');
      expect(text(h.status())).to.equal('');
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.have.length(2);
    });

    it('re-arms by itself after a while when the page stays (e.g. the navigation was stopped)', async () => {
      HnHandoffLauncher.rearmAfter = { sameTab: 60, newTab: 60, hostTookOver: 60 };
      const h = await mount();
      h.control().click();
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.have.length(1);
      await new Promise((resolve) => setTimeout(resolve, 120));
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.have.length(2);
    });

    it('is reached with Tab and started with Enter; a repeated Enter starts one hand-off', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button type="button">før</button>`);
      const h = await mount();
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.el.shadowRoot!.activeElement).to.equal(h.control());
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      await flush(h.el);
      expect(h.navigations).to.have.length(1);
      expect(h.starts).to.have.length(1);
      // Space does not follow a link (as for any link): nothing more happens.
      await sendKeys({ press: 'Space' });
      await flush(h.el);
      expect(h.navigations).to.have.length(1);
    });

    it('opens a new tab only with noopener and noreferrer', async () => {
      const h = await mount({ newTab: true });
      const control = h.control();
      expect(control.getAttribute('target')).to.equal('_blank');
      expect(control.getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(control.getAttribute('referrerpolicy')).to.equal('no-referrer');
      control.click();
      await flush(h.el);
      expect(h.navigations).to.deep.equal([{ url: `${VENDOR}/tasks/123`, newTab: true }]);
    });

    it('a middle click or ctrl+click goes through the same checks and opens one new tab', async () => {
      const h = await mount();
      const aux = new MouseEvent('auxclick', { bubbles: true, cancelable: true, composed: true, button: 1 });
      h.control().dispatchEvent(aux);
      expect(aux.defaultPrevented).to.equal(true);
      await flush(h.el);
      expect(h.navigations).to.deep.equal([{ url: `${VENDOR}/tasks/123`, newTab: true }]);
      const right = new MouseEvent('auxclick', { bubbles: true, cancelable: true, composed: true, button: 2 });
      h.control().dispatchEvent(right);
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
      h.control().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
      await flush(h.el);
      expect(h.navigations).to.deep.equal([
        { url: `${VENDOR}/tasks/123`, newTab: true },
        { url: `${VENDOR}/tasks/123`, newTab: true },
      ]);
    });

    it('lets the host take over: hn-handoff-start is cancelable and then nothing navigates', async () => {
      const h = await mount();
      h.el.addEventListener('hn-handoff-start', (e) => e.preventDefault());
      h.control().click();
      h.control().click();
      await flush(h.el);
      expect(h.starts).to.have.length(1);
      expect(h.navigations).to.deep.equal([]);
    });

    it('the default navigation uses no referrer and no opener', async () => {
      // Observe what the default navigation does, without leaving the page: it clicks a link.
      const seen: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        seen.push(this);
      };
      try {
        expect(HnHandoffLauncher.navigate(`${VENDOR}/tasks/1`, true)).to.equal(true);
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(seen).to.have.length(1);
      const link = seen[0]!;
      expect(link.isConnected, 'never put in the page, so no router sees it').to.equal(false);
      expect(link.href).to.equal(`${VENDOR}/tasks/1`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.referrerPolicy).to.equal('no-referrer');
    });

    it('shows navigation-failed with a retry when the browser could not navigate', async () => {
      const h = await mount({ navigateResult: false });
      h.control().click();
      await flush(h.el);
      expect(h.errors).to.deep.equal([{ href: `${VENDOR}/tasks/123`, reason: 'navigation-failed' }]);
      expect(text(h.alert())).to.contain('Vi fikk ikke åpnet Helse Bergen. Du er ikke sendt videre.');
      await expect(h.el).to.be.accessible();
      h.el.navigate = (url, newTab) => void h.navigations.push({ url, newTab });
      const retry = h.alert()!.querySelector('button')!;
      expect(text(retry)).to.equal('Prøv igjen');
      retry.click();
      await flush(h.el);
      expect(h.navigations).to.have.length(2);
      expect(h.alert()).to.equal(null);
      expect(h.el.shadowRoot!.activeElement, 'focus is not lost when the message goes').to.equal(h.control());
    });
  });

  describe('hostile and wrong targets', () => {
    const hostile: [string, string][] = [
      ['javascript:alert(document.domain)', 'not-https'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'not-https'],
      ['vbscript:msgbox(1)', 'not-https'],
      ['blob:https://vendor.example.org/1', 'not-https'],
      ['http://vendor.example.org/tasks/1', 'not-https'],
      ['/tasks/1', 'invalid-url'],
      ['//evil.example/tasks/1', 'invalid-url'],
      ['https://kari:passord@vendor.example.org/tasks/1', 'invalid-url'],
      ['https://evil.example/tasks/1', 'not-allowed'],
    ];
    for (const [href, reason] of hostile) {
      it(`refuses ${href} visibly (${reason}) and never navigates`, async () => {
        const h = await mount({ href });
        const control = h.control();
        expect(control.localName, 'no link to follow').to.equal('button');
        expect(h.el.shadowRoot!.querySelector('[href]')).to.equal(null);
        control.click();
        await flush(h.el);
        expect(h.navigations).to.deep.equal([]);
        expect(h.starts).to.deep.equal([]);
        expect(h.errors).to.deep.equal([{ href, reason }]);
        const alert = h.alert()!;
        expect(alert).to.exist;
        expect(text(alert)).to.contain('Helse Bergen');
        expect(alert.querySelector('button'), 'a retry cannot help a wrong link').to.equal(null);
        await expect(h.el).to.be.accessible();
      });
    }

    it('names the refused host in plain words', async () => {
      const h = await mount({ href: 'https://evil.example/x', locale: 'en' });
      h.control().click();
      await flush(h.el);
      expect(text(h.alert())).to.equal('We will not open Helse Bergen. The address (evil.example) is not approved for going on from Helsenorge.');
    });

    it('refuses everything when the session has no allowlist (or no session)', async () => {
      const h = await mount({ session: { ...session(), handoff: { allowedOrigins: [] } } });
      h.control().click();
      await flush(h.el);
      expect(h.errors.map((e) => e.reason)).to.deep.equal(['not-allowed']);
      h.el.session = undefined;
      await h.el.updateComplete;
      expect(h.control().localName).to.equal('button');
    });

    it('allows http on loopback only when the allowlist lists that http origin (playground)', async () => {
      const listed = await mount({ href: 'http://127.0.0.1:5175/tasks/1', session: { ...session(), handoff: { allowedOrigins: ['http://127.0.0.1:5175'] } } });
      expect(listed.control().localName).to.equal('a');
      const unlisted = await mount({ href: 'http://127.0.0.1:5175/tasks/1' });
      unlisted.control().click();
      await flush(unlisted.el);
      expect(unlisted.errors.map((e) => e.reason)).to.deep.equal(['not-https']);
    });

    it('renders a hostile label and destination as text', async () => {
      const h = await mount({ label: '<img src=x onerror="window.__pwned=1">', destination: '<b>Helse</b>' });
      await flush(h.el);
      expect(h.el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(h.control())).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('a new target clears the old error', async () => {
      const h = await mount({ href: 'javascript:alert(1)' });
      h.control().click();
      await flush(h.el);
      expect(h.alert()).to.exist;
      h.el.href = `${VENDOR}/tasks/2`;
      await h.el.updateComplete;
      expect(h.alert()).to.equal(null);
      expect(h.control().localName).to.equal('a');
    });
  });

  describe('SMART App Launch mode', () => {
    it('asks for an opaque launch id and adds iss and launch to the deep link', async () => {
      const requests: HandoffTicketRequest[] = [];
      const h = await mount({
        smart: { iss: ISS, sourceId: 'helse-bergen' },
        session: ticketSession(async (request) => {
          requests.push(request);
          return TICKET;
        }),
      });
      h.control().click();
      h.control().click();
      await flush(h.el);
      expect(requests).to.deep.equal([{ target: `${VENDOR}/tasks/123`, sourceId: 'helse-bergen' }]);
      expect(h.navigations).to.have.length(1);
      const url = new URL(h.navigations[0]!.url);
      expect(url.origin + url.pathname).to.equal(`${VENDOR}/tasks/123`);
      expect(url.searchParams.get('iss')).to.equal(ISS);
      expect(url.searchParams.get('launch')).to.equal(TICKET);
      expect(h.starts[0]).to.include({ smart: true, href: url.href, target: `${VENDOR}/tasks/123` });
      expect(localStorage.length + sessionStorage.length, 'nothing stored').to.equal(0);
    });

    it('shows ticket-failed with a retry when the portal cannot issue a launch id, and recovers', async () => {
      const portal = failingTicketSession();
      const h = await mount({ smart: { iss: ISS }, session: portal.session });
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.deep.equal([]);
      expect(h.errors).to.deep.equal([{ href: `${VENDOR}/tasks/123`, reason: 'ticket-failed' }]);
      expect(text(h.alert())).to.contain('Vi fikk ikke gjort klar overgangen til Helse Bergen.');
      await expect(h.el).to.be.accessible();
      portal.recover();
      h.alert()!.querySelector('button')!.click();
      await flush(h.el);
      expect(h.navigations).to.have.length(1);
      expect(h.alert()).to.equal(null);
    });

    it('refuses a launch "id" that is a token (a JWT never goes into a URL)', async () => {
      const h = await mount({ smart: { iss: ISS }, session: ticketSession(async () => 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrYXJpIn0.sig') });
      h.control().click();
      await flush(h.el);
      expect(h.navigations).to.deep.equal([]);
      expect(h.errors.map((e) => e.reason)).to.deep.equal(['ticket-failed']);
    });

    it('fails as ticket-failed without issueTicket, and as invalid-url without a usable iss', async () => {
      const noIssuer = await mount({ smart: { iss: ISS } });
      noIssuer.control().click();
      await flush(noIssuer.el);
      expect(noIssuer.errors.map((e) => e.reason)).to.deep.equal(['ticket-failed']);
      let asked = 0;
      const badIss = await mount({ smart: { iss: 'javascript:alert(1)' }, session: ticketSession(async () => (asked++, TICKET)) });
      badIss.control().click();
      await flush(badIss.el);
      expect(badIss.errors.map((e) => e.reason)).to.deep.equal(['invalid-url']);
      expect(asked, 'no ticket is asked for a launch that cannot happen').to.equal(0);
    });

    it('is busy while the launch id is on its way, and drops it if removed meanwhile', async () => {
      let release: (value: string) => void = () => {};
      const h = await mount({ smart: { iss: ISS }, session: ticketSession(() => new Promise<string>((resolve) => (release = resolve))) });
      h.control().click();
      await flush(h.el);
      expect(h.control().getAttribute('aria-disabled')).to.equal('true');
      expect(text(h.status())).to.equal('Sender deg videre til Helse Bergen …');
      await expect(h.el).to.be.accessible();
      h.el.remove();
      release(TICKET);
      await flush(h.el);
      expect(h.navigations).to.deep.equal([]);
    });
  });

  describe('lifecycle', () => {
    it('leaves no listener or timer behind when removed, however often it is mounted', async () => {
      const added = new Map<string, number>();
      const realAdd = window.addEventListener.bind(window);
      const realRemove = window.removeEventListener.bind(window);
      const count = (type: string, delta: number) => added.set(type, (added.get(type) ?? 0) + delta);
      window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
        count(type, 1);
        realAdd(type, ...(rest as [EventListenerOrEventListenerObject]));
      }) as typeof window.addEventListener;
      window.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
        count(type, -1);
        realRemove(type, ...(rest as [EventListenerOrEventListenerObject]));
      }) as typeof window.removeEventListener;
      let navigations = 0;
      try {
        HnHandoffLauncher.rearmAfter = { sameTab: 50, newTab: 50, hostTookOver: 50 };
        for (let i = 0; i < 50; i += 1) {
          const h = await mount();
          h.el.navigate = () => void (navigations += 1);
          h.control().click();
          await flush(h.el);
          h.el.remove();
        }
      } finally {
        window.addEventListener = realAdd;
        window.removeEventListener = realRemove;
      }
      expect(navigations).to.equal(50);
      expect(added.get('pageshow')).to.equal(0);
    });
  });

  describe('layout', () => {
    it('reflows at 320 px without horizontal scrolling, with a 44 px target', async () => {
      await setViewport({ width: 320, height: 640 });
      const h = await mount({ label: 'Åpne skjemaet om behandlingen din hos øyeavdelingen', session: onBehalfOfOla(), newTab: true });
      const box = h.control().getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      h.el.href = 'https://evil.example/x';
      await h.el.updateComplete;
      h.control().click();
      await flush(h.el);
      expect(h.alert()!.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(h.el).to.be.accessible();
    });

    it('has the primary and link looks, both accessible', async () => {
      for (const variant of ['primary', 'link']) {
        const h = await mount({ variant });
        expect(h.looksLike(variant), variant).to.equal(true);
        expect(h.looksLike(variant === 'primary' ? 'link' : 'primary'), 'and not the other look').to.equal(false);
        await expect(h.el).to.be.accessible();
      }
    });
  });
});
