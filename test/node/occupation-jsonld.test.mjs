// The builder's schema.org Occupation data (demo/occupation-jsonld.js): valid JSON-LD, with the
// values of the role's own data, and nothing in the data can break out of the script element.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLdScript, occupation } from '../../demo/occupation-jsonld.js';
import { dataset, payRange } from '../../src/data/index.ts';

const role = (id) => dataset.roles.find((r) => r.id === id);
/** The JSON inside a script element, parsed as a JSON-LD processor would read it. */
const parseScript = (html) => JSON.parse(html.match(/^<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>$/)[1]);

describe('schema.org Occupation for a role', () => {
  it('has the required @context and @type, and the role’s name, description, category, requirements and qualifications', () => {
    const paramedic = role('paramedic');
    const data = parseScript(jsonLdScript(occupation(dataset, paramedic, payRange)));
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Occupation');
    assert.equal(data.name, 'Paramedic');
    assert.equal(data.description, paramedic.summary);
    assert.equal(data.occupationalCategory, dataset.categories.find((c) => c.id === paramedic.category).name);
    assert.equal(data.educationRequirements, paramedic.entryRequirements);
    const regulator = dataset.organisations.find((o) => o.id === paramedic.regulator);
    assert.match(data.qualifications, new RegExp(`Registration with the ${regulator.name.replace(/[()]/g, '\\$&')}`));
    assert.equal(data.sameAs, paramedic.sources[0]);
  });

  it('gives the estimated salary as a MonetaryAmountDistribution, with its year and nation in its name', () => {
    const paramedic = role('paramedic');
    for (const nation of ['england', 'scotland']) {
      const { bands, figures } = payRange(dataset, paramedic.pay, nation);
      const data = occupation(dataset, paramedic, payRange, nation);
      const where = { england: 'England', scotland: 'Scotland' }[figures.nation];
      assert.deepEqual(data.estimatedSalary, [
        { '@type': 'MonetaryAmountDistribution', name: `Agenda for Change band ${bands}, ${where} ${figures.year}`, currency: 'GBP', duration: 'P1Y', minValue: figures.min, maxValue: figures.max },
      ]);
      assert.deepEqual(data.occupationLocation, [{ '@type': 'AdministrativeArea', name: where }]);
    }
    // A nation with no table of its own: England's figures, named as England's.
    const wales = payRange(dataset, paramedic.pay, 'wales').figures;
    if (wales.fallback) assert.match(occupation(dataset, paramedic, payRange, 'wales').estimatedSalary[0].name, /, England \d{4}\/\d{2}$/);
    const doctor = dataset.roles.find((r) => r.pay?.scale === 'medical');
    assert.match(occupation(dataset, doctor, payRange).estimatedSalary[0].name, /^Doctors in training pay scale, England \d{4}\/\d{2}$/);
  });

  it('leaves out the salary where the data has no figures', () => {
    const unpaid = dataset.roles.find((r) => r.pay === null || r.pay.scale === 'other' || r.pay.scale === 'dental');
    const data = occupation(dataset, unpaid, payRange);
    assert.equal(data.estimatedSalary, undefined);
    assert.equal(data.occupationLocation, undefined);
  });

  it('escapes <, > and & so the data cannot close the script or open a comment, and still parses to the same text', () => {
    const hostile = { ...role('paramedic'), summary: 'Ends here </script><script>alert(1)</script> <!-- & more' };
    const html = jsonLdScript(occupation(dataset, hostile, payRange));
    assert.equal(html.match(/<\/script/gi).length, 1, 'only the closing tag');
    assert.doesNotMatch(html.slice(0, -'</script>'.length), /<!--|<script[^>]*>[\s\S]*<script/);
    assert.equal(parseScript(html).description, hostile.summary);
  });
});
