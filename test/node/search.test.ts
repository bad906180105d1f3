// Ranked search: what matches, in which order, with which filters. A small dataset whose scores can
// be reasoned about, then the shipped data for the cases readers rely on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset } from '../../src/data/bundled.js';
import { prepareSearch, rankRoles, searchRoles, similarity, tokens } from '../../src/data/search.js';
import type { Role } from '../../src/data/types.js';
import { datasetOf, role, tinyVocabulary } from './search-helpers.js';

const tiny = datasetOf([
  role('porter', { title: 'Porter', summary: 'Moves patients around the hospital.', minQualification: 'none', entryRoutes: ['school-leavers', 'apprenticeships'], pay: { scale: 'agenda-for-change', from: '2', to: '2' } }),
  role('dentist', { title: 'Dentist', category: 'dental-team', summary: 'Looks after teeth and gums.' }),
  role('dental-nurse', { title: 'Dental nurse', category: 'dental-team', summary: 'Helps the dentist.', minQualification: 'a-level', entryRoutes: ['apprenticeships'] }),
  role('dental-receptionist', { title: 'Dental receptionist', category: 'dental-team', summary: 'Books appointments.', minQualification: 'none' }),
  role('general-physician', { title: 'General physician', summary: 'A hospital doctor for adults.' }),
  role('medical-physicist', { title: 'Medical physicist', summary: 'Applies physics to medicine.' }),
  role('anatomical-pathology-technologist', { title: 'Anatomical pathology technologist', alternativeTitles: ['APT', 'mortuary technician'], summary: 'Works in the mortuary.' }),
  role('psychological-wellbeing-practitioner', { title: 'Psychological wellbeing practitioner', alternativeTitles: ['PWP', 'low intensity therapist'], summary: 'Guided self-help.' }),
  role('sonographer', { title: 'Sonographer', subArea: 'Imaging', summary: 'Uses ultrasound.' }),
  role('software-developer', { title: 'Software developer', summary: 'Writes code. IT systems.', minQualification: null }),
  role('general-practitioner', { title: 'General practitioner', alternativeTitles: ['GP'], summary: 'A family doctor.' }),
  role('cook', { title: 'Cook', summary: 'Cooking meals for patients.', minQualification: 'gcse', pay: { scale: 'agenda-for-change', from: '2', to: '3' } }),
  role('pharmacist', { title: 'Hospital pharmacist', alternativeTitles: ['pharmacist'], summary: 'Medicines.' }),
  role('healthcare-support-worker', { title: 'Healthcare support worker', alternativeTitles: ['healthcare assistant', 'HCA'], summary: 'Care on wards.', minQualification: 'none' }),
  role('pharmacy-lead', { title: 'Pharmacy lead', summary: 'Runs the pharmacy.' }),
  role('healthcare-science-assistant', { title: 'Healthcare science assistant', summary: 'Helps in labs.', minQualification: 'gcse' }),
]);
const find = (query: string) => searchRoles(tiny, query, tinyVocabulary).roles.map((r) => r.id);

describe('similarity', () => {
  it('scores exact, start-of-word and typo matches, in that order', () => {
    assert.equal(similarity('nurse', 'nurse'), 1);
    assert.equal(similarity('nur', 'nurse'), 0.75);
    assert.equal(similarity('nurce', 'nurse'), 0.6);
    assert.ok(Math.abs(similarity('pharmasists', 'pharmacist') - 0.45) < 1e-9);
    assert.equal(similarity('pharmxsxst', 'pharmacist'), 0);
  });
  it('matches abbreviations, and words shorter than three letters, only whole', () => {
    assert.equal(similarity('apt', 'apt', true), 1);
    assert.equal(similarity('iapt', 'apt'), 0);
    assert.equal(similarity('ap', 'apt'), 0);
    assert.equal(similarity('apt', 'aptitude', true), 0);
    assert.equal(similarity('odp', 'odps', false, true), 0);
    assert.equal(similarity('nurss', 'nurse', false, true), 0);
  });
  it('forgives typos only in words of five letters or more, against words of four or more', () => {
    assert.equal(similarity('nurs', 'nuts'), 0);
    assert.equal(similarity('nurse', 'ner'), 0);
    assert.equal(similarity('abcde', 'abcdx'), 0.6);
    assert.ok(Math.abs(similarity('abcdefgh', 'abcdefxy') - 0.45) < 1e-9);
    assert.equal(similarity('abcdefg', 'abcdexy'), 0);
  });
});

