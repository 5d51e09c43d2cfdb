// Target size (WCAG 2.5.8, held to 2.5.5's 44 × 44 CSS px, `--hn-target-size`): which interactive
// elements in a rendered tree are smaller. One rule for the page-wide check
// (test/accessibility/targets.test.ts) and for every story (.storybook/preview.ts). No test-runner
// imports here, so Storybook's preview can load it (`@hn-elements/test-support/target-size.js`).

/** 44 × 44 CSS px, less half a pixel for sub-pixel layout. */
export const MIN_TARGET = 44 - 0.5;

const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';

/** Every element under `root`, through open shadow roots. */
function elementsUnder(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Where an element is ("<hn-inbox> button.x "Svar""), for a report. */
export function describeTarget(element: Element): string {
  const hosts: string[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.unshift(`<${root.host.localName}>`);
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  const state = ['aria-current', 'aria-pressed', 'aria-selected'].map((a) => (element.hasAttribute(a) ? `[${a}="${element.getAttribute(a)}"]` : '')).join('');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${hosts.join(' ')} ${element.localName}${classes}${state}${text ? ` "${text}"` : ''}`.trim();
}

/** The box the citizen can click: a checkbox's or radio button's label, else the element itself. */
function targetBox(element: HTMLElement): DOMRect {
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    const label = element.labels?.[0];
    if (label) return label.getBoundingClientRect();
  }
  return element.getBoundingClientRect();
}

/**
 * A link inside a sentence (the criterion's "inline" exception): laid out inline, with words of
 * its own block beside it. Its height is the line's, as for every word around it.
 */
export function isInlineTextLink(element: HTMLElement): boolean {
  if (!(element instanceof HTMLAnchorElement) || getComputedStyle(element).display !== 'inline') return false;
  const block = element.parentElement;
  if (!block) return false;
  return [...block.childNodes].some((node) => node !== element && (node.textContent ?? '').trim().length > 0);
}

/**
 * Every interactive element shown in the scopes (not in an inert part, not hidden, not a link in a
 * sentence) that is smaller than 44 × 44, and how many were looked at.
 */
export function smallTargets(scopes: Element[]): { checked: number; small: string[] } {
  let checked = 0;
  const small: string[] = [];
  for (const scope of scopes) {
    for (const element of elementsUnder(scope)) {
      if (!(element instanceof HTMLElement) || !element.matches(INTERACTIVE)) continue;
      if (element.getClientRects().length === 0 || element.closest('[inert]') || isInlineTextLink(element)) continue;
      checked += 1;
      const box = targetBox(element);
      if (box.width < MIN_TARGET || box.height < MIN_TARGET) small.push(`${describeTarget(element)}: ${Math.round(box.width * 10) / 10} × ${Math.round(box.height * 10) / 10}`);
    }
  }
  return { checked, small };
}
