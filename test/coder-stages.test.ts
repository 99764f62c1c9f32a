// Each stage of the coder alone, on sentences written for these tests: clauses, noun phrases and their actors,
// triggers, roles. (test/coder.test.ts runs the whole pipeline.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorDictionary } from '../src/actors/dictionary.js';
import { PatternSet } from '../src/events/patterns.js';
import { analyze, type Sentence } from '../src/text/nlp.js';
import { articleSentences, packSentences, readAndPack, unpackSentences } from '../src/text/sentences.js';
import { clauses, passive, wordsOf } from '../src/events/clauses.js';
import { mapped } from '../src/arrays.js';
import { newMemory, nounPhrases, type Phrase } from '../src/events/mentions.js';
import { findMatches, selectTriggers } from '../src/events/triggers.js';
import { rolesOf, type SentenceReading } from '../src/events/roles.js';
import { articlePlaces } from '../src/geo/places.js';

const actors = ActorDictionary.load();
const patterns = PatternSet.load();
const sentence = (text: string): Sentence => analyze(text)[0]!;
const words = (s: Sentence, p: Phrase) => s.tokens.slice(p.start, p.end).map((t) => t.text).join(' ');

/** The stages before roles, as the coder runs them. */
function read(text: string, articleText = text) {
  const s = sentence(text);
  const toks = s.tokens;
  const mentions = actors.match(toks);
  const inMention = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const clauseOf = clauses(toks);
  const all = findMatches(patterns, toks, (i) => inMention.has(i), clauseOf);
  const triggers = selectTriggers(all, toks, clauseOf);
  const triggerTokens = new Map(triggers.map((t) => [t.m.trigger, t.m.pattern.cameo]));
  const memory = newMemory(articlePlaces(articleText));
  const phrases = nounPhrases(actors, s, mentions, '2019-06-01', memory, triggerTokens);
  const phraseAt = new Array<Phrase | null>(toks.length).fill(null);
  for (const p of phrases) for (let i = p.start; i < p.end; i++) phraseAt[i] = p;
  const reading: SentenceReading = { sentence: s, toks, phrases, phraseAt, clauseOf, places: [], triggerTokens,
    matchedVerbs: new Set(all.map((m) => m.trigger)), home: null, memory };
  return { s, toks, clauseOf, triggers, phrases, reading };
}

test('clauses: a subordinator and a verb of saying open new clauses; passives are found', () => {
  const s = sentence('Russia said that the talks failed because Ukraine was attacked by rebels.');
  const c = clauses(s.tokens);
  const at = (w: string) => c[s.tokens.findIndex((t) => t.text === w)]!;
  assert.ok(at('Russia') < at('talks'), 'the reported clause is a new clause');
  assert.ok(at('talks') < at('Ukraine'), '"because" opens a clause');
  assert.ok(passive(s.tokens, s.tokens.findIndex((t) => t.text === 'attacked')));
  assert.ok(!passive(s.tokens, s.tokens.findIndex((t) => t.text === 'failed')));
});

test('tagging: a gerund after a preposition, before its object, is a verb with its base; -ing nouns stay nouns', () => {
  const tagOf = (text: string, word: string) => sentence(text).tokens.find((t) => t.text === word)!;
  const expelling = tagOf('Britain responded by expelling two Russian diplomats.', 'expelling');
  assert.deepEqual([expelling.pos, expelling.lemma], ['VERB', 'expel']);
  assert.equal(tagOf('By evening the rebels had fled.', 'evening').pos, 'NOUN');
  assert.equal(tagOf('They met after the meeting of the council.', 'meeting').pos, 'NOUN');
});

test('noun phrases: names, kinds of actors, and "the North" in a story about the Koreas', () => {
  const text = 'North Korea fired missiles. The North warned South Korean police.';
  const { s, phrases } = read('The North warned South Korean police.', text);
  const north = phrases.find((p) => words(s, p) === 'The North');
  assert.equal(north?.actor?.code, 'PRK');
  const police = phrases.find((p) => /police/.test(words(s, p)));
  assert.equal(police?.actor?.code, 'KOR');
  assert.equal(police?.actor?.sector, 'COP');
});

