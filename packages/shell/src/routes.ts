import type { ParcelConfig } from 'single-spa';
import type { ShellApp } from './types.js';

/** A node of single-spa-layout's JSON routes format. */
export interface LayoutNode {
  type: string;
  [key: string]: unknown;
}

export const REGION_TAG = 'hn-shell-region';

function region(attrs: Record<string, string>, routes: LayoutNode[]): LayoutNode {
  return {
    type: REGION_TAG,
    attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    routes,
  };
}

/**
 * The shell's layout as single-spa-layout JSON, built from the app registry:
 *
 * - `/` (exact): the overview page, one headed section per app marked `overview`;
 * - `<app.path>` (prefix): the app's own page;
 * - anything else: a "not found" page.
 *
 * Every application node gets the same loading parcel.
 */
export function buildLayout(
  apps: readonly ShellApp[],
  containerEl: HTMLElement,
  base: string,
  loader?: ParcelConfig,
) {
  const application = (app: ShellApp): LayoutNode => ({
    type: 'application',
    name: app.name,
    ...(loader ? { loader } : {}),
  });
  return {
    mode: 'history',
    base,
    containerEl,
    routes: [
      {
        type: 'route',
        path: '/',
        exact: true,
        routes: [
          region(
            { 'data-page': 'overview', level: '1' },
            apps
              .filter((app) => app.overview)
              .map((app) => region({ 'data-app': app.name, level: '2' }, [application(app)])),
          ),
        ],
      },
      ...apps.map((app) => ({
        type: 'route',
        path: app.path,
        routes: [region({ 'data-app': app.name, level: '1' }, [application(app)])],
      })),
      {
        type: 'route',
        default: true,
        routes: [region({ 'data-page': 'not-found', level: '1' }, [])],
      },
    ],
  };
}

/** Joins the shell's base path and an app path: `('/', '/timer')` -> `/timer`. */
export function joinPath(base: string, path: string): string {
  const left = base.endsWith('/') ? base.slice(0, -1) : base;
  const right = path.startsWith('/') ? path : `/${path}`;
  return right === '/' ? `${left}/` : `${left}${right}`;
}

/** Throws a clear error for a registry that cannot work. */
export function validateApps(apps: readonly ShellApp[]): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const app of apps) {
    if (!app.name || !app.specifier) throw new TypeError('Every shell app needs a name and a specifier.');
    if (names.has(app.name)) throw new TypeError(`Two shell apps are named "${app.name}".`);
    if (!app.path.startsWith('/') || app.path === '/') {
      throw new TypeError(`Shell app "${app.name}": path must start with "/" and not be "/" (that is the overview).`);
    }
    if (paths.has(app.path)) throw new TypeError(`Two shell apps use the path "${app.path}".`);
    names.add(app.name);
    paths.add(app.path);
  }
}
