// Vitest as Stryker's in-process runner for the Node tests (see stryker.config.mjs); `npm run
// test:node` runs the same files with node --test. node:test's API is mapped onto Vitest's.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { 'node:test': fileURLToPath(new URL('./test/node/helpers/node-test-on-vitest.ts', import.meta.url)) } },
  test: {
    include: ['test/node/*.test.{ts,mjs}'],
    // package-contents runs `npm pack` and reaches no mutated code; the validator's command line is
    // tested through child processes, which in-process coverage cannot see.
    exclude: ['test/node/package-contents.test.mjs', 'test/node/validate-data-cli.test.mjs', 'test/node/validate-data-provenance.test.mjs'],
    // The machine is shared: a loaded moment must not read as a failure.
    testTimeout: 60000,
    environment: 'node',
    // Transformed by Vite like the TypeScript sources, so Stryker sees which tests reach it.
    server: { deps: { inline: [/scripts\/validate-data\.mjs$/] } },
    // The tests share scratch folders by name and mock the console: one file at a time.
    fileParallelism: false,
  },
});
