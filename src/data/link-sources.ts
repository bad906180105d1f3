/*
 * The site a role's "Find out more" link goes to, named for the reader: the link says where it
 * leads ("Find out more about Paramedic on NHS Health Careers"), not always NHS Health Careers.
 * Names are the sites' own, keyed by the host of the role's first source in data/roles; a host
 * not listed is named by its address (`bmj.com`), which is still where the link goes.
 */

/** Host (without `www.`) to the name of the site or body that runs it; a key starting with `.` covers every subdomain. */
export const LINK_SOURCES: Readonly<Record<string, string>> = {
  'healthcareers.nhs.uk': 'NHS Health Careers',
  'nationalcareers.service.gov.uk': 'the National Careers Service',
  'stepintothenhs.nhs.uk': 'Step into the NHS',
  'jobs.nhs.uk': 'NHS Jobs',
  'beta.jobs.nhs.uk': 'NHS Jobs',
  'nhsemployers.org': 'NHS Employers',
  'nshcs.hee.nhs.uk': 'the National School of Healthcare Science',
  '.nshcs.org.uk': 'the National School of Healthcare Science',
  'hee.nhs.uk': 'Health Education England',
  '.hee.nhs.uk': 'Health Education England',
  'heiw.nhs.wales': 'Health Education and Improvement Wales',
  'careers.nhs.scot': 'NHS Scotland Careers',
  'nes.scot.nhs.uk': 'NHS Education for Scotland',
  'foundationprogramme.nhs.uk': 'the UK Foundation Programme',
  'gov.uk': 'GOV.UK',
  'nidirect.gov.uk': 'nidirect',
  'prospects.ac.uk': 'Prospects',
  'nmc.org.uk': 'the Nursing and Midwifery Council',
  'pharmacyregulation.org': 'the General Pharmaceutical Council',
  'bma.org.uk': 'the British Medical Association',
  'bmj.com': 'The BMJ',
  'csp.org.uk': 'the Chartered Society of Physiotherapy',
  'rpharms.com': 'the Royal Pharmaceutical Society',
  'bps.org.uk': 'the British Psychological Society',
  'rsph.org.uk': 'the Royal Society for Public Health',
  'rcpod.org.uk': 'the Royal College of Podiatry',
  'bda.uk.com': 'the British Dietetic Association',
};

/**
 * The name of the site a link goes to: from the table for its host, or for a parent domain listed
 * with its subdomains (`london.hee.nhs.uk` is Health Education England), else the host itself
 * without `www.`.
 * Undefined for a link that is not an absolute http(s) URL.
 */
export function linkSourceName(url: string): string | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    host = parsed.hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
  if (LINK_SOURCES[host]) return LINK_SOURCES[host];
  for (let domain = host; domain.includes('.'); ) {
    domain = domain.slice(domain.indexOf('.') + 1);
    const name = LINK_SOURCES[`.${domain}`];
    if (name) return name;
  }
  return host;
}
