// Mounts one micro-frontend through its single-spa lifecycles (bootstrap, mount, unmount: what
// the shell calls) and times it to the first render. Every packages/*/src/mfe.ts is its own lazy
// chunk, so the first call in a fresh page includes loading Lit, core and the component and
// defining the tags; later calls in the same page measure mount alone.
import type { MicroFrontendLifecycles } from '@hn-elements/core';
import { deepNodeCount, rendered } from './rendered.js';

const loaders = import.meta.glob<MicroFrontendLifecycles>('../../../packages/*/src/mfe.ts');
const modules = new Map(Object.entries(loaders).map(([path, load]) => [path.split('/').at(-3)!, load]));
const container = document.getElementById('single-spa-application:bench')!;
const kari = { reference: 'Patient/kari', name: 'Kari Nordmann' };

interface MountOptions {
  /** Element properties (`.bundle`, …); `now` as an ISO string. */
  props?: Record<string, unknown>;
  /** FHIR sources for live data; none in bundle mode. */
  sources?: { id: string; name: string; fhirBase: string }[];
  vendor?: string;
  /** A selector in the shadow root that must match before the element counts as rendered. */
  ready?: string;
}

/** Mounts, times to the first render, unmounts; returns the time and the nodes rendered. */
async function benchMount(name: string, options: MountOptions = {}): Promise<{ ms: number; nodes: number; text: string }> {
  const load = modules.get(name);
  if (!load) throw new Error(`no micro-frontend ${name}`);
  const elementProps = { ...options.props };
  if (typeof elementProps.now === 'string') elementProps.now = new Date(elementProps.now);
  const session = {
    actor: kari,
    patient: kari,
    locale: 'nb' as const,
    sources: options.sources ?? [],
    handoff: { allowedOrigins: [location.origin, ...(options.vendor ? [options.vendor] : [])] },
  };
  const props = { name: 'bench', domElement: container, session, elementProps };
  const started = performance.now();
  const app = await load();
  await app.bootstrap(props);
  await app.mount(props);
  const ms = (await rendered(container.firstElementChild, options.ready)) - started;
  const nodes = deepNodeCount(container) - 1;
  const text = (container.firstElementChild?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160);
  await app.unmount(props);
  return { ms, nodes, text };
}

Object.assign(window, { benchMount });
document.body.dataset.ready = 'true';
