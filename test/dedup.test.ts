// Duplicate detection primitives: normalisation, shingles, MinHash/LSH candidates, URL keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LSH_BANDS, NEAR_DUPLICATE_JACCARD, exactTextHash, jaccard, lshKeys, minhash, normalisedSentences, shingles, urlKey,
} from '../src/ingest/dedup.js';

const ORIGINAL = 'Russia and the United States agreed to extend the New START treaty for five years. The U.S. State Department said '
  + 'the extension keeps limits on deployed warheads. Moscow welcomed the decision as a step toward stability.';
// Sentences reordered, country names swapped for variants, one verb changed.
const REWRITE = 'The USA State Department said the extension keeps limits on deployed warheads. The Russian Federation and the '
  + 'United States of America agreed to extend the New START treaty for five years. Moscow praised the decision as a step toward stability.';
const UNRELATED = 'India and Pakistan exchanged fire along the Line of Control on Sunday. Officials in Islamabad accused New Delhi '
  + 'of violating the ceasefire. Indian army sources said the firing began after an infiltration attempt.';

test('variants of country names normalise to one form', () => {
  assert.deepEqual(normalisedSentences('The Russian Federation and the U.S. met. USA and America; the United States of America!'),
    [['russia', 'us', 'met'], ['us', 'us'], ['us']]);
  assert.deepEqual(normalisedSentences('The U.K. and Britain.'), [['uk', 'uk']]);
  assert.deepEqual(normalisedSentences('Américan café'), [['american', 'cafe']]);
});

test('shingles stay within sentences, so reordering sentences keeps the set; word order matters', () => {
  const a = shingles('Alpha beta gamma delta. Epsilon zeta eta theta.');
  const b = shingles('Epsilon zeta eta theta. Alpha beta gamma delta.');
  assert.deepEqual([...a].sort(), [...b].sort());
  assert.equal(a.size, 4); // alpha beta gamma, beta gamma delta, epsilon zeta eta, zeta eta theta
  assert.equal(shingles('Alpha beta gamma.').size, 1);
  assert.notDeepEqual([...shingles('Alpha beta gamma.')], [...shingles('Gamma beta alpha.')]);
  assert.equal(shingles('Alpha beta.').size, 1); // a short sentence is one shingle
});

test('a rewritten copy is similar above the threshold and an LSH candidate; an unrelated story is not', () => {
  const o = shingles(ORIGINAL), r = shingles(REWRITE), u = shingles(UNRELATED);
  assert.ok(jaccard(o, r) >= NEAR_DUPLICATE_JACCARD, `rewrite similarity ${jaccard(o, r)}`);
  assert.ok(jaccard(o, u) < 0.1);
  const ko = new Set(lshKeys(minhash(o)));
  assert.equal(ko.size, LSH_BANDS);
  assert.ok(lshKeys(minhash(r)).some((k) => ko.has(k)));
  assert.ok(!lshKeys(minhash(u)).some((k) => ko.has(k)));
  // The MinHash estimate tracks the exact similarity.
  const so = minhash(o), sr = minhash(r);
  const estimate = so.filter((v, i) => v === sr[i]).length / so.length;
  assert.ok(Math.abs(estimate - jaccard(o, r)) < 0.2, `estimate ${estimate} vs ${jaccard(o, r)}`);
});

test('exact text hash ignores case, spacing and quote styles only', () => {
  assert.equal(exactTextHash('Russia  attacked\nUkraine.'), exactTextHash('russia attacked ukraine.'));
  assert.equal(exactTextHash('He said “no”.'), exactTextHash('He said "no".'));
  assert.notEqual(exactTextHash('Russia attacked Ukraine.'), exactTextHash('Russia attacked Georgia.'));
});

test('URL keys: scheme, host case, fragments, tracking parameters and trailing slashes do not matter', () => {
  assert.equal(urlKey('http://Example.invalid/a/b/?utm_source=x&id=3#top'), urlKey('https://example.invalid/a/b?id=3'));
  assert.notEqual(urlKey('https://example.invalid/a?id=3'), urlKey('https://example.invalid/a?id=4'));
  assert.equal(urlKey('not a url '), 'not a url');
});