test('triggers: one per word; what an appeal asks for and what is hoped for are dropped', () => {
  const asked = read('The UN called on both sides to declare a ceasefire.');
  assert.deepEqual(asked.triggers.map((t) => t.m.pattern.cameo.slice(0, 2)), ['02']);
  const hoped = read('Japan hoped China would lift sanctions.');
  assert.equal(hoped.triggers.filter((t) => t.m.pattern.cameo.startsWith('08')).length, 0);
  const vowed = read('Iran vowed to send troops to Syria.');
  assert.equal(vowed.triggers.length, 1);
  assert.equal(vowed.triggers[0]!.intendedBy, 'vow');
});

test('roles: subject and object, the agent of a passive, the doer of an act named by a possessor', () => {
  const active = read('Germany condemned Russia on Tuesday.');
  const r1 = rolesOf(active.triggers[0]!.m, active.reading);
  assert.deepEqual([r1.source.map((a) => a.code), r1.target.map((a) => a.code)], [['DEU'], ['RUS']]);
  const pass = read('The Russian embassy was attacked by Ukrainian protesters.');
  const r2 = rolesOf(pass.triggers[0]!.m, pass.reading);
  assert.deepEqual([r2.source.map((a) => a.code), r2.target.map((a) => a.code)], [['UKR'], ['RUS']]);
  const owned = read('Saudi officials spoke after the Houthis\' recent attack on two Saudi oil stations.');
  const attack = owned.triggers.find((t) => t.m.pattern.cameo.startsWith('1'));
  assert.ok(attack);
  assert.deepEqual(rolesOf(attack.m, owned.reading).source.map((a) => a.code), ['YEM']);
});

test('words of tokens: as written, with a space only where the text has one', () => {
  const s = sentence('The U.S.-led coalition struck Islamic State positions near Mosul on Tuesday.');
  const toks = s.tokens;
  const first = toks.findIndex((t) => t.text === 'U.S.');
  const coalition = toks.findIndex((t) => t.text === 'coalition');
  assert.equal(wordsOf(toks, first, coalition + 1), 'U.S.-led coalition');
  assert.equal(wordsOf(toks, coalition, coalition + 3), 'coalition struck Islamic');
  assert.equal(wordsOf(toks, 3, 3), '');
  assert.equal(wordsOf(toks, toks.length - 2, toks.length + 5), 'Tuesday.');
  assert.deepEqual(mapped(['a', 'b', 'c'], (x, i) => `${x}${i}`), ['a0', 'b1', 'c2']);
  assert.deepEqual(mapped([], (x: string) => x), []);
});

test('sentences packed for another thread unpack to the sentences read, article by article, with errors in place', () => {
  const texts = [
    'MOSCOW (Reuters) - Russia expelled two Swedish diplomats on Tuesday.\n\nThe foreign ministry said they had taken part in protests.',
    '',
    'Égypte’s envoy met Israeli officials in Cairo. Hamas rejected the truce.',
  ];
  const read: Array<Sentence[] | Error> = texts.map((t) => articleSentences(t));
  read.splice(1, 0, new Error('unreadable: line 3'));
  const { packed, transfer } = packSentences(read);
  // One copy of each string: the texts, norms, lemmas and tags of every token, however often they come.
  assert.equal(new Set(packed.words).size, packed.words.length);
  assert.ok(packed.words.includes('NOUN') && packed.words.includes('diplomats') && packed.words.includes('diplomat'));
  assert.deepEqual(transfer, [packed.shapes.buffer, packed.tokens.buffer]);
  const back = unpackSentences(structuredClone(packed));
  assert.equal(back.length, 4);
  assert.ok(back[1] instanceof Error && back[1].message === 'unreadable: line 3');
  assert.deepEqual([back[0], back[2], back[3]], [read[0], read[2], read[3]]);
  assert.equal((back[0] as Sentence[]).length, 2, 'the dateline left out, both sentences kept');
  assert.deepEqual(back[2], []);
  // Reading a batch in one call gives the same.
  assert.deepEqual(unpackSentences(readAndPack(texts).packed), texts.map((t) => articleSentences(t)));
});
