// The component's words: bokmål in the module a mount loads, nynorsk and English in modules of
// their own (core's LocaleMessages). Checked on the source (every key in every language) and on the
// built micro-frontend (the mount's chunks hold no nynorsk or English words; the on-demand ones do).
import { describe, it } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { translate } from '@hn-elements/core';
import { testResultMessages, type TestResultMessageKey } from '../../src/messages.js';
import { nn } from '../../src/messages-nn.js';
import { en } from '../../src/messages-en.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const PARAMS = { count: 2, low: 1, high: 3, name: 'CRP' };

describe('the words of <hn-test-results>', () => {
  it('nn and en have every key of nb, and each gives non-empty text', () => {
    const keys = Object.keys(testResultMessages.catalogue.nb).sort();
    for (const [locale, words] of [['nn', nn], ['en', en]] as const) {
      expect(Object.keys(words).sort(), locale).to.deep.equal(keys);
      for (const key of keys) {
        const text = translate({ nb: testResultMessages.catalogue.nb, [locale]: words }, locale, key as TestResultMessageKey, PARAMS);
        expect(text.trim(), `${locale}.${key}`).not.to.equal('');
      }
    }
  });

  it('loads a language into the shared catalogue on demand; until then a key reads as bokmål', async () => {
    const messages = testResultMessages;
    const before = messages.has('en');
    if (!before) expect(translate(messages.catalogue, 'en', 'empty')).to.equal('Du har ingen prøvesvar.');
    await messages.load('en');
    expect(messages.has('en')).to.equal(true);
    expect(translate(messages.catalogue, 'en', 'empty')).to.equal('You have no test results.');
  });

  it('the built micro-frontend: the chunks a mount loads hold the bokmål words only; nn and en are chunks of their own', async () => {
    const { build, defaultClientConditions } = await import('vite');
    const shared = (id: string) => /^(lit|lit-html|lit-element|@lit\/|dompurify|@hn-elements\/(core|tokens))/.test(id);
    const result = await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: { write: false, minify: true, lib: { entry: join(ROOT, 'packages/test-results/src/mfe.ts'), formats: ['es'], fileName: 'entry' }, rolldownOptions: { external: shared } },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : [])).filter((c) => c.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // What a mount loads: the entry, what it imports lazily itself (the element), and their static imports.
    const mount = new Set<(typeof chunks)[number]>();
    const visit = (name: string) => {
      const chunk = byName.get(name);
      if (!chunk || mount.has(chunk)) return;
      mount.add(chunk);
      chunk.imports.forEach(visit);
    };
    for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
      visit(entry.fileName);
      entry.dynamicImports.forEach(visit);
    }
    const atMount = [...mount].map((chunk) => chunk.code).join('\n');
    const onDemand = chunks.filter((chunk) => !mount.has(chunk)).map((chunk) => chunk.code);
    expect(atMount).to.include(testResultMessages.catalogue.nb.loadError);
    for (const [locale, words] of [['nn', nn], ['en', en]] as const) {
      expect(atMount, `${locale} at mount`).not.to.include(words.loadError);
      expect(atMount, `${locale} at mount`).not.to.include(words.noAccessScope);
      expect(onDemand.filter((code) => code.includes(words.loadError as string)), `${locale}: one chunk of its own`).to.have.length(1);
    }
  });
});
