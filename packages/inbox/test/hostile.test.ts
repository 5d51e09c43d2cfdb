import { expect, waitUntil } from '@open-wc/testing';
import { beaconPrefix, deepText, nonControlRequests, remoteControlsReported, runControlPayloads, watchRequests } from '@hn-elements/test-support';
import type { Bundle } from '@medplum/fhirtypes';
import { bundleOf, letter, message, task, toBase64 } from './fixtures.js';
import { settle, withBundle } from './helpers.js';
import {
  attachment,
  formLauncher,
  isFromSourceData,
  isPdfViewer,
  launcherControl,
  launcherError,
  openItem,
  paneText,
  rowTitles,
  sourceHtmlBodies,
  textBodies,
} from './harness.js';
import type { HnInbox } from '../src/hn-inbox.js';

declare global {
  interface Window {
    __hnPwned?: number;
  }
}

/** Every way we know of to run script from HTML, each of which would set window.__hnPwned. */
const HOSTILE_HTML = [
  '<p>Vanlig tekst med <strong>uthevet</strong> ord.</p>',
  '<script>window.__hnPwned = 1</script>',
  '<img src="x" onerror="window.__hnPwned = 2">',
  '<a href="javascript:window.__hnPwned = 3">javascript-lenke</a>',
  '<a href="  JaVaScRiPt:window.__hnPwned = 3">blandet javascript</a>',
  '<a href="data:text/html,<script>parent.__hnPwned = 4</script>">data-lenke</a>',
  '<svg onload="window.__hnPwned = 5"><script>window.__hnPwned = 5</script><a xlink:href="javascript:window.__hnPwned = 5">svg</a></svg>',
  '<iframe srcdoc="<script>parent.__hnPwned = 6</script>"></iframe>',
  '<iframe src="javascript:parent.__hnPwned = 6"></iframe>',
  '<object data="javascript:window.__hnPwned = 7"></object><embed src="javascript:window.__hnPwned = 7">',
  '<form action="javascript:window.__hnPwned = 8"><button>send</button><input autofocus onfocus="window.__hnPwned = 8"></form>',
  '<details open ontoggle="window.__hnPwned = 9"><summary>mer</summary></details>',
  '<div style="background:url(javascript:window.__hnPwned = 10)" onmouseover="window.__hnPwned = 10">stil</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__hnPwned = 11"></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__hnPwned=12>"></p></noscript>',
  '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.__hnPwned = 13">',
  '<img src="data:image/svg+xml,&lt;svg onload=&quot;window.__hnPwned=14&quot;&gt;">',
  '<a id="pane-heading" name="reply-text" href="https://www.helsenorge.no/">trygg lenke</a>',
].join('\n');

const SCRIPTY_TEXT = '<script>window.__hnPwned = 20</script><img src=x onerror="window.__hnPwned = 21">';

function hostileBundle(): Bundle {
  return bundleOf([
    // HTML as the body of a message
    message({
      id: 'h-body',
      topic: { text: `Emne ${SCRIPTY_TEXT}` },
      sender: { reference: 'Practitioner/x', display: `Avsender ${SCRIPTY_TEXT}` },
      sent: '2026-11-19T09:00:00Z',
      payload: [{ contentAttachment: { contentType: 'text/html; charset=utf-8', data: toBase64(HOSTILE_HTML), title: 'info.html' } }],
    }),
    // Script-like text is text; an HTML attachment beside it; links and names from data
    message({
      id: 'h-text',
      topic: { text: 'Tekst som ser ut som kode' },
      sent: '2026-11-18T09:00:00Z',
      payload: [
        { contentString: SCRIPTY_TEXT },
        { contentAttachment: { contentType: 'text/html', data: toBase64(HOSTILE_HTML), title: '../../<img src=x onerror=window.__hnPwned=22>.html' } },
        { contentAttachment: { contentType: 'application/pdf', url: 'javascript:window.__hnPwned = 23', title: 'farlig.pdf' } },
        { contentAttachment: { contentType: 'image/svg+xml', data: toBase64('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__hnPwned = 24"/>'), title: 'bilde.svg' } },
      ],
    }),
    // A letter whose content is hostile HTML, and one whose "PDF" is HTML
    letter({
      id: 'h-letter',
      description: 'Brev med HTML',
      date: '2026-11-17T09:00:00Z',
      content: [{ attachment: { contentType: 'text/html', data: toBase64(HOSTILE_HTML), title: 'brev.html' } }],
    }),
    letter({
      id: 'h-fake-pdf',
      description: 'Brev som later som det er PDF',
      date: '2026-11-16T09:00:00Z',
      content: [{ attachment: { contentType: 'application/pdf', data: toBase64('<html><script>parent.__hnPwned = 25</script></html>'), title: 'brev.pdf' } }],
    }),
    // Form deep links that are not https
    task({ id: 'h-task-js', description: 'Skjema med javascript-lenke', instantiatesUri: 'javascript:window.__hnPwned = 26', authoredOn: '2026-11-15T09:00:00Z' }),
    task({ id: 'h-task-data', description: 'Skjema med data-lenke', instantiatesUri: 'data:text/html,<script>parent.__hnPwned=27</script>', authoredOn: '2026-11-14T09:00:00Z' }),
    task({ id: 'h-task-evil', description: 'Skjema til en ukjent side', instantiatesUri: 'https://evil.example.org/skjema', authoredOn: '2026-11-13T09:00:00Z' }),
  ]);
}

