// Node tests of scripts/generate.mjs: the raw-colour lint and the contrast maths.
// Run: node --test packages/tokens/test/generate.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import postcss from 'postcss';
import { findRawColours, lintComponentCss, contrast } from '../../../scripts/generate.mjs';

test('raw colours are found in every spelling', () => {
  assert.deepEqual(findRawColours('color', '#fff'), ['#fff']);
  assert.deepEqual(findRawColours('border', '1px solid #A0B1C2'), ['#A0B1C2']);
  assert.deepEqual(findRawColours('background', 'rgb(0 0 0 / 0.5)'), ['rgb()']);
  assert.deepEqual(findRawColours('background', 'rgba(0,0,0,.5)'), ['rgba()']);
  assert.deepEqual(findRawColours('color', 'hsl(200 50% 40%)'), ['hsl()']);
  assert.deepEqual(findRawColours('color', 'oklch(60% 0.1 200)'), ['oklch()']);
  assert.deepEqual(findRawColours('color', 'Red'), ['Red']);
  assert.deepEqual(findRawColours('box-shadow', '0 0 0 2px white'), ['white']);
  assert.deepEqual(findRawColours('color', 'var(--hn-color-text, black)'), ['black']);
  assert.deepEqual(findRawColours('--hn-inbox-accent', '#123456'), ['#123456']);
  assert.deepEqual(findRawColours('color', 'color-mix(in srgb, var(--hn-color-primary) 50%, white)'), ['white']);
});

test('tokens, system colours and look-alikes are allowed', () => {
  for (const [prop, value] of [
    ['color', 'var(--hn-color-plum-500)'],
    ['color', 'var(--hn-color-text)'],
    ['background', 'transparent'],
    ['border-color', 'currentColor'],
    ['color', 'inherit'],
    ['outline-color', 'Highlight'],
    ['color', 'CanvasText'],
    ['background', 'ButtonFace'],
    ['color', 'GrayText'],
    ['content', '"#1 red"'],
    ['background-image', 'url(#gradient)'],
    ['font-family', 'Gold, sans-serif'],
    ['animation-name', 'snow'],
    ['transform', 'rotate(tan(45deg))'],
    ['color', 'color-mix(in srgb, var(--hn-color-primary) 50%, transparent)'],
    ['color', 'rgb(from var(--hn-color-primary) r g b / 50%)'],
    ['width', 'calc(100% - 2rem)'],
  ]) {
    assert.deepEqual(findRawColours(prop, value), [], `${prop}: ${value}`);
  }
});

test('the lint reports the line of the declaration, also inside nesting', async () => {
  const input = ':host {\n  color: var(--hn-color-text);\n  & .x {\n    background: #fafafa;\n  }\n}\n';
  const result = await postcss([lintComponentCss(new Set(['--hn-color-text']))]).process(input, { from: 'x.css' });
  const warnings = result.warnings().filter((w) => w.plugin === 'hn-no-raw-colours');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].line, 4);
  assert.match(warnings[0].text, /#fafafa/);
});

test('unknown tokens without a fallback are reported, declared and fallback ones are not', async () => {
  const input = ':host { --hn-inbox-gap: 1rem; gap: var(--hn-inbox-gap); margin: var(--hn-space-9); padding: var(--hn-x, 1rem); }';
  const result = await postcss([lintComponentCss(new Set())]).process(input, { from: 'x.css' });
  const unknown = result.warnings().filter((w) => w.plugin === 'hn-unknown-token');
  assert.deepEqual(unknown.map((w) => w.text.split(' ')[0]), ['--hn-space-9']);
});

test('contrast ratios match WCAG reference values', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(contrast('#ffffff', '#ffffff'), 1);
  assert.equal(contrast('#767676', '#ffffff'), 4.54);
  assert.equal(contrast('#fff', '#188097'), 4.59);
  assert.equal(contrast('CanvasText', '#fff'), undefined);
});
