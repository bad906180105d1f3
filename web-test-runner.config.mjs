// Unit tests on the TypeScript source, in Debian's Chromium, Firefox ESR and WebKitGTK.
// BROWSERS=chromium,firefox,webkit picks engines (default: all three). WebKit needs a WebDriver
// server under Xvfb, which scripts/test-browsers.mjs starts and passes in as WEBKIT_DRIVER_PORT.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

const launchers = {
  chromium: () =>
    chromeLauncher({
      // gc() and exact heap sizes, for the lifecycle test's memory figures.
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

export default {
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' })],
};
