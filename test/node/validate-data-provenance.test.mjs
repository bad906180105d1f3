// The validator's rules for re-checked roles (provenance, skills, next roles, re-check logs), run
// as a command on a full copy of data/: these roles reference roles and logs across categories.
// Not part of the mutation run (a child process), see validate-data.test.mjs for the rest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const scratch = mkdtempSync(join(tmpdir(), 'nhs-data-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const seeds = join(scratch, 'seeds');
mkdirSync(seeds);
writeFileSync(join(seeds, 'seed.txt'), 'Biomedical scientists test and examine medical samples, for example, of blood and tissues, helping doctors.');

let count = 0;
/** Copies the real data, lets `breakIt` change one role file, runs the validator on the copy. */
function validateBroken(breakIt) {
  const dir = join(scratch, `case-${count++}`);
  cpSync('data', dir, { recursive: true });
  const file = join(dir, 'roles', 'healthcare-science.json');
  const roles = JSON.parse(readFileSync(file, 'utf8'));
  breakIt(roles, dir);
  writeFileSync(file, JSON.stringify(roles));
  return spawnSync('node', ['scripts/validate-data.mjs', '--data', dir, '--seeds', seeds], { encoding: 'utf8' });
}

const expectProblem = (result, pattern) => {
  assert.equal(result.status, 1, 'the validator should fail');
  assert.match(result.stderr, pattern);
};

describe('scripts/validate-data.mjs on re-checked roles', () => {
  // Re-checked roles (those with provenance) keep the stricter rules of scripts/provenance-rules.mjs.
  const editJson = (file, change) => {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    change(value);
    writeFileSync(file, JSON.stringify(value));
  };
  const breakPharmacy = (change) =>
    validateBroken((r, dir) => editJson(join(dir, 'roles', 'pharmacy.json'), (roles) => change(roles.find((role) => role.id === 'pharmacy-technician'), dir)));
  it('fails on a re-checked fact without a source', () =>
    expectProblem(breakPharmacy((role) => delete role.provenance.facts.regulator), /must have required property 'regulator'/));
  it('fails on an entry route without a source', () =>
    expectProblem(breakPharmacy((role) => delete role.provenance.facts.entryRoutes.apprenticeships), /fact "entryRoutes.apprenticeships" has no source/));
  it('fails on a source checked in the future', () =>
    expectProblem(breakPharmacy((role) => (role.provenance.sources[0].checked = '2099-12-31')), /checked date in the future/));
  it('fails on a re-checked role without its profile fields', () =>
    expectProblem(breakPharmacy((role) => delete role.skills), /must have properties .*skills.* when property provenance is present/));
  it('fails on an unknown skill', () => expectProblem(breakPharmacy((role) => (role.skills = ['juggling', 'teamwork', 'communication'])), /unknown skill "juggling"/));
  it('fails on a next role that does not exist', () =>
    expectProblem(breakPharmacy((role) => (role.nextRoles = [{ role: 'astronaut', band: null }])), /unknown next role "astronaut"/));
  // Nine words shared: under the limit of 10 for other roles, over the limit of 8 for re-checked ones.
  it('fails on eight words copied from a seed in a re-checked role', () =>
    expectProblem(
      breakPharmacy((role) => (role.work = 'Staff test and examine medical samples, for example, of blood, daily. It matters a lot to patients.')),
      /shares the words "test and examine medical samples for example/,
    ));
  it('fails on a re-check log that names a role without provenance', () =>
    expectProblem(
      breakPharmacy((role, dir) => editJson(join(dir, 'recheck', 'pharmacy.json'), (log) => log.roles.push({ role: 'porter', checked: '2026-12-03', corrections: [] }))),
      /logs role "porter", which carries no provenance/,
    ));
  it('fails on a skills vocabulary entry without Welsh', () =>
    expectProblem(
      breakPharmacy((role, dir) => editJson(join(dir, 'skills.json'), (skills) => delete skills.skills[0].label.cy)),
      /skills.json: \/skills\/0\/label must have required property 'cy'/,
    ));
});
