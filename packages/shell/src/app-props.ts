import type { HnShellRegion } from './hn-shell-region.js';
import { REGION_TAG, joinPath } from './routes.js';
import type { ShellApp } from './types.js';

/**
 * Where an app is shown, as far as its element properties go: on the overview page (`/`, under
 * the app's h2), on its own page (under the page's h1), or — for an app whose properties do not
 * depend on the place — anywhere.
 */
export type Place = 'overview' | 'own-page' | 'anywhere';

/** Id of the element single-spa-layout creates for an application. */
export function containerId(name: string): string {
  return `single-spa-application:${name}`;
}

/** Whether the app's element properties depend on where it is shown. */
function caresAboutPlace(app: ShellApp | undefined): boolean {
  return app !== undefined && (app.overviewProps !== undefined || app.headingLevel === true);
}

/** Where the app `name` is shown now (its container is looked up in the document). */
export function placeOf(app: ShellApp | undefined, name: string): Place {
  if (!caresAboutPlace(app)) return 'anywhere';
  const onOverview = document.getElementById(containerId(name))?.closest(`${REGION_TAG}[data-page="overview"]`);
  return onOverview ? 'overview' : 'own-page';
}

/**
 * The level of the first headings inside an app: one below the heading of the region it is shown
 * in — 2 on its own page (the page's h1 above), 3 on the overview (the app's h2 above).
 */
export function headingLevelOf(name: string): number {
  const region = document.getElementById(containerId(name))?.closest<HnShellRegion>(REGION_TAG);
  const level = Number(region?.level);
  return Number.isInteger(level) && level >= 1 && level <= 5 ? level + 1 : 2;
}

/**
 * The element properties an app gets for where it is shown:
 * - its `props`, everywhere;
 * - `overviewProps` on the overview; elsewhere the same keys, each `undefined`;
 * - with a short form on the overview (`overviewProps.maxItems`), `allHref`: the app's own page
 *   (under `base`), so its summary links there and to each item on it (unless `overviewProps`
 *   names another);
 * - with `headingLevel: true`, `headingLevel` for the region it is in (see `headingLevelOf`).
 * Undefined for an app that has none of them.
 */
export function elementPropsFor(app: ShellApp | undefined, name: string, base = '/'): Record<string, unknown> | undefined {
  if (!app) return undefined;
  const props: Record<string, unknown> = { ...app.props };
  if (caresAboutPlace(app)) {
    const overview = placeOf(app, name) === 'overview';
    const overviewProps = { ...(app.overviewProps?.['maxItems'] !== undefined ? { allHref: joinPath(base, app.path) } : {}), ...app.overviewProps };
    for (const [key, value] of Object.entries(overviewProps)) props[key] = overview ? value : undefined;
    if (app.headingLevel === true) props['headingLevel'] = headingLevelOf(name);
  }
  return Object.keys(props).length ? props : undefined;
}
