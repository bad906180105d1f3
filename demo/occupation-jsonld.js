// schema.org `Occupation` structured data for one role, for the embed builder's optional
// "Help search engines understand this role" tick. Pure functions: no DOM, tested in Node.
// Demo code; not part of the library.

const QUALIFICATIONS = {
  none: 'No formal qualifications needed',
  gcse: 'GCSEs',
  'a-level': 'A levels or equivalent (level 3)',
  degree: 'A degree',
  postgraduate: 'A postgraduate qualification',
};
const NATIONS = { england: 'England', scotland: 'Scotland', wales: 'Wales', 'northern-ireland': 'Northern Ireland' };

/**
 * The estimated salary as schema.org wants it, with the scale, year and nation in its name; null
 * without figures. The nation named is the one whose table gave the figures (England's, where the
 * nation asked for has none in our data).
 */
function estimatedSalary(range) {
  const figures = range?.figures;
  if (!figures) return null;
  const scale = range.scale === 'agenda-for-change' ? `Agenda for Change band ${range.bands}` : 'Doctors in training pay scale';
  return {
    '@type': 'MonetaryAmountDistribution',
    name: `${scale}, ${NATIONS[figures.nation] ?? figures.nation} ${figures.year}`,
    currency: 'GBP',
    duration: 'P1Y',
    minValue: figures.min,
    maxValue: figures.max,
  };
}

/**
 * The Occupation object for a role, with pay for `nation`. `payRange(dataset, pay, nation)` is the
 * data module's, so the figures are the ones the role card shows.
 */
export function occupation(dataset, role, payRange, nation = 'england') {
  const category = dataset.categories.find((c) => c.id === role.category);
  const range = role.pay ? payRange(dataset, role.pay, nation) : null;
  const salary = estimatedSalary(range);
  const regulator = role.regulator && role.regulator !== 'none' ? dataset.organisations.find((o) => o.id === role.regulator) : null;
  const qualifications = [
    role.minQualification ? QUALIFICATIONS[role.minQualification] : null,
    regulator ? `Registration with the ${regulator.name}` : null,
  ].filter(Boolean);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    description: role.summary,
    occupationalCategory: category?.name ?? role.category,
  };
  if (role.alternativeTitles.length > 0) data.alternateName = role.alternativeTitles;
  if (salary) {
    data.estimatedSalary = [salary];
    data.occupationLocation = [{ '@type': 'AdministrativeArea', name: NATIONS[range.figures.nation] ?? range.figures.nation }];
  }
  if (role.entryRequirements) data.educationRequirements = role.entryRequirements;
  if (qualifications.length > 0) data.qualifications = qualifications.join('. ');
  data.sameAs = role.sources[0];
  return data;
}

/**
 * The object as a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * JSON escapes, which parse to the same text: nothing in the data can close the script element
 * or start an HTML comment.
 */
export function jsonLdScript(data) {
  const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
