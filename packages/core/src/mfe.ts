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

function findContainer(props: MicroFrontendProps): HTMLElement {
  if (props.domElement) return props.domElement;
  const name = props.name ?? '';
  const byLayout = document.getElementById(`single-spa-application:${name}`);
  if (byLayout) return byLayout;
  const fallback = document.createElement('div');
  fallback.id = `single-spa-application:${name}`;
  document.body.append(fallback);
  return fallback;
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
  const mounted = new Map<string, SessionAware>();
  const keyOf = (props: MicroFrontendProps) => props.name ?? tag;
  return {
    async bootstrap() {
      await load();
    },
    async mount(props) {
      const container = findContainer(props);
      const element = document.createElement(tag) as SessionAware;
      applyProps(element, props);
      container.replaceChildren(element);
      mounted.set(keyOf(props), element);
    },
    async update(props) {
      const element = mounted.get(keyOf(props));
      if (element) applyProps(element, props);
    },
    async unmount(props) {
      const key = keyOf(props);
      const element = mounted.get(key);
      mounted.delete(key);
      element?.remove();
    },
  };
}
