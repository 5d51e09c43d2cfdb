import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { beaconPrefix, nonControlRequests, remoteControlsReported, runControlPayloads, watchRequests } from '@hn-elements/test-support';
import { LitElement, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import DOMPurify from 'dompurify';
import { sanitizeHtml, sanitizeHtmlToString, sanitizeHtmlTrusted } from '../src/sanitize.js';
import { safeHttpsUrl } from '../src/url-policy.js';
import { expectNone } from './helpers.js';

declare global {
  interface Window {
    __pwned: string[];
    __trap: (id: string) => void;
  }
}

/**
 * Hostile HTML. Every payload that would run code calls `__trap('<id>')` (or `parent.__trap`),
 * so a test fails the moment any of them runs in the page.
 */
const CORPUS: Array<[string, string]> = [
  ['script', `<script>__trap('script')</script>`],
  ['script-src', `<script src="data:text/javascript,__trap('script-src')"></script>`],
  ['img-onerror', `<img src=x onerror="__trap('img-onerror')">`],
  ['img-onerror-nospace', `<img/src=x/onerror=__trap('img-onerror-nospace')>`],
  ['img-scheme-src', `<img src="x:alert" onerror=__trap('img-scheme-src')>`],
  ['js-href', `<a href="javascript:__trap('js-href')">a</a>`],
  ['js-href-case', `<a href="JaVaScRiPt:__trap('js-href-case')">a</a>`],
  ['js-href-entity', `<a href="&#106;avascript:__trap('js-href-entity')">a</a>`],
  ['js-href-hex-entity', `<a href="&#x6A;&#x61;vascript&colon;__trap('js-href-hex-entity')">a</a>`],
  ['js-href-padded-entity', `<a href="&#0000106&#0000097vascript:__trap('js-href-padded-entity')">a</a>`],
  ['js-href-whitespace', `<a href="  \n\tjavascript:__trap('js-href-whitespace')">a</a>`],
  ['js-href-tab-inside', `<a href="java&#09;script:__trap('js-href-tab-inside')">a</a>`],
  ['js-href-newline-inside', `<a href="jav&#x0A;ascript:__trap('js-href-newline-inside')">a</a>`],
  ['js-href-control-prefix', `<a href="&#x01;javascript:__trap('js-href-control-prefix')">a</a>`],
  ['data-href', `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX190cmFwKCdkYXRhJyk8L3NjcmlwdD4=">a</a>`],
  ['data-href-case', `<a href="DaTa:text/html,<script>parent.__trap('data-href-case')</script>">a</a>`],
  ['vbscript-href', `<a href="vbscript:msgbox('x')">a</a>`],
  ['vbscript-href-entity', `<a href="&#118;bscript:msgbox('x')">a</a>`],
  ['http-href', `<a href="http://plain.example/">a</a>`],
  ['protocol-relative-href', `<a href="//evil.example/">a</a>`],
  ['relative-href', `<a href="/internal">a</a>`],
  ['area-href', `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:__trap('area-href')"></map>`],
  ['svg-script', `<svg><script>__trap('svg-script')</script></svg>`],
  ['svg-onload', `<svg onload="__trap('svg-onload')"></svg>`],
  ['svg-xlink', `<svg><a xlink:href="javascript:__trap('svg-xlink')"><text x="0" y="10">x</text></a></svg>`],
  ['svg-animate', `<svg><animate onbegin="__trap('svg-animate')" attributeName="x" dur="1s"></animate></svg>`],
  ['iframe-srcdoc', `<iframe srcdoc="<script>parent.__trap('iframe-srcdoc')</script>"></iframe>`],
  ['iframe-js', `<iframe src="javascript:parent.__trap('iframe-js')"></iframe>`],
  ['object', `<object data="javascript:__trap('object')"></object>`],
  ['object-data-html', `<object data="data:text/html,<script>parent.__trap('object-data-html')</script>"></object>`],
  ['embed', `<embed src="javascript:__trap('embed')">`],
  ['form-action', `<form action="javascript:__trap('form-action')"><button>Send</button></form>`],
  ['formaction', `<button formaction="javascript:__trap('formaction')">Send</button>`],
  ['input-autofocus', `<input autofocus onfocus="__trap('input-autofocus')">`],
  ['style-tag', `<style>@import url(https://evil.example/x.css); * { background: url(https://evil.example/beacon) }</style>`],
  ['style-attr', `<div style="background-image:url(https://evil.example/beacon)">x</div>`],
  ['math', `<math><mi xlink:href="javascript:__trap('math')">x</mi></math>`],
  ['mxss-math-mglyph', `<math><mtext><table><mglyph><style><img src=x onerror="__trap('mxss-math-mglyph')">`],
  ['mxss-form-math', `<form><math><mtext></form><form><mglyph><style></math><img src onerror="__trap('mxss-form-math')">`],
  ['mxss-noscript', `<noscript><p title="</noscript><img src=x onerror=__trap('mxss-noscript')>">`],
  ['mxss-svg-style', `<svg></p><style><a id="</style><img src=1 onerror=__trap('mxss-svg-style')>">`],
  ['mxss-comment', `<!--><img src=x onerror=__trap('mxss-comment')>-->`],
  ['mxss-textarea', `<textarea></textarea><img src=x onerror=__trap('mxss-textarea')>`],
  ['template', `<template><img src=x onerror="__trap('template')"></template>`],
  ['details-toggle', `<details open ontoggle="__trap('details-toggle')"><summary>s</summary></details>`],
  ['body-onload', `<body onload="__trap('body-onload')">`],
  ['video-source', `<video><source onerror="__trap('video-source')"></video>`],
  ['audio-src', `<audio src=x onerror="__trap('audio-src')"></audio>`],
  ['marquee', `<marquee onstart="__trap('marquee')">m</marquee>`],
  ['unknown-element', `<x-evil onmouseover="__trap('unknown-element')" onclick="__trap('unknown-element')">x</x-evil>`],
  ['onclick-div', `<div onclick="__trap('onclick-div')" onmouseover="__trap('onclick-div')">x</div>`],
  ['base', `<base href="javascript:/">`],
  ['meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:__trap('meta-refresh')">`],
  ['link', `<link rel="stylesheet" href="https://evil.example/x.css">`],
  ['img-data-src', `<img src="data:image/svg+xml,<svg onload=parent.__trap('img-data-src')>">`],
  ['img-srcset', `<img src="https://img.example/a.png" srcset="javascript:__trap('img-srcset') 1x">`],
  ['data-attr', `<div data-bind="__trap('data-attr')">x</div>`],
  ['clobber', `<img name="getElementById"><form name="cookie"></form><p id="heading">x</p>`],
];

const DANGEROUS_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'style', 'svg', 'math', 'template', 'base', 'link', 'meta', 'video', 'audio', 'source', 'noscript'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'srcset', 'background', 'poster'];

function hazardsIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const tag of DANGEROUS_TAGS) if (root.querySelector(tag)) found.push(`<${tag}>`);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
      if (name === 'style' || name.startsWith('data-')) found.push(`${element.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && !/^https:\/\//.test(attribute.value)) found.push(`${element.localName}[${name}=${attribute.value}]`);
    }
  }
  return found;
}

/**
 * Gives every inline handler its chance to run: clicks, hovers and focus now; load and error
 * events, frames and toggles by the time the control payloads rendered after them have run.
 */
async function provoke(root: HTMLElement | ShadowRoot): Promise<void> {
  const stopNavigation = (event: Event) => event.preventDefault();
  const host = root instanceof ShadowRoot ? root : (root as HTMLElement);
  host.addEventListener('click', stopNavigation, true);
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    element.focus?.();
  }
  host.removeEventListener('click', stopNavigation, true);
  await runControlPayloads(root);
}

describe('sanitizeHtml against a hostile corpus', () => {
  let container: HTMLDivElement;

  beforeEach(() => {
    window.__pwned = [];
    window.__trap = (id: string) => window.__pwned.push(id);
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
  });

  it('the trap works: the raw payloads do run when not sanitised, by the time the controls have run', async () => {
    container.innerHTML = `<img src=x onerror="__trap('control-img')"><div onclick="__trap('control-click')">x</div><details open ontoggle="__trap('control-toggle')"></details><iframe srcdoc="<script>parent.__trap('control-frame')</script>"></iframe>`;
    await provoke(container);
    // The raw payloads race the controls (two frames, two failing images load in any order): wait for
    // every one of them, so none fires late into the next test's list.
    const raw = ['control-img', 'control-click', 'control-toggle', 'control-frame'];
    await waitUntil(() => raw.every((id) => window.__pwned.includes(id)), `raw payloads that ran: ${window.__pwned.join(', ')}`, { timeout: 8000 });
    expect(window.__pwned).to.include.members(raw);
  });

  for (const [id, payload] of CORPUS) {
    it(`neutralises ${id}`, async () => {
      const clean = sanitizeHtmlToString(payload);
      expect(typeof clean).to.equal('string');
      container.innerHTML = sanitizeHtmlTrusted(payload);
      expect(hazardsIn(container), clean).to.deep.equal([]);
      await provoke(container);
      // Re-parsing the output must be stable (no mutation XSS on a second round trip).
      const again = sanitizeHtmlToString(container.innerHTML);
      container.innerHTML = again;
      expect(hazardsIn(container), again).to.deep.equal([]);
      await provoke(container);
      expect(window.__pwned, clean).to.deep.equal([]);
    });
  }

  it('the whole corpus at once, rendered with Lit unsafeHTML into a shadow root, runs nothing', async () => {
    const host = document.createElement('div');
    container.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const all = CORPUS.map(([, payload]) => payload).join('\n');
    render(html`<section>${unsafeHTML(sanitizeHtml(all))}</section>`, shadow);
    expect(hazardsIn(shadow)).to.deep.equal([]);
    await provoke(shadow);
    expect(window.__pwned).to.deep.equal([]);
  });

  it('keeps plain content: headings, lists, tables, emphasis, text', () => {
    const clean = sanitizeHtmlToString(
      '<h2>Epikrise</h2><p>Pasienten <strong>Kari</strong> ble <em>utskrevet</em>.</p><ul><li>Ibux</li></ul><table><tr><td>1</td></tr></table>',
    );
    container.innerHTML = clean;
    expect(container.querySelector('h2')!.textContent).to.equal('Epikrise');
    expect(container.querySelector('strong')!.textContent).to.equal('Kari');
    expect(container.querySelector('li')!.textContent).to.equal('Ibux');
    expect(container.querySelector('td')!.textContent).to.equal('1');
  });

  it('keeps https links, opening in a new tab with rel noopener noreferrer, and drops any other rel/target', () => {
    container.innerHTML = sanitizeHtml('<a href="https://www.helsenorge.no/x?y=1#z" target="_self" rel="opener" onclick="__trap(1)">Les mer</a>');
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://www.helsenorge.no/x?y=1#z');
    expect(link.getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.hasAttribute('onclick')).to.equal(false);
    expect(link.textContent).to.equal('Les mer');
  });

  it('removes the href from non-https links but keeps their text', () => {
    container.innerHTML = sanitizeHtml('<a href="http://x.example">plain</a><a href="mailto:a@b.no">mail</a><a href="/rel">rel</a>');
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).to.deep.equal(['plain', 'mail', 'rel']);
    expect(links.some((a) => a.hasAttribute('href'))).to.equal(false);
  });

  it('drops every image source but keeps the alt text', () => {
    container.innerHTML = sanitizeHtml('<img alt="a" src="https://img.example/a.png"><img alt="b" src="http://img.example/b.png">');
    const [a, b] = Array.from(container.querySelectorAll('img'));
    expect(a!.hasAttribute('src')).to.equal(false);
    expect(a!.getAttribute('alt')).to.equal('a');
    expect(b!.hasAttribute('src')).to.equal(false);
  });

  it('cannot clobber ids used inside a component’s shadow root', () => {
    const clean = sanitizeHtmlToString('<p id="heading">fake heading</p><img name="x">');
    expect(clean).not.to.match(/id="heading"/);
    expect(clean).not.to.match(/name="x"/);
  });

  it('does not change the behaviour of other DOMPurify users on the page', () => {
    sanitizeHtmlToString('<a href="https://x.example">x</a>');
    // The host page's own DOMPurify keeps its own defaults (here: relative links and mailto are fine).
    const hostResult = DOMPurify.sanitize('<a href="/relative">r</a><a href="mailto:a@b.no">m</a>');
    expect(hostResult).to.equal('<a href="/relative">r</a><a href="mailto:a@b.no">m</a>');
  });
});

describe('sanitizeHtml and Trusted Types', () => {
  it('sanitizeHtml gives a string; sanitizeHtmlTrusted a TrustedHTML where the browser has Trusted Types', () => {
    expect(typeof sanitizeHtml('<b>x</b>')).to.equal('string');
    const trusted = sanitizeHtmlTrusted('<b>x</b><script>__trap(1)</script>') as unknown;
    const tt = (window as unknown as { trustedTypes?: { isHTML(value: unknown): boolean } }).trustedTypes;
    if (tt) expect(tt.isHTML(trusted)).to.equal(true);
    expect(String(trusted)).to.equal('<b>x</b>');
  });
});

describe('sanitizeHtml in a Lit element', () => {
  class Viewer extends LitElement {
    static override properties = { content: { attribute: false } };
    declare content: string;
    constructor() {
      super();
      this.content = '';
    }
    override render() {
      return html`<article>${unsafeHTML(sanitizeHtml(this.content))}</article>`;
    }
  }
  customElements.define('test-sanitized-viewer', Viewer);

  it('renders through unsafeHTML (which only takes strings) without throwing', async () => {
    const el = await fixture<Viewer>(html`<test-sanitized-viewer .content=${'<p>Hei <b>Kari</b><script>__trap(1)</script></p>'}></test-sanitized-viewer>`);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.querySelector('b')!.textContent).to.equal('Kari');
    expectNone(article, 'script');
  });
});

describe('safeHttpsUrl', () => {
  it('accepts absolute https URLs only, normalised', () => {
    expect(safeHttpsUrl('https://www.helsenorge.no/timer')).to.equal('https://www.helsenorge.no/timer');
    expect(safeHttpsUrl('  https://x.example/a b ')).to.equal('https://x.example/a%20b');
    expect(safeHttpsUrl('HTTPS://X.EXAMPLE')).to.equal('https://x.example/');
  });

  it('refuses everything else', () => {
    const refused: unknown[] = [
      'http://x.example',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'blob:https://x.example/uuid',
      'ftp://x.example',
      'mailto:a@b.no',
      '//x.example/path',
      '/relative',
      'relative',
      '#frag',
      'https:',
      'https//x.example',
      '',
      '   ',
      undefined,
      null,
      42,
      {},
      new URL('http://x.example'),
    ];
    for (const value of refused) expect(safeHttpsUrl(value), String(value)).to.equal(undefined);
  });
});

/**
 * Markup that makes a browser fetch something from another server as soon as it is shown: from a
 * source's HTML, each would tell that server who opened the message and when (a read receipt).
 * [case, markup with BEACON where the URL goes]
 */
const REMOTE_LOADS: Array<[string, string]> = [
  ['img src', '<img alt="logo" src="BEACON">'],
  ['img srcset', '<img alt="logo" srcset="BEACON 1x">'],
  ['picture source', '<picture><source srcset="BEACON"><img alt="logo"></picture>'],
  ['table background', '<table background="BEACON"><tr><td>celle</td></tr></table>'],
  ['td background', '<table><tr><td background="BEACON">celle</td></tr></table>'],
  ['style attribute url()', '<div style="background-image:url(BEACON)">stil</div>'],
  ['style element url()', '<style>p { background: url(BEACON) }</style><p>avsnitt</p>'],
  ['style element @import', '<style>@import url(BEACON);</style><p>avsnitt</p>'],
  ['link stylesheet', '<link rel="stylesheet" href="BEACON">'],
  ['video poster', '<video poster="BEACON"></video>'],
  ['input image', '<input type="image" alt="knapp" src="BEACON">'],
  ['image element', '<image alt="bilde" src="BEACON">'],
];

describe('sanitizeHtml loads nothing from other servers', () => {
  for (const [name, markup] of REMOTE_LOADS) {
    it(`${name}: no request`, async () => {
      const beacon = beaconPrefix('sanitize');
      const requests = watchRequests(beacon);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        container.innerHTML = sanitizeHtmlTrusted(markup.replaceAll('BEACON', `${beacon}case.png`));
        void container.offsetHeight; // style and layout now, which is when CSS images are asked for
        // Controls, not sanitised, after it: once their requests are reported, a request the
        // sanitised markup made would have been too.
        await remoteControlsReported(container, beacon, requests);
        expect(nonControlRequests(requests), container.innerHTML).to.deep.equal([]);
      } finally {
        requests.stop();
        container.remove();
      }
    });
  }
});
