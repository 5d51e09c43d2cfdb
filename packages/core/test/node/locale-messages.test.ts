import { describe, it } from 'node:test';
import { expect } from 'chai';
import { FakeControllerHost } from '@hn-elements/test-support/controller-host.js';
import { LocaleMessages, LocaleMessagesController, type Words } from '../../src/i18n/locale-messages.js';
import { translate } from '../../src/i18n/messages.js';
import type { Locale } from '../../src/session.js';

type Key = 'hello' | 'count';
const NB: Words<Key> = { hello: 'Hei', count: ({ n }) => `${n} stykker` };
const NN: Words<Key> = { hello: 'Hei på deg', count: ({ n }) => `${n} stykke` };
const EN: Words<Key> = { hello: 'Hello', count: ({ n }) => `${n} pieces` };

/** A loader that resolves or fails when the test says, counting its calls. */
function deferredLoader(words: Words<Key>) {
  const calls: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const load = () =>
    new Promise<Words<Key>>((resolve, reject) => {
      calls.push({ resolve: () => resolve(words), reject });
    });
  return { load, calls };
}

/** Just enough of a Lit host: its locale, its controllers, and a count of requested updates. */
class FakeHost extends FakeControllerHost {
  currentLocale: Locale = 'nb';
}

describe('LocaleMessages', () => {
  it('has bokmål at hand; another language reads as bokmål until it is loaded, then as itself', async () => {
    const messages = new LocaleMessages<Key>(NB, { nn: async () => NN, en: async () => EN });
    expect(messages.has('nb')).to.equal(true);
    expect(messages.has('en')).to.equal(false);
    expect(translate(messages.catalogue, 'en', 'hello')).to.equal('Hei');
    await messages.load('en');
    expect(messages.has('en')).to.equal(true);
    expect(translate(messages.catalogue, 'en', 'hello')).to.equal('Hello');
    expect(translate(messages.catalogue, 'en', 'count', { n: 3 })).to.equal('3 pieces');
    expect(messages.has('nn')).to.equal(false);
  });

  it('loads a language once: calls while it is on the way share the load, and a loaded one is not loaded again', async () => {
    const nn = deferredLoader(NN);
    const messages = new LocaleMessages<Key>(NB, { nn: nn.load, en: async () => EN });
    const first = messages.load('nn');
    const second = messages.load('nn');
    expect(nn.calls).to.have.length(1);
    nn.calls[0]!.resolve();
    await Promise.all([first, second]);
    await messages.load('nn');
    expect(nn.calls).to.have.length(1);
    await messages.load('nb');
  });

  it('a failed load rejects, and the next call tries again', async () => {
    const en = deferredLoader(EN);
    const messages = new LocaleMessages<Key>(NB, { nn: async () => NN, en: en.load });
    const failed = messages.load('en');
    en.calls[0]!.reject(new Error('offline'));
    let error: unknown;
    await failed.catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(Error);
    expect(messages.has('en')).to.equal(false);
    const again = messages.load('en');
    expect(en.calls).to.have.length(2);
    en.calls[1]!.resolve();
    await again;
    expect(messages.has('en')).to.equal(true);
  });
});

describe('LocaleMessagesController', () => {
  it("is ready in bokmål at once; another language is not ready until its words are here, then the host updates", async () => {
    const en = deferredLoader(EN);
    const host = new FakeHost();
    const words = new LocaleMessagesController(host, new LocaleMessages<Key>(NB, { nn: async () => NN, en: en.load }));
    expect(host.controllers).to.include(words);
    expect(words.ready()).to.equal(true);
    host.currentLocale = 'en';
    expect(words.ready()).to.equal(false);
    expect(words.ready(), 'asked again while on the way').to.equal(false);
    expect(en.calls).to.have.length(1);
    const settled = words.settled();
    const before = host.updates;
    en.calls[0]!.resolve();
    await settled;
    expect(host.updates).to.be.greaterThan(before);
    expect(words.ready()).to.equal(true);
  });

  it('a language whose words could not be loaded is ready in bokmål, and is tried again when the host connects again', async () => {
    const nn = deferredLoader(NN);
    const host = new FakeHost();
    host.currentLocale = 'nn';
    const words = new LocaleMessagesController(host, new LocaleMessages<Key>(NB, { nn: nn.load, en: async () => EN }));
    expect(words.ready()).to.equal(false);
    nn.calls[0]!.reject(new Error('offline'));
    await words.settled();
    expect(words.ready(), 'bokmål stands in').to.equal(true);
    expect(nn.calls).to.have.length(1);
    words.hostConnected();
    expect(words.ready()).to.equal(false);
    expect(nn.calls).to.have.length(2);
    nn.calls[1]!.resolve();
    await words.settled();
    expect(words.ready()).to.equal(true);
  });
});
