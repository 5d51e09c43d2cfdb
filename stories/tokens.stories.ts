// Documentation of the design tokens. Everything shown comes from the generated constants of
// @hn-elements/tokens (tokens.json -> scripts/generate.mjs), never from copied values.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { breakpoints, contrastChecks, fontFamily, mediaQueries, tokenList, tokens, type TokenEntry } from '@hn-elements/tokens';

const RAMPS = ['blueberry', 'cherry', 'banana', 'kiwi', 'plum', 'neutral'] as const;
const RAMP_ROLES: Record<(typeof RAMPS)[number], string> = {
  blueberry: 'Primary',
  cherry: 'Error, danger',
  banana: 'Warning',
  kiwi: 'Success',
  plum: 'Accent, focus',
  neutral: 'Text, borders, surfaces',
};

const byPrefix = (prefix: string): TokenEntry[] => tokenList.filter((t) => t.path.startsWith(prefix));
const entry = (path: string): TokenEntry | undefined => tokenList.find((t) => t.path === path);
const v = (t: TokenEntry) => `var(${t.name})`;
const leaf = (t: TokenEntry) => t.path.split('.').at(-1) ?? t.path;
const ratio = (n: number) => `${n.toFixed(2)}:1`;
const grade = (n: number) => (n >= 7 ? 'AAA' : n >= 4.5 ? 'AA' : n >= 3 ? 'AA large text / UI' : 'below 3:1');
const rem = (value: string) => (value.endsWith('rem') ? `${parseFloat(value) * 16} px` : value);

