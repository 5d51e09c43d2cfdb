import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

// Everything here must work offline: no telemetry, no "what's new" fetches.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-vitest: the sidebar's test widget runs the story tests (npm run test:stories) from the UI.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
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
    return viteConfig;
  },
};

export default config;
