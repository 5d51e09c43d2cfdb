import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { defineElement } from '../src/define-element.js';
import { HnState } from '../src/elements/hn-state.js';
import { HnElement } from '../src/hn-element.js';
import { statusBadge } from '../src/templates/status-badge.js';
import { sourceLabel } from '../src/templates/source-label.js';
import type { HnSourcesNotice } from '../src/elements/hn-sources-notice.js';
import { FhirError } from '../src/fhir/errors.js';
import type { HnOnBehalfBanner } from '../src/elements/hn-on-behalf-banner.js';
import type { HnStatusBadge, BadgeTone } from '../src/elements/hn-status-badge.js';
import type { HnSourceLabel } from '../src/elements/hn-source-label.js';
import { KARI, OLA, PER, axTree, findAx, deepActiveElement, onBehalfOf, session, expectNone, expectSame } from './helpers.js';

/** The text a reader gets from the shadow root: aria-hidden parts left out. */
function text(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"]')) parts.push(node.textContent ?? '');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('registration', () => {
  it('registers every shared primitive', () => {
    for (const tag of ['hn-state', 'hn-sources-notice', 'hn-on-behalf-banner', 'hn-status-badge', 'hn-source-label', 'hn-confirm-dialog']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('a second definition of the same tag warns and keeps the first, never throws', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('hn-state', HnState)).not.to.throw();
      expect(warnings).to.have.length(0);
      expect(() => defineElement('hn-state', class extends HTMLElement {})).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('hn-state');
      expect(customElements.get('hn-state')).to.equal(HnState);
    } finally {
      console.warn = original;
    }
  });
});

describe('<hn-state>', () => {
  it('loading: role=status with the locale’s text, axe clean', async () => {
    const el = await fixture<HnState>(html`<hn-state></hn-state>`);
    expect(el.kind).to.equal('loading');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status).to.exist;
    expect(status.textContent!.trim()).to.equal('Henter informasjon …');
    expectNone(el.shadowRoot!, '[role="alert"]');
    await expect(el).to.be.accessible();

    el.locale = 'en';
    await el.updateComplete;
    expect(text(el)).to.equal('Getting information …');
    el.message = 'Henter timene dine …';
    await el.updateComplete;
    expect(text(el)).to.equal('Henter timene dine …');
  });

  it('empty: heading, message and slotted content, axe clean', async () => {
    const el = await fixture<HnState>(html`<hn-state kind="empty" heading="Ingen timer" message="Du har ingen timer de neste ukene."><a href="https://x.example">Bestill time</a></hn-state>`);
    expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Ingen timer');
    expect(text(el)).to.include('Du har ingen timer de neste ukene.');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expectNone(el.shadowRoot!, 'button');
    await expect(el).to.be.accessible();
  });

  it('error: role=alert, default heading per locale, a retry button; axe clean', async () => {
    const el = await fixture<HnState>(html`<hn-state kind="error" message="Vi fikk ikke kontakt med Helse Bergen."></hn-state>`);
    expect(el.getAttribute('kind')).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('Noe gikk galt');
    expect(alert.textContent).to.include('Vi fikk ikke kontakt med Helse Bergen.');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.type).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Prøv igjen');
    await expect(el).to.be.accessible();

    for (const [locale, heading, retry] of [
      ['nn', 'Noko gjekk gale', 'Prøv igjen'],
      ['en', 'Something went wrong', 'Try again'],
    ] as const) {
      el.locale = locale;
      await el.updateComplete;
      expect(text(el)).to.include(heading);
      expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal(retry);
    }
  });

  it('error: Tab reaches the retry button and Enter emits hn-retry (bubbles, composed)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><hn-state kind="error"></hn-state></div>`);
    const el = wrapper.querySelector('hn-state')!;
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expectSame(deepActiveElement(), el.shadowRoot!.querySelector('button'));
    const event = oneEvent(wrapper, 'hn-retry');
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(true);
  });

  it('error: Space activates retry too', async () => {
    const el = await fixture<HnState>(html`<hn-state kind="error" heading="Timene kunne ikke hentes"></hn-state>`);
    el.shadowRoot!.querySelector('button')!.focus();
    const event = oneEvent(el, 'hn-retry');
    await sendKeys({ press: 'Space' });
    await event;
  });

  it('error: the accessibility tree has the alert and the named button', async function () {
    await fixture<HnState>(html`<hn-state kind="error" heading="Timene kunne ikke hentes"></hn-state>`);
    const tree = await axTree();
    if (!tree) this.skip();
    const alert = findAx(tree, (node) => node.role === 'alert');
    expect(alert, 'alert').to.exist;
    expect(findAx(alert!, (node) => node.role === 'button' && node.name === 'Prøv igjen'), 'retry button inside the alert').to.exist;
    expect(findAx(alert!, (node) => node.name === 'Timene kunne ikke hentes'), 'heading text inside the alert').to.exist;
  });

  it('loading: the accessibility tree has a status with the text, and hides the spinner', async function () {
    await fixture<HnState>(html`<hn-state locale="en"></hn-state>`);
    const tree = await axTree();
    if (!tree) this.skip();
    const status = findAx(tree, (node) => node.role === 'status');
    expect(status, 'status').to.exist;
    expect(findAx(status!, (node) => node.name === 'Getting information …')).to.exist;
    expect(JSON.stringify(status)).not.to.include('spinner');
  });
});

