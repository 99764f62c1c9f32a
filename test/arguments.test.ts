// The argument stage: who did it and to whom, read from the dependency parse of sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argumentsOf } from '../src/events/arguments.js';
import { loadParser } from '../src/text/parser/model-file.js';
import type { Parse } from '../src/text/parser/parser.js';

const parser = loadParser();

/** The arguments of `verb` in a sentence given as space-separated tokens, as words. */
function args(tokens: string, verb: string) {
  const p = parser.parse(tokens.split(' '));
  const a = argumentsOf(p, p.forms.indexOf(verb));
  const words = (ix: number[]) => ix.map((i) => p.forms[i]);
  return { subject: words(a.subject), object: words(a.object), passive: a.passive, circumstance: words(a.circumstance) };
}

test('active: subject and object; places and times are circumstances, not recipients', () => {
  // A parse written by hand, so the stage is tested apart from the model:
  // Putin met Erdogan in Sochi on Friday .
  const forms = ['Putin', 'met', 'Erdogan', 'in', 'Sochi', 'on', 'Friday', '.'];
  const parse: Parse = {
    forms, upos: ['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT'], xpos: forms.map(() => '_'),
    head: Int32Array.from([1, -1, 1, 4, 1, 6, 1, 1]), deprel: ['nsubj', 'root', 'obj', 'case', 'obl', 'case', 'obl', 'punct'],
  };
  const a = argumentsOf(parse, 1);
  assert.deepEqual([a.subject, a.object, a.passive, a.circumstance], [[0], [2], false, [4, 6]]);
  // Without an object, a participant's preposition gives the recipient: "met with Erdogan".
  const withForms = ['Putin', 'met', 'with', 'Erdogan', 'in', 'Sochi'];
  const withParse: Parse = {
    forms: withForms, upos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'ADP', 'PROPN'], xpos: withForms.map(() => '_'),
    head: Int32Array.from([1, -1, 3, 1, 5, 1]), deprel: ['nsubj', 'root', 'case', 'obl', 'case', 'obl'],
  };
  const b = argumentsOf(withParse, 1);
  assert.deepEqual([b.object, b.circumstance], [[3], [5]]);
});

test('passive: the agent does it, the passive subject undergoes it', () => {
  const a = args('The convoy was attacked by rebels near the border .', 'attacked');
  assert.deepEqual([a.subject, a.object, a.passive], [['rebels'], ['convoy'], true]);
});

test('control and coordination', () => {
  assert.deepEqual(args('The United States urged Iran to stop enrichment .', 'stop').subject, ['Iran']);
  assert.deepEqual(args('Russia agreed to withdraw its troops .', 'withdraw').subject, ['Russia']);
  assert.deepEqual(args('France and Germany condemned the missile test .', 'condemned').subject, ['France', 'Germany']);
  assert.deepEqual(args('Protesters burned flags and attacked the embassy .', 'attacked').subject, ['Protesters']);
});

test('relative clauses: the noun is the doer, or with a subject of its own, what was done', () => {
  const launched = args('The attack Damascus launched against its own people was condemned .', 'launched');
  assert.deepEqual([launched.subject, launched.object], [['Damascus'], ['attack']]);
});
