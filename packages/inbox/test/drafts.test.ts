import { expect } from '@open-wc/testing';
import { clearDraft, draftFor, newIdempotencyKey, readDraft, writeDraft } from '../src/drafts.js';

// Drafts are mirrored to the tab's sessionStorage, so they are tested in the browser; the rest of
// the inbox model runs under Node (node/model.test.ts).
describe('inbox drafts', () => {
  it('keeps drafts per patient and thread, with a key that stays until the draft is sent', () => {
    const patient = 'Patient/model-test';
    clearDraft(patient, 'a');
    const draft = draftFor(patient, 'a');
    expect(draft.text).to.equal('');
    expect(draft.key).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    writeDraft(patient, 'a', { ...draft, text: 'Hei' });
    expect(readDraft(patient, 'a')).to.deep.equal({ ...draft, text: 'Hei' });
    expect(readDraft(patient, 'b')).to.equal(undefined);
    expect(readDraft('Patient/other', 'a')).to.equal(undefined);
    expect(JSON.parse(sessionStorage.getItem(`hn-inbox:draft:${patient}|a`)!)).to.deep.equal({ text: 'Hei', key: draft.key, attempted: false });
    writeDraft(patient, 'a', { ...draft, text: '' });
    expect(readDraft(patient, 'a'), 'an empty, unsent draft is gone').to.equal(undefined);
    sessionStorage.setItem(`hn-inbox:draft:${patient}|c`, '{"text":1}');
    expect(readDraft(patient, 'c'), 'rubbish in storage is no draft').to.equal(undefined);
    expect(newIdempotencyKey()).not.to.equal(newIdempotencyKey());
  });
});
