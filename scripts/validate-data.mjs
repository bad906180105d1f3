#!/usr/bin/env node
// Validates data/ against its JSON Schemas and the cross-checks a schema cannot express.
// Usage: node scripts/validate-data.mjs [--min-roles N] [--partial] [--quiet] [--data DIR] [--seeds DIR] [--today YYYY-MM-DD]
// Exit code 1 with a list of problems when anything is wrong. The tests call validateData() directly.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { ROLE_INDEX_PATH, roleIndexText } from './role-index.mjs';
import { provenanceProblems, recheckLogProblems } from './provenance-rules.mjs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { isAfter, payTablesOf, payWarnings, todayFrom } from './freshness.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// Compiling the schemas takes about a second; a process that validates many folders (the tests)
// compiles each set of schemas once.
const schemaSets = new Map();
function compiledSchemas(texts) {
  const key = texts.join('\n');
  if (!schemaSets.has(key)) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    for (const text of texts) ajv.addSchema(JSON.parse(text));
    schemaSets.set(key, ajv);
  }
  return schemaSets.get(key);
}

/**
 * Every problem in a data folder, and a one-line summary of what it holds.
 * `root` is the project (its data/schema, src/data and committed role index); the checks that the
 * bundle imports every file and that the role index is current run when `dataDir` is root's data/.
 * The seed documents sit in shared/ beside the checkout (as in CI); without them that check is skipped.
 * `partial`: while several people write roles at once, a related role may not exist yet.
 * `today` (YYYY-MM-DD): a check date after it is a typing error; tests give one in place of the clock.
 * `warnings` are pay tables whose financial year has ended: valid data, told but not failed.
 */
