import { waitUntil } from '@open-wc/testing';

/** Text as a sighted reader sees it, through nested shadow roots, white space folded. */
export function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    const element = n as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

/** The first element matching `selector` in the tree, looking inside shadow roots. */
export function deepQuery<T extends Element>(root: ParentNode, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface Updatable extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

/** Waits until the element has left its loading state and its children have rendered. */
export async function settle(el: Updatable, timeout = 8000): Promise<void> {
  await waitUntil(() => !el.hasAttribute('aria-busy'), `${el.localName} stayed busy`, { timeout });
  await el.updateComplete;
  for (const child of el.shadowRoot?.querySelectorAll<Updatable>('*') ?? []) {
    if (child.updateComplete) await child.updateComplete;
  }
}

/**
 * Resolves once `find()` gives something, checking after every change in `root`'s subtree (a
 * MutationObserver, no polling); rejects after `timeout` ms. It keeps nothing it found reachable
 * afterwards (unlike a polling wait that holds its last result in a timer).
 */
export function whenPresent(root: Node, find: () => unknown, timeout = 8000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (find()) return resolve();
    const observer = new MutationObserver(() => {
      if (!find()) return;
      done();
      resolve();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`whenPresent: nothing found within ${timeout} ms`));
    }, timeout);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * The language `node` is read in: its own `lang` or the nearest one around it, looking out through
 * shadow roots to the page, as the browser and a screen reader do ('' when nothing sets one).
 */
export function languageOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const withLang = element.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The innermost element in `root` (through shadow roots) whose text, white space folded, includes `text`. */
export function elementWithText(root: Node, text: string): Element | null {
  const search = (node: Node): Element | null => {
    if (!deepText(node).includes(text)) return null;
    const children = [...((node as Element).shadowRoot?.children ?? []), ...((node as ParentNode).children ?? [])];
    for (const child of children) {
      const found = search(child);
      if (found) return found;
    }
    return node instanceof Element ? node : null;
  };
  return search(root);
}

/** The language the shown text `text` is read in inside `root` (see `languageOf`); throws when it is not shown. */
export function languageOfText(root: Node, text: string): string {
  const element = elementWithText(root, text);
  if (!element) throw new Error(`"${text}" is not shown`);
  return languageOf(element);
}
