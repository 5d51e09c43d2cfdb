// The shell with every micro-frontend (packages/*/src/mfe.ts) on its own page, `/<package>`, plus
// the shell tests' plain-JS fixture app (`/fixture-app`: the shell's own cost, no Lit component).
// `benchCycles` mounts one app and unmounts it again by routing, `cycles` times.
import { navigateToUrl } from 'single-spa';
import { startShell, type Shell } from '@hn-elements/shell';
import { READY } from './ready.js';
import { rendered } from './rendered.js';

const loaders: Record<string, () => Promise<unknown>> = {
  ...import.meta.glob('../../../packages/*/src/mfe.ts'),
  ...import.meta.glob('../../../packages/shell/test/fixtures/fixture-app.js'),
};
const modules = new Map(
  Object.entries(loaders).map(([path, load]) => [path.endsWith('fixture-app.js') ? 'fixture-app' : path.split('/').at(-3)!, load]),
);
modules.delete('core');

let shell: Shell | undefined;

/** Routes and waits for single-spa to finish: the apps of the new page are mounted, the old unmounted. */
async function go(path: string): Promise<void> {
  const routed = new Promise((resolve) => window.addEventListener('single-spa:routing-event', resolve, { once: true }));
  navigateToUrl(path);
  await routed;
}

function mounted(name: string): Element | null {
  return document.getElementById(`single-spa-application:${name}`)?.firstElementChild ?? null;
}

async function benchStart(sources: { id: string; name: string; fhirBase: string }[]): Promise<string[]> {
  const names = [...modules.keys()].sort();
  shell = startShell({
    rootElement: document.getElementById('shell-root')!,
    sources,
    allowedOrigins: [location.origin],
    apps: names.map((name) => ({ name, specifier: name, path: `/${name}`, label: name })),
    importModule: (specifier) => modules.get(specifier)!(),
  });
  await shell.settled();
  await go('/');
  return names;
}

/** `cycles` times: route to the app's page, wait until it has rendered its data, route away. */
async function benchCycles(name: string, cycles: number): Promise<{ ms: number; left: number }> {
  const started = performance.now();
  let tag = '';
  for (let i = 0; i < cycles; i += 1) {
    await go(`/${name}`);
    const el = mounted(name);
    tag ||= el?.localName ?? '';
    await rendered(el, READY[name]);
    await go('/');
    if (el?.isConnected) throw new Error(`${name} is still in the document after unmount`);
    // The fixture app records every lifecycle call for the shell's tests; not a cost of the shell.
    (globalThis as { __shellFixtureCalls?: unknown[] }).__shellFixtureCalls?.splice(0);
  }
  const ms = (performance.now() - started) / cycles;
  return { ms, left: tag ? document.querySelectorAll(tag).length : 0 };
}

Object.assign(window, { benchStart, benchCycles });
document.body.dataset.ready = 'true';
