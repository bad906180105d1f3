/*
 * The dataset that ships with the library, every role in full, read from data/ at build time.
 * Every file in data/roles and data/organisations must be imported here or by bundled-index.ts
 * (the data validator checks). The parts other than roles come from bundled-index.ts, so a page
 * that loads both fetches them once.
 * The JSON has passed data/schema in `npm test`, which is what makes the casts below safe.
 */
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
import glossary from '../../data/glossary.json';
import { bundledIndex } from './bundled-index.js';
import type { Dataset, GlossaryEntry, Role } from './types.js';

export const bundledDataset: Dataset = Object.freeze({
  ...bundledIndex,
  glossary: glossary as GlossaryEntry[],
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
});
