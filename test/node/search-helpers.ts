// A small dataset and vocabulary whose every score can be worked out by hand, for search and query tests.
import { bundledDataset } from '../../src/data/bundled.js';
import type { DatasetIndex, Role } from '../../src/data/types.js';
import type { Vocabulary } from '../../src/data/vocabulary.js';

export function role(id: string, fields: Partial<Role> = {}): Role {
  return {
    id,
    title: id,
    alternativeTitles: [],
    category: 'cat-a',
    subArea: null,
    summary: 'Plain words.',
    work: 'Plain words here. More plain words.',
    workplaces: null,
    patientContact: 'some',
    entryRoutes: ['higher-education'],
    entryRequirements: null,
    minQualification: 'degree',
    regulator: 'none',
    pay: { scale: 'agenda-for-change', from: '5', to: '6' },
    relatedRoles: [],
    organisations: [],
    sources: ['https://example.org/'],
    checked: '2026-12-03',
    ...fields,
  };
}

export function datasetOf(roles: Role[]): DatasetIndex<Role> {
  return {
    ...bundledDataset,
    roles,
    categories: [
      { id: 'cat-a', name: 'Alpha', summary: 'A.', url: 'https://example.org/a' },
      { id: 'dental-team', name: 'Dental team', summary: 'D.', url: 'https://example.org/d' },
    ],
  };
}

export const tinyVocabulary: Vocabulary = {
  checked: '2026-12-03',
  stopWords: { en: ['a', 'the', 'and', 'to', 'be', 'it', 'want', 'job', 'jobs', 'in'], cy: ['yn', 'bod', 'eisiau'] },
  entries: [
    { id: 'teeth', terms: { en: ['teeth', 'tooth'], cy: ['dannedd'] }, cySource: 'ours', find: { categories: ['dental-team'] } },
    { id: 'doctor', terms: { en: ['doctor'], cy: ['meddyg'] }, cySource: 'ours', find: { words: ['physician'] } },
    { id: 'family-doctor', terms: { cy: ['meddyg teulu'] }, cySource: 'ours', find: { words: ['general practitioner'] } },
    { id: 'scans', terms: { en: ['scans'] }, find: { subAreas: ['Imaging'] } },
    { id: 'talking', terms: { en: ['talking therapies', 'iapt'] }, abbreviations: ['iapt'], find: { words: ['low intensity'] } },
    { id: 'computers', terms: { en: ['IT', 'computers'] }, capitalsOnly: ['IT'], find: { words: ['software'] } },
  ],
  intents: [
    { id: 'no-degree', label: { en: 'No degree needed', cy: 'Dim angen gradd' }, phrases: { en: ['no degree', 'without a degree'], cy: ['heb radd'] }, filter: { qualification: 'a-level' } },
    { id: 'apprenticeship', label: { en: 'Apprenticeships', cy: 'Prentisiaethau' }, phrases: { en: ['apprenticeship', 'apprenticeships'] }, filter: { entryRoute: 'apprenticeships' } },
    { id: 'part-time', label: { en: 'Part-time', cy: 'Rhan amser' }, phrases: { en: ['part time', 'parttime'] }, unsupported: true },
    { id: 'no-nights', label: { en: 'No night shifts', cy: 'Dim shifftiau nos' }, phrases: { en: ['no nights'] }, unsupported: true },
    { id: 'wales', label: { en: 'In Wales', cy: 'Yng Nghymru' }, phrases: { en: ['in wales'], cy: ['yng nghymru'] }, nation: 'wales' },
  ],
};
