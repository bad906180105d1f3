// The role index: each role's summary fields (src/data/types.ts `RoleSummary`), which widgets that
// list roles load instead of the full dataset. It is derived from data/roles and committed as
// data/generated/role-index.json, so every tool (rollup, Vite, the test runner, tsc) can import it
// as plain JSON; the data validator fails when it is out of date.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROLE_INDEX_PATH = join('data', 'generated', 'role-index.json');

/** The index of the roles in a data folder, in the order src/data/bundled.ts joins them (file name order). */
export function roleIndexOf(dataDir) {
  const files = readdirSync(join(dataDir, 'roles')).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((file) =>
    JSON.parse(readFileSync(join(dataDir, 'roles', file), 'utf8')).map((role) => ({
      id: role.id,
      title: role.title,
      category: role.category,
      subArea: role.subArea,
      entryRoutes: role.entryRoutes,
      // Links need only the first source; the full role carries the rest.
      sources: role.sources.slice(0, 1),
    })),
  );
}

// One role a line, so a change to the data shows as a readable diff.
export const roleIndexText = (dataDir) => `[\n${roleIndexOf(dataDir).map((role) => JSON.stringify(role)).join(',\n')}\n]\n`;

// `node scripts/role-index.mjs` rewrites the committed index after an edit to data/roles.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  mkdirSync(join(root, 'data', 'generated'), { recursive: true });
  writeFileSync(join(root, ROLE_INDEX_PATH), roleIndexText(join(root, 'data')));
  console.log(`wrote ${ROLE_INDEX_PATH}`);
}
