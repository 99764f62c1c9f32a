// Acts named by a noun ("condemned the offensive", "protested the arrests", "rejected the sanctions"): the one
// condemned, protested or rejected is whoever did the act. Articles name the act in one sentence and react to it
// in later ones, so the coder remembers who last did each kind of act (ArticleMemory.lastDoers) and looks the
// noun up here.

/** The kind of act a CAMEO code is, for references: violence (assault, fight, mass violence) is one kind. */
export function kindOfAct(cameo: string): string {
  const root = cameo.slice(0, 2);
  // (An appeal and a demand are both requests: "Tillerson urged Russia to end its support ... Lavrov rejected the
  // demand" rejects Tillerson's.)
  if (root === '02') return '10';
  return root === '18' || root === '19' || root === '20' ? 'violence' : root;
}

/** Kinds whose acts, named by a noun, have a doer worth looking up (not statements): "rejected the offer" rejects
 *  whoever offered, "accepted the demands" whoever demanded, "called the visit regrettable" criticises the visitor. */
export const REFERABLE_KINDS = new Set(['violence', '17', '16', '15', '13', '12', '11', '10', '08', '04', '03']);

/** Nouns (lemmas) that name an act of a kind, whatever the verb patterns say; the patterns leave bare "strike"
 *  out (a labour strike), but as the object of a condemnation it is an attack. */
const ACT_NOUNS = new Map<string, string>([
  ...['attack', 'assault', 'offensive', 'strike', 'airstrike', 'air strike', 'bombing', 'bombardment', 'shelling', 'raid',
    'incursion', 'invasion', 'killing', 'massacre', 'shooting', 'operation', 'escalation', 'aggression', 'violence',
    'atrocity', 'crime', 'war crime', 'occupation', 'blockade', 'siege', 'annexation', 'firing', 'ambush', 'coup', 'takeover',
    'hijacking', 'kidnapping', 'abduction', 'downing'].map((w) => [w, 'violence'] as const),
  ...['arrest', 'detention', 'crackdown', 'execution', 'sentence', 'verdict', 'deportation', 'curfew', 'ban', 'expulsion',
    'raid on', 'seizure', 'confiscation', 'shutdown', 'warrant'].map((w) => [w, '17'] as const),
  ...['resignation', 'release', 'withdrawal', 'pullout', 'pull-out', 'pardon'].map((w) => [w, '08'] as const),
  ...['sanction', 'embargo', 'tariff', 'boycott', 'suspension'].map((w) => [w, '16'] as const),
  ...['test', 'launch', 'drill', 'exercise', 'deployment', 'buildup', 'build-up', 'mobilization', 'mobilisation'].map((w) => [w, '15'] as const),
  ...['threat', 'ultimatum'].map((w) => [w, '13'] as const),
  ...['demand', 'request'].map((w) => [w, '10'] as const),
  ...['indictment', 'accusation', 'allegation', 'criticism'].map((w) => [w, '11'] as const),
  ...['visit', 'trip'].map((w) => [w, '04'] as const),
  ...['offer', 'proposal', 'overture', 'peace offer', 'peace proposal'].map((w) => [w, '03'] as const),
]);

/** Nouns for a war or a spell of fighting as a whole: "the insurgency that has killed 13,000", "fighting that killed 140". */
export const WARS = new Set(['war', 'insurgency', 'conflict', 'uprising', 'rebellion', 'fighting', 'violence', 'campaign', 'revolt', 'intifada', 'unrest']);

/** Nouns that name an accusation only as what a denial or a rejection answers: "rejected the charge", "dismissed the
 *  claims" (elsewhere "faces charges", "claims to the islands" name none). */
export const ANSWERED_CLAIMS = new Set(['charge', 'claim', 'suggestion', 'report']);

/** Nouns that may name an act of a second kind, looked up when no one did the first: a coup or a takeover of power
 *  is coded as coercion (170, "seized power", "staged a coup"), a takeover of a town as violence; an expulsion of
 *  diplomats is a reduction of relations (161), of other people coercion; "the attacks on embassies", where no one
 *  used arms, are a riot's (145: "protesters set fire to the Danish embassy"). */
const SECOND_KINDS = new Map([['coup', '17'], ['takeover', '17'], ['putsch', '17'], ['expulsion', '16'], ['attack', 'code:145']]);

/** The second kind of act a noun lemma may name, if any. */
export function secondKindNamedBy(lemma: string): string | undefined {
  return SECOND_KINDS.get(lemma);
}

/** The kind of act a noun lemma names, if any. */
export function actNamedBy(lemma: string): string | undefined {
  return ACT_NOUNS.get(lemma);
}

/** Nouns for what two parties agree on: "welcomed the accord" welcomes both parties to the last one told. */
export const ACCORD_NOUNS = new Set(['agreement', 'accord', 'deal', 'pact', 'treaty', 'ceasefire', 'truce', 'armistice', 'rapprochement', 'settlement']);

/** Is this coded act an accord between parties (signed, a ceasefire, an agreement reached)? */
export function isAccord(cameo: string, eventText: string): boolean {
  return cameo === '057' || cameo.startsWith('087') || (cameo.startsWith('03') && /^agree/i.test(eventText));
}

/** Nouns that refer back to whatever was last done, of any kind: "welcomed the decision", "condemned the move". */
export const GENERIC_ACT_NOUNS = new Set(['decision', 'move', 'ruling', 'verdict', 'step', 'judgment', 'judgement', 'measure', 'action']);

/** Nouns for a vote and its outcome: "called the vote a farce", "rejected the official results" are aimed at the
 *  authorities that held it. "Result", "outcome" and "count" name a vote only in a sentence about one. */
export const VOTE_NOUNS = new Set(['vote', 'election', 'poll', 'referendum', 'ballot', 'plebiscite', 'runoff', 'run-off']);
const VOTE_OUTCOMES = new Set(['result', 'outcome', 'count', 'tally']);

/** Whether a noun (lemma) names a vote or its outcome, in a sentence of these words. */
export function namesVote(lemma: string, words: ReadonlyArray<{ lemma: string }>): boolean {
  return VOTE_NOUNS.has(lemma) || (VOTE_OUTCOMES.has(lemma) && words.some((w) => VOTE_NOUNS.has(w.lemma)));
}

/** Acts two sides do to each other (lemmas): named together they act both ways ("Armenia and Azerbaijan clashed"),
 *  and their "with" names the other side ("exchanged fire with gunmen"). */
export const MUTUAL_ACTS = new Set(['clash', 'fight', 'battle', 'exchange', 'trade', 'skirmish']);
