// The data validator must fail on each kind of defect it promises to catch, and pass what is
// sound. Each case copies the project's data/ (with the two src/data files that import it) to a
// scratch project, breaks one thing, and expects that problem, and only that problem, in the report.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROLE_INDEX_PATH, roleIndexText } from '../../scripts/role-index.mjs';
import { validateData } from '../../scripts/validate-data.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'nhs-data-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const seeds = join(scratch, 'seeds');
mkdirSync(seeds);
writeFileSync(join(seeds, 'seed.txt'), 'Biomedical scientists test and examine medical samples, for example, of blood and tissues, helping doctors.');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const ROLES_FILE = join('roles', 'healthcare-science.json');

let count = 0;
/**
 * A small scratch project: the real data/ with one roles file (healthcare science, its related
 * roles narrowed to those in it; re-check logs, which name roles of other categories, left out),
 * its role index, and the two src/data files that import the data.
 * `change(dataDir, root)` may then break it.
 */
function project(change = () => {}) {
  const root = join(scratch, `case-${count++}`);
  const dir = join(root, 'data');
  cpSync('data', dir, { recursive: true, filter: (path) => !/data\/(roles|recheck)\//.test(path) || path.endsWith(ROLES_FILE) });
  const roles = readJson(join(dir, ROLES_FILE));
  const ids = new Set(roles.map((role) => role.id));
  for (const role of roles) role.relatedRoles = role.relatedRoles.filter((id) => ids.has(id));
  writeFileSync(join(dir, ROLES_FILE), JSON.stringify(roles));
  writeFileSync(join(root, ROLE_INDEX_PATH), roleIndexText(dir));
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  for (const file of ['bundled.ts', 'bundled-index.ts']) cpSync(join('src', 'data', file), join(root, 'src', 'data', file));
  change(dir, root);
  return root;
}
/** Edits one JSON file of a data folder in place. */
const editJson = (dir, file, edit) => {
  const value = readJson(join(dir, file));
  const replaced = edit(value);
  writeFileSync(join(dir, file), JSON.stringify(replaced === undefined ? value : replaced));
};
/**
 * Validates a copy whose first healthcare-science role (biomedical scientist) `breakIt` changes;
 * the copy's role index is rebuilt after the change, as a contributor would, where it can be.
 */
const validateBroken = (breakIt, options = {}) =>
  validateData({
    root: project((dir, root) => {
      editJson(dir, ROLES_FILE, (roles) => void breakIt(roles, dir));
      try {
        writeFileSync(join(root, ROLE_INDEX_PATH), roleIndexText(dir));
      } catch {
        // A role too broken to index: the validator reports it without comparing the index.
      }
    }),
    seedsDir: seeds,
    ...options,
  });
/** Changes the copy's roles without rebuilding its index. */
const staleIndex = (breakIt) => validateData({ root: project((dir) => editJson(dir, ROLES_FILE, (roles) => void breakIt(roles))), seedsDir: seeds });

/** Exactly one problem, matching `pattern`. */
const expectProblem = ({ problems }, pattern) => {
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], pattern);
};
const expectValid = ({ problems }) => assert.deepEqual(problems, []);

