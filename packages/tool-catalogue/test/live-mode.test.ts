import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ActivityDefinition, Bundle, CarePlan } from '@medplum/fhirtypes';
import { formatDateTime } from '@hn-elements/core';
import { fhirGet, onBehalfOf, onBehalfOfOla, onBehalfOfPer, PER, recordFetches, resetServer, session, setMode, SOURCES, loadWithMalformedAndTimedOutSource } from '@hn-elements/test-support';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';
import { harness, withSession } from './helpers.js';

async function activeTools(): Promise<number> {
  let count = 0;
  for (const source of SOURCES) {
    const bundle = await fhirGet<Bundle<ActivityDefinition>>(`${source.fhirBase}/ActivityDefinition?status=active&_count=200`);
    count += (bundle.entry ?? []).filter((e) => e.resource?.title).length;
  }
  return count;
}

interface ServerAssignment {
  title: string;
  /** What the catalogue must say about who assigned it and when, computed from the CarePlan. */
  assignedText: string;
}

async function serverAssignments(patient: string): Promise<ServerAssignment[]> {
  const found: ServerAssignment[] = [];
  for (const source of SOURCES) {
    const plans = await fhirGet<Bundle<CarePlan>>(`${source.fhirBase}/CarePlan?subject=${patient}&status=active`);
    const tools = await fhirGet<Bundle<ActivityDefinition>>(`${source.fhirBase}/ActivityDefinition?status=active&_count=200`);
    for (const plan of plans.entry ?? []) {
      const carePlan = plan.resource!;
      for (const activity of carePlan.activity ?? []) {
        const detail = activity.detail!;
        if (detail.status === 'cancelled') continue;
        const tool = tools.entry?.find((e) => detail.instantiatesCanonical?.includes(e.resource!.url!));
        if (!tool) continue;
        const date = formatDateTime(carePlan.created ?? carePlan.period?.start, 'nb', 'long-date');
        found.push({ title: tool.resource!.title!, assignedText: `Tildelt ${date} av ${carePlan.author!.display!}.` });
      }
    }
  }
  return found.sort((a, b) => a.title.localeCompare(b.title));
}

async function assignedTitles(patient: string): Promise<string[]> {
  return (await serverAssignments(patient)).map((a) => a.title);
}

function assignedSection(el: HnToolCatalogue): { title: string; text: string }[] {
  const h = harness(el);
  return h
    .assignedItems()
    .map((item) => ({ title: h.titleOf(item), text: h.textOf(item) }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

describe('<hn-tool-catalogue> live from several FHIR servers', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('merges every source\'s catalogue with Kari\'s assignments, attributed to each source', async () => {
    const el = await withSession(session());
    const h = await harness(el).settled();
    const expected = await activeTools();
    expect(expected).to.be.greaterThan(3);
    expect(h.items()).to.have.length(expected);
    const expectedAssignments = await serverAssignments('Patient/kari');
    expect(expectedAssignments.length).to.be.greaterThan(1);
    const assigned = assignedSection(el);
    expect(assigned.map((a) => a.title)).to.deep.equal(expectedAssignments.map((a) => a.title));
    assigned.forEach((shown, i) => expect(shown.text).to.contain(expectedAssignments[i]!.assignedText));
    const text = h.text();
    for (const source of SOURCES) expect(text).to.contain(`Fra ${source.name}`);
    expect(text).not.to.contain('kunne ikke vises');
    await expect(el).to.be.accessible();
  });

  it('is busy while loading and accessible then', async () => {
    await setMode('helse-bergen', 'slow', 1500);
    const el = await withSession(session());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await harness(el).settled();
  });

  it('shows the rest and names the source that is down, then recovers', async () => {
    await setMode('bergen-kommune', 'down');
    const el = await withSession(session());
    const h = await harness(el).settled();
    expect(h.noticeText()).to.contain('Bergen kommune');
    expect(h.items().length).to.be.greaterThan(0);
    expect(h.text()).not.to.contain('Fra Bergen kommune');
    await expect(el).to.be.accessible();
    await setMode('bergen-kommune', 'ok');
    h.retryFromNotice();
    await waitUntil(() => h.text().includes('Fra Bergen kommune'), 'source did not come back', { timeout: 8000 });
  });

  it('shows an error naming every source when none answers', async () => {
    for (const source of SOURCES) await setMode(source.id, 'down');
    const el = await withSession(session());
    const alert = (await harness(el).settled()).errorText();
    expect(alert, 'an error is shown').not.to.equal('');
    for (const source of SOURCES) expect(alert).to.contain(source.name);
    await expect(el).to.be.accessible();
  });

  it('treats a malformed answer and a timeout as failures of that source', async () => {
    const el = await loadWithMalformedAndTimedOutSource('fastlegen', (timeout) => withSession(session(), timeout));
    const h = await harness(el).settled();
    const notice = h.noticeText();
    expect(notice).to.contain('Helse Bergen');
    expect(notice).to.contain('Legesenteret i Sentrum');
    expect(h.text()).to.contain('Fra Bergen kommune');
  });

  it('asks the host to log in again once per source that answers 401', async () => {
    await setMode('fastlegen', 'unauthorized');
    const seen: string[] = [];
    const el = await withSession(session());
    el.addEventListener('hn-auth-required', (event) => seen.push((event as CustomEvent<{ sourceId: string }>).detail.sourceId));
    await oneEvent(el, 'hn-auth-required');
    await harness(el).settled();
    expect(seen).to.deep.equal(['fastlegen']);
  });

  it('shows Per\'s assignments when acting on his behalf, and says so', async () => {
    const el = await withSession(session(onBehalfOfPer()));
    const h = await harness(el).settled();
    expect(h.onBehalfText()).to.contain('Per Hansen');
    expect(h.sectionTitles()[0]).to.equal('Tildelt Per Hansen');
    expect(h.assignedOnlyLabel()).to.contain('Bare verktøy Per Hansen har fått tildelt');
    const expected = await assignedTitles('Patient/per');
    expect(expected.length).to.be.greaterThan(0);
    expect(assignedSection(el).map((a) => a.title)).to.deep.equal(expected);
    expect(h.titles().length).to.equal(await activeTools());
    await expect(el).to.be.accessible();
  });

  it('shows Ola\'s own assignments, not his mother\'s, when Kari acts for her child', async () => {
    const el = await withSession(session(onBehalfOfOla()));
    const h = await harness(el).settled();
    const expected = await assignedTitles('Patient/ola');
    expect(expected.length).to.be.greaterThan(0);
    expect(h.sectionTitles()[0]).to.equal('Tildelt Ola Nordmann');
    expect(assignedSection(el).map((a) => a.title)).to.deep.equal(expected);
    for (const kari of await assignedTitles('Patient/kari')) expect(expected).not.to.include(kari);
    await expect(el).to.be.accessible();
  });

  it('fetches nothing when the representation does not cover tools', async () => {
    const recorded = recordFetches();
    try {
      const el = await withSession(session(onBehalfOf(PER, 'power-of-attorney', ['appointments'])));
      // Not elapsed time: the element says its load has settled (a load it started would be awaited).
      const h = await harness(el).loaded();
      expect(recorded.urls.filter((url) => url.includes('/fhir/'))).to.deep.equal([]);
      expect(h.text()).to.contain('Du kan ikke se verktøyene til denne personen.');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      recorded.restore();
    }
  });
});
