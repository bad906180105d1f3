import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';

// The embed builder (demo/builder.html) runs on the built library, so Storybook serves demo/ and
// dist/ beside its own files; the "Embed on your site" page links to it. Without a build there is
// nothing to serve: say so rather than fail.
const builtLibrary = existsSync('dist/nhs-role-widgets.js');
if (!builtLibrary) console.warn('nhs-role-widgets: no dist/ yet, so the embed builder is left out of Storybook (run npm run build first).');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: builtLibrary
    ? [
        { from: '../dist', to: '/dist' },
        { from: '../demo', to: '/demo' },
      ]
    : [],
  // This network is closed: telemetry would stall the build.
  core: { disableTelemetry: true },
};

export default config;