describe('<hn-sources-notice>', () => {
  it('renders nothing when no source failed', async () => {
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice></hn-sources-notice>`);
    expectNone(el.shadowRoot!, '[role="alert"]');
    expect(text(el)).to.equal('');
  });

  it('names the failed sources with the locale’s list format, role=alert, axe clean', async () => {
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice .failed=${['Helse Bergen', 'Fastlegen', 'Bergen kommune']}></hn-sources-notice>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).to.equal(
      'Vi fikk ikke kontakt med Helse Bergen, Fastlegen og Bergen kommune. Det du ser nå, kan derfor mangle noe.',
    );
    await expect(el).to.be.accessible();

    el.locale = 'en';
    el.failed = ['Helse Bergen', 'Fastlegen'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('We could not reach Helse Bergen and Fastlegen. What you see now may be incomplete.');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');

    el.locale = 'nn';
    el.failed = ['Fastlegen'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Vi fekk ikkje kontakt med Fastlegen. Det du ser no, kan difor mangle noko.');
    await expect(el).to.be.accessible();
  });

  it('names incomplete sources in their own sentence, offers no retry for them alone, axe clean', async () => {
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice .incomplete=${['Helse Bergen']}></hn-sources-notice>`);
    const paragraphs = () => [...el.shadowRoot!.querySelectorAll('[role="alert"] p')].map((p) => p.textContent);
    expect(paragraphs()).to.deep.equal(['Vi fikk ikke hentet alt fra Helse Bergen. Det du ser nå, kan derfor mangle noe.']);
    expectNone(el.shadowRoot!, 'button');
    await expect(el).to.be.accessible();

    el.failed = ['Fastlegen'];
    el.locale = 'en';
    await el.updateComplete;
    expect(paragraphs()).to.deep.equal([
      'We could not reach Fastlegen. What you see now may be incomplete.',
      'We could not get everything from Helse Bergen. What you see now may be incomplete.',
    ]);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');

    el.locale = 'nn';
    el.failed = [];
    await el.updateComplete;
    expect(paragraphs()).to.deep.equal(['Vi fekk ikkje henta alt frå Helse Bergen. Det du ser no, kan difor mangle noko.']);
    await expect(el).to.be.accessible();
  });

  it('ignores names that are not strings, and renders nothing when none are left', async () => {
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice .failed=${[null, 3, '  '] as unknown as string[]} .incomplete=${'Helse Bergen' as unknown as string[]}></hn-sources-notice>`);
    expectNone(el.shadowRoot!, '[role="alert"]');
    el.failed = [{ name: 'x' }, 'Fastlegen'] as unknown as string[];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Vi fikk ikke kontakt med Fastlegen. Det du ser nå, kan derfor mangle noe.');
  });

  describe('says what happened to each failed source (one row per kind)', () => {
    const bergen = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' };
    const rows: Array<[kind: string, error: unknown, nb: string, nn: string, en: string]> = [
      [
        'no connection',
        new FhirError('network', 'helse-bergen', 'could not connect'),
        'Vi fikk ikke kontakt med Helse Bergen. Det du ser nå, kan derfor mangle noe.',
        'Vi fekk ikkje kontakt med Helse Bergen. Det du ser no, kan difor mangle noko.',
        'We could not reach Helse Bergen. What you see now may be incomplete.',
      ],
      [
        'no answer in time',
        new FhirError('timeout', 'helse-bergen', 'no answer'),
        'Vi fikk ikke kontakt med Helse Bergen. Det du ser nå, kan derfor mangle noe.',
        'Vi fekk ikkje kontakt med Helse Bergen. Det du ser no, kan difor mangle noko.',
        'We could not reach Helse Bergen. What you see now may be incomplete.',
      ],
      [
        '401',
        new FhirError('auth', 'helse-bergen', 'HTTP 401', { status: 401 }),
        'Helse Bergen godtok ikke innloggingen din. Du må kanskje logge inn på nytt. Det du ser nå, kan derfor mangle noe.',
        'Helse Bergen godtok ikkje innlogginga di. Du må kanskje logge inn på nytt. Det du ser no, kan difor mangle noko.',
        'Helse Bergen did not accept your login. You may need to log in again. What you see now may be incomplete.',
      ],
      [
        '403 with an OperationOutcome',
        new FhirError('forbidden', 'helse-bergen', 'HTTP 403', { status: 403, diagnostics: 'Representation does not cover appointments' }),
        'Helse Bergen gir deg ikke tilgang til dette, for eksempel når du ser informasjon på vegne av noen andre. Melding fra Helse Bergen: «Representation does not cover appointments» Det du ser nå, kan derfor mangle noe.',
        'Helse Bergen gir deg ikkje tilgang til dette, til dømes når du ser informasjon på vegner av nokon andre. Melding frå Helse Bergen: «Representation does not cover appointments» Det du ser no, kan difor mangle noko.',
        'Helse Bergen does not give you access to this, for example when you act on behalf of someone else. Message from Helse Bergen: “Representation does not cover appointments” What you see now may be incomplete.',
      ],
      [
        '503 with an OperationOutcome',
        new FhirError('server', 'helse-bergen', 'HTTP 503', { status: 503, diagnostics: 'Vedlikehold til kl. 06' }),
        'Helse Bergen har en feil akkurat nå. Melding fra Helse Bergen: «Vedlikehold til kl. 06» Det du ser nå, kan derfor mangle noe.',
        'Helse Bergen har ein feil akkurat no. Melding frå Helse Bergen: «Vedlikehold til kl. 06» Det du ser no, kan difor mangle noko.',
        'Helse Bergen has a problem right now. Message from Helse Bergen: “Vedlikehold til kl. 06” What you see now may be incomplete.',
      ],
      [
        '500 without one',
        new FhirError('server', 'helse-bergen', 'HTTP 500', { status: 500 }),
        'Helse Bergen har en feil akkurat nå. Det du ser nå, kan derfor mangle noe.',
        'Helse Bergen har ein feil akkurat no. Det du ser no, kan difor mangle noko.',
        'Helse Bergen has a problem right now. What you see now may be incomplete.',
      ],
      [
        'an answer that is not FHIR',
        new FhirError('malformed', 'helse-bergen', 'not JSON', { status: 200 }),
        'Vi forsto ikke svaret fra Helse Bergen. Det du ser nå, kan derfor mangle noe.',
        'Vi forstod ikkje svaret frå Helse Bergen. Det du ser no, kan difor mangle noko.',
        'We could not understand the answer from Helse Bergen. What you see now may be incomplete.',
      ],
    ];
    for (const [kind, error, nb, nn, en] of rows) {
      it(kind, async () => {
        const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice .failures=${[{ source: bergen, ok: false, error }]}></hn-sources-notice>`);
        const paragraph = () => el.shadowRoot!.querySelector('[role="alert"] p')!.textContent;
        expect(paragraph()).to.equal(nb);
        el.locale = 'nn';
        await el.updateComplete;
        expect(paragraph()).to.equal(nn);
        el.locale = 'en';
        await el.updateComplete;
        expect(paragraph()).to.equal(en);
        expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
      });
    }
  });

  it('groups sources by what happened, each kind in its own paragraph, and stays axe clean', async () => {
    const failure = (name: string, error: unknown) => ({ source: { name }, error });
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice
      .failures=${[
        failure('Helse Bergen', new FhirError('server', 'a', 'HTTP 503', { status: 503, diagnostics: 'Nede' })),
        failure('Fastlegen', new FhirError('network', 'b', 'down')),
        failure('Bergen kommune', new FhirError('server', 'c', 'HTTP 500', { status: 500 })),
        failure('Fastlegen', new FhirError('auth', 'b', 'again', { status: 401 })),
      ]}
      .failed=${['Fastlegen', 'Legevakten']}
      .incomplete=${['Sykehuset']}
    ></hn-sources-notice>`);
    expect([...el.shadowRoot!.querySelectorAll('[role="alert"] p')].map((p) => p.textContent)).to.deep.equal([
      'Vi fikk ikke kontakt med Fastlegen og Legevakten.',
      'Helse Bergen og Bergen kommune har en feil akkurat nå. Melding fra Helse Bergen: «Nede» Det du ser nå, kan derfor mangle noe.',
      'Vi fikk ikke hentet alt fra Sykehuset. Det du ser nå, kan derfor mangle noe.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a server\'s explanation only as short plain text that cannot reorder the notice', async () => {
    const long = `<b>Feil</b>\u202E i\u0007 databasen ${'og så videre '.repeat(30)}`;
    const error = new FhirError('server', 'a', 'HTTP 500', { status: 500, diagnostics: long });
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice locale="en" .failures=${[{ source: { name: 'Helse Bergen' }, error }]}></hn-sources-notice>`);
    const paragraph = el.shadowRoot!.querySelector('[role="alert"] p')!;
    expect(paragraph.querySelector('b')).to.equal(null);
    const said = /“(.*)”/.exec(paragraph.textContent!)![1]!;
    expect(said.startsWith('Feil i databasen og så videre')).to.equal(true);
    expect(said.endsWith('…')).to.equal(true);
    expect(said.length).to.be.at.most(160);
    expect(said).not.to.match(/[\u0000-\u001f\u202a-\u202e]/);
  });

  it('the retry button emits hn-retry from the keyboard', async () => {
    const el = await fixture<HnSourcesNotice>(html`<hn-sources-notice .failed=${['Fastlegen']}></hn-sources-notice>`);
    el.shadowRoot!.querySelector('button')!.focus();
    const event = oneEvent(el, 'hn-retry');
    await sendKeys({ press: 'Enter' });
    expect((await event).composed).to.equal(true);
  });
});

