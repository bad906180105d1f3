#!/usr/bin/env node
// After the build: writes dist/integrity.json with the version and the Subresource Integrity
// hashes of the scripts an embed snippet names, for the embed builder to put in snippets.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = ['nhs-role-widgets.js', 'nhs-role-widgets.iife.js', 'embed-resize.js'];
const integrity = Object.fromEntries(files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]));
writeFileSync('dist/integrity.json', `${JSON.stringify({ version, integrity }, null, 2)}\n`);
