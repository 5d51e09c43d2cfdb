// What the controls layout test measures: every control of core's one set (buttons, fields,
// check boxes and radio buttons, toggles, expanders) found in the rendered shadow trees, by family,
// with the numbers a designer compares (height, radius, edge, where its label starts).
import { allElements, nameOf } from './checks.js';

export type Family = 'button' | 'field' | 'check' | 'toggle' | 'expander';

export interface Measured {
  family: Family;
  name: string;
  height: number;
  width: number;
  top: number;
  radius: string;
  borderWidth: string;
  borderColour: string;
  /** A button with a second line (a hand-off's "Du går til …"): taller by design. */
  twoLines: boolean;
  /** A check box's or radio button's label: its height, and how far the box's middle is from its first line's. */
  label?: { height: number; offCentre: number };
  /** An expander's chevron: drawn, and the angle it is turned by; whether the expander is open. */
  chevron?: { drawn: boolean; transform: string; open: boolean };
}

/** The inbox's and the journal's list rows and the journal's tabs are not controls of the set: they have their own look. */
const OWN_LOOK = '[role="tab"], button.item, .item-open';

/** The family of a control, or undefined for what is not one (a link in text, a list row). */
export function familyOf(element: Element): Family | undefined {
  if (element.matches('input[type="checkbox"], input[type="radio"]')) return 'check';
  if (element.matches('input:not([type="hidden"]), select')) return 'field';
  if (element.matches('summary, button[aria-expanded]:not(.button)')) return 'expander';
  if (element.matches('.toggle')) return 'toggle';
  if (element.matches('.button')) return 'button';
  return undefined;
}

/** Buttons (and links drawn as buttons) outside the set: a copy of a control a component drew itself. */
export function strayButtons(scopes: Element[]): string[] {
  return scopes
    .flatMap((scope) => allElements(scope))
    .filter((element) => element.matches('button') && element.getClientRects().length > 0 && !element.matches(OWN_LOOK) && !familyOf(element))
    .map(nameOf);
}

export function measure(scopes: Element[]): Measured[] {
  const found: Measured[] = [];
  for (const element of scopes.flatMap((scope) => allElements(scope))) {
    if (!(element instanceof HTMLElement) || element.getClientRects().length === 0 || element.closest('[inert]')) continue;
    const family = familyOf(element);
    if (!family) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    found.push({
      family,
      name: nameOf(element),
      height: box.height,
      width: box.width,
      top: box.top,
      radius: style.borderTopLeftRadius,
      borderWidth: style.borderTopWidth,
      borderColour: style.borderTopColor,
      twoLines: element.querySelector('.detail') !== null,
      label: family === 'check' ? checkLabel(element as HTMLInputElement) : undefined,
      chevron: family === 'expander' ? { ...indicator(element), open: isOpen(element) } : undefined,
    });
  }
  return found;
}

/** One line per value and the controls that have it: `48px: <hn-inbox> select, …`. */
export function spread(controls: Measured[], value: (c: Measured) => string): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const control of controls) {
    const key = value(control);
    by.set(key, [...(by.get(key) ?? []), control.name]);
  }
  return by;
}

/** The value of a custom property on the page, in px (a length such as 3rem resolved). */
export function lengthOf(property: string): number {
  const probe = document.createElement('div');
  probe.style.height = `var(${property})`;
  document.body.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}

/**
 * Fields side by side: for each row of fields (the same parent, their controls' tops within a
 * control's height), the labels that start at different heights, and the controls that do.
 */
export function misalignedRows(scopes: Element[]): string[] {
  const problems: string[] = [];
  const rows = new Map<Element, HTMLElement[]>();
  for (const element of scopes.flatMap((scope) => allElements(scope))) {
    if (!(element instanceof HTMLElement) || familyOf(element) !== 'field' || element.getClientRects().length === 0) continue;
    const parent = (element.closest('.field') ?? element).parentElement;
    if (parent) rows.set(parent, [...(rows.get(parent) ?? []), element]);
  }
  for (const row of rows.values()) {
    const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
    const first = row[0]!.getBoundingClientRect();
    const line = row.filter((element) => Math.abs(element.getBoundingClientRect().top - first.top) < first.height);
    if (line.length < 2) continue;
    const names = line.map(nameOf).join(' | ');
    const tops = line.map(top);
    const labelTops = line.map((element) => top((element as HTMLInputElement).labels?.[0] ?? element));
    if (new Set(tops).size > 1) problems.push(`controls start at ${tops.join(', ')} px: ${names}`);
    if (new Set(labelTops).size > 1) problems.push(`labels start at ${labelTops.join(', ')} px: ${names}`);
  }
  return problems;
}

function checkLabel(input: HTMLInputElement): { height: number; offCentre: number } | undefined {
  const label = input.labels?.[0];
  if (!label) return undefined;
  const text = [...label.querySelectorAll('span')].find((span) => span.getClientRects().length > 0);
  const box = input.getBoundingClientRect();
  const line = text?.getClientRects()[0];
  const offCentre = line ? Math.abs(box.top + box.height / 2 - (line.top + line.height / 2)) : 0;
  return { height: label.getBoundingClientRect().height, offCentre };
}

const isOpen = (element: Element) => (element.localName === 'summary' ? (element.parentElement as HTMLDetailsElement).open : element.getAttribute('aria-expanded') === 'true');

/** An expander's indicator: its ::after drawn with borders (a chevron), and the angle it is turned by. */
export function indicator(element: Element): { drawn: boolean; transform: string } {
  const after = getComputedStyle(element, '::after');
  const drawn = after.content !== 'none' && parseFloat(after.width) > 0 && parseFloat(after.borderBottomWidth) > 0;
  return { drawn, transform: after.transform };
}
