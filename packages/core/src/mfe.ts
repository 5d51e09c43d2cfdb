import type { Locale, Session } from './session.js';

/** Custom props the shell passes to every micro-frontend (single-spa `customProps`). */
export interface MicroFrontendProps {
  name?: string;
  /** Where to mount. single-spa-layout does not pass it, so it is looked up when missing. */
  domElement?: HTMLElement;
  session?: Session;
  locale?: Locale;
  /** Extra properties set on the element, e.g. `{ view: 'past' }`. */
  elementProps?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface MicroFrontendLifecycles {
  bootstrap(props: MicroFrontendProps): Promise<void>;
  mount(props: MicroFrontendProps): Promise<void>;
  unmount(props: MicroFrontendProps): Promise<void>;
  update(props: MicroFrontendProps): Promise<void>;
}

interface SessionAware extends HTMLElement {
  session?: Session;
  locale?: Locale;
}

/** The container to mount in, and whether this helper created it (and so must remove it). */
function findContainer(props: MicroFrontendProps): { container: HTMLElement; created: boolean } {
  if (props.domElement) return { container: props.domElement, created: false };
  const name = props.name ?? '';
  const byLayout = document.getElementById(`single-spa-application:${name}`);
  if (byLayout) return { container: byLayout, created: false };
  const fallback = document.createElement('div');
  fallback.id = `single-spa-application:${name}`;
  document.body.append(fallback);
  return { container: fallback, created: true };
}

function applyProps(element: SessionAware, props: MicroFrontendProps): void {
  if (props.session) element.session = props.session;
  const locale = props.locale ?? props.session?.locale;
  if (locale) element.locale = locale;
  for (const [key, value] of Object.entries(props.elementProps ?? {})) {
    (element as unknown as Record<string, unknown>)[key] = value;
  }
}

/**
 * single-spa lifecycles for one component.
 * `load` registers the tag (usually `() => import('./define.js')`) and runs once, in bootstrap.
 * mount creates the element inside the application's container; unmount removes it, and the
 * element's own `disconnectedCallback` aborts requests and clears timers and listeners.
 */
export function defineMicroFrontend(tag: string, load: () => Promise<unknown>): MicroFrontendLifecycles {
  const mounted = new Map<string, { element: SessionAware; ownContainer?: HTMLElement }>();
  const keyOf = (props: MicroFrontendProps) => props.name ?? tag;
  let loading: Promise<unknown> | undefined;
  return {
    async bootstrap() {
      // Once, however many applications share these lifecycles; a failed load may be tried again.
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      await loading;
    },
    async mount(props) {
      const { container, created } = findContainer(props);
      const element = document.createElement(tag) as SessionAware;
      applyProps(element, props);
      container.replaceChildren(element);
      const key = keyOf(props);
      const ownedBefore = mounted.get(key)?.ownContainer === container;
      mounted.set(key, { element, ownContainer: created || ownedBefore ? container : undefined });
    },
    async update(props) {
      const entry = mounted.get(keyOf(props));
      if (entry) applyProps(entry.element, props);
    },
    async unmount(props) {
      const key = keyOf(props);
      const entry = mounted.get(key);
      mounted.delete(key);
      entry?.element.remove();
      // A container this helper made up is removed too; one from the layout or the host stays.
      if (entry?.ownContainer && entry.ownContainer.childElementCount === 0) entry.ownContainer.remove();
    },
  };
}
