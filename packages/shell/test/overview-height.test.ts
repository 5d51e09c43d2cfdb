// The overview as a citizen sees it: every app of the deployable shell's list (site/apps.json)
// from its sources, live from the embedded FHIR server, under the page's own style sheet, at
// 1280 × 800 and at 360 × 740 (a phone). Measured: the header's height and the page's, and each
// region's (printed). The header is a few lines on a phone (the switchers in an expander, the menu
// one row that never wraps). Every app with a short form shows its summary there (max-items with
// all-href: core's summaryList), side by side where two fit, and the page fits in two screen heights
// at 1280 and in five at 360 (docs/controls.md, "The overview's height"): 1,491 and 2,496 px when
// this was written, from 7,490 and 11,752 px with short lists of cards.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { startShell, type Shell, type ShellApp } from '../src/index.js';
import { root, sources } from './helpers.js';

const DATA_TAGS = ['hn-appointment-list', 'hn-inbox', 'hn-tool-catalogue', 'hn-test-results', 'hn-referrals', 'hn-journal-viewer'];

/** Each app's sources module instead of the import map's entry (as the shell's other browser tests do). */
async function siteApps(): Promise<ShellApp[]> {
  const list = (await (await fetch('/packages/shell/site/apps.json')).json()) as ShellApp[];
  return list.map((app) => ({ ...app, specifier: new URL(`/packages/${app.name}/src/mfe.ts`, location.origin).href }));
}

async function pageStyles(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/shell/site/page.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Every data component on the page has rendered and is not loading. */
function settled(): boolean {
  const present = DATA_TAGS.map((tag) => document.querySelector(tag)).filter((el): el is Element => el !== null);
  return present.length > 0 && present.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && !el.hasAttribute('aria-busy'));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function measure(width: number, height: number) {
  await setViewport({ width, height });
  await frame();
  await waitUntil(settled, `the overview's components did not settle at ${width} px`, { timeout: 8000 });
  await frame();
  const header = document.querySelector('hn-shell-header')!;
  const links = [...header.shadowRoot!.querySelectorAll('nav li')].map((li) => li.getBoundingClientRect().top);
  const regions = [...document.querySelectorAll<HTMLElement & { heading: string }>('main hn-shell-region[level="2"]')].map((region) => `${region.heading} ${Math.round(region.getBoundingClientRect().height)}`);
  return {
    regions: regions.join(', '),
    page: document.documentElement.scrollHeight,
    header: header.getBoundingClientRect().height,
    menuRows: new Set(links.map(Math.round)).size,
    sideways: document.documentElement.scrollWidth > width,
  };
}

describe('shell: the overview at 1280 and at 360 px', () => {
  let shell: Shell;
  let link: HTMLLinkElement;

  before(async function () {
    this.timeout(30_000);
    link = await pageStyles();
    history.replaceState(null, '', '/');
    shell = startShell({ rootElement: root(), sources, allowedOrigins: [location.origin], apps: await siteApps() });
    await shell.settled();
  });

  after(async () => {
    await shell.destroy();
    link.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('at 1280 × 800: the header beside the content grid, the page measured', async () => {
    const at = await measure(1280, 800);
    const banner = document.querySelector('hn-shell-header')!.shadowRoot!.querySelector('.brand')!.getBoundingClientRect();
    const content = document.querySelector('main')!.querySelector('hn-shell-region')!.getBoundingClientRect();
    console.log(`overview at 1280 × 800: page ${at.page} px (${(at.page / 800).toFixed(1)} screens), header ${Math.round(at.header)} px; ${at.regions}`);
    expect(Math.round(banner.left), 'the product name starts where the content does').to.equal(Math.round(content.left));
    expect(at.menuRows, 'the menu is one row').to.equal(1);
    expect(at.sideways).to.equal(false);
    expect(at.page, 'the page\'s height: two screens at most').to.be.at.most(2 * 800);
  });

  it('at 360 × 740: a compact header, the menu one row, nothing sideways', async () => {
    const at = await measure(360, 740);
    console.log(`overview at 360 × 740: page ${at.page} px (${(at.page / 740).toFixed(1)} screens), header ${Math.round(at.header)} px; ${at.regions}`);
    expect(at.menuRows, 'the menu never wraps').to.equal(1);
    expect(at.header, 'the header takes at most a quarter of the screen').to.be.at.most(740 / 4);
    expect(at.sideways, 'the page does not scroll sideways').to.equal(false);
    expect(at.page, 'the page\'s height: five screens at most').to.be.at.most(5 * 740);
  });
});
