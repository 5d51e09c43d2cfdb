// Story tests (`npm run test:stories`): every story in stories/*.stories.ts is a Vitest test that
// renders in Debian's Chromium (browser mode, Playwright provider, no browser downloaded). A story
// fails when it throws (render, play or an uncaught error), when anything calls console.error
// (.storybook/vitest.setup.ts), or when axe finds a violation (the a11y addon, with
// `parameters.a11y.test = 'error'` in .storybook/preview.ts).
//
// Storybook's own configuration is used as it is: @storybook/addon-vitest reads .storybook/main.ts
// (its viteFinal gives the `source` export condition) and applies the preview's annotations,
// the a11y addon's included, by itself. The root vite.config.ts (the library build) is not read.
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';


export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // Storybook's web-components renderer is served as it is and imports this Lit module;
        // pre-bundled with the rest of Lit, the stories load one copy of Lit, not two.
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          testTimeout: 15_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
