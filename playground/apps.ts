import type { ShellApp } from '@hn-elements/shell';
import list from '../packages/shell/site/apps.json';

/**
 * Every micro-frontend the playground shell shows: the same list the deployable shell is built
 * with (packages/shell/site/apps.json, data). Adding a component is one entry there: its
 * import-map entry (`@hn-elements/<name>/mfe.js`) is generated for every package that has
 * src/mfe.ts (see vite-plugins.mjs and scripts/site/build.mjs).
 */
export const apps = list as ShellApp[];

/**
 * `?demo=broken` adds an app whose module is not in the import map, to show error containment:
 * on the overview and on its own page its place gets an error tile with "Prøv igjen", and the
 * other apps beside it keep working. It has a path of its own: the shell refuses two apps on one
 * path, and a demo that took the inbox's would show a blank page instead of containment.
 */
export const brokenDemoApp: ShellApp = {
  name: 'broken-demo',
  specifier: '@hn-elements/module-that-does-not-exist/mfe.js',
  path: '/broken-demo',
  overview: true,
  label: { nb: 'Ødelagt (demo)', nn: 'Øydelagd (demo)', en: 'Broken (demo)' },
};
