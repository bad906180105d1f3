// The loader knows bundled roles by their ids' fingerprints: every real id must be known, and ids
// that are not roles (typos, plurals, Object's own names) must not be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { roleHash } from '../../src/loader/role-hash.js';

const ids: string[] = JSON.parse(readFileSync('data/generated/role-index.json', 'utf8')).map((role: { id: string }) => role.id);
const known = new Set(ids.map(roleHash));

describe('role id fingerprints', () => {
  it('are four characters that survive a JSON string and a regular expression split', () => {
    for (const id of ids) assert.match(roleHash(id), /^[A-Za-z0-9_-]{4}$/, id);
  });
  it('are the same for the same id and differ for ids one letter apart', () => {
    assert.equal(roleHash('paramedic'), roleHash('paramedic'));
    assert.notEqual(roleHash('paramedic'), roleHash('paramedics'));
    assert.notEqual(roleHash('nurse'), roleHash('nursf'));
  });
  it('tell almost every bundled role apart', () => assert.ok(known.size >= ids.length - 1, `${ids.length - known.size} collisions`));
  it('know no id that is not a role', () => {
    for (const id of ['astronaut', 'paramedics', 'adult-nurses', 'constructor', '__proto__', 'toString', '', 'biomedical_scientist']) {
      assert.equal(known.has(roleHash(id)), false, id);
    }
  });
});
