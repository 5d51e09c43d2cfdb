// What the deployable shell's page script announces before the shell starts: the modules of the
// apps the page shows (each app's `preload`, written by the build), once each, nothing for an app
// the page does not show, nothing from an origin that is neither the page's nor https.
import { expect } from '@open-wc/testing';
import { appsAt, preloadAppModules } from '../src/preload.js';
import type { ShellApp } from '../src/types.js';

const label = { nb: 'x', nn: 'x', en: 'x' };
const APPS: ShellApp[] = [
  { name: 'appointment-list', specifier: '@hn-elements/appointment-list/mfe.js', path: '/appointments', label, overview: true, preload: ['/assets/appointments-mfe.js', '/assets/define-a.js', '/assets/launcher.js'] },
  { name: 'inbox', specifier: '@hn-elements/inbox/mfe.js', path: '/inbox', label, overview: true, preload: ['/assets/inbox-mfe.js', '/assets/launcher.js', 'https://cdn.example/assets/virtualize.js'] },
  { name: 'journal-viewer', specifier: '@hn-elements/journal-viewer/mfe.js', path: '/journal', label, preload: ['/assets/journal-mfe.js', 'http://evil.example/x.js', 'javascript:alert(1)'] },
  { name: 'tools', specifier: '@hn-elements/tool-catalogue/mfe.js', path: '/tools', label },
];

/** A page at https://shell.example/, with one module already announced by its HTML. */
function page(): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><base href="https://shell.example/"><script type="importmap">${JSON.stringify({ imports: {}, integrity: { '/assets/define-a.js': 'sha384-a' } })}</script><link rel="modulepreload" href="/assets/launcher.js"></head><body></body></html>`,
    'text/html',
  );
}

const announced = (doc: Document) => [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => [link.getAttribute('href'), link.crossOrigin]);

describe('the modules a page of the shell announces', () => {
  it('which apps a path shows: the overview apps on /, else the app of the page (or below it)', () => {
    const names = (path: string) => appsAt(APPS, path).map((app) => app.name);
    expect(names('/')).to.deep.equal(['appointment-list', 'inbox']);
    expect(names('/journal')).to.deep.equal(['journal-viewer']);
    expect(names('/inbox/letter')).to.deep.equal(['inbox']);
    expect(names('/inboxes')).to.deep.equal([]);
    expect(names('/unknown')).to.deep.equal([]);
  });

  it("on the overview: each overview app's modules once, what the page announced already not again", () => {
    const doc = page();
    const added = preloadAppModules(APPS, '/', doc);
    expect(added).to.deep.equal([
      'https://shell.example/assets/appointments-mfe.js',
      'https://shell.example/assets/define-a.js',
      'https://shell.example/assets/inbox-mfe.js',
      'https://cdn.example/assets/virtualize.js',
    ]);
    expect(announced(doc).slice(1)).to.deep.equal(added.map((href) => [href, 'anonymous']));
    // With the integrity the import map declares, where it declares one.
    const integrities = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].slice(1).map((link) => link.integrity);
    expect(integrities).to.deep.equal(['', 'sha384-a', '', '']);
  });

  it("on an app's page: that app's modules only; plain http from elsewhere and non-URLs are left out", () => {
    const doc = page();
    expect(preloadAppModules(APPS, '/journal', doc)).to.deep.equal(['https://shell.example/assets/journal-mfe.js']);
  });

  it('an app without a preload list, or a page that shows none, announces nothing', () => {
    const doc = page();
    expect(preloadAppModules(APPS, '/tools', doc)).to.deep.equal([]);
    expect(preloadAppModules(APPS, '/not-a-page', doc)).to.deep.equal([]);
    expect(announced(doc)).to.have.length(1);
  });
});
