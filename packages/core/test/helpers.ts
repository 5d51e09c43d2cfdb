import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { Representation, Session } from '../src/session.js';

export const KARI = { reference: 'Patient/kari', name: 'Kari Nordmann' };
export const PER = { reference: 'Patient/per', name: 'Per Nordmann' };
export const OLA = { reference: 'Patient/ola', name: 'Ola Nordmann' };

export function session(overrides: Partial<Session> = {}): Session {
  return {
    patient: KARI,
    actor: KARI,
    locale: 'nb',
    sources: [],
    handoff: { allowedOrigins: [] },
    ...overrides,
  };
}

export function onBehalfOf(person = PER, relation: Representation['relation'] = 'parent', overrides: Partial<Session> = {}): Session {
  return session({ patient: person, representation: { person, relation, scopes: ['appointments', 'inbox'] }, ...overrides });
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name for an element, for assertion messages. */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const id = element.id ? `#${element.id}` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${element.localName}${id}> "${text}"`;
}

// Assertions on elements go through strings: when chai reports a failure with a live element as
// `actual`, the test runner's serialiser walks the whole DOM graph and the run hangs.

/** Asserts that two element references are the same element. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, message?: string): void {
  if (actual === expected) return;
  const a = describeElement(actual);
  const e = describeElement(expected);
  throw new Error(`${message ? `${message}: ` : ''}expected ${a} to be ${e}${a === e ? ' (a different element with the same text)' : ''}`);
}

/** Asserts that two lists hold the same elements in the same order. */
export function expectSameList(actual: ReadonlyArray<Element | null | undefined>, expected: ReadonlyArray<Element | null | undefined>, message?: string): void {
  if (actual.length === expected.length && actual.every((element, index) => element === expected[index])) return;
  throw new Error(`${message ? `${message}: ` : ''}expected [${actual.map(describeElement).join(', ')}] to be [${expected.map(describeElement).join(', ')}]`);
}

/** Asserts that nothing in `root` matches `selector`. */
export function expectNone(root: ParentNode, selector: string): void {
  const found = root.querySelector(selector);
  if (found) throw new Error(`expected no ${selector}, found ${describeElement(found)}`);
}

/** A node of the browser's accessibility tree, as `a11ySnapshot` returns it. */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
  focused?: boolean;
  disabled?: boolean;
}

/**
 * The page's accessibility tree, or undefined when the runner cannot give one (the stock
 * a11ySnapshotPlugin is broken with Playwright >= 1.57; ax-tree-plugin.mjs is the fix).
 */
export async function axTree(): Promise<AxNode | undefined> {
  try {
    return (await a11ySnapshot({})) as unknown as AxNode;
  } catch (error) {
    if (/a11y-snapshot/.test(String(error))) return undefined;
    throw error;
  }
}

export function findAx(tree: AxNode, test: (node: AxNode) => boolean): AxNode | undefined {
  return findAccessibilityNode<AxNode>(tree, test) ?? undefined;
}
