// "Hva betyr svaret?" loads the text of the element's language only when a citizen opens one: nothing
// before, a line while it loads, a plain way on when it cannot be loaded, and "Prøv igjen" by keyboard.
import { expect, waitUntil } from '@open-wc/testing';
import type { Locale } from '@hn-elements/core';
import { deepActiveElement, pressOn } from '@hn-elements/test-support';
import { explanationSource } from '../src/explanations-controller.js';
import { loadExplanations, type LanguageTexts } from '../src/explanations/index.js';
import { harness } from './harness.js';
import { withBundle } from './fixtures.js';

const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const HB = {
  resourceType: 'Bundle', type: 'collection',
  entry: [{
    resource: {
      resourceType: 'Observation', id: 'hb', status: 'final', code: { coding: [{ system: NLK, code: 'NOR05172' }], text: 'Hemoglobin' },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
      effectiveDateTime: '2026-11-20T08:10:00+01:00', valueQuantity: { value: 14.1, unit: 'g/dL' }, referenceRange: [{ low: { value: 13.4 }, high: { value: 17 } }],
    },
  }],
};

/** Each load asked for, and a way to answer it by hand. */
function controlLoads() {
  const asked: Locale[] = [];
  const pending: Array<{ resolve: (texts: LanguageTexts) => void; reject: (error: Error) => void; locale: Locale }> = [];
  explanationSource.load = (locale) => {
    asked.push(locale);
    return new Promise((resolve, reject) => pending.push({ resolve, reject, locale }));
  };
  return { asked, pending };
}

describe('<hn-test-results>: what a result means, loaded when opened', () => {
  afterEach(() => {
    explanationSource.load = loadExplanations;
  });

  it('loads nothing until an explanation is opened, then only the page language', async () => {
    const loads = controlLoads();
    const el = await withBundle(HB);
    const h = harness(el);
    expect(loads.asked).to.deep.equal([]);
    const [button] = h.explanationButtons(h.items()[0]!);
    expect(button!.textContent!.trim()).to.equal('Hva betyr svaret på Hemoglobin (Hb)?');
    button!.click();
    await el.updateComplete;
    expect(loads.asked).to.deep.equal(['nb']);
    // While it loads: the button is open, the region says so and is busy; the page works and is clean.
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    const region = el.shadowRoot!.getElementById(button!.getAttribute('aria-controls')!)!;
    expect(h.explanationText(button!)).to.equal('Henter forklaringen …');
    expect(region.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    loads.pending[0]!.resolve(await loadExplanations('nb'));
    await el.loadComplete;
    expect(h.explanationText(button!)).to.contain('Blodet ditt har en vanlig mengde hemoglobin.');
    expect(region.getAttribute('aria-busy')).to.equal('false');
  });

  it('says plainly what to do when the text cannot be loaded, and "Prøv igjen" by keyboard loads it with focus kept', async () => {
    const loads = controlLoads();
    const el = await withBundle(HB);
    const h = harness(el);
    const [button] = h.explanationButtons(h.items()[0]!);
    button!.click();
    await el.updateComplete;
    loads.pending[0]!.reject(new Error('offline'));
    await el.loadComplete;
    expect(h.explanationText(button!)).to.equal('Vi fikk ikke hentet forklaringen akkurat nå. Lurer du på hva svaret betyr for deg, kan du spørre fastlegen din. Prøv igjen');
    const region = el.shadowRoot!.getElementById(button!.getAttribute('aria-controls')!)!;
    expect(region.querySelector('[role="status"]')!.textContent).to.contain('Vi fikk ikke hentet forklaringen');
    await expect(el).to.be.accessible();
    // Closing and opening again does not try again by itself: only "Prøv igjen" does.
    button!.click();
    await el.updateComplete;
    button!.click();
    await el.updateComplete;
    expect(loads.asked).to.deep.equal(['nb']);
    const retry = region.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Prøv igjen');
    await pressOn(retry);
    await waitUntil(() => deepActiveElement() === button, 'focus goes back to the button that opened the text', { timeout: 8000 });
    expect(loads.asked).to.deep.equal(['nb', 'nb']);
    loads.pending[1]!.resolve(await loadExplanations('nb'));
    await el.loadComplete;
    expect(h.explanationText(button!)).to.contain('Blodet ditt har en vanlig mengde hemoglobin.');
    await expect(el).to.be.accessible();
  });

  it('an open explanation follows a change of language, loading that language', async () => {
    const el = await withBundle(HB);
    const h = harness(el);
    const [button] = h.explanationButtons(h.items()[0]!);
    expect(await h.openExplanation(button!)).to.contain('Blodet ditt har en vanlig mengde hemoglobin.');
    el.locale = 'en';
    await el.loadComplete;
    expect(button!.textContent!.trim()).to.equal('What does the Haemoglobin (Hb) result mean?');
    expect(h.explanationText(button!)).to.contain('haemoglobin');
    expect(h.explanationText(button!)).not.to.contain('Blodet');
    await expect(el).to.be.accessible();
  });
});
