import type { Locale } from '@hn-elements/core';
import type { HnShellHeader } from './hn-shell-header.js';
import type { HnShellRegion } from './hn-shell-region.js';
import { LOADING_CLASS } from './error-tiles.js';
import { REGION_TAG, joinPath } from './routes.js';
import { localize, strings } from './strings.js';
import type { ShellApp } from './types.js';

/** The shell's own page furniture: the header, the headed regions around the apps, the title. */
export interface Chrome {
  header: HnShellHeader;
  main: HTMLElement;
  apps: ReadonlyMap<string, ShellApp>;
  base: string;
  /** Product name, the end of the document title. */
  title: string;
}

/** Renders the header (locale, who is acted for, navigation), the regions and the loading lines in `locale`. */
export function renderChrome(chrome: Chrome, locale: Locale, actingFor: string | null): void {
  const t = strings[locale];
  document.documentElement.lang = locale;
  const { header } = chrome;
  header.locale = locale;
  header.actingFor = actingFor;
  header.currentPath = window.location.pathname;
  header.navItems = [
    { href: joinPath(chrome.base, '/'), label: t.overview },
    ...[...chrome.apps.values()].map((app) => ({ href: joinPath(chrome.base, app.path), label: localize(app.label, locale) })),
  ];
  renderRegions(chrome, locale);
  for (const loading of chrome.main.querySelectorAll(`.${LOADING_CLASS}`)) loading.textContent = t.loading;
}

/** Gives each region of the route its heading (app label, overview, not found) and the document its title. */
export function renderRegions(chrome: Chrome, locale: Locale): void {
  const t = strings[locale];
  let pageHeading = '';
  for (const region of chrome.main.querySelectorAll<HnShellRegion>(REGION_TAG)) {
    const appName = region.dataset['app'];
    const page = region.dataset['page'];
    const app = appName ? chrome.apps.get(appName) : undefined;
    if (app) region.heading = localize(app.label, locale);
    else if (page === 'overview') region.heading = t.overview;
    else if (page === 'not-found') {
      region.heading = t.notFoundHeading;
      region.message = t.notFoundBody;
      region.linkHref = joinPath(chrome.base, '/');
      region.linkLabel = t.notFoundLink;
    }
    if (region.level === 1 && region.isConnected) pageHeading = region.heading;
  }
  document.title = pageHeading ? `${pageHeading} – ${chrome.title}` : chrome.title;
}
