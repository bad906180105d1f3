#!/usr/bin/env node
// Installs what the project needs on a fresh Debian machine with Node: npm packages, and
// (unless --no-browsers) Debian's Chromium, Firefox ESR, WebKitGTK driver and Xvfb.
// Uses nothing but Node itself, so it runs before `npm install` has.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

// npm packages: install when missing or when package.json changed since the last install.
const installed = mtime('node_modules/.package-lock.json');
if (!installed || mtime('package.json') > installed) {
  console.log('setup: installing npm packages (npm install)…');
  // `npm ci` cannot be used here: see README, "Why npm install".
  run('npm install --no-audit --no-fund');
}

if (!process.argv.includes('--no-browsers')) {
  const browsers = {
    '/usr/bin/chromium': 'chromium',
    '/usr/bin/firefox-esr': 'firefox-esr',
    '/usr/bin/WebKitWebDriver': 'webkit2gtk-driver',
    '/usr/bin/Xvfb': 'xvfb',
  };
  const missing = Object.entries(browsers).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (missing.length > 0) {
    if (process.getuid?.() === 0) {
      console.log(`setup: installing Debian packages: ${missing.join(' ')}…`);
      run('apt-get update -qq');
      run(`apt-get install -y -qq ${missing.join(' ')}`);
    } else {
      console.error(
        `setup: the tests need these Debian packages, which are not installed: ${missing.join(' ')}.\n` +
          `Install them as root, then run the command again:\n\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`,
      );
      process.exit(1);
    }
  }
}