// The page's own styles, built once and adopted by the preview document (tokens only).
const docCss = `
  .tok { max-width: 72rem; }
  .tok h1 { font-size: var(--hn-font-size-2xl); line-height: var(--hn-line-height-2xl); margin: 0 0 var(--hn-space-3); }
  .tok h2 { font-size: var(--hn-font-size-xl); line-height: var(--hn-line-height-xl); margin: var(--hn-space-6) 0 var(--hn-space-3); }
  .tok p.lead { color: var(--hn-color-text-muted); margin: 0 0 var(--hn-space-5); max-width: 48rem; }
  .tok code { font-family: var(--hn-font-family-mono); font-size: 0.9em; overflow-wrap: anywhere; }
  .tok .ramp { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: var(--hn-space-3); list-style: none; margin: 0; padding: 0; }
  @media ${mediaQueries.md} { .tok .ramp { grid-template-columns: repeat(5, minmax(0, 1fr)); } }
  .tok td code { white-space: nowrap; }
  .tok .swatch { border: var(--hn-border-width-thin) solid var(--hn-color-border); border-radius: var(--hn-radius-md); overflow: hidden; background: var(--hn-color-surface-raised); }
  .tok .chip { height: 3.5rem; border-bottom: var(--hn-border-width-thin) solid var(--hn-color-border); }
  .tok .swatch div.meta { padding: var(--hn-space-2); font-size: var(--hn-font-size-xs); line-height: var(--hn-line-height-xs); }
  .tok .meta strong { display: block; font-size: var(--hn-font-size-sm); }
  .tok .muted { color: var(--hn-color-text-muted); }
  .tok table { border-collapse: collapse; width: 100%; font-size: var(--hn-font-size-sm); }
  .tok th, .tok td { text-align: left; vertical-align: top; padding: var(--hn-space-2); border-bottom: var(--hn-border-width-thin) solid var(--hn-color-border); }
  .tok th { font-weight: var(--hn-font-weight-semibold); }
  .tok .table-wrap { overflow-x: auto; margin-top: var(--hn-space-4); }
  .tok .table-wrap:focus-visible { outline: var(--hn-focus-ring-width) solid var(--hn-focus-ring-color); outline-offset: var(--hn-focus-ring-offset); }
  .tok .dot { display: inline-block; width: 1.5rem; height: 1.5rem; border-radius: var(--hn-radius-sm); border: var(--hn-border-width-thin) solid var(--hn-color-border); vertical-align: middle; }
  .tok .sample { display: inline-block; padding: var(--hn-space-1) var(--hn-space-2); border-radius: var(--hn-radius-sm); font-weight: var(--hn-font-weight-semibold); }
  .tok .ui-sample { display: inline-flex; align-items: center; justify-content: center; width: 5rem; height: 2rem; border-radius: var(--hn-radius-sm); }
  .tok .ui-sample span { display: block; width: 3rem; height: 0.75rem; border-radius: var(--hn-radius-sm); }
  .tok .pass { font-weight: var(--hn-font-weight-semibold); }
  .tok .bar { height: 1rem; background: var(--hn-color-primary); border-radius: var(--hn-radius-sm); }
  .tok .stack > * + * { margin-top: var(--hn-space-4); }
  .tok .demo-row { display: flex; flex-wrap: wrap; gap: var(--hn-space-5); align-items: center; }
  .tok .demo-button { min-width: var(--hn-target-size); min-height: var(--hn-target-size); padding: var(--hn-space-2) var(--hn-space-4); border: 0; border-radius: var(--hn-radius-md); background: var(--hn-color-primary); color: var(--hn-color-on-primary); font: inherit; font-weight: var(--hn-font-weight-semibold); cursor: pointer; }
  .tok .demo-button:hover { background: var(--hn-color-primary-hover); }
  .tok .demo-button:focus-visible, .tok .demo-button.show-focus { outline: var(--hn-focus-ring-width) solid var(--hn-focus-ring-color); outline-offset: var(--hn-focus-ring-offset); }
  .tok .target { width: var(--hn-target-size); height: var(--hn-target-size); border: var(--hn-border-width-thick) dashed var(--hn-color-border-strong); border-radius: var(--hn-radius-sm); display: grid; place-items: center; font-size: var(--hn-font-size-xs); }
  .tok .box { width: 6rem; height: 4rem; background: var(--hn-color-surface-raised); border: var(--hn-border-width-thin) solid var(--hn-color-border); }
  .tok .motion { width: 2rem; height: 2rem; border-radius: var(--hn-radius-full); background: var(--hn-color-primary); }
  .tok .track:hover .motion { transform: translateX(10rem); }
  .tok .track { padding: var(--hn-space-2); border: var(--hn-border-width-thin) solid var(--hn-color-border); border-radius: var(--hn-radius-md); }
`;
let docSheet: CSSStyleSheet | undefined;
function adoptDocStyles(): void {
  if (!docSheet) {
    docSheet = new CSSStyleSheet();
    docSheet.replaceSync(docCss);
  }
  if (!document.adoptedStyleSheets.includes(docSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, docSheet];
}

const page = (title: string, lead: string, body: TemplateResult) => {
  adoptDocStyles();
  return html`<article class="tok">
      <h1>${title}</h1>
      <p class="lead">${lead}</p>
      ${body}
    </article>`;
};

/** A plain table; `head` is the column names, `rows` the cells. */
// Narrow viewports scroll the table sideways; the wrapper is focusable so keyboard users can too.
const table = (caption: string, head: string[], rows: unknown[][]) => html`<div class="table-wrap" role="region" aria-label=${caption} tabindex="0">
  <table>
    <caption class="muted" style="text-align: left; padding-bottom: var(--hn-space-2)">${caption}</caption>
    <thead>
      <tr>
        ${head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}
    </tbody>
  </table>
</div>`;

// ---------------------------------------------------------------------------------------------

const colourRamps = () =>
  page(
    'Colour ramps',
    'Six fruit-named ramps from 50 (lightest) to 900 (darkest). Components never use the ramps directly; they use the semantic colours. Ratios are WCAG 2.1 contrast against white and black.',
    html`${RAMPS.map(
      (ramp) => html`<section aria-labelledby="ramp-${ramp}">
        <h2 id="ramp-${ramp}">${ramp} <span class="muted" style="font-size: var(--hn-font-size-md)">— ${RAMP_ROLES[ramp]}</span></h2>
        <ul class="ramp">
          ${byPrefix(`color.${ramp}.`).map(
            (t) => html`<li class="swatch">
              <div class="chip" style="background: ${v(t)}"></div>
              <div class="meta">
                <strong>${ramp} ${leaf(t)}</strong>
                <code>${t.name}</code><br />
                <code>${t.value}</code><br />
                ${'contrast' in t
                  ? html`<span>white ${ratio(t.contrast.white)} <span class="muted">${grade(t.contrast.white)}</span></span><br />
                      <span>black ${ratio(t.contrast.black)} <span class="muted">${grade(t.contrast.black)}</span></span>`
                  : nothing}
              </div>
            </li>`,
          )}
        </ul>
      </section>`,
    )}`,
  );

const semanticColours = () => {
  const semantic = tokenList.filter(
    (t) => t.path.startsWith('color.') && !RAMPS.some((r) => t.path.startsWith(`color.${r}.`)) && !['color.white', 'color.black'].includes(t.path),
  );
  const textChecks = contrastChecks.filter((c) => c.kind === 'text');
  const uiChecks = contrastChecks.filter((c) => c.kind === 'non-text');
  const byPath = (p: string) => entry(p)!;
  return page(
    'Semantic colours',
    'What components use. Each is an alias of a ramp step, so overriding a ramp on :root re-themes everything. The contrast of every pair a component draws is checked when the tokens are generated; generation fails below WCAG 2.1 AA.',
    html`<h2>Aliases</h2>
      ${table(
        'Semantic colour tokens',
        ['Swatch', 'Custom property', 'Value', 'Alias of', 'Use'],
        semantic.map((t) => [
          html`<span class="dot" style="background: ${v(t)}"></span>`,
          html`<code>${t.name}</code>`,
          html`<code>${t.value}</code>`,
          'reference' in t ? html`<code>${entry(t.reference)?.name}</code>` : '—',
          'description' in t ? t.description : '',
        ]),
      )}
      <h2>Text pairs (at least 4.5:1)</h2>
      ${table(
        'Text on background pairs',
        ['Sample', 'Text', 'Background', 'Ratio', 'Result'],
        textChecks.map((c) => [
          html`<span class="sample" style="color: ${v(byPath(c.foreground))}; background: ${v(byPath(c.background))}">Timen er bekreftet</span>`,
          html`<code>${byPath(c.foreground).name}</code><br /><code class="muted">${c.foregroundValue}</code>`,
          html`<code>${byPath(c.background).name}</code><br /><code class="muted">${c.backgroundValue}</code>`,
          ratio(c.ratio),
          html`<span class="pass">${c.passes ? grade(c.ratio) : 'FAILS'}</span>`,
        ]),
      )}
      <h2>Focus and control boundaries (at least 3:1)</h2>
      ${table(
        'Non-text pairs',
        ['Sample', 'Colour', 'Against', 'Ratio', 'Result'],
        uiChecks.map((c) => [
          html`<span class="ui-sample" style="background: ${v(byPath(c.background))}"><span style="background: ${v(byPath(c.foreground))}"></span></span>`,
          html`<code>${byPath(c.foreground).name}</code><br /><code class="muted">${c.foregroundValue}</code>`,
          html`<code>${byPath(c.background).name}</code><br /><code class="muted">${c.backgroundValue}</code>`,
          ratio(c.ratio),
          html`<span class="pass">${c.passes ? 'passes' : 'FAILS'}</span>`,
        ]),
      )}`,
  );
};

const spacing = () =>
  page(
    'Spacing',
    'One scale for padding, margins and gaps (4 px base at a 16 px root font size; rem so that it follows the user\u2019s text size).',
    table(
      'Spacing scale',
      ['Custom property', 'Value', 'At 16 px', 'Scale'],
      byPrefix('space.').map((t) => [
        html`<code>${t.name}</code>`,
        html`<code>${t.value}</code>`,
        rem(t.value),
        html`<div class="bar" style="width: ${v(t)}"></div>`,
      ]),
    ),
  );

const typography = () =>
  page(
    'Typography',
    `Font: ${tokens.font.family}. Sizes in rem so they follow the user\u2019s settings; pair each size with the line height of the same name.`,
    html`<h2>Type scale</h2>
      <div class="stack">
        ${byPrefix('font.size.').map((t) => {
          const lh = entry(`line-height.${leaf(t)}`);
          return html`<div>
            <div class="muted" style="font-size: var(--hn-font-size-xs)">
              <code>${t.name}</code> ${t.value} (${rem(t.value)})${lh ? html` · <code>${lh.name}</code> ${lh.value}` : nothing}
            </div>
            <p style="margin: 0; font-size: ${v(t)}; line-height: ${lh ? v(lh) : 'normal'}">
              Du har en time hos fastlegen tirsdag 14. mai kl. 10.30.
            </p>
          </div>`;
        })}
      </div>
      <h2>Weights</h2>
      ${table(
        'Font weights',
        ['Custom property', 'Value', 'Sample'],
        byPrefix('font.weight.').map((t) => [
          html`<code>${t.name}</code>`,
          t.value,
          html`<span style="font-weight: ${v(t)}">Innboks og meldinger</span>`,
        ]),
      )}
      <h2>Families</h2>
      ${table(
        'Font families',
        ['Custom property', 'Value', 'Sample'],
        byPrefix('font.family').map((t) => [
          html`<code>${t.name}</code>`,
          html`<code>${t.value}</code>`,
          html`<span style="font-family: ${v(t)}">Æ Ø Å æ ø å 0123456789</span>`,
        ]),
      )}`,
  );

const focusAndTargets = () =>
  page(
    'Focus ring and target size',
    'Every interactive element shows this outline on :focus-visible (outline, not box-shadow, so it survives forced colours), and is at least the target size in both directions.',
    html`<h2>Focus ring</h2>
      <div class="demo-row">
        <button type="button" class="demo-button show-focus">Always showing focus</button>
        <button type="button" class="demo-button">Tab to me</button>
      </div>
      ${table(
        'Focus ring tokens',
        ['Custom property', 'Value'],
        byPrefix('focus-ring.').map((t) => [html`<code>${t.name}</code>`, html`<code>${t.cssValue}</code> (${t.value})`]),
      )}
      <h2>Target size</h2>
      <div class="demo-row">
        <div class="target" aria-hidden="true">44</div>
        <p style="margin: 0">
          <code>--hn-target-size</code>: <strong>${tokens.targetSize}</strong> — minimum width and height of buttons, links in lists and
          other controls (WCAG 2.5.5 target size, beyond the 24 px AA minimum).
        </p>
      </div>`,
  );

const breakpointsStory = () =>
  page(
    'Breakpoints',
    'Min-width breakpoints. Custom properties cannot be used in @media, so the values are also exported as numbers and ready-made media queries. Everything must also work below sm, down to 320 px wide (and 400 % zoom).',
    html`${table(
        'Breakpoints',
        ['Name', 'Custom property', 'px', 'Media query (mediaQueries)', 'Relative width'],
        Object.entries(breakpoints).map(([name, px]) => [
          html`<strong>${name}</strong>`,
          html`<code>--hn-breakpoint-${name}</code>`,
          px,
          html`<code>${mediaQueries[name as keyof typeof mediaQueries]}</code>`,
          html`<div class="bar" style="width: ${(px / breakpoints.xl) * 100}%"></div>`,
        ]),
      )}
      <p class="muted">
        In TypeScript: <code>import { breakpoints, mediaQueries } from '@hn-elements/tokens'</code>, e.g.
        <code>matchMedia(mediaQueries.md)</code>.
      </p>`,
  );

const shapeAndMotion = () =>
  page(
    'Radius, shadow, borders and motion',
    'The remaining scales. Durations collapse to 0.01ms under prefers-reduced-motion; shadows disappear in the high-contrast theme, so never use a shadow as the only boundary.',
    html`<h2>Radius</h2>
      <div class="demo-row">
        ${byPrefix('radius.').map(
          (t) => html`<div><div class="box" style="border-radius: ${v(t)}"></div><code>${t.name}</code><br /><span class="muted">${t.value}</span></div>`,
        )}
      </div>
      <h2>Shadow</h2>
      <div class="demo-row">
        ${byPrefix('shadow.').map(
          (t) => html`<div><div class="box" style="box-shadow: ${v(t)}; border-radius: var(--hn-radius-md)"></div><code>${t.name}</code></div>`,
        )}
      </div>
      <h2>Border width</h2>
      ${table(
        'Border widths',
        ['Custom property', 'Value'],
        byPrefix('border-width.').map((t) => [html`<code>${t.name}</code>`, t.value]),
      )}
      <h2>Motion</h2>
      ${table(
        'Durations and easings',
        ['Custom property', 'Value', 'Demo (hover the track)'],
        [...byPrefix('duration.'), ...byPrefix('easing.')].map((t) => [
          html`<code>${t.name}</code>`,
          html`<code>${t.value}</code>`,
          html`<div class="track" aria-hidden="true">
            <div
              class="motion"
              style="transition: transform ${t.path.startsWith('duration.') ? v(t) : 'var(--hn-duration-slow)'} ${t.path.startsWith('easing.')
                ? v(t)
                : 'var(--hn-easing-standard)'}"
            ></div>
          </div>`,
        ]),
      )}`,
  );

