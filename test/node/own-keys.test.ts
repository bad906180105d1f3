// Ids come from datasets a host may supply, so an id that names an Object method (`constructor`,
// `__proto__`, `toString`) must look up nothing, never a function from Object.prototype.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset } from '../../src/data/bundled.js';
import { suggestRoles, finderQuestions } from '../../src/data/finder.js';
import { isNation } from '../../src/data/pay.js';
import { findCategory, findRole } from '../../src/data/selectors.js';
import type { Dataset, Role } from '../../src/data/types.js';
import { messagesFor } from '../../src/i18n/index.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('lookups by an id from a dataset', () => {
  it('find no role or category named after an Object method', () => {
    for (const id of NAMES) {
      assert.equal(findRole(bundledDataset, id), undefined, id);
      assert.equal(findCategory(bundledDataset, id), undefined, id);
    }
  });

  it('give no translated name to such an id, in either language, so the dataset’s own name shows', () => {
    for (const language of ['en', 'cy'] as const) {
      const m = messagesFor(language);
      for (const id of NAMES) {
        assert.equal(m.categoryNames[id], undefined, `${language} category ${id}`);
        assert.equal(m.routeNames[id], undefined, `${language} route ${id}`);
      }
    }
    assert.equal(messagesFor('cy').categoryNames.nursing, 'Nyrsio');
  });

  it('take no nation named after an Object method', () => {
    for (const id of NAMES) assert.equal(isNation(id), false, id);
    assert.equal(isNation('wales'), true);
  });

  it('score a role whose category or ways in name Object methods as one whose ids are simply unknown', () => {
    const withIds = (id: string): Dataset => ({
      ...bundledDataset,
      roles: bundledDataset.roles.map((role) => ({ ...role, category: id, entryRoutes: [id], patientContact: id as Role['patientContact'] })),
    });
    const scores = (dataset: Dataset, answers: Record<string, string>) =>
      suggestRoles(dataset, answers, dataset.roles.length).map((s) => `${s.role.id} ${s.score}`);
    for (const question of finderQuestions) {
      for (const answer of question.answers) {
        const answers = { [question.id]: answer.id };
        const unknown = scores(withIds('zz-unknown'), answers);
        for (const id of NAMES) assert.deepEqual(scores(withIds(id), answers), unknown, `${question.id}=${answer.id} with ${id}`);
      }
    }
  });
});