export function validateData({ root = projectRoot, dataDir = join(root, 'data'), seedsDir = join(root, '..', 'shared', 'seeds'), minRoles = 0, partial = false, today = todayFrom([]) } = {}) {
  const problems = [];
  const problem = (where, message) => problems.push(`${where}: ${message}`);
  const readJson = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problem(relative(dataDir, file), `not valid JSON (${error.message})`);
      return undefined;
    }
  };
  const jsonFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));

  // Schemas
  const ajv = compiledSchemas(jsonFiles(join(root, 'data', 'schema')).map((file) => readFileSync(file, 'utf8')));
  const schemaFor = (name) => ajv.getSchema(`https://nhs-role-widgets.local/schema/${name}.schema.json`);

  /** Validates each item of an array file; returns the items with their file for later checks. */
  function loadList(file, schemaName) {
    const list = readJson(file);
    if (list === undefined) return [];
    const where = relative(dataDir, file);
    if (!Array.isArray(list)) {
      problem(where, 'must be an array');
      return [];
    }
    const validate = schemaFor(schemaName);
    return list.map((item, index) => {
      const label = `${where} [${index}${item && item.id ? ` ${item.id}` : ''}]`;
      if (!validate(item)) {
        for (const e of validate.errors) problem(label, `${e.instancePath || '/'} ${e.message}`);
      }
      return { item, label };
    });
  }

  const categories = loadList(join(dataDir, 'categories.json'), 'category');
  const routes = loadList(join(dataDir, 'entry-routes.json'), 'entry-route');
  const organisations = jsonFiles(join(dataDir, 'organisations')).flatMap((f) => loadList(f, 'organisation'));
  const roles = jsonFiles(join(dataDir, 'roles')).flatMap((f) => loadList(f, 'role'));
  const glossary = existsSync(join(dataDir, 'glossary.json')) ? loadList(join(dataDir, 'glossary.json'), 'glossary') : [];
  const finder = existsSync(join(dataDir, 'finder.json')) ? readJson(join(dataDir, 'finder.json')) : undefined;
  if (finder !== undefined && !schemaFor('finder')(finder)) {
    for (const e of schemaFor('finder').errors) problem('finder.json', `${e.instancePath || '/'} ${e.message}`);
  }
  const vocabulary = existsSync(join(dataDir, 'vocabulary.json')) ? readJson(join(dataDir, 'vocabulary.json')) : undefined;
  if (vocabulary !== undefined && !schemaFor('vocabulary')(vocabulary)) {
    for (const e of schemaFor('vocabulary').errors) problem('vocabulary.json', `${e.instancePath || '/'} ${e.message}`);
  }
  const skills = existsSync(join(dataDir, 'skills.json')) ? readJson(join(dataDir, 'skills.json')) : undefined;
  if (skills !== undefined && !schemaFor('skills')(skills)) {
    for (const e of schemaFor('skills').errors) problem('skills.json', `${e.instancePath || '/'} ${e.message}`);
  }
  const recheckDir = join(dataDir, 'recheck');
  const recheckLogs = existsSync(recheckDir) ? jsonFiles(recheckDir).map((file) => ({ file, log: readJson(file) })) : [];
  for (const { file, log } of recheckLogs) {
    if (log !== undefined && !schemaFor('recheck-log')(log)) {
      for (const e of schemaFor('recheck-log').errors) problem(relative(dataDir, file), `${e.instancePath || '/'} ${e.message}`);
    }
  }
  const pay = readJson(join(dataDir, 'pay.json'));
  if (pay !== undefined && !schemaFor('pay')(pay)) {
    for (const e of schemaFor('pay').errors) problem('data/pay.json', `${e.instancePath || '/'} ${e.message}`);
  }

  // Unique ids within each kind
  const idsOf = (entries, kind) => {
    const seen = new Map();
    for (const { item, label } of entries) {
      if (!item || typeof item.id !== 'string') continue;
      if (seen.has(item.id)) problem(label, `duplicate ${kind} id "${item.id}" (also ${seen.get(item.id)})`);
      else seen.set(item.id, label);
    }
    return seen;
  };
  const categoryIds = idsOf(categories, 'category');
  const routeIds = idsOf(routes, 'entry route');
  const organisationIds = idsOf(organisations, 'organisation');
  const roleIds = idsOf(roles, 'role');
  const glossaryIds = idsOf(glossary, 'glossary');
  const skillIds = idsOf((skills?.skills ?? []).map((item) => ({ item, label: `skills.json [${item.id}]` })), 'skill');
  const voluntaryRegisterIds = new Set(organisations.filter(({ item }) => item?.kind === 'accredited-register').map(({ item }) => item.id));
  const regulatorIds = new Set(
    organisations.filter(({ item }) => ['regulator', 'accredited-register'].includes(item?.kind)).map(({ item }) => item.id),
  );

  // References and rules per role
  const bandOrder = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];
  const titles = new Map();
  for (const { item: role, label } of roles) {
    if (!role || typeof role !== 'object') continue;
    if (role.category && !categoryIds.has(role.category)) problem(label, `unknown category "${role.category}"`);
    for (const id of role.entryRoutes ?? []) if (!routeIds.has(id)) problem(label, `unknown entry route "${id}"`);
    for (const id of role.relatedRoles ?? []) {
      if (!roleIds.has(id) && !partial) problem(label, `unknown related role "${id}"`);
      if (id === role.id) problem(label, 'lists itself as a related role');
    }
    for (const id of role.organisations ?? []) if (!organisationIds.has(id)) problem(label, `unknown organisation "${id}"`);
    if (role.regulator && role.regulator !== 'none' && !regulatorIds.has(role.regulator)) {
      problem(label, `regulator "${role.regulator}" is not an organisation of kind regulator or accredited-register`);
    }
    // A band that is not a band at all is the schema's problem, not a reversed range.
    const [fromBand, toBand] = [bandOrder.indexOf(role.pay?.from), bandOrder.indexOf(role.pay?.to)];
    if (role.pay?.scale === 'agenda-for-change' && fromBand >= 0 && toBand >= 0 && fromBand > toBand) {
      problem(label, `pay band range ${role.pay.from} to ${role.pay.to} is reversed`);
    }
    if (typeof role.work === 'string') {
      const sentences = role.work.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      if (sentences < 2 || sentences > 4) problem(label, `"work" has ${sentences} sentences; write 2 to 4`);
    }
    if (typeof role.checked === 'string' && isAfter(role.checked, today)) problem(label, `checked date ${role.checked} is in the future (today is ${today})`);
    for (const message of provenanceProblems(role, { roleIds: new Set(roleIds.keys()), skillIds: new Set(skillIds.keys()), voluntaryRegisterIds, today })) {
      problem(label, message);
    }
    const titleKey = String(role.title).toLowerCase();
    if (titles.has(titleKey)) problem(label, `same title as ${titles.get(titleKey)}`);
    titles.set(titleKey, label);
  }
  const subAreas = new Set(roles.map(({ item }) => item?.subArea).filter(Boolean));
  // Sub-areas named by the finder and the vocabulary can only be checked against every category's roles.
  const knownSubArea = (name) => subAreas.has(name) || !categories.every(({ item }) => roles.some((role) => role.item?.category === item?.id));
  // Pay tables: each sits under its own nation, England's stand in for missing ones, and none is dated ahead.
  if (pay && typeof pay === 'object') {
    for (const { key, nation, table } of payTablesOf(pay)) {
      const where = `pay.json ${key}`;
      if (table.nation !== nation) problem(where, `names nation "${table.nation}" but sits under "${nation}"`);
      if (typeof table.checked === 'string' && isAfter(table.checked, today)) problem(where, `checked date ${table.checked} is in the future (today is ${today})`);
      for (const row of [...(table.bands ?? []), ...(table.grades ?? [])]) {
        if (row.min > row.max) problem(where, `${row.band ? `band ${row.band}` : row.id} has a minimum above its maximum`);
      }
      const bands = (table.bands ?? []).map((b) => b.band);
      if (new Set(bands).size !== bands.length) problem(where, 'lists a band twice');
    }
    for (const scale of ['agendaForChange', 'residentDoctors']) {
      if (!pay.england?.[scale]) problem('pay.json england', `has no ${scale} table; England's tables stand in where a nation has none`);
    }
  }

  // The finder's weights must name real categories and routes, and its ids must be unique.
  for (const [qi, question] of (finder?.questions ?? []).entries()) {
    const label = `finder.json [question ${qi} ${question.id}]`;
    if (finder.questions.findIndex((q) => q.id === question.id) !== qi) problem(label, 'duplicate question id');
    for (const [ai, answer] of (question.answers ?? []).entries()) {
      if (question.answers.findIndex((a) => a.id === answer.id) !== ai) problem(label, `duplicate answer id "${answer.id}"`);
      for (const id of Object.keys(answer.weights?.categories ?? {})) if (!categoryIds.has(id)) problem(label, `unknown category "${id}" in answer "${answer.id}"`);
      for (const id of Object.keys(answer.weights?.entryRoutes ?? {})) if (!routeIds.has(id)) problem(label, `unknown entry route "${id}" in answer "${answer.id}"`);
      for (const id of answer.weights?.qualification?.onTo?.routes ?? []) if (!routeIds.has(id)) problem(label, `unknown entry route "${id}" in answer "${answer.id}"`);
      for (const name of Object.keys(answer.weights?.fields?.subArea ?? {})) if (!knownSubArea(name)) problem(label, `unknown sub-area "${name}" in answer "${answer.id}"`);
    }
  }

  // The vocabulary must lead to real categories, sub-areas and entry routes, and name each id once.
  const vocabularyIds = new Set();
  for (const [i, entry] of (vocabulary?.entries ?? []).entries()) {
    const label = `vocabulary.json [entry ${i} ${entry.id}]`;
    if (vocabularyIds.has(entry.id)) problem(label, 'duplicate id');
    vocabularyIds.add(entry.id);
    for (const id of entry.find?.categories ?? []) if (!categoryIds.has(id)) problem(label, `unknown category "${id}"`);
    for (const name of entry.find?.subAreas ?? []) if (!knownSubArea(name)) problem(label, `unknown sub-area "${name}"`);
    if (entry.terms?.cy && !entry.cySource) problem(label, 'has Welsh terms without cySource (a page, or "ours")');
  }
  for (const [i, intent] of (vocabulary?.intents ?? []).entries()) {
    const label = `vocabulary.json [intent ${i} ${intent.id}]`;
    if (vocabulary.intents.findIndex((x) => x.id === intent.id) !== i) problem(label, 'duplicate id');
    if ([intent.filter, intent.unsupported, intent.nation].filter((x) => x !== undefined).length !== 1) {
      problem(label, 'needs exactly one of filter, unsupported or nation');
    }
    if (intent.filter?.entryRoute && !routeIds.has(intent.filter.entryRoute)) problem(label, `unknown entry route "${intent.filter.entryRoute}"`);
  }
  const rolesById = new Map(roles.filter(({ item }) => item?.id).map(({ item }) => [item.id, item]));
  for (const { file, log } of recheckLogs) {
    if (!categoryIds.has(log?.category)) problem(relative(dataDir, file), `unknown category "${log?.category}"`);
    for (const message of recheckLogProblems(log, rolesById)) problem(relative(dataDir, file), message);
  }

  for (const { item, label } of glossary) {
    for (const id of item?.seeAlso ?? []) if (!glossaryIds.has(id)) problem(label, `unknown glossary entry "${id}"`);
  }

  // Our own words: no run of 10 or more words shared with a seed document; 8 for re-checked roles
  // and the skills vocabulary (issue 13 lowers the limit to 8 for every text as roles are re-checked).
  const RUN = 10;
  const RUN_RECHECKED = 8;
  const words = (text) => text.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9£]+/g) ?? [];
  const seedRuns = new Map([[RUN, new Set()], [RUN_RECHECKED, new Set()]]);
  if (existsSync(seedsDir)) {
    for (const f of readdirSync(seedsDir)) {
      const w = words(readFileSync(join(seedsDir, f), 'utf8'));
      for (const [run, set] of seedRuns) for (let i = 0; i + run <= w.length; i++) set.add(w.slice(i, i + run).join(' '));
    }
  }
  // Links are facts, not prose: only sentences are compared.
  const textsOf = (value) =>
    typeof value === 'string' ? (value.startsWith('https://') ? [] : [value]) : Array.isArray(value) ? value.flatMap(textsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];
  const skillEntries = (skills?.skills ?? []).map((item) => ({ item, label: `skills.json [${item.id}]` }));
  for (const { item, label } of [...categories, ...routes, ...organisations, ...roles, ...glossary, ...skillEntries]) {
    const run = item?.provenance || skillEntries.some((entry) => entry.item === item) ? RUN_RECHECKED : RUN;
    // Source names in provenance are titles of other people's pages, quoted on purpose.
    const { provenance, ...prose } = item ?? {};
    for (const text of textsOf(provenance ? prose : item)) {
      const w = words(text);
      for (let i = 0; i + run <= w.length; i++) {
        if (seedRuns.get(run).has(w.slice(i, i + run).join(' '))) {
          problem(label, `shares the words "${w.slice(i, i + run).join(' ')}" with a seed document: rewrite in our own words`);
          break;
        }
      }
    }
  }

  // The bundle carries only the files src/data/bundled.ts imports: a file left out would vanish silently.
  const bundledSource = ['bundled.ts', 'bundled-index.ts'].map((f) => readFileSync(join(root, 'src', 'data', f), 'utf8')).join('\n');
  for (const folder of dataDir === join(root, 'data') ? ['roles', 'organisations'] : []) {
    for (const file of readdirSync(join(dataDir, folder)).filter((f) => f.endsWith('.json'))) {
      if (!bundledSource.includes(`'../../data/${folder}/${file}'`)) problem(`data/${folder}/${file}`, 'is not imported by src/data/bundled.ts or bundled-index.ts');
    }
  }

  // Widgets that list roles load the committed index, not data/roles: it must say the same. It is
  // compared only when the data is otherwise sound: an index of broken roles cannot be built.
  if (dataDir === join(root, 'data') && problems.length === 0) {
    const indexFile = join(root, ROLE_INDEX_PATH);
    if (!existsSync(indexFile) || readFileSync(indexFile, 'utf8') !== roleIndexText(dataDir)) {
      problem(ROLE_INDEX_PATH, 'is out of date with data/roles; run `node scripts/role-index.mjs`');
    }
  }

  // Coverage
  const covered = new Set(roles.map(({ item }) => item?.category));
  if (roles.length < minRoles) problem('data/roles', `${roles.length} roles; at least ${minRoles} expected`);
  if (minRoles > 0) for (const id of categoryIds.keys()) if (!covered.has(id)) problem('data/roles', `no role in category "${id}"`);

  const summary =
    `data: ${roles.length} roles in ${covered.size} of ${categoryIds.size} categories, ${routeIds.size} entry routes, ` +
    `${organisationIds.size} organisations, ${glossaryIds.size} glossary terms, ${finder?.questions.length ?? 0} finder questions`;
  // A pay table whose financial year has ended is still valid data (a nation may publish late), so it
  // is a warning, not a failure: it shows in every run from 1 April until the table is updated.
  const warnings = pay && typeof pay === 'object' ? payWarnings(pay, today) : [];
  return { problems, summary, warnings };
}

// The command line is tested through child processes (validate-data-cli.test.mjs), which Stryker's
// per-test coverage cannot see; its mutants would all count as untested.
// Stryker disable all
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { problems, summary, warnings } = validateData({
    dataDir: option('--data'),
    seedsDir: option('--seeds'),
    minRoles: Number(option('--min-roles') ?? 0) || 0,
    partial: args.includes('--partial'),
    today: todayFrom(args),
  });
  if (problems.length > 0) {
    console.error(problems.map((p) => `  ✗ ${p}`).join('\n'));
    console.error(`data: ${problems.length} problem(s) found`);
    process.exit(1);
  }
  for (const warning of warnings) console.warn(`  ! pay.json ${warning.message}`);
  if (!args.includes('--quiet')) console.log(`${summary}: valid`);
}
// Stryker restore all
