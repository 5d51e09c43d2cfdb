import { declaredIntegrity } from './app-loader.js';
import type { ShellApp } from './types.js';

/**
 * The apps a page of the deployable shell shows: the overview's on `/`, else the app whose page it
 * is (its path, or a path below it), as the shell's routes place them.
 */
export function appsAt(apps: readonly ShellApp[], pathname: string): ShellApp[] {
  if (pathname === '/' || pathname === '') return apps.filter((app) => app.overview);
  return apps.filter((app) => pathname === app.path || pathname.startsWith(`${app.path}/`));
}

/**
 * Announces the modules of the apps `pathname` shows (`ShellApp.preload`) as
 * `<link rel="modulepreload">`, each once, so the browser fetches them while the shell starts
 * instead of one import level after another once it has mounted them. Returns what it announced.
 * Only same-origin paths and `https:` URLs are announced, each with the `integrity` the page's
 * import map declares for it, so a preload can never put an unchecked copy in the module map.
 */
export function preloadAppModules(apps: readonly ShellApp[], pathname: string, doc: Document = document): string[] {
  const announced = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href));
  const added: string[] = [];
  const origin = new URL(doc.baseURI).origin;
  for (const app of appsAt(apps, pathname)) {
    for (const href of app.preload ?? []) {
      let url: URL;
      try {
        url = new URL(href, doc.baseURI);
      } catch {
        continue;
      }
      if (announced.has(url.href) || (url.origin !== origin && url.protocol !== 'https:')) continue;
      announced.add(url.href);
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = url.href;
      link.crossOrigin = 'anonymous';
      const integrity = declaredIntegrity(url.href, doc);
      if (integrity) link.integrity = integrity;
      doc.head.append(link);
      added.push(url.href);
    }
  }
  return added;
}
