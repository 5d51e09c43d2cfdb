// Language of parts (WCAG 3.1.2): with the results in English or nynorsk, what a source wrote — a
// value or reference range in words, a test's name inside the component's sentences (a comment's
// label, a trend table's caption), the source's name in a trend table — carries the source's
// language, and the sentences around it the locale.
import { expect } from '@open-wc/testing';
import { languageOf, languageOfText, resetServer, session, sourcesIn } from '@hn-elements/test-support';
import { harness } from './harness.js';
import { withBundle, withSession } from './fixtures.js';

const LAB = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const observation = (id: string, fields: Record<string, unknown>) => ({ resourceType: 'Observation', id, status: 'final', category: LAB, ...fields });
const cholesterol = (id: string, day: string, value: number) =>
  observation(id, {
    code: { text: 'Kolesterol totalt' },
    effectiveDateTime: `${day}T08:00:00+01:00`,
    valueQuantity: { value, unit: 'mmol/L' },
    performer: [{ display: 'Fürst medisinsk laboratorium' }],
  });
const BUNDLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    observation('urin', {
      code: { text: 'Urinstiks' },
      effectiveDateTime: '2026-11-20T08:00:00+01:00',
      valueString: 'Ingen funn',
      referenceRange: [{ text: 'Negativ eller spor' }],
      note: [{ text: 'Tatt om morgenen.' }],
    }),
    cholesterol('k1', '2026-05-02', 5.9),
    cholesterol('k2', '2026-11-02', 5.1),
  ].map((resource) => ({ resource })),
};

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-test-results locale="${locale}"> marks text from the sources with their language`, () => {
    afterEach(async () => {
      await resetServer();
    });

    it('a value and a reference range in words, and the test named in a comment\'s label, are bokmål; the label\'s words follow the locale', async () => {
      const h = harness(await withBundle(BUNDLE, locale));
      const item = h.items().find((one) => h.titleOf(one) === 'Urinstiks')!;
      expect(languageOfText(item.querySelector('table')!, 'Ingen funn'), 'the value in words').to.equal('nb');
      expect(languageOfText(item.querySelector('table')!, 'Negativ eller spor'), 'the range in words').to.equal('nb');
      const [note] = h.notes(item);
      expect(languageOfText(note!, 'Urinstiks'), "the test's name in the comment's label").to.equal('nb');
      expect(languageOf(note!.querySelector('.label')!), 'the label around it').to.equal(locale);
      expect(languageOfText(note!, 'Tatt om morgenen.'), 'the comment').to.equal('nb');
    });

    it("a trend: the test's name in its heading and in the table's caption, and each measurement's source, are bokmål", async () => {
      const h = harness(await withBundle(BUNDLE, locale));
      const section = h.trendSection('Kolesterol totalt (mmol/L)');
      expect(languageOf(section.querySelector('[role="heading"]')!), 'the heading').to.equal('nb');
      const { caption, cells } = h.table(section);
      expect(languageOfText(caption, 'Kolesterol totalt'), 'the name in the caption').to.equal('nb');
      expect(languageOf(caption), 'the caption around it').to.equal(locale);
      expect(languageOfText(cells[0]![3]!, 'Fürst medisinsk laboratorium'), 'the source').to.equal('nb');
    });

    it("the test filter: a test's name from the source in its language; an everyday name from the catalogue in the locale", async () => {
      const h = harness(await withBundle(BUNDLE, locale));
      const select = h.control<HTMLSelectElement>(/^(Prøve|Test)$/);
      const option = (name: string) => [...select.options].find((o) => o.textContent!.trim() === name)!;
      expect(languageOf(option('Urinstiks')), "the source's name for a test").to.equal('nb');
      expect(languageOf(select.options[0]!), '"all tests"').to.equal(locale);
    });

    it("live: a trend's sources in their configured language", async () => {
      const h = await harness(await withSession(session({ locale, sources: sourcesIn('sv') }))).loaded();
      const [first] = h.trends();
      expect(first, 'a trend').to.exist;
      const { cells } = h.table(h.trendSection(first!.name));
      const named = cells.map((row) => row[3]!).filter((cell) => cell.textContent!.trim() !== '');
      expect(named.length, 'measurements that name their source').to.be.greaterThan(0);
      expect(named.map((cell) => languageOf(cell.firstChild ?? cell))).to.deep.equal(named.map(() => 'sv'));
      const sourceFilter = h.control<HTMLSelectElement>(/^(Kilde|Kjelde|Source)$/);
      const sourceNames = [...sourceFilter.options].slice(1);
      expect(sourceNames.length, 'the source filter lists the sources').to.be.greaterThan(1);
      expect(sourceNames.map((o) => languageOf(o)), 'each source in its language').to.deep.equal(sourceNames.map(() => 'sv'));
    });
  });
}
