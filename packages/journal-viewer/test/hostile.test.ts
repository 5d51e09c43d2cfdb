import { expect, oneDefaultPreventedEvent, waitUntil } from '@open-wc/testing';
import { runControlPayloads } from '@hn-elements/test-support';
import type { HnJournalViewer, JournalDocumentDownloadDetail, JournalDocumentPrintDetail } from '../src/hn-journal-viewer.js';
import { fitSourceHtml as prepareHtml } from '@hn-elements/core';
import { standaloneHtml } from '../src/document-files.js';
import { auditEvent, b64, bundleOf, composition, documentReference } from './fixtures.js';
import { logList, openDocument, paneBody, paneTitle, printAndDownload, printFrame, reader, sectionHeadings, withBundle } from './harness.js';

/**
 * HTML a source could send, each piece trying to run `__hnTrap(<name>)`. Rendering through the
 * viewer must run none of them and leave no dangerous node behind.
 */
const CORPUS: Record<string, string> = {
  script: `<script>__hnTrap('script')</script>`,
  'img onerror': `<img src="x" onerror="__hnTrap('img-onerror')">`,
  'javascript: link': `<a href="javascript:__hnTrap('js-link')">lenke</a>`,
  'javascript: in mixed case and with a tab': `<a href="JaVaScRiPt:__hnTrap('js-case')">a</a><a href="jav&#x09;ascript:__hnTrap('js-tab')">b</a>`,
  'data: link': `<a href="data:text/html,<script>parent.__hnTrap('data-link')</script>">c</a>`,
  'svg with script': `<svg><script>__hnTrap('svg-script')</script></svg>`,
  'svg onload and animate': `<svg onload="__hnTrap('svg-onload')"><animate onbegin="__hnTrap('svg-animate')" attributeName="x" dur="1s"/></svg>`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.__hnTrap('srcdoc')</script>"></iframe>`,
  'iframe javascript:': `<iframe src="javascript:parent.__hnTrap('iframe-js')"></iframe>`,
  object: `<object data="javascript:__hnTrap('object')"></object><embed src="javascript:__hnTrap('embed')">`,
  form: `<form action="javascript:__hnTrap('form')"><input name="x" autofocus onfocus="__hnTrap('autofocus')"><button formaction="javascript:__hnTrap('formaction')">Send</button></form>`,
  'meta refresh': `<meta http-equiv="refresh" content="0;url=javascript:__hnTrap('meta')">`,
  'css expressions': `<div style="background:url(javascript:__hnTrap('css-url'));width:expression(__hnTrap('css-expr'))">css</div><style>@import 'javascript:__hnTrap(1)'; * { behavior: url(x.htc) }</style>`,
  'details ontoggle': `<details open ontoggle="__hnTrap('ontoggle')"><summary>s</summary>d</details>`,
  'media onerror': `<video><source onerror="__hnTrap('video')"></video><audio src="x" onerror="__hnTrap('audio')"></audio>`,
  'body onload': `<body onload="__hnTrap('body')">`,
  'mXSS through math and style': `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=__hnTrap('mxss')&gt;">`,
  'noscript breakout': `<noscript><p title="</noscript><img src=x onerror=__hnTrap('noscript')>">`,
  'base and link': `<base href="javascript:__hnTrap('base')//"><link rel="stylesheet" href="javascript:__hnTrap('link')">`,
  template: `<template><script>__hnTrap('template')</script></template>`,
  'svg image in data URL': `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='parent.__hnTrap(1)'/>">`,
  'clobbering ids': `<p id="reader-title">falsk tittel</p><form name="getElementById"></form><img name="cookie">`,
};

const DANGEROUS = 'script, iframe, frame, object, embed, form, input, button, textarea, select, meta, base, link, style, svg, math, template, video, audio, source, noscript';

/** Finds what must never be in rendered source content. */
function dangerous(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(DANGEROUS)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
      if (['style', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(name)) found.push(`${element.localName}[${name}]`);
      if (['href', 'src', 'data'].includes(name) && !value.startsWith('https:')) found.push(`${element.localName}[${name}=${value.slice(0, 20)}]`);
    }
  }
  return found;
}