describe('<hn-on-behalf-banner>', () => {
  it('renders nothing without a session or without a representation', async () => {
    const bare = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner></hn-on-behalf-banner>`);
    expect(bare.shadowRoot!.children).to.have.length(0);
    expect(text(bare)).to.equal('');
    const self = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${session()}></hn-on-behalf-banner>`);
    expect(text(self)).to.equal('');
    await expect(self).to.be.accessible();
  });

  it('names the person and the relation in nb, nn and en; axe clean', async () => {
    const cases = [
      ['nb', PER, 'parent', 'Du ser nå informasjonen til Per Nordmann. Du er forelder.'],
      ['nn', PER, 'parent', 'Du ser no informasjonen til Per Nordmann. Du er forelder.'],
      ['en', PER, 'parent', 'You are viewing information for Per Nordmann. You are their parent.'],
      ['nb', OLA, 'power-of-attorney', 'Du ser nå informasjonen til Ola Nordmann. Du har fullmakt.'],
      ['nn', OLA, 'guardian', 'Du ser no informasjonen til Ola Nordmann. Du er verje.'],
      ['en', OLA, 'power-of-attorney', 'You are viewing information for Ola Nordmann. You have power of attorney.'],
      ['en', KARI, 'guardian', 'You are viewing information for Kari Nordmann. You are their guardian.'],
    ] as const;
    for (const [locale, person, relation, expected] of cases) {
      const el = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${onBehalfOf(person, relation, { locale })}></hn-on-behalf-banner>`);
      expect(text(el), `${locale} ${relation}`).to.equal(expected);
      expect(el.shadowRoot!.querySelector('[part="banner"]')).to.exist;
      expect(el.shadowRoot!.querySelector('svg[aria-hidden="true"]')).to.exist;
    }
    const el = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${onBehalfOf()}></hn-on-behalf-banner>`);
    await expect(el).to.be.accessible();
  });

  it('is read as one sentence, without the decorative icon', async function () {
    await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${onBehalfOf(PER, 'parent', { locale: 'en' })}></hn-on-behalf-banner>`);
    const tree = await axTree();
    if (!tree) this.skip();
    const flat = JSON.stringify(tree);
    expect(flat).to.include('You are viewing information for Per Nordmann. You are their parent.');
    expect(flat, 'the icon is hidden from the accessibility tree').not.to.match(/"(image|img|graphics-symbol|graphics-document)"/);
  });

  it('follows a change of session: appears and disappears', async () => {
    const el = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${session()}></hn-on-behalf-banner>`);
    expect(text(el)).to.equal('');
    el.session = onBehalfOf(OLA, 'power-of-attorney');
    await el.updateComplete;
    expect(text(el)).to.include('Ola Nordmann');
    el.session = session();
    await el.updateComplete;
    expect(text(el)).to.equal('');
  });

  it('does not render the name as HTML', async () => {
    const hostile = { reference: 'Patient/x', name: '<img src=x onerror="window.__bannerPwned=1">Eve' };
    const el = await fixture<HnOnBehalfBanner>(html`<hn-on-behalf-banner .session=${onBehalfOf(hostile)}></hn-on-behalf-banner>`);
    expectNone(el.shadowRoot!, 'img');
    expect(text(el)).to.include('<img src=x');
  });
});

