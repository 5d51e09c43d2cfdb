// What the forced-colours, zoom and text-spacing suite looks at, as plain functions over the
// rendered shadow trees. Every check returns the problems it found (one line each, naming the
// element), so a failing test says what and where.
import { sendKeys } from '@web/test-runner-commands';
import { allElements } from '../reliability/support.js';
import { describeTarget } from '@hn-elements/test-support/target-size.js';

export { allElements };

// ---------------------------------------------------------------------------------------------
// Colours.

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return [0, 0, 0, 0];
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

const visibleColour = (value: string) => parseColour(value)[3] > 0;
const sameRgb = (a: string, b: string) => parseColour(a).slice(0, 3).join() === parseColour(b).slice(0, 3).join();

/** The computed value of a CSS colour keyword (a system colour) in the current mode. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const SURFACES = ['Canvas', 'ButtonFace', 'Field'];
const SYSTEM = [...SURFACES, 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonText', 'ButtonBorder', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** The element the flat tree puts above this one (slot, parent, or the shadow host). */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The background the element is painted on: the nearest ancestor's opaque-enough background. */
function backdrop(element: Element): string {
  for (let node = flatParent(element); node; node = flatParent(node)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (visibleColour(colour)) return colour;
  }
  return getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? systemColour('Canvas') : getComputedStyle(document.body).backgroundColor;
}

// ---------------------------------------------------------------------------------------------
// Describing elements.

/** `<hn-inbox> button.item[aria-current="true"] "Prøvesvar …"`: enough to find it (the target-size check's own describer). */
export const nameOf = describeTarget;

/** Rendered, at least 2 × 2 px, and not the 1 px visually-hidden pattern. */
export function isRendered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'contents';
}

// ---------------------------------------------------------------------------------------------
// Boundaries.

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

function borderSide(style: CSSStyleDeclaration, side: (typeof SIDES)[number]): boolean {
  const s = style as unknown as Record<string, string>;
  return parseFloat(s[`border${side}Width`] ?? '0') > 0 && !['none', 'hidden'].includes(s[`border${side}Style`] ?? 'none') && visibleColour(s[`border${side}Color`] ?? '');
}

const fullBorder = (style: CSSStyleDeclaration) => SIDES.every((side) => borderSide(style, side));
const outline = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && visibleColour(style.outlineColor);

/**
 * In the current (normal) mode: the rendered elements whose box is drawn, by a background colour
 * that differs from what is around it or by a border on every side: buttons, chips, badges,
 * notices, cards, selected rows, the dialog. Each must keep a visible shape in forced colours,
 * where every background is painted the same.
 */
export function drawnBoxes(scope: Element): Element[] {
  return allElements(scope).filter((element) => {
    if (!isRendered(element)) return false;
    const style = getComputedStyle(element);
    const ownBackground = visibleColour(style.backgroundColor) && !sameRgb(style.backgroundColor, backdrop(element));
    return ownBackground || fullBorder(style);
  });
}

/** A border on every side, or an outline, in a colour that differs from what it is drawn on. */
function visibleBoundary(element: Element): boolean {
  const style = getComputedStyle(element);
  const s = style as unknown as Record<string, string>;
  const behind = backdrop(element);
  const shows = (width: string, kind: string, colour: string) => parseFloat(width) > 0 && !['none', 'hidden'].includes(kind) && visibleColour(colour) && !sameRgb(colour, behind);
  return (
    SIDES.every((side) => shows(s[`border${side}Width`] ?? '', s[`border${side}Style`] ?? '', s[`border${side}Color`] ?? '')) ||
    shows(style.outlineWidth, style.outlineStyle, style.outlineColor)
  );
}

/**
 * In forced colours: each of the given elements still shows its extent, by a border on every side
 * or an outline that differs from what it is drawn on, or by a background in a system colour that
 * is not one of the surface colours (a marker such as the inbox's unread dot painted in CanvasText).
 */
export function missingBoundaries(elements: Element[]): string[] {
  const surfaces = SURFACES.map(systemColour);
  return elements
    .filter((element) => element.isConnected && isRendered(element))
    .filter((element) => {
      if (visibleBoundary(element)) return false;
      const background = getComputedStyle(element).backgroundColor;
      return !(visibleColour(background) && !surfaces.some((surface) => sameRgb(surface, background)) && !sameRgb(background, backdrop(element)));
    })
    .map((element) => `no boundary in forced colours: ${nameOf(element)}`);
}

