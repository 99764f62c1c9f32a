// Who did it and to whom, read from the dependency parse: the syntactic arguments of an event trigger.
// Subjects come from nsubj (active) or obl:agent (passive); recipients from the object, the passive subject, or a
// prepositional object whose preposition marks a participant ("with", "against", "on", "to", ...), never from a
// place or time ("met in Prague"). Arguments are followed through coordination ("France and Germany"), control
// ("urged Iran to stop": Iran stops), coordinated verbs ("burned flags and attacked the embassy") and relative
// clauses ("the attack Damascus launched": Damascus launched it).
import type { Parse } from '../text/parser/parser.js';

export interface TriggerArguments {
  /** Heads of the doer's phrase(s), in sentence order; coordinated subjects are all included. */
  subject: number[];
  /** Heads of the recipient's phrase(s): object, passive subject or participant preposition's object. */
  object: number[];
  /** True when the trigger is in the passive voice. */
  passive: boolean;
  /** Heads of place and time obliques ("in Prague", "on Tuesday"): never recipients. */
  circumstance: number[];
}

const base = (rel: string) => rel.split(':')[0]!;
/** Prepositions whose object takes part in the event. */
const PARTICIPANT_CASE = new Set(['with', 'against', 'on', 'to', 'toward', 'towards', 'at', 'into', 'upon', 'for', 'from', 'over', 'of']);
/** Prepositions of place and time: "in Prague", "during the visit", "near the border". */
const CIRCUMSTANCE_CASE = new Set(['in', 'during', 'near', 'inside', 'outside', 'throughout', 'across', 'within', 'before', 'after', 'since', 'until', 'around', 'amid', 'beside', 'by']);

/** Words that make an oblique a time, whatever its preposition: "on Friday", "in March", "last week". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'evening', 'afternoon',
  'weekend', 'hour', 'hours', 'time', 'decade', 'century']);

/** Dependents of every word, in order. */
export function childrenOf(p: Parse): number[][] {
  const kids: number[][] = [];
  for (let i = 0; i < p.forms.length; i++) kids.push([]);
  for (let i = 0; i < p.forms.length; i++) if (p.head[i]! >= 0) kids[p.head[i]!]!.push(i);
  return kids;
}

/** The word's coordinated siblings: "France and Germany" from "France" gives both. */
function withConjuncts(p: Parse, kids: number[][], i: number): number[] {
  const out = [i];
  for (const k of kids[i]!) if (p.deprel[k] === 'conj' && !isVerbal(p, k)) out.push(...withConjuncts(p, kids, k));
  return out.sort((a, b) => a - b);
}

const isVerbal = (p: Parse, i: number) => p.upos[i] === 'VERB' || p.upos[i] === 'AUX';

/** The case marker (preposition) of a nominal, lower-cased, or ''. */
export function caseOf(p: Parse, kids: number[][], i: number): string {
  let words = '';
  for (const k of kids[i]!) if (p.deprel[k] === 'case' && k < i) words += (words ? ' ' : '') + p.forms[k]!.toLowerCase();
  return words;
}

function directSubject(p: Parse, kids: number[][], v: number): { at: number[]; passive: boolean } {
  for (const k of kids[v]!) {
    const r = p.deprel[k]!;
    if (r === 'nsubj' || r === 'csubj' || r === 'nsubj:outer') return { at: withConjuncts(p, kids, k), passive: false };
    if (r === 'nsubj:pass' || r === 'csubj:pass') return { at: withConjuncts(p, kids, k), passive: true };
  }
  return { at: [], passive: false };
}

/**
 * The subject of word v, inherited where the parse leaves it implicit: from the controlling verb (subject control
 * "agreed to withdraw", object control "urged Iran to stop"), from the first of coordinated verbs, from the noun a
 * relative or participial clause modifies, and from the verb an adverbial gerund hangs on ("by accusing").
 */
function inheritedSubject(p: Parse, kids: number[][], v: number, depth = 0): number[] {
  const own = directSubject(p, kids, v);
  if (own.at.length || depth > 4) return own.at;
  const h = p.head[v]!;
  if (h < 0) return [];
  const rel = p.deprel[v]!;
  if (rel === 'xcomp') {
    const obj = kids[h]!.find((k) => p.deprel[k] === 'obj' || p.deprel[k] === 'iobj');
    return obj !== undefined ? withConjuncts(p, kids, obj) : inheritedSubject(p, kids, h, depth + 1);
  }
  if (rel === 'conj' && isVerbal(p, h)) return inheritedSubject(p, kids, h, depth + 1);
  if (base(rel) === 'advcl') return inheritedSubject(p, kids, h, depth + 1);
  if (rel === 'acl') return [h];
  if (rel === 'acl:relcl') {
    // "the rebels who seized the town": the relative pronoun is the subject, and it stands for the noun.
    return [h];
  }
  return [];
}

