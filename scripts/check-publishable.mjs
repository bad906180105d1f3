#!/usr/bin/env node
// Run by `npm publish` (prepublishOnly): refuses to publish a package whose page on npm would have
// no way back to its source. The repository's address is not known yet, so package.json leaves
// `repository` and `bugs` out rather than guess; whoever publishes first adds them.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = ['repository', 'bugs'].filter((field) => !pkg[field]);
if (missing.length > 0) {
  console.error(`package.json has no ${missing.join(' or ')}: add the public repository's address (and its issues page) before publishing.`);
  process.exit(1);
}
