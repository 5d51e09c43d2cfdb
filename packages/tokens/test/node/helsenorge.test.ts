// The tokens against Helsenorge's own design system (@helsenorge/designsystem-react, a dev
// dependency): its SCSS is parsed here, so a drift on either side fails. Colours: every ramp value;
// typeface: the family stack and the weights shipped; type scale, line heights, spacing and
// breakpoints where the names correspond (the mapping is in packages/tokens/README.md).
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect } from 'chai';
import { fontFaceCss, fontFamily } from '../../src/fonts.js';

// The font files scripts/generate.mjs copies to dist/fonts (a script without types: imported by URL).
const generateScript = new URL('../../../../scripts/generate.mjs', import.meta.url).href;
const { FONT_FILES } = (await import(generateScript)) as { FONT_FILES: readonly string[] };

const require = createRequire(import.meta.url);
// The package's exports name neither package.json nor scss/: find the folder Node resolves it from.
const SCSS = join(dirname(require.resolve('@helsenorge/designsystem-react')), '..', 'scss');
const scss = (name: string) => readFileSync(join(SCSS, name), 'utf8');

interface Leaf {
  $value?: string;
}
type Tree = { [key: string]: Tree | Leaf | string };
const tokens = JSON.parse(readFileSync(new URL('../../src/tokens.json', import.meta.url), 'utf8')) as Tree;
const value = (node: Tree | Leaf | string | undefined): string => {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && typeof node.$value === 'string') return node.$value;
  throw new Error(`not a token: ${JSON.stringify(node)}`);
};
const group = (...path: string[]) => path.reduce((node, key) => node[key] as Tree, tokens);