describe('scripts/validate-data.mjs', () => {
  it('passes an unbroken copy', () => expectValid(validateBroken(() => {})));

  describe('files', () => {
    it('fails on a file that is not JSON', () =>
      expectProblem(validateData({ root: project((dir) => writeFileSync(join(dir, 'glossary.json'), '[{')), seedsDir: seeds }), /^glossary\.json: not valid JSON/));
    it('fails on a list file that is not an array', () =>
      expectProblem(validateData({ root: project((dir) => editJson(dir, 'glossary.json', (terms) => ({ terms }))), seedsDir: seeds }), /^glossary\.json: must be an array$/));
    it('fails on pay that breaks its schema', () =>
      expectProblem(validateData({ root: project((dir) => editJson(dir, 'pay.json', (pay) => void delete pay.england.agendaForChange.year)), seedsDir: seeds }), /^data\/pay\.json: \/england\/agendaForChange must have required property 'year'$/));
    it('fails on a data file that src/data/bundled.ts does not import', () =>
      expectProblem(
        validateData({ root: project((dir) => writeFileSync(join(dir, 'organisations', 'zz-new.json'), '[]')), seedsDir: seeds }),
        /^data\/organisations\/zz-new\.json: is not imported by src\/data\/bundled\.ts or bundled-index\.ts$/,
      ));
    it('fails when the committed role index is out of date with data/roles', () =>
      expectProblem(staleIndex((r) => (r[0].title = 'Biomedical scientist (laboratory)')), /^data\/generated\/role-index\.json: is out of date/));
    it('fails when there is no committed role index', () =>
      expectProblem(validateData({ root: project((dir) => rmSync(join(dir, 'generated'), { recursive: true })), seedsDir: seeds }), /role-index\.json: is out of date/));
    it('checks imports and the index only for the project’s own data folder, not a folder named with --data', () => {
      const root = project((dir) => editJson(dir, ROLES_FILE, (roles) => void (roles[0].title = 'Biomedical scientist (laboratory)')));
      expectValid(validateData({ dataDir: join(root, 'data'), seedsDir: seeds }));
    });
  });

  describe('schemas', () => {
    it('fails on a schema error, naming the file, the item and the field', () =>
      expectProblem(validateBroken((r) => delete r[0].summary), /^roles\/healthcare-science\.json \[0 biomedical-scientist\]: \/ must have required property 'summary'$/));
    it('fails on a link that is not https', () =>
      expectProblem(validateBroken((r) => (r[0].sources = ['http://www.healthcareers.nhs.uk/'])), /\/sources\/0 must match pattern/));
    it('fails on a summary over 200 characters', () => expectProblem(validateBroken((r) => (r[0].summary = 'x'.repeat(201))), /summary must NOT have more than 200 characters/));
    it('fails on a band outside 1 to 9', () => {
      const { problems } = validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '5', to: '10' }));
      assert.ok(problems.includes('roles/healthcare-science.json [0 biomedical-scientist]: /pay/to must be equal to one of the allowed values'), problems.join('\n'));
      // Only the schema speaks: "10" is not a band, so the range is not called reversed.
      assert.ok(problems.every((p) => p.includes(': /pay')), problems.join('\n'));
    });
    it('fails on a role without a source', () => expectProblem(validateBroken((r) => (r[0].sources = [])), /sources must NOT have fewer than 1 items/));
    it('fails on a role without a check date', () => expectProblem(validateBroken((r) => delete r[0].checked), /required property 'checked'/));
    it('fails on a finder question without Welsh', () =>
      expectProblem(
        validateBroken((r, dir) => editJson(dir, 'finder.json', (finder) => void delete finder.questions[0].text.cy)),
        /^finder\.json: \/questions\/0\/text must have required property 'cy'$/,
      ));
    it('labels an item without an id by its position alone', () =>
      expectProblem(validateBroken((r) => r.push(42)), /^roles\/healthcare-science\.json \[\d+\]: \/ must be object$/));
  });

  describe('ids and references', () => {
    it('fails on a duplicate id, naming the first', () =>
      expectProblem(validateBroken((r) => r.push({ ...r[0], title: 'Another title' })), /duplicate role id "biomedical-scientist" \(also roles\/healthcare-science\.json \[0 biomedical-scientist\]\)/));
    it('fails on a duplicate id in any kind of list', () =>
      expectProblem(validateData({ root: project((dir) => editJson(dir, 'categories.json', (c) => void c.push({ ...c[0] }))), seedsDir: seeds }), /duplicate category id/));
    it('fails on an unknown category', () => expectProblem(validateBroken((r) => (r[0].category = 'astronomy')), /unknown category "astronomy"/));
    it('fails on an unknown entry route', () => expectProblem(validateBroken((r) => (r[0].entryRoutes = ['by-rocket'])), /unknown entry route "by-rocket"/));
    it('fails on a dangling related role', () => expectProblem(validateBroken((r) => (r[0].relatedRoles = ['astronaut'])), /unknown related role "astronaut"/));
    it('accepts a dangling related role with --partial, while roles are being written', () =>
      expectValid(validateBroken((r) => (r[0].relatedRoles = ['astronaut']), { partial: true })));
    it('fails on a role that lists itself as related, even with --partial', () =>
      expectProblem(validateBroken((r) => r[0].relatedRoles.push('biomedical-scientist'), { partial: true }), /lists itself as a related role/));
    it('fails on an unknown organisation', () => expectProblem(validateBroken((r) => (r[0].organisations = ['nasa'])), /unknown organisation "nasa"/));
    it('fails on a regulator that is not a regulator', () => expectProblem(validateBroken((r) => (r[0].regulator = 'ibms')), /regulator "ibms" is not/));
    it('accepts an accredited register as a regulator, and "none"', () => {
      const dir = project();
      const register = readJson(join('data', 'organisations', 'regulators.json')).concat(...['ahp-ambulance-dental-bodies', 'further-information'].map((f) => readJson(join('data', 'organisations', `${f}.json`))))
        .find((o) => o.kind === 'accredited-register');
      assert.ok(register, 'the data has an accredited register to use');
      expectValid(validateBroken((r) => (r[0].regulator = register.id)));
      expectValid(validateBroken((r) => (r[0].regulator = 'none')));
      assert.ok(dir);
    });
    it('fails on an unknown glossary entry in "see also"', () =>
      expectProblem(validateData({ root: project((dir) => editJson(dir, 'glossary.json', (g) => void (g[0].seeAlso = ['warp-drive']))), seedsDir: seeds }), /unknown glossary entry "warp-drive"/));
  });

  describe('rules per role', () => {
    it('fails on a reversed band range', () => expectProblem(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '7', to: '5' })), /pay band range 7 to 5 is reversed/));
    it('orders bands 8a to 8d between 7 and 9', () => {
      expectValid(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '7', to: '8a' })));
      expectValid(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '8d', to: '9' })));
      expectProblem(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '8c', to: '8b' })), /reversed/);
    });
    it('accepts a range of one band', () => expectValid(validateBroken((r) => (r[0].pay = { scale: 'agenda-for-change', from: '5', to: '5' }))));
    it('fails on a "work" text that is one sentence', () => expectProblem(validateBroken((r) => (r[0].work = 'You test samples of blood in a laboratory all day long with great care.')), /"work" has 1 sentences; write 2 to 4/));
    it('fails on a "work" text of five sentences', () => expectProblem(validateBroken((r) => (r[0].work = 'You test the samples. You report the results! You check them? You file them away. You rest after.')), /"work" has 5 sentences/));
    it('accepts 2 and 4 sentences, ended by . ! or ?', () => {
      expectValid(validateBroken((r) => (r[0].work = 'You test samples of blood and tissue. You report what you find to the doctors!')));
      expectValid(validateBroken((r) => (r[0].work = 'Do you like tests? You report results! You check each one. 3 people help you.')));
    });
    it('does not split a sentence at a full stop inside it, such as "e.g. blood"', () =>
      expectValid(validateBroken((r) => (r[0].work = 'You test samples, e.g. blood and tissue. You report the results.'))));
    it('fails on two roles with the same title in any case', () => expectProblem(validateBroken((r) => (r[1].title = 'BIOMEDICAL SCIENTIST')), /same title as roles\/healthcare-science\.json \[0 biomedical-scientist\]/));
  });

  describe('the finder', () => {
    const brokenFinder = (edit) => validateBroken((r, dir) => editJson(dir, 'finder.json', edit));
    it('fails on an answer that names an unknown category', () =>
      expectProblem(brokenFinder((f) => void (f.questions[1].answers[0].weights.categories = { astronomy: 2 })), /^finder\.json \[question 1 subjects\]: unknown category "astronomy" in answer "biology"$/));
    it('fails on an answer that names an unknown entry route', () =>
      expectProblem(brokenFinder((f) => void (f.questions[1].answers[0].weights.entryRoutes = { 'by-rocket': 1 })), /unknown entry route "by-rocket" in answer "biology"/));
    it('fails on a duplicate question id', () => expectProblem(brokenFinder((f) => void (f.questions[2].id = f.questions[0].id)), /^finder\.json \[question 2 patients\]: duplicate question id$/));
    it('fails on a duplicate answer id within a question', () =>
      expectProblem(brokenFinder((f) => void (f.questions[1].answers[1].id = f.questions[1].answers[0].id)), /duplicate answer id "biology"/));
  });

  describe('our own words', () => {
    it('fails on ten words copied from a seed document, ignoring case and punctuation', () =>
      expectProblem(
        validateBroken((r) => (r[0].work = 'In short, they Test and examine medical samples, for example, of blood and tissues. It matters.')),
        /shares the words "test and examine medical samples for example of blood and" with a seed document/,
      ));
    it('passes nine words in a row from a seed document', () =>
      expectValid(validateBroken((r) => (r[0].work = 'They test and examine medical samples, for example, of cells. It matters.'))));
    it('checks lists and nested texts too, not only top-level fields', () =>
      expectProblem(validateBroken((r) => (r[0].workplaces = ['Biomedical scientists test and examine medical samples, for example, of blood'])), /shares the words/));
    it('reports each text once however many runs it shares', () =>
      expectProblem(validateBroken((r) => (r[0].summary = 'Biomedical scientists test and examine medical samples, for example, of blood and tissues, helping doctors.')), /shares the words "biomedical scientists/));
    it('skips the check when there are no seed documents', () =>
      expectValid(validateBroken((r) => (r[0].summary = 'Biomedical scientists test and examine medical samples, for example, of blood and tissues.'), { seedsDir: join(scratch, 'no-seeds') })));
    it('does not compare links, which are facts', () => {
      const root = join(scratch, 'link-seeds');
      mkdirSync(root);
      writeFileSync(join(root, 'seed.txt'), 'https www healthcareers nhs uk explore roles healthcare science roles in healthcare science life sciences');
      expectValid(validateBroken((r) => (r[0].sources = ['https://www.healthcareers.nhs.uk/explore-roles/healthcare-science/roles-healthcare-science/life-sciences']), { seedsDir: root }));
    });
  });

  describe('coverage', () => {
    it('fails when fewer roles than required, and passes at exactly the minimum', () => {
      const root = project((dir) => editJson(dir, 'categories.json', (c) => c.filter((category) => category.id === 'healthcare-science')));
      const finderFree = { root, seedsDir: seeds };
      // The finder and the vocabulary name other categories, which this copy has dropped.
      rmSync(join(root, 'data', 'finder.json'));
      rmSync(join(root, 'data', 'vocabulary.json'));
      const total = readJson(join(root, 'data', ROLES_FILE)).length;
      expectProblem(validateData({ ...finderFree, minRoles: total + 1 }), new RegExp(`^data/roles: ${total} roles; at least ${total + 1} expected$`));
      expectValid(validateData({ ...finderFree, minRoles: total }));
    });
    it('with a minimum, fails on each category without roles; without one, does not ask', () => {
      const root = project();
      const empty = readJson(join('data', 'categories.json')).map((c) => c.id).filter((id) => id !== 'healthcare-science');
      assert.deepEqual(validateData({ root, minRoles: 1, seedsDir: seeds }).problems, empty.map((id) => `data/roles: no role in category "${id}"`));
      expectValid(validateData({ root, seedsDir: seeds }));
    });
  });

  // Last: the slowest test, and the quick ones above catch most broken validators first.
  it('passes the real dataset with at least 350 roles and says what it holds', () => {
    const { problems, summary } = validateData({ minRoles: 350, seedsDir: seeds });
    assert.deepEqual(problems, []);
    assert.match(summary, /^data: \d{3} roles in 14 of 14 categories, 6 entry routes, \d+ organisations, \d+ glossary terms, 9 finder questions$/);
  });
});
