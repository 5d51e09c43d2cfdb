// Language of parts (WCAG 3.1.2): with the list in English or nynorsk, the appointments' titles
// and descriptions, written by their sources, carry the source's language.
import { expect, waitUntil } from '@open-wc/testing';
import { deepQuery, resetServer, setMode } from '@hn-elements/test-support';
import { elementWithText, expectEveryTitleIn, languageOf, languageOfText, sourcesIn } from '@hn-elements/test-support';
import { appointment, bundleOf, practitioner, session, standardBundle } from './fixtures.js';
import { harness, withBundle, withSession } from './helpers.js';

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-appointment-list locale="${locale}"> marks text from the sources with their language`, () => {
    afterEach(async () => {
      await resetServer();
    });

    it('titles are in bokmål by default; the list around them follows the locale', async () => {
      const h = harness(await withBundle(standardBundle(), locale));
      const item = h.items()[0]!;
      expect(h.titleOf(item)).to.equal('Kontroll hos øyelege');
      expect(h.titleElement(item).getAttribute('lang')).to.equal('nb');
      expect(h.viewButton('upcoming').closest('[lang]'), 'the view switch carries no lang of its own').to.equal(null);
      expect(languageOf(h.viewButton('upcoming')), "the list's own words are read in its locale").to.equal(locale);
    });

    it('the place, the practitioner, the organisation and the source are named in bokmål; the labels follow the locale', async () => {
      const h = harness(await withBundle(standardBundle(), locale));
      const item = h.items()[0]!;
      expect(languageOfText(item, 'Øyepoliklinikken'), 'the place').to.equal('nb');
      expect(languageOfText(item, 'Jonas Lies vei 72'), 'its address').to.equal('nb');
      expect(languageOfText(item, 'Ingrid Berg'), 'the practitioner').to.equal('nb');
      expect(languageOfText(item, 'Haukeland universitetssjukehus'), 'the organisation').to.equal('nb');
      const from = h.sourceLabel(item);
      expect(languageOfText(from, 'Haukeland universitetssjukehus'), 'the source in "From …"').to.equal('nb');
      expect(languageOfText(from, locale === 'en' ? 'From' : 'Frå'), 'the words around it').to.not.equal('nb');
    });

    it("an appointment's own language wins, for its title and its description", async () => {
      const h = harness(
        await withBundle(
          bundleOf([appointment({ id: 'nn1', language: 'nn', serviceType: [{ text: 'Kontroll hjå augelege' }], description: 'Ta med brillene dine.' }), practitioner]),
          locale,
        ),
      );
      const item = h.items()[0]!;
      expect(h.titleElement(item).getAttribute('lang')).to.equal('nn');
      expect(h.descriptionElement(item)!.getAttribute('lang')).to.equal('nn');
      expect(languageOfText(item, 'Ingrid Berg'), 'the practitioner, as the appointment says').to.equal('nn');
    });

    it("the cancel dialog's sentence: the appointment's title in its language, the time in the locale", async () => {
      // No language given: bokmål, unlike both locales.
      const el = await withBundle(bundleOf([appointment({ id: 'nb1', serviceType: [{ text: 'Time hos hudlege' }] }), practitioner]), locale);
      el.hostCancel = true;
      await el.updateComplete;
      const h = harness(el);
      h.button(h.items()[0]!, /Avbestill|Cancel/).click();
      await el.updateComplete;
      const dialog = h.dialog();
      await dialog.updateComplete;
      expect(languageOfText(dialog, 'Time hos hudlege'), 'the title').to.equal('nb');
      const sentence = elementWithText(dialog, 'Time hos hudlege')!.closest('p')!;
      expect(languageOf(sentence), 'the sentence around it').to.equal(locale);
    });

    it("a cancel that failed: the source named in the dialog's error in the source's language, the sentence in the locale", async () => {
      const sources = sourcesIn('sv');
      const el = await withSession(session({ locale, sources }));
      const h = await harness(el).loaded();
      const item = h.items().find((one) => h.findButton(one, /Avbestill|Cancel/))!;
      const source = sources.find((one) => h.keyOf(item).startsWith(`${one.id}/`))!;
      h.button(item, /Avbestill|Cancel/).click();
      await el.updateComplete;
      await setMode(source.id, 'down');
      deepQuery<HTMLButtonElement>(h.dialog().shadowRoot!, 'button[part="confirm"]')!.click();
      await waitUntil(() => h.dialogError() !== '', 'no error shown', { timeout: 8000 });
      const alert = h.dialog().shadowRoot!.querySelector('[role="alert"]')!;
      expect(languageOfText(alert, source.name), 'the source').to.equal('sv');
      expect(languageOf(alert), 'the sentence around it').to.equal(locale);
    });

    it("live: the source's configured language", async () => {
      expectEveryTitleIn(await harness(await withSession(session({ locale, sources: sourcesIn('nn') }))).loaded(), 'nn');
    });
  });
}
