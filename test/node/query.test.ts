// Reading a query: intents become filters, vocabulary terms become concepts, stop words go.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { intentFilters, parseQuery, queryTokens, withoutIntent } from '../../src/data/query.js';
import { vocabulary } from '../../src/data/vocabulary.js';
import { tinyVocabulary } from './search-helpers.js';

const ids = (query: string, v = tinyVocabulary) => parseQuery(query, v).intents.map((i) => i.id);
const concepts = (query: string, v = tinyVocabulary) => parseQuery(query, v).concepts.map((c) => (c.entry ? `#${c.entry.id}` : c.stems.join(' ')));

describe('queryTokens', () => {
  it('keeps which typed word each token came from, and whether it was in capitals', () => {
    assert.deepEqual(queryTokens('  IT  x-ray A&E nurses '), [
      { word: 'it', stem: 'it', capitals: true, source: 0 },
      { word: 'xray', stem: 'xray', capitals: false, source: 1 },
      { word: 'ae', stem: 'ae', capitals: true, source: 2 },
      { word: 'nurses', stem: 'nurs', capitals: false, source: 3 },
    ]);
    assert.deepEqual(queryTokens(''), []);
    assert.equal(queryTokens('It')[0]!.capitals, false);
    assert.equal(queryTokens('I')[0]!.capitals, false);
  });
});

describe('parseQuery: intents', () => {
  it('reads phrases as filters, the longest phrase first', () => {
    const { intents, concepts: left } = parseQuery('nurse without a degree', tinyVocabulary);
    assert.deepEqual(intents, [{ id: 'no-degree', label: { en: 'No degree needed', cy: 'Dim angen gradd' }, filter: { qualification: 'a-level' }, sources: [1, 2, 3] }]);
    assert.deepEqual(left.map((c) => c.stems), [['nurs']]);
  });
  it('compares intents as written, so a stem alone does not trigger one', () => {
    assert.deepEqual(ids('apprenticeships'), ['apprenticeship']);
    assert.deepEqual(ids('no night'), []);
    assert.deepEqual(ids('no nights'), ['no-nights']);
  });
  it('marks intents the data cannot answer, and nations, without a filter', () => {
    const { intents } = parseQuery('part-time nurse in Wales', tinyVocabulary);
    assert.deepEqual(intents.map((i) => [i.id, i.unsupported ?? false, i.nation ?? null, i.filter ?? null]), [
      ['part-time', true, null, null],
      ['wales', false, 'wales', null],
    ]);
    assert.deepEqual(intentFilters(intents), []);
  });
  it('reads Agenda for Change bands in the ways readers write them', () => {
    for (const [query, band] of [['band 5', '5'], ['Band 8a nurse', '8a'], ['afc band 3', '3'], ['AfC Band 7', '7'], ['agenda for change band 2', '2'], ['band5', '5'], ['band8b', '8b']]) {
      const [intent] = parseQuery(query!, tinyVocabulary).intents;
      assert.deepEqual(intent?.filter, { bandFrom: band, bandTo: band }, query);
      assert.equal(intent?.label.en, `Band ${band}`);
    }
    assert.deepEqual(parseQuery('afc band 3', tinyVocabulary).intents[0]!.sources, [0, 1, 2]);
    assert.deepEqual(ids('band 10'), []);
    assert.deepEqual(ids('band'), []);
    assert.deepEqual(ids('afc'), []);
    assert.deepEqual(ids('agenda for band 3'), ['band-3']);
    assert.deepEqual(concepts('afc'), ['afc']);
  });
  it('reads Welsh intents, with the mutation the phrase itself has', () => {
    assert.deepEqual(ids('swyddi heb radd'), ['no-degree']);
    assert.deepEqual(ids('nyrs yng nghymru'), ['wales']);
  });
  it('counts a repeated intent once, remembering every word it came from', () => {
    const { intents } = parseQuery('apprenticeship or apprenticeships', tinyVocabulary);
    assert.equal(intents.length, 1);
    assert.deepEqual(intents[0]!.sources, [0, 2]);
  });
  it('combines the filters of several intents', () => {
    assert.deepEqual(intentFilters(parseQuery('apprenticeship no degree band 4', tinyVocabulary).intents), [
      { entryRoute: 'apprenticeships' },
      { qualification: 'a-level' },
      { bandFrom: '4', bandTo: '4' },
    ]);
  });
});

