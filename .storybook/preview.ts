import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { adoptTokens, breakpoints } from '@hn-elements/tokens';
import { storyLocale, storyRepresentation } from './session.js';
import { componentArgTypes, customElements, missingControls } from './argtypes.js';
import { DocsPage } from './docs-page.js';
import { smallTargets } from '@hn-elements/test-support/target-size.js';

// Docs pages and controls come from the packages' custom-elements.json (.storybook/custom-elements.ts).
setCustomElementsManifest(customElements);

// The same call every component makes on connect; here it also styles the stories' own markup.
adoptTokens();

/**
 * Wraps every story in the toolbar's context: `lang` for the locale, `data-hn-theme` for the
 * theme, and `data-representation` as a hint. Stories build their session with
 * `storySession(context.globals)` from `.storybook/session.ts`.
 */
const withHnContext: Decorator = (story, context) => {
  const locale = storyLocale(context.globals);
  const representation = storyRepresentation(context.globals);
  const theme = context.globals['theme'] === 'high-contrast' ? 'high-contrast' : undefined;
  // The preview document's language follows the toolbar too (screen readers, hyphenation, axe).
  document.documentElement.lang = locale;
  return html`<div
    class="hn-story"
    lang=${locale}
    data-hn-theme=${theme ?? nothing}
    data-representation=${representation}
    style="color: var(--hn-color-text); background: var(--hn-color-background); font-family: var(--hn-font-family); font-size: var(--hn-font-size-md); line-height: var(--hn-line-height-md);"
  >
    ${story()}
  </div>`;
};

const px = (n: number) => `${n}px`;

/**
 * Longest wait for a story's components to finish loading: a source that is down is tried three
 * times with back-off (about 1 s in all). A story that stays loading on purpose (the `never`
 * mocks) sets `parameters.settle = false` and is checked as soon as it has rendered.
 */
const SETTLE_MS = 3000;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the story's hn-* components have finished loading (no `aria-busy`) and rendering,
 * so axe checks the state the story is about, not a moment on the way there. Storybook runs the
 * preview's afterEach before the a11y addon's (afterEach hooks run in reverse order), both in the
 * Storybook UI and in the story tests (vitest.config.ts).
 */
const settle: NonNullable<Preview['afterEach']> = async ({ canvasElement, parameters, component, argTypes }) => {
  // Every public property of the story's component can be set from the Controls panel.
  const missing = typeof component === 'string' ? missingControls(component, argTypes) : [];
  if (missing.length > 0) throw new Error(`<${component as string}> has properties without a control: ${missing.join(', ')}`);
  const components = () =>
    [...canvasElement.querySelectorAll('*')].filter((el) => el.localName.startsWith('hn-')) as (HTMLElement & {
      updateComplete?: Promise<unknown>;
    })[];
  const deadline = performance.now() + (parameters['settle'] === false ? 0 : SETTLE_MS);
  await Promise.all(components().map((el) => el.updateComplete));
  while (components().some((el) => el.getAttribute('aria-busy') === 'true') && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(components().map((el) => el.updateComplete));
  await nextFrame();
  // Every control of every story is at least 44 × 44 px (WCAG 2.5.8 held to 2.5.5), as the
  // page-wide check (test/accessibility/targets.test.ts) asks of the components' main states.
  const { small } = smallTargets([canvasElement]);
  if (small.length > 0) throw new Error(`targets smaller than 44 × 44 px:\n  ${small.join('\n  ')}`);
};

const preview: Preview = {
  // A docs page per component (DocsPage, from its custom-elements.json); stories of a file that has no
  // `component` get none.
  tags: ['autodocs'],
  decorators: [withHnContext],
  afterEach: settle,
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål', right: 'nb' },
          { value: 'nn', title: 'Nynorsk', right: 'nn' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    representation: {
      description: 'On whose behalf Kari Nordmann acts',
      toolbar: {
        title: 'Representation',
        icon: 'user',
        items: [
          { value: 'self', title: 'Kari Nordmann (seg selv)' },
          { value: 'child', title: 'Ola Nordmann (barn)' },
          { value: 'power-of-attorney', title: 'Per Hansen (fullmakt)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'high-contrast', title: 'High contrast (forced-colours simulation)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'nb',
    representation: 'self',
    theme: 'light',
  },
  parameters: {
    layout: 'padded',
    // Every axe violation fails the story's test (npm run test:stories); a story may narrow this
    // with its own parameters.a11y, and must say why.
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    controls: { expanded: true },
    docs: {
      page: DocsPage,
      extractArgTypes: (component: unknown) => (typeof component === 'string' ? componentArgTypes(component) : null),
    },
    viewport: {
      options: {
        mobile320: { name: 'Mobile 320 px (smallest supported)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        zoom400: { name: '400 % zoom of 1280 × 1024 (320 × 256)', styles: { width: '320px', height: '256px' }, type: 'other' },
        mobile390: { name: 'Mobile 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: `Tablet ${breakpoints.md} px (md)`, styles: { width: px(breakpoints.md), height: '1024px' }, type: 'tablet' },
        desktop: { name: `Desktop ${breakpoints.lg} px (lg)`, styles: { width: px(breakpoints.lg), height: '768px' }, type: 'desktop' },
        wide: { name: `Wide ${breakpoints.xl} px (xl)`, styles: { width: px(breakpoints.xl), height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
