// Every "Find out more" link names the site it goes to, from its host.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LINK_SOURCES, linkSourceName } from '../../src/data/link-sources.js';

describe('linkSourceName', () => {
  it('names the sites in the table, with or without www.', () => {
    assert.equal(linkSourceName('https://www.healthcareers.nhs.uk/explore-roles/paramedic'), 'NHS Health Careers');
    assert.equal(linkSourceName('https://healthcareers.nhs.uk/'), 'NHS Health Careers');
    assert.equal(linkSourceName('https://nationalcareers.service.gov.uk/job-profiles/porter'), 'the National Careers Service');
    assert.equal(linkSourceName('https://www.nmc.org.uk/registration/'), 'the Nursing and Midwifery Council');
    assert.equal(linkSourceName('https://beta.jobs.nhs.uk/x'), 'NHS Jobs');
  });

  it('names a subdomain by its parent only where the table says every subdomain belongs to it', () => {
    assert.equal(linkSourceName('https://london.hee.nhs.uk/a'), 'Health Education England');
    assert.equal(linkSourceName('https://nshcs.hee.nhs.uk/a'), 'the National School of Healthcare Science');
    assert.equal(linkSourceName('https://curriculumlibrary.nshcs.org.uk/a'), 'the National School of Healthcare Science');
    // gov.uk is GOV.UK, but a council's site under gov.uk is not.
    assert.equal(linkSourceName('https://www.gov.uk/a'), 'GOV.UK');
    assert.equal(linkSourceName('https://www.dorsetcouncil.gov.uk/jobs'), 'dorsetcouncil.gov.uk');
  });

  it('names an unlisted site by its host, and nothing for what is not a web address', () => {
    assert.equal(linkSourceName('https://www.bfwh.nhs.uk/careers'), 'bfwh.nhs.uk');
    assert.equal(linkSourceName('/jobs/paramedic'), undefined);
    assert.equal(linkSourceName('javascript:alert(1)'), undefined);
    assert.equal(linkSourceName(''), undefined);
  });

  it('has a name for the site of most roles\' links, and every name is plain text', () => {
    const roles = readdirSync('data/roles').flatMap((file) => JSON.parse(readFileSync(`data/roles/${file}`, 'utf8')) as { sources: string[] }[]);
    const named = roles.filter((role) => !/^[a-z0-9.-]+$/.test(linkSourceName(role.sources[0]!) ?? ''));
    assert.ok(named.length / roles.length > 0.8, `${named.length} of ${roles.length} links have a name from the table`);
    for (const name of Object.values(LINK_SOURCES)) assert.match(name, /^[A-Za-z][A-Za-z .]+$/);
  });
});
