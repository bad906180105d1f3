// Words as search compares them: normalising, stemming, edit distance and Welsh mutations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, normalise, stem, welshForms } from '../../src/data/words.js';

describe('normalise', () => {
  it('lower-cases, strips accents and keeps letters and digits', () => {
    assert.equal(normalise('  Pobl Hŷn!  '), 'pobl hyn');
    assert.equal(normalise('Children’s nurse (RN)'), 'childrens nurse rn');
    assert.equal(normalise('NHS 111, band 8a'), 'nhs 111 band 8a');
  });
  it('joins an ampersand between single letters and reads it as "and" elsewhere', () => {
    assert.equal(normalise('A&E nurse'), 'ae nurse');
    assert.equal(normalise('H & S officer'), 'hs officer');
    assert.equal(normalise('Speech & language'), 'speech and language');
  });
  it('joins a hyphen inside a word but not at its edges', () => {
    assert.equal(normalise('X-ray co-ordinator'), 'xray coordinator');
    assert.equal(normalise('part-time'), 'parttime');
    assert.equal(normalise('- nurse -'), 'nurse');
  });
});

describe('stem', () => {
  const same = (a: string, b: string) => assert.equal(stem(a), stem(b), `${a} and ${b} should meet`);
  const apart = (a: string, b: string) => assert.notEqual(stem(a), stem(b), `${a} and ${b} should stay apart`);
  it('leaves short words alone', () => {
    assert.equal(stem('ots'), 'ots');
    assert.equal(stem('gps'), 'gps');
  });
  it('meets plurals with their singulars', () => {
    same('radiographers', 'radiographer');
    same('therapies', 'therapy');
    same('sciences', 'science');
    same('classes', 'class');
    same('watches', 'watch');
    same('boxes', 'box');
    assert.equal(stem('analysis'), 'analysis');
    assert.equal(stem('virus'), 'virus');
    assert.equal(stem('class'), 'class');
  });
  it('meets -ing with the verb, and a final e', () => {
    same('cooking', 'cook');
    same('nursing', 'nurse');
    same('caring', 'care');
    same('coding', 'code');
    same('driving', 'drive');
    same('swimming', 'swim');
    assert.equal(stem('fixing'), 'fix');
    assert.equal(stem('sewing'), 'sew');
    assert.equal(stem('filling'), 'fill');
    assert.equal(stem('dressing'), 'dress');
    assert.equal(stem('string'), 'string');
    assert.equal(stem('thing'), 'thing');
    apart('caring', 'car');
    assert.equal(stem('care'), 'care');
    assert.equal(stem('free'), 'free');
  });
  it('meets a field with the person in it, but keeps physics apart from physician', () => {
    same('physiotherapy', 'physiotherapists');
    same('paediatrics', 'paediatrician');
    same('pharmacy', 'pharmacist');
    same('physics', 'physicist');
    apart('physics', 'physician');
    apart('physicist', 'physicians');
    same('physician', 'physicians');
    assert.equal(stem('dentist'), 'dent');
    assert.equal(stem('artist'), 'artist');
  });
  it('drops a final y after a consonant in longer words only', () => {
    assert.equal(stem('biology'), 'biolog');
    assert.equal(stem('today'), 'today');
    assert.equal(stem('body'), 'body');
    assert.equal(stem('display'), 'display');
  });
  it('gives the same answer every time (the cache is transparent)', () => {
    assert.equal(stem('nursing'), stem('nursing'));
    assert.equal(stem('emergencies'), 'emergenc');
    assert.equal(stem('emergency'), 'emergenc');
  });
});

describe('editDistance', () => {
  it('counts edits, with a swap of neighbours as one', () => {
    assert.equal(editDistance('pharmasist', 'pharmacist', 2), 1);
    assert.equal(editDistance('teh', 'the', 1), 1);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
    assert.equal(editDistance('flebotomist', 'phlebotomist', 2), 2);
    assert.equal(editDistance('same', 'same', 0), 0);
    assert.equal(editDistance('', 'ab', 2), 2);
    assert.equal(editDistance('ab', '', 2), 2);
  });
  it('gives up past the limit', () => {
    assert.equal(editDistance('porter', 'physicist', 2), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
    assert.equal(editDistance('a', 'abcd', 1), 2);
  });
  it('handles words longer than its reused rows', () => {
    const long = 'a'.repeat(100);
    assert.equal(editDistance(long, `${long.slice(1)}b`, 2), 1);
    assert.equal(editDistance('nurse', 'nurse', 1), 0);
  });
});

describe('welshForms', () => {
  it('gives the soft, nasal and aspirate mutations', () => {
    assert.deepEqual(welshForms('plant').sort(), ['blant', 'mhlant', 'phlant', 'plant']);
    assert.deepEqual(welshForms('traed').sort(), ['draed', 'nhraed', 'thraed', 'traed']);
    assert.deepEqual(welshForms('cogydd').sort(), ['chogydd', 'cogydd', 'gogydd', 'nghogydd']);
    assert.deepEqual(welshForms('babanod').sort(), ['babanod', 'fabanod', 'mabanod']);
    assert.deepEqual(welshForms('dannedd').sort(), ['dannedd', 'ddannedd', 'nannedd']);
    assert.deepEqual(welshForms('gwaed').sort(), ['gwaed', 'ngwaed', 'waed']);
    assert.deepEqual(welshForms('meddyg').sort(), ['feddyg', 'meddyg']);
  });
  it('mutates ll and rh as letters of their own', () => {
    assert.deepEqual(welshForms('llygaid').sort(), ['llygaid', 'lygaid']);
    assert.deepEqual(welshForms('rhiant').sort(), ['rhiant', 'riant']);
  });
  it('leaves letters that do not mutate, and adds h before a vowel', () => {
    for (const word of ['nyrs', 'fferyllydd', 'chwaer', 'theatr', 'ddoe', 'ngolwg', 'phlant', 'sgan']) assert.deepEqual(welshForms(word), [word]);
    assert.deepEqual(welshForms('iechyd'), ['iechyd', 'hiechyd']);
    assert.deepEqual(welshForms('ysbyty'), ['ysbyty', 'hysbyty']);
  });
  it('never gives an empty word', () => {
    assert.deepEqual(welshForms('g'), ['g', 'ng']);
    assert.ok(!welshForms('g').includes(''));
  });
});
