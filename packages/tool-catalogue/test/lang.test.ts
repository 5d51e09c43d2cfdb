// Language of parts (WCAG 3.1.2): with the catalogue in English or nynorsk, the tools' names and
// descriptions, written by their sources, carry the source's language.
import { expect } from '@open-wc/testing';
import { expectEveryTitleIn, languageOf, languageOfText, session, sourcesIn } from '@hn-elements/test-support';
import { bundleOf, catalogueBundle, tool } from './fixtures.js';
import { harness, withBundle, withSession } from './helpers.js';

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-tool-catalogue locale="${locale}"> marks text from the sources with their language`, () => {
    it('names and descriptions are in bokmål by default; the controls around them follow the locale', async () => {
      const h = harness(await withBundle(catalogueBundle(), { locale }));
      const item = h.item('Hjerteskolen')!;
      expect(h.titleElement(item).getAttribute('lang')).to.equal('nb');
      expect(h.descriptionElement(item)!.getAttribute('lang')).to.equal('nb');
      expect(h.searchField().closest('[lang]'), 'the controls carry no lang of their own').to.equal(null);
      expect(languageOf(h.searchField()), "the catalogue's own words are read in its locale").to.equal(locale);
    });

    it('an assigned tool: who assigned it and the care pathway are named in bokmål; the words around them follow the locale', async () => {
      const h = harness(await withBundle(catalogueBundle(), { locale }));
      const item = h.assignedItems().find((assigned) => h.textOf(assigned).includes('Hjerteskolen'))!;
      expect(languageOfText(item, 'Hjertepoliklinikken'), 'who assigned it').to.equal('nb');
      expect(languageOfText(item, 'Pakkeforløp for hjertesykdom'), 'the care pathway').to.equal('nb');
    });

    it("live: the source's name is in the source's language", async () => {
      const h = await harness(await withSession(session({ locale, sources: sourcesIn('nn') }))).loaded();
      const item = h.items()[0]!;
      const named = sourcesIn('nn').find((source) => h.textOf(item).includes(source.name))!;
      expect(languageOfText(item, named.name)).to.equal('nn');
    });

    it("the Start launcher: the tool's name after its label and the source's name in its sentence are the source's words", async () => {
      const h = harness(await withBundle(catalogueBundle(), { locale }));
      const item = h.item('Hjerteskolen')!;
      const launcher = item.querySelector('hn-handoff-launcher')!;
      await (launcher as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const control = launcher.shadowRoot!.querySelector('[part="control"]')!;
      expect(languageOfText(control, 'Hjerteskolen'), "the tool's name").to.equal('nb');
      const destination = launcher.getAttribute('destination')!;
      expect(destination, 'the launcher names where it goes').to.be.a('string').and.not.equal('');
      const detail = control.querySelector('[part="detail"]')!;
      expect(languageOfText(detail, destination), "the source's name").to.equal('nb');
      expect(languageOf(detail), 'the sentence around it').to.equal(locale);
    });

    it("a definition's own language wins", async () => {
      const h = harness(await withBundle(bundleOf([tool('sovn-nn', { title: 'Betre søvn', category: 'learning', description: 'Råd for god søvn.', language: 'nn' })]), { locale }));
      const item = h.item('Betre søvn')!;
      expect(h.titleElement(item).getAttribute('lang')).to.equal('nn');
      expect(h.descriptionElement(item)!.getAttribute('lang')).to.equal('nn');
    });

    it("live: the source's configured language", async () => {
      expectEveryTitleIn(await harness(await withSession(session({ locale, sources: sourcesIn('nn') }))).loaded(), 'nn');
    });
  });
}
