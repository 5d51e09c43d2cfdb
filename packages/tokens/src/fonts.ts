/**
 * Helsenorge's typeface, Source Sans 3 (the current name of Source Sans Pro), from the
 * @fontsource/source-sans-3 package: weights 400, 600 and 700 (what Helsenorge's components use),
 * latin and latin-ext subsets, woff2. `npm run generate` copies the files to
 * packages/tokens/dist/fonts (scripts/generate.mjs, FONT_FILES) and scripts/standalone.mjs copies
 * them beside every standalone.js.
 *
 * The URLs are relative to this module: '../dist/fonts/' from src/fonts.ts (Vite dev server, test
 * runners) and from dist/index.js (the built package, standalone.js) is the same dist/fonts. They
 * are written out one by one, as literals, so that an application's bundler can pick the files up.
 * `@vite-ignore` keeps this repository's own builds from inlining or moving them; the library build
 * blanks it in dist/index.js (vite.config.ts, keepRelativeAssetUrls) for applications' bundlers.
 * A browser downloads only the faces the page's text needs (latin only for Norwegian and English).
 */

/** The family name adoptTokens() registers; --hn-font-family starts with it. */
export const fontFamily = 'Source Sans 3';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** The font files, resolved against this module when called (nothing runs at import). */
function fontFiles(): { weight: number; unicodeRange: string; url: URL }[] {
  return [
    { weight: 400, unicodeRange: LATIN_EXT, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-ext-400-normal.woff2', import.meta.url) },
    { weight: 600, unicodeRange: LATIN_EXT, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-ext-600-normal.woff2', import.meta.url) },
    { weight: 700, unicodeRange: LATIN_EXT, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-ext-700-normal.woff2', import.meta.url) },
    { weight: 400, unicodeRange: LATIN, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-400-normal.woff2', import.meta.url) },
    { weight: 600, unicodeRange: LATIN, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-600-normal.woff2', import.meta.url) },
    { weight: 700, unicodeRange: LATIN, url: new URL(/* @vite-ignore */ '../dist/fonts/source-sans-3-latin-700-normal.woff2', import.meta.url) },
  ];
}

/**
 * The `@font-face` rules of Source Sans 3 with absolute URLs (`font-display: swap`: text shows
 * at once in the fallback font). adoptTokens() puts them in the document's token sheet; a page that
 * styles its own text with --hn-font-family and uses no component can add them itself.
 */
export function fontFaceCss(): string {
  return fontFiles()
    .map(
      (f) =>
        `@font-face { font-family: "${fontFamily}"; font-style: normal; font-weight: ${f.weight}; font-display: swap; ` +
        `src: url("${f.url.href}") format("woff2"); unicode-range: ${f.unicodeRange}; }\n`,
    )
    .join('');
}
