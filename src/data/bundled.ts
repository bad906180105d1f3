/*
 * The dataset that ships with the library, read from data/ at build time.
 * Every file in data/roles and data/organisations must be listed here (the data validator checks).
 * The JSON has passed data/schema in `npm test`, which is what makes the casts below safe.
 */
import categories from '../../data/categories.json';
import entryRoutes from '../../data/entry-routes.json';
import glossary from '../../data/glossary.json';
import pay from '../../data/pay.json';
import furtherInformation from '../../data/organisations/further-information.json';
import regulators from '../../data/organisations/regulators.json';
import healthcareScience from '../../data/roles/healthcare-science.json';
import management from '../../data/roles/management.json';
import pharmacy from '../../data/roles/pharmacy.json';
import widerHealthcareTeam from '../../data/roles/wider-healthcare-team.json';
import type { Category, Dataset, EntryRoute, GlossaryEntry, Organisation, PayScales, Role } from './types.js';

export const bundledDataset: Dataset = Object.freeze({
  roles: [...healthcareScience, ...management, ...pharmacy, ...widerHealthcareTeam] as Role[],
  categories: categories as Category[],
  entryRoutes: entryRoutes as EntryRoute[],
  organisations: [...regulators, ...furtherInformation] as Organisation[],
  glossary: glossary as GlossaryEntry[],
  pay: pay as PayScales,
});
