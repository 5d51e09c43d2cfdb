// Which URL the shell loads a micro-frontend from on a retry. A module whose integrity the page's
// import map declares must never be fetched from a URL the map does not declare: the browser would
// run that copy unchecked (the deployable shell's end-to-end test tampers with a file to prove it).
import { expect } from '@open-wc/testing';
import { RETRY_PARAM, freshUrl, hasDeclaredIntegrity } from '../src/app-loader.js';

/** A page at https://shell.example/ with these import maps. */
function page(...maps: unknown[]): Document {
  const scripts = maps.map((map) => `<script type="importmap">${typeof map === 'string' ? map : JSON.stringify(map)}</script>`).join('');
  return new DOMParser().parseFromString(`<!doctype html><html><head><base href="https://shell.example/">${scripts}</head></html>`, 'text/html');
}

describe('hasDeclaredIntegrity', () => {
  const map = {
    imports: { '@hn-elements/inbox/mfe.js': '/assets/inbox-a.js' },
    integrity: { '/assets/inbox-a.js': 'sha384-a', '/assets/inbox-a.js?hn-retry=1': 'sha384-a', 'https://cdn.example/assets/lit-b.js': 'sha384-b' },
  };
  const cases: [string, Document, boolean][] = [
    ['a path key, resolved against the page', page(map), true],
    ['the declared retry URL', page(map), true],
    ['an absolute key (a CDN)', page(map), true],
    ['a URL the map does not name', page(map), false],
    ['a page without an import map', page(), false],
    ['a map that is not JSON, beside one that declares it', page('{ not json', map), true],
  ];
  const urls = [
    'https://shell.example/assets/inbox-a.js',
    'https://shell.example/assets/inbox-a.js?hn-retry=1',
    'https://cdn.example/assets/lit-b.js',
    'https://shell.example/assets/inbox-a.js?hn-retry=2',
    'https://shell.example/assets/inbox-a.js',
    'https://shell.example/assets/inbox-a.js',
  ];
  cases.forEach(([what, doc, expected], i) => {
    it(`${what}: ${expected}`, () => {
      expect(hasDeclaredIntegrity(urls[i]!, doc)).to.equal(expected);
    });
  });
});

describe('freshUrl', () => {
  it('adds the attempt to a module the page declares no integrity for', () => {
    const url = new URL(freshUrl('https://apps.example/inbox.js', 2));
    expect(url.searchParams.get(RETRY_PARAM)).to.equal('2');
    expect(url.origin + url.pathname).to.equal('https://apps.example/inbox.js');
  });
});
