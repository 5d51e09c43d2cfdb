// Hostile HTML in every text field a component reads, hostile URLs wherever it reads a link, and
// a hostile document in every narrative and attachment where HTML is allowed. Nothing may run
// (the payloads' trap stays silent), and nothing dangerous may be left anywhere in the rendered
// shadow trees — also after every item is opened and everything is hovered, focused and clicked.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetServer } from '@hn-elements/test-support';
import { availableComponents, type DataElement } from './registry.js';
import { HOSTILE_HTML, poison } from './corpus/hostile-html.js';
import {
  allElements,
  CONTROLS,
  dangerousNodes,
  deepText,
  eachView,
  expectNoUncaughtErrors,
  installTraps,
  mount,
  poke,
  seedBundle,
  sessionWith,
  settled,
  waitForItems,
  watchUncaughtErrors,
  type Traps,
} from './support.js';

const { ready } = await availableComponents();
watchUncaughtErrors();

/** Events whose default would leave the page or save a file: the host takes over (and we look at the blob). */
const HOST_TAKES_OVER = ['hn-handoff-start', 'hn-appointment-calendar', 'hn-journal-document-print', 'hn-journal-document-download', 'hn-message-read', 'hn-message-send'];

/** Controls that only move around (or leave) rather than show more content. */
const NOT_CONTENT = /Tilbake|Lukk|Avbryt|Fjern filtrene/;

const label = (button: Element) => `${button.getAttribute('aria-label') ?? ''}|${(button.textContent ?? '').trim().slice(0, 80)}`;

/**
 * Clicks every button of the element (items, "show attachment", print, download, launchers; not
 * the toolbar's filters, which would hide items first), each once, poking the whole tree after
 * each click.
 */
async function openEverything(el: DataElement, look: () => void): Promise<number> {
  const clicked = new Set<string>();
  for (let round = 0; round < 80; round += 1) {
    const next = allElements(el.shadowRoot!).find(
      (node): node is HTMLButtonElement =>
        node instanceof HTMLButtonElement &&
        node.isConnected &&
        !node.disabled &&
        node.checkVisibility() &&
        !node.closest(CONTROLS) &&
        !NOT_CONTENT.test(node.textContent ?? '') &&
        !clicked.has(label(node)),
    );
    if (!next) break;
    clicked.add(label(next));
    next.click();
    await settled(el);
    look();
    await poke(el);
    look();
  }
  return clicked.size;
}

for (const component of ready) {
  describe(`${component.tag}: hostile HTML and URLs in every field`, () => {
    let traps: Traps;
    const blobs: Blob[] = [];
    let handoffs = 0;
    const takeOver = (event: Event) => {
      event.preventDefault();
      if (event.type === 'hn-handoff-start') handoffs += 1;
      for (const value of Object.values((event as CustomEvent).detail ?? {})) if (value instanceof Blob) blobs.push(value);
    };

    // Wide enough that reading panes sit beside their lists, so every item can be opened in turn.
    before(() => setViewport({ width: 1400, height: 1000 }));
    beforeEach(() => {
      traps = installTraps();
      blobs.length = 0;
      handoffs = 0;
    });
    afterEach(() => traps.restore());
    after(() => resetServer());

    it('nothing runs and nothing dangerous is rendered, in any view, with every item opened', async () => {
      const bundle = poison(await seedBundle(component));
      const { el, expectPageWorks } = await mount<DataElement>(component.tag, {
        bundle,
        session: sessionWith([], { handoff: { allowedOrigins: ['https://vendor.example.org', location.origin] } }),
      });
      for (const type of HOST_TAKES_OVER) el.addEventListener(type, takeOver);
      await settled(el);
      await waitForItems(el, 'hostile data');

      // After every click: what is on screen now must be safe; remember which payloads showed.
      const problems = new Set<string>();
      const htmlShown = new Set<string>();
      let textShown = false;
      const look = () => {
        for (const problem of dangerousNodes(el)) problems.add(problem);
        const text = deepText(el.shadowRoot!);
        textShown ||= /onerror=|<script>|javascript:/.test(text);
        for (const [family] of HOSTILE_HTML) if (text.includes(`Vanlig tekst etter ${family}.`)) htmlShown.add(family);
      };
      look();
      let opened = await openEverything(el, look);
      await eachView(el, component, async () => {
        look();
        opened += await openEverything(el, look);
      });
      await poke(el);
      look();
      expect(opened + handoffs, 'items opened or launched').to.be.greaterThan(0);
      expect([...problems], 'dangerous nodes on screen at some point').to.deep.equal([]);
      // The payloads reached the screen: as text in the fields, as sanitised HTML where HTML is allowed.
      expect(textShown, 'payloads shown as text').to.equal(true);
      if (component.rendersHtml) {
        expect(htmlShown.size, 'the hostile document rendered as HTML (its plain paragraphs shown)').to.be.greaterThan(HOSTILE_HTML.length / 3);
      }

      // Files the host is handed (print, download, calendar) carry no script either.
      for (const blob of blobs) {
        const content = await blob.text();
        if (!/html|calendar|text/.test(blob.type)) continue;
        expect(content, `a ${blob.type} file`).not.to.match(/<script|\son[a-z]+\s*=|javascript:|<iframe|<object|<embed/i);
      }

      // poke() ends by waiting for control payloads in the same shadow root to run: the last
      // check stands on what has had its turn, not on elapsed time.
      expect(traps.calls, 'payloads that ran').to.deep.equal([]);
      expect(dangerousNodes(el)).to.deep.equal([]);
      expectPageWorks();
      await expectNoUncaughtErrors();
    });
  });
}
