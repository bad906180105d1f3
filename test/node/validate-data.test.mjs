// The data validator must fail on each kind of defect it promises to catch. Each case copies
// data/ to a scratch folder, breaks one thing, and expects that problem in the report.
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

describe('scripts/validate-data.mjs', () => {
  it('passes the real dataset with at least 350 roles', () => {
    const result = spawnSync('node', ['scripts/validate-data.mjs', '--min-roles', '350'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /in 14 of 14 categories/);
  });

  it('passes an unbroken copy', () => assert.equal(validateBroken(() => {}).status, 0));

  it('fails on a schema error', () => expectProblem(validateBroken((r) => delete r[0].summary), /must have required property 'summary'/));
  it('fails on a duplicate id', () => expectProblem(validateBroken((r) => r.push({ ...r[0], title: 'Another title' })), /duplicate role id "biomedical-scientist"/));
  it('fails on an unknown category', () => expectProblem(validateBroken((r) => (r[0].category = 'astronomy')), /unknown category "astronomy"/));
  it('fails on an unknown entry route', () => expectProblem(validateBroken((r) => (r[0].entryRoutes = ['by-rocket'])), /unknown entry route "by-rocket"/));
  it('fails on a dangling related role', () => expectProblem(validateBroken((r) => (r[0].relatedRoles = ['astronaut'])), /unknown related role "astronaut"/));
  it('fails on an unknown organisation', () => expectProblem(validateBroken((r) => (r[0].organisations = ['nasa'])), /unknown organisation "nasa"/));
  it('fails on a regulator that is not a regulator', () => expectProblem(validateBroken((r) => (r[0].regulator = 'ibms')), /regulator "ibms" is not/));
  it('fails on a link that is not https', () =>
    expectProblem(validateBroken((r) => (r[0].sources = ['http://www.healthcareers.nhs.uk/'])), /sources\/0 must match pattern/));
  it('fails on a summary over 200 characters', () => expectProblem(validateBroken((r) => (r[0].summary = 'x'.repeat(201))), /summary must NOT have more than 200 characters/));
  it('fails on a band outside 1 to 9', () =>
    expectProblem(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '5', to: '10' })), /\/pay/));
  it('fails on a reversed band range', () =>
    expectProblem(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '7', to: '5' })), /reversed/));
  it('fails on a role without a source', () => expectProblem(validateBroken((r) => (r[0].sources = [])), /sources must NOT have fewer than 1 items/));
  it('fails on a role without a check date', () => expectProblem(validateBroken((r) => delete r[0].checked), /required property 'checked'/));
  it('fails on a "work" text that is one sentence', () => expectProblem(validateBroken((r) => (r[0].work = 'You test samples of blood in a laboratory all day long with great care.')), /1 sentences/));
  it('fails on ten words copied from a seed document', () =>
    expectProblem(
      validateBroken((r) => (r[0].work = 'In short, they test and examine medical samples, for example, of blood and tissues. It matters.')),
      /shares the words "test and examine medical samples for example/,
    ));
  it('fails on a finder answer that names an unknown category', () =>
    expectProblem(
      validateBroken((r, dir) => {
        const file = join(dir, 'finder.json');
        const finder = JSON.parse(readFileSync(file, 'utf8'));
        finder.questions[1].answers[0].weights.categories = { astronomy: 2 };
        writeFileSync(file, JSON.stringify(finder));
      }),
      /unknown category "astronomy" in answer/,
    ));
  it('fails on a finder question without Welsh', () =>
    expectProblem(
      validateBroken((r, dir) => {
        const file = join(dir, 'finder.json');
        const finder = JSON.parse(readFileSync(file, 'utf8'));
        delete finder.questions[0].text.cy;
        writeFileSync(file, JSON.stringify(finder));
      }),
      /must have required property 'cy'/,
    ));

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

  it('fails when fewer roles than required', () => {
    const result = spawnSync('node', ['scripts/validate-data.mjs', '--min-roles', '100000'], { encoding: 'utf8' });
    expectProblem(result, /at least 100000 expected/);
  });
});
