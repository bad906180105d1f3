// The wording of a role's facts that card, compare and explorer share (src/shared/role-text.ts,
// credit.ts): pay, registration, ways in and links read the same everywhere, in English and Welsh.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagesFor } from '../../src/i18n/index.js';
import { sourceCredit } from '../../src/shared/credit.js';
import { payText, registrationText, roleHref, routeName, routesOf } from '../../src/shared/role-text.js';
import { PAY, entryRoute, makeDataset, makeRole, organisation } from './helpers/dataset.js';
import { markup } from './helpers/template.js';

const en = messagesFor('en');
const cy = messagesFor('cy');
const dataset = makeDataset([], {
  organisations: [organisation('hcpc', 'regulator', { name: 'Health and Care Professions Council', shortName: 'HCPC' }), organisation('nmc', 'regulator', { name: 'Nursing and Midwifery Council' })],
  pay: PAY,
});
const role = (facts: Parameters<typeof makeRole>[0]) => makeRole(facts);

describe('payText', () => {
  // The wording itself is src/data/pay.ts's describePay, tested in pay.test.ts.
  it('says "Not known" when a role’s pay is not known, in the reader’s language', () => {
    assert.equal(payText(en, dataset, role({ id: 'unknown', pay: null }), 'england'), 'Not known');
    assert.equal(payText(cy, dataset, role({ id: 'unknown', pay: null }), 'wales'), 'Ddim yn hysbys');
  });
  it('gives the band and figures when they are known', () =>
    assert.match(payText(en, dataset, role({ id: 'nurse', pay: { scale: 'agenda-for-change', from: '5', to: '7' } }), 'england'), /^Band 5 to 7: £[\d,]+ to £[\d,]+/));
});

describe('registrationText', () => {
  it('names the regulator with its short name, marked as English for a Welsh page', () => {
    assert.equal(markup(registrationText(en, dataset, role({ id: 'physio', regulator: 'hcpc' }), undefined)), 'Registers with the <span lang=>Health and Care Professions Council (HCPC)</span>');
    assert.equal(markup(registrationText(cy, dataset, role({ id: 'physio', regulator: 'hcpc' }), 'en')), 'Yn cofrestru gyda’r <span lang=en>Health and Care Professions Council (HCPC)</span>');
  });
  it('names a regulator without a short name by its name alone, and an unknown one by its id', () => {
    assert.equal(markup(registrationText(en, dataset, role({ id: 'nurse', regulator: 'nmc' }), undefined)), 'Registers with the <span lang=>Nursing and Midwifery Council</span>');
    assert.equal(markup(registrationText(en, dataset, role({ id: 'x', regulator: 'gphc' }), undefined)), 'Registers with the <span lang=>gphc</span>');
  });
  it('says when no registration is needed, and when it is not known', () => {
    assert.equal(registrationText(en, dataset, role({ id: 'porter', regulator: 'none' }), undefined), 'No professional registration needed');
    assert.equal(registrationText(en, dataset, role({ id: 'x', regulator: null }), undefined), 'Not known');
  });
});

describe('ways in', () => {
  it('lists the ways in a role names that the dataset knows, in the role’s order', () => {
    assert.deepEqual(routesOf(dataset, role({ id: 'nurse', entryRoutes: ['higher-education', 'by-rocket', 'apprenticeships'] })).map((r) => r.id), ['higher-education', 'apprenticeships']);
    assert.deepEqual(routesOf(dataset, role({ id: 'x', entryRoutes: null })), []);
  });
  it('names a way in in the reader’s language, else by the dataset’s name', () => {
    assert.equal(routeName(cy, entryRoute('apprenticeships', 'Apprenticeships')), 'Prentisiaethau');
    assert.equal(routeName(en, entryRoute('apprenticeships', 'Apprenticeships')), 'Apprenticeships');
    assert.equal(routeName(cy, entryRoute('host-route', 'A host’s own route')), 'A host’s own route');
  });
});

describe('roleHref: where "Find out more" goes', () => {
  const paramedic = role({ id: 'paramedic', sources: ['https://www.healthcareers.nhs.uk/paramedic', 'https://example.org/second'] });
  it('is the role’s first source without a link base', () => assert.equal(roleHref(paramedic, undefined), 'https://www.healthcareers.nhs.uk/paramedic'));
  it('fills every {id} of an https link base or a path on the host', () => {
    assert.equal(roleHref(paramedic, 'https://jobs.example.org/search?role={id}&from={id}'), 'https://jobs.example.org/search?role=paramedic&from=paramedic');
    assert.equal(roleHref(paramedic, '/careers/{id}'), '/careers/paramedic');
  });
  it('escapes the id in the link', () => assert.equal(roleHref(role({ id: 'a&b' }), '/c/{id}'), '/c/a%26b'));
  it('ignores a link base that is not https or a path on this host', () => {
    for (const base of ['http://example.org/{id}', '//evil.example/{id}', 'javascript:alert(1)//{id}', 'careers/{id}', ' https://example.org/{id}']) {
      assert.equal(roleHref(paramedic, base), 'https://www.healthcareers.nhs.uk/paramedic', base);
    }
  });
});

describe('the credit', () => {
  it('credits NHS Health Careers with a link, the name marked English', () => {
    assert.equal(markup(sourceCredit(en)), '<p part="credit" class="credit">Information from <a href=https://www.healthcareers.nhs.uk/ lang="en">NHS Health Careers</a></p>');
    assert.equal(markup(sourceCredit(cy)), '<p part="credit" class="credit">Gwybodaeth gan <a href=https://www.healthcareers.nhs.uk/ lang="en">NHS Health Careers</a></p>');
  });
  it('keeps words after the name', () => {
    const m = { ...en, credit: 'From NHS Health Careers, checked yearly' };
    assert.match(markup(sourceCredit(m)), /NHS Health Careers<\/a>, checked yearly<\/p>$/);
  });
});