/** What must never be in the element's DOM, however hostile the data. */
function assertInert(el: HnInbox): void {
  const all: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  for (const element of all) {
    const tag = element.localName;
    if (isFromSourceData(element)) {
      expect(['script', 'iframe', 'frame', 'embed', 'object', 'form', 'input', 'button', 'svg', 'math', 'base', 'meta', 'link', 'style', 'noscript', 'template'], `<${tag}> from data`).not.to.include(tag);
    }
    if (tag === 'iframe') expect(isPdfViewer(element), 'the only frame is our PDF viewer').to.equal(true);
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${tag}[${attribute}]`).to.equal(false);
      if (['href', 'src', 'data', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attribute)) {
        const value = element.getAttribute(attribute)!;
        expect(/^(https:|blob:)/.test(value), `${tag}[${attribute}=${value}]`).to.equal(true);
      }
    }
  }
}

/**
 * Waits until control payloads rendered after the hostile content, in the same shadow root, have
 * run (image errors, media errors, toggles, frames, javascript: links, handlers): by then any
 * payload that survived would have run too.
 */
const settleScripts = (el: HnInbox) => runControlPayloads(el.shadowRoot!);

describe('<hn-inbox> with hostile data', () => {
  beforeEach(() => {
    delete window.__hnPwned;
  });

  it('lists hostile subjects and senders as text', async () => {
    const el = await withBundle(hostileBundle());
    expect(rowTitles(el)[0]).to.equal(`Emne ${SCRIPTY_TEXT}`);
    assertInert(el);
    await settleScripts(el);
    expect(window.__hnPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('sanitises an HTML body: nothing runs, script, handlers, javascript: and data: links, SVG, MathML, frames and forms are gone', async () => {
    const el = await withBundle(hostileBundle());
    const body = await openItem(el, /^Emne/);
    const html = sourceHtmlBodies(el)[0]!;
    expect(html.querySelector('strong')!.textContent).to.equal('uthevet');
    const links = [...html.querySelectorAll('a')];
    expect(links.filter((a) => a.hasAttribute('href')).map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.helsenorge.no/']);
    const safe = links.find((a) => a.textContent!.startsWith('trygg lenke'))!;
    expect(safe.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(safe.textContent, 'it opens a new tab, and says so').to.equal('trygg lenke (åpnes i en ny fane)');
    expect(safe.id, 'ids from data cannot clobber ours').not.to.equal('pane-heading');
    expect(body.querySelectorAll('#pane-heading')).to.have.length(1);
    expect(deepText(body)).to.contain(`Avsender ${SCRIPTY_TEXT}`);
    assertInert(el);
    // Hover, focus and toggle everything that might have carried a handler.
    for (const node of html.querySelectorAll('*')) {
      node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      (node as HTMLElement).focus?.();
    }
    html.querySelector('details')?.toggleAttribute('open');
    await settleScripts(el);
    expect(window.__hnPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows script-like text as text, an HTML attachment sanitised, and drops links that are not https', async () => {
    const el = await withBundle(hostileBundle());
    const body = await openItem(el, 'Tekst som ser ut som kode');
    expect(textBodies(el)[0]!.textContent).to.equal(SCRIPTY_TEXT);
    const hostileName = '../../<img src=x onerror=window.__hnPwned=22>.html';
    const show = attachment(el, hostileName).toggle!;
    expect(show.textContent).to.contain('.html');
    show.click();
    await el.updateComplete;
    expect(attachment(el, hostileName).viewer!.querySelector('strong')!.textContent).to.equal('uthevet');
    const download = attachment(el, hostileName).download!;
    expect(download.download.endsWith('.html'), 'still an .html file').to.equal(true);
    expect(download.download, 'no path, no markup in the file name').not.to.match(/[/\\<>]/);
    expect((await (await fetch(download.href)).blob()).type).to.equal('application/octet-stream');
    expect(deepText(body)).to.contain('farlig.pdf');
    expect(deepText(body)).to.contain('Vedlegget finnes ikke hos avsenderen lenger');
    const svg = attachment(el, 'bilde.svg');
    expect(svg.download!.download).to.equal('bilde.svg');
    expect((await (await fetch(svg.download!.href)).blob()).type, 'an SVG is only a file to download').to.equal('application/octet-stream');
    expect(svg.toggle, 'SVG is never shown in place').to.equal(null);
    expect([...body.querySelectorAll('button')].some((b) => b.textContent!.includes('Vis bilde.svg')), 'nor offered anywhere in the pane').to.equal(false);
    assertInert(el);
    await settleScripts(el);
    expect(window.__hnPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a hostile HTML letter sanitised, and never opens a fake PDF', async () => {
    const el = await withBundle(hostileBundle());
    await openItem(el, 'Brev med HTML');
    expect(attachment(el, 'brev.html').viewer!.querySelector('strong')!.textContent).to.equal('uthevet');
    assertInert(el);
    await openItem(el, 'Brev som later som det er PDF');
    const fake = attachment(el, 'brev.pdf');
    expect(fake.pdfViewer, 'HTML called a PDF is not handed to the PDF viewer').to.equal(null);
    expect(fake.download, 'nor offered as a PDF').to.equal(null);
    expect(fake.text).to.contain('Filen skulle vært en PDF, men er ikke det.');
    await settleScripts(el);
    expect(window.__hnPwned).to.equal(undefined);
  });

  it('loads nothing from other servers when an HTML message is opened (no read receipt): images show their alt text', async () => {
    const beacon = beaconPrefix('inbox');
    const requests = watchRequests(beacon);
    try {
      const el = await withBundle(
        bundleOf([
          message({
            id: 'tracker',
            topic: { text: 'Nyhetsbrev med bilder' },
            sent: '2026-11-19T09:00:00Z',
            payload: [
              {
                contentAttachment: {
                  contentType: 'text/html',
                  data: toBase64(
                    `<p>Hei!</p><img alt="Logo for Helse Bergen" src="${beacon}pixel.png"><img src="${beacon}spacer.png">` +
                      `<img alt="Bilde" srcset="${beacon}srcset.png 1x"><table background="${beacon}table.png"><tr><td background="${beacon}td.png">celle</td></tr></table>` +
                      `<div style="background:url(${beacon}style.png)">stil</div><style>p { background: url(${beacon}sheet.png) }</style>`,
                  ),
                },
              },
            ],
          }),
        ]),
      );
      await openItem(el, 'Nyhetsbrev med bilder');
      const [body] = sourceHtmlBodies(el);
      expect(body!.textContent).to.contain('Hei!');
      expect(body!.querySelector('img'), 'no image element is left').to.equal(null);
      expect(body!.textContent, 'an image is its alt text').to.contain('Logo for Helse Bergen');
      expect(paneText(el)).to.contain('Bilder fra avsenderen vises ikke her.');
      // The signal that the message has rendered and had its chance to load: controls from the same
      // server, rendered after it in the same shadow root, have been requested and reported.
      await remoteControlsReported(el.shadowRoot!, beacon, requests);
      expect(nonControlRequests(requests)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('offers no hand-off for form links that are not https; the launcher refuses origins outside the allowlist', async () => {
    const el = await withBundle(hostileBundle(), {
      session: { actor: { reference: 'Patient/kari', name: 'Kari Nordmann' }, patient: { reference: 'Patient/kari', name: 'Kari Nordmann' }, locale: 'nb', sources: [], handoff: { allowedOrigins: ['https://vendor.example.org'] } },
    });
    for (const title of ['Skjema med javascript-lenke', 'Skjema med data-lenke']) {
      const form = await openItem(el, title);
      expect(await formLauncher(el), title).to.equal(null);
      expect(deepText(form)).to.contain('Skjemaet kan ikke åpnes herfra.');
    }
    await openItem(el, 'Skjema til en ukjent side');
    await settle(el);
    const launcher = (await formLauncher(el))!;
    const navigations: string[] = [];
    launcher.navigate = (url) => void navigations.push(url);
    const control = launcherControl(launcher);
    expect(control.localName, 'a refused target is never an href').to.equal('button');
    control.click();
    await waitUntil(() => launcherError(launcher), 'the launcher showed no refusal', { timeout: 8000 });
    expect(navigations).to.deep.equal([]);
    assertInert(el);
    await settleScripts(el);
    expect(window.__hnPwned).to.equal(undefined);
  });
});
