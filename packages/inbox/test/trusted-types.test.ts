// Runs with Trusted Types enforced (require-trusted-types-for 'script'): the inbox renders HTML from
// a source, opens attachments and shows PDFs without a single violation, and nothing runs.
import { expect, waitUntil } from '@open-wc/testing';
import { runControlPayloads } from '@hn-elements/test-support';
import { bundleOf, letter, message, toBase64 } from './fixtures.js';
import { withBundle } from './helpers.js';
import { attachment, openItem, pdfViewer, sourceHtmlBodies } from './harness.js';

declare global {
  interface Window {
    __hnPwned?: number;
  }
}

const violations: string[] = [];

const PROBE = '<b>probe</b>';
/** A violation of our own, on purpose: once it is reported, every earlier one has been (reports come in order). */
async function violationsReported(): Promise<void> {
  expect(() => {
    document.createElement('div').innerHTML = PROBE;
  }).to.throw(TypeError);
  await waitUntil(() => violations.some((v) => v.endsWith(`|${PROBE}`)), 'the probe violation was not reported', { timeout: 8000 });
  violations.splice(violations.findIndex((v) => v.endsWith(`|${PROBE}`)), 1);
}

describe('<hn-inbox> under Trusted Types', () => {
  before(() => {
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
  });

  it('is really enforced on this page', async () => {
    const probe = document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>raw</b>';
    }).to.throw(TypeError);
    await violationsReported();
    expect(violations).to.deep.equal(['require-trusted-types-for: Element innerHTML|<b>raw</b>']);
    violations.length = 0;
  });

  it('renders sanitised HTML, attachments and a PDF without a violation, and nothing runs', async () => {
    const hostile = '<h1>Overskrift</h1><p>Tekst <em>her</em>.</p><img src=x onerror="window.__hnPwned=1"><script>window.__hnPwned=2</script><a href="javascript:window.__hnPwned=3">x</a>';
    const el = await withBundle(
      bundleOf([
        message({
          id: 'a',
          topic: { text: 'HTML-melding' },
          sent: '2026-11-19T09:00:00Z',
          payload: [{ contentAttachment: { contentType: 'text/html', data: toBase64(hostile) } }],
        }),
        message({
          id: 'b',
          topic: { text: 'Med vedlegg' },
          sent: '2026-11-18T09:00:00Z',
          payload: [{ contentString: 'Se vedlegget.' }, { contentAttachment: { contentType: 'text/html', data: toBase64(hostile), title: 'vedlegg.html' } }],
        }),
        letter({ id: 'c', description: 'Brev i PDF', date: '2026-11-17T09:00:00Z' }),
      ]),
    );
    await openItem(el, 'HTML-melding');
    expect(sourceHtmlBodies(el)[0]!.querySelector('em')!.textContent).to.equal('her');
    await openItem(el, 'Med vedlegg');
    const show = attachment(el, 'vedlegg.html').toggle!;
    expect(show.textContent).to.contain('Vis vedlegg.html');
    show.click();
    await el.updateComplete;
    expect(attachment(el, 'vedlegg.html').viewer!.querySelector('em')!.textContent).to.equal('her');
    await openItem(el, 'Brev i PDF');
    expect(pdfViewer(el)).to.exist;
    // Controls in the same shadow root have run (not javascript:, which this page refuses), and a
    // violation made after the rendering has been reported: by then so would any before it.
    await runControlPayloads(el.shadowRoot!, { kinds: ['img-onerror', 'media-onerror', 'details-ontoggle', 'iframe-srcdoc', 'onclick', 'onmouseover', 'onfocus'] });
    await violationsReported();
    expect(violations).to.deep.equal([]);
    expect(window.__hnPwned).to.equal(undefined);
  });
});