const trapped: string[] = [];

function installTraps(): () => void {
  trapped.length = 0;
  const w = window as unknown as Record<string, unknown>;
  const originalAlert = window.alert;
  w['__hnTrap'] = (name: unknown) => trapped.push(String(name));
  window.alert = (message?: unknown) => trapped.push(`alert:${String(message)}`);
  return () => {
    delete w['__hnTrap'];
    window.alert = originalAlert;
  };
}

/**
 * Lets error events of broken images, frames, toggles and handlers in the payloads fire: waits until
 * control payloads rendered after them into the same shadow root have run (see test-support).
 */
const payloadsHadTheirTurn = (el: HnJournalViewer) => runControlPayloads(el.shadowRoot!);

describe('<hn-journal-viewer> with hostile documents', () => {
  let removeTraps: () => void;
  beforeEach(() => {
    removeTraps = installTraps();
  });
  afterEach(() => {
    removeTraps();
  });

  const allHtml = Object.values(CORPUS).join('\n<p>Vanlig tekst.</p>\n');

  it('the sanitising step alone keeps text and removes every dangerous piece of the corpus', () => {
    for (const [name, payload] of Object.entries(CORPUS)) {
      const clean = prepareHtml(`<p>før</p>${payload}<p>etter</p>`, 3);
      const template = document.createElement('template');
      template.innerHTML = clean;
      expect(dangerous(template.content), name).to.deep.equal([]);
      expect(template.content.textContent, name).to.contain('før');
      // An unclosed <noscript> or broken MathML takes what follows with it when it is removed: safe, if lossy.
      if (!name.startsWith('mXSS') && !name.startsWith('noscript')) expect(template.content.textContent, name).to.contain('etter');
      // Ids are prefixed, so a document cannot take over the element's own ids.
      expect(template.content.querySelector('#reader-title'), name).to.equal(null);
    }
  });

  it('renders a hostile HTML document: nothing runs, nothing dangerous stays, the text is there', async () => {
    const el = await withBundle(
      bundleOf([
        documentReference({
          id: 'hostile',
          description: 'Farlig epikrise',
          content: [{ attachment: { contentType: 'text/html; charset=utf-8', data: b64(`<h1>Epikrise</h1><a href="https://www.helsenorge.no/">Helsenorge</a>${allHtml}`) } }],
        }),
      ]),
    );
    const pane = await openDocument(el, 'Farlig epikrise');
    await payloadsHadTheirTurn(el);
    const body = paneBody(pane);
    expect(trapped).to.deep.equal([]);
    expect(dangerous(body)).to.deep.equal([]);
    expect(body.textContent).to.contain('Vanlig tekst.');
    const safeLink = body.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    expect(safeLink.rel).to.contain('noopener');
    expect(el.shadowRoot!.querySelectorAll('#reader-title')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('renders a hostile Composition narrative the same way', async () => {
    const el = await withBundle(
      bundleOf([
        composition({
          id: 'c',
          title: 'Farlig sammenstilling',
          section: [{ title: '<img src=x onerror="__hnTrap(\'title\')">', text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${allHtml}</div>` } }],
        }),
      ]),
    );
    const pane = await openDocument(el, 'Farlig sammenstilling');
    await payloadsHadTheirTurn(el);
    expect(trapped).to.deep.equal([]);
    expect(dangerous(paneBody(pane))).to.deep.equal([]);
    // The section title is text, not markup.
    expect(sectionHeadings(pane)).to.deep.equal(['3:<img src=x onerror="__hnTrap(\'title\')">']);
  });

  it('shows hostile plain text, titles and names as text', async () => {
    const el = await withBundle(
      bundleOf([
        documentReference({
          id: 't',
          description: '<img src=x onerror="__hnTrap(\'title\')">Notat',
          author: [{ display: '<script>__hnTrap("author")</script>' }],
          content: [{ attachment: { contentType: 'text/plain', data: b64(allHtml) } }],
        }),
        auditEvent({ id: 'a', agent: [{ who: { display: '<img src=x onerror="__hnTrap(\'who\')">' }, requestor: true }], purposeOfEvent: [{ text: '<b onmouseover=__hnTrap(1)>x</b>' }] }),
      ]),
    );
    const pane = await openDocument(el, /Notat$/);
    await payloadsHadTheirTurn(el);
    expect(trapped).to.deep.equal([]);
    expect(pane.querySelector('pre')!.textContent).to.equal(allHtml);
    expect(dangerous(paneBody(pane))).to.deep.equal([]);
    expect(paneTitle(pane).textContent).to.equal('<img src=x onerror="__hnTrap(\'title\')">Notat');
    expect(reader(el)!.querySelector('img, script')).to.equal(null);
    el.view = 'access-log';
    await el.loadComplete;
    await payloadsHadTheirTurn(el);
    expect(trapped).to.deep.equal([]);
    expect(logList(el)!.querySelector('img, b')).to.equal(null);
  });

  it('never makes a frame for a "PDF" that is really HTML', async () => {
    const el = await withBundle(
      bundleOf([documentReference({ id: 'p', description: 'Falsk PDF', content: [{ attachment: { contentType: 'application/pdf', data: b64(`<html><body>${allHtml}</body></html>`) } }] })]),
    );
    const pane = await openDocument(el, 'Falsk PDF');
    await payloadsHadTheirTurn(el);
    expect(trapped).to.deep.equal([]);
    expect(pane.querySelector('object, iframe, embed')).to.equal(null);
  });

  it('prints and downloads only sanitised HTML, behind a policy that forbids scripts', async () => {
    const el: HnJournalViewer = await withBundle(
      bundleOf([documentReference({ id: 'h', description: 'Farlig', content: [{ attachment: { contentType: 'text/html', data: b64(allHtml) } }] })]),
    );
    const pane = await openDocument(el, 'Farlig');
    const [printButton, downloadButton] = printAndDownload(pane);
    const printTakenOver = oneDefaultPreventedEvent(el, 'hn-journal-document-print');
    printButton!.click();
    const printEvent = await printTakenOver;
    const printed = await (printEvent.detail as JournalDocumentPrintDetail).blob.text();
    const downloadTakenOver = oneDefaultPreventedEvent(el, 'hn-journal-document-download');
    downloadButton!.click();
    const downloadEvent = await downloadTakenOver;
    const downloaded = await (downloadEvent.detail as JournalDocumentDownloadDetail).blob.text();
    for (const file of [printed, downloaded]) {
      const doc = new DOMParser().parseFromString(file, 'text/html');
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(csp).to.contain("default-src 'none'");
      expect(csp).not.to.contain('script-src');
      doc.querySelectorAll('head meta, head style, head title').forEach((n) => n.remove());
      expect(dangerous(doc.documentElement)).to.deep.equal([]);
      expect(doc.body.textContent).to.contain('Vanlig tekst.');
    }
    // The real print path: the frame loads the file in a sandbox; nothing in it runs. The frame's
    // load event comes after its images have failed; a frame without the sandbox would run them.
    printButton!.click();
    const frame = printFrame(el)!;
    expect(frame.getAttribute('sandbox')).not.to.contain('allow-scripts');
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await payloadsHadTheirTurn(el);
    expect(trapped).to.deep.equal([]);
    await waitUntil(() => !frame.isConnected, 'the print frame was not removed', { timeout: 5000 });
  });

  it('a standalone file escapes every text it is given', () => {
    const file = standaloneHtml({
      title: '</title><script>__hnTrap(1)</script>',
      lang: 'nb"><script>',
      facts: [['<b>', '<img src=x onerror=__hnTrap(2)>']],
      footer: '<script>__hnTrap(3)</script>',
      body: { kind: 'text', text: '<script>__hnTrap(4)</script>', language: '"><script>' },
    });
    const doc = new DOMParser().parseFromString(file, 'text/html');
    expect(doc.querySelectorAll('script, img, b')).to.have.length(0);
    expect(doc.title).to.equal('</title><script>__hnTrap(1)</script>');
  });
});
