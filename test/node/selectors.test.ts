// Lookups every widget uses (src/data/selectors.ts): a role, category, way in, organisation or pay
// band by id, roles by category and by way in in dataset order, and whether a dataset has every
// role in full. Each dataset gets its own lookup, so a provider's data never mixes with the bundle's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findCategory,
  findEntryRoute,
  findOrganisation,
  findPayBand,
  findRole,
  hasEveryRoleInFull,
  isFullRole,
  rolesInCategory,
  rolesOnEntryRoute,
} from '../../src/data/selectors.js';
import type { DatasetIndex, RoleSummary } from '../../src/data/types.js';
import { PAY, makeDataset, makeRole } from './helpers/dataset.js';

const nurse = makeRole({ id: 'nurse', category: 'nursing', entryRoutes: ['higher-education', 'apprenticeships'] });
const pharmacist = makeRole({ id: 'pharmacist', category: 'pharmacy', entryRoutes: ['higher-education'] });
const healthcareAssistant = makeRole({ id: 'healthcare-assistant', category: 'nursing', entryRoutes: null });
const dataset = makeDataset([nurse, pharmacist, healthcareAssistant]);
const ids = (roles: readonly RoleSummary[]) => roles.map((role) => role.id);

describe('selectors', () => {
  it('find a role, category, way in and organisation by id, or undefined', () => {
    assert.equal(findRole(dataset, 'pharmacist'), pharmacist);
    assert.equal(findRole(dataset, 'astronaut'), undefined);
    assert.equal(findCategory(dataset, 'pharmacy')?.name, 'Pharmacy');
    assert.equal(findCategory(dataset, 'astronomy'), undefined);
    assert.equal(findEntryRoute(dataset, 'apprenticeships')?.name, 'Apprenticeships');
    assert.equal(findEntryRoute(dataset, 'by-rocket'), undefined);
    assert.equal(findOrganisation(dataset, 'hcpc')?.id, 'hcpc');
    assert.equal(findOrganisation(dataset, 'nasa'), undefined);
  });

  it('list the roles in a category, in dataset order, and none for an unknown one', () => {
    assert.deepEqual(ids(rolesInCategory(dataset, 'nursing')), ['nurse', 'healthcare-assistant']);
    assert.deepEqual(ids(rolesInCategory(dataset, 'astronomy')), []);
  });

  it('list the roles open through a way in, skipping roles whose ways in are not known', () => {
    assert.deepEqual(ids(rolesOnEntryRoute(dataset, 'higher-education')), ['nurse', 'pharmacist']);
    assert.deepEqual(ids(rolesOnEntryRoute(dataset, 'apprenticeships')), ['nurse']);
    assert.deepEqual(ids(rolesOnEntryRoute(dataset, 'by-rocket')), []);
  });

  it('find an Agenda for Change band by name, in England’s table unless a nation is named', () => {
    const bandIn = (nation: 'england' | 'scotland', band: string) => PAY[nation].agendaForChange!.bands.find((b) => b.band === band);
    assert.deepEqual(findPayBand(dataset, '5'), bandIn('england', '5'));
    assert.deepEqual(findPayBand(dataset, '5', 'scotland'), bandIn('scotland', '5'));
    assert.notDeepEqual(bandIn('england', '5'), bandIn('scotland', '5'), 'the nations’ figures differ');
    assert.equal(findPayBand(dataset, '10'), undefined);
  });

  it('keep each dataset’s lookups apart', () => {
    const other = makeDataset([makeRole({ id: 'nurse', title: 'Nurse of another dataset', category: 'pharmacy' })]);
    assert.equal(findRole(dataset, 'nurse'), nurse);
    assert.equal(findRole(other, 'nurse')?.title, 'Nurse of another dataset');
    assert.deepEqual(ids(rolesInCategory(other, 'nursing')), []);
    assert.deepEqual(ids(rolesInCategory(dataset, 'nursing')), ['nurse', 'healthcare-assistant']);
  });
});

describe('whether roles are there in full', () => {
  const summary = (role: RoleSummary): RoleSummary => ({ id: role.id, title: role.title, category: role.category, subArea: role.subArea, entryRoutes: role.entryRoutes, sources: role.sources });

  it('a role is full when it has its work text, not when it is a summary', () => {
    assert.equal(isFullRole(nurse), true);
    assert.equal(isFullRole(summary(nurse)), false);
  });

  it('a dataset is full only when every role is, and the answer stays with the dataset', () => {
    assert.equal(hasEveryRoleInFull(dataset), true);
    const index: DatasetIndex = { ...dataset, roles: [nurse, summary(pharmacist)] };
    assert.equal(hasEveryRoleInFull(index), false);
    assert.equal(hasEveryRoleInFull(index), false, 'asked again');
    assert.equal(hasEveryRoleInFull({ ...dataset, roles: [] }), true, 'no roles: nothing is missing');
  });
});