describe('parseQuery: vocabulary and stop words', () => {
  it('maps a reader\'s word to its entry, the longest term first', () => {
    assert.deepEqual(concepts('teeth'), ['#teeth']);
    assert.deepEqual(concepts('meddyg teulu'), ['#family-doctor']);
    assert.deepEqual(concepts('meddyg'), ['#doctor']);
    assert.deepEqual(concepts('talking therapies'), ['#talking']);
  });
  it('finds Welsh terms in their mutated forms', () => {
    assert.deepEqual(concepts('eisiau bod yn feddyg'), ['#doctor']);
    assert.deepEqual(concepts('fy nannedd'), ['fy', '#teeth']);
    assert.deepEqual(concepts('ddannedd'), ['#teeth']);
  });
  it('forgives one slip in a long vocabulary word, but not in a short one', () => {
    assert.deepEqual(concepts('computters'), ['#computers']);
    assert.deepEqual(concepts('teath'), ['teath']);
  });
  it('counts a capitals-only term only in capitals, and keeps capitals that are stop words', () => {
    assert.deepEqual(concepts('IT jobs'), ['#computers']);
    assert.deepEqual(concepts('it jobs'), []);
    assert.deepEqual(concepts('want to be a nurse'), ['nurs']);
  });
  it('marks abbreviations so search matches them whole', () => {
    const [iapt] = parseQuery('IAPT', tinyVocabulary).concepts;
    assert.equal(iapt!.exact, true);
    assert.equal(parseQuery('ODP', tinyVocabulary).concepts[0]!.exact, true);
    assert.equal(parseQuery('odp', tinyVocabulary).concepts[0]!.exact, false);
    assert.equal(parseQuery('teeth', tinyVocabulary).concepts[0]!.exact, false);
  });
  it('keeps the words as typed for typo matching', () => {
    assert.deepEqual(
      parseQuery('pharmasists', tinyVocabulary).concepts.map((c) => [c.word, c.stems]),
      [['pharmasists', ['pharmas']]],
    );
    assert.equal(parseQuery('talking therapies', tinyVocabulary).concepts[0]!.word, 'talking therapies');
  });
});

describe('withoutIntent', () => {
  it('removes the typed words an intent came from and keeps the rest', () => {
    const query = 'Nurse  without a degree please';
    const [intent] = parseQuery(query, tinyVocabulary).intents;
    assert.equal(withoutIntent(query, intent!), 'Nurse please');
    assert.equal(withoutIntent('band 5', { sources: [0, 1] }), '');
  });
});

describe('the shipped vocabulary', () => {
  it('reads the intents the issue names', () => {
    const expected: Record<string, string> = {
      'no degree': 'no-degree',
      'without a degree': 'no-degree',
      apprenticeship: 'apprenticeship',
      'start at 16': 'start-at-16',
      'part-time': 'part-time',
      'no nights': 'no-nights',
      'band 5': 'band-5',
      'in Wales': 'wales',
      'leave school at 16': 'start-at-16',
      'jobs straight from school': 'school-leavers',
      'no qualifications': 'no-qualifications',
      prentisiaeth: 'apprenticeship',
    };
    for (const [query, id] of Object.entries(expected)) assert.deepEqual(ids(query, vocabulary), [id], query);
  });
  it('keeps IAPT, A&E and ICU as whole abbreviations', () => {
    for (const query of ['IAPT', 'iapt', 'A&E', 'ICU']) {
      const [concept] = parseQuery(query, vocabulary).concepts;
      assert.ok(concept?.entry, query);
      assert.equal(concept.exact, true, query);
    }
    assert.equal(parseQuery('a and e', vocabulary).concepts[0]!.entry, parseQuery('A&E', vocabulary).concepts[0]!.entry);
  });
});
