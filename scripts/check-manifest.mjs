#!/usr/bin/env node
// Fails when custom-elements.json is not what the components' JSDoc generates today.
// `npm run manifest` rewrites it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so the scratch copy stays inside it.
const dir = join('.cache', `manifest-check-${process.pid}`);
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'pipe' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the source.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
