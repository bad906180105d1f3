// What each way of importing the package costs an app (issue 19): a Vite app that imports one
// card fetches at most 40 KB (brotli) before the card is painted, the role index and that one
// role's details and no other role in full; a provider adds at most 5 KB. The README's table of
// import costs states what this measures. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { IMPORT_COSTS, measureImportCosts, readmeFigures } from './import-costs.mjs';

describe('what an import costs an app built with vite', () => {
  let results;
  before(async () => {
    results = await measureImportCosts();
  });

  for (const { app, shows, budgetKB } of IMPORT_COSTS) {
    it(`${app}: ${shows} within ${budgetKB} KB before paint, with one role in full`, () => {
      const { kb, files, rolesInFull } = results.find((r) => r.app === app);
      assert.ok(kb <= budgetKB, `${kb.toFixed(1)} KB fetched (${files.join(', ')})`);
      // The card's own role and no other: the npm path loads role details as the script tag does.
      assert.equal(rolesInFull, 1, `${rolesInFull} roles in full in ${files.join(', ')}`);
    });
  }

  it('the README states the measured figures (node test/frameworks/import-costs.mjs --write updates them)', () => {
    const stated = readmeFigures(readFileSync('README.md', 'utf8'));
    assert.equal(stated.length, IMPORT_COSTS.length, 'the README has no table of import costs');
    results.forEach((r, i) => assert.ok(Math.abs(stated[i] - r.kb) <= 1, `README says ${stated[i]} KB for ${r.app}, measured ${r.kb.toFixed(1)} KB`));
  });
});
