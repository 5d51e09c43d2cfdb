// The page put back as fresh between the test files that share it.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { restoreFreshPage } from '../src/shared-page.js';
import { fhirGet, setMode } from '../src/index.js';

describe('restoreFreshPage', () => {
  it('puts back what a test file may leave behind: viewport, media, storage, URL, <html>, <body>, focus and the FHIR server', async () => {
    const width = innerWidth;
    const height = innerHeight;
    const url = location.href;
    const lang = document.documentElement.getAttribute('lang');
    const children = document.body.children.length;

    await setViewport({ width: 320, height: 640 });
    await emulateMedia({ media: 'print', forcedColors: 'active' });
    localStorage.setItem('left', 'behind');
    sessionStorage.setItem('left', 'behind');
    history.pushState(null, '', '/somewhere-else');
    document.documentElement.setAttribute('lang', 'en');
    document.documentElement.setAttribute('data-left', '');
    const left = document.createElement('button');
    document.body.append(left);
    left.focus();
    await setMode('helse-bergen', 'down');
    expect(innerWidth).to.equal(320);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);

    await restoreFreshPage();

    expect([innerWidth, innerHeight]).to.deep.equal([width, height]);
    expect(matchMedia('print').matches, 'print media').to.equal(false);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(false);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal([0, 0]);
    expect(location.href).to.equal(url);
    expect(document.documentElement.getAttribute('lang')).to.equal(lang);
    expect(document.documentElement.hasAttribute('data-left')).to.equal(false);
    expect(left.isConnected).to.equal(false);
    expect(document.body.children.length).to.equal(children);
    expect(document.activeElement).to.equal(document.body);
    // The source that was down answers again.
    expect((await fhirGet<{ resourceType: string }>('/fhir/helse-bergen/metadata')).resourceType).to.equal('CapabilityStatement');
  });
});
