// `node scripts/validate-data.mjs` as CI and contributors run it: exit code, output and options.
// The rules themselves are tested in validate-data.test.mjs, in process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const scratch = mkdtempSync(join(tmpdir(), 'nhs-data-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const validate = (...args) => spawnSync('node', ['scripts/validate-data.mjs', ...args], { encoding: 'utf8' });

describe('scripts/validate-data.mjs as a command', () => {
  it('exits 0 and prints what the data holds when it is valid', () => {
    const result = validate('--min-roles', '350');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^data: \d+ roles in 14 of 14 categories, .*: valid\n$/);
  });

  it('prints nothing with --quiet when the data is valid', () => {
    const result = validate('--quiet');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('exits 1 and lists each problem, then the count, on stderr', () => {
    const result = validate('--min-roles', '100000', '--quiet');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^ {2}✗ data\/roles: \d+ roles; at least 100000 expected\ndata: 1 problem\(s\) found\n$/);
    assert.equal(result.stdout, '');
  });

  it('validates the folder --data names, and --partial accepts related roles not written yet', () => {
    const dir = join(scratch, 'data');
    cpSync('data', dir, { recursive: true });
    const file = join(dir, 'roles', 'healthcare-science.json');
    const roles = JSON.parse(readFileSync(file, 'utf8'));
    roles[0].relatedRoles = ['astronaut'];
    writeFileSync(file, JSON.stringify(roles));
    assert.match(validate('--data', dir, '--seeds', join(scratch, 'none')).stderr, /unknown related role "astronaut"/);
    assert.equal(validate('--data', dir, '--seeds', join(scratch, 'none'), '--partial').status, 0);
  });
});
