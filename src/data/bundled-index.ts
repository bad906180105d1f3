/*
 * The small part of the bundled dataset: categories, ways in, organisations, pay, and a
 * summary of every role (data/generated/role-index.json). Grids and lists need nothing more; a
 * card loads its role's details on top (load-bundled.ts).
 * The JSON has passed data/schema in `npm test`, which is what makes the casts below safe.
 */
import categories from '../../data/categories.json';
import entryRoutes from '../../data/entry-routes.json';
import ahpAmbulanceDentalBodiesOrganisations from '../../data/organisations/ahp-ambulance-dental-bodies.json';
import estatesAndFacilitiesBodiesOrganisations from '../../data/organisations/estates-and-facilities-bodies.json';
import furtherInformationOrganisations from '../../data/organisations/further-information.json';
import healthcareScienceBodiesOrganisations from '../../data/organisations/healthcare-science-bodies.json';
import nursingMidwiferyPharmacyBodiesOrganisations from '../../data/organisations/nursing-midwifery-pharmacy-bodies.json';
import psychPublicHealthInformaticsManagementBodiesOrganisations from '../../data/organisations/psych-public-health-informatics-management-bodies.json';
import regulatorsOrganisations from '../../data/organisations/regulators.json';
import royalCollegesOrganisations from '../../data/organisations/royal-colleges.json';
import widerTeamSupportBodiesOrganisations from '../../data/organisations/wider-team-support-bodies.json';
import pay from '../../data/pay.json';
import roleIndex from '../../data/generated/role-index.json';
import type { Category, DatasetIndex, EntryRoute, Organisation, PayScales, RoleSummary } from './types.js';

export const bundledIndex: DatasetIndex = Object.freeze({
  roles: roleIndex as RoleSummary[],
  categories: categories as Category[],
  entryRoutes: entryRoutes as EntryRoute[],
  organisations: [
    ...ahpAmbulanceDentalBodiesOrganisations,
    ...estatesAndFacilitiesBodiesOrganisations,
    ...furtherInformationOrganisations,
    ...healthcareScienceBodiesOrganisations,
    ...nursingMidwiferyPharmacyBodiesOrganisations,
    ...psychPublicHealthInformaticsManagementBodiesOrganisations,
    ...regulatorsOrganisations,
    ...royalCollegesOrganisations,
    ...widerTeamSupportBodiesOrganisations,
  ] as Organisation[],
  pay: pay as PayScales,
});