describe('searchRoles on a small dataset', () => {
  it('finds nothing for an empty query or stop words alone', () => {
    assert.deepEqual(find(''), []);
    assert.deepEqual(find('   '), []);
    assert.deepEqual(find('the'), []);
  });
  it('ranks a title above an alternative title above a summary', () => {
    assert.deepEqual(find('dentist').slice(0, 2), ['dentist', 'dental-nurse']);
    const pharmacist = find('pharmacist');
    assert.equal(pharmacist[0], 'pharmacist');
  });
  it('does not need every word to match, and ranks more matches higher', () => {
    const found = find('dental receptionist appointments');
    assert.equal(found[0], 'dental-receptionist');
    assert.ok(found.includes('dentist'), 'a role matching one word still shows');
    assert.ok(found.indexOf('dental-nurse') > 0);
    assert.ok(find('porter zzzzzzz').includes('porter'));
  });
  it('weighs a rare word above a common one', () => {
    // "patients" is in the summaries of two roles, "ultrasound" in one.
    assert.equal(find('patients ultrasound')[0], 'sonographer');
  });
  it('meets -ing with the verb and keeps physics apart from physician', () => {
    assert.equal(find('cooking')[0], 'cook');
    assert.deepEqual(find('physics'), ['medical-physicist']);
    assert.equal(find('physician')[0], 'general-physician');
    assert.ok(!find('physician').includes('medical-physicist'));
  });
  it('forgives typos before and after stemming', () => {
    assert.equal(find('pharmasist')[0], 'pharmacist');
    // As typed: "cookng" is one slip from "cooking", two from the stem "cook".
    assert.equal(find('cookng')[0], 'cook');
    // After stemming: "pharmasists" is far from "pharmacy", but its stem is one slip from pharmacy's.
    assert.ok(find('pharmasists').includes('pharmacy-lead'));
    assert.equal(find('dentistt')[0], 'dentist');
  });
  it('prefers the role whose title the corrected words spell', () => {
    assert.equal(find('helthcare assistant')[0], 'healthcare-support-worker');
  });
  it('matches abbreviations whole: IAPT is not APT', () => {
    assert.deepEqual(find('APT'), ['anatomical-pathology-technologist']);
    assert.ok(!find('IAPT').includes('anatomical-pathology-technologist'));
    assert.deepEqual(find('IAPT'), ['psychological-wellbeing-practitioner']);
    assert.deepEqual(find('HCA'), ['healthcare-support-worker']);
    assert.deepEqual(find('GP'), ['general-practitioner']);
  });
  it('leads a reader\'s word to roles by category, sub-area and words', () => {
    assert.deepEqual(find('teeth').sort(), ['dental-nurse', 'dental-receptionist', 'dentist']);
    assert.deepEqual(find('scans'), ['sonographer']);
    assert.equal(find('meddyg')[0], 'general-physician');
    assert.equal(find('yn feddyg teulu')[0], 'general-practitioner');
    assert.deepEqual(find('IT'), ['software-developer']);
  });
  it('applies intents as filters, and lists every allowed role by title when nothing else is asked', () => {
    assert.deepEqual(find('apprenticeship'), ['dental-nurse', 'porter']);
    assert.deepEqual(find('dental no degree'), ['dental-nurse', 'dental-receptionist']);
    const band = searchRoles(tiny, 'band 3', tinyVocabulary);
    assert.deepEqual(band.roles.map((r) => r.id), ['cook']);
    assert.deepEqual(band.filters, [{ bandFrom: '3', bandTo: '3' }]);
    assert.deepEqual(find('band 2 cook'), ['cook']);
  });
  it('leaves out roles whose qualification is unknown from a qualification filter', () => {
    assert.ok(!find('software no degree').includes('software-developer'));
  });
  it('recognises intents the data cannot answer without narrowing the list', () => {
    const result = searchRoles(tiny, 'part time dentist', tinyVocabulary);
    assert.deepEqual(result.intents.map((i) => i.id), ['part-time']);
    assert.deepEqual(result.filters, []);
    assert.deepEqual(result.roles.map((r) => r.id), find('dentist'));
    assert.deepEqual(searchRoles(tiny, 'in wales', tinyVocabulary).roles.length, tiny.roles.length);
  });
  it('sorts equal scores by the plainer title, then alphabetically', () => {
    const twins = datasetOf([role('b', { title: 'Nurse b extra' }), role('a', { title: 'Nurse a extra' }), role('c', { title: 'Nurse' })]);
    assert.deepEqual(searchRoles(twins, 'nurse', tinyVocabulary).roles.map((r) => r.id), ['c', 'a', 'b']);
  });
  it('gives rankRoles the same order, up to a limit', () => {
    assert.deepEqual(rankRoles(bundledDataset, 'nurse', 3), searchRoles(bundledDataset, 'nurse').roles.slice(0, 3));
    assert.equal(rankRoles(bundledDataset, 'nurse').length, searchRoles(bundledDataset, 'nurse').roles.length);
  });
});

