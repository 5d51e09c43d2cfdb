// What a screen reader says for <hn-handoff-launcher>: where the citizen goes (and on whose
// behalf, and that a new tab opens), a refused target, a failed hand-off and its retry, and a SMART
// launch whose launch id could not be fetched, in nb and in English. The launcher has no FHIR
// source of its own: its "live" path is the SMART launch id the session's portal issues. The
// virtual screen reader (dev/test-support's screen-reader.ts) reads the flat tree, shadow roots
// included; docs/accessibility.md says more.
import { expect } from '@open-wc/testing';
import { readerForEachTest } from '@hn-elements/test-support/screen-reader.js';
import { failingTicketSession, ISS, mount, onBehalfOfOla } from './helpers.js';

describe('<hn-handoff-launcher> read by a screen reader', () => {
  const listenTo = readerForEachTest();

  it('says where the citizen goes: a link, named once', async () => {
    const h = await mount();
    const reader = await listenTo(h.el);
    const spoken = await reader.readAll();
    expect(spoken[0]).to.equal('link, Gå til Helse Bergen, not disabled');
    expect(spoken.filter((p) => p.startsWith('link, '))).to.have.length(1);
    expect(await reader.announcements()).to.deep.equal([]);
  });

  it('says on whose behalf, in the name', async () => {
    const h = await mount({ session: onBehalfOfOla() });
    const reader = await listenTo(h.el);
    const spoken = await reader.readAll();
    expect(spoken[0]).to.equal('link, Gå til Helse Bergen På vegne av Ola Nordmann., not disabled');
  });

  it('in English, and that a new tab opens', async () => {
    const h = await mount({ locale: 'en', newTab: true });
    const reader = await listenTo(h.el);
    const spoken = await reader.readAll();
    expect(spoken[0]).to.equal('link, Go to Helse Bergen Opens in a new tab., not disabled');
  });

  it('a refused target is a button, and pressing it says why, once', async () => {
    const h = await mount({ href: 'https://evil.example/tasks/1' });
    const reader = await listenTo(h.el);
    expect((await reader.readAll())[0]).to.equal('button, Gå til Helse Bergen');
    h.control().focus();
    h.control().click();
    const why = 'Vi åpner ikke Helse Bergen. Adressen (evil.example) er ikke godkjent for overgang fra Helsenorge.';
    await reader.heard(why);
    expect(await reader.count(why)).to.equal(1);
    expect(await reader.phrases()).not.to.include('button, Prøv igjen');
  });

  it('a failed hand-off says so once, and "Prøv igjen" returns focus to the link and says it is on its way', async () => {
    const h = await mount({ navigateResult: false });
    const reader = await listenTo(h.el);
    h.control().focus();
    await reader.heard('link, Gå til Helse Bergen, not disabled');
    await reader.clear();
    h.control().click();
    const failed = 'Vi fikk ikke åpnet Helse Bergen. Du er ikke sendt videre. Prøv igjen';
    await reader.heard(failed);
    expect(await reader.count(failed)).to.equal(1);
    expect(await reader.announcements()).to.deep.equal([failed]);

    h.el.navigate = (url, newTab) => void h.navigations.push({ url, newTab });
    const retry = h.alert()!.querySelector('button')!;
    retry.focus();
    await reader.heard('button, Prøv igjen');
    await reader.clear();
    retry.click();
    await reader.heard('link, Gå til Helse Bergen, disabled');
    await reader.heard('Sender deg videre til Helse Bergen …');
    expect(await reader.count('Sender deg videre til Helse Bergen …')).to.equal(1);
  });

  it('a SMART launch whose launch id could not be had says so once, with "Prøv igjen"', async () => {
    const portal = failingTicketSession();
    const h = await mount({ smart: { iss: ISS }, session: portal.session });
    const reader = await listenTo(h.el);
    h.control().focus();
    await reader.clear();
    h.control().click();
    const failed = await reader.heard(/^assertive: Vi fikk ikke gjort klar overgangen til Helse Bergen\./);
    expect(await reader.count(failed)).to.equal(1);
    portal.recover();
    h.alert()!.querySelector('button')!.click();
    await reader.heard('Sender deg videre til Helse Bergen …');
    expect(h.navigations).to.have.length(1);
  });
});