// ---------------------------------------------------------------------------------------------
// Focus.

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Every control a keyboard user can reach (or a roving list moves to) in the scope's trees. */
export function controls(scope: Element): HTMLElement[] {
  return allElements(scope).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && element.matches(FOCUSABLE) && !element.matches(':disabled') && element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const boxOf = (style: CSSStyleDeclaration) =>
  SIDES.map((side) => {
    const s = style as unknown as Record<string, string>;
    return `${s[`border${side}Width`]} ${s[`border${side}Style`]} ${s[`border${side}Color`]}`;
  }).join('|');

/**
 * Focuses each control (after a real key press, so the browser treats focus as keyboard focus)
 * and requires `:focus-visible` and a visible indicator: an outline with a width, a style and a
 * colour that differs from what it is drawn on, or a border that changes on focus.
 */
export async function missingFocusIndicators(scope: Element): Promise<string[]> {
  const problems: string[] = [];
  // A real key press: from here on the browser counts focus as keyboard focus.
  await sendKeys({ press: 'Tab' });
  for (const control of controls(scope)) {
    (deepActive() as HTMLElement | null)?.blur?.();
    const before = boxOf(getComputedStyle(control));
    control.focus();
    if (deepActive() !== control) {
      problems.push(`cannot be focused: ${nameOf(control)}`);
      continue;
    }
    if (!control.matches(':focus-visible')) {
      problems.push(`focus is not :focus-visible (keyboard focus expected): ${nameOf(control)}`);
      continue;
    }
    const style = getComputedStyle(control);
    // An outline drawn inside the box (negative offset) is seen on the control's own background.
    const inside = parseFloat(style.outlineOffset) < 0 && visibleColour(style.backgroundColor);
    const ringShows = outline(style) && !sameRgb(style.outlineColor, inside ? style.backgroundColor : backdrop(control));
    const borderChanges = boxOf(style) !== before;
    if (!ringShows && !borderChanges) {
      problems.push(`no visible focus indicator (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}): ${nameOf(control)}`);
    }
  }
  (deepActive() as HTMLElement | null)?.blur?.();
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Selected, current and pressed state.

const STATE = [
  { attribute: 'aria-pressed', on: (v: string | null) => v === 'true', off: (v: string | null) => v === 'false' },
  { attribute: 'aria-selected', on: (v: string | null) => v === 'true', off: (v: string | null) => v === 'false' },
  { attribute: 'aria-current', on: (v: string | null) => v !== null && v !== 'false', off: (v: string | null) => v === null || v === 'false' },
];

/**
 * What sets two elements apart other than colour: which borders and outline are there to see (a
 * line in the colour of what it is drawn on counts as none, as it does to the eye), and the weight,
 * style and decoration of the text.
 */
function shape(element: Element): string[] {
  const style = getComputedStyle(element);
  const s = style as unknown as Record<string, string>;
  const behind = visibleColour(style.backgroundColor) ? style.backgroundColor : backdrop(element);
  const line = (width: string, kind: string, colour: string) =>
    parseFloat(width) > 0 && !['none', 'hidden'].includes(kind) && visibleColour(colour) && !sameRgb(colour, behind) ? `${width} ${kind}` : 'none';
  return [
    `outline ${line(style.outlineWidth, style.outlineStyle, style.outlineColor)}`,
    ...SIDES.map((side) => `${side} ${line(s[`border${side}Width`] ?? '', s[`border${side}Style`] ?? '', s[`border${side}Color`] ?? '')}`),
    `weight ${style.fontWeight}`,
    `style ${style.fontStyle}`,
    `decoration ${style.textDecorationLine}`,
  ];
}

/**
 * For every element whose state is on (pressed, selected, current), a peer of the same kind whose
 * state is off must look different in forced colours by more than colour: a border, an outline,
 * the weight or decoration of its text. Returns the problems and how many pairs were compared.
 */
export function stateByColourOnly(scope: Element): { problems: string[]; compared: number } {
  const problems: string[] = [];
  let compared = 0;
  const elements = allElements(scope).filter(isRendered);
  for (const { attribute, on, off } of STATE) {
    for (const element of elements.filter((e) => e.hasAttribute(attribute) && on(e.getAttribute(attribute)))) {
      const kind = [...element.classList].filter((c) => !/--/.test(c)).join('.');
      const peer = elements.find(
        (other) =>
          other !== other.ownerDocument.body &&
          other.getRootNode() === element.getRootNode() &&
          other.localName === element.localName &&
          [...other.classList].filter((c) => !/--/.test(c)).join('.') === kind &&
          off(other.getAttribute(attribute)),
      );
      if (!peer) continue;
      compared += 1;
      if (shape(element).join() === shape(peer).join()) {
        problems.push(`${attribute} shown by colour alone in forced colours: ${nameOf(element)} vs ${nameOf(peer)}`);
      }
    }
  }
  return { problems, compared };
}

// ---------------------------------------------------------------------------------------------
// forced-color-adjust: none.

/**
 * Elements that opt out of forced colours keep their own colours; that is only safe when text and
 * what it sits on are both system colours and not the same one. Anything else disappears or
 * clashes with the citizen's theme.
 */
export function unsafeColourOptOuts(scope: Element): string[] {
  const system = SYSTEM.map(systemColour);
  const isSystem = (value: string) => system.some((colour) => sameRgb(colour, value));
  return allElements(scope)
    .filter((element) => isRendered(element) && getComputedStyle(element).getPropertyValue('forced-color-adjust') === 'none')
    .filter((element) => {
      const style = getComputedStyle(element);
      const background = visibleColour(style.backgroundColor) ? style.backgroundColor : backdrop(element);
      return !isSystem(style.color) || !isSystem(background) || sameRgb(style.color, background);
    })
    .map((element) => `forced-color-adjust: none with colours of its own: ${nameOf(element)}`);
}

// ---------------------------------------------------------------------------------------------
// Text spacing (WCAG 1.4.12).

/** The override WCAG 1.4.12 names, as the usual bookmarklet applies it, for one tree. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Puts the override into the document and into every shadow root under `scope`. Returns the undo. */
export function applyTextSpacing(scope: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const roots: (Document | ShadowRoot)[] = [document, ...allElements(scope).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const CLIPS = ['hidden', 'clip'];

/** Elements that hold text, clip their overflow, and have more content than they show. */
export function clippedText(scope: Element): Element[] {
  return allElements(scope).filter((element) => {
    if (!isRendered(element) || !(element.textContent ?? '').trim()) return false;
    const style = getComputedStyle(element);
    const clipsY = CLIPS.includes(style.overflowY);
    const clipsX = CLIPS.includes(style.overflowX);
    if (!clipsX && !clipsY) return false;
    return (clipsY && element.scrollHeight > element.clientHeight + 1) || (clipsX && element.scrollWidth > element.clientWidth + 1);
  });
}

/** Lets layout, ResizeObservers and a virtualiser's re-measuring run. */
export const frames = async (count = 3) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};
