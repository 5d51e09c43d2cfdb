// Language of parts (WCAG 3.1.2) in core's frame: a source's name and its own words inside core's
// sentences (the sources notice, the error state when no source answered) carry the source's
// language; the sentence around them is read in the component's locale.
import { expect, fixture, html } from '@open-wc/testing';
import { languageOfText } from '@hn-elements/test-support';
import '../src/define.js';
import { AllSourcesFailedError, FhirError, loadErrorWords, type Source, type SourceFailure } from '../src/index.js';

const BERGEN: Source = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: 'https://example.org/a' };
const KOMMUNE: Source = { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: 'https://example.org/b', language: 'nn' };
const down = (source: Source): SourceFailure => ({ source, ok: false, error: new FhirError('network', source.id, 'down') });
const broken = (source: Source, said: string): SourceFailure => ({
  source,
  ok: false,
  error: new FhirError('server', source.id, 'error', { status: 500, diagnostics: said }),
});

const WORDS = {
  en: { reach: 'We could not reach', said: 'Message from', incomplete: 'We could not get everything from' },
  nn: { reach: 'Vi fekk ikkje kontakt med', said: 'Melding frå', incomplete: 'Vi fekk ikkje henta alt frå' },
} as const;

for (const locale of ['en', 'nn'] as const) {
  describe(`core's notices and errors in ${locale}: the sources' names and words in their own language`, () => {
    it('<hn-sources-notice>: each failed or incomplete source named in its language, its own message too; the sentence in the locale', async () => {
      const notice = await fixture(html`<hn-sources-notice
        locale=${locale}
        .failures=${[down(BERGEN), down(KOMMUNE), broken({ ...BERGEN, id: 'fastlegen', name: 'Legesenteret i Sentrum' }, 'Tjenesten er stengt for vedlikehold')]}
        .incomplete=${[{ ...KOMMUNE, name: 'Bergen kommune, helse' }]}
      ></hn-sources-notice>`);
      const root = notice.shadowRoot!;
      expect(languageOfText(root, 'Helse Bergen'), 'a source without a language of its own: bokmål').to.equal('nb');
      expect(languageOfText(root, 'Bergen kommune'), "a source's configured language").to.equal('nn');
      expect(languageOfText(root, WORDS[locale].reach), 'the sentence around them').to.equal(locale);
      expect(languageOfText(root, 'Legesenteret i Sentrum'), "the name in the source's own message").to.equal('nb');
      expect(languageOfText(root, 'Tjenesten er stengt for vedlikehold'), "the source's own message").to.equal('nb');
      expect(languageOfText(root, WORDS[locale].said)).to.equal(locale);
      expect(languageOfText(root, 'Bergen kommune, helse'), 'an incomplete source').to.equal('nn');
      expect(languageOfText(root, WORDS[locale].incomplete)).to.equal(locale);
    });

    it('the error state when no source answered (the data frame\'s `loadErrorWords`): each source named in its language', async () => {
      const error = new AllSourcesFailedError([down(BERGEN), down(KOMMUNE)]);
      const state = await fixture(html`<hn-state kind="error" locale=${locale} .message=${loadErrorWords(error, 'the list', locale)}></hn-state>`);
      const root = state.shadowRoot!;
      expect(languageOfText(root, 'Helse Bergen')).to.equal('nb');
      expect(languageOfText(root, 'Bergen kommune')).to.equal('nn');
      expect(languageOfText(root, WORDS[locale].reach)).to.equal(locale);
    });
  });
}
