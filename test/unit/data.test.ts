import { expect } from '@open-wc/testing';
import * as data from '../../src/data/index.js';
import { formatPounds } from '../../src/data/pay.js';
import { editDistance, stem, tokens } from '../../src/data/search.js';
import { VERSION } from '../../src/version.js';
import packageJson from '../../package.json';

describe('nhs-role-widgets/data', () => {
  it('exports the dataset as arrays and lookups', () => {
    expect(data.categories).to.have.length(14);
    expect(data.entryRoutes.map((r) => r.id)).to.include.members(['school-leavers', 'apprenticeships', 'higher-education', 'support-to-progress']);
    expect(data.getRole('biomedical-scientist')?.title).to.equal('Biomedical scientist');
    expect(data.getRole('no-such-role')).to.equal(undefined);
    expect(data.rolesByCategory('pharmacy').map((r) => r.id)).to.include('pharmacy-technician');
    expect(data.rolesByEntryRoute('school-leavers').every((r) => r.entryRoutes?.includes('school-leavers'))).to.equal(true);
    expect(data.payBands.bands.find((b) => b.band === '5')).to.deep.include({ min: 31049, max: 37796 });
  });

  it('formats pay with its year and nation', () => {
    const band5 = { scale: 'agenda-for-change', from: '5', to: '5' } as const;
    expect(data.formatPay(band5)).to.equal('Band 5: £31,049 to £37,796 (England, 2025/26)');
    expect(data.formatPay(band5, 'scotland')).to.equal('Band 5: £34,494 to £42,978 (Scotland, 2026/27)');
    expect(data.formatPay(data.dataset, band5), 'the older (dataset, pay) form').to.equal('Band 5: £31,049 to £37,796 (England, 2025/26)');
  });

  it('exports every pay table, each naming its year, nation and sources', () => {
    expect(Object.keys(data.pay)).to.have.members(['england', 'wales', 'scotland', 'northern-ireland']);
    for (const table of data.payTables(data.dataset)) {
      expect(table.year).to.match(/^20\d\d\/\d\d$/);
      expect(data.NATIONS).to.include(table.nation);
      expect(table.sources.length).to.be.greaterThan(0);
    }
  });

  it('writes whole pounds with thousands separators, as en-GB does', () => {
    for (const n of [0, 999, 1000, 31049, 100000, 1234567]) expect(formatPounds(n)).to.equal(`£${n.toLocaleString('en-GB')}`);
  });

  it('ranks by title first and tolerates plurals, abbreviations and typos', () => {
    const first = (query: string) => data.searchRoles(query)[0]?.id;
    expect(first('biomedical scientist')).to.equal('biomedical-scientist');
    expect(first('biomedical scientists')).to.equal('biomedical-scientist');
    expect(first('BMS')).to.equal('biomedical-scientist');
    expect(first('pharmacy technicians')).to.equal('pharmacy-technician');
    expect(first('receptionist')).to.equal('medical-receptionist');
    expect(data.searchRoles('pharmasist')[0]?.title).to.match(/pharmacist/i);
    expect(data.searchRoles('')).to.deep.equal([]);
    expect(data.searchRoles('zzzzqqq')).to.deep.equal([]);
  });

  it('finds the right role first for the searches pupils type', () => {
    const first = (query: string) => data.searchRoles(query)[0]?.id;
    expect(first('porter')).to.equal('porter');
    expect(first('physio')).to.equal('physiotherapist');
    expect(first('radiographers')).to.equal('diagnostic-radiographer');
    expect(['community-pharmacist', 'hospital-pharmacist']).to.include(first('pharmasist'));
    expect(first('ODP')).to.equal('operating-department-practitioner');
    expect(first('999 call handler')).to.equal('emergency-medical-dispatcher');
    expect(first('HCA')).to.equal('healthcare-support-worker');
    expect(first('nurse')).to.equal('adult-nurse');
    expect(first('paediatrics')).to.equal('paediatrician');
    expect(first('phlebotomy')).to.equal('phlebotomist');
  });

  it('has at least 350 roles across all 14 categories, each with a source and a check date', () => {
    expect(data.roles.length).to.be.at.least(350);
    expect(new Set(data.roles.map((r) => r.category)).size).to.equal(14);
    for (const category of data.categories) expect(data.rolesByCategory(category.id).length, category.id).to.be.greaterThan(2);
    expect(data.roles.every((r) => r.sources.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(r.checked))).to.equal(true);
  });

  it('stems and measures words as the search expects', () => {
    expect(stem('radiographers')).to.equal('radiographer');
    expect(stem('therapies')).to.equal(stem('therapist'));
    expect(stem('physiotherapy')).to.equal(stem('physiotherapists'));
    expect(stem('paediatrics')).to.equal(stem('paediatrician'));
    expect(stem('sciences')).to.equal(stem('science'));
    expect(tokens('A&E nurse')).to.deep.equal([stem('ae'), stem('nurse')]);
    expect(editDistance('pharmasist', 'pharmacist', 2)).to.equal(1);
    expect(editDistance('teh', 'the', 1)).to.equal(1);
    expect(editDistance('porter', 'physicist', 2)).to.equal(3);
  });

  it('joins lists the British and the Welsh way', async () => {
    const { joinList } = await import('../../src/i18n/index.js');
    expect(joinList('en', ['Porter', 'Chef', 'Driver'])).to.equal('Porter, Chef and Driver');
    expect(joinList('cy', ['Porter', 'Chef', 'Driver'])).to.equal('Porter, Chef a Driver');
    expect(joinList('cy', ['Porter', 'Electrician'])).to.equal('Porter ac Electrician');
    expect(joinList('cy', ['Porter'])).to.equal('Porter');
  });

  it('has the same version as package.json', () => {
    expect(VERSION).to.equal(packageJson.version);
  });
});
