// Which modules the deployable shell's import map maps, found from the packages themselves so that a
// new package needs no change here: every micro-frontend (`@hn-elements/<name>/mfe.js`) and every
// shared bare name the packages import (Lit and its directives, @lit/context, DOMPurify, single-spa,
// tokens, core, ...). Used by scripts/site/build.mjs and by the playground's dev import map.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DEPENDENCIES } from '../../vite.config.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGES = join(ROOT, 'packages');

/** `@hn-elements/<name>/mfe.js` of every package that exports "./mfe.js" (core's mfe.ts is the helper, not an app). */
export function microFrontendSpecifiers() {
  return readdirSync(PACKAGES)
    .sort()
    .filter((name) => {
      const manifest = join(PACKAGES, name, 'package.json');
      return existsSync(join(PACKAGES, name, 'src', 'mfe.ts')) && existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).exports?.['./mfe.js'];
    })
    .map((name) => ({ name, specifier: `@hn-elements/${name}/mfe.js`, source: `/packages/${name}/src/mfe.ts` }));
}

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?!type\b)[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;
/** Files that are not loaded through the import map: the React wrappers and the one-file builds. */
const NOT_MAPPED = /[\\/](?:react|standalone)\.ts$/;

/** Every shared bare name (vite.config.ts, SHARED_DEPENDENCIES) the packages' browser sources import. */
export function sharedSpecifiers() {
  const found = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !NOT_MAPPED.test(path)) {
        for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) {
          const specifier = match[1] ?? match[2] ?? match[3];
          if (SHARED_DEPENDENCIES.some((pattern) => pattern.test(specifier)) && !/^react/.test(specifier)) found.add(specifier);
        }
      }
    }
  };
  for (const name of readdirSync(PACKAGES)) if (existsSync(join(PACKAGES, name, 'src'))) walk(join(PACKAGES, name, 'src'));
  return [...found].sort();
}