describe('<hn-status-badge>', () => {
  const tones: BadgeTone[] = ['neutral', 'info', 'success', 'warning', 'danger'];

  it('shows the label with the tone reflected; every tone passes axe (contrast included)', async () => {
    for (const tone of tones) {
      const el = await fixture<HnStatusBadge>(html`<hn-status-badge tone=${tone} label="Avlyst"></hn-status-badge>`);
      expect(el.getAttribute('tone')).to.equal(tone);
      const badge = el.shadowRoot!.querySelector('[part="badge"]')!;
      expect(badge.textContent).to.equal('Avlyst');
      expect(badge.classList.contains(`status-badge--${tone}`)).to.equal(true);
      // The tone is visible: text and background come from tokens, not the inherited defaults.
      const style = getComputedStyle(badge);
      expect(style.backgroundColor, tone).not.to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    }
  });

  it('defaults to neutral and reflects a property change', async () => {
    const el = await fixture<HnStatusBadge>(html`<hn-status-badge label="Bekreftet"></hn-status-badge>`);
    expect(el.tone).to.equal('neutral');
    el.tone = 'success';
    await el.updateComplete;
    expect(el.getAttribute('tone')).to.equal('success');
  });
});

/** A component of its own that renders the template forms of the badge and the source label. */
class BadgeAndLabelHost extends HnElement {
  static override properties = { ...HnElement.properties, tone: { type: String } };
  declare tone: BadgeTone;
  constructor() {
    super();
    this.tone = 'neutral';
  }
  override render() {
    return html`${statusBadge(this.tone, 'Venter')} ${sourceLabel(this.currentLocale, 'Helse Bergen')}`;
  }
}
defineElement('test-badge-and-label-host', BadgeAndLabelHost);

