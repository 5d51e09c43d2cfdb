import { expect } from '@open-wc/testing';
import { PDF_BASE64, bundleOf, letter, message, toBase64 } from './fixtures.js';
import { withBundle } from './helpers.js';
import { attachment, openItem, paneText } from './harness.js';

const NOT_A_PDF = toBase64('<html><body>Dette er ikke en PDF</body></html>');

function files() {
  return bundleOf([
    message({
      id: 'files',
      topic: { text: 'Filer fra legekontoret' },
      sent: '2026-11-19T09:00:00Z',
      payload: [
        { contentString: 'Se vedleggene.' },
        { contentAttachment: { contentType: 'application/pdf', data: NOT_A_PDF, title: 'falsk.pdf' } },
        { contentAttachment: { contentType: 'application/pdf', data: PDF_BASE64, title: 'ekte.pdf' } },
        { contentAttachment: { contentType: 'application/pdf', url: 'http://filer.example.org/Binary/brev-1', title: 'usikker.pdf' } },
        { contentAttachment: { contentType: 'application/pdf', url: 'https://filer.example.org/brev-2.pdf', title: 'sikker.pdf' } },
      ],
    }),
    letter({
      id: 'fake-letter',
      description: 'Brev som ikke er en PDF',
      date: '2026-11-18T09:00:00Z',
      content: [{ attachment: { contentType: 'application/pdf', data: NOT_A_PDF, title: 'brev.pdf' } }],
    }),
    letter({ id: 'real-letter', description: 'Brev i PDF', date: '2026-11-17T09:00:00Z' }),
  ]);
}

describe('<hn-inbox> attachments', () => {
  it('shows a "PDF" whose bytes are not a PDF as what it is: not opened, not offered, the reason in words', async () => {
    const el = await withBundle(files());
    await openItem(el, 'Filer fra legekontoret');
    const fake = attachment(el, 'falsk.pdf');
    expect(fake.text).to.contain('Filen skulle vært en PDF, men er ikke det. Vi åpner den ikke.');
    expect(fake.toggle, 'no "show"').to.equal(null);
    expect(fake.download, 'no download as a PDF').to.equal(null);
    const real = attachment(el, 'ekte.pdf');
    expect(real.toggle, 'a real PDF can still be shown').to.exist;
    expect(real.download!.download).to.equal('ekte.pdf');
    await expect(el).to.be.accessible();

    await openItem(el, 'Brev som ikke er en PDF');
    const letterFile = attachment(el, 'brev.pdf');
    expect(letterFile.pdfViewer, 'never in the PDF viewer').to.equal(null);
    expect(letterFile.text).to.contain('Filen skulle vært en PDF, men er ikke det.');
    await openItem(el, 'Brev i PDF');
    expect(attachment(el, 'innkalling.pdf').pdfViewer, 'a real PDF letter is shown in place').to.exist;
  });

  for (const [locale, reason] of [
    ['nb', 'Vi åpner ikke dette vedlegget, fordi adressen det ligger på ikke er sikker (den begynner med http, ikke https).'],
    ['nn', 'Vi opnar ikkje dette vedlegget, fordi adressa det ligg på ikkje er sikker (ho byrjar med http, ikkje https).'],
    ['en', 'We do not open this attachment because the address it is stored at is not secure (it starts with http, not https).'],
  ] as const) {
    it(`says plainly why an http: attachment is not opened (${locale})`, async () => {
      const el = await withBundle(files(), { locale });
      await openItem(el, 'Filer fra legekontoret');
      const insecure = attachment(el, 'usikker.pdf');
      expect(insecure.text).to.contain(reason);
      expect(insecure.external, 'no link to it').to.equal(null);
      expect(paneText(el), 'not "the sender no longer has it"').not.to.match(/finnes ikke hos avsenderen|finst ikkje hos avsendaren|no longer has this attachment/);
      expect(attachment(el, 'sikker.pdf').external!.href, 'https elsewhere: a link, as before').to.equal('https://filer.example.org/brev-2.pdf');
    });
  }
});
