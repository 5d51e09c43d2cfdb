// Fonts for `scripts/generate.mjs`: copied from the font package into packages/tokens/dist/fonts,
// where src/fonts.ts and the built dist/index.js both find them ('../dist/fonts/...' relative to
// either module). Written only when a file's bytes differ.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_PACKAGE = '@fontsource/source-sans-3';
/**
 * The font files the tokens package ships (packages/tokens/src/fonts.ts refers to each by name):
 * Source Sans 3 in the weights Helsenorge's components use, latin and latin-ext subsets, woff2 only.
 */
export const FONT_FILES = ['latin', 'latin-ext'].flatMap((subset) =>
  [400, 600, 700].map((weight) => `source-sans-3-${subset}-${weight}-normal.woff2`),
);

/**
 * Copies FONT_FILES into `<tokensDir>/dist/fonts`; returns how many it wrote. `fail(message)` makes
 * the error to throw; `rel(file)` names a file for it.
 * @param {string} tokensDir
 * @param {(message: string) => Error} fail
 * @param {(file: string) => string} rel
 */
export function copyFonts(tokensDir, fail, rel) {
  const FONTS_DIR = path.join(tokensDir, 'dist', 'fonts');
  const manifest = path.join(tokensDir, 'package.json');
  const declared = fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).dependencies?.[FONT_PACKAGE];
  if (!declared) return 0; // a fixture tree without the font dependency
  let files;
  try {
    files = path.join(path.dirname(createRequire(manifest).resolve(FONT_PACKAGE)), 'files');
  } catch {
    throw fail(`${rel(manifest)} depends on ${FONT_PACKAGE}, which is not installed (npm install)`);
  }
  let written = 0;
  for (const name of FONT_FILES) {
    const from = path.join(files, name);
    if (!fs.existsSync(from)) throw fail(`${FONT_PACKAGE} has no files/${name}`);
    const to = path.join(FONTS_DIR, name);
    const content = fs.readFileSync(from);
    if (fs.existsSync(to) && fs.readFileSync(to).equals(content)) continue;
    fs.mkdirSync(FONTS_DIR, { recursive: true });
    fs.writeFileSync(to, content);
    written++;
  }
  return written;
}
