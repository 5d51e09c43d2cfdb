/** The focused element, followed through open shadow roots to the innermost one; null when none. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when focus is nowhere in particular: on the page's `<body>` or `<html>`, or on nothing. */
export function focusIsLost(doc: Document = document): boolean {
  const active = deepActiveElement(doc);
  return active === null || active === doc.body || active === doc.documentElement;
}
