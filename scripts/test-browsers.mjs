#!/usr/bin/env node
// Runs the unit tests in all three engines. WebKitGTK has no headless mode: start Xvfb and
// Debian's WebKitWebDriver first, wait for the driver, run the tests, then stop both.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const children = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

const env = { ...process.env };
if (browsers.includes('webkit')) {
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const port = 4445 + Math.floor(Math.random() * 400);
  children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  await sleep(500);
  children.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...env, DISPLAY: display } }));
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    await sleep(200);
    ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
  }
  if (!ready) {
    console.error('WebKitWebDriver did not start (is webkit2gtk-driver installed? see README).');
    process.exit(1);
  }
  Object.assign(env, { DISPLAY: display, WEBKIT_DRIVER_PORT: String(port) });
}

const runner = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
runner.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 1);
});
