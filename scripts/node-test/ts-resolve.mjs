// Resolve hook for running TypeScript sources and tests under `node --test` (Node's type stripping).
// The sources import their siblings as './x.js' (what tsc and Vite expect) while the files on disk
// are './x.ts'; a relative '.js' that does not exist resolves to the '.ts' beside it.
// Workspace packages ('@hn-elements/core') resolve to their src through the 'source' export
// condition, which `node --conditions=source` turns on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) {
      const ts = new URL(specifier.slice(0, -'.js'.length) + '.ts', context.parentURL);
      if (existsSync(fileURLToPath(ts))) return nextResolve(ts.href, context);
    }
  }
  return nextResolve(specifier, context);
}
