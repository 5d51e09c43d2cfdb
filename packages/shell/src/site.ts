/**
 * The deployable shell's page script: starts the shell from the configuration the page carries as
 * data, `<script type="application/json" id="hn-shell-config">` (the apps, the FHIR sources, the
 * hand-off origins, the title). Nothing about the apps is compiled in: a portal adds or removes a
 * micro-frontend by editing that data and the import map, without building this file again
 * (docs/integration.md, "The deployable shell").
 */
import type { Source } from '@hn-elements/core';
import { preloadAppModules } from './preload.js';
import { startShell } from './shell.js';
import type { ShellApp, ShellLogin } from './types.js';

/** What the page's `#hn-shell-config` holds. */
export interface SiteConfig {
  title?: string;
  apps: ShellApp[];
  sources: Source[];
  /** Origins hand-offs may go to besides the page's own. */
  allowedOrigins?: string[];
  /** The simulated login (a portal's real login replaces it); the shell's default when absent. */
  login?: ShellLogin;
}

export const SITE_CONFIG_ID = 'hn-shell-config';

/** Reads and checks the page's configuration; a page without one is a deployment error, said plainly. */
export function readSiteConfig(doc: Document = document): SiteConfig {
  const text = doc.getElementById(SITE_CONFIG_ID)?.textContent;
  if (!text) throw new Error(`The page has no #${SITE_CONFIG_ID} configuration.`);
  const config = JSON.parse(text) as Partial<SiteConfig>;
  if (!Array.isArray(config.apps) || !Array.isArray(config.sources)) {
    throw new Error(`#${SITE_CONFIG_ID} needs "apps" and "sources" lists.`);
  }
  return config as SiteConfig;
}

const root = document.getElementById('shell');
if (root) {
  const config = readSiteConfig();
  // The modules of this page's apps, fetched while the shell starts (site.json: each app's `preload`).
  preloadAppModules(config.apps, location.pathname);
  startShell({
    rootElement: root,
    ...(config.title ? { title: config.title } : {}),
    apps: config.apps,
    sources: config.sources,
    allowedOrigins: [location.origin, ...(config.allowedOrigins ?? [])],
    ...(config.login ? { login: config.login } : {}),
  });
}