/** `$name: value;` at the start of a line, for every variable of a SCSS file. */
function variables(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^\$([\w-]+):\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The entries of a SCSS map `$name: ( key: value, ... );`. */
function scssMap(text: string, name: string): Map<string, string> {
  const body = new RegExp(`\\$${name}:\\s*\\(([^;]*?)\\);`, 'm').exec(text)?.[1];
  if (!body) throw new Error(`no map $${name}`);
  return new Map([...body.matchAll(/^\s*([\w-]+):\s*([^,\n]+),?\s*$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

const rem = (v: string) => {
  const m = /^(\d*\.?\d+)rem$/.exec(v);
  if (!m) throw new Error(`${v} is not in rem`);
  return Number(m[1]);
};

describe('tokens equal Helsenorge', () => {
  const palette = variables(scss('_palette.scss'));
  const ramps = new Map<string, Map<string, string>>();
  for (const [name, hex] of palette) {
    const m = /^([a-z]+)(50|[1-9]00)$/.exec(name);
    if (!m || !/^#[0-9a-f]{6}$/i.test(hex)) continue;
    if (!ramps.has(m[1]!)) ramps.set(m[1]!, new Map());
    ramps.get(m[1]!)!.set(m[2]!, hex.toLowerCase());
  }

  it('parses Helsenorge\'s six ramps of ten shades', () => {
    expect([...ramps.keys()].sort()).to.deep.equal(['banana', 'blueberry', 'cherry', 'kiwi', 'neutral', 'plum']);
    for (const shades of ramps.values()) expect(shades.size).to.equal(10);
  });

  it('every ramp value is Helsenorge\'s palette value, and every shade of its palette is a token', () => {
    const differences: string[] = [];
    for (const [ramp, shades] of ramps) {
      const ours = group('color', ramp);
      expect(ours, `color.${ramp}`).to.be.an('object');
      for (const [shade, hex] of shades) {
        const mine = ours[shade] === undefined ? 'missing' : value(ours[shade]).toLowerCase();
        if (mine !== hex) differences.push(`color.${ramp}.${shade}: ${mine}, Helsenorge $${ramp}${shade}: ${hex}`);
      }
      for (const shade of Object.keys(ours).filter((k) => !k.startsWith('$'))) {
        if (!shades.has(shade)) differences.push(`color.${ramp}.${shade} is not a shade of Helsenorge's $${ramp}`);
      }
    }
    expect(differences).to.deep.equal([]);
  });

  it('white and black are Helsenorge\'s', () => {
    const hex6 = (v: string) => (v.length === 4 ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v).toLowerCase();
    expect(value(group('color').white)).to.equal(hex6(palette.get('white')!));
    expect(value(group('color').black)).to.equal(hex6(palette.get('black')!));
  });

  it('the font family is Source Sans 3 (shipped), then Helsenorge\'s body font stack', () => {
    const body = /font-family:\s*([^;]+);/.exec(scss('_body.scss'))?.[1];
    expect(body, "font-family in Helsenorge's _body.scss").to.be.a('string');
    const families = (list: string) => list.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    expect(families(value(group('font').family))).to.deep.equal([fontFamily, ...families(body!)]);
    expect(fontFamily).to.equal('Source Sans 3');
  });

  it('ships the weights Helsenorge uses for text, in woff2, with font-display: swap', () => {
    const helsenorgeWeights = new Set([...scss('_fonts.scss').matchAll(/font-style:\s*normal;\s*font-weight:\s*(\d+)/g)].map((m) => Number(m[1])));
    const css = fontFaceCss();
    const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1]!);
    expect(faces.length).to.equal(FONT_FILES.length);
    const weights = new Set(faces.map((f) => Number(/font-weight: (\d+)/.exec(f)![1])));
    expect([...weights].sort()).to.deep.equal([400, 600, 700]);
    for (const w of weights) expect(helsenorgeWeights.has(w), `weight ${w}`).to.equal(true);
    // The weights the tokens name are the ones shipped.
    expect(Object.values(group('font', 'weight')).map((w) => Number(value(w))).sort()).to.deep.equal([400, 600, 700]);
    for (const f of faces) {
      expect(f).to.contain(`font-family: "${fontFamily}"`);
      expect(f).to.contain('font-display: swap');
      expect(f).to.match(/format\("woff2"\)/);
    }
    // Every file generate.mjs copies is one a face asks for, and the other way round.
    const urls = faces.map((f) => /url\("([^"]+)"\)/.exec(f)![1]!.split('/').pop()).sort();
    expect(urls).to.deep.equal([...FONT_FILES].sort());
  });

  it('font sizes xs..lg are Helsenorge\'s, and with their line heights give Helsenorge\'s line heights', () => {
    const settings = variables(scss('_font-settings.scss'));
    for (const size of ['xs', 'sm', 'md', 'lg']) {
      const theirs = rem(settings.get(`font-size-${size}`)!);
      const ours = rem(value(group('font', 'size')[size]));
      expect(ours, `font.size.${size}`).to.equal(theirs);
      const lineHeight = Number(value(group('line-height')[size]));
      expect(lineHeight * ours, `line-height.${size} x font.size.${size}`).to.be.closeTo(rem(settings.get(`lineheight-size-${size}`)!), 0.005);
    }
  });

  it('xl and 2xl are Helsenorge\'s title3 and title2 from md up', () => {
    const mixins = scss('_font-mixins.scss');
    const desktop = (title: string) => {
      const block = new RegExp(`@mixin ${title} \\{[\\s\\S]*?@media[^{]*\\{\\s*font-size:\\s*([\\d.]+rem);\\s*line-height:\\s*([\\d.]+rem);`).exec(mixins);
      if (!block) throw new Error(`no @mixin ${title}`);
      return { size: rem(block[1]!), lineHeight: rem(block[2]!) };
    };
    for (const [size, title] of [['xl', 'title3'], ['2xl', 'title2']] as const) {
      const theirs = desktop(title);
      const ours = rem(value(group('font', 'size')[size]));
      expect(ours, `font.size.${size}`).to.equal(theirs.size);
      expect(Number(value(group('line-height')[size])) * ours, `line-height.${size}`).to.be.closeTo(theirs.lineHeight, 0.005);
    }
  });

  it('spacing: --hn-space-N is Helsenorge\'s spacer N + 1', () => {
    const spacers = scssMap(scss('_spacers.scss'), 'spacers');
    const base = rem(variables(scss('_spacers.scss')).get('spacer')!);
    const spacer = (n: number) => {
      const expr = spacers.get(String(n))!;
      const m = /^\$spacer \* ([\d.]+)$/.exec(expr);
      if (!m) throw new Error(`spacer ${n}: ${expr}`);
      return base * Number(m[1]);
    };
    for (const [n, v] of Object.entries(group('space')).filter(([k]) => !k.startsWith('$'))) {
      expect(rem(value(v)), `space.${n}`).to.equal(spacer(Number(n) + 1));
    }
  });

  it('breakpoints are Helsenorge\'s grid breakpoints', () => {
    const grid = scssMap(scss('_breakpoints.scss'), 'grid-breakpoints');
    const theirs = Object.fromEntries([...grid].filter(([, v]) => v !== '0').map(([k, v]) => [k, v]));
    const ours = Object.fromEntries(Object.entries(group('breakpoint')).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, value(v)]));
    expect(ours).to.deep.equal(theirs);
  });
});
