/*
 * The dataset that ships with the library, read from data/ at build time.
 * Every file in data/roles and data/organisations must be imported here (the data validator checks).
 * The JSON has passed data/schema in `npm test`, which is what makes the casts below safe.
 */
import categories from '../../data/categories.json';
import entryRoutes from '../../data/entry-routes.json';
import glossary from '../../data/glossary.json';
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
import alliedHealthProfessionsRoles from '../../data/roles/allied-health-professions.json';
import ambulanceServiceTeamRoles from '../../data/roles/ambulance-service-team.json';
import dentalTeamRoles from '../../data/roles/dental-team.json';
import doctorsRoles from '../../data/roles/doctors.json';
import healthInformaticsRoles from '../../data/roles/health-informatics.json';
import healthcareScienceRoles from '../../data/roles/healthcare-science.json';
import managementRoles from '../../data/roles/management.json';
import medicalAssociateProfessionsRoles from '../../data/roles/medical-associate-professions.json';
import midwiferyRoles from '../../data/roles/midwifery.json';
import nursingRoles from '../../data/roles/nursing.json';
import pharmacyRoles from '../../data/roles/pharmacy.json';
import psychologicalProfessionsRoles from '../../data/roles/psychological-professions.json';
import publicHealthRoles from '../../data/roles/public-health.json';
import widerHealthcareTeamEstatesAndFacilitiesRoles from '../../data/roles/wider-healthcare-team-estates-and-facilities.json';
import widerHealthcareTeamRoles from '../../data/roles/wider-healthcare-team.json';
import type { Category, Dataset, EntryRoute, GlossaryEntry, Organisation, PayScales, Role } from './types.js';

export const bundledDataset: Dataset = Object.freeze({
  roles: [
    ...alliedHealthProfessionsRoles,
    ...ambulanceServiceTeamRoles,
    ...dentalTeamRoles,
    ...doctorsRoles,
    ...healthInformaticsRoles,
    ...healthcareScienceRoles,
    ...managementRoles,
    ...medicalAssociateProfessionsRoles,
    ...midwiferyRoles,
    ...nursingRoles,
    ...pharmacyRoles,
    ...psychologicalProfessionsRoles,
    ...publicHealthRoles,
    ...widerHealthcareTeamEstatesAndFacilitiesRoles,
    ...widerHealthcareTeamRoles,
  ] as Role[],
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
  glossary: glossary as GlossaryEntry[],
  pay: pay as PayScales,
});
