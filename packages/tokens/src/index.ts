import { unsafeCSS, type CSSResult } from 'lit';
import { tokensCssText } from './generated/tokens.js';
import { fontFaceCss, fontFamily } from './fonts.js';

export { fontFamily, fontFaceCss } from './fonts.js';

export {
  tokens,
  tokenList,
  breakpoints,
  mediaQueries,
  tokenModes,
  contrastChecks,
  tokensCssText,
  type TokenEntry,
  type TokenName,
  type TokenPath,
} from './generated/tokens.js';

/**
 * The token custom properties as a Lit `CSSResult` (`:where(:root) { --hn-*: ... }`).
 * For documents; inside a shadow root `:root` matches nothing, so use `adoptTokens()` instead.
 */
export const tokenStyles: CSSResult = unsafeCSS(tokensCssText);

/** Attribute set on the fallback `<style>` element in documents without constructable stylesheets. */
const STYLE_MARKER = 'data-hn-tokens';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Set on a document by the first copy of this module that declares the font there. Several copies
 * can share a page (every standalone.js bundles one), each with its own font URLs: a second set of
 * the same faces would download every file again.
 */
const FONTS_DECLARED = Symbol.for('hn-elements.tokens.fonts');

/** Whether this call is the one to declare the font in `doc`: not yet declared by any copy, nor by the page. */
function declaresFonts(doc: Document): boolean {
  const marked = doc as Document & { [FONTS_DECLARED]?: boolean };
  if (marked[FONTS_DECLARED]) return false;
  marked[FONTS_DECLARED] = true;
  // A page that loads the family itself (its own @font-face) keeps its faces.
  for (const face of doc.fonts ?? []) if (face.family.replace(/^["']|["']$/g, '') === fontFamily) return false;
  return true;
}

/** The document sheet: Source Sans 3's `@font-face` rules (unless declared already), then the tokens. */
const documentCss = (doc: Document) => (declaresFonts(doc) ? fontFaceCss() : '') + tokensCssText;

/**
 * Adds the token stylesheet to a document once. Safe to call any number of times (every
 * element calls it on connect): a document gets one sheet, and it is added again only if
 * something removed it from `adoptedStyleSheets`. The sheet also declares Source Sans 3
 * (`@font-face`, `font-display: swap`), so the font loads once per page, not once per component,
 * and only when text uses it; not when another copy of this package, or the page itself, has
 * declared the family in the document already.
 *
 * The rules use `:where(:root)` (specificity 0), so any `:root { --hn-...: ... }` in the page
 * overrides a token.
 *
 * @param doc The document to style; defaults to the global `document`. Pass
 *   `element.ownerDocument` for elements that may live in another document (an iframe).
 * @returns true when the sheet was added by this call, false when it was there already or
 *   there is no document (server-side rendering).
 */
export function adoptTokens(doc?: Document): boolean {
  const target = doc ?? (typeof document === 'undefined' ? undefined : document);
  if (!target) return false;

  const view = target.defaultView;
  if (view && 'adoptedStyleSheets' in target && 'replaceSync' in view.CSSStyleSheet.prototype) {
    let sheet = sheets.get(target);
    if (!sheet) {
      // A constructed sheet may only be adopted by a document of the realm that constructed it.
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(documentCss(target));
      sheets.set(target, sheet);
    }
    if (target.adoptedStyleSheets.includes(sheet)) return false;
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return true;
  }

  // Fallback for documents without constructable stylesheets: one <style>, first in <head>
  // so that the page's own stylesheets come later in the cascade.
  if (target.querySelector(`style[${STYLE_MARKER}]`)) return false;
  const style = target.createElement('style');
  style.setAttribute(STYLE_MARKER, '');
  style.textContent = documentCss(target);
  const parent = target.head ?? target.documentElement;
  if (!parent) return false;
  parent.prepend(style);
  return true;
}
