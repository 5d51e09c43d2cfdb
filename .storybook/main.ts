import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';
import { customElementsManifest } from './custom-elements.js';

// Everything here must work offline: no telemetry, no "what's new" fetches.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-vitest: the sidebar's test widget runs the story tests (npm run test:stories) from the UI.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  // Source Sans 3: adoptTokens() asks for '../dist/fonts/<file>' relative to the tokens module. In
  // `npm run storybook` that module is served from packages/tokens/src, so the files are found in
  // packages/tokens/dist/fonts (written by `npm run generate`); in the static build it is bundled
  // into /assets/, so the same URL is /dist/fonts/, which this mapping serves (and copies into
  // storybook-static/dist/fonts). The Typography story's test checks the font really loads.
  staticDirs: [{ from: '../packages/tokens/dist/fonts', to: '/dist/fonts' }],
  // No onboarding: Storybook 10's "get started" checklist in the sidebar and the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript sources through the `source` export
    // condition, so stories never need a prior build of the packages.
    const conditions = ['source', ...defaultClientConditions];
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = [...new Set([...conditions, ...(viteConfig.resolve.conditions ?? [])])];
    // Storybook's own manager/docs chunks are ~1 MB; the warning says nothing about our code.
    viteConfig.build ??= {};
    viteConfig.build.chunkSizeWarningLimit = 1500;
    // The docs pages and controls: the packages' custom-elements.json, merged (custom-elements.ts).
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest()];
    return viteConfig;
  },
};

export default config;