// ---------------------------------------------------------------------------------------------

const meta: Meta = {
  title: 'Foundations/Design tokens',
  // The stories are the tokens' documentation; no generated docs page beside them.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const ColourRamps: Story = { name: 'Colour ramps', render: colourRamps };
export const SemanticColours: Story = { name: 'Semantic colours and contrast', render: semanticColours };
export const Spacing: Story = { render: spacing };
/** Weights adoptTokens() declares (packages/tokens/src/fonts.ts) that the page's text uses. */
const FONT_WEIGHTS = ['400', '600', '700'];

/**
 * The typeface really loads here, in the story tests, in `npm run storybook` and in the static build
 * (.storybook/main.ts serves the tokens package's font files where adoptTokens() asks for them):
 * every weight's Norwegian glyphs end in a face whose status is 'loaded'. A missing file makes
 * `document.fonts.load` reject or the face's status 'error', and the story fails.
 */
async function expectFontLoaded(): Promise<void> {
  for (const weight of FONT_WEIGHTS) await document.fonts.load(`${weight} 16px "${fontFamily}"`, 'Blåbær Øya');
  const faces = [...document.fonts].filter((face) => face.family.replace(/^["']|["']$/g, '') === fontFamily);
  for (const weight of FONT_WEIGHTS) {
    const loaded = faces.filter((face) => face.weight === weight && face.status === 'loaded');
    if (loaded.length === 0) {
      const seen = faces.map((face) => `${face.weight} ${face.status}`).join(', ') || 'no face declared';
      throw new Error(`${fontFamily} ${weight} is not loaded (${seen})`);
    }
  }
}

export const Typography: Story = { render: typography, play: expectFontLoaded };
export const FocusAndTargetSize: Story = { name: 'Focus ring and target size', render: focusAndTargets };
export const Breakpoints: Story = { render: breakpointsStory };
export const RadiusShadowMotion: Story = { name: 'Radius, shadow and motion', render: shapeAndMotion };