/** The arguments of the trigger word v. */
export function argumentsOf(p: Parse, v: number, kids: number[][] = childrenOf(p)): TriggerArguments {
  const direct = directSubject(p, kids, v);
  const passive = direct.passive || kids[v]!.some((k) => p.deprel[k] === 'aux:pass');
  let subject: number[];
  let object: number[] = [];
  const circumstance: number[] = [];
  const agent = kids[v]!.find((k) => p.deprel[k] === 'obl:agent');
  const relcl = p.deprel[v] === 'acl:relcl';
  const relativePronounSubject = direct.at.length === 1 && /^(who|which|that)$/i.test(p.forms[direct.at[0]!]!);
  if (passive) {
    subject = agent !== undefined ? withConjuncts(p, kids, agent) : [];
    object = direct.at.length ? direct.at : relcl ? [p.head[v]!] : inheritedSubject(p, kids, v);
    if (relativePronounSubject) object = [p.head[v]!];
  } else {
    subject = relativePronounSubject ? [p.head[v]!] : direct.at.length ? direct.at : inheritedSubject(p, kids, v);
    const obj = kids[v]!.find((k) => p.deprel[k] === 'obj');
    const iobj = kids[v]!.find((k) => p.deprel[k] === 'iobj');
    // "the attack Damascus launched": with its own subject, a relative clause's missing object is the noun.
    if (relcl && direct.at.length && !relativePronounSubject && obj === undefined) object = [p.head[v]!];
    else if (iobj !== undefined) object = withConjuncts(p, kids, iobj);
    else if (obj !== undefined) object = withConjuncts(p, kids, obj);
  }
  for (const k of kids[v]!) {
    if (base(p.deprel[k]!) !== 'obl' || k === agent) continue;
    const c = caseOf(p, kids, k);
    if (CIRCUMSTANCE_CASE.has(c) || c === '' || p.deprel[k] === 'obl:unmarked' || TIME_WORDS.has(p.forms[k]!.toLowerCase())) circumstance.push(k);
    else if (!object.length && PARTICIPANT_CASE.has(c.split(' ').pop()!)) object = withConjuncts(p, kids, k);
  }
  return { subject, object, passive, circumstance };
}

/** Prepositions that set talks beside the act of their clause, held by the same side: "met Putin after talks with
 *  Lavrov", "said during talks with". ("ahead of" and "before": talks not yet held.) */
const ALONGSIDE_CASE = new Set(['after', 'following', 'during', 'at', 'on', 'in']);
/** Whether talks named by the noun at `n` after the preposition `c` were held by the clause's subject: after "in",
 *  only talks with someone named ("in a telephone call with Putin"; "agreed to lift sanctions in the summit" says
 *  where an agreement was made). */
const alongside = (p: Parse, kids: number[][], n: number, c: string): boolean =>
  ALONGSIDE_CASE.has(c) && (c !== 'in' || p.forms[n + 1]?.toLowerCase() === 'with' || kids[n]!.some((k) => caseOf(p, kids, k) === 'with'));

/**
 * Who held the talks a noun names as a circumstance of another act ("met Putin after hours of talks with Lavrov"):
 * the subject of the verb the noun's phrase hangs on, through "of" phrases ("hours of talks"); none when the phrase
 * is no such circumstance.
 */
export function heldAlongside(p: Parse, n: number, kids: number[][] = childrenOf(p)): number[] {
  // ("Rouhani was on a two-day visit to Pakistan": a predicate noun has its own subject.)
  const own = directSubject(p, kids, n);
  if (own.at.length && !own.passive) return own.at;
  let x = n;
  // (The talks' noun, when the parse hung it on the verb's object: "raised the issue in a telephone call with Putin" is
  // said in the call, whatever the attachment.)
  let attachedAt = -1;
  for (let depth = 0; depth < 4; depth++) {
    const h = p.head[x]!;
    if (h < 0) return [];
    const rel = base(p.deprel[x]!);
    if (rel === 'obl') return isVerbal(p, h) && alongside(p, kids, x, caseOf(p, kids, x)) ? argumentsOf(p, h, kids).subject : [];
    if (rel === 'obj' && attachedAt >= 0 && alongside(p, kids, attachedAt, caseOf(p, kids, attachedAt))) return isVerbal(p, h) ? argumentsOf(p, h, kids).subject : [];
    // ("in a telephone call with Putin": the trigger may be a word of the noun's compound.)
    if (rel !== 'nmod' && rel !== 'compound') return [];
    if (rel === 'nmod') attachedAt = x;
    x = h;
  }
  return [];
}
