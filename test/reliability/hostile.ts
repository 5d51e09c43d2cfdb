// Hostile HTML and URLs, placed in every text field a component reads. Each payload that runs
// sets a global trap, so a test can tell whether anything executed.

export const TRAP = '__hnPwned';

const set = (n: number) => `window.${TRAP}=${n}`;

export const HOSTILE_STRINGS: string[] = [
  `<script>${set(1)}</script>`,
  `<img src=x onerror="${set(2)}">`,
  `<svg><script>${set(3)}</script></svg>`,
  `<svg onload="${set(4)}"></svg>`,
  `<iframe srcdoc="<script>parent.${set(5)}</script>"></iframe>`,
  `<a href="javascript:${set(6)}">klikk</a>`,
  `<a href="JaVaScRiPt&colon;${set(7)}">klikk</a>`,
  `<a href="data:text/html,<script>${set(8)}</script>">klikk</a>`,
  `<object data="javascript:${set(9)}"></object>`,
  `<embed src="javascript:${set(10)}">`,
  `<form action="javascript:${set(11)}"><button>send</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${set(12)}">`,
  `<base href="javascript:${set(13)}//">`,
  `<div style="background:url(javascript:${set(14)})">x</div>`,
  `<math><mi xlink:href="javascript:${set(15)}">x</mi></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${set(16)}>">`,
  `<template><img src=x onerror="${set(17)}"></template>`,
  `<details open ontoggle="${set(18)}">x</details>`,
  `<input autofocus onfocus="${set(19)}">`,
  `<img name="getElementById" id="cookie" src=x onerror="${set(20)}">`,
  `"><img src=x onerror=${set(21)}>`,
  `javascript:${set(22)}`,
];

/** Every string the component shows, replaced by a hostile one (cycling through the corpus). */
export function poison(value: unknown, next: () => string, key = ''): unknown {
  if (typeof value === 'string') {
    // Keep what the models need to accept the resource at all; poison everything people read.
    if (['resourceType', 'id', 'status', 'system', 'code', 'url', 'contentType', 'reference', 'start', 'end', 'sent', 'date', 'recorded', 'authoredOn', 'data', 'intent', 'kind', 'docStatus', 'valueCode', 'instantiatesCanonical', 'relation', 'mode', 'type'].includes(key)) {
      return value;
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
    return next();
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, next, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = poison(v, next, k);
    return out;
  }
  return value;
}

/** Every node in the element's tree, through shadow roots. */
export function allNodes(root: Node): Element[] {
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

/** What must never survive rendering: script, handlers, frames with srcdoc, javascript: or data: links. */
export function dangerousNodes(root: Node): string[] {
  const problems: string[] = [];
  for (const element of allNodes(root)) {
    const name = element.localName;
    if (['script', 'object', 'embed', 'base', 'meta', 'form'].includes(name)) problems.push(`<${name}>`);
    if (name === 'iframe' && element.hasAttribute('srcdoc')) problems.push('<iframe srcdoc>');
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`${name}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name.toLowerCase()) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        // A blob: or https: document URL is fine; a data: URL is never made from source data.
        problems.push(`${name}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
      }
    }
  }
  return problems;
}