describe('statusBadge() and sourceLabel() in a component', () => {
  it('look as the elements do: the shared styles reach every component, every tone axe clean', async () => {
    for (const tone of ['neutral', 'info', 'success', 'warning', 'danger'] as const) {
      const host = await fixture<BadgeAndLabelHost>(html`<test-badge-and-label-host .tone=${tone}></test-badge-and-label-host>`);
      const element = await fixture<HnStatusBadge>(html`<hn-status-badge tone=${tone} label="Venter"></hn-status-badge>`);
      const inline = getComputedStyle(host.shadowRoot!.querySelector('.status-badge')!);
      const own = getComputedStyle(element.shadowRoot!.querySelector('[part="badge"]')!);
      expect(inline.backgroundColor, tone).not.to.equal('rgba(0, 0, 0, 0)');
      for (const property of ['backgroundColor', 'color', 'borderTopWidth', 'fontSize', 'fontWeight'] as const) {
        expect(inline[property], `${tone} ${property}`).to.equal(own[property]);
      }
      expect(host.shadowRoot!.querySelector('.status-badge')!.hasAttribute('part'), 'no part unless asked').to.equal(false);
      await expect(host).to.be.accessible();
    }
  });

  it('name the source in the component\'s locale, in the muted text colour', async () => {
    const host = await fixture<BadgeAndLabelHost>(html`<test-badge-and-label-host locale="nn"></test-badge-and-label-host>`);
    const label = host.shadowRoot!.querySelector('.source-label')!;
    expect(label.textContent).to.equal('Frå Helse Bergen');
    const element = await fixture<HnSourceLabel>(html`<hn-source-label locale="nn" name="Helse Bergen"></hn-source-label>`);
    expect(getComputedStyle(label).color).to.equal(getComputedStyle(element.shadowRoot!.querySelector('[part="label"]')!).color);
    expect(getComputedStyle(label).color).not.to.equal(getComputedStyle(host).color);
  });
});

describe('<hn-source-label>', () => {
  it('names the source in the locale, axe clean', async () => {
    for (const [locale, expected] of [
      ['nb', 'Fra Helse Bergen'],
      ['nn', 'Frå Helse Bergen'],
      ['en', 'From Helse Bergen'],
    ] as const) {
      const el = await fixture<HnSourceLabel>(html`<hn-source-label locale=${locale} name="Helse Bergen"></hn-source-label>`);
      expect(text(el)).to.equal(expected);
      await expect(el).to.be.accessible();
    }
  });

  it('takes the locale from the session when no attribute is set', async () => {
    const el = await fixture<HnSourceLabel>(html`<hn-source-label .session=${session({ locale: 'en' })} name="Fastlegen"></hn-source-label>`);
    expect(text(el)).to.equal('From Fastlegen');
  });
});
