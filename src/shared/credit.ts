import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

const SOURCE_NAME = 'NHS Health Careers';
const SOURCE_URL = 'https://www.healthcareers.nhs.uk/';

/**
 * The plain-text credit to the source, with a link to it, at the foot of every widget that shows
 * role facts. (A card credits in plain text only: its "Find out more" link already goes there.)
 */
export function sourceCredit(m: Messages): TemplateResult {
  const [before, after = ''] = m.credit.split(SOURCE_NAME);
  return html`<p part="credit" class="credit">${before}<a href=${SOURCE_URL} lang="en">${SOURCE_NAME}</a>${after}</p>`;
}
