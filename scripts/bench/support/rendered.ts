// When a mounted element counts as rendered: it shows something other than its loading state
// (content in its shadow root, no aria-busy), what `ready` names is there (a virtualised list puts
// its rows in a frame after its own first render), and style and layout are done. The frame that
// then shows it is not waited for.

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Nodes in a tree, through open shadow roots. */
export function deepNodeCount(node: Node): number {
  let count = 1;
  if (node instanceof Element && node.shadowRoot) count += deepNodeCount(node.shadowRoot);
  for (const child of node.childNodes) count += deepNodeCount(child);
  return count;
}

function isRendered(el: Updatable, ready: string | undefined): boolean {
  const root = el.shadowRoot;
  if (!root) return true;
  return Boolean(root.firstElementChild) && !el.hasAttribute('aria-busy') && (!ready || Boolean(root.querySelector(ready)));
}

/** Resolves with the moment the element was rendered as above. */
export async function rendered(element: Element | null | undefined, ready?: string): Promise<number> {
  if (!element) throw new Error('nothing was mounted');
  const el = element as Updatable;
  await el.updateComplete;
  while (!isRendered(el, ready)) {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el, { attributes: true });
      if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true });
    });
    await el.updateComplete;
  }
  el.getBoundingClientRect(); // style and layout of the whole document
  return performance.now();
}
