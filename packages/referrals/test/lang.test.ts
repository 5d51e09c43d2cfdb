// Language of parts (WCAG 3.1.2): with the referrals in English or nynorsk, what a source wrote —
// the referral's title, who referred and why, the title heard in a hand-off's name, and the
// sources' names in the error when none answered — carries the source's language; the sentences
// around it follow the locale.
import { expect } from '@open-wc/testing';
import { languageOf, languageOfText, resetServer, session, setMode, sourcesIn } from '@hn-elements/test-support';
import { bundleOf, referral, task } from './fixtures.js';
import { harness, withBundle, withSession } from './helpers.js';

/** A referral in Swedish (neither locale, nor the bokmål default), its deadline passed, with both hand-offs. */
const SWEDISH = bundleOf([
  referral({ id: 'knee', language: 'sv', code: { text: 'Bedömning av knäsmärta' }, reasonCode: [{ text: 'Ont i knät sedan i höstas.' }] }),
  task({
    id: 't-knee', focus: 'ServiceRequest/knee', business: 'assessed', steps: [['assessed', '2025-11-30']], assessment: 'right', deadline: '2026-03-05',
    deadlineLink: 'https://vendor.example.org/tasks/helfo', choiceLink: 'https://vendor.example.org/tasks/velg',
  }),
]);

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-referrals locale="${locale}"> marks text from the sources with their language`, () => {
    afterEach(async () => {
      await resetServer();
    });

    it("the referral's own language for its title, who referred and why; the labels follow the locale", async () => {
      const h = harness(await withBundle(SWEDISH, { locale, session: session() }));
      const item = h.item('bundle/knee');
      expect(languageOf(h.titleElement(item)), 'the title').to.equal('sv');
      expect(languageOfText(item, 'Fastlege Anne Lie'), 'who referred').to.equal('sv');
      expect(languageOfText(item, 'Ont i knät sedan i höstas.'), 'why').to.equal('sv');
      expect(languageOf(item.querySelector('dt')!), 'the labels').to.equal(locale);
    });

    it("the hand-offs: the referral's title heard in each launcher's name is in its language, the launcher's words in the locale", async () => {
      const h = harness(await withBundle(SWEDISH, { locale, session: session() }));
      const item = h.item('bundle/knee');
      for (const part of ['deadline-help', 'free-choice'] as const) {
        const launcher = h.launcher(item, part) as HTMLElement & { updateComplete: Promise<unknown> };
        await launcher.updateComplete;
        const control = launcher.shadowRoot!.querySelector('[part="control"]')!;
        expect(languageOfText(control, 'Bedömning av knäsmärta'), `${part}: the title`).to.equal('sv');
        expect(languageOf(control.querySelector('[part="detail"]')!), `${part}: where it goes`).to.equal(locale);
      }
    });

    it("live, every source down: the error names each source in the source's language", async () => {
      const sources = sourcesIn('sv');
      for (const source of sources) await setMode(source.id, 'down');
      const el = await withSession(session({ locale, sources }));
      await el.loadComplete;
      const h = harness(el);
      const alert = el.shadowRoot!.querySelector('hn-state[kind="error"]')!.shadowRoot!.querySelector('[role="alert"]')!;
      expect(h.errorText(), 'every source named').to.contain(sources[0]!.name);
      for (const source of sources) expect(languageOfText(alert, source.name), source.name).to.equal('sv');
    });
  });
}