describe('tokens', () => {
  it('gives stems without stop words, keeping words written in capitals', () => {
    assert.deepEqual(tokens('The nurses and IT staff', tinyVocabulary), ['nurs', 'it', 'staff']);
    assert.deepEqual(tokens('it is', tinyVocabulary), ['is']);
  });
});

describe('searchRoles on the shipped data', () => {
  const top = (query: string, n = 3) => searchRoles(bundledDataset, query).roles.slice(0, n).map((r) => r.id);
  const every = (query: string, test: (r: Role) => boolean, n = 10) => {
    const roles = searchRoles(bundledDataset, query).roles;
    assert.ok(roles.length > 0, query);
    for (const r of roles.slice(0, n)) assert.ok(test(r), `${query}: ${r.id}`);
  };
  it('finds roles from a reader\'s words', () => {
    assert.ok(top('cooking').includes('chef') || top('cooking').includes('cook'));
    assert.equal(top('speech problems')[0], 'speech-and-language-therapist');
    assert.ok(top('dead bodies').includes('anatomical-pathology-technologist'));
    assert.ok(top('become a doctor').some((id) => ['foundation-doctor', 'general-practitioner'].includes(id)));
  });
  it('turns the intents of the issue into filters', () => {
    every('no degree', (r) => ['none', 'gcse', 'a-level'].includes(r.minQualification ?? 'unknown'), 400);
    every('apprenticeship', (r) => r.entryRoutes?.includes('apprenticeships') === true, 400);
    every('start at 16', (r) => ['none', 'gcse'].includes(r.minQualification ?? 'unknown'), 400);
    every('band 5', (r) => r.pay?.scale === 'agenda-for-change' && Number.parseInt(r.pay.from) <= 5 && Number.parseInt(r.pay.to) >= 5, 400);
    assert.ok(searchRoles(bundledDataset, 'apprenticeship').roles.length > 100);
  });
  it('reads Welsh, mutated or not', () => {
    assert.ok(top('eisiau bod yn barafeddyg').includes('paramedic'));
    assert.ok(top('fferyllydd').some((id) => id.includes('pharmacist')));
    assert.ok(top('gweithio gyda phlant', 5).includes('childrens-nurse') || top('gweithio gyda phlant', 5).includes('paediatrician'));
  });
  it('builds the index once per dataset and vocabulary', () => {
    const copy = { ...bundledDataset };
    prepareSearch(copy);
    assert.deepEqual(rankRoles(copy, 'porter', 1).map((r) => r.id), ['porter']);
  });
});
