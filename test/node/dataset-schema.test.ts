// The dataset schema that ships in the package (data/schema/dataset.schema.json, exported as
// nhs-role-widgets/schema/dataset.schema.json) describes the dataset the package exports, and a
// host's dataset that meets it passes the provider's run-time checks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { checkDataset } from '../../src/data/check-dataset.js';

// Strict, as scripts/validate-data.mjs reads the schemas.
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const file of readdirSync('data/schema')) ajv.addSchema(JSON.parse(readFileSync(`data/schema/${file}`, 'utf8')));
const validate = ajv.getSchema('https://nhs-role-widgets.local/schema/dataset.schema.json')!;

describe('the dataset schema', () => {
  it('accepts the bundled dataset, whole', () => {
    assert.ok(validate(JSON.parse(JSON.stringify(bundledDataset))), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('accepts roles alone, as the provider does, and refuses a dataset without roles', () => {
    assert.ok(validate({ roles: bundledDataset.roles.slice(0, 2) }));
    assert.equal(validate({ categories: bundledDataset.categories }), false);
    assert.equal(validate({ roles: [] }), false);
  });

  it('describes nothing the run-time checks refuse: a dataset that meets it is accepted', () => {
    const host = { roles: bundledDataset.roles.slice(0, 5).map((role) => ({ ...role, relatedRoles: [] })) };
    assert.ok(validate(host));
    assert.deepEqual(checkDataset(host, bundledDataset).problems, []);
  });
});
