import type { ShellApp } from '@hn-elements/shell';

/**
 * Every micro-frontend the playground shell shows. Adding a component is one line here:
 * its import-map entry (`@hn-elements/<name>/mfe.js`) is generated for every package that
 * has src/mfe.ts (see vite-plugins.mjs).
 */
export const apps: ShellApp[] = [
  { name: 'appointment-list', specifier: '@hn-elements/appointment-list/mfe.js', path: '/appointments', scope: 'appointments', overview: true, overviewProps: { maxItems: 3 }, headingLevel: true, label: { nb: 'Timer', nn: 'Timar', en: 'Appointments' } },
  { name: 'inbox', specifier: '@hn-elements/inbox/mfe.js', path: '/inbox', scope: 'inbox', overview: true, headingLevel: true, label: { nb: 'Innboks', nn: 'Innboks', en: 'Inbox' } },
  { name: 'tool-catalogue', specifier: '@hn-elements/tool-catalogue/mfe.js', path: '/tools', scope: 'tools', overview: true, headingLevel: true, label: { nb: 'Verktøy', nn: 'Verktøy', en: 'Tools' } },
  { name: 'test-results', specifier: '@hn-elements/test-results/mfe.js', path: '/test-results', scope: 'journal', overview: true, overviewProps: { maxItems: 3 }, headingLevel: true, label: { nb: 'Prøvesvar', nn: 'Prøvesvar', en: 'Test results' } },
  { name: 'referrals', specifier: '@hn-elements/referrals/mfe.js', path: '/referrals', scope: 'journal', overview: true, overviewProps: { maxItems: 3 }, headingLevel: true, label: { nb: 'Henvisninger', nn: 'Tilvisingar', en: 'Referrals' } },
  { name: 'journal-viewer', specifier: '@hn-elements/journal-viewer/mfe.js', path: '/journal', scope: 'journal', headingLevel: true, label: { nb: 'Journal', nn: 'Journal', en: 'Health records' } },
];

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
