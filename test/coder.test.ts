// The coder's linguistic behaviours, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attacksToldOnce, EventCoder, oneSideTwice } from '../src/events/coder.js';
import type { CodedEvent } from '../src/model.js';

const coder = EventCoder.load();
const code = (text: string, date = '2019-06-01'): CodedEvent[] => coder.codeArticle({ id: 't', date, text });
const exploring = EventCoder.load({ unresolved: true });
/** With unresolved events too (`detente code --unresolved`). */
const codeAll = (text: string, date = '2019-06-01'): CodedEvent[] => exploring.codeArticle({ id: 't', date, text });
const codesOf = (side: CodedEvent['actor']) => side.map((a) => a.code).sort();
const find = (evs: CodedEvent[], category: string) => evs.filter((e) => e.event === category);

test('active voice: actor, event and recipient with offsets into the sentence', () => {
  const evs = code('The Kremlin condemned Washington on Tuesday.');
  const [e] = find(evs, 'ACCUSE');
  assert.ok(e, 'an ACCUSE event');
  assert.deepEqual(codesOf(e.actor), ['RUS']);
  assert.equal(e.actor[0]!.sector, 'GOV');
  assert.deepEqual(codesOf(e.recipient), ['USA']);
  assert.equal(e.text.slice(e.actor[0]!.start, e.actor[0]!.end), 'Kremlin');
  assert.equal(e.text.slice(e.eventSpan[0], e.eventSpan[1]), 'condemned');
  assert.equal(e.quadClass, 3);
  assert.equal(e.cameo.slice(0, 2), '11');
  assert.match(e.pattern, /11-.*\.tsv:\d+/);
  assert.equal(e.id, 't:0:0');
});

test('passive voice: the agent after "by" is the actor', () => {
  const evs = codeAll('The memorandum on air safety was suspended by Moscow after the American strike.');
  const e = evs.find((x) => x.actor.some((a) => a.code === 'RUS'));
  assert.ok(e, `an event with Moscow as actor, got ${JSON.stringify(evs.map((x) => [x.event, codesOf(x.actor)]))}`);
  assert.equal(e.quadClass >= 3, true);
});

test('compound actors with a reciprocal verb: both sides, both directions', () => {
  const evs = find(code('Moscow and Washington agreed to continue cooperating on counterterrorism.'), 'AGREE');
  const dyads = evs.map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort();
  assert.deepEqual(dyads, ['RUS>USA', 'USA>RUS']);
});

test('compound actors with a directed verb: one event, two actors', () => {
  const [e] = find(code('Britain and France condemned Iran over the seizure of the tanker.'), 'ACCUSE');
  assert.ok(e);
  assert.deepEqual(codesOf(e.actor), ['FRA', 'GBR']);
  assert.deepEqual(codesOf(e.recipient), ['IRN']);
});

test('reported speech: the speaker accuses, "said" itself is no event', () => {
  const evs = code('Lavrov said the American strike on the airbase was unlawful.', '2017-04-08');
  assert.ok(evs.length >= 1);
  const acc = find(evs, 'ACCUSE');
  assert.ok(acc.length, `ACCUSE expected, got ${evs.map((e) => e.event)}`);
  assert.deepEqual(codesOf(acc[0]!.actor), ['RUS']);
  assert.equal(acc[0]!.actor[0]!.sector, 'GOV');
  assert.equal(code('The minister said the talks would continue next week.').length, 0, 'a plain statement is not an event');
});

test('negation: "did not attack" is no ASSAULT', () => {
  assert.equal(find(code('Russian troops did not attack Ukrainian positions, officials said.'), 'ASSAULT').length, 0);
  assert.equal(find(code('Russian troops attacked Ukrainian positions, officials said.'), 'ASSAULT').length, 1);
});

test('possibility and prevention: "may impose", "can fire", "barred from testing" are no acts', () => {
  assert.deepEqual(find(code('The United States may impose sanctions on Turkey.'), 'SANCTION'), []);
  assert.deepEqual(find(code('North Korea can fire missiles at South Korea at any time.'), 'ASSAULT'), []);
  assert.deepEqual(find(code('The court barred Russia from attacking Ukraine.'), 'ASSAULT'), []);
  // The same acts, done.
  assert.equal(find(code('The United States imposed sanctions on Turkey.'), 'SANCTION').length, 1);
  assert.equal(find(code('North Korea fired missiles at South Korea.'), 'ASSAULT').length, 1);
});

test('intent: threatened to / vowed to / agreed to code the governing verb', () => {
  const t = code('Iran threatened to attack Israel.');
  assert.ok(find(t, 'THREATEN').length, 'THREATEN');
  assert.equal(find(t, 'ASSAULT').length, 0, 'the threatened attack did not happen');
  const a = code('Egypt agreed to mediate between Israel and Hamas.');
  assert.ok(find(a, 'AGREE').length, 'AGREE');
});

test('metonymy: capitals and seats of government are the government', () => {
  const [e] = find(code('Beijing criticised Tokyo over the visit.'), 'ACCUSE');
  assert.ok(e);
  assert.deepEqual([e.actor[0]!.code, e.actor[0]!.sector], ['CHN', 'GOV']);
  assert.deepEqual([e.recipient[0]!.code, e.recipient[0]!.sector], ['JPN', 'GOV']);
  const [w] = find(code('The White House denounced the Kremlin.'), 'ACCUSE');
  assert.deepEqual([w!.actor[0]!.code, w!.recipient[0]!.code], ['USA', 'RUS']);
});

test('nationality adjectives and titles give country and sector', () => {
  const [e] = find(code('Syrian government forces shelled rebel positions near Idlib.'), 'ASSAULT');
  assert.ok(e);
  assert.deepEqual([e.actor[0]!.code, e.actor[0]!.sector], ['SYR', 'MIL']);
  const [l] = find(code('Russian foreign minister Sergey Lavrov criticized the decision by Ukraine.'), 'ACCUSE');
  assert.deepEqual([l!.actor[0]!.code, l!.actor[0]!.sector], ['RUS', 'GOV']);
});

test('surname-only and pronoun references to a person named earlier', () => {
  const text = 'Ukrainian envoy Olena Marchenko arrived in Warsaw on Monday. Marchenko later accused Russia of blocking grain exports. She also criticized Belarus.';
  const evs = code(text, '2022-07-01');
  const acc = evs.filter((e) => e.event === 'ACCUSE' && e.sentenceIndex === 1);
  assert.ok(acc.length, 'surname sentence coded');
  assert.deepEqual(codesOf(acc[0]!.actor), ['UKR']);
  const she = evs.filter((e) => e.event === 'ACCUSE' && e.sentenceIndex === 2);
  assert.ok(she.length, 'pronoun sentence coded');
  assert.deepEqual(codesOf(she[0]!.actor), ['UKR']);
  assert.deepEqual(codesOf(she[0]!.recipient), ['BLR']);
});

test('formal names: Russian Federation, USA, U.S.', () => {
  const [e] = find(code('The Russian Federation accused the USA of meddling.'), 'ACCUSE');
  assert.deepEqual([codesOf(e!.actor), codesOf(e!.recipient)], [['RUS'], ['USA']]);
  const [u] = find(code('U.S. warplanes bombed positions held by the Islamic State.'), 'ASSAULT');
  assert.deepEqual(codesOf(u!.actor), ['USA']);
});

test('time-aware roles: Tillerson is US government only while in office', () => {
  const during = find(code('Tillerson criticized Moscow over Syria.', '2017-04-11'), 'ACCUSE')[0];
  const after = find(code('Tillerson criticized Moscow over Syria.', '2020-01-15'), 'ACCUSE')[0];
  assert.deepEqual([during!.actor[0]!.code, during!.actor[0]!.sector], ['USA', 'GOV']);
  assert.equal(after!.actor[0]!.sector, null);
  const assad = find(code('Assad condemned Israel.', '2025-03-01'), 'ACCUSE')[0];
  assert.equal(assad!.actor[0]!.sector, null, 'Assad is not the Syrian government after December 2024');
  assert.equal(find(code('Assad condemned Israel.', '2015-03-01'), 'ACCUSE')[0]!.actor[0]!.sector, 'GOV');
});

test('bylines, datelines and photo captions are not events', () => {
  const text = 'By Maria Jones\nKYIV (Demo Wire) - Ukraine accused Russia of shelling a school.\nPhoto: Russian soldiers attacked a checkpoint near Kharkiv in this file photo.';
  const evs = code(text);
  assert.ok(evs.every((e) => e.event !== 'ASSAULT'), 'caption not coded');
  const [e] = find(evs, 'ACCUSE');
  assert.ok(e);
  assert.ok(!e.text.startsWith('KYIV'), 'dateline stripped from the sentence');
  assert.deepEqual(codesOf(e.actor), ['UKR']);
});

test('statements (CAMEO 01) are left out unless asked for, and an appeal to no one named is held back', () => {
  const plain = EventCoder.load();
  assert.ok(plain.codeArticle({ id: 'x', date: '2020-01-01', text: 'Germany urged calm.' }).every((e) => !e.cameo.startsWith('01') && !e.cameo.startsWith('02')));
});

test('an accusation codes what it condemns as an event, but not what it alleges', () => {
  const named = code('Iran condemned the Israeli strike on Damascus.');
  assert.ok(find(named, 'ACCUSE').length);
  const [strike] = find(named, 'ASSAULT');
  assert.deepEqual([codesOf(strike!.actor), codesOf(strike!.recipient)], [['ISR'], ['SYR']]);
  const alleged = code('Ukraine accused Russia of shelling Kharkiv.');
  assert.ok(find(alleged, 'ACCUSE').length);
  assert.equal(find(alleged, 'ASSAULT').length, 0, 'the shelling is alleged, not reported');
});

test('an appeal to a named party is a request of it, and what it asks for is not done', () => {
  assert.deepEqual(dyadsOf(code('The United Nations urged Russia to withdraw its troops from the border.')), ['0256 IGO>RUS']);
  assert.equal(find(code('The United Nations urged Russia to withdraw its troops from the border.'), 'REQUEST')[0]!.mode, 'yield');
  // An appeal to no one named is no dyad: held back, as a demand with no recipient is.
  assert.deepEqual(code('The United Nations called for calm.'), []);
  assert.deepEqual(codeAll('The United Nations called for calm.').map((e) => `${e.event} ${e.cameo}`), ['REQUEST 0256']);
  // The one asked is the one in the gap, even when no dictionary codes it: not whom the asked act concerns.
  assert.deepEqual(codeAll('Merkel encouraged Germany\'s partners to stop arms exports to Saudi Arabia.', '2019-01-01').map((e) => `${e.cameo} ${e.recipient.map((a) => a.text)}`), ['020 Germany\'s partners']);
  // "Lavrov rejected the demand" rejects the one who appealed.
  assert.deepEqual(dyadsOf(find(code('Tillerson urged Russia to end its support for Assad. Lavrov rejected the demand.', '2017-04-12'), 'REJECT')), ['120 RUS>USA']);
});

test('announced cooperation is intent (AGREE); refused cooperation is REJECT', () => {
  const [a] = code('The United States will provide humanitarian aid to Jordan.');
  assert.equal(a!.event, 'AGREE');
  assert.equal(a!.cameo.slice(0, 3), '033');
  const [r] = code('Syria will not accept more refugees from Iraq.');
  assert.equal(r!.event, 'REJECT');
});

test('events carry the place the sentence names', () => {
  const [e] = find(code('Russian jets bombed a hospital in Aleppo on Monday.'), 'ASSAULT');
  assert.ok(e?.location, 'located');
  assert.equal(e.location.countryCode, 'SYR');
  assert.equal(e.location.name, 'Aleppo');
  assert.ok(Math.abs(e.location.lat - 36.2) < 0.5);
});

test('"the two leaders" and "both sides" refer to the parties named before', () => {
  const evs = code('President Donald Trump met President Vladimir Putin in Helsinki. The two leaders agreed to resume arms control talks.', '2018-07-16');
  const later = evs.filter((e) => e.sentenceIndex === 1 && e.event === 'AGREE');
  const dyads = later.map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort();
  assert.deepEqual(dyads, ['RUS>USA', 'USA>RUS']);
});

test('datelines of several styles are cut; a leading name with a dash is not a dateline', async () => {
  const { newsSegments } = await import('../src/text/article.js');
  const first = (t: string) => newsSegments(t)[0]!.text;
  assert.equal(first('WASHINGTON, March 3 (Reuters) - The U.S. imposed sanctions.'), 'The U.S. imposed sanctions.');
  assert.equal(first('NEW DELHI, Feb. 26, 2019 (AP) -- India struck Pakistan.'), 'India struck Pakistan.');
  assert.equal(first('GAZA CITY, Palestinian Territories: Four children were killed.'), 'Four children were killed.');
  assert.equal(first('U.S. - China talks resumed in Geneva.'), 'U.S. - China talks resumed in Geneva.');
});

test('hard-wrapped lines are read as one sentence', () => {
  const evs = code('Russian Foreign Minister Sergei Lavrov\naccused Washington of\nviolating the treaty.\n\nBy Jane Roe\nPhoto: a tank.', '2019-02-02');
  const [e] = find(evs, 'ACCUSE');
  assert.ok(e, 'coded across line breaks');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['RUS'], ['USA']]);
  assert.equal(e.text.slice(e.actor[0]!.start, e.actor[0]!.end), 'Russian Foreign Minister Sergei Lavrov');
});

test('disowned and merely absent acts are no events; weapons are not recipients', () => {
  assert.equal(code('The Russian Defense Ministry denied attacking the hospital.').length, 0);
  assert.equal(code('The White House said the envoy was not negotiating with Iran.').length, 0);
  assert.equal(find(code('Syria did not agree to the proposal by Turkey.'), 'REJECT').length, 1, 'refused agreement is a rejection');
  const [e] = find(code('Ukraine fired U.S.-made missiles at a military facility in Russia.', '2024-11-20'), 'ASSAULT');
  assert.deepEqual([codesOf(e!.actor), codesOf(e!.recipient)], [['UKR'], ['RUS']]);
});

test('domestic agents take the article\'s country: its dateline, else the one country it names most', () => {
  const [arrest] = find(code('ISLAMABAD: Police arrested dozens of protesters outside the parliament on Monday.'), 'COERCE');
  assert.ok(arrest, 'a COERCE event');
  assert.deepEqual([codesOf(arrest.actor), arrest.actor[0]!.sector, codesOf(arrest.recipient)], [['PAK'], 'COP', ['PAK']]);
  // No dateline: Kenya is named twice and nothing else more, so the police are Kenya's.
  const kenya = code('Kenya faces a tense week. Police arrested dozens of protesters outside the parliament. Kenya has seen such protests before.');
  assert.deepEqual(codesOf(find(kenya, 'COERCE')[0]!.actor), ['KEN']);
  // Two countries named as often: no guess, so the arrest is unresolved: shown only on request, and marked.
  const unclear = 'Kenya and Uganda held talks. Police arrested dozens of protesters outside the parliament. Kenya and Uganda disagreed.';
  assert.deepEqual(find(codeAll(unclear), 'COERCE').map((e) => [e.actor[0]!.code, e.unresolved]), [[null, true]]);
  assert.deepEqual(find(code(unclear), 'COERCE'), []);
});

test('"the North" and "the South" are the Koreas (or Sudans) when the article names them', () => {
  const evs = codeAll('North Korea tested a missile on Sunday. The South dismissed the offer. The North accused Seoul of provocation.');
  assert.deepEqual(codesOf(find(evs, 'REJECT')[0]!.actor), ['KOR']);
  assert.deepEqual([codesOf(find(evs, 'ACCUSE')[0]!.actor), codesOf(find(evs, 'ACCUSE')[0]!.recipient)], [['PRK'], ['KOR']]);
  // Without either Korea (or Sudan) in the article, "the South" is no country.
  assert.deepEqual(find(codeAll('The South dismissed the offer.'), 'REJECT').map((e) => e.actor[0]?.code ?? null), [null]);
});

test('a pattern inside a longer one of the same kind is one event, not two', () => {
  const evs = find(code('Israel mounted a ground assault in Gaza on Sunday.'), 'ASSAULT');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.eventText)));
  assert.deepEqual(codesOf(evs[0]!.actor), ['ISR']);
});

test('only resolved events by default: an uncoded actor is held back, an uncoded named recipient too', () => {
  // "the rebels" with no country anywhere in the article: shown with --unresolved, marked; not emitted otherwise.
  const text = 'The rebels attacked the convoy of the minister.';
  assert.deepEqual(code(text), []);
  const all = codeAll(text);
  assert.ok(all.length && all.every((e) => e.unresolved === true));
  // A resolved event carries no mark.
  const [e] = find(code('Russia accused Ukraine of shelling the plant.'), 'ACCUSE');
  assert.ok(e && !('unresolved' in e));
});

test('what was done is no recipient: "sent aid", "signed an agreement" have none', () => {
  const [aid] = find(codeAll('Japan sent humanitarian aid on Monday.'), 'AID');
  assert.ok(aid, 'an AID event');
  assert.deepEqual(aid.recipient, []);
  // Aid is given to someone: with no one named it is held back by default, as no dyad of a relations index.
  assert.equal(aid.unresolved, true);
  assert.deepEqual(code('Japan sent humanitarian aid on Monday.'), []);
  // A show of force needs no one: "tested a missile" stands alone.
  assert.deepEqual(dyadsOf(code('North Korea tested a ballistic missile on Sunday.', '2017-05-14')), ['150 PRK>']);
});

test('venues are not recipients: places after "in", "near", "at"', () => {
  const [met] = find(code('Trump met Putin in Helsinki on Monday.'), 'CONSULT');
  assert.deepEqual([codesOf(met!.actor), codesOf(met!.recipient)], [['USA'], ['RUS']]);
  // A meeting's capital is where, not with whom.
  const [talks] = find(codeAll('Lavrov held talks in Beijing.', '2020-01-01'), 'CONSULT');
  assert.ok(talks);
  assert.deepEqual(talks.recipient, []);
  const [shelled] = find(code('Syrian government forces shelled rebel positions near Idlib.'), 'ASSAULT');
  assert.ok(shelled);
  assert.ok(!shelled.recipient.some((r) => r.text === 'Idlib'));
});

test('violence with no named perpetrator is coded to unidentified actors of the place where it happened', () => {
  const [killed] = find(code('KABUL (Reuters) - At least three civilians were killed on Sunday.'), 'ASSAULT');
  assert.ok(killed, 'an ASSAULT event');
  assert.deepEqual([codesOf(killed.actor), killed.actor[0]!.implicit, codesOf(killed.recipient)], [['AFG'], true, ['AFG']]);
  // A place in the clause wins over the dateline.
  const [bomb] = find(code('KABUL (Reuters) - A bomb killed two soldiers in Pakistan.'), 'ASSAULT');
  assert.deepEqual(codesOf(bomb!.actor), ['PAK']);
  // No place at all: unresolved, not guessed.
  assert.deepEqual(find(code('Two soldiers were killed.'), 'ASSAULT'), []);
});

test('an act named by a noun is its doer\'s: "condemned the strikes" accuses whoever struck', () => {
  const evs = code('Israel bombed Gaza on Monday. Turkey condemned the strikes.');
  const [acc] = find(evs, 'ACCUSE');
  assert.deepEqual([codesOf(acc!.actor), codesOf(acc!.recipient), acc!.recipient[0]!.text], [['TUR'], ['ISR'], 'the strikes']);
  // The protest's target is the offensive's doer; the offensive it names is no new act of the protesters.
  const sydney = code('SYDNEY (AFP) - Israel mounted a ground assault in Gaza on Sunday. In Sydney, about 3,000 people demonstrated outside the Town Hall to condemn the military offensive.');
  const [protest] = find(sydney, 'PROTEST');
  assert.deepEqual([codesOf(protest!.actor), codesOf(protest!.recipient)], [['AUS'], ['ISR']]);
  assert.deepEqual(find(sydney, 'ASSAULT').map((e) => codesOf(e.actor)), [['ISR']]);
  // Nothing done before: no one to name as the recipient.
  assert.deepEqual(find(codeAll('Turkey condemned the strikes.'), 'ACCUSE').map((e) => e.recipient), [[]]);
});

test('habits, planned acts and reduced relatives are no new events', () => {
  assert.deepEqual(find(code('North Korea has often fired missiles into the sea.'), 'MOBILIZE'), []);
  // A planned drill is no act of force; a planned meeting is an intention (AGREE), not a meeting.
  assert.deepEqual(find(code('North Korea fired missiles ahead of the upcoming joint military drill between South Korea and the US.'), 'COOPERATE'), []);
  assert.deepEqual(find(code('Putin and Xi discussed the upcoming summit with India.'), 'CONSULT').map((e) => e.cameo).filter((c) => c === '046'), []);
  // "children killed in the offensive" describes the children; the marchers killed no one.
  const march = code('In Jakarta, about 500 people marched carrying posters of children killed in the offensive.');
  assert.deepEqual(find(march, 'ASSAULT'), []);
  // The subject's verb is not a participle describing it.
  assert.equal(find(code('Iraqi President Saddam Hussein arrived in Amman on Wednesday.', '1995-01-01'), 'CONSULT').length, 1);
});

test('talks between parties: the first named meets the others', () => {
  const [c] = find(code('A conversation between Pakistan\'s interior minister and the Indian army chief took place on Monday.'), 'CONSULT');
  assert.deepEqual([codesOf(c!.actor), codesOf(c!.recipient)], [['PAK'], ['IND']]);
});

test('an act only talked about is not the talker\'s: "raised the murders", "told reporters that the launch"', () => {
  const raised = code('Mrs Merkel raised several murders in which Russian agents were suspected.');
  assert.equal(find(raised, 'ASSAULT').length, 0, `no assault by the one who raised them: ${JSON.stringify(raised.map((e) => [e.event, codesOf(e.actor)]))}`);
  const told = codeAll('Prime Minister Narendra Modi told reporters that the missile launch would not affect talks with Pakistan.');
  assert.equal(told.filter((e) => e.event === 'MOBILIZE' && e.actor.length).length, 0, JSON.stringify(told.map((e) => [e.event, e.actor.map((a) => a.text)])));
  // A light verb still makes its subject the doer, and a possessor is one too.
  const launched = code('Turkish troops launched an offensive against Kurdish militias in northern Syria.');
  assert.ok(launched.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).includes('TUR')));
  const owned = code('The envoy spoke despite the Houthis\' recent attack on two Saudi oil stations.');
  assert.ok(owned.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).includes('YEM')), JSON.stringify(owned.map((e) => [e.event, codesOf(e.actor)])));
});

test('what a noun says may or should be done is not done: "not our job to destroy", "efforts to end the fighting"', () => {
  assert.equal(code('"It is not our job to create or destroy political parties in Pakistan," the army chief said.').filter((e) => e.quadClass === 4).length, 0);
  assert.equal(code('Japan halted aid to Serbia in line with Western efforts to end the fighting there.').filter((e) => e.event === 'ASSAULT').length, 0);
});

test('what an appeal asks for inside its own words is no act: "called on both sides to declare a ceasefire"', () => {
  const evs = code('The UN Security Council called on both sides to declare a ceasefire.');
  assert.equal(find(evs, 'RETREAT').length, 0, JSON.stringify(evs.map((e) => [e.event, e.cameo])));
});

test('a violent act with no perpetrator named is coded to unidentified actors only when someone was its target', () => {
  const victims = code('KABUL: Three civilians were killed when a bomb exploded in a market.');
  assert.ok(victims.some((e) => e.event === 'ASSAULT' && e.actor[0]?.sector === 'UAF' && codesOf(e.recipient).includes('AFG')));
  const nobody = code('KABUL: Several nearby shops and vehicles were damaged as a result of the blast.');
  assert.equal(nobody.length, 0, JSON.stringify(nobody.map((e) => [e.event, codesOf(e.actor)])));
});

test('modifiers are not acts: "an estimated 3,000 people demonstrated", "from surrounding villages"', () => {
  const evs = code('In Sydney, an estimated 3,000 Australians demonstrated outside the town hall to condemn the Israeli offensive.');
  assert.ok(evs.some((e) => e.event === 'PROTEST' && codesOf(e.actor).includes('AUS')), JSON.stringify(evs.map((e) => [e.event, codesOf(e.actor)])));
  assert.equal(code('Afghan farmers usually come from surrounding villages to sell their crops, a Taliban spokesman said.').filter((e) => e.event === 'COERCE').length, 0);
});

test('protests told by the noun: "Protests against President Bashir are growing" are the place\'s people\'s', () => {
  const evs = code('KHARTOUM: Protests against President Omar al-Bashir are growing in size every week.', '2019-01-20');
  const [e] = find(evs, 'PROTEST');
  assert.ok(e, JSON.stringify(evs.map((x) => [x.event, codesOf(x.actor)])));
  assert.deepEqual(codesOf(e.actor), ['SDN']);
  assert.equal(e.actor[0]!.sector, 'CVL');
  assert.deepEqual(codesOf(e.recipient), ['SDN']);
  // A rally named after a preposition is not told here.
  assert.equal(find(code('In Hong Kong, organisers of a pro-Palestinian rally said about 300 people took part.'), 'PROTEST').length, 0);
});

test('idioms and reported clauses: "took place in the city", "said the capture did not relate to ..."', () => {
  assert.equal(code('KABUL: A second worker was wounded in the incident, which took place in Kandahar city, he said.').filter((e) => e.cameo.startsWith('192')).length, 0);
  const said = code('Defence minister Manohar Parrikar said the capture did not relate to the Indian army\'s operations.');
  assert.equal(said.filter((e) => e.actor.some((a) => /Parrikar/.test(a.text))).length, 0, JSON.stringify(said.map((e) => [e.event, e.actor.map((a) => a.text)])));
});

test('"neither is the army supporting any party" is not support', () => {
  assert.equal(find(code('ISLAMABAD: "I assure you, neither is the army supporting any party nor against it," he said.'), 'SUPPORT').length, 0);
});

test('"a policeman was killed and a second kidnapped": the second verb is passive too', () => {
  const evs = codeAll('KUALA LUMPUR: A policeman was killed and a second kidnapped after gunmen opened fire at a Malaysian resort.');
  assert.equal(evs.filter((e) => e.actor.some((a) => /policeman/.test(a.text))).length, 0, JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => a.text)])));
});

test('a person\'s name after "named" or "called" names something else: "villages named Natir Mandela"', () => {
  const evs = code('RAWALPINDI: Indian forces targeted villages named Natir Mandela and Madarpur in Battal sector.');
  assert.equal(evs.filter((e) => e.recipient.some((a) => a.code === 'ZAF')).length, 0, JSON.stringify(evs.map((e) => [e.event, codesOf(e.recipient)])));
});

test('a bare "the government" is the article\'s own country\'s, whatever place the clause names', () => {
  const evs = code('ISLAMABAD: Imran Khan on Monday met the prime minister to discuss the killings in Kabul.');
  const e = evs.find((x) => x.event === 'CONSULT');
  assert.ok(e, JSON.stringify(evs.map((x) => [x.event, codesOf(x.actor), codesOf(x.recipient)])));
  assert.deepEqual(codesOf(e.recipient), ['PAK']);
});

test('a place named before an agent word gives its country: "Kandahar police", "Cleveland officials"', () => {
  const evs = code('Kandahar police arrested three suspects on Monday.');
  assert.ok(evs.some((e) => codesOf(e.actor).includes('AFG') && e.actor[0]!.sector === 'COP'), JSON.stringify(evs.map((e) => [e.event, e.actor])));
  // Words of institutions' names are not places.
  const office = codeAll('The Federal Foreign Office provided aid to Yemen.');
  assert.equal(office.filter((e) => codesOf(e.actor).includes('ARG')).length, 0);
});

test('a bracketed abbreviation after a name is that actor; words inside a name are no acts', () => {
  const evs = code('Amnesty International (AI) has accused the Nigerian military of killing civilians.');
  const e = evs.find((x) => x.event === 'ACCUSE');
  assert.ok(e, JSON.stringify(evs.map((x) => [x.event, x.actor.map((a) => a.text)])));
  assert.deepEqual(codesOf(e.actor), ['NGO']);
  assert.deepEqual(codesOf(e.recipient), ['NGA']);
  assert.equal(codeAll('Amnesty International (AI) has accused the Nigerian military of killing civilians.').filter((x) => x.event === 'RETREAT').length, 0);
});

test('a pronoun subject is a perpetrator, not an unnamed one; "slammed into" is no criticism; "before he was able to" is not done', () => {
  const we = codeAll('KUALA LUMPUR: "We have launched a security operation to track down the criminals," the police chief said.');
  assert.equal(we.filter((e) => e.actor.some((a) => a.implicit)).length, 0, JSON.stringify(we.map((e) => [e.event, e.actor])));
  const rocket = code('CAIRO: Three civilians were killed when a rocket slammed into the Sinai Peninsula, Egyptian medical sources said.');
  assert.equal(find(rocket, 'ACCUSE').length, 0, JSON.stringify(rocket.map((e) => [e.event, e.cameo])));
  const unable = codeAll('KABUL: A would-be suicide bomber was shot dead before he was able to attack a police checkpoint.');
  assert.equal(unable.filter((e) => e.eventText.startsWith('attack')).length, 0, JSON.stringify(unable.map((e) => [e.event, e.eventText])));
});

test('a passive\'s pronoun is the one acted on: "he was arrested" is still the unnamed authorities\' act', () => {
  const evs = code('ISLAMABAD: Former prime minister Imran Khan appeared in court in Islamabad. He was arrested at the court on Tuesday.', '2023-05-10');
  assert.ok(evs.some((e) => e.event === 'COERCE' && e.actor.some((a) => a.implicit && a.code === 'PAK') && codesOf(e.recipient).includes('PAK')), JSON.stringify(evs.map((e) => [e.event, e.actor, e.recipient])));
});

test('an act named by the subject of a verb of its kind is told by that verb: "A suicide car bomb attack killed ..."', () => {
  const evs = code('KABUL: A suicide car bomb attack killed at least one civilian on Monday near the airport.');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && e.actor.some((a) => a.implicit && a.code === 'AFG') && codesOf(e.recipient).includes('AFG')), JSON.stringify(evs.map((e) => [e.event, e.actor, e.recipient])));
  // "called" after a verb's subject is the act itself: "Trump called Putin" keeps Putin.
  assert.ok(code('President-elect Donald Trump called Putin on Friday.', '2016-12-30').some((e) => codesOf(e.recipient).includes('RUS')));
});

test('", and accused Moscow" after a verb of saying: the speaker accuses, not a phrase of the reported clause', () => {
  const evs = code('President Barack Obama said the airliner was shot down by a missile fired from territory held by separatists, and accused Moscow of supplying them with weapons.', '2014-07-18');
  const e = find(evs, 'ACCUSE')[0];
  assert.ok(e, JSON.stringify(evs.map((x) => [x.event, x.actor.map((a) => a.text)])));
  assert.deepEqual(codesOf(e.actor), ['USA']);
  assert.deepEqual(codesOf(e.recipient), ['RUS']);
});

test('"where" refers back to a place; "enemies of the people" are not that people; "X, she" is no compound subject', () => {
  const where = codeAll('We begin in Syria, where fierce fighting is inching its way closer to the capital.');
  assert.equal(where.filter((e) => codesOf(e.actor).includes('SYR')).length, 0, JSON.stringify(where.map((e) => [e.event, e.actor])));
  const enemies = codeAll('KABUL: "Enemies of the people of Afghanistan targeted our innocent countrymen," the governor said.');
  assert.equal(enemies.filter((e) => e.actor.some((a) => a.sector === 'CVL')).length, 0, JSON.stringify(enemies.map((e) => [e.event, e.actor])));
  const she = codeAll('In the letter, seen by BBC News, she thanked Mr Martin for his condemnation.', '2020-10-01');
  assert.equal(she.filter((e) => e.actor.some((a) => /BBC/.test(a.text))).length, 0, JSON.stringify(she.map((e) => [e.event, e.actor])));
});

test('"neither is the army supporting any party" is no event at all, not a rejection', () => {
  assert.equal(code('ISLAMABAD: "I assure you, neither is the army supporting any party nor against it," he said.').length, 0);
});

test('"he" and "she": titles and earlier pronouns tell who may be meant', () => {
  const evs = code('DUP leader Arlene Foster has written to Taoiseach Micheal Martin. Mrs Foster raised several murders. '
    + 'Irish Foreign Minister Simon Coveney said there needed to be truth, he said. She accused Dublin of collusion.', '2020-10-01');
  const e = find(evs, 'ACCUSE')[0];
  assert.ok(e, JSON.stringify(evs.map((x) => [x.event, x.actor])));
  assert.deepEqual(codesOf(e.actor), ['GBR'], 'she is Mrs Foster, not Mr Coveney');
});

test('verbs of giving: the recipient follows "to", not the thing given', () => {
  const sent = code('Norway has sent a field hospital and medical teams to Haiti.');
  assert.ok(sent.some((e) => codesOf(e.actor).includes('NOR') && codesOf(e.recipient).includes('HTI')),
    `Norway -> Haiti, got ${JSON.stringify(sent.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const returned = code('Italy returned two stolen statues to the government of Greece on Monday.');
  assert.ok(returned.some((e) => codesOf(e.actor).includes('ITA') && codesOf(e.recipient).includes('GRC')),
    `Italy -> Greece, got ${JSON.stringify(returned.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  // Past another verb, "to" belongs to that verb.
  const donated = code('Japan donated ambulances to help Nepal cope with its response to the floods.');
  assert.ok(!donated.some((e) => e.recipient.some((a) => /floods/.test(a.text))));
});

test('"X has been the largest donor" is said of X; "provides 20 million dollars in aid" is one act of the verb\'s subject', () => {
  const donor = code('Norway has been the largest donor to Haiti since the earthquake.');
  assert.ok(donor.some((e) => e.event === 'AID' && codesOf(e.actor).includes('NOR') && codesOf(e.recipient).includes('HTI')),
    `Norway -> Haiti, got ${JSON.stringify(donor.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const sum = codeAll('Japan provides 20 million dollars in humanitarian aid to Nepal every year.');
  assert.ok(sum.length > 0 && sum.every((e) => codesOf(e.actor).includes('JPN')),
    `every event is Japan's, got ${JSON.stringify(sum.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  // A passive verb the tagger reads as a noun is no predicate noun.
  const taken = codeAll('Gunmen killed ten villagers in Nigeria, while 30 people have been abducted since May.');
  assert.ok(!taken.some((e) => e.actor.some((a) => /30 people/.test(a.text))));
});

test('the speaker of a trailing "X said" is no recipient, nor part of a list before it', () => {
  const evs = codeAll('Indian and Chinese troops clashed near the border on Monday, Nepalese army sources said.');
  assert.ok(evs.length > 0);
  assert.ok(evs.every((e) => !e.recipient.some((a) => /sources/.test(a.text))),
    `got ${JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => a.text), e.recipient.map((a) => a.text)]))}`);
  const titled = codeAll('Japan and Australia agreed to expand their security partnership, Japanese Minister of Defence Taro Kono said here.');
  assert.ok(titled.every((e) => !e.recipient.some((a) => /Minister/.test(a.text))));
});

test('"Theresa May" is a name, not a modal; acts done "jointly" or by two organisations are reciprocal', () => {
  const may = code('Theresa May held talks with Emmanuel Macron in Paris.', '2018-06-01');
  assert.ok(may.some((e) => e.event === 'CONSULT' && codesOf(e.actor).includes('GBR')),
    `got ${JSON.stringify(may.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const joint = find(code('The navies of Chile and Peru held joint exercises in the Pacific.'), 'COOPERATE');
  assert.deepEqual(joint.map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort(), ['CHL>PER', 'PER>CHL']);
  const blocs = code('The European Union and the African Union agreed to cooperate on migration.');
  assert.equal(blocs.filter((e) => e.actor.length === 1 && e.recipient.length === 1).length >= 2, true,
    `one event each way, got ${JSON.stringify(blocs.map((e) => [e.event, e.actor.map((a) => a.text), e.recipient.map((a) => a.text)]))}`);
});

test('an act only named, with no doer in sight, is no event even with --unresolved: "in the attack on the convoy"', () => {
  const evs = codeAll('Police questioned two suspects in the attack on the convoy of the Afghan minister.');
  assert.ok(!evs.some((e) => e.event === 'ASSAULT'), `got ${JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => a.text)]))}`);
  // Told by its verb, an act with an unnamed doer still is one.
  const told = codeAll('Three soldiers were killed in Kandahar on Monday.');
  assert.ok(told.some((e) => e.event === 'ASSAULT'));
});

test('a subject that names no kind of actor is no doer: "a move that strengthened ties", "the ban outlawed"', () => {
  const evs = codeAll('Guyana established diplomatic relations with Malta, a move that strengthened ties with Europe.');
  assert.ok(evs.length > 0 && evs.every((e) => !e.actor.some((a) => /move/.test(a.text))),
    `got ${JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => a.text)]))}`);
});

test('an agent word followed by an "of" phrase that names no actor heads its phrase: "Leaders of all political parties"', () => {
  const evs = code('KABUL: Leaders of several ethnic groups on Sunday extended full support to the government.');
  assert.ok(evs.some((e) => e.event === 'SUPPORT' && codesOf(e.actor).includes('AFG') && e.actor[0]!.sector === 'GOV'),
    `got ${JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => [a.text, a.code, a.sector])]))}`);
});

test('where a protest happens is its venue; with no named target it is aimed at that place\'s authorities', () => {
  const evs = find(code('Hundreds of Filipino students protested in Manila and Cebu on Monday.'), 'PROTEST');
  assert.ok(evs.length > 0);
  assert.ok(evs.every((e) => e.recipient.every((a) => a.text === '' && a.code === 'PHL' && a.sector === 'GOV')),
    `got ${JSON.stringify(evs.map((e) => e.recipient.map((a) => [a.text, a.code, a.sector])))}`);
});

test('"it" opening a sentence refers to the last sentence\'s doer, never to a person; "it was X which" refers to nothing', () => {
  const evs = code('Tokyo rejected the proposal from Beijing on Monday. But it accepted another offer by Seoul to hold talks.');
  assert.ok(evs.some((e) => e.event === 'AGREE' && codesOf(e.actor).includes('JPN') && codesOf(e.recipient).includes('KOR')),
    `got ${JSON.stringify(evs.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const cleft = codeAll('Shah Mehmood Qureshi said it was India which violated the agreements.');
  assert.ok(!cleft.some((e) => e.actor.some((a) => a.text === 'it')));
});

test('a place an armed body holds stands for it: "guerrilla camps", "rebel positions"', () => {
  const evs = code('Colombian troops attacked rebel positions near the Venezuelan border on Monday.');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).includes('COL') && e.recipient.some((a) => a.sector === 'REB')),
    `got ${JSON.stringify(evs.map((e) => [e.event, codesOf(e.actor), e.recipient.map((a) => [a.text, a.code, a.sector])]))}`);
});

test('a past tense read as an adjective is a verb ("troops apprehended a man"); "expelled from X" is X\'s act', () => {
  const caught = code('Turkish troops on Monday apprehended a Syrian man near the border.');
  assert.ok(caught.some((e) => e.event === 'COERCE' && codesOf(e.actor).includes('TUR')),
    `got ${JSON.stringify(caught.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const expelled = code('A French journalist was expelled from Egypt on Monday.');
  assert.ok(expelled.some((e) => codesOf(e.actor).includes('EGY') && codesOf(e.recipient).includes('FRA')),
    `got ${JSON.stringify(expelled.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
});

test('"the two ministers" are the last people named together; relations that "sank" are no sinking', () => {
  const evs = code('MOSCOW - Rex Tillerson met Sergei Lavrov in Moscow on Wednesday as relations sank to a new low. '
    + 'Russia vetoed a draft United Nations Security Council resolution. The two ministers agreed to set up a working group.', '2017-04-12');
  const agreed = evs.filter((e) => e.event === 'AGREE').map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort();
  assert.deepEqual(agreed, ['RUS>USA', 'USA>RUS']);
  assert.ok(!evs.some((e) => e.event === 'ASSAULT'), `got ${JSON.stringify(evs.map((e) => [e.event, e.eventText]))}`);
});

test('"suspected militants" is a hedge on who did it, not an accusation; "in northeast Nigeria" is a place', () => {
  const evs = code('Suspected Boko Haram militants killed at least 30 people in northeast Nigeria on Saturday.', '2020-11-30');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).includes('NGA') && codesOf(e.recipient).includes('NGA')),
    `got ${JSON.stringify(evs.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)]))}`);
  const by = code('KABUL - Three soldiers were killed by suspected Taliban militants on Friday.', '2020-11-30');
  assert.ok(by.some((e) => e.event === 'ASSAULT' && e.actor.some((a) => a.sector === 'REB')));
  const accusation = codeAll('Police suspected the militants of planning an attack.');
  assert.ok(accusation.some((e) => e.event === 'ACCUSE'));
});

test('"condemned the attack" is aimed at who did the act that noun named; "Police fired" names its doer', () => {
  const evs = code('MAIDUGURI, Nigeria - Boko Haram militants killed 30 people in an attack on a village. '
    + 'The army said its troops killed 12 of the attackers. President Muhammadu Buhari condemned the attack. '
    + 'Police fired tear gas at protesters in Abuja.', '2020-11-30');
  const condemned = evs.find((e) => e.event === 'ACCUSE');
  assert.ok(condemned && condemned.recipient.some((a) => a.sector === 'REB'), `got ${JSON.stringify(condemned?.recipient)}`);
  assert.ok(evs.some((e) => e.actor.some((a) => a.sector === 'COP' && a.text === 'Police')),
    `got ${JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => [a.text, a.sector])]))}`);
});

test('a city or region named alone stands for its country, but stays a venue after "in"; a town that is a surname does not', () => {
  const [attack] = find(code('Russian jets bombed Basra on Tuesday.'), 'ASSAULT');
  assert.ok(attack, 'an ASSAULT event');
  assert.deepEqual(codesOf(attack.recipient), ['IRQ']);
  const [meeting] = find(code('Putin met Erdogan in Sochi on Friday.'), 'CONSULT');
  assert.ok(meeting, 'a meeting');
  assert.deepEqual(codesOf(meeting.recipient), ['TUR'], 'the venue is no recipient');
  // "Godfrey" is also a town of 17,000 in Illinois: a person first.
  const arrest = codeAll('Police arrested Godfrey in Mumbai on April 7.').find((e) => e.cameo.startsWith('17'));
  assert.ok(arrest, 'an arrest');
  assert.ok(!arrest.recipient.some((a) => a.code === 'USA'), JSON.stringify(arrest.recipient));
});

test('"UK" is Britain, also before a noun; a negotiator is no negotiation', () => {
  const [e] = find(code('Russia attacked UK forces.'), 'ASSAULT');
  assert.ok(e);
  assert.deepEqual(codesOf(e.recipient), ['GBR']);
  const evs = code('UK and EU negotiators agreed a free trade deal.');
  assert.ok(!evs.some((x) => x.cameo === '046'), JSON.stringify(evs.map((x) => x.cameo)));
  // (Agreeing a deal is signing it: CAMEO 057, PLOVER SUPPORT.)
  const dyads = evs.map((x) => `${codesOf(x.actor)}>${codesOf(x.recipient)}`).sort();
  assert.deepEqual(dyads, ['GBR>IGO', 'IGO>GBR']);
});

test('a compound actor whose act\'s own words say it is mutual acts both ways ("seeking to deepen a partnership")', () => {
  const dyads = code('Brazil and Argentina are seeking to deepen a partnership in energy.').map((x) => `${codesOf(x.actor)}>${codesOf(x.recipient)}`).sort();
  assert.deepEqual(dyads, ['ARG>BRA', 'BRA>ARG']);
});

test('a word after a modal is a verb: "will free prisoners" is an intent; "gave Putin a warning" is to Putin', () => {
  const [intent] = code('Israel will free 150 Palestinian prisoners next week.');
  assert.ok(intent, 'an event');
  assert.equal(intent.cameo.slice(0, 2), '03');
  assert.deepEqual(codesOf(intent.actor), ['ISR']);
  const warning = code('Obama gave Russian President Vladimir Putin a stern warning.', '2014-06-01').find((x) => x.cameo.startsWith('13'));
  assert.ok(warning, 'a warning');
  assert.deepEqual([codesOf(warning.actor), codesOf(warning.recipient)], [['USA'], ['RUS']]);
  const [aid] = find(code('Russia sent Syria a shipment of weapons.'), 'AID');
  assert.ok(aid, 'an AID event');
  assert.deepEqual(codesOf(aid.actor), ['RUS']);
  assert.deepEqual(codesOf(aid.recipient), ['SYR']);
});

test('holding people as human shields: the holders did it to them', () => {
  const [e] = codeAll('Islamic State forces hold several hundred families as human shields in the Iraqi city of Falluja.');
  assert.ok(e, 'an event');
  assert.equal(e.cameo, '184');
  assert.match(e.actor.map((a) => a.text).join(' '), /Islamic State/);
  assert.match(e.recipient.map((a) => a.text).join(' '), /families/);
});

test('a body meeting "together" meets within itself; a leadership is a government', () => {
  const [e] = code('ISLAMABAD: The political leadership is sitting together today at the Prime Minister House.');
  assert.ok(e, 'an event');
  assert.equal(e.event, 'CONSULT');
  assert.deepEqual(codesOf(e.actor), ['PAK']);
  assert.deepEqual(codesOf(e.recipient), ['PAK']);
});

test('protests abroad with no target of their own follow the article\'s foreign target', () => {
  const evs = code('SYDNEY: In Sydney, 3,000 people demonstrated outside the Town Hall against Israel. In Indonesia, about 500 people marched in the capital Jakarta on Sunday.', '2014-07-13');
  const marched = evs.find((e) => e.event === 'PROTEST' && e.actor.some((a) => a.code === 'IDN'));
  assert.ok(marched, JSON.stringify(evs.map((e) => [e.event, codesOf(e.actor), codesOf(e.recipient)])));
  assert.deepEqual(codesOf(marched.recipient), ['ISR']);
  // Alone, a protest with no target is aimed at the authorities where it happens.
  const [home] = find(code('In Indonesia, about 500 people marched in the capital Jakarta.'), 'PROTEST');
  assert.ok(home);
  assert.deepEqual(codesOf(home.recipient), ['IDN']);
});

test('rejecting an offer is aimed at whoever made it', () => {
  const evs = code('Pyongyang has made several peace overtures to Seoul. The South dismissed the offer as nonsensical.', '2014-07-13');
  const offer = find(evs, 'AGREE')[0];
  assert.ok(offer, 'the offer is an event');
  assert.deepEqual([codesOf(offer.actor), codesOf(offer.recipient)], [['PRK'], ['KOR']]);
  const [rejection] = find(evs, 'REJECT');
  assert.ok(rejection, 'a rejection');
  assert.deepEqual([codesOf(rejection.actor), codesOf(rejection.recipient)], [['KOR'], ['PRK']]);
});

test('an act only named, with no doer, is a mention in every mode, even for patterns that allow no actor', () => {
  const evs = codeAll('The president resigned on Thursday after weeks of massive street protests and ten days of unrest.');
  assert.deepEqual(evs.map((e) => e.event), ['CONCEDE'], JSON.stringify(evs.map((e) => [e.event, e.eventText])));
  // Told by its own verb, it is an event even with no doer named ("clashes erupted").
  assert.ok(codeAll('Clashes erupted in Kirkuk on Monday.').length >= 1);
});

test('"New People\'s Army (NPA) rebels" is one actor; the authorities its own people act towards are theirs', () => {
  const [e] = code('Twenty New People\'s Army (NPA) rebels surrendered to the police on Monday afternoon.');
  assert.ok(e, 'an event');
  assert.equal(e.actor[0]!.sector, 'REB');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['PHL'], ['PHL']]);
  assert.equal(e.recipient[0]!.sector, 'COP');
});

test('a mediator acts towards both parties "between" whom it mediates', () => {
  const [e] = code('Prime Minister Nawaz Sharif on Monday launched a mediation effort to resolve the rift between Qatar and Saudi Arabia.', '2017-06-20');
  assert.ok(e, 'an event');
  assert.equal(e.cameo, '045');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['PAK'], ['QAT', 'SAU']]);
});

test('"the base" is the Syrian air base named before; victims of a government\'s violence are its own people, whatever the dateline', () => {
  const evs = code('MOSCOW (Reuters) - Lavrov criticised the U.S. missile strike on a Syrian air base. Washington launched 59 Tomahawk missiles at the base. Assad\'s forces had carried out a chemical weapons attack that killed dozens of civilians.', '2017-04-12');
  const launch = evs.find((e) => e.eventText.startsWith('launched'));
  assert.ok(launch, JSON.stringify(evs.map((e) => e.eventText)));
  assert.deepEqual([codesOf(launch.actor), codesOf(launch.recipient)], [['USA'], ['SYR']]);
  const chemical = evs.find((e) => e.recipient.some((a) => /civilians/.test(a.text)));
  assert.ok(chemical, 'the chemical attack');
  assert.deepEqual(codesOf(chemical.recipient), ['SYR']);
});

test('what one side claims another did is its accusation of the doer', () => {
  const [e] = code('The US claimed that ISIL had attacked Iraq.', '2014-06-20');
  assert.ok(e, 'an event');
  assert.equal(e.event, 'ACCUSE');
  assert.equal(e.cameo, '1123');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['USA'], ['IMG']]);
  // A claimed cooperation is no event.
  assert.deepEqual(code('Kyiv claimed that talks with Moscow had resumed.', '2014-06-20').map((x) => x.event), []);
});

test('a curfew or a state of emergency "in" a place is imposed on it; "the country" is the article\'s own', () => {
  const [siege] = code('Bolivian President Evo Morales declared a state of siege in Pando.', '2008-09-12');
  assert.ok(siege, 'an event');
  assert.deepEqual([siege.cameo, codesOf(siege.recipient)], ['1724', ['BOL']]);
  const [emergency] = code('TUNIS: Tunisia\'s president has decided to extend the state of emergency in the country for three more months.', '2016-06-18');
  assert.ok(emergency, 'an event');
  assert.deepEqual(codesOf(emergency.recipient), ['TUN']);
});

test('a planned act named after a preposition is what another act is about, not an intention', () => {
  const evs = code('SEOUL: North Korea fired two missiles into the sea on Sunday, in an apparent show of anger at an upcoming joint military drill between South Korea and the US.', '2014-07-13');
  assert.ok(!evs.some((e) => e.event === 'AGREE'), JSON.stringify(evs.map((e) => [e.event, e.eventText])));
  assert.ok(evs.some((e) => e.actor.some((a) => a.code === 'PRK')));
});

test('people seized are abducted (181); a place seized is property or territory', () => {
  const [people] = code('In June, a Malaysian fish breeder and his Filipino worker were seized by Filipino gunmen from their farm.', '2014-07-13');
  assert.ok(people, 'an event');
  assert.equal(people.cameo, '181');
  assert.deepEqual(codesOf(people.actor), ['PHL']);
  const airport = codeAll('Rebels seized the airport.', '2014-07-13')[0];
  assert.ok(airport && !airport.cameo.startsWith('18'), JSON.stringify(airport?.cameo));
});

test('a people\'s demands with no one named are made of their government; a joint response vowed with no partner is within', () => {
  const [demand] = code('Kuwaitis are still demanding change.', '2013-01-01');
  assert.ok(demand, 'an event');
  assert.deepEqual([codesOf(demand.actor), codesOf(demand.recipient), demand.recipient[0]!.sector], [['KWT'], ['KWT'], 'GOV']);
  // A country's demand names no target of its own.
  assert.deepEqual(codeAll('Russia demanded change.', '2013-01-01')[0]?.recipient, []);
  const [vow] = code('ISLAMABAD: The political leadership vowed to evolve a joint response on the Kashmir issue.', '2016-10-03');
  assert.ok(vow, 'an event');
  assert.deepEqual([codesOf(vow.actor), codesOf(vow.recipient)], [['PAK'], ['PAK']]);
});

test('people a country\'s actor acts towards are, failing a place, of that country; refugees are not their host\'s', () => {
  const [e] = code('Bilawal Bhutto Zardari expressed sympathy and solidarity with victim families of the firing incident.', '2016-10-03');
  assert.ok(e, 'an event');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['PAK'], ['PAK']]);
  const refugees = codeAll('Germany opened its borders to about one million refugees.', '2015-09-05')[0];
  assert.ok(refugees, 'an event');
  assert.ok(!refugees.recipient.some((a) => a.code === 'DEU'), JSON.stringify(refugees.recipient));
  const [sanction] = code('Britain imposed sanctions on Belarusian President Alexander Lukashenko and his son.', '2021-06-24');
  assert.ok(sanction, 'an event');
  assert.deepEqual(codesOf(sanction.recipient), ['BLR', 'BLR']);
});

test('a claim of one\'s own act is no accusation', () => {
  assert.deepEqual(code('The Taliban claimed that they had attacked the school.', '2014-06-20').filter((e) => e.event === 'ACCUSE'), []);
});

test('a country named bare releases or bans its own people; its own troops are no recipient', () => {
  const [release] = code('Ethiopia let free some 74 political leaders and members of a tiny rebel group.', '2018-02-14');
  assert.ok(release, 'an event');
  assert.deepEqual([codesOf(release.actor), codesOf(release.recipient)], [['ETH'], ['ETH', 'ETH']]);
  const withdraw = codeAll('Sudan agreed to withdraw its troops.', '2018-02-14')[0];
  assert.ok(withdraw, 'an event');
  assert.deepEqual(withdraw.recipient, []);
});

test('assuring someone of support is support for them', () => {
  const [e] = code('ISLAMABAD: Bilawal Bhutto Zardari assured the Prime Minister of his full support on the issue.', '2016-10-03');
  assert.ok(e, 'an event');
  assert.equal(e.event, 'SUPPORT');
  assert.deepEqual([codesOf(e.actor), codesOf(e.recipient)], [['PAK'], ['PAK']]);
});

test('a doer word that is another verb\'s object is not the doer ("repelled the attackers and killed 12")', () => {
  const evs = codeAll('MAIDUGURI, Nigeria (Reuters) - The army said its troops had repelled the attackers and killed 12 of them.', '2021-03-01');
  assert.ok(evs.length >= 1);
  assert.ok(!evs.some((e) => e.actor.some((a) => /attackers/.test(a.text))), JSON.stringify(evs.map((e) => e.actor.map((a) => a.text))));
});

test('every actor the coder emits has the same fields, in the same order, however it was resolved', () => {
  // (Named, remembered by surname or pronoun, a kind of actor given a country, a protest's implied target: the
  // coder's hot code reads these objects, and each differently built one costs it a recompilation.)
  const text = 'ISLAMABAD: Police arrested 12 protesters. Prime Minister Imran Khan met Chinese President Xi Jinping in Beijing. '
    + 'Khan said he would visit the United Nations. Thousands of people protested in Karachi. The UN Security Council condemned the attack.';
  const events = exploring.codeArticle({ id: 'shapes', date: '2019-06-01', text });
  const sides = events.flatMap((e) => [...e.actor, ...e.recipient]);
  assert.ok(sides.length >= 6, `actors found: ${sides.length}`);
  const shapes = new Set(sides.map((a) => Object.keys(a).join(',')));
  assert.deepEqual([...shapes], ['text,name,code,sector,start,end,org,implicit']);
});

test('strengthening one\'s own forces is a mobilisation of them, wherever they are; opening borders to refugees is asylum', () => {
  const [mobilise] = codeAll('Russia has strengthened its forces in Crimea amid a confrontation with Ukraine.', '2018-11-28');
  assert.ok(mobilise, 'an event');
  assert.equal(mobilise.cameo, '154');
  assert.deepEqual([codesOf(mobilise.actor), mobilise.recipient], [['RUS'], []]);
  const [asylum] = codeAll('Germany opened its borders to about one million refugees.', '2016-01-01');
  assert.ok(asylum, 'an event');
  assert.deepEqual([asylum.cameo, codesOf(asylum.actor)], ['075', ['DEU']]);
});

test('a pattern ending in a preposition acts on its object, not on the pattern\'s own words; forces moved are the actor\'s own', () => {
  const [closed] = codeAll('Maduro closed Venezuela\'s land borders with Brazil.', '2019-02-23');
  assert.ok(closed, 'an event');
  assert.deepEqual([codesOf(closed.actor), codesOf(closed.recipient)], [['VEN'], ['BRA']]);
  // ("accused the government of" keeps the recipient inside the pattern.)
  const [accused] = codeAll('Ukraine accused Russia of sending tanks.', '2014-08-20');
  assert.ok(accused, 'an event');
  assert.deepEqual(codesOf(accused.recipient), ['RUS']);
  const [mobilised] = codeAll('The government of Guatemala mobilized police and soldiers to the area for three weeks.', '2012-05-02');
  assert.ok(mobilised, 'an event');
  assert.deepEqual(mobilised.recipient, []);
});

test('the name of a war or a treaty is no party to an act', () => {
  const [e] = code('In 1990, President George H. W. Bush mobilized troops for the first Gulf War.', '1990-11-08');
  assert.ok(e, 'an event, its recipient left empty rather than unresolved');
  assert.deepEqual([codesOf(e.actor), e.recipient], [['USA'], []]);
});

test('what is given to a mission or force serving in a country goes to that country; a country\'s forces there stay its own', () => {
  const [given] = code('Colombia is ready to contribute troops to the NATO-led security force in Afghanistan.', '2009-05-07');
  assert.ok(given, 'an event');
  assert.deepEqual([codesOf(given.actor), codesOf(given.recipient)], [['COL'], ['AFG']]);
  const [ultimatum] = code('Russia issued an ultimatum to Ukrainian forces in Crimea.', '2014-03-03');
  assert.ok(ultimatum, 'an event');
  assert.deepEqual(codesOf(ultimatum.recipient), ['UKR']);
  assert.equal(ultimatum.recipient[0]!.sector, 'MIL');
});

test('lifting a curfew or a state of emergency is a concession (PLOVER CONCEDE)', () => {
  const [e] = code('Sudan\'s government on Sunday lifted a state of emergency in West Darfur State.', '2004-03-01');
  assert.ok(e, 'an event');
  assert.deepEqual([e.event, e.cameo.slice(0, 3)], ['CONCEDE', '081']);
});

test('a complaint made to a third party accuses whoever it is about', () => {
  const [e] = code('Pakistan complained to the UN Security Council on Monday about Indian shelling in Kashmir.', '2019-03-04');
  assert.ok(e, 'an event');
  assert.deepEqual([e.event, codesOf(e.actor), codesOf(e.recipient)], ['ACCUSE', ['PAK'], ['IND']]);
});

/** Each event of a text as "CAMEO ACTOR>RECIPIENT" (codes sorted), for sentences with one or two events. */
const dyadsOf = (evs: CodedEvent[]) => evs.map((e) => `${e.cameo} ${codesOf(e.actor).join(',')}>${codesOf(e.recipient).join(',')}`).sort();

test('a denied act did not happen, with or without "that"; a claim rejected is no accusation', () => {
  for (const text of ['Russia denied that it had attacked Ukraine.', 'Russia denied it had attacked Ukraine.',
    'Moscow denies Russian troops were shelling Ukrainian towns.']) {
    assert.deepEqual(find(codeAll(text), 'ASSAULT'), [], text);
  }
  assert.deepEqual(find(code('Moscow rejected claims that its troops had shelled Ukrainian positions.'), 'ACCUSE'), []);
  // A claim still accuses; a plain report is still the act.
  assert.deepEqual(dyadsOf(find(code('Kiev claimed that Russian troops had shelled Ukrainian positions.'), 'ACCUSE')), ['1123 UKR>RUS']);
  assert.equal(find(code('Russian troops shelled Ukrainian positions, Kiev said.'), 'ASSAULT').length, 1);
});

test('retaliation is what it is made with: tariffs and bans are sanctions, strikes are force', () => {
  assert.deepEqual(dyadsOf(code('China retaliated with tariffs on U.S. soybeans.')), ['163 CHN>USA']);
  assert.deepEqual(dyadsOf(code('Russia retaliated with a travel ban on nine U.S. officials.')), ['163 RUS>USA']);
  assert.deepEqual(dyadsOf(code('The European Union retaliated against American steel tariffs.')).map((d) => d.slice(0, 3)), ['163']);
  assert.equal(find(code('Iran retaliated with missile strikes on U.S. bases in Iraq.'), 'ASSAULT').length, 1);
});

test('sanctions agreed are sanctions decided, on whoever they are aimed at; an agreement made to annex is the annexation', () => {
  assert.deepEqual(dyadsOf(code('The United States and its allies agreed to cut Russian banks off from SWIFT.')), ['163 USA>RUS']);
  assert.deepEqual(dyadsOf(code('The European Union agreed to impose sanctions on Belarus.')).map((d) => d.slice(0, 3)), ['163']);
  // Cooperation agreed is still an intention (CAMEO 03).
  assert.match(dyadsOf(code('Japan agreed to provide aid to Nepal.'))[0]!, /^033/);
  const annexation = code('Putin signed a treaty to annex Crimea.');
  assert.deepEqual(find(annexation, 'SUPPORT'), []);
  assert.deepEqual(dyadsOf(annexation), ['192 RUS>UKR']);
  // Ending a campaign to seize a city ends the seizing: no seizure.
  assert.deepEqual(code('Haftar ended a nine-month campaign to seize the capital, Tripoli.').filter((e) => e.cameo.startsWith('19')), []);
  // Supporting another's decision to expel diplomats is not expelling them.
  assert.deepEqual(code('The White House supports the British decision to expel 23 Russian diplomats.').filter((e) => e.actor.some((a) => a.code === 'USA') && e.cameo.startsWith('16')), []);
});

test('military aid announced for a country is aid to it; encouraging others to act is an appeal, not the act', () => {
  assert.deepEqual(dyadsOf(code('The United States announced $250 million in military aid for Ukraine.')), ['072 USA>UKR']);
  assert.deepEqual(codeAll('The German chancellor encouraged Germany\'s partners to restrict arms exports to Saudi Arabia.').map((e) => e.event), ['REQUEST']);
});

test('a violation judged in reported speech is the speaker\'s disapproval of whoever did it', () => {
  const evs = code('Lavrov said the U.S. strike on Syria was a violation of international law.');
  assert.deepEqual(find(evs, 'ACCUSE').map((e) => `${e.cameo} ${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['111 RUS>USA']);
  // Defiance done is still defiance: "violated the ceasefire" is the violator's act.
  assert.ok(code('Syria violated the ceasefire agreement on Sunday.').every((e) => codesOf(e.actor).includes('SYR')));
});

test('what a thing is designed or able to do is no act', () => {
  assert.deepEqual(codeAll('The missile defence system is designed to intercept ballistic missiles fired from Iran.'), []);
  assert.deepEqual(codeAll('North Korea has missiles capable of striking Japan.').filter((e) => e.event === 'ASSAULT'), []);
});

test('what a statement or resolution says is said by whoever issued it; releasing a statement frees no one', () => {
  const joint = find(code('France and Germany signed a joint statement condemning Russia\'s annexation of Crimea.'), 'ACCUSE');
  assert.deepEqual(joint.map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['DEU,FRA>RUS']);
  assert.deepEqual(find(code('The EU adopted a resolution condemning Israel\'s settlement policy.'), 'ACCUSE').map((e) => codesOf(e.recipient)), [['ISR']]);
  const released = code('The Iranian foreign ministry released a statement accusing Saudi Arabia of supporting terrorism.');
  assert.deepEqual(released.map((e) => `${e.event} ${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['ACCUSE IRN>SAU']);
  // Released people are still released.
  assert.equal(find(code('Iran released two British sailors on Friday.'), 'RETREAT').length, 1);
});

test('a call to a leader named with title and name is a telephone consultation', () => {
  assert.deepEqual(dyadsOf(code('Pakistan\'s prime minister spoke to Afghan President Ashraf Ghani by telephone on Monday.', '2016-05-10')), ['041 PAK>AFG']);
  assert.deepEqual(find(code('The prime minister spoke to reporters on Monday.'), 'CONSULT'), []);
});

test('what is shot down is done to its owner; what is fired from a place is fired by its side at the one who stops it', () => {
  assert.deepEqual(dyadsOf(code('Iran shot down a U.S. surveillance drone over the Gulf.')), ['190 IRN>USA']);
  assert.deepEqual(code('Israel intercepted a rocket fired from Gaza.').map((e) => `${e.event} ${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['ASSAULT PSE>ISR']);
  // Weapons fired at someone are still no recipient.
  assert.deepEqual(dyadsOf(code('Russian forces fired missiles at Kyiv.')).map((d) => d.slice(4)), ['RUS>UKR']);
});

// Sixth round: common news phrasings of CAMEO codes that the verb dictionaries missed or coded to another
// category. Sentences written for this test; each gives [sentence, CAMEO code, actor codes, recipient codes].
const VERB_COVERAGE: [string, string, string[], string[]][] = [
  ['The Houthis offered a ceasefire to Saudi Arabia.', '0356', ['YEM'], ['SAU']],
  ['Russia proposed a truce to Ukraine.', '0356', ['RUS'], ['UKR']],
  ["Japan forgave Iraq's debt.", '071', ['JPN'], ['IRQ']],
  ['The Chinese government unblocked Wikipedia.', '0811', ['CHN'], []],
  ['Britain demanded that Iran free the sailors.', '1053', ['GBR'], ['IRN']],
  ['NATO demanded that Russia de-escalate.', '1056', ['IGO'], ['RUS']],
  ['Japan protested to China over the incursion.', '114', ['JPN'], ['CHN']],
  ['India summoned the Pakistani ambassador to protest the killing.', '114', ['IND'], ['PAK']],
  ['Iran refused to release the British sailors.', '1243', ['IRN'], ['GBR']],
  ['North Korea pulled out of the planned summit with the United States.', '125', ['PRK'], ['USA']],
  ['North Korea threatened to strike the American bases.', '1384', ['PRK'], ['USA']],
  ['Russian bombers flew near Alaska.', '150', ['RUS'], ['USA']],
  ['The United States moved an aircraft carrier toward Iran.', '154', ['USA'], ['IRN']],
  ['Iran blocked access to Instagram.', '1721', ['IRN'], []],
  ['Iraq attacked Iran with chemical weapons.', '2041', ['IRQ'], ['IRN']],
  ['The United States carried out air strikes in Syria.', '195', ['USA'], ['SYR']],
  ['Israel carried out bombing raids on Lebanon.', '195', ['ISR'], ['LBN']],
  ['Hamas carried out a bombing in Jerusalem.', '183', ['PSE'], ['ISR']],
  ['Israel captured the Golan Heights.', '192', ['ISR'], ['SYR']],
  ['Turkey sent humanitarian aid to Syria.', '073', ['TUR'], ['SYR']],
  ['Britain donated missiles to Ukraine.', '072', ['GBR'], ['UKR']],
  ["Saudi Arabia injected $2 billion into Egypt's economy.", '071', ['SAU'], ['EGY']],
  ['Canada granted refugee status to the Saudi woman.', '075', ['CAN'], ['SAU']],
  ['China bought Iranian oil.', '061', ['CHN'], ['IRN']],
  ['The United States announced a new arms package for Taiwan.', '0332', ['USA'], ['TWN']],
  ['Brazil offered troops for the UN mission in Haiti.', '0334', ['BRA'], ['HTI']],
  ['Colombia handed over the drug lord to the United States.', '063', ['COL'], ['USA']],
  ['China expressed strong dissatisfaction with Japan.', '110', ['CHN'], ['JPN']],
  ['India took Pakistan to task over terrorism.', '111', ['IND'], ['PAK']],
  ['UN experts probed war crimes in Syria.', '094', ['IGO'], ['SYR']],
  // Forms the lemmatiser leaves as written ("waged", "looted", "cordoned", "staged").
  ['Russia waged war on Ukraine.', '190', ['RUS'], ['UKR']],
  ['Kenyan rioters looted shops in Nairobi.', '145', ['KEN'], ['KEN']],
  ['Israeli troops cordoned off the village.', '191', ['ISR'], []],
  ['Islamic State militants staged an attack on the Iraqi army.', '190', ['IMG'], ['IRQ']],
  // Hyphenated verbs are never reduced to their base.
  ['Russia de-escalated the conflict with Ukraine.', '087', ['RUS'], ['UKR']],
  ['The United States re-imposed sanctions on Iran.', '163', ['USA'], ['IRN']],
];

test('verb coverage: common news phrasings get their CAMEO code, actor and recipient', () => {
  for (const [text, cameo, actor, recipient] of VERB_COVERAGE) {
    // (The patterns' coverage, shown or held back: an act with no recipient here is held back by default.)
    const evs = codeAll(text);
    const e = evs.find((x) => x.cameo === cameo);
    assert.ok(e, `${text} -> ${cameo}, got ${JSON.stringify(evs.map((x) => [x.cameo, x.pattern]))}`);
    assert.deepEqual(codesOf(e.actor), actor, `${text}: actor`);
    assert.deepEqual(codesOf(e.recipient), recipient, `${text}: recipient`);
  }
});

test('verb coverage: ordinary sentences with the same verbs code nothing', () => {
  for (const text of [
    'The company launched a new phone.',
    'She met her friends for dinner.',
    'The bank released its quarterly results.',
    'The school welcomed new students.',
    'Hikers captured the mountain view on camera.',
    'The students protested to the teacher about the exam.',
    'The team flew near the stadium.',
    'He carried out the bombing of the old factory chimney for the demolition firm.',
    'The chef fired up the grill.',
    'Shares rallied on Wall Street.',
    'The museum displayed looted artefacts.',
    'The mutilated bodies were found near the river.',
    'She staged a play at the theatre.',
    'The fortified wine was served at dinner.',
    'The teams co-operated on the science project.',
  ]) assert.deepEqual(code(text).map((e) => [e.cameo, e.pattern]), [], text);
});

test('a past tense the tagger took for an adjective, between a subject and its object, is the verb', () => {
  assert.deepEqual(dyadsOf(code('Police rounded up dozens of activists in Minsk.')).map((d) => d.slice(0, 3)), ['173']);
  assert.deepEqual(code('The Egyptian government relaxed the curfew.').map((e) => e.event), ['CONCEDE']);
  assert.equal(find(codeAll('Militants beheaded a soldier in Mali.'), 'ASSAULT').length, 1);
  // Adjectives stay adjectives: "looted artefacts" after a verb, "armed men" after a determiner.
  assert.deepEqual(code('The museum displayed looted artefacts.'), []);
});

test('an act given as the reason for another is neither its recipient nor the subject\'s own act', () => {
  // The missiles were fired at the base; the chemical attack they answered was not done by the United States,
  // nor to it.
  const evs = codeAll('The United States fired 59 cruise missiles at a Syrian air base on Friday in response to a chemical weapons attack that killed 80 people.');
  const strike = evs.find((e) => e.cameo.startsWith('19'));
  assert.ok(strike, 'the strike is coded');
  assert.deepEqual(codesOf(strike.recipient), ['SYR']);
  assert.equal(evs.filter((e) => e.actor.some((a) => a.code === 'USA') && e.cameo.startsWith('20')).length, 0);
  // ("Were engaged in ethnic cleansing": what the subject engages in is its own act.)
  assert.ok(codeAll('Serbian forces were engaged in ethnic cleansing in Kosovo.').some((e) => e.cameo === '203' && codesOf(e.actor).includes('SRB')));
});

test('an indefinite act is a new one: not the last act told, and not its doer', () => {
  const evs = codeAll('Israeli jets struck Gaza on Monday. Hamas condemned a rocket attack on a school in Lebanon.');
  const condemned = evs.filter((e) => e.event === 'ACCUSE');
  assert.ok(condemned.every((e) => !codesOf(e.recipient).includes('ISR')), JSON.stringify(condemned.map((e) => codesOf(e.recipient))));
});

test('what a vetoed resolution would have done was not done, nor what it would have demanded', () => {
  const evs = code('Russia vetoed a U.N. Security Council resolution that would have condemned the attack and demanded that Syria cooperate with investigators.');
  assert.deepEqual(evs.map((e) => `${e.event} ${codesOf(e.actor)}`), ['REJECT RUS']);
  assert.deepEqual(code('Britain could have prevented the attack on the embassy.'), []);
});

test('talks held after, during or at other talks are the same side\'s', () => {
  const evs = code('Tillerson spoke to reporters in Moscow on Wednesday after talks with Foreign Minister Sergei Lavrov.', '2017-04-12');
  assert.deepEqual(evs.map((e) => `${e.cameo} ${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['040 USA>RUS']);
  // "Ahead of" talks: not held yet.
  assert.deepEqual(code('Tillerson spoke to reporters ahead of talks with Lavrov.', '2017-04-12').filter((e) => e.cameo === '040'), []);
});

test('a compound actor\'s own member is no recipient: the parties act towards each other', () => {
  const evs = code('Tillerson met Lavrov on Wednesday. The two ministers agreed to set up a working group to address what Lavrov called irritants.', '2017-04-12');
  const agree = find(evs, 'AGREE').map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort();
  assert.deepEqual(agree, ['RUS>USA', 'USA>RUS']);
});

test('an unnamed attacker is not of the dateline\'s country when the clause names a locality no gazetteer knows', () => {
  const text = 'MOSCOW (AP) - An attack killed more than 80 people in the town of Qaryat Zubaydah on Tuesday.';
  assert.deepEqual(codeAll(text).filter((e) => e.actor.some((a) => a.code === 'RUS') || e.recipient.some((a) => a.code === 'RUS')), []);
  // Known places still give it: the same attack in Aleppo is one of Syria's unidentified attackers.
  assert.ok(codeAll('MOSCOW (AP) - An attack killed more than 80 people in Aleppo on Tuesday.').some((e) => codesOf(e.actor).includes('SYR')));
});

test('Chinese, Korean and Vietnamese leaders are named by their family name, which comes first', () => {
  const evs = code('North Korean leader Kim Jong Un met Trump in Singapore on Tuesday. Kim invited Trump to visit Pyongyang.', '2018-06-12');
  assert.ok(evs.some((e) => e.sentenceIndex === 1 && codesOf(e.actor).includes('PRK') && codesOf(e.recipient).includes('USA')),
    JSON.stringify(evs.map((e) => [e.sentenceIndex, codesOf(e.actor), codesOf(e.recipient)])));
});

test('acts planned, expected or promised have not happened', () => {
  assert.deepEqual(codeAll('ISLAMABAD: The suspects belonged to a banned group and had planned attacks on security forces.', '2019-05-12').filter((e) => e.event === 'ASSAULT'), []);
  assert.deepEqual(code('The United States is expected to announce its own sanctions in the coming weeks, officials said.', '2021-03-02'), []);
  // A promise is an intention to give (AGREE), not the giving.
  assert.deepEqual(code('Trump promised security guarantees to Pyongyang.', '2018-06-12').map((e) => `${e.event} ${e.cameo}`), ['AGREE 0334']);
  // ("contributed to planning the massacres": a definite act is one that happened.)
  assert.ok(codeAll('The French military contributed to planning the massacres in Rwanda.').some((e) => e.cameo.startsWith('20')));
});

test('an act named as a noun after a preposition, coordinated or not, is not the clause subject\'s', () => {
  const evs = codeAll('The European Union imposed sanctions on four senior Russian officials over the poisoning and jailing of opposition leader Alexei Navalny.', '2021-03-02');
  assert.deepEqual(evs.filter((e) => e.event === 'COERCE'), []);
  assert.deepEqual(dyadsOf(evs.filter((e) => e.event === 'SANCTION')), ['163 IGO>RUS']);
});

test('where someone came back from is not where an unnamed authority acted', () => {
  const evs = codeAll('Navalny was arrested in January on his return from Germany.', '2021-03-02');
  assert.ok(evs.every((e) => !codesOf(e.actor).includes('DEU')), JSON.stringify(evs.map((e) => codesOf(e.actor))));
  // People "from" a country are of it ("Troops from the United States have arrived in Nepal").
  assert.ok(codeAll('Troops from the United States have arrived in Nepal.').some((e) => codesOf(e.actor).includes('USA')));
});

test('a phrase after ", and" that opens a clause of its own is not coordinated with the object before it', () => {
  const evs = code('South Korean President Moon Jae-in welcomed the agreement, and China called on both sides to build on the summit.', '2018-06-12');
  assert.ok(evs.every((e) => !codesOf(e.recipient).includes('CHN')), JSON.stringify(dyadsOf(evs)));
  // A list with a comma before "and" is still one list.
  assert.deepEqual(codesOf(code('China imposed sanctions on Britain, Canada, and Australia, along with two other countries.')[0]!.recipient), ['AUS', 'CAN', 'GBR']);
});

test('military exercises called off are de-escalation, not the exercises', () => {
  assert.deepEqual(code('Seoul suspended its annual military drills with Washington.').map((e) => e.cameo), ['087']);
  assert.ok(code('Trump said he would halt joint military exercises with South Korea.', '2018-06-12').every((e) => !e.cameo.startsWith('06')));
});

test('traded accusations: each side accuses the other, and what it is over is no recipient', () => {
  assert.deepEqual(dyadsOf(code('Russia and the United States traded accusations over Syria.')), ['112 RUS>USA', '112 USA>RUS']);
});

test('rejecting a demand made as an appeal is aimed at whoever made the appeal', () => {
  const evs = code('Secretary of State Rex Tillerson urged Russia to end its support for Assad. Lavrov rejected the demand.', '2017-04-12');
  assert.deepEqual(dyadsOf(find(evs, 'REJECT')), ['120 RUS>USA']);
});

test('an appositive describes the actor before it: it is neither a second actor nor what "it" refers to', () => {
  assert.deepEqual(dyadsOf(code('Hugo Chavez, a close ally of Correa, closed his country\'s embassy in Bogota.', '2008-03-04')), ['161 VEN>COL']);
  assert.deepEqual(codesOf(code('India, Sri Lanka\'s largest creditor, said it would send aid to Colombo.', '2022-07-10')[0]!.actor), ['IND']);
  // A list is still a list: "France, the United States, and Britain condemned".
  assert.deepEqual(codesOf(codeAll('France, the United States, and Britain condemned the attack.')[0]!.actor), ['FRA', 'GBR', 'USA']);
});

test('past a coordinated verb with an object of its own, the phrases are that verb\'s', () => {
  assert.deepEqual(dyadsOf(codeAll('Blinken welcomed the agreement and urged Eritrea to withdraw its troops.', '2022-11-03')).filter((d) => d.startsWith('05')), ['051 USA>']);
  // Verbs that share one object still share it.
  assert.deepEqual(dyadsOf(code('Turkey condemned and criticized Israel.')), ['111 TUR>ISR']);
});

test('a pattern whose gap holds another act\'s verb is that verb\'s object, not an act of its own', () => {
  const evs = code('Trump said he had cancelled a secret meeting with Taliban leaders and Afghan President Ashraf Ghani.', '2019-09-08');
  assert.deepEqual([...new Set(evs.map((e) => e.event))], ['REJECT']);
  assert.deepEqual(code('ISLAMABAD: Police arrested 15 militants in raids on Sunday.', '2019-05-12').map((e) => e.cameo), ['173']);
});

test('a participle between a preposition and a name modifies the name: "in occupied Kashmir"', () => {
  assert.deepEqual(dyadsOf(code('Indian forces in occupied Kashmir arrested two men.', '2019-08-08')), ['173 IND>IND']);
});

test('forces ordered to a place are mobilised; signing in a seat of government has no recipient there; a speech\'s audience is none', () => {
  assert.deepEqual(code('Venezuela ordered tanks and troops to its border with Colombia.', '2008-03-04').map((e) => e.event), ['MOBILIZE']);
  assert.deepEqual(dyadsOf(codeAll('Putin signed the treaties in the Kremlin on Friday.', '2022-09-30')), ['057 RUS>']);
  assert.ok(codeAll('Sharif warned in a speech to a joint session of parliament that India would pay a price.').every((e) => !e.recipient.some((a) => /parliament/i.test(a.text))));
});

test('naming an act is a judgement of it: "described the raid as a massacre" is disapproval, "called the shelling a crime" no shelling', () => {
  assert.deepEqual(codeAll('Ecuadorean President Rafael Correa described the raid as a massacre.', '2008-03-04').map((e) => `${e.cameo} ${codesOf(e.actor)}`), ['111 ECU']);
  assert.ok(codeAll('Putin called the shelling a crime.', '2022-09-30').every((e) => e.event !== 'ASSAULT'));
});

test('"they" after parties named together is all of them', () => {
  const evs = code('Mexico and Bolivia said they continued to recognize Maduro\'s government.', '2019-01-24');
  assert.deepEqual(codesOf(evs[0]!.actor), ['BOL', 'MEX']);
});

test('a show of force staged together is done by both, to neither; a missile flown over a country is shown to it', () => {
  const evs = code('South Korean and U.S. fighter jets staged a precision bombing drill against a target in the Yellow Sea.', '2022-10-04');
  assert.deepEqual(evs.map((e) => `${e.cameo} ${codesOf(e.actor)}>${codesOf(e.recipient)}`), ['150 KOR,USA>']);
  assert.deepEqual(dyadsOf(code('North Korea fired a ballistic missile over Japan on Tuesday.', '2022-10-04')), ['150 PRK>JPN']);
  // Clashes are still mutual.
  assert.deepEqual(dyadsOf(code('Armenia and Azerbaijan clashed on the border.')), ['190 ARM>AZE', '190 AZE>ARM']);
});

test('a subject\'s coordination stops at its clause: ", and Washington condemned" is Washington\'s alone', () => {
  const evs = codeAll('Sullivan spoke with his South Korean and Japanese counterparts, and Washington strongly condemned the launch.', '2022-10-04');
  assert.deepEqual(find(evs, 'ACCUSE').map((e) => codesOf(e.actor)), [['USA']]);
});

test('a relative clause between a subject and its verb: the subject is before it, and its claims end with it', () => {
  assert.deepEqual(codesOf(codeAll('Washington, which gives Colombia hundreds of millions of dollars in aid, backed its ally.', '2008-03-04').find((e) => e.event === 'SUPPORT')!.actor), ['USA']);
  assert.deepEqual(dyadsOf(code('Merkel, whose country holds the EU presidency, telephoned Putin.', '2007-05-10')), ['041 DEU>RUS']);
  const evs = code('Iran, which has long claimed ties to Bahrain\'s Shi\'ites, condemned the deployment and summoned the Saudi ambassador.', '2011-03-15');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.cameo === '114')), ['114 IRN>SAU']);
});

test('acts with no plans, postponed, or planned for later have not taken place', () => {
  assert.deepEqual(codeAll('Moscow had no plans to take over the base.', '2007-05-10'), []);
  assert.deepEqual(codeAll('Beijing has already postponed talks with Tokyo.', '2010-09-20'), []);
  assert.deepEqual(codeAll('The OAS will hold an emergency session on Tuesday to discuss the crisis.', '2009-06-29').map((e) => e.event), ['AGREE']);
  assert.deepEqual(code('Normalization talks between Japan and North Korea are to resume in October.', '2002-09-17').map((e) => e.cameo), ['036']);
});

test('quotation marks around a few words do not part a pattern', () => {
  assert.deepEqual(dyadsOf(code('Britain warned Iran of "serious consequences".', '2019-07-20')), ['130 GBR>IRN']);
});

test('a dateline the story never names again is the correspondent\'s base: domestic agents take the country it names', () => {
  const text = 'NEW DELHI: Nepal\'s king dismissed the government on Tuesday.\nPolice arrested dozens of opposition activists on Wednesday. Kathmandu was quiet.\nNepal has been under emergency rule since then, and Nepal\'s parties called a strike.';
  const arrest = code(text, '2005-02-02').find((e) => e.event === 'COERCE');
  assert.ok(arrest && codesOf(arrest.actor).includes('NPL'), JSON.stringify(code(text, '2005-02-02').map((e) => [e.event, codesOf(e.actor)])));
  // Named again in the body, the dateline's country stays home: "police" in an Islamabad story about Pakistan.
  const own = code('ISLAMABAD: Pakistan said police arrested 15 militants.\nAfghanistan denied the claims. Afghanistan and Afghanistan again.', '2019-05-12');
  assert.ok(own.filter((e) => e.event === 'COERCE').every((e) => codesOf(e.actor).includes('PAK')));
});

test('"his government" is the government of the person who is the subject before it', () => {
  const evs = code('Colombian President Alvaro Uribe apologized to Ecuadorean President Rafael Correa, but his government later accused Quito of harboring rebels.', '2008-03-04');
  assert.deepEqual(dyadsOf(find(evs, 'ACCUSE')), ['112 COL>ECU']);
});

test('the people a pattern\'s own words name are its recipient: "troops opened fire on protesters"', () => {
  assert.deepEqual(dyadsOf(code('Uzbek troops opened fire on protesters in Andijan.', '2005-05-14')), ['175 UZB>UZB']);
});

test('an attack claimed by or carried out by a group is that group\'s', () => {
  assert.deepEqual(codesOf(code('A car bomb claimed by the Taliban killed 12 people in Kabul.', '2019-04-22')[0]!.actor), ['AFG']);
  assert.deepEqual(codesOf(code('An attack carried out by Islamic State killed 20 soldiers in Niger.', '2019-12-11')[0]!.actor), ['IMG']);
});

test('a visit told as a predicate noun is its subject\'s: "was on a two-day visit to Pakistan"', () => {
  assert.deepEqual(dyadsOf(code('Iranian President Hassan Rouhani was on a two-day visit to Pakistan.', '2019-04-22')), ['042 IRN>PAK']);
});

test('"its fighters" as a subject are the named body\'s; "the Zionist navy" is Israel\'s', () => {
  assert.deepEqual(dyadsOf(code('Hamas said its fighters attacked soldiers of the Zionist navy.', '2014-07-20')), ['190 PSE>ISR']);
  // "withdraw its troops": the subject's own forces are moved, no recipient.
  assert.deepEqual(dyadsOf(codeAll('Sudan is willing to withdraw its troops.', '2011-06-01')), ['035 SDN>']);
});

test('one\'s own envoy "to" a country: the recipient is the country', () => {
  assert.deepEqual(dyadsOf(code('Kenya has recalled its ambassador to Somalia.', '2019-02-17')), ['161 KEN>SOM']);
});

test('a participle clause with its agent between a subject and its verb is not the subject', () => {
  assert.deepEqual(codeAll('The OSCE Minsk Group, co-chaired by Russia, France and the United States, condemned the violence.', '2016-04-03').map((e) => codesOf(e.actor)), [['IGO']]);
});

test('what violence is done with is no recipient, nor the subject of an absolute "with" clause; a mutual act\'s "with" is', () => {
  // (Shown with --unresolved: violence done to no one named is held back, resolution.ts.)
  assert.deepEqual(dyadsOf(codeAll('Azerbaijan launched an offensive with tanks and helicopters.', '2016-04-03')), ['190 AZE>']);
  assert.deepEqual(dyadsOf(code('Iraq welcomed the vote, with Foreign Minister Naji Sabri praising the Turkish parliament.', '2003-03-02')).filter((d) => d.startsWith('051 IRQ')), ['051 IRQ>TUR']);
  assert.deepEqual(dyadsOf(code('Israeli commandos exchanged gunfire with Palestinian fighters.', '2014-07-20')), ['193 ISR>PSE']);
});

test('armed forces clash, they do not protest; a retaliation vowed is a threat', () => {
  assert.deepEqual(code('Armenian forces clashed with Azerbaijani troops.', '2016-04-03').map((e) => e.event), ['ASSAULT']);
  assert.deepEqual(code('Protesters clashed with police in Minsk.', '2020-08-10').map((e) => e.event), ['PROTEST']);
  assert.deepEqual(dyadsOf(code('South Korean President Lee Myung-bak vowed to take resolute countermeasures against the North.', '2010-05-24')), ['130 KOR>PRK']);
});

test('"the decision", "the move" refer to whoever did the last act told', () => {
  const evs = code('The International Court of Justice ordered Thailand and Cambodia to withdraw their troops. Cambodian Prime Minister Hun Sen welcomed the decision.', '2011-07-19');
  assert.deepEqual(dyadsOf(find(evs, 'SUPPORT')), ['051 KHM>IGO']);
});

test('"each side accused the other": the parties named before, towards each other', () => {
  const evs = code('Armenia and Azerbaijan clashed on Saturday. Each side accused the other of starting the fighting.', '2016-04-03');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.sentenceIndex === 1)), ['1123 ARM>AZE', '1123 AZE>ARM']);
});

test('an envoy given hours to leave is expelled', () => {
  assert.deepEqual(dyadsOf(code('Saudi Arabia gave the Canadian ambassador 24 hours to leave the kingdom.', '2018-08-06')), ['161 SAU>CAN']);
});

test('told to act is ordered to; a participle after the subject with its own phrase is no act; protesters who storm riot', () => {
  const told = codeAll('The judges told Thailand and Cambodia to allow Indonesian observers into the area.', '2011-07-18');
  assert.deepEqual([...new Set(told.map((e) => e.event))], ['REQUEST']);
  assert.ok(codeAll('Protesters opposed to Morales blocked roads in La Paz.', '2019-11-10').every((e) => e.event !== 'ACCUSE'));
  assert.deepEqual(codeAll('Protesters stormed a gas pipeline facility in Bolivia.', '2019-11-10').map((e) => e.cameo), ['145']);
  // Phrasal verbs and noun phrases the tagger misreads stay the main verb's: "agreed to a cease-fire to end ...".
  assert.deepEqual(dyadsOf(code('India and Pakistan agreed to a cease-fire to end months of fighting.')), ['0356 IND>PAK', '0356 PAK>IND']);
});

test('a government that protests complains officially; a call that names something is no phone call', () => {
  assert.deepEqual(codeAll('The Kazakh foreign ministry protested the ban.', '2019-12-30').map((e) => e.cameo), ['114']);
  assert.ok(code('Spain\'s foreign ministry called Bolivia\'s decision a "hostile gesture".', '2019-12-30').every((e) => e.cameo !== '041'));
  assert.deepEqual(dyadsOf(code('Trump called Putin on Tuesday.', '2018-03-20')), ['041 USA>RUS']);
});

test('killings the sentence blames on someone are theirs; a second infinitive of an appeal is asked, not done; scheduled talks are intended', () => {
  const text = 'BISHKEK (AP) - Kyrgyzstan\'s Health Ministry said 24 people had been killed in the clashes, which it blamed on Tajik troops.';
  assert.ok(code(text, '2022-09-17').some((e) => e.event === 'ASSAULT' && codesOf(e.actor).includes('TJK')));
  assert.deepEqual(dyadsOf(codeAll('The United States has called on Rwanda to stop supporting the M23 rebels and withdraw its forces.', '2022-11-01')), ['020 USA>RWA']);
  assert.deepEqual(codeAll('The UN Security Council is due to discuss the crisis on Friday.', '2022-11-01').map((e) => e.cameo), ['036']);
});

test('"it" after a relative clause is the subject before the clause, not a phrase inside it', () => {
  const evs = code('France, which keeps its largest African military base in Djibouti, said it was providing logistical support to Djibouti.', '2008-06-12');
  assert.deepEqual(dyadsOf(evs), ['062 FRA>DJI']);
});

test('a thing an earlier act put forward is its maker\'s: "India rejected the map" rejects Nepal', () => {
  const evs = code('Nepal\'s cabinet approved a new political map that includes Kalapani. New Delhi rejected the map.', '2020-05-21');
  assert.deepEqual(dyadsOf(find(evs, 'REJECT')), ['120 IND>NPL']);
});

test('"was to hold" is planned; "called the arrests hostage-taking" is a judgement; an envoy recalled "from" a capital points at it', () => {
  assert.deepEqual(codeAll('The U.N. Security Council was to hold an emergency meeting on Monday.', '2010-06-01').map((e) => e.cameo), ['036']);
  assert.deepEqual(codeAll('Russian Foreign Minister Sergei Lavrov called the arrests "hostage-taking".', '2006-09-28').map((e) => `${e.cameo} ${codesOf(e.actor)}`), ['111 RUS']);
  assert.deepEqual(dyadsOf(code('Venezuela recalled its ambassador from Asuncion.', '2012-06-23')), ['161 VEN>PRY']);
});

test('"prompting X to act": X acts, and is no recipient of the act before; "threats from X" are X\'s', () => {
  const evs = code('North Korea tested a missile, prompting Japan to impose sanctions on Pyongyang.', '2016-02-07');
  assert.deepEqual(dyadsOf(evs), ['150 PRK>', '163 JPN>PRK']);
  assert.ok(codeAll('The United States deployed THAAD to counter threats from North Korea.', '2016-07-08').every((e) => !(e.event === 'THREATEN' && codesOf(e.actor).includes('USA'))));
});

test('the last word of a name is no act: "was hanged at Dhaka Central Jail"', () => {
  assert.ok(codeAll('Abdul Quader Mollah was hanged at Dhaka Central Jail on Thursday.', '2013-12-13').every((e) => e.event !== 'COERCE'));
});

test('"has long accused": a participle after "have" and an adverb; an expectation of another\'s act asks for it; exercises cancelled cut cooperation', () => {
  assert.deepEqual(dyadsOf(code('Pakistan has long accused India of backing insurgents.', '2016-03-25')), ['1123 PAK>IND']);
  assert.deepEqual(dyadsOf(code('The EU said it expected Moscow to return the vessels.', '2018-11-26')), ['100 IGO>RUS']);
  assert.deepEqual(dyadsOf(code('France cancelled three joint military exercises with Italy.', '2019-02-08')), ['160 FRA>ITA']);
  assert.deepEqual(code('The United States is expected to announce sanctions.', '2021-03-02'), []);
});

test('an embassy is not where its country is: protesters outside the Chinese embassy in Hanoi are Vietnamese', () => {
  const evs = code('HANOI, May 10 (Reuters) - Protesters gathered outside the Chinese embassy in Hanoi, and police dispersed them with tear gas.', '2014-05-10');
  assert.deepEqual(dyadsOf(find(evs, 'PROTEST')), ['141 VNM>CHN']);
  assert.ok(find(evs, 'COERCE').every((e) => codesOf(e.actor).join() === 'VNM'));
});

test('object pronouns: "dispersed them" is the protesters named before; "arrested him" the last man named', () => {
  const evs = codeAll('HANOI, May 10 (Reuters) - The protesters gathered outside the Chinese embassy in Hanoi, and police dispersed them with tear gas.', '2014-05-10');
  const dispersed = evs.find((e) => e.eventText === 'dispersed')!;
  assert.deepEqual(dispersed.recipient.map((a) => a.text), ['them']);
  assert.equal(dispersed.recipient[0]!.sector, 'CVL');
  const arrest = codeAll('KABUL (Reuters) - Opposition leader Ahmad Wali returned to Kabul on Friday. Police arrested him at the airport.', '2014-05-10')
    .find((e) => e.eventText === 'arrested')!;
  assert.deepEqual(arrest.recipient.map((a) => `${a.text}=${a.code}`), ['him=AFG']);
  // (Not the one who acts in the clause: "Putin told him" is someone else.)
  assert.ok(code('Tillerson met Putin on Wednesday. Putin hosted him at the Kremlin.', '2017-04-12').every((e) => !(codesOf(e.actor).join() === 'RUS' && codesOf(e.recipient).join() === 'RUS')));
});

test('a participle after its noun with "by" is passive: "talks brokered by Russia" are Russia\'s mediation between the parties', () => {
  const evs = code('Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh after talks brokered by Russia.', '2020-10-10');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.cameo === '045')), ['045 RUS>ARM,AZE']);
});

test('"the two sides" are the two parties of the last act between parties, not its broker', () => {
  const evs = code('MOSCOW (Reuters) - Russia brokered a truce between Armenia and Azerbaijan on Saturday. Within hours, the two sides accused each other of breaking the truce.', '2020-10-10');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.cameo.startsWith('11'))), ['1123 ARM>AZE', '1123 AZE>ARM']);
});

test('"returned to" a place is no return of people', () => {
  assert.deepEqual(codeAll('The opposition leader returned to Caracas on Friday.', '2019-01-05'), []);
  assert.deepEqual(dyadsOf(code('India returned 24 Pakistani fishermen to Pakistan.', '2019-01-05')), ['0842 IND>PAK']);
});

test('"welcomed the accord" welcomes the parties to the last accord; a government and its rebels sign with each other', () => {
  const evs = code('COLOMBO (Reuters) - Sri Lanka\'s government and Tamil Tiger rebels signed a formal ceasefire agreement on Friday. The United States and India welcomed the accord.', '2002-02-23');
  const signed = evs.filter((e) => e.cameo === '0871');
  assert.deepEqual(signed.map((e) => `${e.actor[0]!.sector}>${e.recipient[0]!.sector}`).sort(), ['GOV>REB', 'REB>GOV']);
  const welcomed = evs.filter((e) => e.cameo === '051');
  assert.ok(welcomed.length > 0 && welcomed.every((e) => codesOf(e.recipient).join() === 'LKA,LKA'));
});

test('"welcomed the resignation" welcomes whoever resigned', () => {
  const evs = code('Bolivian President Evo Morales resigned on Sunday. U.S. President Donald Trump welcomed the resignation.', '2019-11-11');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.cameo === '051')), ['051 USA>BOL']);
});

test('a capitalised word a verb follows is a name, not an act: "Loretta Lynch thanked Mexico"', () => {
  assert.deepEqual(dyadsOf(code('U.S. Attorney General Loretta Lynch thanked Mexico for its cooperation.', '2017-01-20')), ['051 USA>MEX']);
});

test('a gap stops at a word that opens a clause: "told reporters after returning to Dhaka" asks nothing', () => {
  assert.deepEqual(codeAll('"We will start working," Mahmood Ali told reporters after returning to Dhaka.', '2017-11-24'), []);
  // (Nor does a passive's clause opener stand between: "after three soldiers were wounded by smugglers".)
  const evs = codeAll('Maduro closed the border after three soldiers were wounded by suspected smugglers.', '2015-08-25');
  assert.ok(evs.some((e) => e.eventText === 'soldiers were wounded'));
});

test('verbs in a row share their subject: "stormed a prison, freed 23 men, then seized the building"', () => {
  const evs = codeAll('ANDIJAN (Reuters) - Armed men stormed a prison and freed 23 local businessmen, then seized the regional administration building and took officials hostage.', '2005-05-13');
  for (const text of ['seized', 'took officials hostage']) assert.equal(evs.find((e) => e.eventText === text)?.actor[0]?.text, 'Armed men', text);
  // (What the second verb frees is not what the first storms.)
  assert.ok(!evs.find((e) => e.eventText === 'stormed a prison')!.recipient.some((a) => a.text.includes('businessmen')));
});

test('flying a person somewhere is no aid', () => {
  assert.ok(code('TEGUCIGALPA (Reuters) - Soldiers stormed the home of President Manuel Zelaya and flew him to Costa Rica.', '2009-06-28').every((e) => e.event !== 'AID'));
});

test('extradited to a country is towards it; a concession not made refuses nothing; a vote to act is the act; challenging sanctions threatens none', () => {
  assert.deepEqual(dyadsOf(code('Mexico extradited drug lord Joaquin Guzman to the United States on Thursday.', '2017-01-20')), ['063 MEX>USA']);
  assert.deepEqual(codeAll('Ortega said the United States had not lifted any sanctions.', '2023-02-10'), []);
  assert.deepEqual(dyadsOf(code('The U.N. Security Council voted to impose sanctions on North Korea.', '2017-08-05')), ['163 IGO>PRK']);
  assert.ok(codeAll('Ivanishvili said he would challenge the sanctions.', '2024-12-28').every((e) => e.event !== 'THREATEN'));
});

test('parties after a comma that a verb follows are the next clause\'s subject, not more recipients', () => {
  const evs = code('Nigeria said it would send a battalion of troops to Mali, and Senegal and Burkina Faso also pledged soldiers.', '2013-01-12');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.recipient).includes('SEN')));
});

test('bare verbs listed after an infinitive share its modality and subject: "agreed to reopen embassies, resume flights"', () => {
  const evs = code('Ethiopia\'s Abiy Ahmed and Eritrea\'s Isaias Afwerki agreed to reopen embassies, resume flights between their capitals and allow trade.', '2018-07-09');
  // (One intention per pair: the resumed flights are part of the agreement to reopen embassies, not flights resumed.)
  assert.deepEqual(dyadsOf(evs), ['032 ERI>ETH', '032 ETH>ERI']);
  const listed = code('Thailand and Cambodia agreed to hold talks, resume flights and reopen the border.', '2011-04-20');
  assert.ok(listed.every((e) => e.cameo.startsWith('03')));
});

test('"attackers were killed": a pattern led by the doer\'s noun does not read a passive; forces that block streets restrict movement', () => {
  const killed = codeAll('PRISTINA (Reuters) - Three of the attackers were killed, Interior Minister Xhelal Svecla told reporters.', '2023-09-24');
  assert.ok(killed.every((e) => !e.actor.some((a) => a.text.includes('attackers'))));
  assert.deepEqual(code('TEGUCIGALPA (Reuters) - Soldiers in riot gear blocked streets around the presidential palace.', '2009-06-29').map((e) => e.cameo), ['191']);
});

test('a body named by what it does, speaking, does nothing: "the NATO-led peacekeeping force KFOR said"', () => {
  assert.ok(codeAll('The NATO-led peacekeeping force KFOR said it was monitoring the area.', '2023-09-24').every((e) => e.event !== 'AID'));
  // (A bombing claimed by a group is still that group's.)
  assert.ok(code('KABUL (Reuters) - A car bomb claimed by the Taliban tore through a checkpoint near the U.S. embassy.', '2019-09-05').some((e) => codesOf(e.actor).join() === 'AFG' && e.cameo.startsWith('18')));
});

test('a month is no place: "sank the Cheonan in March" did not happen in England', () => {
  const evs = codeAll('SEOUL (Reuters) - A North Korean submarine fired the torpedo that sank the Cheonan in March, killing 46 sailors.', '2010-05-20');
  assert.ok(evs.every((e) => ![...e.actor, ...e.recipient].some((a) => a.code === 'GBR')));
});

test('protesters outside an embassy protest against its country; a protest attempted took place', () => {
  assert.deepEqual(dyadsOf(code('NIAMEY (Reuters) - Hundreds of people rallied outside the French embassy in Niamey.', '2023-07-30')), ['141 NER>FRA']);
  assert.deepEqual(dyadsOf(code('ISTANBUL (Reuters) - Hundreds of protesters tried to storm the Israeli consulate in Istanbul.', '2010-05-31')), ['145 TUR>ISR']);
});

test('the subject\'s own thing is what it gives when a party follows: "reaffirmed Washington\'s support for Bazoum"', () => {
  assert.deepEqual(dyadsOf(code('Blinken reaffirmed Washington\'s unwavering support for Bazoum.', '2023-07-27')), ['051 USA>NER']);
});

test('a finite verb after "and" is coordinated with the finite one, not with an infinitive between', () => {
  const evs = codeAll('The White House ordered the Russian envoy to leave and closed the Russian consulate in Seattle.', '2018-03-26');
  assert.ok(evs.length > 0 && evs.every((e) => codesOf(e.actor).join() === 'USA'), JSON.stringify(evs.map((e) => [e.eventText, codesOf(e.actor)])));
});

test('in a war the clause names, the dead were killed by its sides, not by unidentified people of the place', () => {
  assert.ok(codeAll('ASMARA (Reuters) - About 80,000 people were killed in the 1998-2000 border war.', '2018-07-09').every((e) => e.actor.length === 0));
  assert.ok(code('ASMARA (Reuters) - About 80,000 people were killed in the 1998-2000 border war.', '2018-07-09').every((e) => e.event !== 'ASSAULT'));
});

test('supporters are civilians, whoever they support: "supporters of the junta", "Morales supporters"', () => {
  assert.deepEqual(dyadsOf(code('NIAMEY (Reuters) - Thousands of supporters of the junta rallied outside the French embassy.', '2023-08-03')), ['141 NER>FRA']);
  const marched = codeAll('LA PAZ (Reuters) - Evo Morales supporters marched in La Paz on Tuesday.', '2019-11-12');
  assert.ok(marched.length > 0 && marched.every((e) => e.actor.every((a) => a.sector === 'CVL')), JSON.stringify(marched.map((e) => e.actor)));
});

test('the commas of a list open no clause: "fired rubber bullets, stun grenades and water cannon at protesters"', () => {
  assert.deepEqual(dyadsOf(code('MINSK (Reuters) - Police in Belarus fired rubber bullets, stun grenades and water cannon at protesters on Monday.', '2020-08-10')), ['175 BLR>BLR']);
  // (A phrase a verb follows is the next clause's subject: "..., hours after Armenia and Azerbaijan agreed".)
  const deployed = codeAll('Russian peacekeepers began deploying on Tuesday, hours after Armenia and Azerbaijan agreed to halt fighting.', '2020-11-10');
  assert.ok(deployed.filter((e) => e.eventText.includes('deploy')).every((e) => e.recipient.length === 0));
});

test('a finite verb after "and" skips gerunds and participles between: "barred Saudis from entering ... and halted arms exports"', () => {
  const evs = code('BERLIN (Reuters) - Germany barred 18 Saudi nationals from entering the Schengen zone over their suspected role in the killing and halted all arms exports to Saudi Arabia.', '2018-11-19');
  assert.ok(evs.some((e) => e.eventText.startsWith('halted') && codesOf(e.actor).join() === 'DEU'), JSON.stringify(evs.map((e) => [e.eventText, codesOf(e.actor)])));
});

test('sanctions revoked are eased, towards whom they were on; a gulf is no province', () => {
  assert.deepEqual(dyadsOf(code('Obama signed an executive order revoking U.S. sanctions on Iran.', '2016-01-17')), ['085 USA>IRN']);
  assert.ok(codeAll('Saudi Arabia cut ties with Qatar, accusing the Gulf state of supporting terrorism.', '2017-06-05').every((e) => e.recipient.every((a) => a.code !== 'PNG')));
});

test('"the bloc" is the last international body named; "West African leaders" act as ECOWAS', () => {
  const evs = code('BRUSSELS (Reuters) - European Union leaders and Turkey agreed on a deal on Friday. The bloc promised Turkey 6 billion euros in aid.', '2016-03-18');
  assert.ok(evs.some((e) => e.eventText.startsWith('promised') && codesOf(e.actor).join() === 'IGO' && codesOf(e.recipient).join() === 'TUR'));
  const ecowas = code('ABUJA (Reuters) - West African leaders on Tuesday suspended Ivory Coast from the regional bloc.', '2010-12-07');
  assert.ok(ecowas.length > 0 && ecowas.every((e) => codesOf(e.actor).join() === 'IGO'));
});

test('killings with no doer beside an attack with one are that attacker\'s, told once', () => {
  const evs = code('KABUL (Reuters) - The attack came a week after another suicide attack carried out by the Taliban in which six US soldiers were killed near Bagram Airfield.', '2015-12-28');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.event === 'ASSAULT')), ['190 AFG>USA']);
  assert.ok(evs.filter((e) => e.event === 'ASSAULT').every((e) => e.actor.every((a) => !a.implicit)));
});

test('"it had shot down two jets": a word after "have" that a particle and an object follow is the participle', () => {
  assert.deepEqual(dyadsOf(code('ISLAMABAD (Reuters) - Pakistan said it had shot down two Indian military jets.', '2019-02-27')), ['190 PAK>IND']);
});

test('"imposed targeted sanctions" sanctions; rebels who call a general strike protest; a king who dismisses the government coerces it', () => {
  assert.deepEqual(code('GOMA (Reuters) - The Security Council imposed targeted sanctions on M23 leader Sultani Makenga.', '2012-11-20').map((e) => e.cameo), ['163']);
  assert.deepEqual(codeAll('KATHMANDU (Reuters) - The Maoist rebels called a three-day general strike.', '2005-02-01').map((e) => e.cameo), ['143']);
  assert.deepEqual(code('KATHMANDU (Reuters) - King Gyanendra dismissed the government on Tuesday.', '2005-02-01').map((e) => e.cameo), ['170']);
});

test('"he" is not a person the sentence names after it: "he accused Putin" is not Putin accusing Putin', () => {
  const evs = codeAll('LONDON (Reuters) - Russian President Vladimir Putin denied any role. On his deathbed he accused Putin of ordering his death.', '2006-11-24');
  assert.ok(evs.every((e) => !(codesOf(e.actor).join() === 'RUS' && codesOf(e.recipient).join() === 'RUS')));
});

test('violence with no doer named, after violence whose doer the article named, is theirs, unless done to their own', () => {
  const evs = code('SAIGON (Reuters) - China seized the Paracel Islands from South Vietnam on Saturday after a brief naval battle in which dozens of Vietnamese soldiers were killed.', '1974-01-21');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'CHN' && codesOf(e.recipient).join() === 'VNM'), JSON.stringify(dyadsOf(evs)));
  const own = code('BAMAKO (Reuters) - French warplanes pounded Islamist rebel positions in Mali. Defence Minister Jean-Yves Le Drian said a French helicopter pilot was killed during a raid near Mopti.', '2013-01-12');
  assert.ok(own.every((e) => !(codesOf(e.actor).join() === 'FRA' && codesOf(e.recipient).join() === 'FRA')));
});

test('an embassy "its" owns, struck by another, is the last subject\'s: "NATO missiles struck its embassy in Belgrade"', () => {
  const evs = code('BEIJING (Reuters) - China condemned NATO on Saturday. NATO missiles struck its embassy in Belgrade.', '1999-05-08');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.recipient).join() === 'CHN'), JSON.stringify(dyadsOf(evs)));
});

test('naming an act or a government by a word of condemnation disapproves of it', () => {
  assert.deepEqual(dyadsOf(code('Trump called Maduro\'s government illegitimate.', '2019-01-23')), ['111 USA>VEN']);
  const war = code('JERUSALEM (Reuters) - Hezbollah guerrillas captured two Israeli soldiers. Olmert called the attack an act of war.', '2006-07-12');
  assert.ok(war.some((e) => e.cameo === '111' && codesOf(e.actor).join() === 'ISR' && codesOf(e.recipient).join() === 'LBN'), JSON.stringify(dyadsOf(war)));
});

test('past tenses the tagger lacks are verbs between a subject and an object; a standing flow of aid is no act', () => {
  assert.deepEqual(dyadsOf(code('CAIRO (Reuters) - Egypt\'s armed forces overthrew President Mohamed Mursi on Wednesday.', '2013-07-03')), ['170 EGY>EGY']);
  assert.ok(code('U.S. President Barack Obama ordered a review of the $1.5 billion in annual U.S. aid to Egypt.', '2013-07-03').every((e) => e.event !== 'AID'));
});

test('soldiers who wave flags fight no one; police who encircle a building restrict movement; a rally for someone protests no one; a letter delivered is no aid', () => {
  assert.deepEqual(codeAll('BEIRUT (Reuters) - Syrian soldiers waved flags and posters of President Bashar al-Assad as they crossed the border.', '2005-04-26'), []);
  assert.deepEqual(code('TBILISI (Reuters) - Georgian police have encircled the building.', '2006-09-28').map((e) => e.cameo), ['191']);
  assert.deepEqual(codeAll('KHARTOUM (Reuters) - Thousands rallied in Khartoum in support of Bashir.', '2009-03-05'), []);
  assert.ok(codeAll('Prueher delivered the letter to Chinese Foreign Minister Tang Jiaxuan.', '2001-04-11').every((e) => e.event !== 'AID'));
  // (Armed forces that clash still fight.)
  assert.deepEqual(dyadsOf(code('YEREVAN (Reuters) - Armenian forces clashed with Azerbaijani troops on the border.', '2020-09-27')), ['190 ARM>AZE']);
});

test('irregular participles make passives ("were told to leave"); "began evacuating" shares its subject', () => {
  const told = codeAll('KHARTOUM (Reuters) - The groups, including Oxfam and Medecins Sans Frontieres, were told to leave the country.', '2009-03-05');
  assert.ok(told.every((e) => !e.actor.some((a) => a.text === 'Oxfam')), JSON.stringify(told.map((e) => e.actor)));
  const began = codeAll('MOSCOW (Reuters) - Russia recalled its ambassador from Georgia and began evacuating diplomats\' families.', '2006-09-29');
  assert.ok(began.every((e) => codesOf(e.actor).join() === 'RUS'), JSON.stringify(began.map((e) => [e.eventText, codesOf(e.actor)])));
});

test('troops that leave a country withdraw from it, and celebrating the pullout is no pullout; onlookers are no recipients', () => {
  const evs = code('BEIRUT (Reuters) - The last Syrian troops left Lebanon on Tuesday. Opposition leaders celebrated the pullout. The United States welcomed the withdrawal.', '2005-04-26');
  assert.deepEqual(dyadsOf(evs), ['051 USA>SYR', '0874 SYR>LBN']);
  const signed = codeAll('SKOPJE (Reuters) - The foreign ministers signed the agreement on Sunday, watched by Prime Ministers Alexis Tsipras and Zoran Zaev.', '2018-06-17');
  assert.ok(signed.every((e) => e.recipient.length === 0));
});

test('bare "Congo" is the DRC, "Congo Republic" the other; a story datelined at a seat of international bodies takes no home from it', () => {
  assert.deepEqual(dyadsOf(code('KINSHASA (Reuters) - Rwanda accused Congo of shelling its territory.', '2012-11-20')), ['1123 RWA>COD']);
  assert.deepEqual(dyadsOf(code('Angola accused Congo Republic of harbouring rebels.', '2012-11-20')), ['112 AGO>COG']);
  const seat = code('GENEVA (Reuters) - Sri Lanka rejected a U.N. inquiry on Monday. Sri Lanka said the inquiry was biased. Foreign Minister Mangala Samaraweera criticised the U.N. Human Rights Council.', '2014-03-27');
  assert.ok(seat.every((e) => !e.actor.some((a) => a.code === 'CHE')), JSON.stringify(dyadsOf(seat)));
  assert.ok(seat.some((e) => codesOf(e.actor).join() === 'LKA' && e.event === 'ACCUSE'), JSON.stringify(dyadsOf(seat)));
});

test('a name listed after a plural title and a first name is another of them', () => {
  // (Former senators are elites, ELI, as CAMEO codes those out of office.)
  const evs = codeAll('MANILA (Reuters) - Philippine police on Friday arrested former senators Juan Dela Pena and Ramon Castillo.', '2010-06-04');
  assert.deepEqual(evs.flatMap((e) => e.recipient.map((a) => `${a.code}/${a.sector}`)), ['PHL/ELI', 'PHL/ELI']);
});

test('deaths a disaster caused are no one\'s violence; hits on no one did not happen', () => {
  assert.deepEqual(codeAll('DHAKA (Reuters) - More than 300 people were killed in the cyclone, Bangladesh said on Sunday.', '2007-11-18').filter((e) => e.cameo.startsWith('19') || e.cameo.startsWith('18')), []);
  assert.deepEqual(codeAll('LIMA (Reuters) - Floods killed 40 people in northern Peru.', '2017-03-18'), []);
  assert.deepEqual(codeAll('KABUL (Reuters) - The U.S. military said no American soldiers were hurt in the attack.', '2012-03-01'), []);
  // (Violence with a doer stays.)
  assert.deepEqual(dyadsOf(code('LIMA (Reuters) - Shining Path rebels killed 12 soldiers in an ambush in the Ene valley.', '2009-04-12')), ['190 PER>PER']);
});

test('an attempt or plot by someone to act is no act; sending an envoy is no aid, sending in troops no aid; aid "from" a place does not go there', () => {
  assert.ok(codeAll('CARACAS (Reuters) - Venezuela said it had uncovered a plot by army officers to assassinate the president.', '2008-09-11').every((e) => !e.cameo.startsWith('18') && !e.cameo.startsWith('17')));
  assert.ok(code('The African Union said it was sending an envoy to Bamako.', '2012-03-23').every((e) => e.event !== 'AID'));
  assert.deepEqual(code('MOSCOW (Reuters) - Russia sent in troops and tanks on Friday.', '2008-08-08').map((e) => e.cameo), ['154']);
  assert.deepEqual(code('Britain said it was sending two transport planes from Cyprus.', '2005-10-10').filter((e) => e.event === 'AID'), []);
});

test('people a country\'s strike abroad killed are of the country struck; ", killing" after a long clause is its subject\'s', () => {
  const strike = code('WASHINGTON (Reuters) - The United States fired cruise missiles at a Syrian air base on Friday. The Syrian army said the strike killed six people.', '2017-04-07');
  assert.ok(strike.some((e) => e.event === 'ASSAULT' && codesOf(e.recipient).join() === 'SYR' && e.eventText.startsWith('killed')), JSON.stringify(dyadsOf(strike)));
  assert.ok(strike.every((e) => !e.recipient.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(strike)));
  const gori = codeAll('TBILISI (Reuters) - Georgian officials said Russian aircraft struck the town of Gori on Tuesday morning, hours before Medvedev\'s announcement, killing several civilians.', '2008-08-12');
  // (The strike on Gori and the killing are one act by one side against one country, told once.)
  assert.ok(gori.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'RUS') && !gori.some((e) => e.actor.some((a) => /announcement/.test(a.text))),
    JSON.stringify(gori.map((e) => [e.eventText, e.actor.map((a) => a.text)])));
});

test('"his government" is the government of whom "his" refers to; what a leader asks of his own government is no act between sides', () => {
  const evs = codeAll('SEOUL (Reuters) - North Korea shelled a South Korean island on Tuesday. Japanese Prime Minister Naoto Kan said he had ordered his government to gather information.', '2010-11-23');
  assert.ok(evs.every((e) => !e.recipient.some((a) => a.text === 'his government')), JSON.stringify(dyadsOf(evs)));
  const lee = codeAll('SEOUL (Reuters) - President Lee Myung-bak, meeting his security ministers in a bunker in Seoul, ordered the military to retaliate.', '2010-11-23');
  assert.ok(lee.every((e) => !e.actor.some((a) => /ministers/.test(a.text))), JSON.stringify(lee.map((e) => e.actor.map((a) => a.text))));
});

test('"X\'s continued presence" is X\'s; "they" after coordinated subjects is the first named; a deal brokered by someone is brokered for its parties; "the vote against" rejects no one', () => {
  const presence = code('"Syria\'s continued military presence in Lebanon is a violation of Lebanese sovereignty," a U.S. spokesman told reporters.', '2005-02-15');
  assert.deepEqual(dyadsOf(presence), ['111 USA>SYR']);
  const they = code('KIEV (Reuters) - Russian troops and pro-Russian militias have controlled Crimea since late February, when they surrounded Ukrainian military bases.', '2014-03-17');
  assert.ok(they.some((e) => e.cameo === '191' && codesOf(e.actor).join() === 'RUS'), JSON.stringify(dyadsOf(they)));
  const deal = code('Armenia and Azerbaijan agreed on Friday to end the fighting, in a deal brokered by Russia.', '2020-10-10');
  assert.ok(deal.some((e) => e.cameo === '045' && codesOf(e.actor).join() === 'RUS' && codesOf(e.recipient).join() === 'ARM,AZE'), JSON.stringify(dyadsOf(deal)));
  assert.deepEqual(codeAll('Officials said Moreno won 55 percent of the vote against 45 percent for Lasso.', '2017-04-03').filter((e) => e.cameo.startsWith('12')), []);
});

test('soldiers killed in a clash "with" another side were killed by it; the audience of "told" ends before the name that opens what was told; "Dominique" is a given name', () => {
  const clash = code('NEW DELHI (Reuters) - Twenty Indian soldiers were killed in a clash with Chinese troops on the border, the army said.', '2020-06-16');
  assert.deepEqual(dyadsOf(clash), ['190 CHN>IND']);
  const told = code('KIGALI (Reuters) - Foreign Minister Charles Murigande told reporters Rwanda had ordered French envoy Dominique Decherf out of the country.', '2006-11-24');
  assert.deepEqual(dyadsOf(told), ['174 RWA>FRA']);
  assert.ok(told.every((e) => e.actor.every((a) => a.sector !== 'MED')));
});

test('banned rallies did not happen; the press told is no recipient; "the Baltic nation" is the country last named; shots are instruments; a participle clause ends the search for a recipient', () => {
  assert.deepEqual(codeAll('YEREVAN (Reuters) - Under the emergency decree, rallies are banned.', '2008-03-02').filter((e) => e.cameo.startsWith('14')), []);
  assert.ok(codeAll('The minister told reporters, vowing to hunt down those responsible.', '2002-10-13').every((e) => e.recipient.every((a) => a.sector !== 'MED')));
  const baltic = code('VILNIUS (Reuters) - Russia threatened Lithuania after the Baltic nation banned the rail transit of goods to Kaliningrad.', '2022-06-20');
  assert.ok(baltic.some((e) => codesOf(e.actor).join() === 'LTU' && e.event === 'SANCTION'), JSON.stringify(dyadsOf(baltic)));
  // (At home, police firing at no one named fire at their own country's people: never at the shots or the air.)
  assert.ok(codeAll('YEREVAN (Reuters) - Police fired tear gas and shots into the air.', '2008-03-02').every((e) => e.recipient.every((a) => a.implicit && a.code === 'ARM')));
  assert.ok(codeAll('LIMA (Reuters) - Lawmakers met in the chamber, voting 101-6 to remove Castillo.', '2022-12-07').every((e) => e.cameo !== '040' || e.recipient.length === 0));
  const kiir = code('JUBA (Reuters) - South Sudan\'s President Salva Kiir said he would not withdraw troops from the disputed Heglig oilfield seized from Sudan this week, rebuffing U.N. Secretary-General Ban Ki-moon.', '2012-04-12');
  assert.ok(kiir.some((e) => e.eventText === 'rebuffing' && codesOf(e.actor).join() === 'SSD'), JSON.stringify(kiir.map((e) => [e.eventText, codesOf(e.actor)])));
});

test('"South American" is no USA; Western, foreign and "other" governments are not the article\'s own; a surname that is also a distant town is no place', () => {
  const recall = codeAll('ASUNCION (Reuters) - Argentina, Brazil and other South American governments withdrew their ambassadors from Paraguay.', '2012-06-24');
  assert.ok(recall.every((e) => e.actor.every((a) => a.code !== 'USA' && a.code !== 'PRY')), JSON.stringify(recall.map((e) => e.actor.map((a) => a.code))));
  const western = codeAll('KIEV (Reuters) - Western governments refused to recognise the result.', '2004-12-03');
  assert.ok(western.every((e) => e.actor.every((a) => a.code !== 'UKR')), JSON.stringify(western.map((e) => e.actor.map((a) => a.code))));
  const salinas = code('MEXICO CITY (Reuters) - Mexican President Carlos Salinas ordered a ceasefire. Salinas replaced Interior Minister Patrocinio Gonzalez.', '1994-01-12');
  assert.ok(salinas.every((e) => e.actor.every((a) => a.code === 'MEX')), JSON.stringify(dyadsOf(salinas)));
});

test('names and descriptions set off beside a person, or listed after a people\'s plural, are of the same country', () => {
  const evs = codeAll('MOSCOW (Reuters) - Russian agents arrested Mikhail Khodorkovsky, the head of oil major Yukos. The three Americans, Marc Gonsalves, Thomas Howes and Keith Stansell, were freed. Indonesia executed Australians Andrew Chan and Myuran Sukumaran.', '2003-10-25');
  const recipients = evs.flatMap((e) => e.recipient.map((a) => `${a.text}=${a.code}`));
  for (const r of ['Mikhail Khodorkovsky=RUS', 'Marc Gonsalves=USA', 'Thomas Howes=USA', 'Keith Stansell=USA', 'Myuran Sukumaran=AUS']) assert.ok(recipients.includes(r), `${r} in ${recipients.join(', ')}`);
  // (The description is the same person, not a second recipient.)
  assert.ok(!recipients.some((r) => r.startsWith('the head of oil major Yukos')), recipients.join(', '));
});

test('a known person\'s surname after another given name, with another country named before it, is someone else', () => {
  const evs = code('ASHGABAT (Reuters) - Turkmenistan declared Uzbek Ambassador Abdurashid Kadyrov persona non grata.', '2002-12-30');
  assert.ok(evs.every((e) => e.recipient.every((a) => a.code !== 'RUS')), JSON.stringify(dyadsOf(evs)));
  // (Without another country, a surname keeps its person: "President Sooronbai Jeenbekov resigned".)
  assert.ok(codeAll('President Sooronbai Jeenbekov resigned on Thursday.', '2020-10-15').some((e) => codesOf(e.actor).join() === 'KGZ'));
});

test('armed forces a state\'s forces fire on are another country\'s; "border guard ships" is a noun compound', () => {
  const evs = code('KIEV (Reuters) - Russian border guard ships rammed a Ukrainian tugboat on Sunday and then opened fire on two gunboats.', '2018-11-26');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'RUS' && codesOf(e.recipient).join() === 'UKR'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.every((e) => e.event !== 'AID'), JSON.stringify(dyadsOf(evs)));
});

test('a reaction "from" a country does not happen there; troops "from" a country are of it', () => {
  const liu = code('BEIJING (Reuters) - A Chinese court sentenced prominent dissident Liu Xiaobo to 11 years in prison, drawing condemnation from the United States.', '2009-12-25');
  assert.ok(liu.some((e) => e.event === 'COERCE' && codesOf(e.recipient).join() === 'CHN'), JSON.stringify(dyadsOf(liu)));
  const troops = codeAll('Troops and emergency aircraft from the United States have arrived in Nepal.', '2015-05-01');
  assert.ok(troops.some((e) => codesOf(e.actor).join() === 'USA'), JSON.stringify(dyadsOf(troops)));
});

test('"it" is no plural: "the FSB said the Ukrainian ships had entered its waters, and it detained the crews"', () => {
  const evs = codeAll('MOSCOW (Reuters) - Russia\'s FSB security service said the Ukrainian ships had illegally entered Russian territorial waters, and it detained all 24 crew members.', '2018-11-26');
  assert.ok(evs.every((e) => !(e.cameo.startsWith('17') && codesOf(e.actor).includes('UKR'))), JSON.stringify(dyadsOf(evs)));
});

test('"him" after a person named as an object is that person; not the clause\'s subject', () => {
  // (Hours given to leave are an expulsion, 161, not an ultimatum, since the thirtieth round; one given after a
  // summons is an act of its own.)
  const evs = code('CHISINAU (Reuters) - The Foreign Ministry summoned Romanian Ambassador Filip Teodorescu and gave him 24 hours to leave the country.', '2009-04-08');
  assert.ok(evs.some((e) => e.cameo === '161' && codesOf(e.recipient).join() === 'ROU' && e.recipient[0]!.text === 'him'), JSON.stringify(dyadsOf(evs)));
});

test('the host of the occasion is no recipient of what is signed there', () => {
  const evs = code('HELSINKI (Reuters) - Indonesian minister Hamid Awaluddin and GAM\'s exiled leader Malik Mahmud signed the memorandum in a ceremony hosted by former Finnish President Martti Ahtisaari.', '2005-08-15');
  assert.ok(evs.filter((e) => e.cameo === '057').every((e) => !codesOf(e.recipient).includes('FIN')), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.cameo === '057' && codesOf(e.actor).join() === 'IDN'), JSON.stringify(dyadsOf(evs)));
});

test('"them" is not the subject of verbs coordinated before it', () => {
  const evs = codeAll('NGARA, Tanzania (Reuters) - Thousands of refugees headed east, but soldiers stopped them on the roads and ordered them to turn around.', '1996-12-16');
  assert.ok(evs.every((e) => e.recipient.every((a) => a.sector !== 'MIL')), JSON.stringify(evs.map((e) => [e.eventText, e.recipient.map((a) => a.sector)])));
});

test('a verb coordinated after auxiliaries ends the search for the first verb\'s recipient', () => {
  const evs = codeAll('WASHINGTON (Reuters) - The United States supported the regional effort and had suspended aid to Burundi.', '1996-07-31');
  assert.ok(evs.every((e) => e.event !== 'SUPPORT' || e.recipient.length === 0), JSON.stringify(dyadsOf(evs)));
});

test('a "former" or "sacked" office-holder is no longer the state: an elite (ELI), as CAMEO codes them', () => {
  const evs = code('ASHGABAT (Reuters) - Turkmenistan accused former foreign minister Aman Durdyev of plotting against the president.', '2003-01-10');
  const accused = evs.find((e) => e.event === 'ACCUSE');
  assert.ok(accused && accused.recipient.every((a) => a.code === 'TKM' && a.sector === 'ELI'), JSON.stringify(evs.map((e) => [e.event, e.recipient])));
  const sitting = code('ASHGABAT (Reuters) - Turkmenistan accused foreign minister Aman Durdyev of plotting against the president.', '2003-01-10');
  assert.ok(sitting.some((e) => e.event === 'ACCUSE' && e.recipient.some((a) => a.sector === 'GOV')), JSON.stringify(sitting.map((e) => [e.event, e.recipient])));
});

test('"Russian-backed separatists" are not Russian: the patron before "-backed" gives no country; a state and its rebels are two sides', () => {
  const evs = code('KIEV (Reuters) - Russian-backed separatists shelled Ukrainian army positions near Donetsk on Tuesday.', '2015-01-20');
  const shelling = evs.find((e) => e.event === 'ASSAULT');
  assert.ok(shelling && codesOf(shelling.actor).join() === 'UKR' && shelling.actor[0]!.sector === 'SEP', JSON.stringify(dyadsOf(evs)));
  const sides = code('BAKU (Reuters) - Azerbaijan said it would halt its offensive against Armenian-backed forces in the enclave. Each side accused the other of breaking the truce.', '2016-04-03');
  const accusations = sides.filter((e) => e.event === 'ACCUSE');
  assert.equal(accusations.length, 2, JSON.stringify(sides.map((e) => [e.event, e.actor, e.recipient])));
  assert.ok(accusations.every((e) => e.actor[0]!.sector !== e.recipient[0]!.sector), JSON.stringify(accusations.map((e) => [e.actor, e.recipient])));
});

test('names listed after a preposition are its objects, not the subject of a purpose infinitive, which shares the trip\'s modality', () => {
  const evs = code('PARIS (Reuters) - Foreign Minister Laurent Fabius is to travel to Cairo, Amman, Riyadh and Ankara next month to discuss the refugee crisis.', '2015-09-02');
  assert.ok(evs.length > 0 && evs.every((e) => codesOf(e.actor).join() === 'FRA'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.every((e) => e.cameo.startsWith('03')), JSON.stringify(evs.map((e) => e.cameo)));
});

test('a country\'s name inside a sea\'s name is no actor; a country named as itself that protests complains officially', () => {
  const aid = code('WASHINGTON (Reuters) - The United States suspended military aid to the Indian Ocean island after the coup.', '2009-03-20');
  assert.ok(aid.every((e) => !codesOf(e.recipient).includes('IND')), JSON.stringify(dyadsOf(aid)));
  const sea = codeAll('TOKYO (Reuters) - North Korea fired two missiles into the Sea of Japan on Friday.', '2017-03-06');
  assert.ok(sea.every((e) => !codesOf(e.recipient).includes('JPN')), JSON.stringify(dyadsOf(sea)));
  const complaint = code('Mexico protested to the United States over the new border wall.', '2006-10-27');
  assert.ok(complaint.some((e) => e.cameo === '114' && codesOf(e.recipient).join() === 'USA'), JSON.stringify(complaint.map((e) => [e.cameo, dyadsOf([e])])));
  const people = code('Thousands of Mexicans protested against the United States in Mexico City.', '2006-10-27');
  assert.ok(people.every((e) => e.cameo.startsWith('14')), JSON.stringify(people.map((e) => e.cameo)));
});

test('ramming a vessel or turning water cannon on it is force used against it (ASSAULT), not a show of force', () => {
  const evs = code('HANOI (Reuters) - Chinese coast guard ships rammed two Vietnamese fishing boats near the Paracel Islands on Monday.', '2014-05-07');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'CHN' && codesOf(e.recipient).join() === 'VNM'), JSON.stringify(evs.map((e) => [e.event, dyadsOf([e])])));
  assert.ok(evs.every((e) => e.event !== 'MOBILIZE'), JSON.stringify(evs.map((e) => e.event)));
});

test('a reaction to "the killing of" someone is aimed at the killer, named with "by" or told before, never the victims', () => {
  const none = code('MADRID (Reuters) - Spain\'s Foreign Ministry condemned the killing of its citizens in Mali.', '2016-11-21');
  assert.ok(none.every((e) => !(e.cameo.startsWith('11') && codesOf(e.recipient).includes('ESP'))), JSON.stringify(dyadsOf(none)));
  const named = code('WASHINGTON (Reuters) - The United States condemned the killing of the American aid worker by Islamic State militants.', '2014-11-16');
  assert.ok(named.some((e) => e.cameo.startsWith('11') && e.recipient.some((a) => a.org === 'ISIS' || a.code === 'IMG')), JSON.stringify(named.map((e) => [e.event, e.recipient])));
});

test('a place described rather than named ("in the Belarussian capital") is where a ceasefire was signed, not with whom', () => {
  const evs = code('MINSK (Reuters) - Ukraine and pro-Russian separatists signed a ceasefire in the Belarussian capital on Friday.', '2014-09-05');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.recipient).includes('BLR')), JSON.stringify(dyadsOf(evs)));
});

test('"its leaders" after a preposition are the last named country\'s; after "whose", the described one\'s; a hyphenated participle is no verb', () => {
  const ban = code('ABUJA (Reuters) - West African leaders suspended Guinea from their regional bloc and imposed a travel ban on its leaders.', '2009-10-17');
  // (A travel ban another state or body puts on a country's leaders is a sanction: see "travel bans one state".)
  // (The suspension and the ban are then one sanction of the same pair in one sentence.)
  assert.ok(ban.some((e) => e.event === 'SANCTION' && codesOf(e.recipient).join() === 'GIN') && ban.every((e) => !codesOf(e.recipient).includes('NGA')), JSON.stringify(ban.map((e) => [e.cameo, dyadsOf([e])])));
  const whose = code('DOHA (Reuters) - Qatar, whose Sunni rulers have long accused Iran of meddling, recalled its ambassador from Tehran.', '2016-01-06');
  assert.ok(whose.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'QAT' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(whose.map((e) => [e.event, dyadsOf([e])])));
  assert.ok(whose.every((e) => e.event !== 'PROTEST' && !(e.event === 'ASSAULT')), JSON.stringify(whose.map((e) => e.event)));
  const killing = code('ABIDJAN (Reuters) - Ivorian warplanes bombed a French base in the rebel-held town of Bouake, killing nine French soldiers.', '2004-11-06');
  assert.ok(killing.filter((e) => e.event === 'ASSAULT').every((e) => codesOf(e.actor).join() === 'CIV'), JSON.stringify(dyadsOf(killing)));
});

test('one stood beside "in solidarity with" is no recipient; what someone is accused of is the accusation, not an event', () => {
  const ties = code('KHARTOUM (Reuters) - Sudan said it was cutting diplomatic ties with Iran in solidarity with Saudi Arabia.', '2016-01-04');
  assert.ok(ties.every((e) => !codesOf(e.recipient).includes('SAU')), JSON.stringify(dyadsOf(ties)));
  const charged = code('MANAMA (Reuters) - Bahrain accused Iran of stirring unrest among its Shi\'ite majority.', '2016-01-04');
  assert.deepEqual(charged.map((e) => e.event), ['ACCUSE'], JSON.stringify(charged.map((e) => [e.event, dyadsOf([e])])));
});

test('nuclear explosions are tests (a show of force), not nuclear war; one who names what is condemned is no recipient', () => {
  const tests = code('ISLAMABAD (Reuters) - Pakistan carried out five underground nuclear explosions on Thursday.', '1998-05-28');
  assert.ok(tests.some((e) => e.event === 'MOBILIZE' && codesOf(e.actor).join() === 'PAK') && tests.every((e) => e.cameo !== '2042'), JSON.stringify(tests.map((e) => e.cameo)));
  const called = code('WASHINGTON (Reuters) - The United States condemned what State Department spokesman John Kirby called Russian aggression.', '2014-03-02');
  assert.ok(called.some((e) => e.cameo.startsWith('11') && codesOf(e.recipient).join() === 'RUS'), JSON.stringify(dyadsOf(called)));
});

test('Western diplomats "in Moscow" are not Russian; "a former Soviet republic that has accused Moscow" is the country named before it', () => {
  const evs = codeAll('MOSCOW (Reuters) - Western diplomats in Moscow said they were wary of Russian troops inside Georgia, a former Soviet republic that has accused Moscow of arming the separatists.', '1994-05-14');
  assert.ok(evs.every((e) => !(e.actor.some((a) => a.text.startsWith('Western')) && codesOf(e.actor).includes('RUS'))), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'GEO' && codesOf(e.recipient).join() === 'RUS'), JSON.stringify(dyadsOf(evs)));
  const office = code('LONDON (Reuters) - The Foreign Office in London summoned Iran\'s charge d\'affaires on Saturday.', '2019-07-13');
  assert.ok(office.some((e) => codesOf(e.actor).join() === 'GBR' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(office)));
});

test('leaving an election is no retreat (a boycott when in protest); aid kept frozen is aid cut; what an accord allows is not yet done', () => {
  const left = code('BAKU (Reuters) - The ailing president withdrew from the race this month in favour of his son.', '2003-10-02');
  assert.ok(left.every((e) => e.event !== 'RETREAT'), JSON.stringify(left.map((e) => e.event)));
  const boycott = code('LIMA (Reuters) - Opposition leader Alejandro Toledo pulled out of the runoff in protest at fraud.', '2000-05-19');
  assert.ok(boycott.some((e) => e.event === 'PROTEST') && boycott.every((e) => e.event !== 'RETREAT'), JSON.stringify(boycott.map((e) => e.event)));
  const frozen = code('BRUSSELS (Reuters) - The European Union has kept most aid to Togo frozen since 1993.', '2005-02-19');
  assert.ok(frozen.some((e) => e.cameo === '162' && codesOf(e.recipient).join() === 'TGO') && frozen.every((e) => e.event !== 'AID'), JSON.stringify(frozen.map((e) => e.cameo)));
  const allowed = code('TBILISI (Reuters) - Georgia and the Abkhaz separatists signed an agreement to allow Russian troops to deploy along the river.', '1994-05-14');
  assert.ok(allowed.every((e) => e.cameo !== '154'), JSON.stringify(allowed.map((e) => e.cameo)));
});

test('parties to an accord signed together have each other as recipient, not who is let in or hosts; a welcomer is no party to itself', () => {
  const evs = code('TBILISI (Reuters) - Georgia and the Abkhaz separatists signed a ceasefire on Saturday to allow Russian peacekeeping troops to deploy.', '1994-05-14');
  const truce = evs.filter((e) => e.cameo.startsWith('087'));
  assert.ok(truce.length === 2 && truce.every((e) => !codesOf(e.recipient).includes('RUS')), JSON.stringify(truce.map((e) => [e.actor, e.recipient])));
  const welcome = code('TBILISI (Reuters) - Georgia and the Abkhaz separatists signed a ceasefire on Saturday. Georgian President Eduard Shevardnadze welcomed the agreement.', '1994-05-14');
  const hailed = welcome.find((e) => e.event === 'SUPPORT' && e.cameo === '051');
  assert.ok(hailed && hailed.recipient.every((a) => a.sector === 'SEP'), JSON.stringify(welcome.map((e) => [e.cameo, e.recipient])));
});

test('supporters of a leader are civilians, not his government; the streets marched in and a participle clause after them name no target', () => {
  const evs = code('ABIDJAN (Reuters) - Thousands of young supporters of Gbagbo took to the streets of Abidjan, looting French-owned shops.', '2004-11-06');
  const march = evs.find((e) => e.event === 'PROTEST' && e.eventText.startsWith('took'));
  assert.ok(march && march.actor.every((a) => a.sector === 'CVL'), JSON.stringify(evs.map((e) => [e.eventText, e.actor])));
  assert.ok(march.recipient.every((a) => a.code === 'CIV' && a.start < 0), JSON.stringify(march.recipient));
});

test('a person out of every listed office is of the country the phrase names, and an organisation is no nationality', () => {
  const evs = code('KHARTOUM (Reuters) - U.S. special envoy Jeffrey Feltman met Burhan and Hamdok in Khartoum on Sunday.', '2021-10-24');
  assert.ok(evs.some((e) => e.event === 'CONSULT' && codesOf(e.actor).join() === 'USA'), JSON.stringify(dyadsOf(evs)));
  const bare = codeAll('KHARTOUM (Reuters) - Jeffrey Feltman met Burhan and Hamdok in Khartoum on Sunday.', '2021-10-24');
  assert.ok(bare.every((e) => !codesOf(e.actor).includes('IGO')), JSON.stringify(dyadsOf(bare)));
});

test('what is let happen, what would follow "until" under a modal, and an act named as the subject of "is" did not happen here', () => {
  const let_ = code('PARIS (Reuters) - "France will not let its soldiers be attacked without responding," the defence minister said.', '2004-11-07');
  assert.equal(let_.filter((e) => e.event === 'ASSAULT').length, 0, JSON.stringify(dyadsOf(let_)));
  const until = code('KUALA LUMPUR (Reuters) - The defence minister said the army would pursue the gunmen until they surrendered.', '2013-03-05');
  assert.ok(until.every((e) => e.event !== 'RETREAT'), JSON.stringify(until.map((e) => e.event)));
  const subject = codeAll('MANAGUA (Reuters) - The unrest is the most serious challenge to Ortega since he returned to power.', '2018-04-22');
  assert.ok(subject.every((e) => e.event !== 'PROTEST'), JSON.stringify(subject.map((e) => e.event)));
  const happened = codeAll('The fighting went on until the rebels surrendered to the army.', '2013-03-05');
  assert.ok(happened.some((e) => e.event === 'RETREAT'), JSON.stringify(happened.map((e) => e.event)));
});

test('a city naming a treaty ("the Vienna Convention") is no actor', () => {
  const evs = codeAll('WASHINGTON (Reuters) - The United States condemned the raid on the embassy as a violation of the Vienna Convention.', '2024-04-06');
  assert.ok(evs.every((e) => !codesOf(e.recipient).includes('AUT')), JSON.stringify(dyadsOf(evs)));
});

test('a verb whose lemma is an agent\'s noun ("police forced their way in") is no agent word', () => {
  const evs = code('QUITO (Reuters) - Mexico broke off relations with Ecuador after Ecuadorean police forced their way into the Mexican embassy and arrested former Vice President Jorge Glas.', '2024-04-06');
  assert.ok(evs.some((e) => e.event === 'COERCE' && codesOf(e.actor).join() === 'ECU'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.every((e) => !(e.event === 'COERCE' && codesOf(e.actor).includes('MEX'))), JSON.stringify(dyadsOf(evs)));
});

/** Whom the article's disapproval (CAMEO 11x) is aimed at: the recipients' codes, or null when there is none. */
function condemnedIn(text: string, date: string): string | null {
  const condemned = code(text, date).find((e) => e.cameo.startsWith('11'));
  return condemned ? codesOf(condemned.recipient).join() : null;
}

test('"condemned the attack on" someone is aimed at the attacker told before, not at those attacked', () => {
  assert.equal(condemnedIn('ABIDJAN (Reuters) - Ivorian warplanes bombed a French base in Bouake, killing nine French soldiers. U.N. Secretary-General Kofi Annan condemned the attack on the French peacekeepers.', '2004-11-06'), 'CIV');
});

test('an accord brokered by someone is brokered between its parties; killings told in a clause about something else are not the named attack\'s', () => {
  const evs = code('MOSCOW (Reuters) - Georgia and its breakaway Abkhazia region signed a ceasefire agreement on Saturday. The accord, brokered by Russia with United Nations participation, sets up a security zone.', '1994-05-14');
  const mediation = evs.find((e) => e.cameo === '045');
  assert.ok(mediation && codesOf(mediation.actor).join() === 'RUS' && mediation.recipient.every((a) => a.code === 'GEO'), JSON.stringify(evs.map((e) => [e.cameo, dyadsOf([e])])));
  const standoff = codeAll('KUALA LUMPUR (Reuters) - Malaysian fighter jets bombed the hideout of Filipino gunmen, and troops moved in to end a standoff in which eight police officers have been killed.', '2013-03-05');
  assert.ok(standoff.filter((e) => e.recipient.some((a) => a.sector === 'COP')).every((e) => !e.actor.some((a) => a.sector === 'MIL')), JSON.stringify(dyadsOf(standoff)));
});

test('a building a protest stood outside is where, not whom; an organisation named by its acronym does not meet itself', () => {
  const evs = code('BANGKOK (Reuters) - Security forces broke up a protest outside a police station in Tak Bai district on Monday.', '2004-10-26');
  assert.ok(evs.every((e) => !e.recipient.some((a) => a.sector === 'COP')), JSON.stringify(dyadsOf(evs)));
  const lna = codeAll('TRIPOLI (Reuters) - The deal was signed by delegations of the Government of National Accord and the Libyan National Army (LNA), which meet as a joint military commission.', '2020-10-23');
  assert.ok(lna.every((e) => !(e.actor.length === 1 && e.recipient.length === 1 && e.actor[0]!.text === e.recipient[0]!.text)), JSON.stringify(dyadsOf(lna)));
});

test('a description or a name set off beside a person is that person, not a second party; the sidelines of a summit are where', () => {
  const chavez = code('CARACAS (Reuters) - Chavez, a fierce critic of President George W. Bush, has threatened to cut off oil supplies to the United States.', '2006-06-01');
  assert.ok(chavez.some((e) => e.actor.length === 1 && codesOf(e.actor).join() === 'VEN'), JSON.stringify(chavez.map((e) => e.actor.map((a) => a.text))));
  const chiwenga = code('HARARE (Reuters) - The army moved two days after its commander, General Constantino Chiwenga, warned that it would step in.', '2017-11-15');
  assert.ok(chiwenga.every((e) => e.actor.length <= 1), JSON.stringify(chiwenga.map((e) => e.actor.map((a) => a.text))));
  const list = code('BEIJING (Reuters) - China imposed sanctions on Mike Pompeo, Alex Azar and Steve Bannon.', '2021-01-20');
  assert.ok(list.some((e) => e.recipient.length === 3), JSON.stringify(list.map((e) => e.recipient.map((a) => a.text))));
  const talks = code('OTTAWA (Reuters) - The dispute comes a week after Trudeau and Indian Prime Minister Narendra Modi held tense talks on the sidelines of the Group of 20 summit.', '2023-09-20');
  assert.ok(talks.some((e) => codesOf(e.actor).join() === 'CAN' && codesOf(e.recipient).join() === 'IND'), JSON.stringify(dyadsOf(talks)));
  assert.ok(talks.every((e) => !codesOf(e.recipient).includes('IGO')), JSON.stringify(dyadsOf(talks)));
});

test('a description naming the same country set off after a name is no second party; a participle before an adjective and its noun is no act; verbs listed after a modal share its subject', () => {
  const guzman = code('LIMA (Reuters) - Peruvian police captured Abimael Guzman, leader of the Maoist Shining Path guerrillas, in a raid.', '1992-09-13');
  assert.ok(guzman.some((e) => e.recipient.length === 1 && e.recipient[0]!.text === 'Abimael Guzman'), JSON.stringify(guzman.map((e) => e.recipient.map((a) => a.text))));
  const freeze = codeAll('VIENNA (Reuters) - Austria swore in a new government as its European Union partners put their threatened diplomatic freeze into effect.', '2000-02-04');
  assert.ok(freeze.every((e) => e.event !== 'THREATEN'), JSON.stringify(freeze.map((e) => e.event)));
  const list = code('VIENNA (Reuters) - The other 14 EU governments will cut bilateral contacts with Vienna, refuse to back Austrian candidates for international posts and receive Austrian ambassadors only at a technical level.', '2000-02-04');
  assert.ok(list.filter((e) => e.recipient.some((a) => a.code === 'AUT')).every((e) => codesOf(e.actor).join() === 'IGO'), JSON.stringify(dyadsOf(list)));
});

test('talks ended after years are concluded, not broken off; a body charged with a task is not charged with a crime', () => {
  const ended = code('BELFAST (Reuters) - Britain and Ireland struck a peace agreement on Friday, ending nearly two years of negotiations.', '1998-04-10');
  assert.ok(ended.every((e) => e.cameo !== '164'), JSON.stringify(ended.map((e) => e.cameo)));
  const tasked = codeAll('BAGHDAD (Reuters) - The inspectors, members of the U.N. Special Commission charged with eliminating Iraq\'s weapons, left Baghdad.', '1997-11-13');
  assert.ok(tasked.every((e) => !e.cameo.startsWith('17') && e.cameo !== '1121'), JSON.stringify(tasked.map((e) => e.cameo)));
  const halted = code('TEHRAN (Reuters) - Iran ended negotiations with the European Union on Monday.', '2005-08-01');
  assert.ok(halted.some((e) => e.cameo === '164'), JSON.stringify(halted.map((e) => e.cameo)));
});

test('", drawing criticism from" someone after an attribution reacts to the act told, not to the one who told it', () => {
  const evs = code('TEHRAN (AP) — An Iranian revolutionary court has convicted an American journalist of spying and sentenced her to eight years in prison, her lawyer said Saturday, drawing sharp criticism from Washington.', '2009-04-18');
  assert.ok(evs.some((e) => e.cameo.startsWith('11') && codesOf(e.actor).join() === 'USA' && e.recipient.some((a) => a.code === 'IRN' && a.sector === 'JUD')), JSON.stringify(evs.map((e) => [e.cameo, e.actor, e.recipient])));
});

test('an act a verb of averting takes as its object ("to spare his country further bloodshed") did not happen', () => {
  const evs = codeAll('MONROVIA (Reuters) - Liberian President Charles Taylor said he was leaving to spare his country further bloodshed.', '2003-08-11');
  assert.ok(evs.every((e) => e.event !== 'ASSAULT'), JSON.stringify(evs.map((e) => e.event)));
});

test('a phrase after "and" that a finite verb follows opens the next clause: "Libya voted against and China abstained"', () => {
  const evs = code('NEW YORK (Reuters) - The resolution passed with 13 votes in favour, while Libya voted against and China abstained.', '2009-12-23');
  assert.ok(evs.every((e) => !codesOf(e.recipient).includes('CHN')), JSON.stringify(dyadsOf(evs)));
});

test('infinitives listed after "undertook not to" are undertaken, not done; an "and" before a comma closes another list', () => {
  const evs = codeAll('KAMPALA (Reuters) - Rwanda and Uganda signed a pact. Both sides undertook not to finance armed groups, to protect each other\'s nationals and to resume cross-border trade.', '2019-08-21');
  assert.ok(evs.every((e) => !e.cameo.startsWith('06')), JSON.stringify(evs.map((e) => e.cameo)));
  const witnessed = code('LUANDA (Reuters) - Witnessed by Congo\'s President Felix Tshisekedi and Congo Republic\'s Denis Sassou Nguesso, Paul Kagame and Yoweri Museveni signed the memorandum.', '2019-08-21');
  assert.ok(witnessed.filter((e) => e.cameo === '057').every((e) => e.actor.every((a) => a.code === 'RWA' || a.code === 'UGA')), JSON.stringify(dyadsOf(witnessed)));
});

test('"the resolution" a body just adopted acts in its words, and a participle describing a noun is not the verb a later one is coordinated with', () => {
  const evs = code('UNITED NATIONS (Reuters) - The U.N. Security Council voted unanimously on Saturday to impose sanctions on North Korea. The resolution also freezes funds of people linked to Pyongyang\'s weapons programs and imposes a travel ban on officials.', '2006-10-14');
  const later = evs.filter((e) => e.sentenceIndex === 1);
  assert.ok(later.length > 0 && later.every((e) => codesOf(e.actor).join() === 'IGO'), JSON.stringify(dyadsOf(evs)));
});

test('a country\'s ambassador to an international body is the country\'s; an act excluded is not done; "the message" is no one\'s in particular', () => {
  const envoy = code('UNITED NATIONS (Reuters) - The U.N. Security Council imposed sanctions on North Korea. North Korea\'s U.N. ambassador rejected the resolution as gangster-like.', '2006-10-14');
  assert.ok(envoy.some((e) => codesOf(e.actor).join() === 'PRK'), JSON.stringify(dyadsOf(envoy)));
  const excluded = codeAll('UNITED NATIONS (Reuters) - The resolution, excluding the use of military force, imposes a travel ban on North Korean officials.', '2006-10-14');
  assert.ok(excluded.every((e) => e.event !== 'ASSAULT'), JSON.stringify(excluded.map((e) => e.event)));
});

test('a participle describing a named person ("jailed opposition leader Khaleda Zia") is no act; a war\'s toll in a clause describing it is no event', () => {
  const jailed = codeAll('DHAKA (Reuters) - The court ordered the release of jailed opposition leader Khaleda Zia.', '2020-03-25');
  assert.ok(jailed.every((e) => !e.cameo.startsWith('17')), JSON.stringify(jailed.map((e) => e.cameo)));
  const arrested = code('BAGHDAD (Reuters) - Police raided the office and arrested opposition leader Ahmed Ali on Monday.', '2020-03-25');
  assert.ok(arrested.some((e) => e.cameo === '173'), JSON.stringify(arrested.map((e) => e.cameo)));
  const toll = codeAll('KATHMANDU (Reuters) - The deal ends a Maoist insurgency that has killed 13,000 people since 1996.', '2006-11-21');
  assert.ok(toll.every((e) => e.event !== 'ASSAULT'), JSON.stringify(toll.map((e) => e.event)));
});

test('"not to" after an agreement is refused, a verb after "would ... and" is still intended, "is also to meet" is planned', () => {
  const agreed = code('RIYADH (Reuters) - Riyadh and Tehran had agreed to respect each other\'s sovereignty and not to interfere in each other\'s internal affairs.', '2023-03-10');
  assert.ok(agreed.every((e) => e.event !== 'THREATEN'), JSON.stringify(agreed.map((e) => e.event)));
  const meet = codeAll('GAZA (Reuters) - The Palestine National Council is also to meet to annul clauses in its charter.', '1998-10-23');
  assert.ok(meet.every((e) => e.event !== 'CONSULT'), JSON.stringify(meet.map((e) => [e.event, e.cameo])));
});

test('deaths a disaster caused, told in a relative clause after it, are no one\'s violence', () => {
  const evs = codeAll('JAKARTA (Reuters) - Aid poured in after the earthquake and tsunami, which killed more than 150,000 people across the Indian Ocean.', '2005-01-05');
  assert.ok(evs.every((e) => e.event !== 'ASSAULT'), JSON.stringify(evs.map((e) => e.event)));
});

test('a name that goes on through "al-" is one name: "Marj al-Zohour" in Lebanon is not the Libyan district of Marj', () => {
  const evs = codeAll('BEIRUT (Reuters) - Israel deported 415 Palestinians to Lebanon. The 415 men, accused by Israel of belonging to Hamas, spent a second night in the open near the village of Marj al-Zohour.', '1992-12-18');
  assert.ok(evs.every((e) => !codesOf(e.recipient).includes('LBY') && !codesOf(e.actor).includes('LBY')), JSON.stringify(dyadsOf(evs)));
});

test('a country whose name the tagger breaks at an adjective is that country, not a town named by one of its words ("the Central African Republic" is not Central, Louisiana)', () => {
  const evs = codeAll('Libyan troops flew into the Central African Republic on Thursday, as loyalist forces fought rebel soldiers.', '2001-05-31');
  const fight = evs.find((e) => e.event === 'ASSAULT');
  assert.ok(fight && codesOf(fight.actor).includes('CAF') && codesOf(fight.recipient).includes('CAF'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.every((e) => e.location?.countryCode !== 'USA'), JSON.stringify(evs.map((e) => e.location)));
});

test('"the rebels" later in an article are the armed group named before with its country, not the dateline\'s country\'s rebels', () => {
  const evs = codeAll('RIYADH (Reuters) - Yemen\'s Houthi rebels attacked a Saudi border post on Tuesday, killing one guard. The rebels accuse Riyadh of letting Yemeni troops use Saudi soil to attack them.', '2009-11-10');
  const accusation = evs.find((e) => e.event === 'ACCUSE');
  assert.ok(accusation && codesOf(accusation.actor).includes('YEM') && !codesOf(accusation.actor).includes('SAU'), JSON.stringify(dyadsOf(evs)));
  // (And men a phrase calls armed are such a group: "Five armed Burmese dissidents ... The gunmen".)
  const armed = codeAll('BANGKOK (Reuters) - Five armed Burmese dissidents who stormed Myanmar\'s embassy in Bangkok freed their last hostages on Saturday. The gunmen let the remaining captives go after a minister agreed to travel with them.', '1999-10-02');
  const freed = armed.find((e) => e.actor.some((a) => a.text === 'gunmen'));
  assert.ok(freed && codesOf(freed.actor).includes('MMR'), JSON.stringify(dyadsOf(armed)));
  // (By another word for such men: "the fighters" are the rebels just named.)
  const fighters = codeAll('RIYADH (Reuters) - Saudi warplanes attacked Yemeni Shi\'ite rebels along the border on Thursday, after the fighters crossed into the kingdom and killed a Saudi security officer.', '2009-11-05');
  const killed = fighters.find((e) => e.recipient.some((a) => a.sector === 'COP'));
  assert.ok(killed && codesOf(killed.actor).includes('YEM') && !codesOf(killed.actor).includes('SAU'), JSON.stringify(dyadsOf(fighters)));
});

test('a lead that says by name its news happened in another country, and never names the dateline\'s, makes that country the story\'s (a correspondent\'s base near it)', () => {
  const text = 'NAIROBI (Reuters) - A U.S. gunship attacked suspected militants in southern Somalia on Tuesday. '
    + 'The raid near the Kenyan border targeted fighters linked to the 1998 bombings of the U.S. embassies in Nairobi and Dar es Salaam. '
    + 'Somali President Abdullahi Yusuf backed the strike. Police said several people had been killed. Kenya closed its border.';
  const evs = codeAll(text, '2007-01-09');
  const killed = evs.find((e) => e.event === 'ASSAULT' && e.recipient.some((a) => a.sector === 'CVL'));
  assert.ok(killed && codesOf(killed.recipient).includes('SOM') && !codesOf(killed.recipient).includes('KEN'), JSON.stringify(dyadsOf(evs)));
});

test('those who "stood by as" others acted stood idle and defended no one; "stood by" an ally still supports it', () => {
  const idle = codeAll('KIEV (Reuters) - Police stood by as the crowd chanted insults at President Vladimir Putin.', '2014-03-02');
  assert.ok(idle.every((e) => e.event !== 'SUPPORT'), JSON.stringify(dyadsOf(idle)));
  const ally = codeAll('TOKYO (Reuters) - Japan stood by its ally on Monday.', '2014-03-02');
  assert.ok(ally.some((e) => e.event === 'SUPPORT'), JSON.stringify(dyadsOf(ally)));
});

test('a gerund named after a preposition has its doer after "by" ("days of shelling by government forces"); a participle between its noun and "were" tells what was done to the noun', () => {
  const shelling = codeAll('SARAJEVO (Reuters) - The city suffered weeks of shelling by Serb forces.', '1993-06-01');
  const shelled = shelling.find((e) => e.event === 'ASSAULT');
  assert.ok(shelled && shelled.actor.some((a) => a.text === 'Serb forces') && !shelled.recipient.some((a) => a.text.includes('Serb')), JSON.stringify(dyadsOf(shelling)));
  const targeted = codeAll('MASERU (Reuters) - Looters ransacked shops in the capital. Many of the businesses targeted were owned by South Africans.', '1998-09-23');
  const owned = targeted.find((e) => e.text.startsWith('Many'));
  assert.ok(!owned || (owned.recipient.some((a) => a.text.includes('businesses')) && !owned.actor.some((a) => a.text.includes('businesses'))), JSON.stringify(dyadsOf(targeted)));
  assert.ok(targeted.every((e) => !codesOf(e.recipient).includes('ZAF')), JSON.stringify(dyadsOf(targeted)));
});

test('"the failure to detain Bashir" and "failed to detain him" tell of no arrest', () => {
  for (const text of ['PRETORIA (Reuters) - The judge said the failure to detain Bashir was inconsistent with the constitution.',
    'PRETORIA (Reuters) - The judge said police failed to detain Bashir.']) {
    const evs = codeAll(text, '2015-06-15');
    assert.ok(evs.every((e) => e.event !== 'COERCE'), `${text}: ${JSON.stringify(dyadsOf(evs))}`);
  }
});

test('a state\'s own envoy it recalls is not whom the recall is aimed at: the country it is recalled from is, past the envoy\'s name', () => {
  const named = codeAll('CAIRO (Reuters) - Egypt recalled its ambassador, Mohamed Bassiouny, from Israel on Tuesday.', '2000-11-21');
  const recall = named.find((e) => e.event === 'SANCTION');
  assert.ok(recall && codesOf(recall.recipient).includes('ISR') && recall.recipient.every((a) => !/ambassador|Bassiouny/.test(a.text)), JSON.stringify(dyadsOf(named)));
  const nowhere = codeAll('NEW DELHI (Reuters) - New Delhi recalled its ambassador, Shiv Shankar Mukherjee, for consultations.', '2005-02-02');
  assert.ok(nowhere.every((e) => e.recipient.every((a) => !/ambassador|Mukherjee/.test(a.text))), JSON.stringify(dyadsOf(nowhere)));
});

test('what backs the forces a side sends ("troops backed by tanks and warplanes") describes them; the move is aimed at where they go', () => {
  const evs = codeAll('ANKARA (Reuters) - Turkey sent about 35,000 troops backed by tanks and warplanes into northern Iraq on Monday.', '2008-02-25');
  const sent = evs.find((e) => e.event === 'MOBILIZE');
  assert.ok(sent && sent.recipient.every((a) => !/tanks|warplanes/.test(a.text)) && codesOf(sent.recipient).includes('IRQ'), JSON.stringify(dyadsOf(evs)));
});

test('a country\'s premises abroad named by its people\'s adjective ("outside a Turkish visa office in Baghdad") are not in that country: the protesters are Iraqi', () => {
  const evs = codeAll('Hundreds of protesters gathered outside a Turkish visa office in Baghdad, burning Turkish flags.', '2022-07-21');
  const protest = evs.find((e) => e.event === 'PROTEST');
  assert.ok(protest && codesOf(protest.actor).includes('IRQ') && codesOf(protest.recipient).includes('TUR'), JSON.stringify(dyadsOf(evs)));
});

test('an act a clause dates to a decade that ended before the article ("in the 1930s", "in the early 1980s") is history recalled', () => {
  for (const text of ['BEIJING (Reuters) - Critics say the textbook plays down atrocities committed by Japanese troops in China in the 1930s and 1940s.',
    'MANAGUA (Reuters) - Ortega first recognised Beijing during his government in the 1980s.']) {
    const evs = codeAll(text, '2021-12-10');
    assert.equal(evs.length, 0, `${text}: ${JSON.stringify(dyadsOf(evs))}`);
  }
  // (A decade not yet over is no history: "in the 2020s".)
  const now = codeAll('KABUL (Reuters) - Rebels attacked the town in the 2020s.', '2021-12-10');
  assert.ok(now.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(now)));
});

test('a subject after ", and" and a place it is in starts a clause of its own; "X and its president" is X\'s; bare "Congo" in a story of the Republic of Congo is that country', () => {
  const recall = codeAll('RIYADH (Reuters) - Saudi Arabia has recalled its ambassador from Copenhagen, and shoppers across the Gulf have boycotted Danish dairy goods.', '2006-01-30');
  const sanction = recall.find((e) => e.event === 'SANCTION');
  assert.ok(sanction && sanction.recipient.every((a) => a.text !== 'shoppers'), JSON.stringify(dyadsOf(recall)));
  const its = codeAll('BAMAKO (Reuters) - Malian officials had accused Ivory Coast and its president, Alassane Ouattara, of pushing for the toughest measures.', '2022-07-12');
  const accused = its.find((e) => e.event === 'ACCUSE');
  assert.ok(accused && accused.recipient.length > 0 && accused.recipient.every((a) => a.code === 'CIV'), JSON.stringify(dyadsOf(its)));
  const congo = codeAll('BRAZZAVILLE (Reuters) - The government of Congo Republic and the rebels signed a ceasefire on Saturday. Congo, one of Africa\'s larger oil producers, is negotiating a bailout with the International Monetary Fund.', '2017-12-24');
  const bailout = congo.find((e) => e.recipient.some((a) => a.code === 'IGO'));
  assert.ok(bailout && codesOf(bailout.actor).includes('COG'), JSON.stringify(dyadsOf(congo)));
});

test('without a dateline, the one country the lead names is the story\'s when the text names it nearly as often as any other', () => {
  const text = 'Bolivian troops took control of the airport in Cobija on Friday after President Evo Morales declared a state of siege. '
    + 'Government officials blamed the province\'s opposition prefect for the bloodshed. '
    + 'Morales expelled the U.S. ambassador last week, accusing the United States of backing the opposition in eastern Bolivia. '
    + 'Washington expelled Bolivia\'s envoy. The United States also suspended trade preferences.';
  const evs = codeAll(text, '2008-09-13');
  const blamed = evs.find((e) => e.text.startsWith('Government officials'));
  assert.ok(blamed && codesOf(blamed.actor).includes('BOL') && !codesOf(blamed.actor).includes('USA'), JSON.stringify(dyadsOf(evs)));
});

test('a capital\'s name before names no dictionary knows is a person\'s given name ("Wellington Moreira Franco"), not the capital\'s government', () => {
  const evs = codeAll('BRASILIA (Reuters) - Police also arrested Wellington Moreira Franco, a close ally of Temer.', '2019-03-21');
  const arrest = evs.find((e) => e.event === 'COERCE');
  assert.ok(arrest && !codesOf(arrest.recipient).includes('NZL') && codesOf(arrest.recipient).includes('BRA'), JSON.stringify(dyadsOf(evs)));
  const lima = codeAll('LIMA (Reuters) - Lima Mayor Luis Castaneda met protesters.', '2019-03-21');
  assert.ok(lima.some((e) => codesOf(e.actor).includes('PER')), JSON.stringify(dyadsOf(lima)));
});

test('an import ban imposed is an embargo (SANCTION), as a ban imposed on imports is', () => {
  const evs = codeAll('PRISTINA (Reuters) - Pristina imposed the import ban last week in retaliation for Serbia\'s refusal to accept goods bearing Kosovo customs stamps.', '2011-07-28');
  assert.ok(evs.some((e) => e.cameo === '163' && codesOf(e.recipient).includes('SRB')), JSON.stringify(evs.map((e) => [e.cameo, codesOf(e.actor), codesOf(e.recipient)])));
});

test('police who fire tear gas "outside the court" use force on people there, not on the court; a bomb "near the gates of the U.S. embassy" is aimed at the embassy', () => {
  const gas = codeAll('ISLAMABAD (Reuters) - Police fired tear gas outside the court on Friday.', '1997-11-28');
  const dispersed = gas.find((e) => e.cameo === '175');
  assert.ok(dispersed && dispersed.recipient.every((a) => a.text !== 'court'), JSON.stringify(dyadsOf(gas)));
  const bomb = codeAll('TASHKENT (Reuters) - A bomber detonated explosives near the gates of the U.S. embassy on Friday.', '2004-07-30');
  assert.ok(bomb.some((e) => codesOf(e.recipient).includes('USA')), JSON.stringify(dyadsOf(bomb)));
});

test('"shot dead" and "shot down" after a subject are the verb, whatever the tagger read: "American soldiers in Baghdad shot dead" were the Americans', () => {
  const evs = codeAll('ROME (Reuters) - American soldiers in Baghdad shot dead an Italian intelligence officer.', '2005-03-05');
  const shot = evs.find((e) => e.event === 'ASSAULT');
  assert.ok(shot && codesOf(shot.actor).includes('USA') && shot.actor.every((a) => a.text !== 'Baghdad'), JSON.stringify(dyadsOf(evs)));
  assert.ok(shot!.recipient.every((a) => !/^dead/.test(a.text)), JSON.stringify(shot!.recipient));
});

test('those who "came under fire from" others were fired on by them; "but" coordinates verbs; a kind of actor that owns the act did it', () => {
  const fire = codeAll('CULIACAN (Reuters) - Soldiers briefly detained Ovidio Guzman but came under fire from dozens of heavily armed men.', '2019-10-18');
  const attacked = fire.find((e) => e.event === 'ASSAULT');
  assert.ok(attacked && attacked.recipient.some((a) => a.sector === 'MIL') && !attacked.actor.some((a) => a.sector === 'MIL'), JSON.stringify(fire.map((e) => [e.event, e.actor, e.recipient])));
  const cartel = code('MEXICO CITY (Reuters) - The minister said the troops had not had the numbers to resist the cartel\'s counterattack.', '2019-10-18');
  assert.ok(cartel.every((e) => !e.actor.some((a) => a.sector === 'MIL')), JSON.stringify(cartel.map((e) => [e.event, e.actor])));
});

test('"Bosnian Serbs" are Bosnia\'s, and so are "Serb" forces later in the article; "Jailed ... leader X" opening a sentence is no arrest', () => {
  const evs = code('SARAJEVO (Reuters) - NATO jets pounded Bosnian Serb positions around Sarajevo. U.N. artillery joined in, shelling Serb gun emplacements above the city.', '1995-08-30');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.recipient).includes('SRB')), JSON.stringify(dyadsOf(evs)));
  const jailed = codeAll('ANKARA (Reuters) - Jailed Kurdish militant leader Abdullah Ocalan called on Thursday for a ceasefire.', '2013-03-21');
  assert.ok(jailed.every((e) => !e.cameo.startsWith('17')), JSON.stringify(jailed.map((e) => e.cameo)));
});

test('"condemned the bombing" is aimed at whoever last bombed, not at whoever last shelled', () => {
  const evs = code('SARAJEVO (Reuters) - NATO jets pounded Bosnian Serb positions on Wednesday. Bosnian Serb forces shelled the city the day before. Russia condemned the bombing.', '1995-08-30');
  const condemned = evs.find((e) => e.cameo.startsWith('11'));
  assert.ok(condemned && condemned.recipient.some((a) => a.org === 'NATO'), JSON.stringify(evs.map((e) => [e.cameo, e.recipient])));
});

test('a country that condemns "the sanctions" condemns those imposed on it, not its own measures told since', () => {
  assert.equal(condemnedIn('BAMAKO (Reuters) - West African leaders imposed sanctions on Mali on Sunday. Mali recalled its ambassadors from member states. Government spokesman Colonel Abdoulaye Maiga condemned the sanctions as illegitimate.', '2022-01-10'), 'IGO');
});

test('a crowd celebrating with fireworks protests no one; air strikes being halted are not struck', () => {
  const party = codeAll('GUATEMALA CITY (Reuters) - Crowds gathered outside the courthouse and in the central plaza to celebrate, waving flags and setting off fireworks.', '2015-09-03');
  assert.ok(party.every((e) => e.event !== 'PROTEST'), JSON.stringify(party.map((e) => e.event)));
  const halted = codeAll('ANKARA (Reuters) - Turkey closed its airspace, temporarily halting U.S.-led air strikes against Islamic State.', '2016-07-16');
  assert.ok(halted.every((e) => e.event !== 'ASSAULT'), JSON.stringify(halted.map((e) => e.event)));
});

test('an attack "on" a target named after its components is aimed at the target; pressing a battle urges no one', () => {
  const evs = code('DAMASCUS (Reuters) - Syrian regime forces launched a coordinated attack that included about 500 troops, howitzers and tanks on the U.S.-backed SDF headquarters.', '2018-02-08');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && e.recipient.some((a) => a.sector === 'REB')), JSON.stringify(evs.map((e) => [e.event, e.recipient])));
  const pressed = codeAll('MOSUL (Reuters) - Iraqi forces started their assault on the Old City as they press their battle to retake the city from the Islamic State group.', '2017-06-18');
  assert.ok(pressed.every((e) => e.event !== 'REQUEST'), JSON.stringify(pressed.map((e) => e.event)));
  const ground = code('YANGON (Reuters) - Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border.', '1995-02-06');
  assert.ok(ground.every((e) => !codesOf(e.recipient).includes('THA')), JSON.stringify(dyadsOf(ground)));
});

test('force planned, sought or expected threatens no one; force attempted is force used; a vow is a threat', () => {
  const plotted = codeAll('PODGORICA (Reuters) - The prosecutor said the group had planned to kill the prime minister and was seeking to overthrow the government.', '2016-11-06');
  assert.ok(plotted.every((e) => !e.cameo.startsWith('13') && !/^1[789]/.test(e.cameo)), JSON.stringify(plotted.map((e) => [e.cameo, e.eventText])));
  const expected = codeAll('ANKARA (Reuters) - The general is expected to be tried for treason next month.', '2016-07-20');
  assert.ok(expected.every((e) => !e.cameo.startsWith('13')), JSON.stringify(expected.map((e) => e.cameo)));
  const tried = code('THE HAGUE (Reuters) - Four Russian intelligence officers tried to hack into the computer network of the chemical weapons watchdog.', '2018-10-04');
  assert.ok(tried.some((e) => e.cameo.startsWith('17')) && tried.every((e) => !e.cameo.startsWith('13')), JSON.stringify(tried.map((e) => e.cameo)));
  const vowed = code('TEHRAN (Reuters) - Iran vowed to retaliate against Israel for the air strike.', '2018-05-10');
  assert.ok(vowed.some((e) => e.cameo.startsWith('13')), JSON.stringify(vowed.map((e) => e.cameo)));
});

test('parties that act on "each other" or on "their" embassies act towards each other, with no third side; each actor is named once', () => {
  const pounded = code('KISANGANI, Congo (Reuters) - Rwandan and Ugandan troops pounded each other with artillery in the Congolese city of Kisangani on Monday.', '2000-06-08');
  assert.ok(pounded.length >= 2 && pounded.every((e) => !codesOf(e.recipient).includes('COD')), JSON.stringify(dyadsOf(pounded)));
  const embassies = code('RIYADH (Reuters) - Saudi Arabia and Iran agreed to reopen their embassies within two months.', '2023-03-10');
  const reopen = embassies.filter((e) => e.eventText.includes('reopen'));
  assert.deepEqual(reopen.map((e) => `${codesOf(e.actor)}>${codesOf(e.recipient)}`).sort(), ['IRN>SAU', 'SAU>IRN']);
  const brokered = code('BEIJING (Reuters) - Saudi Arabia and Iran agreed to restore ties in a deal brokered by China, where the rivals met for talks.', '2023-03-10');
  for (const e of brokered) assert.equal(new Set(e.recipient.map((a) => a.code)).size, e.recipient.length, JSON.stringify(dyadsOf(brokered)));
});

test('a slash dateline ("GAZA/JERUSALEM, Nov 21 (Reuters) -") names no party; the people an accord\'s war killed are not its parties', () => {
  const evs = code('GAZA/JERUSALEM, Nov 21 (Reuters) - Israel and Hamas agreed on Wednesday to a ceasefire brokered by Egypt to end eight days of fighting that killed more than 140 Palestinians and five Israelis.', '2012-11-21');
  const brokered = evs.find((e) => e.cameo === '045');
  assert.ok(brokered, JSON.stringify(dyadsOf(evs)));
  assert.deepEqual(brokered.recipient.map((a) => a.text).sort(), ['Hamas', 'Israel']);
});

test('what "fighting that killed" or "the attack that wounded" people did, no one named in the sentence did', () => {
  const evs = codeAll('GAZA (Reuters) - Israel and Hamas agreed to a truce brokered by Egypt to end a week of fighting that killed 160 people.', '2012-11-21');
  const killed = evs.find((e) => e.eventText.includes('killed'));
  assert.ok(killed && !killed.actor.some((a) => a.text === 'Egypt'), JSON.stringify(evs.map((e) => [e.cameo, e.actor])));
});

test('a name set off after "X\'s ambassador" is X\'s; "the Temple of Hatshepsut" is no Texan town; foreigners are of no country; a gap after a doer\'s word stops at a comma', () => {
  const told = code('BANGKOK (Reuters) - Foreign Minister Surakiart Sathirathai told Cambodia\'s ambassador, Ung Sean, to leave Thailand and summoned him to hear a formal protest.', '2003-01-30');
  assert.ok(told.length >= 2 && told.every((e) => e.recipient.every((a) => a.code === 'KHM')), JSON.stringify(dyadsOf(told)));
  const temple = codeAll('LUXOR, Egypt (AP) - Six assailants, some wearing police uniforms, opened fire on visitors at the Temple of Hatshepsut on the west bank of the Nile.', '1997-11-18');
  assert.ok(temple.length > 0 && temple.every((e) => !codesOf(e.actor).includes('USA') && !codesOf(e.recipient).includes('USA')), JSON.stringify(dyadsOf(temple)));
  assert.ok(temple.every((e) => e.cameo !== '175'), JSON.stringify(temple.map((e) => [e.cameo, e.eventText])));
  const tourists = codeAll('LUXOR, Egypt (AP) - Islamic militants gunned down dozens of foreign tourists at the temple.', '1997-11-18');
  assert.ok(tourists.every((e) => !e.recipient.some((a) => a.code === 'EGY')), JSON.stringify(dyadsOf(tourists)));
});

test('hard times hit no one; an act named after "since" tells from when; the accused is the one named before "of"; own troops deployed are no recipient', () => {
  const crisis = codeAll('LA PAZ (Reuters) - Bolivia has been hit by an economic crisis, with shortages of dollars and fuel.', '2024-06-26');
  assert.equal(crisis.length, 0, JSON.stringify(crisis.map((e) => e.cameo)));
  const since = codeAll('CAIRO (Reuters) - The minister said the groups had grown since last year\'s uprising that toppled Hosni Mubarak.', '2012-02-05');
  assert.ok(since.every((e) => !e.cameo.startsWith('14') && !e.cameo.startsWith('17')), JSON.stringify(since.map((e) => e.cameo)));
  const accused = codeAll('CAIRO (Reuters) - Egypt\'s planning minister has accused foreign-funded groups of seeking to destabilise the country.', '2012-02-05');
  assert.ok(accused.every((e) => !e.recipient.some((a) => a.code === 'EGY' && !a.sector)), JSON.stringify(dyadsOf(accused)));
  const deployed = code('BRASILIA (Reuters) - Brazil has deployed more than 40,000 troops to help fight the blazes.', '2019-08-27');
  assert.ok(deployed.some((e) => e.cameo.startsWith('15')) && deployed.every((e) => e.recipient.length === 0), JSON.stringify(dyadsOf(deployed)));
  const pursued = code('MANILA (Reuters) - President Gloria Macapagal Arroyo ordered the armed forces to pursue the kidnappers.', '2001-05-28');
  assert.ok(pursued.every((e) => !e.cameo.startsWith('15') || e.recipient.length > 0), JSON.stringify(dyadsOf(pursued)));
});

test('where an act is done from is no recipient, but whoever a reaction comes from is; Somaliland\'s president is a separatist, not Somalia\'s government', () => {
  const fromAbroad = codeAll('BANGKOK (Reuters) - Thaksin declared a state of emergency from New York on Tuesday.', '2006-09-20');
  assert.ok(fromAbroad.every((e) => !codesOf(e.recipient).includes('USA')), JSON.stringify(dyadsOf(fromAbroad)));
  const defied = code('BUENOS AIRES (Reuters) - President Cristina Fernandez moved to expropriate the oil company, defying warnings from Madrid.', '2012-04-16');
  assert.ok(defied.some((e) => codesOf(e.recipient).includes('ESP')), JSON.stringify(dyadsOf(defied)));
  const signed = code('ADDIS ABABA (Reuters) - Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed a memorandum of understanding on Monday.', '2024-01-02');
  assert.ok(signed.length > 0 && signed.every((e) => [...e.actor, ...e.recipient].every((a) => a.code !== 'SOM' || a.sector === 'SEP')), JSON.stringify(signed.map((e) => [e.actor, e.recipient])));
});

test('"by striking Asmara" is a means, not an agent; "more than 60 people have been killed" are its victims; an active verb after a passive goes with the speaker; a site toured is no one visited', () => {
  const struck = code('ASMARA (Reuters) - Eritrea\'s foreign minister said Ethiopia had started the air war by striking Asmara.', '1998-06-05');
  assert.ok(struck.some((e) => codesOf(e.actor).includes('ETH')) && struck.every((e) => !e.actor.some((a) => /striking/.test(a.text))), JSON.stringify(dyadsOf(struck)));
  const killed = code('TUNIS (Reuters) - Rights groups say more than 60 people have been killed by security forces.', '2011-01-15');
  assert.ok(killed.some((e) => e.recipient.some((a) => a.sector === 'CVL')) && killed.every((e) => !e.recipient.some((a) => a.sector === 'NGO')), JSON.stringify(killed.map((e) => [e.actor, e.recipient])));
  const accused = code('PARIS (Reuters) - Interior Minister Gerald Darmanin said more than 130 people had been arrested and accused Azerbaijan of stirring up separatists.', '2024-05-16');
  const accusation = accused.find((e) => e.cameo.startsWith('11'));
  assert.ok(accusation && accusation.actor.some((a) => a.sector === 'GOV'), JSON.stringify(accused.map((e) => [e.cameo, e.actor])));
  const toured = codeAll('JERUSALEM (Reuters) - Sharon toured the site on Thursday surrounded by hundreds of police.', '2000-09-28');
  assert.ok(toured.every((e) => !e.cameo.startsWith('04') || e.recipient.length === 0), JSON.stringify(dyadsOf(toured)));
});

test('an envoy a country summons is not its own: uncoded when the sentence does not say whose', () => {
  const bare = codeAll('BAMAKO (Reuters) - Mali\'s foreign ministry summoned Ambassador Joel Meyer on Monday to protest against remarks by French officials.', '2022-01-31');
  assert.ok(bare.every((e) => !e.recipient.some((a) => a.code === 'MLI')), JSON.stringify(dyadsOf(bare)));
  const named = code('BAMAKO (Reuters) - Mali\'s foreign ministry summoned France\'s ambassador, Joel Meyer, on Monday.', '2022-01-31');
  assert.ok(named.some((e) => codesOf(e.recipient).includes('FRA')), JSON.stringify(dyadsOf(named)));
});

test('suspending air, rail or road links with a country sanctions it', () => {
  const links = code('ROME (Reuters) - Italy announced a suspension of air links with Serbia on Wednesday.', '1992-01-08');
  assert.ok(links.some((e) => e.cameo === '163' && codesOf(e.recipient).includes('SRB')), JSON.stringify(links.map((e) => [e.cameo, e.recipient])));
  const rail = code('NEW DELHI (Reuters) - India halted rail and bus links with Pakistan on Friday.', '2001-12-21');
  assert.ok(rail.some((e) => e.cameo === '163' && codesOf(e.recipient).includes('PAK')), JSON.stringify(rail.map((e) => [e.cameo, e.recipient])));
});

test('words of conflict that are not force: a storming labelled, a crowd met by gunmen, an attack in words, a warning against escalation, politicians who clash', () => {
  const labelled = codeAll('LONDON (Reuters) - Prime Minister David Cameron called the storming outrageous and indefensible.', '2011-11-30');
  assert.ok(labelled.every((e) => e.event !== 'ASSAULT'), JSON.stringify(labelled.map((e) => e.cameo)));
  const met = codeAll('BAGHDAD (Reuters) - His followers stormed the palace, where they were met by security forces and gunmen.', '2022-08-30');
  assert.ok(met.every((e) => !e.cameo.startsWith('04')), JSON.stringify(met.map((e) => e.cameo)));
  const words = code('MEXICO CITY (Reuters) - The U.S. ambassador to Mexico, Carlos Pascual, resigned after President Felipe Calderon publicly attacked him over leaked cables.', '2011-03-19');
  const criticism = words.find((e) => e.eventText.includes('attacked'));
  assert.ok(criticism && criticism.cameo === '111' && codesOf(criticism.recipient).includes('USA'), JSON.stringify(words.map((e) => [e.cameo, e.recipient])));
  const warned = codeAll('BRUSSELS (Reuters) - The European Union called for restraint and warned against escalation.', '2019-09-15');
  assert.ok(warned.every((e) => !e.cameo.startsWith('13')), JSON.stringify(warned.map((e) => e.cameo)));
  const clash = code('MINSK (Reuters) - Belarusian President Alexander Lukashenko has clashed with the Kremlin in recent weeks over gas prices.', '2007-01-08');
  assert.ok(clash.length > 0 && clash.every((e) => e.event !== 'ASSAULT'), JSON.stringify(clash.map((e) => e.cameo)));
});

test('troops that arrive are deployed unless they come to help; travel advised against is not done; limiting visits reduces relations; "convicted him of" is done to him', () => {
  const arrived = code('KUWAIT CITY (Reuters) - The first U.S. soldiers arrived in Kuwait on Sunday to join tanks already there.', '1994-10-10');
  assert.ok(arrived.some((e) => e.cameo.startsWith('15')), JSON.stringify(arrived.map((e) => e.cameo)));
  const helping = code('KATHMANDU (Reuters) - Troops from the United States have arrived in Nepal to help deliver aid.', '2015-05-05');
  assert.ok(helping.every((e) => !e.cameo.startsWith('15')), JSON.stringify(helping.map((e) => e.cameo)));
  const advised = codeAll('MOSCOW (Reuters) - The Foreign Ministry advised Russian tourists against travelling to Georgia.', '2019-06-21');
  assert.ok(advised.every((e) => !e.cameo.startsWith('04')), JSON.stringify(advised.map((e) => e.cameo)));
  const limited = code('BRUSSELS (Reuters) - The European Union decided to limit high-level government visits to Cuba.', '2003-06-05');
  assert.ok(limited.some((e) => e.cameo.startsWith('16') && codesOf(e.recipient).includes('CUB')) && limited.every((e) => !e.cameo.startsWith('04')), JSON.stringify(limited.map((e) => e.cameo)));
  const convicted = code('ISLAMABAD (Reuters) - The Supreme Court disqualified Prime Minister Yousuf Raza Gilani. The court convicted him of contempt for refusing to ask Swiss authorities to reopen cases.', '2012-06-19');
  const conviction = convicted.find((e) => e.eventText.includes('convicted'));
  assert.ok(conviction && codesOf(conviction.recipient).includes('PAK'), JSON.stringify(dyadsOf(convicted)));
});

test('an inquiry into "the shooting of protesters" looks into the shooters, not the protesters', () => {
  const inquiry = codeAll('BAGHDAD (Reuters) - Prime Minister Mustafa al-Kadhimi praised the call for calm and ordered an investigation into the shooting of protesters.', '2022-08-30');
  assert.ok(inquiry.every((e) => !e.cameo.startsWith('09') || !e.recipient.some((a) => a.sector === 'CVL')), JSON.stringify(dyadsOf(inquiry)));
});

test('"the decision" later in an article is the lead\'s act; speakers named together are no victims; one "among those killed" is a victim', () => {
  const decision = code('HONIARA (Reuters) - Solomon Islands cut diplomatic ties with Taiwan on Monday and switched recognition to China. Taiwan said it would close its embassy in Honiara. In Beijing, a foreign ministry spokesman said China welcomed the decision.', '2019-09-16');
  const welcomed = decision.find((e) => e.eventText.includes('welcomed'));
  assert.ok(welcomed && codesOf(welcomed.recipient).includes('SLB'), JSON.stringify(dyadsOf(decision)));
  const said = codeAll('ANTANANARIVO (Reuters) - Presidential guards opened fire on opposition supporters on Saturday, killing at least 25 people, hospital officials and witnesses said.', '2009-02-07');
  assert.ok(said.every((e) => !e.recipient.some((a) => /officials/.test(a.text))), JSON.stringify(said.map((e) => e.recipient)));
  const among = codeAll('DILI (Reuters) - A foreign journalist said a New Zealand student was among those killed.', '1991-11-13');
  assert.ok(among.every((e) => !codesOf(e.actor).includes('NZL')), JSON.stringify(dyadsOf(among)));
});

test('people a doer-first pattern names last ("opened fire on a crowd of mourners") are its recipient before any place named after them', () => {
  const fired = code('JAKARTA (Reuters) - Indonesian troops opened fire on a crowd of mourners at a cemetery in Dili, the capital of East Timor, on Tuesday.', '1991-11-13');
  assert.ok(fired.some((e) => e.recipient.some((a) => a.sector === 'CVL')) && fired.every((e) => !e.recipient.some((a) => a.sector === 'GOV')), JSON.stringify(fired.map((e) => e.recipient)));
});

test('a place name is read from its first word: "Latin America\'s largest country" is not the United States', () => {
  const senate = code('BRASILIA, Sept 1 (Reuters) - The Senate voted on Wednesday to convict Rousseff of manipulating the budget, ending 13 years of Workers\' Party rule in Latin America\'s largest country.', '2016-09-01');
  assert.ok(senate.length > 0 && senate.every((e) => !codesOf(e.actor).includes('USA')), JSON.stringify(dyadsOf(senate)));
});

test('past a relative clause that opens a sentence, the main verb\'s subject is the noun the clause hangs on', () => {
  const gunmen = code('YEREVAN (Reuters) - Gunmen who burst into Armenia\'s parliament and killed the prime minister, the speaker and six other officials surrendered Thursday after an overnight standoff, freeing dozens of hostages.', '1999-10-28');
  const surrendered = gunmen.find((e) => e.eventText.includes('surrendered'));
  assert.ok(surrendered && surrendered.actor.every((a) => a.sector !== 'GOV'), JSON.stringify(gunmen.map((e) => [e.cameo, e.actor])));
  const appositive = codeAll('BANGKOK (Reuters) - Thaksin, a telecoms billionaire who won two elections, had faced months of street protests by Bangkok\'s middle classes accusing him of corruption.', '2006-09-20');
  const accusing = appositive.find((e) => e.eventText.includes('accusing'));
  assert.ok(!accusing || !accusing.actor.some((a) => a.text === 'Thaksin'), JSON.stringify(appositive.map((e) => [e.cameo, e.actor])));
});

test('violence named with "the" after a verb of telling ("announced the attack") is told, not done, by the teller', () => {
  const told = codeAll('CARACAS (Reuters) - Communications Minister Jorge Rodriguez first announced the attack on state television on Saturday.', '2018-08-05');
  assert.ok(told.every((e) => e.event !== 'ASSAULT'), JSON.stringify(dyadsOf(told)));
});

test('aid two parties pledge together is for a third, not for each other', () => {
  const pledged = codeAll('MOGADISHU (Reuters) - Britain and the European Union also pledged new funds on Wednesday.', '2011-07-20');
  assert.ok(pledged.every((e) => !(codesOf(e.actor).includes('GBR') && codesOf(e.recipient).includes('IGO'))), JSON.stringify(dyadsOf(pledged)));
});

test('war games are exercises, troops that remain on alert raise their alert, and an act named with a past year is history', () => {
  const games = code('CAIRO (Reuters) - French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.', '1990-01-08');
  assert.ok(games.length > 0 && games.every((e) => e.event !== 'ASSAULT'), JSON.stringify(games.map((e) => e.cameo)));
  const alert = code('PHNOM PENH (Reuters) - Cambodian troops remained on alert in case of more fighting.', '2011-02-08');
  assert.ok(alert.some((e) => e.cameo.startsWith('15')), JSON.stringify(alert.map((e) => e.cameo)));
  const history = codeAll('ATHENS (Reuters) - Athens says the islets passed to Greece under the 1947 Paris peace treaty with Italy.', '1996-01-31');
  assert.ok(history.every((e) => !e.cameo.startsWith('05')), JSON.stringify(dyadsOf(history)));
});

test('settlements evacuated are given up (08; intended, 03); Burundi\'s FDD is a Burundian rebel group', () => {
  const evacuate = code('JERUSALEM (Reuters) - Israel will evacuate all 21 settlements in the Gaza Strip by the end of the year.', '2005-02-20');
  assert.ok(evacuate.some((e) => /^0(3|8)/.test(e.cameo) && codesOf(e.actor).includes('ISR')), JSON.stringify(evacuate.map((e) => [e.cameo, e.actor])));
  const fdd = codeAll('BUJUMBURA (Reuters) - The Forces for Defence of Democracy (FDD) attacked an army post near the capital on Tuesday.', '2002-05-10');
  assert.ok(fdd.some((e) => e.actor.some((a) => a.code === 'BDI' && a.sector === 'REB')), JSON.stringify(fdd.map((e) => e.actor)));
});

test('violence that names no one it was done to is done to the country where it happened', () => {
  // Rebels in their own country, the town they took named by no actor: a domestic act, done to their own country.
  const seized = code('MAPUTO (Reuters) - Rebels seized the town on Monday after a night of fighting.', '2004-04-20');
  assert.deepEqual(dyadsOf(seized), ['192 MOZ>MOZ']);
  assert.ok(seized[0]!.recipient[0]!.implicit, 'implied, not named');
  // Not when the sentence names another country: "near the Rwandan border" may be whom it was done to.
  assert.deepEqual(code('GOMA (Reuters) - Rebels seized the town near the Rwandan border on Monday.', '2004-04-20').filter((e) => e.cameo.startsWith('19')).map((e) => codesOf(e.recipient)), []);
  // A state's jets firing near an airport in the dateline's country fired on that country.
  const jets = code('ASMARA (Reuters) - Two Ethiopian jets fired rockets near the airport on Tuesday, witnesses said.', '2000-05-20');
  const fired = jets.find((e) => e.cameo.startsWith('19'));
  assert.deepEqual([codesOf(fired?.actor ?? []), codesOf(fired?.recipient ?? [])], [['ETH'], ['ERI']], JSON.stringify(jets));
  assert.ok(fired!.recipient[0]!.implicit, 'the country where it happened is implied, not named');
  // A bombing's victims often go unnamed: it stands without one.
  const bomb = code('KABUL (Reuters) - The Taliban set off a roadside bomb in Kandahar on Friday, police said.', '2005-03-12');
  assert.ok(bomb.some((e) => e.cameo.startsWith('183') && codesOf(e.actor).includes('AFG') && e.recipient.length === 0), JSON.stringify(bomb.map((e) => [e.cameo, e.actor, e.recipient])));
});

test('an attack told again with only the country where it happened is the same act as the one naming its target', () => {
  const side = (code: string, text = code) => ({ text, name: code, code, sector: null, start: text ? 0 : -1, end: text ? text.length : -1, org: undefined, implicit: text ? undefined : (true as const) });
  const event = (cameo: string, recipient: ReturnType<typeof side>[]): CodedEvent => ({
    id: 'x', docId: 'x', date: '2000-05-20', eventDate: null, sentenceIndex: 0, text: 's', event: 'ASSAULT', mode: '', context: [], cameo,
    goldstein: -10, ploverScore: -8, quadClass: 4, actor: [side('ETH')], recipient, eventText: 'e', eventSpan: [0, 1], pattern: 'p', confidence: 0.9, location: null,
  } as unknown as CodedEvent);
  const named = event('194', [side('ERI')]);
  const placeOnly = event('190', [side('ERI', '')]);
  placeOnly.eventSpan = [5, 6];
  const other = event('190', [side('SOM', '')]);
  other.actor = [side('KEN')];
  other.eventSpan = [7, 8];
  // (Told before the named one, it is another act.)
  const before = event('190', [side('ERI', '')]);
  before.eventSpan = [0, 0];
  named.eventSpan = [2, 3];
  const events = [before, named, placeOnly, other];
  attacksToldOnce(events);
  assert.deepEqual(events, [before, named, other]);
});

test('an act its clause dates to a year before the article\'s is history recalled, not coded', () => {
  const cyprus = code('NICOSIA (Reuters) - Greek Cypriots voted on Saturday on a U.N. plan to reunite the island. Cyprus has been divided since 1974, when Turkish troops invaded the north after a coup.', '2004-04-24');
  assert.ok(!cyprus.some((e) => e.eventText === 'invaded'), JSON.stringify(cyprus.map((e) => [e.eventText, e.eventDate])));
  // (The year is the war's, not the indictment's after the comma.)
  const warlord = code('MONROVIA (Reuters) - Liberia\'s president Charles Taylor, a former warlord who launched a civil war in 1989, was indicted in June by a court in Sierra Leone.', '2003-08-01');
  assert.ok(!warlord.some((e) => e.cameo.startsWith('19') || e.cameo.startsWith('20')), JSON.stringify(dyadsOf(warlord)));
  assert.equal(warlord.find((e) => e.cameo === '1121')?.eventDate, '2003-06-01');
  // (Nor the cancelling of a deal, whose year is the deal's: "agreed in 2016" is another verb's time.)
  const deal = code('CANBERRA (Reuters) - Australia on Wednesday cancelled a deal agreed in 2016 with France to build 12 submarines.', '2021-09-17');
  assert.ok(deal.some((e) => e.eventText.includes('cancelled') && e.eventDate === '2021-09-15'), JSON.stringify(deal.map((e) => [e.cameo, e.eventText, e.eventDate])));
  // "since 1996" dates nothing on its own: the worst unrest since then is today's.
  const unrest = code('NICOSIA (Reuters) - Protesters clashed with police in Nicosia on Sunday in the worst unrest since 1996.', '2004-04-26');
  assert.ok(unrest.some((e) => e.cameo.startsWith('14') && e.eventDate === '2004-04-25'), JSON.stringify(unrest.map((e) => [e.cameo, e.eventDate])));
});

test('a capital where violence happened, or a place a direction is taken from, is no recipient; a capital fired at is', () => {
  const post = codeAll('KABUL (Reuters) - Gunmen attacked a police post 20 km north of Kabul on Monday.', '2008-04-20');
  assert.ok(post.some((e) => e.cameo.startsWith('18')) && post.every((e) => !e.recipient.some((a) => a.text === 'Kabul')), JSON.stringify(dyadsOf(post)));
  const rockets = code('KABUL (Reuters) - Taliban fighters fired rockets at Kabul on Monday.', '2008-04-20');
  assert.deepEqual(dyadsOf(rockets), ['194 AFG>AFG']);
  assert.equal(rockets[0]!.recipient[0]!.sector, 'GOV');
  // (Another country's capital is the country's: a bombing there was done to it.)
  assert.ok(codeAll('GAZA (Reuters) - Hamas carried out a bombing in Jerusalem on Monday.', '2003-06-20').some((e) => e.cameo.startsWith('183') && codesOf(e.recipient).join() === 'ISR'));
  // (A curfew threatened in a capital is still imposed on it.)
  const curfew = code('ALGIERS (Reuters) - The president threatened to impose a curfew in Algiers after days of rioting.', '2001-06-20');
  assert.ok(curfew.some((e) => e.recipient.some((a) => a.text === 'Algiers')), JSON.stringify(dyadsOf(curfew)));
});

test('regret over another\'s act is disapproval; a blocked text says nothing; "the city\'s" people are of the city named', () => {
  const regret = codeAll('SEOUL (Reuters) - South Korea\'s Foreign Ministry expressed regret over North Korea\'s missile test.', '2009-06-09');
  assert.ok(regret.some((e) => e.cameo === '110' && codesOf(e.actor).join() === 'KOR') && regret.every((e) => !e.cameo.startsWith('055')), JSON.stringify(dyadsOf(regret)));
  const blocked = codeAll('UNITED NATIONS (Reuters) - China and Russia blocked a draft statement condemning the killings of civilians.', '2019-06-05');
  assert.ok(blocked.every((e) => !e.cameo.startsWith('11')), JSON.stringify(dyadsOf(blocked)));
  assert.ok(blocked.every((e) => !e.recipient.some((a) => /killings/.test(a.text))), 'what the text is about is not whom blocking it was done to');
  // (A text adopted says what it says.)
  const adopted = code('UNITED NATIONS (Reuters) - The Security Council adopted a resolution condemning Syria.', '2019-06-05');
  assert.ok(adopted.some((e) => e.cameo.startsWith('11') && codesOf(e.recipient).join() === 'SYR'), JSON.stringify(dyadsOf(adopted)));
  const curfew = code('RAMALLAH, West Bank (Reuters) - Israel declared Ramallah a closed military zone and imposed a curfew on the city\'s residents.', '2002-03-29');
  assert.ok(curfew.some((e) => e.cameo.startsWith('17') && codesOf(e.recipient).join() === 'PSE'), JSON.stringify(dyadsOf(curfew)));
});

test('a trip within one\'s own country, or home, is no visit between two sides', () => {
  assert.deepEqual(code('TASHKENT (Reuters) - President Shavkat Mirziyoyev flew to Nukus on Saturday and met local elders.', '2022-07-04').filter((e) => e.cameo === '042'), []);
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - Putin visited Chechnya on Tuesday. Putin visited China on Wednesday.', '2022-07-04').filter((e) => e.cameo === '042')), ['042 RUS>CHN']);
});

test('a time that opens a sentence with no comma is not part of the name after it', () => {
  const evs = code('MOSCOW (Reuters) - On Wednesday Putin visited China. Last week Iran seized a British tanker.', '2022-07-04');
  assert.deepEqual(evs.map((e) => e.actor.map((a) => a.text).join()), ['Putin', 'Iran']);
});

test('one phrase read as both sides is no act between two, unless a body acts within itself on purpose', () => {
  const killed = codeAll('KABUL (Reuters) - Protesters attacked a United Nations compound, and police said at least two people were killed when guards opened fire.', '2012-02-25');
  assert.ok(killed.every((e) => !e.actor.some((a) => e.recipient.some((b) => b.start >= 0 && a.start === b.start && a.end === b.end))), JSON.stringify(dyadsOf(killed)));
  const side = { text: 'leadership', name: 'leadership', code: 'PAK', sector: 'GOV', start: 4, end: 14, org: undefined, implicit: undefined };
  const within = { actor: [side], recipient: [] as typeof side[] } as unknown as CodedEvent;
  within.recipient = within.actor;
  const twice = { actor: [side], recipient: [{ ...side }] } as unknown as CodedEvent;
  const events = [within, twice];
  oneSideTwice(events);
  assert.deepEqual(events, [within]);
});

test('"Indians" in a story from the Americas are the country\'s indigenous people, not India\'s; an Indian diplomat is India\'s', () => {
  const quito = codeAll('QUITO, Ecuador (Reuters) - Thousands of Amazon Indians blocked roads on Friday. Indians marched on Congress.', '2000-01-22');
  assert.ok(quito.length >= 2 && quito.every((e) => codesOf(e.actor).join() === 'ECU'), JSON.stringify(dyadsOf(quito)));
  const ottawa = code('OTTAWA (Reuters) - Canada expelled a top Indian diplomat on Monday.', '2023-09-19');
  assert.deepEqual(dyadsOf(ottawa), ['161 CAN>IND']);
});

test('"the court" after an international court is named is that court; Jewish settlers are Israeli civilians', () => {
  const icj = code('THE HAGUE (Reuters) - The International Court of Justice ordered Myanmar on Thursday to protect the Rohingya. The court also ordered Myanmar to report on the steps it has taken.', '2020-01-23');
  assert.ok(icj.filter((e) => e.actor.some((a) => a.text === 'court')).every((e) => codesOf(e.actor).join() === 'IGO'), JSON.stringify(dyadsOf(icj)));
  assert.ok(icj.some((e) => e.actor.some((a) => a.text === 'court')));
  // (With no international court named, a court is the country's.)
  assert.deepEqual(dyadsOf(code('CAIRO (Reuters) - The court sentenced the activist to seven years in prison.', '2008-07-22')).map((d) => d.split(' ')[1]), ['EGY>EGY']);
  const hebron = code('HEBRON, West Bank (Reuters) - A Jewish settler opened fire on Muslims praying at a mosque on Friday, killing at least 29 people.', '1994-02-25');
  assert.ok(hebron.some((e) => e.actor.some((a) => a.code === 'ISR' && a.sector === 'CVL')), JSON.stringify(hebron.map((e) => e.actor)));
});

test('ECOWAS\'s armed force (ECOMOG, "the West African force") is the bloc\'s, not the troops of where it serves', () => {
  const evs = code('MONROVIA (Reuters) - Taylor\'s rebels fired mortar rounds at ECOMOG troops on Friday.', '1990-08-25');
  assert.ok(evs.some((e) => e.recipient.some((a) => a.code === 'IGO' && a.org === 'ECOWAS' && a.sector === 'MIL')), JSON.stringify(evs.map((e) => e.recipient)));
});

test('an arrest warrant accuses of a crime; it threatens no one', () => {
  const evs = code('THE HAGUE (Reuters) - The International Criminal Court issued an arrest warrant on Wednesday for Sudan\'s President Omar al-Bashir.', '2009-03-04');
  assert.deepEqual(evs.map((e) => [e.cameo, e.event]), [['1121', 'ACCUSE']]);
});

test('defending someone at a hearing or before a court is done in words (052), not with arms (074)', () => {
  assert.deepEqual(code('THE HAGUE (Reuters) - Aung San Suu Kyi defended Myanmar at hearings in December.', '2020-01-23').map((e) => e.cameo), ['052']);
  assert.deepEqual(code('ANKARA (Reuters) - Turkish troops defended Azerbaijan against the attack.', '2020-10-01').map((e) => e.cameo), ['074']);
});

test('charging, indicting and trying someone accuse them of a crime (PLOVER ACCUSE "allege"); an arrest coerces', () => {
  const evs = code('KAMPALA (Reuters) - Ugandan opposition leader Kizza Besigye was charged with treason on Tuesday, a day after police arrested him.', '2005-11-22');
  assert.deepEqual(evs.map((e) => [e.cameo, e.event]).sort(), [['1121', 'ACCUSE'], ['173', 'COERCE']]);
  // (With no accuser named, the authorities of the place charged him, as they arrest.)
  assert.ok(evs.every((e) => codesOf(e.actor).join() === 'UGA'), JSON.stringify(dyadsOf(evs)));
});

test('troops that will leave have not left, whether the pattern opens with them or a relative clause stands before "will"', () => {
  assert.deepEqual(codeAll('MOSCOW (Reuters) - The last Russian troops will leave Estonia by August 31.', '1994-07-26').map((e) => e.cameo), ['035']);
  const rwanda = codeAll('PRETORIA (Reuters) - Rwanda, which says the militias threaten its security, will pull out its forces from Congo.', '2002-07-30');
  assert.ok(rwanda.some((e) => e.cameo === '035') && rwanda.every((e) => !e.cameo.startsWith('08')), JSON.stringify(rwanda.map((e) => e.cameo)));
});

test('"the two leaders" with no parties known are no one\'s, not the dateline country\'s; "declined to say" rejects nothing', () => {
  const evs = codeAll('SINGAPORE (Reuters) - An official said the two leaders had agreed to set up a hotline.', '2015-11-07');
  assert.ok(evs.every((e) => !e.actor.some((a) => a.code === 'SGP')), JSON.stringify(dyadsOf(evs)));
  assert.deepEqual(codeAll('TASHKENT (Reuters) - The minister declined to say how many American troops would be based in the country.', '2001-10-05').map((e) => e.cameo), []);
});

test('opening a border or bridge to let aid through allows humanitarian access (0863) to whom the aid goes', () => {
  assert.deepEqual(dyadsOf(code('TERMEZ (Reuters) - Uzbekistan opened the border crossing on Sunday to allow the delivery of food aid to Afghanistan.', '2001-12-10')), ['0863 UZB>AFG']);
});

test('opposing what someone proposes rejects it, and "is opposed to" is no passive; opposing a war disapproves', () => {
  assert.deepEqual(dyadsOf(code('JERUSALEM (Reuters) - Israel is opposed to Egyptian mediation in the dispute.', '2000-01-12')), ['120 ISR>EGY']);
  assert.deepEqual(code('BERLIN (Reuters) - Germany opposes the war.', '2003-03-01').map((e) => e.cameo).concat(codeAll('BERLIN (Reuters) - Germany opposes the war.', '2003-03-01').map((e) => e.cameo)).filter((c) => c.startsWith('12')), []);
});

test('a reminder of what another must do demands it', () => {
  assert.deepEqual(dyadsOf(code('PARIS (Reuters) - President Jacques Chirac reminded Iran on Saturday that it must respect its commitments.', '1998-01-10')), ['100 FRA>IRN']);
});

test('a capital\'s name in an article about another country with a city of that name is that city (Tripoli, Lebanon)', () => {
  const lebanon = codeAll('BEIRUT (Reuters) - Syrian officers ended mediation efforts between rival militias in Tripoli as shells crashed into the north Lebanese port.', '1985-10-01');
  assert.ok(lebanon.length > 0 && lebanon.every((e) => !e.recipient.some((a) => a.code === 'LBY')), JSON.stringify(dyadsOf(lebanon)));
  // (Named in a story about Libya, it is Libya's capital.)
  assert.deepEqual(dyadsOf(code('TRIPOLI (Reuters) - French jets struck Tripoli on Sunday.', '2011-03-20')), ['195 FRA>LBY']);
});

test('what would happen "as soon as" or "once" something happens has not happened; "as soon as possible" is no condition', () => {
  assert.deepEqual(codeAll('SARAJEVO (Reuters) - The U.N. commander said peacekeepers would move onto the airfield as soon as both sides respected a ceasefire.', '1992-06-28').filter((e) => e.cameo.startsWith('087')), []);
  assert.deepEqual(dyadsOf(codeAll('HANOI (Reuters) - Vietnam will keep helping U.S. teams as soon as possible.', '1995-07-12')).map((d) => d.split(' ')[1]), ['VNM>USA']);
});

test('a protest its clause says is against a country ("anti-French slogans") is aimed at that country\'s government', () => {
  assert.deepEqual(dyadsOf(code('ABECHE, Chad (Reuters) - Hundreds of protesters rallied in Abeche on Sunday, chanting anti-French slogans.', '2007-11-04')), ['141 TCD>FRA']);
  // (With no such word, at their own.)
  assert.deepEqual(dyadsOf(code('SEOUL (Reuters) - Thousands of students protested in Seoul on Sunday.', '2007-11-04')), ['141 KOR>KOR']);
});

test('the government a country\'s own opposition, parliament or people act towards is their own, wherever the story is filed', () => {
  const evs = code('PYONGYANG (Reuters) - Conservative opposition lawmakers in Seoul warned the president not to make concessions.', '2000-06-13');
  assert.deepEqual(dyadsOf(evs), ['130 KOR>KOR']);
  assert.equal(evs[0]!.recipient[0]!.sector, 'GOV');
});

test('a leader welcomed or greeted at the airport is a guest hosted (043), not a decision praised', () => {
  assert.deepEqual(dyadsOf(code('PYONGYANG (Reuters) - Kim Jong Il greeted South Korean President Kim Dae-jung at the airport on Tuesday.', '2000-06-13')), ['043 PRK>KOR']);
});

test('a warning a state gives its own people is advice, no threat; warning another country is one', () => {
  const evs = codeAll('WASHINGTON (Reuters) - The U.S. State Department warned Americans against travel to Kingston. Russia warned Ukraine against joining NATO.', '2010-05-25');
  assert.deepEqual(dyadsOf(evs.filter((e) => e.cameo.startsWith('13'))), ['130 RUS>UKR']);
});

test('"the bombings" condemned are the bombs the article told of, when it told of no air strikes', () => {
  // (Violence by another told in between: "the bombings" are still the militants'.)
  const evs = codeAll('TASHKENT (Reuters) - Islamic militants set off car bombs in central Tashkent on Tuesday, killing 13 people. Karimov\'s government has waged a violent campaign against Muslims. The U.S. Embassy condemned the bombings.', '1999-02-16');
  const condemned = evs.find((e) => e.cameo.startsWith('11'));
  assert.ok(condemned && condemned.recipient.every((a) => a.sector !== 'GOV'), JSON.stringify(dyadsOf(evs)));
});

test('the forces a side yields or stands down are its own, no recipient; not those it makes a truce with', () => {
  // (Intended and with no one else named, the concession is held back: who it is made to is not known.)
  assert.deepEqual(dyadsOf(code('DAMASCUS (Reuters) - Syria agreed on Wednesday to withdraw troops from cities.', '2011-11-03')), []);
  assert.deepEqual(dyadsOf(code('COLOMBO (Reuters) - The Tamil Tiger rebels agreed to a ceasefire with government troops on Friday.', '2002-02-22')), ['0356 LKA>LKA']);
  // ("agreed to a ceasefire and to withdraw": the second infinitive is agreed as much, no withdrawal done.)
  const hodeidah = code('SANAA (Reuters) - The government and the Houthi movement agreed on Thursday to a ceasefire and to withdraw their forces.', '2018-12-13');
  assert.ok(hodeidah.every((e) => !e.cameo.startsWith('087')), JSON.stringify(dyadsOf(hodeidah)));
});

test('army mutineers are rebels; the ship a ceasefire was signed aboard is where, not with whom', () => {
  const evs = code('BISSAU (Reuters) - Guinea-Bissau\'s government and army mutineers signed a ceasefire on Sunday aboard a Portuguese navy frigate.', '1998-07-26');
  assert.deepEqual(dyadsOf(evs).sort(), ['0871 GNB>GNB', '0871 GNB>GNB']);
  assert.ok(evs.every((e) => e.recipient.every((a) => a.code !== 'PRT')) && evs.some((e) => e.actor.some((a) => a.sector === 'REB')));
});

test('replacing an official is no concession; resigning is', () => {
  const evs = code('MASERU (Reuters) - Thabane named a new army commander on Friday to replace Lieutenant-General Tlali Kamoli. Interior Minister Mothetjoa Metsing resigned on Saturday.', '2014-08-31');
  assert.deepEqual(evs.filter((e) => e.cameo === '0831').map((e) => e.eventText), ['resigned']);
});

test('forces said to be on their way threaten no one; violence another foretells is no threat of the doer\'s; a vow is', () => {
  assert.deepEqual(dyadsOf(codeAll('CANBERRA (Reuters) - Australian Prime Minister Kevin Rudd said Canberra would send more troops and police to East Timor.', '2008-02-12')).filter((d) => d.startsWith('13')), []);
  const foretold = code('COLOMBO (Reuters) - Indian analysts said the Tamil Tigers would retaliate against Sri Lanka.', '2006-08-12');
  assert.ok(foretold.every((e) => !(e.cameo.startsWith('13') && e.actor.some((a) => a.sector === 'REB'))), JSON.stringify(dyadsOf(foretold)));
  assert.deepEqual(dyadsOf(code('SANAA (Reuters) - The Houthi movement vowed to hit back at the United States.', '2024-01-12')), ['138 YEM>USA']);
});

test('an act denied did not happen, and refuses nothing; a stance held in the present is no act of the day', () => {
  const denied = code('KABUL (Reuters) - Pakistan denies supporting the Taliban.', '1995-09-07');
  assert.deepEqual(dyadsOf(denied), []);
  assert.deepEqual(dyadsOf(code('BELGRADE (Reuters) - Serbia does not recognise Kosovo.', '2013-04-19')), []);
  assert.deepEqual(dyadsOf(code('KABUL (Reuters) - Pakistan refused to recognise the Kabul government on Monday.', '1995-09-07')), ['120 PAK>AFG']);
});

test('"saying it ..." after a clause refers to the clause\'s subject, not the object before the comma', () => {
  const evs = codeAll('KABUL (Reuters) - Pakistan denies supporting the Taliban, saying it backs a negotiated settlement among all Afghan factions.', '1995-09-07');
  const backs = evs.find((e) => e.eventText.includes('backs'));
  assert.ok(backs && codesOf(backs.actor).join() === 'PAK', JSON.stringify(dyadsOf(evs)));
});

test('a participle of harm after a passive is not its subject\'s doing; nor after a passive relative clause', () => {
  const heli = codeAll('TBILISI (Reuters) - A United Nations helicopter carrying military observers was shot down over the Kodori gorge on Monday, killing all nine people on board.', '2001-10-09');
  assert.ok(heli.every((e) => !e.actor.some((a) => a.text.includes('helicopter'))), JSON.stringify(dyadsOf(heli)));
  const dili = code('DILI (Reuters) - On Thursday soldiers opened fire on a group of police officers who had surrendered their weapons and were being escorted from police headquarters by U.N. staff, killing at least nine.', '2006-05-26');
  assert.ok(dili.filter((e) => e.eventText.startsWith('killing')).every((e) => e.actor.every((a) => a.sector === 'MIL')), JSON.stringify(dyadsOf(dili)));
  // (An active relative clause's subject acts: the protesters threw the stones.)
  const stones = codeAll('ATHENS (Reuters) - Riot police fired tear gas at several hundred protesters who tried to break through a police cordon, throwing stones and flares.', '2018-06-17');
  assert.ok(stones.some((e) => e.eventText.startsWith('throwing') && e.actor.every((a) => a.sector === 'CVL')), JSON.stringify(dyadsOf(stones)));
});

test('fighting between two sides is one against the other, whoever the sentence names first', () => {
  const evs = code('PRISTINA (Reuters) - More than 2,000 people have been killed in a year of fighting between Serbian security forces and the KLA.', '1999-02-23');
  assert.deepEqual(dyadsOf(evs), ['190 SRB>XKX']);
  // (A mediator between two capitals is neither.)
  const shuttle = code('BEIRUT (Reuters) - French Foreign Minister Herve de Charette has been shuttling between Beirut and Damascus.', '1996-04-20');
  assert.ok(shuttle.every((e) => e.actor.every((a) => a.code === 'FRA')), JSON.stringify(dyadsOf(shuttle)));
});

test('crowds that dance and honk horns celebrate; they protest against no one', () => {
  assert.deepEqual(dyadsOf(code('YEREVAN (Reuters) - Tens of thousands of people poured into Republic Square, hugging, dancing and honking car horns.', '2018-04-23')), []);
  assert.deepEqual(dyadsOf(code('YEREVAN (Reuters) - Tens of thousands of people poured into the streets to protest against the government.', '2018-04-23')), ['141 ARM>ARM']);
  // (Those who celebrate in another part of the sentence leave a protest one: "..., while relatives celebrated".)
  const santiago = code('SANTIAGO (Reuters) - Dozens of Pinochet supporters gathered outside the British embassy, burning a British flag, while relatives of his victims celebrated in the city centre.', '1998-11-25');
  assert.ok(santiago.some((e) => e.cameo.startsWith('14')), JSON.stringify(dyadsOf(santiago)));
});

test('a country\'s name inside a sea\'s is no country: "the Gulf of Guinea" is not Guinea', () => {
  const evs = code('YAOUNDE (Reuters) - Nigerian soldiers attacked Cameroonian positions on the peninsula in the Gulf of Guinea, killing several soldiers.', '1996-02-20');
  assert.ok(evs.every((e) => [...e.actor, ...e.recipient].every((a) => a.code !== 'GIN')), JSON.stringify(dyadsOf(evs)));
});

test('arms that back troops give them no support, and the troops, not the arms, act', () => {
  assert.deepEqual(dyadsOf(code('NAIROBI (Reuters) - Kenyan troops backed by tanks and helicopters attacked al Shabaab militants in southern Somalia on Monday.', '2011-10-17')).filter((d) => d.startsWith('05')), []);
  const arty = code('YAOUNDE (Reuters) - Nigerian soldiers backed by artillery attacked Cameroonian positions on Monday.', '1996-02-20');
  assert.ok(arty.some((e) => e.cameo.startsWith('19') && codesOf(e.actor).join() === 'NGA'), JSON.stringify(dyadsOf(arty)));
});

test('the KLA are Kosovo Albanian rebels; Bosnian Serb forces fought the Bosnian state', () => {
  const evs = code('SARAJEVO (Reuters) - Bosnian Serb forces shelled Sarajevo on Monday. The KLA attacked a Serbian police patrol.', '1995-05-08');
  const sides = evs.flatMap((e) => e.actor.map((a) => `${a.code}/${a.sector}`));
  assert.ok(sides.includes('BIH/SEP') && sides.includes('XKX/REB'), JSON.stringify(dyadsOf(evs)));
});

test('"the regional bloc" is the international body the article named', () => {
  const evs = code('MONROVIA (Reuters) - ECOWAS sent troops to Liberia on Monday. The regional bloc has also backed an interim government headed by Amos Sawyer.', '1990-09-10');
  const backed = evs.find((e) => e.eventText === 'backed');
  assert.ok(backed && backed.actor.every((a) => a.code === 'IGO'), JSON.stringify(dyadsOf(evs)));
});

test('ethnic Albanians in a Kosovo story are Kosovo\'s people, not Albania\'s', () => {
  const evs = code('PRISTINA (Reuters) - NATO troops entered Kosovo on Saturday. Ethnic Albanians cheered the NATO troops in Prizren and other towns.', '1999-06-12');
  assert.ok(evs.some((e) => e.actor.some((a) => a.text === 'Ethnic Albanians' && a.code === 'XKX')), JSON.stringify(dyadsOf(evs)));
});

test('arms that are a told clause\'s subject are not the teller\'s', () => {
  const evs = codeAll('BAGHDAD (Reuters) - Iraqi officials said at least three missiles went astray and struck nearby homes, killing eight civilians.', '1993-06-27');
  assert.ok(evs.every((e) => !e.actor.some((a) => a.text === 'Iraqi officials')), JSON.stringify(dyadsOf(evs)));
});

test('talks told by their breakdown are no meeting; mediators who broker together are not each other\'s recipients', () => {
  assert.deepEqual(dyadsOf(code('MEXICO CITY (Reuters) - Negotiations between the government and the Zapatista rebels broke down last year.', '1997-12-26')).filter((d) => d.startsWith('04')), []);
  assert.deepEqual(dyadsOf(code('MEXICO CITY (Reuters) - Negotiations between the government and the Zapatista rebels resumed on Monday.', '1997-12-26')), ['046 MEX>MEX']);
  const vance = code('SKOPJE (Reuters) - U.S. mediator Cyrus Vance and U.N. officials have been trying to broker an agreement on the name dispute.', '1994-02-17');
  assert.ok(vance.every((e) => !(codesOf(e.actor).join() === 'USA' && codesOf(e.recipient).join() === 'IGO')), JSON.stringify(dyadsOf(vance)));
});

test('what a recommendation says should be done is not done; what a demand says is demanded', () => {
  const oas = code('WASHINGTON (Reuters) - The resolution endorsed recommendations by the OAS chief that the two neighbours withdraw forces from the area and resume talks.', '2010-11-12');
  assert.ok(oas.every((e) => !/^0(4|87)/.test(e.cameo)), JSON.stringify(dyadsOf(oas)));
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - The United States demanded that Nicaragua withdraw its forces from the area.', '2010-11-12')), ['106 USA>NIC']);
});

test('insisting that something is so asserts it; insisting on a course of action demands it', () => {
  assert.deepEqual(dyadsOf(code('KINSHASA (Reuters) - Information Minister Dominique Sakombi Inongo insisted the president was alive.', '2001-01-17')), []);
  assert.deepEqual(dyadsOf(code('PARIS (Reuters) - France insisted on an investigation by Iraq.', '1993-01-17')), ['101 FRA>IRQ']);
});

test('a finite verb in a list after a comma shares the list\'s subject, not the appositive before it', () => {
  const evs = code('YANGON (Reuters) - The government also detained the party\'s deputy leader, Tin Oo, closed NLD offices across the country and shut universities.', '2003-06-02');
  const closed = evs.find((e) => e.eventText.startsWith('closed'));
  assert.ok(closed && closed.actor.every((a) => a.sector === 'GOV' && a.text === 'government'), JSON.stringify(dyadsOf(evs)));
});

test('a warning to their own citizens is advice; a role set off by commas is no act; one who commands an international force acts for it', () => {
  assert.deepEqual(dyadsOf(code('PARIS (Reuters) - The United States, Britain, Russia and Japan have warned their citizens to be careful in France.', '2005-11-08')), []);
  assert.deepEqual(dyadsOf(code('TOKYO (Reuters) - Japan, Myanmar\'s largest aid donor, summoned the Myanmar ambassador in Tokyo.', '2003-06-02')), ['114 JPN>MMR']);
  assert.deepEqual(dyadsOf(code('PRISTINA (Reuters) - British Lt. Gen. Mike Jackson, the KFOR commander, met the Russian commander at the airport.', '1999-06-12')), ['040 IGO>RUS']);
  assert.ok(code('MOGADISHU (Reuters) - The U.N. force commander, Turkish Lieutenant-General Cevik Bir, put his troops on high alert on Sunday.', '1993-06-06').every((e) => e.actor.every((a) => a.code !== 'TUR')));
});

test('soldiers who overthrow a president are of his country', () => {
  const evs = code('BAMAKO (Reuters) - ECOWAS imposed sanctions on Niger after soldiers overthrew President Mohamed Bazoum on Wednesday.', '2023-07-30');
  const coup = evs.find((e) => e.eventText === 'overthrew');
  assert.ok(coup && codesOf(coup.actor).join() === 'NER', JSON.stringify(dyadsOf(evs)));
});

test('an act talks are about is not done; a convoy that meets people holds no talks', () => {
  const paris = code('MOSCOW (Reuters) - Chancellor Angela Merkel and President Vladimir Putin are due to meet in Paris for talks on ending the conflict in eastern Ukraine.', '2015-10-01');
  assert.ok(paris.every((e) => !e.cameo.startsWith('08')), JSON.stringify(dyadsOf(paris)));
  const convoy = code('YANGON (Reuters) - Four people were killed on Friday night when Suu Kyi\'s convoy met government supporters near the town of Depayin.', '2003-06-02');
  assert.ok(convoy.every((e) => !e.cameo.startsWith('04')), JSON.stringify(dyadsOf(convoy)));
});

test('a ban on a country\'s goods is an embargo on it; what happens every year is no one event; "would keep" is intended', () => {
  assert.deepEqual(dyadsOf(code('BEIJING (Reuters) - China imposed a blanket ban on seafood imports from Japan on Thursday.', '2023-08-24')), ['163 CHN>JPN']);
  assert.deepEqual(dyadsOf(code('RIYADH (Reuters) - Saudi Arabia banned Lebanese fruit and vegetables on Friday.', '2021-10-29')), ['163 SAU>LBN']);
  assert.deepEqual(dyadsOf(code('STEPANAKERT (Reuters) - Sniper fire along the line of contact kills soldiers on both sides every year.', '2010-06-19')), []);
  assert.deepEqual(dyadsOf(code('TBILISI (Reuters) - Thousands of people have rallied outside parliament every night for a month.', '2019-07-20')), ['141 GEO>GEO']);
  assert.ok(code('CARACAS (Reuters) - Ahmadinejad said Iran and Venezuela would keep cooperating despite the pressure.', '2012-01-09').every((e) => e.cameo.startsWith('03')));
});

test('"the embassy" is the one named before; "the two countries" are states, not a court named beside them', () => {
  const embassy = code('BAGHDAD (Reuters) - Iraq expelled the Swedish ambassador on Thursday after protesters stormed the Swedish embassy in Baghdad. Hundreds of supporters of Moqtada al-Sadr gathered outside the embassy shortly after midnight.', '2023-07-20');
  assert.ok(embassy.filter((e) => e.cameo.startsWith('14')).every((e) => e.recipient.every((a) => a.code === 'SWE')), JSON.stringify(dyadsOf(embassy)));
  const bridge = code('BUENOS AIRES (Reuters) - The World Court rejected Argentina\'s request on Thursday. Residents of the Argentine town of Gualeguaychu have repeatedly blocked a bridge linking the two countries.', '2006-07-13');
  assert.ok(bridge.every((e) => !(e.cameo.startsWith('14') && e.recipient.some((a) => a.code === 'IGO'))), JSON.stringify(dyadsOf(bridge)));
});

test('a leader who resigns after the opposition or protesters press him yields to them', () => {
  assert.deepEqual(dyadsOf(code('DUSHANBE (Reuters) - Tajik President Rakhmon Nabiyev resigned Monday after armed opposition supporters surrounded him at the airport.', '1992-09-07')), ['0831 TJK>TJK']);
  // (Not after what no actor did: "after reports of an affair"; at home, a resignation yields to the country's own people.)
  assert.deepEqual(code('LONDON (Reuters) - The defence minister resigned on Monday after reports of an affair.', '2019-06-01').flatMap((e) => e.recipient.map((b) => b.code)), ['GBR']);
});

test('a quarter of a city, or the first word of a longer name, is no foreign town', () => {
  // ("Chinatown" is also a quarter of New York; "University" a Florida town.)
  const riot = code('HONIARA, Solomon Islands (AP) — Rioters burned shops in Chinatown on Thursday and demanded the resignation of Prime Minister Manasseh Sogavare.', '2021-11-26');
  assert.ok(riot.some((e) => e.cameo === '1041') && riot.every((e) => codesOf(e.actor).join() === 'SLB'), JSON.stringify(dyadsOf(riot)));
  const square = code('BUCHAREST (Reuters) - The United States said it was disturbed. Students in University Square demanded the resignation of the interior minister.', '1990-06-14');
  assert.ok(square.filter((e) => e.eventText.startsWith('demanded')).every((e) => codesOf(e.actor).join() === 'ROU'), JSON.stringify(dyadsOf(square)));
});

test('a party leader is opposition; a national branch of the Brotherhood is its country\'s', () => {
  // (Nor is "Liberal" the Kansas town.)
  const leader = code('BUCHAREST (Reuters) - Liberal Party leader Radu Campeanu accused the authorities of rigging the vote.', '1990-05-22');
  assert.ok(leader.length === 1 && leader[0]!.cameo.startsWith('112') && leader[0]!.actor[0]!.code === 'ROU' && leader[0]!.actor[0]!.sector === 'OPP', JSON.stringify(dyadsOf(leader)));
  const iaf = code('AMMAN (Reuters) - The Islamic Action Front accused the government of breaking the constitution.', '1999-11-22');
  assert.ok(iaf.length && iaf.every((e) => codesOf(e.actor).join() === 'JOR' && e.actor[0]!.sector === 'OPP'), JSON.stringify(dyadsOf(iaf)));
});

test('reacting to violence that names no side is aimed at the country it happened in; "the president\'s decision" is the president\'s', () => {
  assert.deepEqual(dyadsOf(code('SKOPJE (Reuters) - Gunmen killed eight police officers in Kumanovo on Saturday. Albania\'s government condemned the violence on Sunday.', '2015-05-10').filter((e) => e.cameo.startsWith('11'))), ['111 ALB>MKD']);
  const backed = code('GUATEMALA CITY (Reuters) - The United States suspended aid to Guatemala. The defence minister said the army backed the president\'s decision.', '1993-05-26');
  const support = backed.find((e) => e.cameo.startsWith('05'));
  assert.ok(support && codesOf(support.recipient).join() === 'GTM', JSON.stringify(dyadsOf(backed)));
});

test('"with X promising" opens a clause of its own; an unknown speaker is the "he" after "said"; acts listed in conditions are not done', () => {
  assert.deepEqual(dyadsOf(code('HAVANA (Reuters) - Cuba and the United States agreed on Friday to curb the exodus, with Washington promising to admit 20,000 Cuban migrants a year.', '1994-09-10')).filter((d) => d.startsWith('030')).sort(), ['030 CUB>USA', '030 USA>CUB']);
  // (The speaker just named is the "he", not Clinton; the OAS's secretary general intends to travel.)
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - President Bill Clinton condemned the coup. Secretary-General Joao Baena Soares said he would travel to Haiti.', '1991-10-02')).filter((d) => d.startsWith('03')), ['036 IGO>HTI']);
  const terms = code('SANAA (Reuters) - The rebel leader accepted the government\'s conditions, including withdrawing from the mountains and freeing captured soldiers.', '2010-02-12');
  assert.ok(terms.every((e) => !e.cameo.startsWith('084')), JSON.stringify(dyadsOf(terms)));
});

test('a speaker is not of the place the reported clause names; an assistant secretary of state is American; a plot is no attempt', () => {
  const holder = code('WASHINGTON (Reuters) - The attorney general said the attack had been planned in Iran and was a flagrant violation of international law.', '2011-10-11');
  assert.ok(holder.every((e) => e.actor.every((a) => a.code !== 'IRN' || a.implicit)), JSON.stringify(dyadsOf(holder)));
  const frazer = code('NAIROBI (Reuters) - Assistant Secretary of State Jendayi Frazer criticised Kenya\'s government on Monday.', '2008-01-07');
  assert.deepEqual(dyadsOf(frazer).map((d) => d.split(' ')[1]), ['USA>KEN']);
  assert.deepEqual(code('PODGORICA (Reuters) - Prosecutors said a group of nationalists had hatched a plot to kill the prime minister.', '2016-11-06').filter((e) => e.cameo.startsWith('18')), []);
});

test('travel advice is no threat or alert; "concedes nothing" is not done; what a deadline or a demand asks is not done', () => {
  assert.deepEqual(code('TAIPEI (Reuters) - Taiwan issued a warning against travel to the Philippines on Wednesday.', '2013-05-15'), []);
  assert.deepEqual(code('HONG KONG (Reuters) - Hong Kong raised its travel alert for Thailand to its highest level.', '2008-11-27'), []);
  assert.ok(code('NEW DELHI (Reuters) - "The accord concedes nothing," said Foreign Secretary J.N. Dixit of India.', '1993-09-07').every((e) => !e.cameo.startsWith('08')));
  assert.ok(code('MANILA (Reuters) - Taipei said a deadline for Manila to meet its demands had passed.', '2013-05-15').every((e) => !e.cameo.startsWith('08')));
  const demands = code('NEW YORK (Reuters) - The resolution demands that Belgrade withdraw its army units and allow aid to reach Sarajevo.', '1992-05-30');
  assert.ok(demands.every((e) => !e.cameo.startsWith('08')), JSON.stringify(dyadsOf(demands)));
});

test('a protest handed over is a complaint; a leader of a party is opposition; a surname is no title', () => {
  assert.deepEqual(dyadsOf(code('TOKYO (Reuters) - Japan\'s vice foreign minister handed a formal protest to China\'s ambassador on Monday.', '2010-09-13')), ['114 JPN>CHN']);
  const chamlong = code('BANGKOK (Reuters) - Soldiers arrested Chamlong Srimuang, leader of the Palang Dharma party, on Monday.', '1992-05-18');
  assert.ok(chamlong.some((e) => e.recipient.some((a) => a.sector === 'OPP')) && chamlong.every((e) => e.recipient.every((a) => a.sector !== 'GOV')), JSON.stringify(chamlong.map((e) => e.recipient)));
  const pope = code('MOSCOW (Reuters) - Security agents arrested American businessman Edmond Pope in April. Pope denied spying.', '2000-04-05');
  assert.ok(pope.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.sector !== 'REL'), JSON.stringify(dyadsOf(pope)));
});

test('a gerund after "by ... and" shares the subject; one freed "before being released" did not release; a past tense after a modal clause goes with the verb of saying', () => {
  assert.deepEqual(dyadsOf(code('STOCKHOLM (Reuters) - Sweden responded by expelling two Belarusian diplomats and refusing to accept a new Belarusian envoy.', '2012-08-08')).filter((d) => d.startsWith('12')).map((d) => d.split(' ')[1]), ['SWE>BLR']);
  assert.ok(code('PHNOM PENH (Reuters) - A British teacher was held by the rebels for a month before being released.', '1994-07-27').every((e) => !e.cameo.startsWith('08') || e.actor.every((a) => a.code !== 'GBR')));
  const accused = code('MINSK (Reuters) - A ministry spokesman said the embassy should close by the end of the month and accused Stockholm of harming relations.', '2012-08-03');
  const accusation = accused.find((e) => e.cameo.startsWith('112'));
  assert.ok(accusation && codesOf(accusation.actor).join() === 'BLR', JSON.stringify(dyadsOf(accused)));
});

test('a summons to lodge a protest is a complaint; a police break-up is repression; decades of war and weapons tests are no clash or attack', () => {
  assert.deepEqual(dyadsOf(code('BISHKEK (Reuters) - The foreign minister summoned Uzbekistan\'s ambassador on Friday to hand over a note of protest.', '2014-01-12')), ['114 KGZ>UZB']);
  assert.deepEqual(dyadsOf(code('NAIROBI (Reuters) - Police broke up a hunger strike by students outside parliament on Tuesday.', '1992-03-03')), ['175 KEN>KEN']);
  const truce = code('MANILA (Reuters) - The government and the rebels agreed on Monday to a ceasefire, the first in four decades of fighting with the guerrillas.', '2011-02-21');
  assert.ok(truce.every((e) => !/^1[89]/.test(e.cameo)), JSON.stringify(dyadsOf(truce)));
  assert.deepEqual(code('PAPEETE (Reuters) - Protesters gathered two days after France exploded a nuclear device under the atoll.', '1995-09-07').filter((e) => e.cameo.startsWith('18')), []);
});

test('the leader of a movement or group is of the opposition; a sentence opening on a capital is told from there; "the region\'s governments" are foreign', () => {
  const leader = code('ABUJA (Reuters) - The army detained the leader of the country\'s main Shi\'ite Muslim movement on Sunday.', '2015-12-14');
  assert.ok(leader.length && leader.every((e) => e.recipient.every((a) => a.sector === 'OPP')), JSON.stringify(leader.map((e) => e.recipient)));
  const tehran = code('ABUJA (Reuters) - Soldiers raided the cleric\'s compound. In Tehran, the foreign ministry summoned Nigeria\'s charge d\'affaires to protest at the killings.', '2015-12-14');
  const summons = tehran.find((e) => e.cameo === '114');
  assert.ok(summons && codesOf(summons.actor).join() === 'IRN', JSON.stringify(dyadsOf(tehran)));
  assert.deepEqual(code('CARACAS (Reuters) - The president accused the region\'s new governments of conspiring against him.', '2016-12-02').filter((e) => e.recipient.some((a) => a.code === 'VEN')), []);
});

test('a participle after a clause of where is the main subject\'s; "them" after "leaders of" is the leaders; accusing after what was said is the speaker\'s', () => {
  const hotel = code('MOGADISHU (Reuters) - Gunmen stormed a hotel on Wednesday where the new president was giving a news conference, killing several people.', '2012-09-12');
  assert.ok(hotel.filter((e) => e.cameo.startsWith('19')).every((e) => e.actor.every((a) => a.sector !== 'GOV')), JSON.stringify(dyadsOf(hotel)));
  const charged = code('ALGIERS (Reuters) - Police arrested the two top leaders of the Islamic Salvation Front and charged them with plotting against the state.', '1991-07-01');
  const charge = charged.find((e) => e.cameo.startsWith('112'));
  assert.ok(charge && charge.recipient.every((a) => a.sector === 'OPP'), JSON.stringify(charged.map((e) => [e.cameo, e.recipient])));
  const tbilisi = code('TBILISI (Reuters) - President Mikheil Saakashvili told a rally that Georgia would never give up its land and accused Russia of aggression.', '2008-08-12');
  assert.ok(tbilisi.some((e) => e.cameo.startsWith('112') && e.actor.every((a) => a.sector === 'GOV')), JSON.stringify(tbilisi.map((e) => [e.cameo, e.actor])));
  // (Not across a clause of its own: "..., the minister said, after Kosovo sent police and accused Belgrade".)
  const train = code('BELGRADE (Reuters) - Serbia stopped a train at the border, the prime minister said, after Kosovo sent special police to block it and accused Belgrade of a provocation.', '2017-01-14');
  const kosovo = train.find((e) => e.cameo.startsWith('112'));
  assert.ok(!kosovo || codesOf(kosovo.actor).join() === 'XKX', JSON.stringify(dyadsOf(train)));
});

test('a body\'s mandate is no act; what is revoked is undone; the channel of aid is not its recipient', () => {
  assert.deepEqual(code('RABAT (Reuters) - The mission was set up in 1991 to oversee a ceasefire between the two sides.', '2016-03-17').filter((e) => e.cameo.startsWith('087')), []);
  assert.deepEqual(code('PORT VILA (Reuters) - The president revoked the pardons granted to the jailed lawmakers.', '2015-10-22').filter((e) => e.cameo.startsWith('08')), []);
  const aid = code('BEIJING (Reuters) - China said it had given emergency cash to Tonga through its embassy.', '2022-01-20');
  assert.ok(aid.every((e) => e.recipient.every((a) => a.code !== 'CHN')), JSON.stringify(dyadsOf(aid)));
});

test('one who speaks for a body is of it; a kind of actor apart from the state keeps its leaders; a participle set off after the subject describes it', () => {
  const johndroe = code('MOSCOW (Reuters) - Gordon Johndroe, a spokesman for the White House, said Washington would continue discussions with Moscow.', '2007-07-14');
  assert.ok(johndroe.every((e) => e.actor.every((a) => a.code !== 'RUS')), JSON.stringify(dyadsOf(johndroe)));
  const marcos = code('MEXICO CITY (Reuters) - Troops arrested a Zapatista guerrilla leader in Chiapas on Friday.', '1995-02-10');
  assert.ok(marcos.length && marcos.every((e) => e.recipient.every((a) => a.sector === 'REB')), JSON.stringify(marcos.map((e) => e.recipient)));
  assert.deepEqual(code('KHARTOUM (Reuters) - Rebels of the SPLM-North, fighting Khartoum in Blue Nile, said they were not bound by the deal.', '2012-09-27').filter((e) => e.cameo.startsWith('19')), []);
});

test('a clash of words is no fight; "declined further comment" rejects no one; what a body keeps doing is no act of the day', () => {
  assert.deepEqual(code('BUENOS AIRES (Reuters) - The president has clashed with the leaders of Brazil and Mexico.', '2024-05-21').filter((e) => e.cameo.startsWith('19')), []);
  assert.ok(code('BEIRUT (Reuters) - Israeli and Lebanese troops clashed along the border on Tuesday.', '2010-08-03').some((e) => e.cameo.startsWith('19')));
  assert.deepEqual(code('WASHINGTON (Reuters) - The State Department declined further comment on Iran.', '1999-05-16'), []);
  assert.deepEqual(code('WASHINGTON (Reuters) - The United States, which maintains sanctions on Iran, said it was watching closely.', '1999-05-16'), []);
  // (A past act in such a clause is told: "who flew to Tbilisi overnight".)
  assert.ok(code('TBILISI (Reuters) - Russian Foreign Minister Igor Ivanov, who flew to Tbilisi overnight, met opposition leaders.', '2003-11-23').some((e) => e.cameo.startsWith('04')));
});

test('a relative clause\'s place is not where the main clause\'s act was done; a cut to one\'s own participation has no recipient; calling someone a name is no phone call', () => {
  const arrest = code('NAIROBI (Reuters) - Koigi wa Wamwere, a former lawmaker who has lived in Norway, was arrested this month.', '1990-10-22');
  assert.ok(arrest.every((e) => e.actor.every((a) => a.code !== 'NOR')), JSON.stringify(dyadsOf(arrest)));
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - President Vladimir Putin suspended Russia\'s participation in the arms treaty on Saturday.', '2007-07-14')).filter((d) => d.endsWith('>RUS')), []);
  assert.deepEqual(code('MADRID (Reuters) - Spain recalled its envoy after the Argentine president refused to apologise for calling the prime minister\'s wife corrupt.', '2024-05-21').filter((e) => e.cameo.startsWith('04')), []);
});

test('burnt flags say whom a protest is against; what an accusation charges is not its target; release is asked of the holder; support named with its giver is no act', () => {
  assert.deepEqual(dyadsOf(code('KARACHI (Reuters) - Hundreds of people protested in Karachi on Friday, burning U.S. flags.', '2011-05-06')), ['141 PAK>USA']);
  assert.deepEqual(code('MOSCOW (Reuters) - The foreign ministry accused the West of trying to destabilise Serbia.', '2023-12-25').filter((e) => e.recipient.some((a) => a.code === 'SRB')), []);
  assert.deepEqual(code('ROME (Reuters) - Italy demanded the release of two Italian aid workers held in Iraq.', '2004-09-10').filter((e) => e.recipient.some((a) => a.code === 'ITA')), []);
  assert.deepEqual(code('WASHINGTON (Reuters) - "Rwanda\'s support for the rebels fuels the conflict," a Treasury official said.', '2024-02-21').filter((e) => e.cameo.startsWith('05')), []);
});

test('after "when", the word the tagger took for a base-form verb before an -ed word is the clause\'s subject', () => {
  const fired = code('ALMATY (Reuters) - At least 14 people were killed on Friday when police opened fire on crowds in the oil town.', '2011-12-17');
  const repression = fired.find((e) => e.cameo.startsWith('17'));
  assert.ok(repression && repression.actor.every((a) => a.sector === 'COP'), JSON.stringify(fired.map((e) => [e.cameo, e.actor])));
});

test('a halt to an act is no act; "promising to end" is intended; a war\'s toll is no attack; police who end a sit-in do not yield; a figure of speech is no kidnapping', () => {
  assert.deepEqual(code('GAZA (Reuters) - The truce took effect after Israel agreed to a halt to targeted killings.', '2019-11-14').filter((e) => e.cameo.startsWith('18')), []);
  assert.ok(code('COLOMBO (Reuters) - The president came to power last year promising to end the war with the Tamil Tigers.', '1995-04-19').every((e) => !e.cameo.startsWith('08')));
  assert.deepEqual(code('COLOMBO (Reuters) - The government offered talks to end the war, which has killed more than 30,000 people since 1983.', '1995-04-19').filter((e) => e.cameo.startsWith('19')), []);
  assert.deepEqual(code('PHNOM PENH (Reuters) - Riot police swept through an opposition protest camp on Tuesday, ending a two-week sit-in.', '1998-09-08').filter((e) => e.cameo.startsWith('08')), []);
  assert.deepEqual(code('LA PAZ (Reuters) - "The president has been kidnapped by imperialism," the minister said.', '2013-07-03').filter((e) => e.cameo.startsWith('18')), []);
  assert.ok(code('KINSHASA (Reuters) - The president was shot by a member of his bodyguard on Tuesday.', '2001-01-17').some((e) => e.cameo.startsWith('1')));
});

test('a country\'s partners are others; a party\'s president is of the opposition; one taken hostage keeps his office; a surname after another given name is someone else', () => {
  assert.deepEqual(code('BRASILIA (Reuters) - Paraguay\'s partners in the Mercosur trade bloc backed the new government.', '1999-03-28').filter((e) => e.actor.some((a) => a.code === 'PRY')), []);
  const berrios = code('SAN JUAN (Reuters) - Federal agents arrested Ruben Berrios, president of the Puerto Rican Independence Party, on the range.', '2000-05-04');
  assert.ok(berrios.every((e) => e.recipient.every((a) => a.sector !== 'GOV')), JSON.stringify(berrios.map((e) => e.recipient)));
  const saberi = code('TEHRAN (Reuters) - An Iranian court convicted American journalist Roxana Saberi of spying. Her father, Reza Saberi, said she had been tricked.', '2009-04-18');
  assert.ok(saberi.flatMap((e) => [...e.actor, ...e.recipient]).filter((a) => a.text.includes('Reza')).every((a) => a.sector !== 'MED'), JSON.stringify(dyadsOf(saberi)));
});

test('a province or state whose name holds another country\'s is its own country\'s', () => {
  assert.deepEqual(dyadsOf(code('VANCOUVER (Reuters) - British Columbia Premier Glen Clark accused Washington of bullying on Sunday.', '1997-07-20')).map((d) => d.split(' ')[1]), ['CAN>USA']);
  assert.ok(code('SANTA FE (Reuters) - New Mexico Governor Bill Richardson met North Korean diplomats on Tuesday.', '2005-08-16').every((e) => e.actor.every((a) => a.code === 'USA')));
  assert.ok(code('SYDNEY (Reuters) - New South Wales police arrested two men on Monday.', '2014-09-18').every((e) => e.actor.every((a) => a.code === 'AUS')));
});

test('one\'s own envoy recalled is recalled from the country named; a toll counted since a year long past is no attack; a unit named by its size is of its troops', () => {
  assert.deepEqual(dyadsOf(code('MANILA (Reuters) - President Fidel Ramos recalled the Philippine ambassador to Singapore on Saturday.', '1995-03-18')), ['161 PHL>SGP']);
  assert.deepEqual(code('ANKARA (Reuters) - More than 15,000 people have been killed since the rebels took up arms in 1984.', '1995-03-21').filter((e) => e.cameo.startsWith('19')), []);
  assert.deepEqual(code('BANDA ACEH (Reuters) - The Indian Ocean tsunami of December 2004 killed about 170,000 people in Aceh.', '2005-08-15'), []);
  const sent = code('PARIS (Reuters) - France sent a company of paratroopers to Kigali on Friday.', '1990-10-05', );
  assert.ok(sent.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.sector !== 'BUS'), JSON.stringify(sent.map((e) => [e.cameo, e.recipient])));
});

test('a border is where, not the neighbour; what has never been done is no refusal; what is to follow "once" something is done is not done', () => {
  assert.deepEqual(code('YANGON (Reuters) - Rebels took the town of Laukkai on the Chinese border last week.', '2024-01-12').filter((e) => e.recipient.some((a) => a.code === 'CHN')), []);
  assert.deepEqual(code('YEREVAN (Reuters) - Turkey and Armenia have never established diplomatic relations.', '2008-09-06'), []);
  assert.deepEqual(code('MAPUTO (Reuters) - A ceasefire takes effect once the government has signed the agreement with the rebels.', '1992-10-04').filter((e) => e.cameo.startsWith('05')), []);
  assert.ok(code('MAPUTO (Reuters) - The government has signed the agreement with the rebels.', '1992-10-04').some((e) => e.cameo.startsWith('05')));
  assert.ok(code('WASHINGTON (Reuters) - The United States is once again sending aid to Afghanistan.', '2002-01-10').some((e) => e.cameo.startsWith('07')));
});

test('money released is aid; leaving an election is no retreat; those killed in a war told by "in which" are its toll', () => {
  assert.deepEqual(dyadsOf(code('BRUSSELS (Reuters) - The European Union released 3.5 million euros for Mozambique on Tuesday.', '2019-03-19')).map((d) => d.slice(0, 2)), ['07']);
  assert.deepEqual(code('HARARE (Reuters) - The opposition leader pulled out of the June run-off, citing violence.', '2008-06-22').filter((e) => e.cameo.startsWith('087')), []);
  assert.ok(code('KABUL (Reuters) - NATO troops pulled out of the town on Monday.', '2010-03-15').some((e) => e.cameo.startsWith('087')));
  assert.deepEqual(code('ASMARA (Reuters) - Eritrea emerged from a border war with Ethiopia in which tens of thousands of people were killed.', '2001-10-01').filter((e) => /^(18|19|20)/.test(e.cameo)), []);
});

test('a country described by its continent is the one of that continent named before, not the one acting on it', () => {
  const aid = code('NAIROBI (Reuters) - Malawi\'s president dissolved parliament on Monday, and Britain and Norway froze aid to the southern African nation.', '2001-03-05');
  assert.deepEqual(aid.filter((e) => e.cameo.startsWith('16')).map((e) => codesOf(e.recipient)), [['MWI']], JSON.stringify(dyadsOf(aid)));
});

test('a participle of harm after a clause of "when" whose subject is a bomb is no one\'s; the victim is not the bomber', () => {
  const bomb = codeAll('BELGRADE (Reuters) - Serbian Interior Minister Dusan Mihajlovic was slightly wounded on Friday when a car bomb exploded beside his motorcade in central Belgrade, killing a bodyguard.', '2003-03-10');
  assert.ok(bomb.length > 0 && bomb.every((e) => e.actor.every((a) => a.sector !== 'GOV')), JSON.stringify(bomb.map((e) => [e.cameo, e.actor])));
});

test('an order to one\'s own forces to cease fire is a truce, and to withdraw a retreat, not a deployment', () => {
  assert.deepEqual(dyadsOf(code('JUBA (Reuters) - President Salva Kiir ordered his troops to stop fighting on Thursday.', '2014-01-09')).map((d) => d.slice(0, 4)), ['0871']);
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - President Vladimir Putin ordered the troops to withdraw from the border on Monday.', '2014-05-19')).map((d) => d.slice(0, 4)), ['0874']);
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - President Vladimir Putin ordered troops to the border on Monday.', '2014-05-19')).map((d) => d.slice(0, 3)), ['154']);
});

test('wars counted are a history; a participle after a plural subject describes it; "targeted sanctions" are aimed, not an attack', () => {
  assert.deepEqual(code('ADDIS ABABA (Reuters) - Eritrea and Ethiopia remained at odds over Badme, the town at the heart of the dispute between the two countries, which have fought two wars over the border.', '2003-06-23').filter((e) => e.cameo.startsWith('19')), []);
  assert.deepEqual(codeAll('GROZNY (Reuters) - Militant groups fighting Russian rule in Chechnya were sceptical about the talks.', '2002-09-16').filter((e) => e.cameo.startsWith('19')), []);
  assert.deepEqual(code('NEW YORK (Reuters) - The European Union urged the Security Council to impose an arms embargo on Sudan and targeted sanctions on its leaders.', '2005-03-10').filter((e) => e.cameo.startsWith('19')), []);
  // (An act told by a participle of its own stays: "Rebels attacked the town, killing ten".)
  assert.ok(code('GROZNY (Reuters) - Rebels attacked a Russian convoy in Chechnya on Monday, killing ten soldiers.', '2002-09-16').some((e) => e.cameo.startsWith('1')));
});

test('leaders who give themselves up surrender; a body\'s name after a possessive is no town; breakaway regions\' forces are separatists', () => {
  assert.deepEqual(dyadsOf(code('BANGKOK (Reuters) - Opposition leaders gave themselves up to police on Wednesday.', '2010-05-19')).map((d) => d.slice(0, 4)), ['0874']);
  const from = code('BANGKOK (Reuters) - Protesters from the People\'s Alliance for Democracy hurled rocks at police.', '2008-10-07');
  assert.ok(from.length > 0 && from.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code === 'THA'), JSON.stringify(dyadsOf(from)));
  const abkhaz = code('TBILISI (Reuters) - Abkhaz forces shelled Georgian villages on Sunday.', '1998-05-24');
  assert.ok(abkhaz.some((e) => e.actor.some((a) => a.sector === 'SEP')), JSON.stringify(abkhaz.map((e) => e.actor)));
  assert.ok(code('ADDIS ABABA (Reuters) - The African Union\'s Peace and Security Council suspended Mali on Friday.', '2012-03-23').every((e) => e.actor.every((a) => a.org !== 'UNSC')));
});

test('a threat carried out by one\'s own is made to whom its condition is about; peacekeepers\' help goes to the people where they serve; one\'s own staff sent home are no demand', () => {
  const warned = code('SKOPJE (Reuters) - The interior minister warned that the army would respond firmly if the rebels broke the truce.', '2001-07-10');
  assert.deepEqual(warned.filter((e) => e.cameo.startsWith('13')).map((e) => e.recipient.map((a) => a.sector)), [['REB']], JSON.stringify(warned.map((e) => [e.cameo, e.recipient])));
  // (A target named outright stays: the condition is about others.)
  const shell = code('SARAJEVO (Reuters) - Bosnian Serb units threatened to shell British forces if NATO launched any attack against Serbs.', '1994-04-16');
  assert.ok(shell.some((e) => e.cameo.startsWith('13') && e.recipient.some((a) => a.code === 'GBR')), JSON.stringify(dyadsOf(shell)));
  const evacuated = code('TBILISI (Reuters) - Russia\'s Foreign Ministry said its peacekeepers had helped evacuate civilians.', '2008-08-20');
  assert.ok(evacuated.length > 0 && evacuated.every((e) => e.recipient.every((a) => a.code === 'GEO')), JSON.stringify(dyadsOf(evacuated)));
  assert.deepEqual(code('JUBA (Reuters) - The United States ordered non-emergency staff to leave its embassy on Monday.', '2016-07-11').filter((e) => e.cameo.startsWith('10')), []);
  assert.ok(code('KABUL (Reuters) - The United States ordered the Taliban to leave the city on Monday.', '2001-10-11').some((e) => e.cameo === '106'));
});

test('a part of a continent narrows the described country; "the Temple of the Tooth" is no Texan town; a people protest against their own government', () => {
  const andean = code('QUITO (Reuters) - Peru expelled two U.S. diplomats, prompting the United States to suspend trade talks with the Andean nation.', '2006-05-17');
  assert.ok(andean.some((e) => e.cameo.startsWith('16') && e.recipient.every((a) => a.code === 'PER')), JSON.stringify(dyadsOf(andean)));
  const temple = codeAll('COLOMBO (Reuters) - Rebel bombers rammed a truck into the Temple of the Tooth in Kandy. The United States condemned the attack.', '1998-01-26');
  assert.ok(temple.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'USA' || a.text === 'United States'), JSON.stringify(dyadsOf(temple)));
  const jordan = code('RIYADH (Reuters) - Saudi Arabia pledged aid to Jordan. Thousands of Jordanians demonstrated against a new income tax.', '2018-06-11');
  assert.deepEqual(jordan.filter((e) => e.cameo.startsWith('14')).map((e) => codesOf(e.recipient)), [['JOR']], JSON.stringify(dyadsOf(jordan)));
});

test('police do not protest: they repress or block; "grant aid" after a possessive or a verb is a kind of aid, cut or frozen', () => {
  const stormed = code('ASUNCION (Reuters) - Police stormed the headquarters of the opposition Liberal Party after midnight.', '2017-04-01');
  assert.deepEqual(stormed.map((e) => e.cameo), ['175'], JSON.stringify(dyadsOf(stormed)));
  const barricades = code('PHNOM PENH (Reuters) - Riot police set up barricades of razor wire to stop protesters.', '2014-01-04');
  assert.ok(barricades.some((e) => e.cameo === '191') && barricades.every((e) => !(e.cameo.startsWith('14') && e.actor.some((a) => a.sector === 'COP'))), JSON.stringify(dyadsOf(barricades)));
  const fought = code('TEHRAN (Reuters) - Riot police fought stone-throwing protesters in the streets of Tehran.', '2009-06-14');
  assert.ok(fought.every((e) => !(e.cameo.startsWith('14') && e.actor.some((a) => a.sector === 'COP'))), JSON.stringify(dyadsOf(fought)));
  const aid = code('TOKYO (Reuters) - Tokyo cut back grant aid to China in May.', '1995-08-29');
  assert.deepEqual(aid.map((e) => e.cameo.slice(0, 2)), ['16'], JSON.stringify(dyadsOf(aid)));
  assert.ok(code('TOKYO (Reuters) - Japan will grant aid to Vietnam.', '1995-08-29').every((e) => !e.cameo.startsWith('16')));
});

test('forces pulled back from their own country\'s city yield to no one there; what each party agrees to take in is agreed with no other', () => {
  const pulled = code('KATHMANDU (Reuters) - The army began withdrawing from some junctions in Kathmandu on Monday.', '2006-04-24');
  assert.ok(pulled.some((e) => e.cameo.startsWith('087') && e.recipient.length === 0), JSON.stringify(dyadsOf(pulled)));
  assert.ok(code('BEIRUT (Reuters) - Syrian troops withdrew from Beirut on Tuesday.', '2005-04-26').some((e) => e.cameo.startsWith('087') && e.recipient.some((a) => a.code === 'LBN')));
  assert.deepEqual(code('LUSAKA (Reuters) - Zimbabwe, Malawi and Mozambique have agreed to accept the maize.', '2002-10-30').filter((e) => e.recipient.some((a) => ['ZWE', 'MWI', 'MOZ'].includes(a.code ?? ''))), []);
  assert.ok(code('AMMAN (Reuters) - Israel and Jordan agreed to open a border crossing.', '1994-08-08').some((e) => e.recipient.some((a) => a.code === 'JOR')));
});

test('an organisation whose country changed is what it was on the day; bare forces acting are the forces the sentence named before', () => {
  const before = code('KHARTOUM (Reuters) - The Sudanese government and the SPLA signed a ceasefire on Saturday.', '2002-01-19');
  assert.ok(before.some((e) => e.actor.some((a) => a.org === 'SPLA' && a.code === 'SDN' && a.sector === 'REB')), JSON.stringify(before.map((e) => e.actor)));
  const after = code('JUBA (Reuters) - The SPLA attacked rebel positions near Bor on Sunday.', '2014-01-05');
  assert.ok(after.some((e) => e.actor.some((a) => a.org === 'SPLA' && a.code === 'SSD' && a.sector === 'MIL')), JSON.stringify(after.map((e) => e.actor)));
  const baku = code('BAKU (Reuters) - Soviet army units forced their way into Baku overnight, and residents said troops fired on crowds manning barricades.', '1990-01-20');
  assert.ok(baku.some((e) => e.actor.some((a) => a.text === 'troops' && a.code === 'RUS')), JSON.stringify(dyadsOf(baku)));
  // (Not forces a sentence says others acted on: "to dislodge soldiers who seized power".)
  const freetown = codeAll('FREETOWN (Reuters) - Nigerian warships shelled Freetown on Monday to dislodge soldiers who seized power last week.', '1997-06-02');
  assert.ok(freetown.flatMap((e) => [...e.actor, ...e.recipient]).filter((a) => a.text === 'soldiers').every((a) => a.code !== 'NGA'), JSON.stringify(dyadsOf(freetown)));
});

test('a release or a giving in with no one it was done to is held back; a ceasefire towards a side the sentence names and missed too', () => {
  assert.deepEqual(code('SKOPJE (Reuters) - The opposition leader has released new recordings.', '2015-02-10').filter((e) => e.cameo.startsWith('084')), []);
  assert.ok(code('ASMARA (Reuters) - Eritrea released two Ethiopian soldiers on Monday.', '2001-05-14').some((e) => e.cameo === '0841'));
  assert.deepEqual(code('LIMA (Reuters) - Peruvian President Alberto Fujimori declared a unilateral ceasefire on Tuesday, saying his troops had retaken the outpost, a claim Ecuador\'s foreign ministry denied.', '1995-02-14').filter((e) => e.cameo.startsWith('087')), []);
  assert.ok(code('BOGOTA (Reuters) - The ELN declared a monthlong ceasefire on Sunday.', '2020-04-01').some((e) => e.cameo === '0871'));
});

test('a protest drawn by an act is made by whom it comes from, against the one who drew it; a continent\'s governments are no one country\'s; bare unrest and trade figures are no acts', () => {
  const drawn = codeAll('LUSAKA (Reuters) - Zambian police arrested the former president on Saturday, drawing protests from the opposition.', '1997-12-25');
  assert.ok(drawn.filter((e) => e.cameo.startsWith('14')).every((e) => e.actor.every((a) => a.sector !== 'COP')), JSON.stringify(dyadsOf(drawn)));
  const europe = code('ANKARA (Reuters) - A Turkish court sentenced four deputies to 15 years in prison, drawing protests from European governments.', '1994-12-08');
  assert.ok(europe.flatMap((e) => e.actor).every((a) => !(a.text.includes('European') && a.code === 'TUR')), JSON.stringify(dyadsOf(europe)));
  assert.deepEqual(code('CARACAS (Reuters) - Maduro accused the officials of meeting student leaders to organise unrest.', '2018-05-22').filter((e) => e.cameo.startsWith('14')), []);
  assert.deepEqual(code('RIYADH (Reuters) - Trade between the two countries is worth nearly $4 billion a year.', '2018-08-06'), []);
});

test('flags waved or burnt are never actors nor recipients; an attack on a text is made in words', () => {
  const flags = code('CAIRO (Reuters) - Protesters, some waving Egyptian flags and burning Algerian ones, threw stones at the embassy.', '2009-11-20');
  assert.ok(flags.length > 0 && flags.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => !/flags|ones/.test(a.text)), JSON.stringify(flags.map((e) => [e.actor, e.recipient])));
  const marched = code('BEIJING (Reuters) - Monks and villagers marched with banned Tibetan flags on Sunday.', '2008-03-16');
  assert.ok(marched.flatMap((e) => e.recipient).every((a) => !/flags/.test(a.text)), JSON.stringify(marched.map((e) => e.recipient)));
  assert.deepEqual(code('LUSAKA (Reuters) - Opposition leaders attacked the voters\' roll, compiled by an Israeli firm.', '1996-11-21').filter((e) => /^1[89]/.test(e.cameo) || e.recipient.some((a) => a.code === 'ISR')), []);
});

test('"the government" in what a state\'s own official says is that state\'s, wherever the story is filed', () => {
  const said = codeAll('OTTAWA (Reuters) - U.S. Trade Representative Robert Zoellick said the administration would continue to talk with Canadian provinces.', '2002-03-22');
  assert.ok(said.some((e) => e.actor.some((a) => a.text === 'administration' && a.code === 'USA')), JSON.stringify(said.map((e) => e.actor)));
  // (Not rebels' "the government": the one they face.)
  const rebels = codeAll('ISLAMABAD (Reuters) - Rebels said the government had attacked their camps.', '2010-05-05');
  assert.ok(rebels.every((e) => e.actor.every((a) => a.text !== 'government' || a.code === 'PAK')), JSON.stringify(rebels.map((e) => e.actor)));
});

test('people named with the country or body they come from are of it; where they come from is not where the act was done', () => {
  const court = code('CAIRO (Reuters) - An Egyptian court sentenced three journalists from Al Jazeera\'s English-language channel to seven years in prison.', '2014-06-23');
  assert.ok(court.some((e) => e.recipient.some((a) => a.code === 'QAT' && a.sector === 'MED')), JSON.stringify(court.map((e) => e.recipient)));
  const refugees = code('CAIRO (Reuters) - Police detained refugees from Syria on Monday.', '2014-06-23');
  assert.ok(refugees.some((e) => e.actor.some((a) => a.sector === 'COP' && a.code === 'EGY')), JSON.stringify(refugees.map((e) => e.actor)));
  // (Not where a verb takes them from.)
  const freed = code('BOGOTA (Reuters) - Colombian troops freed 11 soldiers from FARC rebels on Wednesday.', '2008-07-02');
  assert.ok(freed.flatMap((e) => e.recipient).every((a) => a.org !== 'FARC'), JSON.stringify(freed.map((e) => e.recipient)));
});

test('a ban on entry is a sanction on whom it bars; warm ties enjoyed are a standing state; police do not protest against protesters', () => {
  assert.deepEqual(dyadsOf(code('ATHENS (Reuters) - Greece barred two Russian nationals from entering the country on Wednesday.', '2018-07-11')).map((d) => d.slice(0, 3)), ['172']);
  assert.deepEqual(code('ATHENS (Reuters) - Athens and Moscow have traditionally enjoyed warm ties.', '2018-07-11'), []);
  assert.ok(code('ATHENS (Reuters) - Greece and Russia moved on Monday to warm ties.', '2018-07-11').some((e) => e.cameo.startsWith('05')));
  assert.deepEqual(code('BANGKOK (Reuters) - Riot police tried and failed on Friday to remove thousands of anti-government protesters from the grounds.', '2008-08-29').filter((e) => e.cameo.startsWith('14') && e.actor.some((a) => a.sector === 'COP')), []);
});

test('a story filed from a neighbour that opens on another country by name is that country\'s: its domestic agents are', () => {
  const coup = code('KIGALI, Rwanda (AP) - Burundi\'s first elected president was killed by soldiers during an army coup on Thursday. Paratroopers attacked the presidential palace in Bujumbura. Refugees arriving in Rwanda said fighting had spread in Burundi.', '1993-10-22');
  assert.ok(coup.flatMap((e) => [...e.actor, ...e.recipient]).filter((a) => a.sector === 'MIL').every((a) => a.code === 'BDI'), JSON.stringify(dyadsOf(coup)));
  // (Not one that opens on another country's adjective: others' acts in the dateline's country.)
  const firing = code('ISLAMABAD (Reuters) - Indian troops again fired across the Line of Control on Monday, injuring villagers. Police arrested two men near the border on Tuesday.', '2019-08-05');
  assert.ok(firing.flatMap((e) => [...e.actor, ...e.recipient]).filter((a) => a.sector === 'COP' || a.sector === 'CVL').every((a) => a.code === 'PAK'), JSON.stringify(dyadsOf(firing)));
});

test('an act that sets in ("will start withdrawing", "plans to begin releasing") has the modality of its setting in', () => {
  const d = '2008-08-20';
  const will = code('MOSCOW (Reuters) - Russia will start withdrawing its troops from Georgia next week, the Kremlin said.', d);
  assert.ok(will.length > 0 && will.every((e) => e.cameo.startsWith('03')), JSON.stringify(dyadsOf(will)));
  const plans = code('MOSCOW (Reuters) - Russia plans to begin pulling its troops out of Georgia, the Kremlin said.', d);
  assert.ok(plans.length > 0 && plans.every((e) => e.cameo.startsWith('03')), JSON.stringify(dyadsOf(plans)));
  // (What has set in is done.)
  const began = code('MOSCOW (Reuters) - Russia began withdrawing its troops from Georgia on Monday, the Kremlin said.', d);
  assert.ok(began.some((e) => e.cameo.startsWith('087')), JSON.stringify(dyadsOf(began)));
  const started = code('MOSCOW (Reuters) - Russia started to pull its troops out of Georgia on Monday.', d);
  assert.ok(started.some((e) => e.cameo.startsWith('087')), JSON.stringify(dyadsOf(started)));
});

test('a participle after a preposition, before its noun, describes it: "a camp for displaced people" is no act', () => {
  const d = '2024-05-28';
  const strike = code('GAZA (Reuters) - An Israeli air strike on a camp for displaced people in Rafah killed dozens of people on Sunday.', d);
  assert.ok(!strike.some((e) => e.eventText.includes('displaced')), JSON.stringify(dyadsOf(strike)));
  assert.ok(!strike.some((e) => e.actor.some((a) => a.text.includes('displaced'))), JSON.stringify(strike.map((e) => e.actor)));
  const jailed = code('BOGOTA (Reuters) - The FARC wants to trade the hostages for hundreds of jailed guerrillas, officials said.', '2007-06-28');
  assert.ok(!jailed.some((e) => e.cameo.startsWith('173')), JSON.stringify(dyadsOf(jailed)));
});

test('after "and", a phrase with a verb of its own opens the next clause: it is no second object, nor a second subject', () => {
  const d = '2018-04-06';
  const flights = code('PANAMA CITY (Reuters) - Panama expelled the Venezuelan ambassador and Venezuela suspended flights by Panamanian airline Copa.', d);
  const expel = flights.filter((e) => e.cameo.startsWith('16') && e.eventText.includes('expelled'));
  assert.ok(expel.length > 0 && expel.every((e) => e.recipient.every((a) => a.text !== 'Venezuela')), JSON.stringify(dyadsOf(flights)));
  const suspend = flights.filter((e) => e.eventText.includes('suspended'));
  assert.ok(suspend.length > 0 && suspend.every((e) => e.actor.length === 1 && e.actor[0]!.code === 'VEN'), JSON.stringify(suspend.map((e) => e.actor)));
  const police = code('HANOI (Reuters) - Rioters set fire to factories in southern Vietnam and police detained hundreds of people.', '2014-05-14');
  assert.ok(police.every((e) => !(e.cameo.startsWith('14') && e.recipient.some((a) => a.sector === 'COP'))), JSON.stringify(dyadsOf(police)));
  // (Not the parties "between" which something is, nor objects a verb's bare form follows.)
  const truce = code('SANAA (Reuters) - A ceasefire between the Yemeni government and Houthi rebels took effect at midnight.', '2010-02-12');
  assert.ok(truce.some((e) => e.recipient.some((a) => a.sector === 'REB') || e.actor.some((a) => a.sector === 'REB')), JSON.stringify(dyadsOf(truce)));
  const vetoed = code('NEW YORK (Reuters) - Officials said Russia and China vetoed the resolution on Syria.', '2012-02-04');
  assert.ok(vetoed.some((e) => e.actor.length === 2), JSON.stringify(vetoed.map((e) => e.actor)));
  // (Nor a subordinator's subjects, which are all of the list.)
  const imf = code('PRAGUE (Reuters) - Anti-globalisation protesters hurled cobblestones and petrol bombs at riot police in Prague on Tuesday as the International Monetary Fund and World Bank opened their annual meetings in the Czech capital.', '2000-09-26');
  assert.ok(imf.some((e) => e.recipient.length === 2), JSON.stringify(dyadsOf(imf)));
});

test('tolls counted over years are no act of the day: since a decade, over the past years, this year', () => {
  const tolls = code('ALGIERS (Reuters) - Violence since the army cancelled elections the FIS was poised to win in January 1992 has killed an estimated 100,000 people. ETA has killed nearly 800 people since the late 1960s. Land disputes have killed hundreds of people in Algeria over the past decade. More than 6,000 people have been killed in Algeria this year.', '1999-09-17');
  assert.deepEqual(tolls.filter((e) => /^(18|19|20)/.test(e.cameo)), [], JSON.stringify(dyadsOf(tolls)));
  // (Nor a "since" before a relative clause the act is told in.)
  const where = codeAll('BANGKOK (Reuters) - More than 1,000 people have been killed since January 2004 in the three southern provinces, where insurgents have attacked soldiers and police.', '2005-09-07');
  assert.ok(where.some((e) => e.cameo.startsWith('18') || e.cameo.startsWith('19')), JSON.stringify(dyadsOf(where)));
  // (A day's act told with its count stands.)
  const raid = code('ALGIERS (Reuters) - Since 1992, troops have killed 20 rebels in a raid on Tuesday.', '1999-09-17');
  assert.ok(raid.some((e) => e.cameo.startsWith('19')), JSON.stringify(dyadsOf(raid)));
});

test('a thing that threatens endangers: "the measures threatened companies" is no threat', () => {
  const d = '2018-04-06';
  assert.deepEqual(code('PANAMA CITY (Reuters) - Panama said the Venezuelan measures also threatened Panamanian companies.', d).filter((e) => e.cameo.startsWith('13')), []);
  assert.ok(code('PANAMA CITY (Reuters) - Venezuela threatened Panama with sanctions.', d).some((e) => e.cameo.startsWith('13')));
});

test('harm told after a relative clause about what the verb struck is the striker\'s: "shot down a helicopter that strayed ..., killing"', () => {
  const shot = codeAll('SEOUL (AP) - North Korea shot down a U.S. Army helicopter that strayed across the heavily armed border on Saturday, killing one pilot.', '1994-12-18');
  assert.ok(shot.every((e) => !e.actor.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(shot)));
  assert.ok(shot.some((e) => e.actor.some((a) => a.code === 'PRK')), JSON.stringify(dyadsOf(shot)));
});

test('an envoy on the way has met no one yet; a relative clause with no comma is about the noun it follows', () => {
  const envoy = code('COLOMBO (Reuters) - Norway, which brokered the truce, said it was sending its peace envoy Erik Solheim to Colombo.', '2005-08-13');
  assert.ok(envoy.length > 0 && envoy.every((e) => !e.cameo.startsWith('04')) && envoy.some((e) => e.cameo === '036'), JSON.stringify(dyadsOf(envoy)));
  const sent = code('COLOMBO (Reuters) - Norway sent its peace envoy Erik Solheim to Colombo on Monday.', '2005-08-13');
  assert.ok(sent.some((e) => e.cameo.startsWith('04')), JSON.stringify(dyadsOf(sent)));
  const ousted = codeAll('NEW YORK (AP) - Haiti\'s exiled President Jean-Bertrand Aristide and the army commander who ousted him signed an agreement on Saturday.', '1993-07-03');
  const coup = ousted.filter((e) => e.cameo.startsWith('17'));
  assert.ok(coup.length > 0 && coup.every((e) => e.actor.every((a) => a.sector === 'MIL')), JSON.stringify(coup.map((e) => e.actor)));
});

test('a known surname inside a longer name of someone else is not that person: "Jose Antonio Ortega Lara" is not Daniel Ortega', () => {
  const freed = codeAll('MADRID (Reuters) - Police freed prison officer Jose Antonio Ortega Lara, who had been held by ETA for 532 days.', '1997-07-13');
  assert.ok(freed.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'NIC'), JSON.stringify(dyadsOf(freed)));
  const ortega = code('MADRID (Reuters) - Nicaraguan President Daniel Ortega criticised Spain on Monday.', '2008-07-13');
  assert.ok(ortega.some((e) => e.actor.some((a) => a.code === 'NIC')), JSON.stringify(dyadsOf(ortega)));
});

test('"as" with a subject and a verb after it opens a clause of its own: no recipient from it', () => {
  const emergency = codeAll('COLOMBO (Reuters) - President Chandrika Kumaratunga declared a state of emergency on Saturday as the government blamed Tamil Tiger rebels.', '2005-08-13');
  const declared = emergency.filter((e) => e.cameo === '1724');
  assert.ok(declared.length > 0 && declared.every((e) => e.recipient.every((a) => a.text !== 'government')), JSON.stringify(dyadsOf(emergency)));
  // (Not "as" naming what something is: "dismissed the deal as an American decision imposed on Afghans".)
  const dismissed = code('KABUL (Reuters) - The Taliban dismissed the deal as an American decision imposed on Afghans.', '2019-11-23');
  assert.ok(dismissed.some((e) => e.cameo.startsWith('12')), JSON.stringify(dyadsOf(dismissed)));
});

test('stepping up attacks is fighting; people harmed "in" an attack are described, not attackers; "used by" names no attacker', () => {
  const stepped = code('ISLAMABAD (Reuters) - The TTP has stepped up attacks on Pakistani security forces in recent weeks.', '2021-11-09');
  assert.ok(stepped.some((e) => e.cameo.startsWith('19') && e.recipient.some((a) => a.sector === 'COP')), JSON.stringify(dyadsOf(stepped)));
  assert.ok(stepped.every((e) => !e.cameo.startsWith('12') && !e.cameo.startsWith('15')), JSON.stringify(dyadsOf(stepped)));
  const parents = codeAll('ISLAMABAD (Reuters) - Parents of children killed in the TTP\'s 2014 attack on an army-run school in Peshawar said they felt betrayed.', '2021-11-09');
  assert.ok(parents.every((e) => !e.actor.some((a) => a.text.startsWith('Parents'))), JSON.stringify(dyadsOf(parents)));
  const bomb = codeAll('RIYADH (Reuters) - A car bomb tore through a building used by U.S. military advisers in Riyadh on Monday, killing at least six people.', '1995-11-13');
  assert.ok(bomb.every((e) => !e.actor.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(bomb)));
});

test('an act only named so by someone ("what the government called collaborating") is no act', () => {
  const named = codeAll('HAVANA (Reuters) - A court sentenced 75 dissidents to up to 28 years in prison for what the government called collaborating with the United States.', '2003-04-07');
  assert.ok(named.some((e) => e.cameo.startsWith('17')), JSON.stringify(dyadsOf(named)));
  assert.ok(named.every((e) => !e.cameo.startsWith('06')), JSON.stringify(dyadsOf(named)));
});

test('a people\'s name before "region" is no town abroad; retaliating by an act is that act alone', () => {
  const kabylie = codeAll('ALGIERS (AFP) - Algerian President Abdelaziz Bouteflika on Monday ordered an inquiry into a week of rioting in the Berber region of Kabylie in which dozens of young people have been killed by security forces.', '2001-04-30');
  assert.ok(kabylie.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'SDN'), JSON.stringify(dyadsOf(kabylie)));
  const libya = codeAll('TRIPOLI (Reuters) - Libya retaliated by halting oil shipments to Switzerland.', '2009-08-20');
  assert.deepEqual(dyadsOf(libya).filter((d) => d.startsWith('19')), []);
  assert.ok(libya.some((e) => e.cameo.startsWith('16')), JSON.stringify(dyadsOf(libya)));
});

test('no party acts on itself under the same name', () => {
  const self = (evs: CodedEvent[]) => evs.filter((e) => e.actor.some((a) => e.recipient.some((b) => a.code === b.code && a.sector === b.sector)));
  const greece = codeAll('ATHENS (Reuters) - Greece on Thursday defended its decision to cut off trade with the former Yugoslav republic of Macedonia.', '1994-02-17');
  assert.deepEqual(dyadsOf(self(greece)), []);
  const france = codeAll('PARIS (Reuters) - France has asked five Americans, four of them diplomats, to leave the country after accusing them of economic espionage.', '1995-02-22');
  assert.deepEqual(dyadsOf(self(france)), []);
});

test('witnesses sign with no one; those "looking on" when others sign are no parties', () => {
  const witnesses = codeAll('NAYPYITAW (Reuters) - Myanmar\'s government signed a ceasefire with eight ethnic armed groups on Thursday. Representatives of the United Nations, the European Union, China, India, Japan and Thailand signed the agreement as witnesses.', '2015-10-15');
  assert.ok(witnesses.every((e) => e.sentenceIndex === 0), JSON.stringify(dyadsOf(witnesses)));
  const onlookers = codeAll('NEW YORK (Reuters) - Greek Foreign Minister Karolos Papoulias and his Macedonian counterpart Stevo Crvenkovski signed the agreement in a brief ceremony with U.N. mediator Cyrus Vance and U.S. Assistant Secretary of State Richard Holbrooke looking on.', '1995-09-13');
  assert.ok(onlookers.length > 0 && onlookers.every((e) => e.recipient.every((a) => a.code !== 'USA')), JSON.stringify(dyadsOf(onlookers)));
});

test('what others prevent is not done, and no one refused it: "prevented the two countries from signing a treaty"', () => {
  const treaty = codeAll('TOKYO (Reuters) - Japan recalled its ambassador to Russia on Tuesday in protest against President Dmitry Medvedev\'s visit to an island claimed by both countries. The dispute has prevented the two countries from signing a formal peace treaty.', '2010-11-02');
  assert.deepEqual(dyadsOf(treaty.filter((e) => e.sentenceIndex === 1)), []);
});

test('an act a verb of blocking or banning takes as its object does not take place: "blocked the arrest of"', () => {
  const blocked = codeAll('MANILA (Reuters) - Chinese surveillance ships blocked the arrest of Chinese fishermen by the Philippine navy at the shoal on Tuesday.', '2012-04-11');
  assert.ok(blocked.every((e) => !e.cameo.startsWith('173')), JSON.stringify(dyadsOf(blocked)));
});

test('where an attack came from is not its target; an act named in a list after "including" is not the subject\'s', () => {
  const rockets = codeAll('JERUSALEM (Reuters) - Palestinian militants fired more than 20 rockets from Gaza into southern Israel on Saturday, the military said.', '2019-05-04');
  assert.ok(rockets.some((e) => e.cameo.startsWith('19') && e.recipient.some((a) => a.code === 'ISR')), JSON.stringify(dyadsOf(rockets)));
  const including = codeAll('WASHINGTON (Reuters) - State Department spokesman James Rubin said the United States had no involvement and opposed all acts of terrorism, including attacks against Cuba.', '1997-09-05');
  assert.ok(including.every((e) => !e.cameo.startsWith('19')), JSON.stringify(dyadsOf(including)));
});

test('a description set off by commas after a country is that country, whatever it names: "Germany, Ukraine\'s biggest backer after the United States, has expelled"', () => {
  const after = codeAll('BERLIN (Reuters) - Germany, Ukraine\'s second-biggest military backer after the United States, has expelled dozens of Russian diplomats.', '2024-04-18');
  const expel = after.filter((e) => e.cameo.startsWith('16'));
  assert.ok(expel.length > 0 && expel.every((e) => e.actor.length === 1 && e.actor[0]!.code === 'DEU'), JSON.stringify(expel.map((e) => e.actor)));
  const backer = codeAll('BERLIN (Reuters) - Germany, Ukraine\'s biggest backer in Europe, has expelled dozens of Russian diplomats.', '2024-04-18');
  assert.ok(backer.filter((e) => e.cameo.startsWith('16')).every((e) => e.actor.length === 1), JSON.stringify(backer.map((e) => e.actor)));
});

test('diseases kill as disasters do: no one attacked', () => {
  const cholera = codeAll('PORT-AU-PRINCE (Reuters) - The Health Ministry said cholera has killed 917 people since it surfaced in October.', '2010-11-16');
  assert.deepEqual(dyadsOf(cholera.filter((e) => /^(18|19|20)/.test(e.cameo))), []);
});

test('a title before a surname the dictionaries leave ambiguous names whoever held that title: "President Clinton", "President Xi"', () => {
  const clinton = code('ISLAMABAD (Reuters) - President Clinton warned Pakistan on Monday against executing the ousted prime minister.', '2000-04-06');
  assert.ok(clinton.some((e) => e.actor.some((a) => a.code === 'USA' && a.sector === 'GOV')), JSON.stringify(clinton.map((e) => e.actor)));
  const hillary = code('ISLAMABAD (Reuters) - Secretary of State Clinton warned Pakistan on Monday.', '2010-04-06');
  assert.ok(hillary.some((e) => e.actor.some((a) => a.code === 'USA' && a.sector === 'GOV')), JSON.stringify(hillary.map((e) => e.actor)));
  const xi = code('BEIJING (Reuters) - President Xi warned Japan on Monday.', '2015-04-06');
  assert.ok(xi.some((e) => e.actor.some((a) => a.code === 'CHN' && a.sector === 'GOV')), JSON.stringify(xi.map((e) => e.actor)));
  // (Not the first words of a longer name: "President Michel Temer" is not the Seychelles' James Michel.)
  const temer = codeAll('BRASILIA (Reuters) - President Michel Temer has conceded to the demands of the protesting truck drivers.', '2018-05-30');
  assert.ok(temer.flatMap((e) => e.actor).every((a) => a.code === 'BRA'), JSON.stringify(temer.map((e) => e.actor)));
});

test('a "he" opening a sentence is the last sentence\'s doer, not the last person it named', () => {
  const he = codeAll('ASUNCION (Reuters) - President Fernando Lugo accepted the resignation of police commander Juan Perez on Friday. He sent troops to the region.', '2012-06-16');
  const sent = he.filter((e) => e.sentenceIndex === 1);
  assert.ok(sent.length > 0 && sent.every((e) => e.actor.length === 1 && e.actor[0]!.code === 'PRY' && e.actor[0]!.sector === 'GOV'), JSON.stringify(sent.map((e) => e.actor)));
});

test('a finite verb after ", and" goes with the clause\'s verb, not with a bare verb of an infinitive\'s pair', () => {
  const froze = codeAll('WASHINGTON (Reuters) - The U.S. Treasury on Friday accused two Venezuelan intelligence officials of helping Colombian rebels traffic cocaine and obtain weapons, and froze any assets they hold.', '2008-09-12');
  const sanction = froze.filter((e) => e.cameo.startsWith('16'));
  assert.ok(sanction.length > 0 && sanction.every((e) => e.actor.every((a) => a.code === 'USA')), JSON.stringify(dyadsOf(froze)));
});

test('a language is not a nationality, and "former Soviet" neighbours are not Russia', () => {
  const speaking = codeAll('Moldovan troops clashed with Russian-speaking separatists near the town of Bendery on Friday.', '1992-06-20');
  assert.ok(speaking.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'RUS'), JSON.stringify(dyadsOf(speaking)));
  const soviet = codeAll('The two former Soviet neighbours accused each other of starting the fighting on the border.', '2021-05-01');
  assert.ok(soviet.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'RUS'), JSON.stringify(dyadsOf(soviet)));
});

test('a source named with "according to" is no recipient', () => {
  const doctors = codeAll('ALGIERS (Reuters) - Rioters hurled stones at police posts, while security forces answered with tear gas and, according to doctors, live ammunition.', '2001-04-28');
  assert.ok(doctors.flatMap((e) => e.recipient).every((a) => !/doctors/.test(a.text)), JSON.stringify(doctors.map((e) => e.recipient)));
});

test('a city\'s name opening the name of a building or a square is not that city: "Victoria Palace"', () => {
  const palace = codeAll('BUCHAREST (Reuters) - Striking miners besieged the government offices at Victoria Palace on Wednesday.', '1991-09-26');
  assert.ok(palace.length > 0 && palace.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code === 'ROU'), JSON.stringify(dyadsOf(palace)));
});

test('the month of March is no march', () => {
  const march = codeAll('BISSAU (Reuters) - President Vieira and rebel leader Ansumane Mane signed a peace agreement on Sunday. The two sides also agreed to hold elections by March next year.', '1998-11-02');
  assert.ok(march.every((e) => !e.cameo.startsWith('13') && !e.cameo.startsWith('14')), JSON.stringify(dyadsOf(march)));
});

test('an act named after "no", or whose noun a modal of taking place follows, is not told as done', () => {
  const no = codeAll('BOGOTA (Reuters) - President Juan Manuel Santos said there would be no bilateral ceasefire until the rebels disarm.', '2012-11-19');
  assert.deepEqual(dyadsOf(no.filter((e) => e.cameo.startsWith('08'))), []);
  const going = codeAll('BOGOTA (Reuters) - The government said its military offensive against the rebels would continue.', '2012-11-19');
  assert.deepEqual(dyadsOf(going.filter((e) => /^(18|19|20)/.test(e.cameo))), []);
});

test('lifting a lawmaker\'s immunity is no concession; a figure told of trade is no act', () => {
  const immunity = codeAll('CAIRO (Reuters) - Parliament voted to lift the immunity of the opposition lawmaker on Saturday.', '2005-01-31');
  assert.ok(immunity.every((e) => !e.cameo.startsWith('08')), JSON.stringify(dyadsOf(immunity)));
  const worth = codeAll('Japanese exports to South Korea were worth about $50 billion last year.', '2019-07-04');
  assert.deepEqual(dyadsOf(worth), []);
});

test('envoys recalled by two countries are recalled from each other; one\'s own envoy is no recipient', () => {
  const both = codeAll('Saudi Arabia and Iran recalled their ambassadors on Tuesday in a dispute over the executions.', '2016-01-05');
  assert.deepEqual(dyadsOf(both.filter((e) => e.cameo.startsWith('16'))), ['161 IRN>SAU', '161 SAU>IRN']);
  // (Not when the sentence says where from: "recalled their ambassadors from Qatar".)
  const from = codeAll('Saudi Arabia, the United Arab Emirates and Bahrain recalled their ambassadors from Qatar on Wednesday.', '2014-03-05');
  assert.deepEqual(dyadsOf(from.filter((e) => e.cameo.startsWith('16'))), ['161 ARE,BHR,SAU>QAT']);
  const own = codeAll('A spokesman said the cabinet of Prime Minister Nouri al-Maliki had decided to recall Iraq\'s ambassador for consultations.', '2009-08-25');
  assert.ok(own.flatMap((e) => e.recipient).every((a) => !/ambassador/.test(a.text)), JSON.stringify(dyadsOf(own)));
});

test('the state bodies a leader orders, named bare, are the leader\'s own', () => {
  const ordered = codeAll('Chinese workers were killed in riots in central Vietnam, Chinese state media said. China condemned the attacks on Chinese citizens. Prime Minister Nguyen Tan Dung ordered authorities to punish the rioters.', '2014-05-16');
  const order = ordered.filter((e) => e.sentenceIndex === 2 && e.cameo.startsWith('10'));
  assert.ok(order.length > 0 && order.every((e) => e.recipient.every((a) => a.code === 'VNM')), JSON.stringify(dyadsOf(ordered)));
});

test('a participle after "and" with no subject or object of its own is as passive as the one before: "were flown ... and later handed over"', () => {
  const handed = codeAll('RABAT (Reuters) - The Moroccan soldiers were flown to Ceuta and later handed over to Moroccan authorities.', '2002-07-17');
  assert.ok(handed.every((e) => !e.actor.some((a) => /soldiers/.test(a.text))), JSON.stringify(dyadsOf(handed)));
  // (Not an active verb with its object: "was dissatisfied and demanded that Hanoi protect".)
  const demanded = codeAll('BEIJING (Reuters) - A Chinese foreign ministry spokeswoman said Beijing was strongly dissatisfied and demanded that Hanoi protect Chinese citizens.', '2014-05-16');
  assert.ok(demanded.some((e) => e.cameo.startsWith('10') && e.actor.some((a) => a.code === 'CHN') && e.recipient.some((a) => a.code === 'VNM')), JSON.stringify(dyadsOf(demanded)));
});

test('a war dated by its years is history: "the wars between 1989 and 2003 killed", "a war in 1992 that killed"', () => {
  const wars = codeAll('MONROVIA (Reuters) - Liberia\'s wars between 1989 and 2003 killed an estimated 250,000 people. The region broke away from Moldova in a brief war in 1992 that killed several hundred people.', '2006-03-29');
  assert.deepEqual(dyadsOf(wars.filter((e) => /^(18|19|20)/.test(e.cameo))), []);
  // (Not a war's act of the day: "The war in Chechnya killed 20 soldiers on Monday".)
  const today = codeAll('MOSCOW (Reuters) - Rebels killed 20 soldiers in Chechnya on Monday.', '2000-03-06');
  assert.ok(today.some((e) => e.cameo.startsWith('19')), JSON.stringify(dyadsOf(today)));
});

test('security officers are police; police and soldiers who smash and beat repress, they do not riot', () => {
  const officers = codeAll('KAMPALA (Reuters) - Ugandan security officers smashed the windows of opposition leader Kizza Besigye\'s car on Thursday.', '2011-04-28');
  assert.ok(officers.length > 0 && officers.every((e) => !e.cameo.startsWith('14')), JSON.stringify(dyadsOf(officers)));
  assert.ok(officers.some((e) => e.actor.some((a) => a.sector === 'COP')), JSON.stringify(officers.map((e) => e.actor)));
});

test('troops that back others give them no verbal support', () => {
  const backed = codeAll('MANAMA (Reuters) - The island has seen unrest since the authorities, backed by Saudi and Emirati troops, crushed mass protests in 2011. Rebels ended their revolt after government troops backed by U.N. forces drove them from their strongholds.', '2015-01-04');
  assert.ok(backed.every((e) => !(e.cameo.startsWith('05') && e.actor.length)), JSON.stringify(dyadsOf(backed)));
  // (A state named alone still backs in words: "Russia backed the Syrian government".)
  const state = codeAll('MOSCOW (Reuters) - Russia backed the Syrian government on Monday.', '2015-01-04');
  assert.ok(state.some((e) => e.cameo.startsWith('05') && e.actor.some((a) => a.code === 'RUS')), JSON.stringify(dyadsOf(state)));
});

test('a counted subject after a verb and "and" is its own clause\'s: "One man was killed and more than 1,000 people were detained"', () => {
  const detained = codeAll('TALLINN (Reuters) - One man was killed and more than 1,000 people were detained.', '2007-04-28');
  const arrest = detained.filter((e) => e.cameo.startsWith('17'));
  assert.ok(arrest.length > 0 && arrest.every((e) => e.recipient.every((a) => /1,000 people/.test(a.text))), JSON.stringify(arrest.map((e) => e.recipient)));
});

test('the leader of a body the sentence calls the opposition is of the opposition, whatever the body\'s name ends on', () => {
  const leader = codeAll('HARARE (Reuters) - The leader of the opposition Movement for Democratic Change accused the government of arresting his supporters.', '2000-05-27');
  assert.ok(leader.some((e) => e.actor.some((a) => a.code === 'ZWE' && a.sector === 'OPP')), JSON.stringify(leader.map((e) => e.actor)));
});

test('the court a case is taken to is where it is heard, not whom it is against; where someone is deported to is no recipient', () => {
  const court = codeAll('MANAGUA (Reuters) - Nicaragua said it would take the case to the International Court of Justice in The Hague.', '1999-12-03');
  assert.ok(court.flatMap((e) => e.recipient).every((a) => a.code !== 'IGO'), JSON.stringify(dyadsOf(court)));
  const deported = codeAll('MEXICO CITY (Reuters) - The businessman was arrested in Cuba and deported to Mexico last week.', '2004-05-03');
  assert.ok(deported.filter((e) => e.cameo.startsWith('174')).every((e) => e.recipient.every((a) => a.code !== 'MEX')), JSON.stringify(dyadsOf(deported)));
});

test('a name after "Plaza" or "Avenida" names a square or a street, not a person or a country', () => {
  const plaza = codeAll('LA PAZ (Reuters) - The fighting broke out in the Plaza Murillo, where hundreds of police officers had gathered.', '2003-02-13');
  assert.ok(plaza.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'NIC'), JSON.stringify(dyadsOf(plaza)));
});

test('families hit by low prices were struck by no one', () => {
  const prices = codeAll('ACAPULCO (Reuters) - Coffee and copra are the main crops of the region, and many farming families have been hit by low prices and by the peso\'s collapse since December.', '1995-06-30');
  assert.deepEqual(dyadsOf(prices), []);
});

test('a relative clause about what is halted or eased names no one it is done to', () => {
  const eased = codeAll('LUANDA (Reuters) - The leaders of Congo and Rwanda agreed on Wednesday to a roadmap aimed at easing tensions that have flared over a rebel offensive in eastern Congo, Angola\'s presidency said.', '2022-07-07');
  assert.ok(eased.filter((e) => e.cameo.startsWith('08') || e.cameo.startsWith('03')).every((e) => e.recipient.every((a) => !/offensive/.test(a.text))), JSON.stringify(dyadsOf(eased)));
});

test('"police" after "where" is the clause\'s subject even with its object misread; a doer word that is a preposition\'s object is no doer', () => {
  const where = codeAll('TBILISI (Reuters) - Irakli Kobakhidze resigned after clashes in Tbilisi, where police fired tear gas at protesters.', '2019-06-21');
  const fired = where.filter((e) => e.cameo.startsWith('17'));
  assert.ok(fired.length > 0 && fired.every((e) => e.actor.every((a) => a.sector === 'COP')), JSON.stringify(fired.map((e) => e.actor)));
  const mourned = codeAll('PRISTINA (Reuters) - Kosovo held a day of mourning on Monday for a police officer killed when heavily armed Serb gunmen ambushed a patrol.', '2023-09-25');
  assert.ok(mourned.every((e) => !e.actor.some((a) => /police/.test(a.text))), JSON.stringify(dyadsOf(mourned)));
  // (Not after a subordinator or "as": "after Nepali police opened fire on protesters", "as tanks shelled".)
  const after = codeAll('NEW DELHI (Reuters) - India said it was concerned after Nepali police opened fire on protesters blocking a border crossing.', '2015-11-03');
  assert.ok(after.some((e) => e.actor.some((a) => a.code === 'NPL' && a.sector === 'COP')), JSON.stringify(dyadsOf(after)));
});

test('a weapon that opens a clause leaves its harm unclaimed; a participle before "when" describes its noun', () => {
  const shells = codeAll('BAKU (Reuters) - Dozens of soldiers have been killed on each side, and several civilians died when shells struck villages near the front.', '2016-04-05');
  assert.ok(shells.every((e) => !e.actor.some((a) => /civilians/.test(a.text))), JSON.stringify(dyadsOf(shells)));
  const bomb = codeAll('BOGOTA (Reuters) - Colombian President Ivan Duque on Friday formally ended peace talks with the rebels, a day after a car bomb at a police academy in Bogota killed 21 people, including the bomber.', '2019-01-19');
  const harm = bomb.filter((e) => /^(18|19)/.test(e.cameo));
  assert.ok(harm.length > 0 && harm.every((e) => e.actor.every((a) => a.sector !== 'GOV')), JSON.stringify(dyadsOf(bomb)));
  const mourned = codeAll('PRISTINA (Reuters) - Kosovo held a day of mourning on Monday for a police officer killed when heavily armed Serb gunmen ambushed a patrol.', '2023-09-25');
  assert.ok(mourned.every((e) => !e.actor.some((a) => a.sector === 'COP')), JSON.stringify(mourned.map((e) => e.actor)));
});

test('foreign ministers of smaller countries are known by name; one out of office acts for the body the phrase names', () => {
  // (In a story that names the United States most, his title alone would make him American.)
  const falconi = code('U.S. officials said the United States would review ties. Foreign Minister Fander Falconi accused the U.S. embassy of meddling in police affairs.', '2009-02-19');
  assert.ok(falconi.some((e) => e.actor.some((a) => a.code === 'ECU' && a.sector === 'GOV')), JSON.stringify(falconi.map((e) => e.actor)));
  const mediator = codeAll('ISLAMABAD (Reuters) - Afghan rebel leaders said they would meet U.N. mediator Diego Cordovez next week.', '2000-01-01');
  assert.ok(mediator.flatMap((e) => e.recipient).every((a) => a.code !== 'ECU'), JSON.stringify(dyadsOf(mediator)));
});

test('a family name written first and followed by a given name the person named before lacks is someone else: "Chen Yunlin" after Chen Shui-bian', () => {
  const chen = codeAll('TAIPEI (Reuters) - A Taiwan court ordered former President Chen Shui-bian detained on Wednesday. His arrest came days after Chen Yunlin, China\'s top negotiator on Taiwan affairs, visited the island.', '2008-11-12');
  assert.ok(chen.flatMap((e) => [...e.actor, ...e.recipient]).filter((a) => /Yunlin/.test(a.text)).every((a) => a.code !== 'TWN'), JSON.stringify(dyadsOf(chen)));
});

test('a weapon that a reported clause opens on has no doer in the teller\'s phrase: "officers in the city reported that mortar rounds had struck"', () => {
  const rounds = codeAll('Rwandan and Ugandan forces shelled each other across the Congolese city of Kisangani for a fourth day on Thursday, killing scores of civilians, United Nations officials said. UN military liaison officers in the city reported that mortar and artillery rounds had struck houses, a cathedral and a hospital.', '2000-06-08');
  assert.ok(rounds.every((e) => !e.actor.some((a) => /city|officers/.test(a.text))), JSON.stringify(rounds.map((e) => e.actor)));
});

test('a "he" opening a sentence is the person the last sentence opened on; "Arab foreign ministers" are of no one country', () => {
  const he = codeAll('ALGIERS (Reuters) - Algeria cut diplomatic relations with Morocco on Tuesday. Foreign Minister Ramtane Lamamra said Morocco had never stopped its hostile actions. Lamamra cited remarks by Morocco\'s ambassador to the United Nations, Omar Hilale, who voiced support for self-determination for the Kabylie region. He also accused Rabat of using spyware against Algerian officials.', '2021-08-25');
  const accused = he.filter((e) => e.sentenceIndex === 3 && e.cameo.startsWith('11'));
  assert.ok(accused.length > 0 && accused.every((e) => e.actor.every((a) => a.code === 'DZA')), JSON.stringify(dyadsOf(he)));
  const arab = codeAll('CAIRO (Reuters) - Arab foreign ministers voted on Sunday to impose economic sanctions on Syria.', '2011-11-27');
  assert.ok(arab.flatMap((e) => e.actor).every((a) => a.code !== 'SYR' && a.code !== 'EGY'), JSON.stringify(dyadsOf(arab)));
});

test('security forces that charge a crowd repress it; prosecutors who charge someone accuse him', () => {
  const charged = codeAll('JALALABAD (Reuters) - Security forces charged the crowd outside the governor\'s office on Wednesday. Prosecutors charged him with murder.', '2005-05-12');
  assert.ok(charged.some((e) => e.cameo.startsWith('175') && e.recipient.some((a) => /crowd/.test(a.text))), JSON.stringify(dyadsOf(charged)));
  assert.ok(charged.every((e) => !(e.cameo.startsWith('112') && e.recipient.some((a) => /crowd/.test(a.text)))), JSON.stringify(dyadsOf(charged)));
});

test('a name set off before a description of its office takes the office\'s country; a generic body after another place\'s possessive is that place\'s', () => {
  const named = code('ASMARA (Reuters) - Yemane Gebremeskel, director of President Isaias Afwerki\'s office, accused Ethiopia of starting the air war.', '1998-06-06');
  assert.ok(named.some((e) => e.actor.length === 1 && e.actor[0]!.code === 'ERI' && /Yemane/.test(e.actor[0]!.text)), JSON.stringify(named.map((e) => e.actor)));
  const council = codeAll('KIZLYAR, Russia (Reuters) - Chechen rebels seized hundreds of hostages in Kizlyar. Magomedali Magomedov, head of Dagestan\'s State Council, was negotiating with the gunmen by telephone.', '1996-01-09');
  assert.ok(council.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'CHN'), JSON.stringify(dyadsOf(council)));
  // (Not the country's own: "China's State Council" is China's.)
  const china = code('BEIJING (Reuters) - China\'s State Council criticised Japan on Monday.', '2010-01-09');
  assert.ok(china.some((e) => e.actor.some((a) => a.code === 'CHN' && a.sector === 'GOV')), JSON.stringify(china.map((e) => e.actor)));
});

test('a story led by a country named by name, and named twice more than the dateline\'s, is that country\'s', () => {
  const text = 'ACCRA (Reuters) - West African leaders imposed travel bans on members of Guinea\'s military junta on Thursday and demanded that the country hold elections within six months. Leaders meeting in the Ghanaian capital also called for the release of ousted President Alpha Conde. The bloc had already suspended Guinea from its bodies. Guinea holds the world\'s largest reserves of bauxite.';
  const evs = codeAll(text, '2021-09-16');
  assert.ok(evs.flatMap((e) => e.recipient).every((a) => a.code !== 'GHA'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.recipient.some((a) => a.code === 'GIN' && /country/.test(a.text))), JSON.stringify(dyadsOf(evs)));
  // (Not a lead that names the other country by an adjective only: "RAWALPINDI: Indian troops ..." stays Pakistan's.)
  const loc = code('RAWALPINDI: Indian troops resorted to unprovoked firing across the Line of Control on Monday. This is the third time in three days that India has violated the ceasefire. Indian forces targeted villages in Battal sector. The political leadership will deliberate upon Pakistan\'s India policy.', '2019-01-21');
  assert.ok(loc.some((e) => e.actor.some((a) => a.code === 'IND') && e.recipient.some((a) => a.code === 'PAK')), JSON.stringify(dyadsOf(loc)));
});

test('a complaint about what a that-clause tells is aimed at its subject, or the doer of the act it names; never at whom the clause\'s verb is done to', () => {
  const raids = codeAll('Uzbek warplanes bombed suspected rebel positions this month. Kyrgyzstan complained that the raids killed several Kyrgyz villagers.', '1999-08-24');
  const complaint = raids.filter((e) => e.cameo.startsWith('11'));
  assert.ok(complaint.length === 1 && complaint[0]!.recipient.every((a) => a.code === 'UZB' && !/villagers/.test(a.text)), JSON.stringify(dyadsOf(raids)));
  // (A subject that names an actor is whom a demand is made of: "demanded that the United States cancel the deal".)
  const demand = code('Iran demanded that the United States cancel the deal.', '2018-05-09');
  assert.ok(demand.some((e) => e.event === 'REQUEST' && e.recipient.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(demand)));
});

test('a gap does not run into an aside that counts what came before; a charge\'s participle after a noun tells no accusation', () => {
  const toll = codeAll('Government spokesman Hourmadji Moussa Doumgor said more than 300 people were killed in Thursday\'s fighting, most of them fighters of the United Front for Change.', '2006-04-14');
  assert.ok(toll.every((e) => !e.actor.some((a) => /spokesman/.test(a.text))), JSON.stringify(dyadsOf(toll)));
  const trial = codeAll('The trial of 15 people accused of involvement in the spring violence opened in Tashkent\'s Supreme Court.', '2004-07-31');
  assert.ok(trial.every((e) => !e.cameo.startsWith('11')), JSON.stringify(dyadsOf(trial)));
});

test('"what Tehran called Iranian waters" is no call; officials sent are a visit, soldiers sent to an international force a contribution', () => {
  const waters = codeAll('An Iranian naval vessel ordered the ships out of what Tehran called Iranian waters, Azerbaijani officials said.', '2001-07-24');
  assert.ok(waters.every((e) => !e.cameo.startsWith('04')), JSON.stringify(dyadsOf(waters)));
  const officials = code('In Tokyo, Prime Minister Keizo Obuchi said Japan was sending officials to Bishkek.', '1999-08-24');
  assert.ok(officials.some((e) => e.event === 'CONSULT' && e.recipient.some((a) => a.code === 'KGZ')) && officials.every((e) => e.event !== 'AID'), JSON.stringify(dyadsOf(officials)));
  const force = code('Niger has sent about 650 soldiers to an African force in Mali.', '2013-05-23');
  assert.ok(force.some((e) => e.cameo === '074') && force.every((e) => e.event !== 'MOBILIZE'), JSON.stringify(dyadsOf(force)));
});

test('without a dateline, the country the lead says things happened in is the article\'s, not its neighbour named as often', () => {
  const text = 'Seven United Nations peacekeepers from Niger were killed in an ambush in southwestern Ivory Coast near the border with Liberia, the U.N. mission said on Saturday. The soldiers came under fire from unidentified gunmen. Government officials blamed militiamen and Liberian mercenaries who they say are based across the border. Liberia\'s government said it would work with the U.N. to secure the frontier. Ivory Coast is the world\'s biggest cocoa producer.';
  const evs = codeAll(text, '2012-06-09');
  const blamed = evs.filter((e) => e.cameo.startsWith('11'));
  assert.ok(blamed.length > 0 && blamed.every((e) => e.actor.every((a) => a.code === 'CIV')), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.filter((e) => e.event === 'ASSAULT').every((e) => e.actor.every((a) => a.code !== 'LBR')), JSON.stringify(dyadsOf(evs)));
});

test('a verb\'s object is not the subject of a participle that a time sets apart from it', () => {
  const evs = codeAll('Thai protesters have surrounded Government House for more than two weeks demanding that Abhisit resign.', '2009-04-11');
  const demand = evs.filter((e) => e.event === 'REQUEST');
  assert.ok(demand.length > 0 && demand.every((e) => e.actor.every((a) => !/Government House/.test(a.text))), JSON.stringify(dyadsOf(evs)));
});

test('a state\'s backing of another\'s troops in the field is military cooperation', () => {
  const evs = code('Mauritanian troops backed by France killed six al Qaeda fighters in a dawn raid in northern Mali.', '2010-07-23');
  assert.ok(evs.some((e) => e.cameo === '062' && e.actor.some((a) => a.code === 'FRA') && e.recipient.some((a) => a.code === 'MRT')) && evs.every((e) => e.cameo !== '051'), JSON.stringify(dyadsOf(evs)));
  // (An act backed is endorsed: "Somali interim President Abdullahi Yusuf backed the strike".)
  const strike = codeAll('U.S. gunships struck suspected al Qaeda militants in southern Somalia. Somali interim President Abdullahi Yusuf backed the strike.', '2007-01-09');
  assert.ok(strike.filter((e) => e.sentenceIndex === 1).every((e) => e.cameo === '051'), JSON.stringify(dyadsOf(strike)));
});

test('a relative clause\'s verb with no object of its own is done to the one the clause describes', () => {
  const contact = codeAll('The Tajik government sent troops to arrest Tolib Ayombekov, a former opposition commander it blames for the killing of a senior security official.', '2012-07-25');
  const blame = contact.filter((e) => e.cameo.startsWith('112'));
  assert.ok(blame.length === 1 && blame[0]!.actor.every((a) => a.code === 'TJK') && blame[0]!.recipient.some((a) => /commander/.test(a.text)), JSON.stringify(dyadsOf(contact)));
  const whom = codeAll('The army arrested a commander whom the government blames for the killing.', '2012-07-25');
  assert.ok(whom.some((e) => e.cameo.startsWith('112') && /government/.test(e.actor[0]?.text ?? '') && e.recipient.some((a) => /commander/.test(a.text))), JSON.stringify(dyadsOf(whom)));
  // (Not what is said after a name: "promising President Andres Pastrana that Washington would stand by Colombia".)
  const promise = codeAll('President Clinton flew into Cartagena on Wednesday, promising President Andres Pastrana that Washington would stand by Colombia.', '2000-08-30');
  assert.ok(promise.every((e) => e.recipient.every((a) => !/promising/.test(a.text))), JSON.stringify(dyadsOf(promise)));
});

test('a participle right after a preposition\'s object of people describes them: "clashed with protesters occupying his offices"', () => {
  const evs = codeAll('BANGKOK (Reuters) - Prime Minister Somchai Wongsawat, who is struggling with anti-government protesters occupying his offices, called for calm.', '2008-10-15');
  const occupied = evs.filter((e) => e.eventText.includes('occupying'));
  assert.ok(occupied.length === 1 && occupied[0]!.event === 'PROTEST' && /protesters/.test(occupied[0]!.actor[0]?.text ?? ''), JSON.stringify(dyadsOf(evs)));
});

test('a present-tense relative clause about a thing, and a state hosting foreign forces, tell how things stand', () => {
  const base = codeAll('Kyrgyzstan\'s parliament voted overwhelmingly Thursday to shut a U.S. air base that supports military operations in Afghanistan. Uzbekistan hosts a U.S. air base at Khanabad.', '2009-02-19');
  assert.ok(base.every((e) => e.event !== 'SUPPORT' && e.event !== 'COOPERATE'), JSON.stringify(dyadsOf(base)));
  // (Hosting talks is an act: "Turkey hosts talks between Russia and Ukraine".)
  const talks = code('Turkey hosts talks between Russia and Ukraine.', '2022-03-10');
  assert.ok(talks.some((e) => e.event === 'CONSULT'), JSON.stringify(dyadsOf(talks)));
});

test('a coercion foretold with no one named to do it is no one\'s threat, unless a speaker of that side foretells it', () => {
  const law = codeAll('KUALA LUMPUR (Reuters) - Under Malaysian law Anwar will be barred from standing for election for five years after his release.', '2015-02-10');
  assert.ok(law.every((e) => e.event !== 'THREATEN'), JSON.stringify(dyadsOf(law)));
  const said = code('PORT MORESBY (Reuters) - "This is not a coup, it is a handful of rogue soldiers," Prime Minister Michael Somare said, adding that the soldiers would be arrested.', '2007-01-01');
  assert.ok(said.some((e) => e.event === 'THREATEN' && e.actor.some((a) => a.code === 'PNG')), JSON.stringify(dyadsOf(said)));
});

test('"were reported killed" is a passive; people "from" a country are not where they were killed; a gap stops at a verb of saying', () => {
  const shot = codeAll('LIBREVILLE (Reuters) - At least two people were reported killed when security forces fired on protesters.', '2016-09-01');
  assert.ok(shot.every((e) => !e.actor.some((a) => /people/.test(a.text))), JSON.stringify(dyadsOf(shot)));
  const ambush = codeAll('Seven United Nations peacekeepers from Niger were killed in an ambush in southwestern Ivory Coast. Several civilians were also reported killed, and residents said hundreds of villagers had fled into the forest.', '2012-06-09');
  assert.ok(ambush.every((e) => e.actor.every((a) => a.code !== 'NER') && !e.actor.some((a) => /civilians/.test(a.text))), JSON.stringify(dyadsOf(ambush)));
});

test('"protesters opposed to a deal" describes them: no disapproval of theirs', () => {
  const evs = codeAll('BAMAKO (Reuters) - Hundreds of protesters opposed to a deal keeping Mali\'s interim president in office stormed his offices on Monday.', '2012-05-21');
  assert.ok(evs.every((e) => !e.cameo.startsWith('11')), JSON.stringify(dyadsOf(evs)));
});

test('travel bans one state or body puts on another\'s people are sanctions; on its own people, coercion', () => {
  const ecowas = code('West African leaders imposed travel bans and asset freezes on members of Guinea\'s military junta on Thursday.', '2021-09-16');
  assert.ok(ecowas.some((e) => e.event === 'SANCTION' && e.recipient.some((a) => a.code === 'GIN')) && ecowas.every((e) => e.event !== 'COERCE'), JSON.stringify(dyadsOf(ecowas)));
  const own = codeAll('Belarus imposed a travel ban on opposition leaders.', '2021-09-16');
  assert.ok(own.every((e) => e.event !== 'SANCTION'), JSON.stringify(dyadsOf(own)));
});

test('long objects in patterns written with more than one gap: "ordered the spokesman for the United Nations children\'s agency to leave the country"', () => {
  const ordered = code('Sri Lanka has ordered the spokesman for the United Nations children\'s agency to leave the country.', '2009-09-07');
  assert.ok(ordered.some((e) => e.cameo === '174' && e.actor.some((a) => a.code === 'LKA')), JSON.stringify(dyadsOf(ordered)));
  const held = code('Israel held the governments of Lebanon and Syria responsible for the soldiers\' safety.', '2000-10-07');
  assert.ok(held.some((e) => e.event === 'ACCUSE' && e.recipient.some((a) => a.code === 'LBN')), JSON.stringify(dyadsOf(held)));
  const aid = code('The European Commission on Wednesday suspended hundreds of millions of euros in aid to Bulgaria.', '2008-07-23');
  assert.ok(aid.some((e) => e.event === 'SANCTION' && e.recipient.some((a) => a.code === 'BGR')), JSON.stringify(dyadsOf(aid)));
  const supplies = code('India has suspended military supplies to Nepal.', '2005-02-22');
  assert.ok(supplies.some((e) => e.event === 'SANCTION' && e.recipient.some((a) => a.code === 'NPL')), JSON.stringify(dyadsOf(supplies)));
});

test('a lead that names the dateline\'s country only as where things happened is another country\'s story', () => {
  const doha = codeAll('DOHA, May 21 (AP) -- Lebanon\'s feuding leaders signed an agreement in Qatar on Wednesday to end an 18-month political standoff that pushed Lebanon to the brink of civil war. At least 65 people were killed in clashes in Beirut this month. Opposition supporters have occupied tents outside the government headquarters since December 2006. Lebanon\'s parliament will elect a president. The Lebanese army stayed neutral.', '2008-05-21');
  assert.ok(doha.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'QAT'), JSON.stringify(dyadsOf(doha)));
  // (Not when the lead names the dateline's country by an adjective too: "Nepali police opened fire".)
  const kathmandu = codeAll('KATHMANDU (Reuters) - India said on Tuesday it was deeply concerned after Nepali police opened fire on protesters at a border crossing in Nepal. Police in the town of Birgunj moved on Monday to clear demonstrators. India and Nepal have traded accusations. Indian officials denied blocking fuel.', '2015-11-03');
  assert.ok(kathmandu.filter((e) => e.actor.some((a) => /^Police/.test(a.text))).every((e) => e.actor.every((a) => a.code !== 'IND')), JSON.stringify(dyadsOf(kathmandu)));
});

test('a protest an official conveys is a complaint; a treaty denounced "as" something is criticised; institutions demanded are no one demanded of', () => {
  const conveyed = code('NEW DELHI (Reuters) - Foreign Secretary Ranjan Mathai conveyed a strong protest to Pakistan\'s High Commissioner Salman Bashir.', '2013-01-09');
  assert.ok(conveyed.some((e) => e.cameo === '114' && e.recipient.some((a) => a.code === 'PAK')) && conveyed.every((e) => e.event !== 'PROTEST'), JSON.stringify(dyadsOf(conveyed)));
  const denounced = codeAll('DHAKA (Reuters) - The main opposition Bangladesh Nationalist Party denounced the accord as unconstitutional.', '1997-12-02');
  assert.ok(denounced.some((e) => e.event === 'ACCUSE') && denounced.every((e) => e.event !== 'SANCTION'), JSON.stringify(dyadsOf(denounced)));
  const demanded = codeAll('RABAT (Reuters) - Protesters went on to demand jobs, hospitals and a university for the Rif.', '2018-06-27');
  assert.ok(demanded.every((e) => e.recipient.every((a) => !/hospital|university/.test(a.text))), JSON.stringify(dyadsOf(demanded)));
});

test('what a crowd chants for is not done; a complaint about a passive is aimed at its agent; no state summons its own envoy', () => {
  const chanted = codeAll('SKOPJE (Reuters) - Witnesses said the crowd broke through the gates and chanted for Trajkovski to resign.', '2001-06-26');
  assert.ok(chanted.every((e) => e.event !== 'CONCEDE'), JSON.stringify(dyadsOf(chanted)));
  const harassed = code('CHISINAU (Reuters) - Moldova\'s government has complained that its officials were harassed by Russian security services.', '2017-05-29');
  assert.ok(harassed.some((e) => e.event === 'ACCUSE' && e.recipient.some((a) => a.code === 'RUS')), JSON.stringify(dyadsOf(harassed)));
  const summoned = codeAll('BAGHDAD (Reuters) - Iraq recalled its charge d\'affaires from Ankara. Turkey\'s Foreign Ministry denied responsibility. The ministry also summoned Turkey\'s charge d\'affaires in Baghdad.', '2022-07-21');
  assert.ok(summoned.filter((e) => e.eventText.includes('summon')).every((e) => e.actor.every((a) => a.code === 'IRQ')), JSON.stringify(dyadsOf(summoned)));
});

test('borders that meet are no meeting', () => {
  const map = codeAll('The map shows about 335 square km of Himalayan land where the borders of Nepal, India and China meet.', '2020-06-13');
  assert.ok(map.every((e) => e.event !== 'CONSULT'), JSON.stringify(dyadsOf(map)));
});

test('an occupation ended is not done; a patrol a "when" clause follows sets the scene; people who stray across a border occupy nothing', () => {
  const ended = codeAll('Hezbollah guerrillas captured three Israeli soldiers on Saturday, in the most serious border incident since Israel ended its occupation of south Lebanon in May.', '2000-10-07');
  assert.ok(ended.every((e) => e.cameo !== '192'), JSON.stringify(dyadsOf(ended)));
  const patrol = codeAll('The soldiers were patrolling in thick fog in the Mendhar sector on Tuesday when Pakistani troops crossed the Line of Control and ambushed them.', '2013-01-09');
  assert.ok(patrol.every((e) => e.event !== 'MOBILIZE') && patrol.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(patrol)));
  const hikers = codeAll('An Iranian official said the Americans had entered Iranian territory illegally.', '2009-08-03');
  assert.ok(hikers.every((e) => e.cameo !== '192'), JSON.stringify(dyadsOf(hikers)));
});

test('a state\'s police or government coercing with no one named, in a sentence naming no other country, coerce their own people', () => {
  const gas = code('DAKAR (Reuters) - Senegalese police responded with tear gas and live ammunition on Friday.', '2021-03-06');
  assert.ok(gas.some((e) => e.cameo === '175' && codesOf(e.actor).join() === 'SEN' && codesOf(e.recipient).join() === 'SEN'), JSON.stringify(dyadsOf(gas)));
  const emergency = code('BANGKOK (Reuters) - Prime Minister Abhisit Vejjajiva declared a state of emergency in Pattaya on Saturday.', '2009-04-11');
  assert.ok(emergency.some((e) => e.cameo === '1724' && codesOf(e.recipient).join() === 'THA'), JSON.stringify(dyadsOf(emergency)));
  // (Not foreigners: "ordered 38 foreign aid agencies to leave the country" are not Rwanda's.)
  const agencies = codeAll('KIGALI (Reuters) - Rwanda\'s government has ordered 38 foreign aid agencies to halt their work and leave the country.', '1995-12-08');
  assert.ok(agencies.every((e) => !codesOf(e.recipient).includes('RWA')), JSON.stringify(dyadsOf(agencies)));
});

test('without a dateline, protesters and police where the lead says things happened are that country\'s; "eight foreign tourists" are of no country', () => {
  const beijing = codeAll('Japan demanded an apology and compensation from China on Sunday after thousands of demonstrators hurled stones and bottles at its embassy in Beijing. Japan\'s foreign minister summoned China\'s ambassador. Police in riot gear formed lines outside the embassy compound but largely stood by as protesters threw rocks. China said Japan should face up to its past. Chinese officials urged calm. Japan protested again.', '2005-04-10');
  assert.ok(beijing.filter((e) => e.actor.some((a) => /protesters|Police/.test(a.text))).every((e) => e.actor.every((a) => a.code === 'CHN')), JSON.stringify(dyadsOf(beijing)));
  const tourists = codeAll('President Yoweri Museveni promised to pursue the Rwandan Hutu rebels who hacked and beat eight foreign tourists to death in Uganda\'s Bwindi forest.', '1999-03-03');
  assert.ok(tourists.flatMap((e) => e.recipient).filter((a) => /tourists/.test(a.text)).every((a) => a.code === null), JSON.stringify(dyadsOf(tourists)));
});

test('what is blamed "on" someone is theirs, not the place it happened; a state\'s media demands in the state\'s name', () => {
  const kigali = code('KIGALI (Reuters) - Rwanda blamed the grenade attacks in Kigali on Uganda.', '2010-04-22');
  assert.ok(kigali.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'UGA'), JSON.stringify(dyadsOf(kigali)));
  const abkhaz = code('SUKHUMI (Reuters) - Abkhaz officials blamed the fighting on Georgian guerrilla groups.', '1998-05-25');
  assert.ok(abkhaz.some((e) => e.event === 'ACCUSE' && e.recipient.some((a) => /guerrilla/.test(a.text))), JSON.stringify(dyadsOf(abkhaz)));
  const kcna = code('SEOUL (Reuters) - North Korea\'s official KCNA news agency accused the South of a premeditated provocation and demanded an apology.', '1999-06-15');
  assert.ok(kcna.every((e) => !(e.event === 'REQUEST' && codesOf(e.recipient).includes('PRK'))), JSON.stringify(dyadsOf(kcna)));
});

test('what one\'s own forces are ordered to do is not done; a participle before a title and a name describes; what hits an economy is no violence', () => {
  const ordered = codeAll('MOSCOW (Reuters) - President Vladimir Putin flew to the region and ordered security forces to "find and destroy" the attackers.', '2004-06-22');
  assert.ok(ordered.every((e) => !/^1[789]/.test(e.cameo) || e.eventText.includes('order')), JSON.stringify(dyadsOf(ordered)));
  // (Another party ordered is coerced: "ordered the opposition newspaper La Prensa to suspend publication".)
  const prensa = code('MANAGUA (Reuters) - Nicaragua\'s Sandinista government ordered the opposition newspaper La Prensa to suspend publication.', '1986-06-27');
  assert.ok(prensa.some((e) => e.event === 'COERCE'), JSON.stringify(dyadsOf(prensa)));
  const ousted = codeAll('Fans chanted slogans praising ousted Iraqi leader Saddam Hussein.', '2004-03-13');
  assert.ok(ousted.every((e) => e.cameo !== '170'), JSON.stringify(dyadsOf(ousted)));
  const economy = codeAll('Syria\'s economy has been badly hit by the unrest and sanctions.', '2012-05-29');
  assert.ok(economy.every((e) => e.event !== 'ASSAULT'), JSON.stringify(dyadsOf(economy)));
  const investment = code('LUSAKA (Reuters) - Opposition leader Michael Sata attacked Chinese investment.', '2006-10-02');
  assert.ok(investment.every((e) => e.event !== 'ASSAULT'), JSON.stringify(dyadsOf(investment)));
  const boycott = codeAll('CHISINAU (Reuters) - Parliament voted to approve Prime Minister Pavel Filip, with opposition deputies boycotting the vote.', '2016-01-21');
  assert.ok(boycott.every((e) => !(e.eventText.includes('boycott') && e.actor.some((a) => /Filip/.test(a.text)))), JSON.stringify(dyadsOf(boycott)));
  const greeted = codeAll('He landed in Khartoum and was greeted by cheering crowds.', '2015-06-15');
  assert.ok(greeted.every((e) => !e.recipient.some((a) => /crowds/.test(a.text))), JSON.stringify(dyadsOf(greeted)));
});

test('a gerund after a preposition is the act it names; high commissioners are envoys; an envoy declared persona non grata under a long name; a patrol attacked is the target', () => {
  // (The tagger reads "expelling" after "by" as a noun.)
  const expelled = code('LA PAZ (Reuters) - The United States responded by expelling Bolivia\'s ambassador.', '2008-09-11');
  assert.ok(expelled.some((e) => e.cameo === '161' && codesOf(e.actor).join() === 'USA' && codesOf(e.recipient).join() === 'BOL'), JSON.stringify(dyadsOf(expelled)));
  const retaliated = codeAll('LONDON (Reuters) - Britain retaliated by expelling two Russian diplomats.', '2007-07-16');
  assert.ok(retaliated.some((e) => e.cameo === '161' && codesOf(e.actor).join() === 'GBR' && codesOf(e.recipient).join() === 'RUS'), JSON.stringify(dyadsOf(retaliated)));
  assert.ok(retaliated.every((e) => e.event !== 'ASSAULT'), JSON.stringify(dyadsOf(retaliated)));
  const commissioner = code('LILONGWE (Reuters) - Malawi expelled the British High Commissioner on Tuesday.', '2011-04-26');
  assert.ok(commissioner.some((e) => e.cameo === '161' && codesOf(e.actor).join() === 'MWI' && codesOf(e.recipient).join() === 'GBR'), JSON.stringify(dyadsOf(commissioner)));
  const summoned = code('NEW DELHI (Reuters) - India summoned the Pakistani High Commissioner over the attack.', '2016-09-20');
  assert.ok(summoned.some((e) => e.cameo === '114' && codesOf(e.actor).join() === 'IND' && codesOf(e.recipient).join() === 'PAK'), JSON.stringify(dyadsOf(summoned)));
  const declared = codeAll('LILONGWE (Reuters) - Malawi declared British High Commissioner Fergus Cochrane-Dyet persona non grata on Tuesday.', '2011-04-26');
  assert.ok(declared.some((e) => e.cameo === '161' && codesOf(e.actor).join() === 'MWI' && codesOf(e.recipient).join() === 'GBR'), JSON.stringify(dyadsOf(declared)));
  assert.ok(declared.every((e) => !codesOf(e.actor).includes('GBR')), JSON.stringify(dyadsOf(declared)));
  const patrol = codeAll('BEIRUT (Reuters) - Hezbollah fighters ambushed an Israeli patrol near the border.', '2006-07-12');
  assert.ok(patrol.some((e) => e.event === 'ASSAULT' && codesOf(e.recipient).join() === 'ISR'), JSON.stringify(dyadsOf(patrol)));
  assert.ok(patrol.every((e) => e.event !== 'MOBILIZE'), JSON.stringify(dyadsOf(patrol)));
});

test('"agreed to a ceasefire brokered by Egypt": "to" before a noun phrase is no infinitive, and the participle with its agent is no verb of the clause', () => {
  const truce = codeAll('CAIRO (Reuters) - Israel and Hamas agreed to a ceasefire brokered by Egypt.', '2012-11-21');
  assert.ok(truce.some((e) => e.cameo === '0356' && codesOf(e.actor).join() === 'ISR' && codesOf(e.recipient).join() === 'PSE'), JSON.stringify(dyadsOf(truce)));
  assert.ok(truce.some((e) => e.cameo === '045' && codesOf(e.actor).join() === 'EGY'), JSON.stringify(dyadsOf(truce)));
  assert.ok(truce.every((e) => e.cameo !== '039'), JSON.stringify(dyadsOf(truce)));
  // (An infinitive's gap still holds a verb: "agreed to help mediate".)
  const mediate = code('ANKARA (Reuters) - Turkey agreed to help mediate between Russia and Ukraine.', '2022-03-01');
  assert.ok(mediate.some((e) => e.cameo === '039' && codesOf(e.actor).join() === 'TUR'), JSON.stringify(dyadsOf(mediate)));
});

test('a hyphenated word is one word of a pattern\'s gap: "agreed to a 72-hour truce", "tore up a four-year-old security agreement"', () => {
  // (Agreed with no other side named, the truce is held back: codeAll shows it.)
  const truce = codeAll('KHARTOUM (Reuters) - The Sudanese army and the RSF agreed to a 72-hour truce.', '2023-04-25');
  assert.ok(truce.some((e) => e.cameo === '0356' && codesOf(e.actor).includes('SDN')), JSON.stringify(dyadsOf(truce)));
  assert.ok(truce.every((e) => e.cameo !== '030'), JSON.stringify(dyadsOf(truce)));
  const pact = code('JAKARTA (Reuters) - Indonesia on Thursday tore up a four-year-old security agreement with Australia.', '2013-11-21');
  assert.ok(pact.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'IDN' && codesOf(e.recipient).join() === 'AUS'), JSON.stringify(dyadsOf(pact)));
});

test('a group declared terrorist is banned; what a pretext is for is alleged; a group is later named by its last word, not by the place its name ends on', () => {
  const declared = code('CAIRO (AP) - Egypt\'s military-backed government on Wednesday declared the Muslim Brotherhood a terrorist organization.', '2013-12-25');
  assert.ok(declared.some((e) => e.cameo === '1722' && codesOf(e.actor).join() === 'EGY' && codesOf(e.recipient).join() === 'EGY'), JSON.stringify(dyadsOf(declared)));
  const pretext = codeAll('CAIRO (AP) - A spokesman said the decision was a pretext to crush peaceful opposition to the government.', '2013-12-25');
  assert.ok(pretext.every((e) => e.event !== 'ASSAULT'), JSON.stringify(dyadsOf(pretext)));
  const later = codeAll('CAIRO (AP) - Egypt declared the Muslim Brotherhood a terrorist organization on Wednesday. The Brotherhood condemned the decision.', '2013-12-25');
  assert.ok(later.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'EGY' && e.actor.some((a) => a.text === 'Brotherhood')), JSON.stringify(dyadsOf(later)));
  const cabinda = codeAll('LUANDA (Reuters) - The Front for the Liberation of the Enclave of Cabinda claimed the attack. Angola sent more troops to Cabinda.', '2010-01-10');
  assert.ok(cabinda.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.text !== 'Cabinda' || a.org !== 'FLEC'), JSON.stringify(dyadsOf(cabinda)));
});

test('a country\'s name after an Arabic article and a hyphen is a person\'s name; where someone was away is not where the act was', () => {
  const turk = codeAll('DAMASCUS (Reuters) - His arrest came days after the detention of veteran opposition leader Riad al-Turk, who was picked up last Saturday after criticising the late President Hafez al-Assad.', '2001-09-07');
  assert.ok(turk.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'TUR'), JSON.stringify(dyadsOf(turk)));
  const away = codeAll('Soldiers detained the prime minister while the president was away at a conference in Nigeria.', '2003-07-16');
  assert.ok(away.flatMap((e) => [...e.actor, ...e.recipient]).every((a) => a.code !== 'NGA'), JSON.stringify(dyadsOf(away)));
});

test('unnamed aid and rights groups are non-governmental organisations of no country; a local one or a charity is the place\'s', () => {
  const rights = code('NAIROBI (Reuters) - Rights groups accused police of killing protesters.', '2017-08-12');
  assert.ok(rights.some((e) => codesOf(e.actor).join() === 'NGO' && codesOf(e.recipient).join() === 'KEN'), JSON.stringify(dyadsOf(rights)));
  const local = code('NAIROBI (Reuters) - A local rights group accused police of killing protesters.', '2017-08-12');
  assert.ok(local.some((e) => codesOf(e.actor).join() === 'KEN'), JSON.stringify(dyadsOf(local)));
  const charities = code('NOUAKCHOTT (Reuters) - The government shut down Islamic charities, accusing them of plotting against the state.', '2003-06-01');
  assert.ok(charities.every((e) => !codesOf(e.recipient).includes('NGO')), JSON.stringify(dyadsOf(charities)));
});

test('a name set off after one person\'s title is that person: hyphenated names, "a rebel spokesman, ...", counted once', () => {
  const envoy = code('TOKYO (Reuters) - Japanese Foreign Minister Koichiro Gemba summoned South Korea\'s ambassador, Shin Kak-soo, to protest.', '2012-08-10');
  assert.ok(envoy.some((e) => e.cameo === '114' && codesOf(e.recipient).join() === 'KOR'), JSON.stringify(dyadsOf(envoy)));
  const mp = code('DAMASCUS (Reuters) - Another independent MP, Mamoun al-Homsi, was arrested in August.', '2001-09-07');
  assert.ok(mp.some((e) => e.event === 'COERCE' && codesOf(e.recipient).join() === 'SYR'), JSON.stringify(dyadsOf(mp)));
  const spokesman = code('JUBA (Reuters) - A rebel spokesman, Lul Ruai Koang, accused Washington of ignoring abuses.', '2014-05-07');
  assert.ok(spokesman.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'SSD' && codesOf(e.recipient).join() === 'USA'), JSON.stringify(dyadsOf(spokesman)));
  // (A plural's names are a list: each is counted.)
  const americans = codeAll('Rebels freed the three Americans, Marc Gonsalves, Thomas Howes and Keith Stansell.', '2008-07-02');
  assert.ok(americans.some((e) => e.recipient.length === 4), JSON.stringify(dyadsOf(americans)));
});

test('a participle of giving or refusing keeps its thing before the agent: "refused entry by Cairo" is Cairo\'s refusal', () => {
  const refused = code('SALLUM, Egypt (Reuters) - Hundreds of Palestinians expelled from Libya were camped in the desert near the border on Tuesday, refused entry by Cairo and unable to go back.', '1995-09-12');
  assert.ok(refused.some((e) => e.event === 'REJECT' && codesOf(e.actor).join() === 'EGY' && codesOf(e.recipient).join() === 'PSE'), JSON.stringify(dyadsOf(refused)));
  assert.ok(refused.every((e) => !(e.event === 'REJECT' && codesOf(e.actor).includes('PSE'))), JSON.stringify(dyadsOf(refused)));
});

test('a surname the dictionary knows is someone else\'s after another given name, and later in that article', () => {
  const ortega = code('CARACAS (Reuters) - Venezuela\'s chief prosecutor, Luisa Ortega, accused the government of a coup. Ortega said the assembly was illegitimate and accused the government of breaking the constitution.', '2017-08-05');
  assert.ok(ortega.length > 0 && ortega.every((e) => !codesOf(e.actor).includes('NIC')), JSON.stringify(dyadsOf(ortega)));
  // (Not a spelling of the person's own given name, nor with no given name at all.)
  const daniel = code('MANAGUA (Reuters) - Ortega accused the United States of meddling.', '2018-07-01');
  assert.ok(daniel.some((e) => codesOf(e.actor).join() === 'NIC'), JSON.stringify(dyadsOf(daniel)));
});

test('a title before a hyphenated given name the dictionaries do not know is still that title\'s: "Interior Minister Jean-Marc Dupont"', () => {
  const met = code('PARIS (Reuters) - Prime Minister Lionel Jospin met Interior Minister Jean-Marc Dupont on Saturday.', '1999-03-06');
  assert.ok(met.some((e) => e.event === 'CONSULT' && codesOf(e.actor).join() === 'FRA' && codesOf(e.recipient).join() === 'FRA'), JSON.stringify(dyadsOf(met)));
  const condemned = code('SEOUL (Reuters) - Defence Minister Choi Jae-hoon condemned North Korea\'s nuclear test.', '2011-05-02');
  assert.ok(condemned.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'KOR' && codesOf(e.recipient).join() === 'PRK'), JSON.stringify(dyadsOf(condemned)));
});

test('a description set off after a titled name the dictionaries do not know is that person again, counted once', () => {
  const detained = code('MANAMA (Reuters) - Bahraini authorities detained Sheikh Hassan al-Jamri, the leader of the kingdom\'s main opposition group al-Amal, on Sunday.', '2014-12-29');
  const arrest = detained.find((e) => e.event === 'COERCE');
  assert.ok(arrest && codesOf(arrest.recipient).join() === 'BHR' && arrest.recipient.length === 1, JSON.stringify(detained.map((e) => e.recipient.map((a) => a.text))));
});

test('forces deployed with no one named to deploy them are their own state\'s show of force, at home aimed at its own people', () => {
  const deployed = code('CONAKRY (Reuters) - Soldiers were deployed at road junctions across the capital on Saturday night.', '2009-09-29');
  assert.ok(deployed.some((e) => e.event === 'MOBILIZE' && codesOf(e.actor).join() === 'GIN' && codesOf(e.recipient).join() === 'GIN'), JSON.stringify(dyadsOf(deployed)));
  // ("army units": a body of the kind by its size is of that kind.)
  const units = code('DHAKA (Reuters) - Army units have been deployed in the northern town of Bogra after two days of rioting.', '2013-03-02');
  assert.ok(units.some((e) => e.event === 'MOBILIZE' && codesOf(e.actor).join() === 'BGD'), JSON.stringify(dyadsOf(units)));
  // (Not where another state is named, whose forces they may be, nor forces that "are stationed".)
  const sent = code('DILI (Reuters) - Australian Prime Minister John Howard said 150 soldiers had been sent to guard the airport.', '2006-05-25');
  assert.ok(!sent.some((e) => e.event === 'MOBILIZE' && codesOf(e.actor).join() === 'TLS'), JSON.stringify(dyadsOf(sent)));
  const stationed = code('BISHKEK (Reuters) - About 500 Russian soldiers are stationed at the Kant air base.', '2004-05-25');
  assert.ok(!stationed.some((e) => e.event === 'MOBILIZE'), JSON.stringify(dyadsOf(stationed)));
});

test('one\'s own charge d\'affaires recalled "from" a country is recalled from that country', () => {
  const recalled = code('BAGHDAD (Reuters) - Prime Minister Nouri al-Maliki recalled Iraq\'s charge d\'affaires from Denmark on Friday.', '2010-07-20');
  assert.ok(recalled.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'IRQ' && codesOf(e.recipient).join() === 'DNK'), JSON.stringify(dyadsOf(recalled)));
});

test('a state of emergency or a curfew a state declares with no one named is imposed on its own country', () => {
  const emergency = code('COLOMBO (Reuters) - Sri Lanka declared a state of emergency on Tuesday after a wave of communal riots.', '2018-03-06');
  assert.ok(emergency.some((e) => e.cameo === '1724' && codesOf(e.actor).join() === 'LKA' && codesOf(e.recipient).join() === 'LKA'), JSON.stringify(dyadsOf(emergency)));
  const curfew = code('Kyrgyzstan imposed a curfew on Friday.', '2010-04-09');
  assert.ok(curfew.some((e) => e.cameo === '1723' && codesOf(e.recipient).join() === 'KGZ'), JSON.stringify(dyadsOf(curfew)));
});

test('"condemned the takeover" condemns whoever seized power: a coup is coercion, as the patterns code it', () => {
  const condemned = code('BAMAKO (Reuters) - Mutinous soldiers seized power in Mali on Thursday. The United States condemned the takeover.', '2012-03-22');
  assert.ok(condemned.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'USA' && codesOf(e.recipient).join() === 'MLI'), JSON.stringify(dyadsOf(condemned)));
});

test('naming an act by a word of blame or praise judges whoever did it: "called the sanctions unjust", "called the accord a historic breakthrough"', () => {
  const unjust = code('KHARTOUM (Reuters) - The European Union imposed sanctions on Sudan on Monday. Sudan\'s foreign minister called the sanctions unjust.', '2004-05-10');
  assert.ok(unjust.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'SDN' && codesOf(e.recipient).join() === 'IGO'), JSON.stringify(dyadsOf(unjust)));
  const praised = code('Armenia and Turkey signed an accord to restore relations. The French president called the accord a historic breakthrough.', '2009-10-10');
  assert.ok(praised.some((e) => e.cameo === '051' && codesOf(e.actor).join() === 'FRA' && codesOf(e.recipient).join() === 'ARM,TUR'), JSON.stringify(dyadsOf(praised)));
  // (An appeal for something credible praises no one.)
  const appeal = code('The opposition called for a credible investigation into the killings.', '2009-10-10');
  assert.ok(!appeal.some((e) => e.cameo === '051'), JSON.stringify(dyadsOf(appeal)));
});

test('after a judgement complete in its words, a new statement or a participle set off by a comma is the speaker\'s next act; what "accused X of" alleges still runs on', () => {
  const suspended = code('LONDON (Reuters) - Foreign Secretary Jack Straw called Zimbabwe\'s decision illegal and said Britain had also suspended its aid talks with Harare.', '2002-02-20');
  assert.ok(suspended.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'GBR' && codesOf(e.recipient).join() === 'ZWE'), JSON.stringify(dyadsOf(suspended)));
  const blaming = code('RAMALLAH (Reuters) - The Palestinian president called the raid illegal, blaming Britain and the United States for withdrawing the monitors.', '2006-03-14');
  assert.ok(blaming.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'GBR,USA'), JSON.stringify(dyadsOf(blaming)));
  const alleged = code('TBILISI (Reuters) - Georgia accused Russian warplanes of bombing villages in the gorge, killing one civilian.', '2002-08-24');
  assert.ok(!alleged.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'GEO'), JSON.stringify(dyadsOf(alleged)));
});

test('a foreign or international official ordered to leave is expelled (166); officials a state\'s own agents send away are not', () => {
  const expelled = code('NAIROBI (Reuters) - Kenya has ordered the top World Bank official in the country to leave, accusing him of interfering in politics.', '2003-05-02');
  assert.ok(expelled.some((e) => e.cameo === '166' && codesOf(e.actor).join() === 'KEN' && codesOf(e.recipient).join() === 'IGO'), JSON.stringify(dyadsOf(expelled)));
  const sentAway = code('ACCRA (Reuters) - Soldiers ordered election officials to leave the counting centre.', '2012-12-08');
  assert.ok(!sentAway.some((e) => e.event === 'SANCTION'), JSON.stringify(dyadsOf(sentAway)));
});

test('releasing a thing that is no one yields nothing: "released about 10 balloons", "released a video of the hostages"', () => {
  const balloons = code('SEOUL (Reuters) - Activists released about 20 balloons carrying leaflets critical of North Korea.', '2014-10-10');
  assert.ok(!balloons.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(balloons)));
  const video = codeAll('MANILA (Reuters) - Abu Sayyaf released a video of the hostages on Monday.', '2014-10-10');
  assert.ok(!video.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(video)));
  const freed = code('MANILA (Reuters) - Abu Sayyaf released two of the hostages on Monday.', '2014-10-10');
  assert.ok(freed.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(freed)));
});

test('a judgement said of an act ("said the sanctions were unhelpful", "regarded the verdict as unjust") is the speaker\'s disapproval of whoever did it', () => {
  const unhelpful = code('HARARE (Reuters) - The European Union imposed sanctions on Zimbabwe on Monday. Information Minister Jonathan Moyo said the sanctions were unhelpful.', '2002-02-19');
  assert.ok(unhelpful.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'ZWE' && codesOf(e.recipient).join() === 'IGO'), JSON.stringify(dyadsOf(unhelpful)));
  const regrettable = code('MINSK (Reuters) - Belarus expelled the Polish ambassador on Friday. The European Union said the expulsion was regrettable.', '2006-03-10');
  assert.ok(regrettable.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'IGO' && codesOf(e.recipient).join() === 'BLR'), JSON.stringify(dyadsOf(regrettable)));
});

test('communities named by faith are civilians of where they live; "Tamil Tiger rebels" are the LTTE', () => {
  const clashes = code('JOS, Nigeria (Reuters) - Dozens of people were killed in clashes between Muslims and Christians on Sunday.', '2001-09-09');
  assert.ok(clashes.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'NGA' && codesOf(e.recipient).join() === 'NGA'), JSON.stringify(dyadsOf(clashes)));
  const tigers = code('COLOMBO (Reuters) - Tamil Tiger rebels attacked a navy base in the east on Tuesday.', '2006-05-02');
  assert.ok(tigers.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'LKA'), JSON.stringify(dyadsOf(tigers)));
});

test('an act of words or diplomacy told with no one named shares the recipient of its doer\'s other act in the sentence', () => {
  const aid = code('BAMAKO (Reuters) - Mutinous soldiers seized power in Mali on Thursday. France condemned the coup and said it was suspending its aid.', '2012-03-22');
  assert.ok(aid.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'FRA' && codesOf(e.recipient).join() === 'MLI'), JSON.stringify(dyadsOf(aid)));
  const accusing = code('RABAT (Reuters) - Morocco recalled its ambassador from Algeria on Monday, accusing its neighbour of hostile acts.', '2021-08-24');
  assert.ok(accusing.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'MAR' && codesOf(e.recipient).join() === 'DZA'), JSON.stringify(dyadsOf(accusing)));
  // (Not force or aid: "evacuate its nationals" is no aid to the country.)
  const evacuate = code('CANBERRA (Reuters) - Australia condemned the coup in Fiji and said it was sending a navy ship to evacuate its nationals.', '2006-12-05');
  assert.ok(!evacuate.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(evacuate)));
});

test('those a government accuses at home by a name or word no dictionary knows are its own country\'s', () => {
  const cud = code('ADDIS ABABA (Reuters) - Prime Minister Meles Zenawi has accused the CUD of planning an insurrection.', '2005-11-10');
  assert.ok(cud.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'ETH' && codesOf(e.recipient).join() === 'ETH'), JSON.stringify(dyadsOf(cud)));
  const provocateurs = code('MINSK (Reuters) - The interior ministry blamed paid provocateurs for the unrest.', '2006-03-20');
  assert.ok(provocateurs.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'BLR'), JSON.stringify(dyadsOf(provocateurs)));
  // (Not where the sentence names another country.)
  const abroad = code('ADDIS ABABA (Reuters) - Prime Minister Meles Zenawi accused the CUD of working with Eritrea.', '2005-11-10');
  assert.ok(!abroad.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'ETH'), JSON.stringify(dyadsOf(abroad)));
});

test('a refusal to step down or to accept an election\'s result, at home, is aimed at the own country; abroad, at the country named', () => {
  const stays = code('MALE (Reuters) - President Abdulla Yameen refused to step down on Saturday.', '2018-09-29');
  assert.ok(stays.some((e) => e.cameo === '1231' && codesOf(e.actor).join() === 'MDV' && codesOf(e.recipient).join() === 'MDV'), JSON.stringify(dyadsOf(stays)));
  const abroad = code('WASHINGTON (Reuters) - The United States rejected the result of Venezuela\'s election.', '2018-05-21');
  assert.ok(!abroad.some((e) => codesOf(e.recipient).join() === 'USA'), JSON.stringify(dyadsOf(abroad)));
});

test('violence named by a noun is mutual by the verb it is the object of: "fought a gun battle" is done each way', () => {
  const battle = code('Eritrean and Ethiopian soldiers fought a gun battle near the border town of Badme on Saturday.', '1998-05-09');
  assert.ok(battle.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'ERI' && codesOf(e.recipient).join() === 'ETH'), JSON.stringify(dyadsOf(battle)));
  assert.ok(battle.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'ETH' && codesOf(e.recipient).join() === 'ERI'), JSON.stringify(dyadsOf(battle)));
});

test('a prison sentence passed on someone named at length is coercion (173), as a short one is', () => {
  const jailed = code('TEHRAN (Reuters) - A Revolutionary Court sentenced prominent reformist journalist Akbar Ganji to ten years in prison on Saturday.', '2001-01-13');
  assert.ok(jailed.some((e) => e.cameo === '173' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(jailed)));
});

test('land handed over by its kind is yielded (0874); tours to another country suspended are a sanction (163)', () => {
  const handed = code('LONDON (Reuters) - Britain formally handed over the island of Diego Garcia to Mauritius on Monday.', '2025-05-26');
  assert.ok(handed.some((e) => e.cameo === '0874' && codesOf(e.actor).join() === 'GBR' && codesOf(e.recipient).join() === 'MUS'), JSON.stringify(dyadsOf(handed)));
  const tours = code('MOSCOW (Reuters) - Russia suspended tours to Egypt after the crash of the airliner.', '2015-11-06');
  assert.ok(tours.some((e) => e.cameo === '163' && codesOf(e.actor).join() === 'RUS' && codesOf(e.recipient).join() === 'EGY'), JSON.stringify(dyadsOf(tours)));
});

test('no event in a resignation accepted, a toll over months, a crowd cheering; refugees hosted are sheltered', () => {
  const accepted = code('LIMA (Reuters) - President Ollanta Humala accepted the resignation of Interior Minister Daniel Urresti.', '2015-02-17');
  assert.ok(!accepted.some((e) => e.event === 'CONCEDE' && codesOf(e.actor).join() === 'PER'), JSON.stringify(dyadsOf(accepted)));
  const toll = code('DAMASCUS (Reuters) - More than 5,000 people have been killed in nine months of unrest.', '2011-12-12');
  assert.ok(!toll.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(toll)));
  const days = code('JOS, Nigeria (Reuters) - Hundreds were killed in two days of clashes between Muslims and Christians.', '2001-09-09');
  assert.ok(days.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(days)));
  const cheering = code('TUNIS (Reuters) - Crowds gathered outside the palace, cheering and waving flags as the news spread.', '2011-01-14');
  assert.ok(!cheering.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(cheering)));
  const hosted = code('AMMAN (Reuters) - Jordan is hosting more than 600,000 Syrian refugees.', '2015-06-01');
  assert.ok(hosted.some((e) => e.event === 'AID' && codesOf(e.actor).join() === 'JOR' && codesOf(e.recipient).join() === 'SYR'), JSON.stringify(dyadsOf(hosted)));
});

test('"the two countries" are two codes: not a state\'s army and its rebels named before', () => {
  const evs = code('KHARTOUM (Reuters) - Sudanese troops fought rebels near the border on Monday. The two countries accused each other of aggression.', '2008-05-11');
  assert.ok(!evs.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'SDN' && codesOf(e.recipient).join() === 'SDN'), JSON.stringify(dyadsOf(evs)));
});

test('a member suspended by name is a reduction of relations (160); a body\'s own people suspended are not', () => {
  const suspended = code('ABUJA (Reuters) - The Economic Community of West African States suspended Guinea on Wednesday.', '2021-09-08');
  assert.ok(suspended.some((e) => e.cameo === '160' && codesOf(e.actor).join() === 'IGO' && codesOf(e.recipient).join() === 'GIN'), JSON.stringify(dyadsOf(suspended)));
  const agreed = code('Commonwealth leaders agreed to suspend Zimbabwe for a year.', '2002-03-19');
  assert.ok(agreed.some((e) => e.event === 'SANCTION' && codesOf(e.recipient).join() === 'ZWE'), JSON.stringify(dyadsOf(agreed)));
});

test('a curfew or a state of emergency lifted, or an amnesty declared, with no one named eases the own country', () => {
  const lifted = code('DHAKA (Reuters) - The government lifted the state of emergency on Tuesday.', '2008-12-17');
  assert.ok(lifted.some((e) => e.cameo === '0814' && codesOf(e.recipient).join() === 'BGD'), JSON.stringify(dyadsOf(lifted)));
  const amnesty = code('ALGIERS (Reuters) - President Abdelaziz Bouteflika announced a general amnesty on Monday.', '2005-08-15');
  assert.ok(amnesty.some((e) => e.event === 'CONCEDE' && codesOf(e.actor).join() === 'DZA' && codesOf(e.recipient).join() === 'DZA'), JSON.stringify(dyadsOf(amnesty)));
});

test('a country described by its former ruler ("the former Soviet republic") is no place of that ruler\'s', () => {
  const evs = code('DUSHANBE (Reuters) - Militants ambushed an army convoy east of the capital, killing 25 soldiers in the deadliest attack in the former Soviet republic in a decade.', '2010-09-20');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.actor).includes('RUS') && !codesOf(e.recipient).includes('RUS')), JSON.stringify(dyadsOf(evs)));
});

test('acts named as what an inquiry looks into are its subject; a ban on purchases of goods is an embargo (163)', () => {
  const inquiry = code('THE HAGUE (Reuters) - The prosecutor opened a preliminary examination in May into killings, torture, rape and enforced disappearances in Venezuela.', '2018-02-08');
  assert.ok(!inquiry.some((e) => e.event === 'ASSAULT' || e.event === 'COERCE'), JSON.stringify(dyadsOf(inquiry)));
  const ban = code('NEW YORK (Reuters) - The U.N. Security Council voted to ban the purchase of timber from Liberia.', '2003-05-06');
  assert.ok(ban.some((e) => e.cameo === '163' && codesOf(e.recipient).join() === 'LBR'), JSON.stringify(dyadsOf(ban)));
});

test('protesters who open fire use armed violence (190), not a riot; protesters who set fire to things riot', () => {
  const fired = code('BAGHDAD (Reuters) - Protesters opened fire on soldiers near the camp in Hawija.', '2013-04-23');
  assert.ok(fired.some((e) => e.cameo === '190') && !fired.some((e) => e.cameo === '145'), JSON.stringify(dyadsOf(fired)));
  const arson = code('CAIRO (Reuters) - Protesters set fire to the party headquarters.', '2013-04-23');
  assert.ok(arson.some((e) => e.cameo === '145'), JSON.stringify(dyadsOf(arson)));
});

test('an act shares no recipient from a killing or a blockade beside it; saboteurs are armed, not protesters', () => {
  const warrant = code('DUBAI (Reuters) - Dubai police said Israeli agents killed a senior Hamas commander in a hotel and would seek arrest warrants.', '2010-02-18');
  assert.ok(!warrant.some((e) => e.cameo.startsWith('112') && codesOf(e.recipient).join() === 'PSE'), JSON.stringify(dyadsOf(warrant)));
  const blockade = code('GAZA (Reuters) - Israel, which maintains a blockade on Gaza, criticised the visit.', '2012-10-23');
  assert.ok(!blockade.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'PSE'), JSON.stringify(dyadsOf(blockade)));
  const pipeline = code('BASRA (Reuters) - Saboteurs blew up an oil pipeline near Basra on Thursday.', '2008-03-28');
  assert.ok(!pipeline.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(pipeline)));
});

test('rivals who withdraw in a sentence about an election leave the race; a currency that hits a low is struck by no one', () => {
  const race = codeAll('LIMA (Reuters) - Peruvians voted on Sunday in a presidential election left with one candidate after all four of the president\'s rivals withdrew, accusing the army-backed authorities of fraud.', '2000-05-28');
  assert.ok(!race.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(race)));
  const lira = code('ISTANBUL (Reuters) - The Turkish lira hit a record low against the dollar on Monday, weighed down by expectations of higher U.S. interest rates.', '2016-11-25');
  assert.ok(!lira.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(lira)));
});

test('a vote or its results judged by a critic at home is aimed at its own government; by a foreign government, at the country that held it', () => {
  const farce = code('MINSK (Reuters) - Opposition candidate Alexander Milinkevich called the vote a farce on Monday.', '2006-03-20');
  assert.ok(farce.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'BLR' && codesOf(e.recipient).join() === 'BLR'), JSON.stringify(dyadsOf(farce)));
  const results = code('KINSHASA (Reuters) - Veteran opposition leader Etienne Tshisekedi rejected the official results of last month\'s presidential election.', '2011-12-10');
  assert.ok(results.some((e) => e.event === 'REJECT' && codesOf(e.recipient).join() === 'COD'), JSON.stringify(dyadsOf(results)));
  const welcomed = code('BAGHDAD (Reuters) - Iraq\'s parliament approved a security pact with the United States on Thursday. U.S. Ambassador Ryan Crocker welcomed the vote.', '2008-11-27');
  assert.ok(welcomed.some((e) => e.event === 'SUPPORT' && codesOf(e.actor).join() === 'USA' && codesOf(e.recipient).join() === 'IRQ'), JSON.stringify(dyadsOf(welcomed)));
  // (A government that judges its own country's vote is left to what the sentence names.)
  const own = codeAll('WASHINGTON (Reuters) - The State Department welcomed the vote.', '2008-11-27');
  assert.ok(!own.some((e) => codesOf(e.recipient).join() === 'USA'), JSON.stringify(dyadsOf(own)));
});

test('a decision, a move or measures called "unfortunate", "unfriendly" or "unfair" are criticised, and so is whoever made them', () => {
  const decision = code('ISLAMABAD (Reuters) - Foreign Office spokesman Aziz Ahmed Khan called India\'s decision "unfortunate" and said it would only increase tension in the region.', '2001-12-21');
  assert.ok(decision.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'PAK' && codesOf(e.recipient).join() === 'IND'), JSON.stringify(dyadsOf(decision)));
  const measures = code('NEW YORK (Reuters) - The U.N. Security Council imposed sanctions on UNITA rebels on Friday. UNITA officials in Luanda called the measures unfair.', '1997-10-31');
  assert.ok(measures.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).join() === 'IGO'), JSON.stringify(dyadsOf(measures)));
  // (Not an action whose doer follows, nor a measure parties agree on.)
  const by = code('LONDON (Reuters) - Iran protested to Britain on Friday. The British government said it welcomed the firm action by the Gibraltar authorities.', '2019-07-05');
  assert.ok(!by.some((e) => e.event === 'SUPPORT' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(by)));
});

test('the first words of a sea\'s name ("the Indian Ocean island nation") are no place and do not count for the article\'s country', () => {
  const evs = code('Sri Lankan President Maithripala Sirisena suspended parliament on Saturday, deepening a constitutional crisis in the Indian Ocean island nation.', '2018-10-27');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.recipient).includes('IND') && e.location?.countryCode !== 'IND'), JSON.stringify(dyadsOf(evs)));
});

test('after a judgement, what a new speaker named after "and" says is told; arrests told by a state\'s police with no one named are theirs', () => {
  const evs = code('RIYADH (Reuters) - President Hassan Rouhani condemned the attack on the embassy, and Iranian police said about 40 people had been arrested.', '2016-01-04');
  assert.ok(evs.some((e) => e.cameo === '173' && codesOf(e.actor).join() === 'IRN' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(evs)));
  // (Still blocked: what an accusation alleges.)
  const alleged = codeAll('TEHRAN (Reuters) - Iran accused Saudi Arabia of arresting its pilgrims.', '2016-01-04');
  assert.ok(!alleged.some((e) => e.cameo === '173'), JSON.stringify(dyadsOf(alleged)));
});

test('an embassy stormed is its owner\'s, not its host\'s; "the attack" where only rioters struck is theirs', () => {
  const stormed = code('RIYADH (Reuters) - Saudi Arabia cut diplomatic relations with Iran on Sunday, a day after protesters stormed its embassy in Tehran.', '2016-01-04');
  assert.ok(stormed.some((e) => e.event === 'PROTEST' && codesOf(e.recipient).join() === 'SAU'), JSON.stringify(dyadsOf(stormed)));
  assert.ok(!stormed.some((e) => e.event === 'PROTEST' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(stormed)));
  const condemned = code('TEHRAN (Reuters) - Hundreds of protesters stormed the British embassy in Tehran on Tuesday and set fire to a car. The U.N. Security Council condemned the attack in the strongest terms.', '2011-11-30');
  assert.ok(condemned.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'IGO' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(condemned)));
});

test('a right to respond kept in reserve is a threat; a wanted man who hands himself over yields', () => {
  const reserved = code('DAMASCUS (Reuters) - Israeli jets struck a site in northern Syria on Thursday. Syria reserved the right to respond to the aggression.', '2007-09-07');
  assert.ok(reserved.some((e) => e.event === 'THREATEN' && codesOf(e.actor).join() === 'SYR' && codesOf(e.recipient).join() === 'ISR'), JSON.stringify(dyadsOf(reserved)));
  const surrendered = code('CARACAS (Reuters) - Opposition leader Leopoldo Lopez handed himself over to National Guard troops in Caracas on Tuesday.', '2014-02-19');
  assert.ok(surrendered.some((e) => e.event === 'CONCEDE' && codesOf(e.actor).join() === 'VEN' && codesOf(e.recipient).join() === 'VEN'), JSON.stringify(dyadsOf(surrendered)));
});

test('a sentence handed down or a fine imposed is coercion (17); a conviction alone is a finding of guilt (116)', () => {
  const sentenced = code('RABAT (Reuters) - A Moroccan court has sentenced Nasser Zefzafi, the leader of mass protests that shook the northern Rif region, to 20 years in prison.', '2018-06-27');
  assert.ok(sentenced.some((e) => e.event === 'COERCE' && codesOf(e.actor).join() === 'MAR'), JSON.stringify(dyadsOf(sentenced)));
  const fined = code('MOSCOW (Reuters) - He was later fined 1,000 roubles by a court for taking part in an unsanctioned gathering.', '2017-03-27');
  assert.ok(fined.some((e) => e.event === 'COERCE' && e.cameo === '172'), JSON.stringify(dyadsOf(fined)));
  const convicted = code('ABUJA (Reuters) - A Nigerian court has convicted 45 Boko Haram members in the largest mass trial in the group\'s history.', '2018-02-19');
  assert.ok(convicted.some((e) => e.event === 'ACCUSE' && e.cameo === '116'), JSON.stringify(dyadsOf(convicted)));
});

test('an envoy recalled from no country named is recalled from the one the article is about; ties cut side by side are cut with the one named', () => {
  const recalled = code('LAGOS (Reuters) - Nigeria hanged nine activists on Friday. The United States said it was recalling its ambassador, Walter Carrington, for consultations.', '1995-11-11');
  assert.ok(recalled.some((e) => e.cameo === '161' && codesOf(e.actor).join() === 'USA' && codesOf(e.recipient).join() === 'NGA'), JSON.stringify(dyadsOf(recalled)));
  // (Not from its own country: a story from Washington leaves it held back.)
  const own = code('WASHINGTON (Reuters) - The United States said it was recalling its ambassador for consultations.', '1995-11-11');
  assert.ok(!own.some((e) => e.cameo === '161'), JSON.stringify(dyadsOf(own)));
  const parallel = code('RIYADH (Reuters) - Bahrain and Sudan announced they were also breaking off relations with Tehran, while the United Arab Emirates downgraded its ties.', '2016-01-04');
  assert.ok(parallel.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'ARE' && codesOf(e.recipient).join() === 'IRN'), JSON.stringify(dyadsOf(parallel)));
});

test('a visit judged is the visitor\'s; an expulsion judged by the expelled side\'s own minister is the other side\'s', () => {
  const visit = code('TOKYO (Reuters) - Russian President Dmitry Medvedev visited one of the disputed islands on Monday. Prime Minister Naoto Kan called the visit very regrettable.', '2010-11-01');
  assert.ok(visit.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'JPN' && codesOf(e.recipient).join() === 'RUS'), JSON.stringify(dyadsOf(visit)));
  const expulsion = code('ASMARA (Reuters) - Eritrea has ordered Italy\'s ambassador to leave the country, a move that prompted Rome to expel the Eritrean envoy. Italian Foreign Minister Renato Ruggiero called the expulsion unacceptable.', '2001-10-03');
  assert.ok(expulsion.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'ITA' && codesOf(e.recipient).join() === 'ERI'), JSON.stringify(dyadsOf(expulsion)));
});

test('a suspension welcomed is the suspender\'s', () => {
  const evs = code('SYDNEY (Reuters) - The Pacific Islands Forum suspended Fiji on Saturday for failing to set a date for elections. Australian Prime Minister Kevin Rudd welcomed the suspension.', '2009-05-02');
  assert.ok(evs.some((e) => e.event === 'SUPPORT' && codesOf(e.actor).join() === 'AUS' && codesOf(e.recipient).join() === 'IGO'), JSON.stringify(dyadsOf(evs)));
});

test('police who break up a protest and detain people are told twice: an assault (175) and an arrest (173); a participle after "and" before a count is a verb', () => {
  const camp = code('MINSK (Reuters) - Belarusian riot police broke up an opposition tent camp in central Minsk before dawn on Friday, detaining hundreds of people.', '2006-03-24');
  assert.deepEqual(camp.map((e) => e.cameo).sort(), ['173', '175'], JSON.stringify(dyadsOf(camp)));
  const arrests = code('YANGON (Reuters) - Police charged student protesters in the central Myanmar town of Letpadan on Tuesday, beating demonstrators and arresting more than 100 people.', '2015-03-10');
  assert.ok(arrests.some((e) => e.cameo === '173' && codesOf(e.actor).join() === 'MMR'), JSON.stringify(dyadsOf(arrests)));
  const emergency = code('Kazakh President Nursultan Nazarbayev declared a 20-day state of emergency and curfew in the western oil town of Zhanaozen on Saturday after clashes between police and striking oil workers left at least 11 people dead.', '2011-12-17');
  assert.ok(emergency.some((e) => e.cameo === '1724' && codesOf(e.recipient).join() === 'KAZ'), JSON.stringify(dyadsOf(emergency)));
});

test('a protest "from" a state is a complaint; police who charge someone with a crime make no baton charge; business deals frozen are sanctions', () => {
  const tokyo = code('TOKYO (Reuters) - A Japanese fisherman was shot dead on Wednesday when a Russian border patrol opened fire on his crab boat, prompting an angry protest from Tokyo.', '2006-08-16');
  assert.ok(tokyo.some((e) => e.cameo === '114' && codesOf(e.actor).join() === 'JPN' && codesOf(e.recipient).join() === 'RUS') && !tokyo.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(tokyo)));
  const charged = code('LUSAKA (Reuters) - Zambian police have charged opposition leader Hakainde Hichilema with treason.', '2017-04-12');
  assert.ok(!charged.some((e) => e.cameo === '175'), JSON.stringify(dyadsOf(charged)));
  const batons = code('NAIROBI (Reuters) - Police charged protesters with batons.', '2011-01-28');
  assert.ok(batons.some((e) => e.cameo === '175'), JSON.stringify(dyadsOf(batons)));
  const frozen = code('CARACAS (Reuters) - Venezuelan President Hugo Chavez on Friday froze business deals with Colombia.', '2005-01-15');
  assert.ok(frozen.some((e) => e.event === 'SANCTION' && codesOf(e.recipient).join() === 'COL') && !frozen.some((e) => e.event === 'COOPERATE'), JSON.stringify(dyadsOf(frozen)));
});

test('what an incident "threatens to" do to ties is a risk, not a threat', () => {
  const evs = codeAll('LAHORE (Reuters) - Two men were shot dead on a busy street, an incident that sparked protests and threatened to strain ties between Islamabad and Washington.', '2011-01-28');
  assert.ok(!evs.some((e) => e.event === 'THREATEN'), JSON.stringify(dyadsOf(evs)));
});

test('a meeting one is "also due to" hold is planned; a storm\'s name is no actor; judges who dissent do not protest', () => {
  const due = code('BEIJING (Reuters) - Lavrov was also due to meet Premier Wen Jiabao before flying on to Moscow.', '2008-07-21');
  assert.ok(!due.some((e) => e.event === 'CONSULT'), JSON.stringify(dyadsOf(due)));
  const storm = codeAll('GUATEMALA CITY (Reuters) - The protests come weeks after hurricanes Eta and Iota tore through Central America, killing dozens of Guatemalans.', '2020-11-22');
  assert.ok(!storm.some((e) => codesOf(e.actor).includes('ESP')), JSON.stringify(dyadsOf(storm)));
  // (The verb is still a verb: "tried to storm Israel's consulate" is aimed at Israel.)
  const stormed = code('BERLIN (Reuters) - A crowd of Kurdish protesters tried to storm Israel\'s consulate in Berlin.', '1999-02-17');
  assert.ok(stormed.some((e) => e.event === 'PROTEST' && codesOf(e.recipient).join() === 'ISR'), JSON.stringify(dyadsOf(stormed)));
  const dissent = codeAll('NAIROBI (Reuters) - Kenya\'s Supreme Court annulled the election. Two judges dissented.', '2017-09-01');
  assert.ok(!dissent.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(dissent)));
});

test('where someone else "was" in another clause is not where the act was done; a member suspended from its activities is sanctioned', () => {
  const coup = code('Nouakchott, Aug 4 (AFP) - Mauritania\'s new military rulers moved to consolidate their grip on power on Thursday. Troops seized the state radio and television buildings and army headquarters early on Wednesday while Taya was in Saudi Arabia for the funeral of King Fahd.', '2005-08-04');
  assert.ok(coup.length > 0 && coup.every((e) => !codesOf(e.actor).includes('SAU') && !codesOf(e.recipient).includes('SAU')), JSON.stringify(dyadsOf(coup)));
  const suspended = code('ADDIS ABABA (Reuters) - The African Union condemned the takeover and suspended Mauritania from its activities until constitutional order is restored.', '2005-08-04');
  assert.ok(suspended.some((e) => e.cameo === '160' && codesOf(e.recipient).join() === 'MRT'), JSON.stringify(dyadsOf(suspended)));
});

test('visas stopped for a country\'s people and flights cut are sanctions; "for each other\'s citizens" acts both ways', () => {
  const libya = code('GENEVA (Reuters) - Libya has cut flights to Switzerland and stopped issuing visas to Swiss citizens.', '2008-07-24');
  assert.ok(libya.some((e) => e.event === 'SANCTION' && codesOf(e.actor).join() === 'LBY' && codesOf(e.recipient).join() === 'CHE'), JSON.stringify(dyadsOf(libya)));
  const both = code('ANKARA (Reuters) - The United States and Turkey suspended visa services for each other\'s citizens.', '2017-10-09');
  assert.deepEqual(dyadsOf(both), ['163 TUR>USA', '163 USA>TUR']);
});

test('states that recognise "their government" recognise another\'s, not each other; no reports of arrests are no arrests', () => {
  const recognise = code('ISLAMABAD (Reuters) - The Taliban control around 90 percent of Afghanistan, but only Pakistan, Saudi Arabia and the United Arab Emirates recognise their government.', '1999-11-15');
  assert.ok(!recognise.some((e) => ['PAK', 'SAU', 'ARE'].includes(codesOf(e.recipient).join())), JSON.stringify(dyadsOf(recognise)));
  const none = codeAll('MINSK (Reuters) - Police watched the march and there were no immediate reports of arrests.', '1996-04-02');
  assert.ok(!none.some((e) => e.event === 'COERCE'), JSON.stringify(dyadsOf(none)));
});

test('purposes, conditions, scheduled drills, welcoming crowds, tourists and warrants are no acts of the day', () => {
  const purpose = code('KABUL (Reuters) - Angry crowds attacked United Nations offices after U.N. sanctions aimed at forcing the Taliban to hand over bin Laden took effect.', '1999-11-15');
  assert.ok(!purpose.some((e) => e.event === 'COERCE' || e.event === 'THREATEN'), JSON.stringify(dyadsOf(purpose)));
  const until = code('MOSCOW (Reuters) - NATO members have refused to follow until Moscow withdraws its remaining troops from Georgia and Moldova.', '2007-07-14');
  assert.ok(!until.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(until)));
  const withdrew = code('BEIRUT (Reuters) - The fighting continued until the army withdrew its troops from the town.', '2007-07-14');
  assert.ok(withdrew.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(withdrew)));
  const drill = codeAll('KIEV (Reuters) - The United States and Ukraine are due to begin the annual Sea Breeze naval exercise in the Black Sea next week.', '2021-06-23');
  assert.ok(!drill.some((e) => e.event === 'MOBILIZE'), JSON.stringify(dyadsOf(drill)));
  const greet = codeAll('BANJUL (Reuters) - Hundreds of supporters lined the road from the airport to greet his convoy, waving flags and chanting his name.', '2014-12-31');
  assert.ok(!greet.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(greet)));
  const tourists = code('ANKARA (Reuters) - About 4.4 million Russians visited Turkey last year.', '2015-11-28');
  assert.ok(!tourists.some((e) => e.event === 'CONSULT'), JSON.stringify(dyadsOf(tourists)));
  const warrant = codeAll('KHARTOUM (Reuters) - He is the first sitting head of state to be targeted by a warrant from the court.', '2009-03-05');
  assert.ok(!warrant.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(warrant)));
});

test('a pronoun in what a subject tells another is the subject, past an adverb; pulling out of a truce reduces relations', () => {
  const evs = code('COLOMBO (Reuters) - Sri Lanka formally notified Norway on Thursday that it was pulling out of a ceasefire with Tamil Tiger rebels.', '2008-01-03');
  assert.ok(evs.some((e) => e.cameo === '160' && codesOf(e.actor).join() === 'LKA') && !evs.some((e) => codesOf(e.actor).includes('NOR')), JSON.stringify(dyadsOf(evs)));
});

test('a name fused to a participle ("U.S.-backed warlords") names a backer, not the place of the act', () => {
  const evs = code('MOGADISHU (Reuters) - The Islamists seized Mogadishu from U.S.-backed warlords in June.', '2006-12-25');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.actor).includes('USA') && e.location?.countryCode !== 'USA'), JSON.stringify(dyadsOf(evs)));
});

test('participles with their agents, past an adverb or after "and", are passive: "a project strongly backed by Washington and opposed by Moscow"', () => {
  const evs = code('ISTANBUL (Reuters) - The leaders of Turkey, Azerbaijan and Georgia signed an agreement on Thursday to build a pipeline to the Turkish port of Ceyhan, a project strongly backed by Washington and opposed by Moscow.', '1999-11-18');
  assert.ok(evs.some((e) => e.event === 'SUPPORT' && codesOf(e.actor).join() === 'USA'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'RUS') && !evs.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).includes('RUS')), JSON.stringify(dyadsOf(evs)));
});

test('suicide bombers are the doers of the verb after them, not an act of their own', () => {
  const evs = code('CASABLANCA (Reuters) - Suicide bombers struck a Spanish social club, a luxury hotel and a Jewish community centre in Casablanca late on Friday. Spanish Prime Minister Jose Maria Aznar condemned the bombings.', '2003-05-17');
  assert.ok(evs.some((e) => e.cameo === '1831' && codesOf(e.actor).join() === 'MAR'), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'ESP' && codesOf(e.recipient).join() === 'MAR'), JSON.stringify(dyadsOf(evs)));
});

test('a participle after a count describes its noun ("the four boycotting states"); fire put in a ship\'s path is a show of force', () => {
  const boycotting = codeAll('RIYADH (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan said the four boycotting states would fully restore diplomatic relations with Doha.', '2021-01-05');
  assert.ok(!boycotting.some((e) => e.event === 'PROTEST' || e.cameo === '114'), JSON.stringify(dyadsOf(boycotting)));
  const path = code('MOSCOW (Reuters) - Russia said its forces had fired warning shots and dropped bombs in the path of a British destroyer.', '2021-06-23');
  assert.ok(path.some((e) => e.event === 'MOBILIZE' && codesOf(e.recipient).join() === 'GBR') && !path.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(path)));
});

test('force by a country\'s own people at things no dictionary codes is done to their own country, when no other is named', () => {
  assert.deepEqual(dyadsOf(code('BASRA, Iraq (Reuters) - Saboteurs blew up an oil pipeline near Basra on Thursday, oil officials said.', '2004-06-17')), ['1712 IRQ>IRQ']);
  // Disapproval is so read only of violence: what else is condemned may be another country's act the sentence does
  // not name.
  assert.deepEqual(code('BAMAKO (Reuters) - A government spokesman condemned the sanctions as illegal.', '2022-01-10'), []);
  assert.deepEqual(dyadsOf(code('HONG KONG (Reuters) - Chief Executive Leung Chun-ying condemned overnight clashes in the Mong Kok district as a riot.', '2016-02-09')), ['111 HKG>HKG']);
  assert.deepEqual(dyadsOf(code('RIGA (Reuters) - Prime Minister Ivars Godmanis condemned the violence.', '2009-01-14')), ['111 LVA>LVA']);
});

test('an act the pattern names by a generic noun is done to its doer: "regretted the decision"; battles fought, roadblocks set up, squares blocked off', () => {
  const regret = code('Russia suspended the memorandum with the United States. The Pentagon said it regretted the decision.', '2017-04-07');
  assert.deepEqual(dyadsOf(find(regret, 'ACCUSE')), ['110 USA>RUS']);
  assert.deepEqual(dyadsOf(code('ALGIERS (Reuters) - Thousands of young men fought running battles with police.', '2001-04-25')), ['190 DZA>DZA']);
  // Roadblocks set up by forces are a show of force; by protesters, a protest.
  assert.deepEqual(code('BANJUL (Reuters) - Soldiers set up roadblocks across the capital.', '2016-12-02').map((e) => `${e.cameo} ${codesOf(e.actor)}`), ['151 GMB']);
  assert.deepEqual(code('BANJUL (Reuters) - Protesters set up roadblocks across the capital.', '2016-12-02').map((e) => e.event), ['PROTEST']);
  assert.deepEqual(code('ALMATY (Reuters) - Police blocked off the central square.', '2019-06-10').map((e) => `${e.cameo} ${codesOf(e.actor)}`), ['151 KAZ']);
});

test('security measures strengthened and manhunts launched are shows of force by those who order them', () => {
  assert.deepEqual(code('MANILA (Reuters) - The government strengthened security measures in the south after the bombing.', '2019-01-01').map((e) => `${e.cameo} ${codesOf(e.actor)}`), ['151 PHL']);
  assert.ok(code('KOTA KINABALU (Reuters) - Police launched a manhunt for the gunmen who raided the resort.', '2019-01-01').some((e) => e.cameo === '151' && codesOf(e.actor).join() === 'MYS'));
  // Internet links cut are a restriction on the people, not ties cut with another state (161).
  assert.deepEqual(dyadsOf(code('ALMATY (Reuters) - Authorities cut internet links to the town.', '2011-12-17')), ['1721 KAZ>KAZ']);
});

test('an -ing word after the object of a verb of seeing is that object\'s act: "witnesses saw police beating protesters"', () => {
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - Witnesses saw police beating protesters.', '2012-05-06')), ['175 RUS>RUS']);
  assert.deepEqual(code('MOSCOW (Reuters) - Witnesses saw soldiers firing on the crowd.', '2012-05-06').map((e) => e.event), ['ASSAULT']);
  // (A noun of the compound stays one: "saw the building burning" is no act of anyone's.)
  assert.deepEqual(code('MOSCOW (Reuters) - Residents saw the building burning.', '2012-05-06'), []);
});

test('an expulsion order with an aside between the one ordered out and "to leave"', () => {
  assert.deepEqual(dyadsOf(code('Yugoslavia on Monday ordered William Walker, the American head of the international monitoring mission in Kosovo, to leave the country within 48 hours.', '1999-01-18')), ['174 SRB>USA']);
});

test('words aimed at no one named, in a story about a country, are addressed to that country', () => {
  // An appeal from abroad, and the country's own appeal for calm.
  const malawi = 'LILONGWE (Reuters) - Police in Malawi shot dead two protesters on Tuesday during demonstrations against fuel shortages in the capital.';
  assert.ok(code(`${malawi} The European Union said it was alarmed by the deaths and urged restraint.`, '2011-07-20').some((e) => e.event === 'REQUEST' && dyadsOf([e])[0] === '0256 IGO>MWI'), JSON.stringify(dyadsOf(code(`${malawi} The European Union said it was alarmed by the deaths and urged restraint.`, '2011-07-20'))));
  assert.ok(code(`${malawi} Malawi's president appealed for calm in a radio address.`, '2011-07-20').some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('MWI>MWI')));
  // Praise and disapproval from abroad.
  const ghana = 'ACCRA (Reuters) - Ghana\'s electoral commission declared opposition leader Nana Akufo-Addo the winner of the presidential election on Friday.';
  assert.ok(code(`${ghana} The African Union praised the peaceful conduct of the vote.`, '2016-12-09').some((e) => e.event === 'SUPPORT' && dyadsOf([e])[0]!.endsWith('IGO>GHA')));
  // At home, disapproval and rejection are the country's own only in a story that names no other country twice.
  const lusaka = 'LUSAKA (Reuters) - Zambia\'s electoral commission declared President Edgar Lungu the winner of Thursday\'s election.';
  assert.ok(code(`${lusaka} The main opposition party rejected the result and said it would go to court.`, '2016-08-15').some((e) => e.event === 'REJECT' && dyadsOf([e])[0]!.endsWith('ZMB>ZMB')));
  const manila = 'MANILA (Reuters) - The Philippines said a Chinese vessel rammed a Filipino fishing boat near Reed Bank. China said its ship had been harassed by several Philippine boats.';
  assert.ok(!code(`${manila} The Philippine defence minister rejected the account.`, '2019-06-14').some((e) => e.event === 'REJECT' && codesOf(e.recipient).join() === 'PHL'));
});

test('a source who asks not to be named makes no appeal; an appeal to a higher court is no request', () => {
  assert.deepEqual(code('DAMASCUS (Reuters) - "The arrests are a warning to everyone," said one lawyer in Damascus, who asked not to be named.', '2001-09-10').filter((e) => e.event === 'REQUEST'), []);
  assert.deepEqual(codeAll('ALMATY (Reuters) - "We want to be heard," said one woman in Almaty, who declined to give her name.', '2022-01-06').filter((e) => e.event === 'REJECT'), []);
  assert.deepEqual(codeAll('KUALA LUMPUR (Reuters) - The High Court acquitted the opposition leader, but the government appealed.', '2012-01-09').filter((e) => e.event === 'REQUEST'), []);
  assert.deepEqual(codeAll('PORT VILA (Reuters) - Lawyers for the jailed lawmakers said they would appeal the verdict.', '2015-10-22').filter((e) => e.event === 'REQUEST'), []);
  // (An appeal for something stays one.)
  assert.ok(code('ASUNCION (Reuters) - President Horacio Cartes appealed for calm on Saturday.', '2017-04-01').some((e) => e.event === 'REQUEST'));
});

test('a word of condemnation after a longer object still names the call: "called the shooting of a 53-year-old woman unjustifiable"', () => {
  const killing = code('SEOUL (Reuters) - North Korean soldiers shot dead a South Korean tourist at a mountain resort on Friday. The foreign ministry called the shooting of a 53-year-old woman unjustifiable.', '2008-07-12');
  assert.ok(killing.some((e) => e.cameo === '111' && codesOf(e.actor).join() === 'KOR'), JSON.stringify(dyadsOf(killing)));
  assert.ok(code('ZAGREB (Reuters) - Croatia\'s president called the shelling of the port city a terrorist act.', '1995-05-03').some((e) => e.cameo === '111'));
  // (Not an appeal that runs on to a word of condemnation: "called on" stays an appeal.)
  const appeal = codeAll('GENEVA (Reuters) - The agency called on Israel to halt what it described as illegal settlement building.', '2010-03-10');
  assert.ok(appeal.some((e) => e.cameo.startsWith('02')) && !appeal.some((e) => e.cameo === '111' && e.eventText?.startsWith('called')), JSON.stringify(dyadsOf(appeal)));
});

test('said to be disappointed or troubled by what another did is disapproval of it; "angered by" opens an aside', () => {
  const verdict = code('HANOI (Reuters) - A Vietnamese court jailed a dissident priest for eight years on Friday. The U.S. Embassy said it was deeply disappointed by the verdict.', '2007-03-30');
  assert.ok(verdict.some((e) => e.cameo === '110' && dyadsOf([e])[0] === '110 USA>VNM'), JSON.stringify(dyadsOf(verdict)));
  const youths = code('KANO, Nigeria (Reuters) - Youths angered by the killings attacked churches and shops in the city.', '2004-05-12');
  assert.ok(youths.some((e) => e.event === 'ASSAULT') && !youths.some((e) => e.cameo === '110'), JSON.stringify(dyadsOf(youths)));
});

test('a warning of what the one warned would face is a threat to it', () => {
  assert.ok(code('CANBERRA (Reuters) - Australia warned on Monday that Tonga would face isolation if the vote was delayed.', '2008-04-21').some((e) => dyadsOf([e])[0] === '130 AUS>TON'));
  assert.ok(code('CANBERRA (Reuters) - Australia warned that Tonga faced expulsion from the Pacific Islands Forum.', '2008-04-21').some((e) => dyadsOf([e])[0] === '130 AUS>TON'));
});

test('Indians in a story from the Americas that never names India are its indigenous peoples, even when named more often than the country', () => {
  const evs = code('QUITO (AP) -- Thousands of Indians blocked highways on Monday. Police fired tear gas at the Indians, and Indian leaders demanded the president\'s resignation. The Indians vowed to march on the capital.', '2000-01-18');
  assert.ok(evs.length > 0 && evs.every((e) => !codesOf(e.actor).includes('IND') && !codesOf(e.recipient).includes('IND')), JSON.stringify(dyadsOf(evs)));
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && dyadsOf([e])[0]!.endsWith('ECU>ECU')), JSON.stringify(dyadsOf(evs)));
});

test('a party of a country the article never names is the namesake of the story\'s country; an appeal to a court is no request', () => {
  const lilongwe = code('LILONGWE (Reuters) - Police in Malawi fired tear gas at crowds who set fire to offices of the ruling Democratic Progressive Party in the city of Mzuzu on Wednesday.', '2011-07-21');
  assert.ok(lilongwe.length > 0 && lilongwe.every((e) => !codesOf(e.actor).includes('TWN') && !codesOf(e.recipient).includes('TWN')), JSON.stringify(dyadsOf(lilongwe)));
  // (Named with its country, the party is that country's.)
  const taipei = code('TAIPEI (Reuters) - China accused Taiwan\'s Democratic Progressive Party of seeking independence.', '2016-01-20');
  assert.ok(taipei.some((e) => dyadsOf([e])[0] === '112 CHN>TWN'), JSON.stringify(dyadsOf(taipei)));
  assert.deepEqual(codeAll('LILONGWE (Reuters) - Lawyers for the former president said they would appeal to the Supreme Court.', '2014-06-01').filter((e) => e.event === 'REQUEST'), []);
});

test('lands or borders that meet at a point hold no meeting', () => {
  assert.deepEqual(codeAll('CHIANG RAI (Reuters) - The town lies near the point where Laos, Thailand and Myanmar meet.', '2017-08-28'), []);
  assert.deepEqual(codeAll('ANKARA (Reuters) - The village lies where the borders of Turkey, Iran and Iraq meet.', '2017-08-28'), []);
  // (A meeting told in a clause of place is one: "the palace where Trump and Putin met".)
  assert.ok(code('HELSINKI (Reuters) - Thousands gathered outside the palace where Trump and Putin met.', '2018-07-16').some((e) => e.event === 'CONSULT'));
});

test('a participle written as its base form, right after its noun with its agent, is passive: "a woman hit by a stray bullet"', () => {
  const woman = codeAll('BEIRUT (Reuters) - Among the dead was a man hit by a stray bullet on his balcony.', '2021-10-15');
  assert.ok(woman.length > 0 && woman.every((e) => !e.actor.some((a) => a.text === 'man')), JSON.stringify(woman.map((e) => [e.cameo, e.actor.map((a) => a.text), e.recipient.map((a) => a.text)])));
  const bridges = code('SIDON, Lebanon (Reuters) - Bulldozers cleared rubble from bridges hit by Israeli aircraft.', '2006-08-15');
  assert.ok(bridges.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'ISR'), JSON.stringify(dyadsOf(bridges)));
});

test('people said to come from a country, past an adverb and a comma, are no place the act was done in', () => {
  const arrests = code('ROME (Reuters) - Police said 40 people, mostly from Tunisia and Libya, had been arrested in Lampedusa.', '2011-04-02');
  assert.ok(arrests.some((e) => e.cameo === '173' && codesOf(e.actor).join() === 'ITA'), JSON.stringify(dyadsOf(arrests)));
});

test('"Marines" with a capital are the U.S. corps, whatever country the story is about; Royal Marines are British', () => {
  assert.ok(code('MOGADISHU (Reuters) - Marines fired on gunmen near the airport on Tuesday.', '1995-03-03').some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'USA'));
  assert.ok(code('TEHRAN (Reuters) - Iranian forces seized 15 Royal Marines in the Gulf.', '2007-03-23').some((e) => codesOf(e.recipient).join() === 'GBR'));
});

test('civil society leaders are no government; several governments are other countries', () => {
  const leaders = code('LILONGWE (Reuters) - Civil society leaders accused the police of using excessive force.', '2011-07-21');
  assert.ok(leaders.some((e) => e.cameo === '112' && e.actor.every((a) => a.sector === 'CVL')), JSON.stringify(leaders.map((e) => [e.cameo, e.actor])));
  assert.ok(!code('ASUNCION (Reuters) - Several governments in the region have withdrawn their ambassadors from Asuncion.', '2012-06-25').some((e) => codesOf(e.actor).includes('PRY')));
});

test('a bare word after "and" with an object, in an infinitive\'s clause, is the second infinitive: "to expel two diplomats and bar two others"', () => {
  const evs = codeAll('WARSAW (Reuters) - Poland decided on Monday to expel three Belarusian diplomats and bar two others from entering the country.', '2021-08-02');
  assert.ok(evs.some((e) => e.cameo.startsWith('17') && codesOf(e.actor).join() === 'POL'), JSON.stringify(dyadsOf(evs)));
  assert.ok(!evs.some((e) => codesOf(e.actor).includes('BLR')), JSON.stringify(dyadsOf(evs)));
});

test('a verb after "and" and a new subject opens a clause of its own, not a participle describing that subject', () => {
  const evs = code('KHARTOUM (Reuters) - The death toll rose to 40 and the African Union called on both sides to lay down their arms.', '2023-04-20');
  assert.ok(evs.some((e) => e.event === 'REQUEST' && codesOf(e.actor).join() === 'IGO'), JSON.stringify(dyadsOf(evs)));
});

test('calling someone by a name with a possessive is no telephone call: "called Odinga his brother"', () => {
  assert.deepEqual(codeAll('ACCRA (Reuters) - President John Mahama called Nana Akufo-Addo his brother.', '2016-12-10').filter((e) => e.cameo === '041'), []);
  // (A call to someone stays a call.)
  assert.ok(code('MOSCOW (Reuters) - Putin called Erdogan on Tuesday.', '2018-03-09').some((e) => e.cameo === '041'));
});

test('after a verb of demanding, "that" and a name, a bare word is the subjunctive\'s verb; a time may stand before "that"', () => {
  const evs = code('ANKARA (Reuters) - Turkey demanded on Monday that Germany hand over two fugitive officers.', '2017-03-06');
  assert.ok(evs.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('TUR>DEU')), JSON.stringify(dyadsOf(evs)));
  const lastWeek = code('BAGHDAD (Reuters) - Iraq demanded last week that Kuwait return the seized fishing boats.', '2011-09-20');
  assert.ok(lastWeek.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('IRQ>KWT')), JSON.stringify(dyadsOf(lastWeek)));
});

test('a ship named with "USS" is the U.S. Navy\'s, "HMS" the Royal Navy\'s', () => {
  const uss = code('MANILA (Reuters) - The destroyer USS Decatur sailed near the Chinese-held Gaven Reef on Sunday.', '2018-09-30');
  assert.ok(uss.some((e) => e.event === 'MOBILIZE' && dyadsOf([e])[0]!.endsWith('USA>CHN')), JSON.stringify(dyadsOf(uss)));
  const hms = code('LONDON (Reuters) - HMS Montrose fired warning shots at Iranian boats in the Gulf.', '2019-07-11');
  assert.ok(hms.some((e) => codesOf(e.actor).join() === 'GBR'), JSON.stringify(dyadsOf(hms)));
});

test('premises a country\'s people own are that country\'s: an attack on "an Israeli-owned hotel" is an attack on Israel', () => {
  const evs = code('TUNIS (Reuters) - Gunmen attacked a French-owned hotel in Sousse on Friday.', '2005-04-12');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && dyadsOf([e])[0]!.endsWith('TUN>FRA')), JSON.stringify(dyadsOf(evs)));
  // (Forces a country backs are still not that country's.)
  const backed = code('ALEPPO (Reuters) - Turkish-backed fighters shelled the town on Friday.', '2018-02-02');
  assert.ok(!backed.some((e) => codesOf(e.actor).includes('TUR') && codesOf(e.recipient).includes('TUR')), JSON.stringify(dyadsOf(backed)));
});

test('critics and rivals named by no country are the story\'s own; critics of a government are its country\'s', () => {
  const critics = code('PRETORIA (Reuters) - Critics accuse Zuma of failing to tackle the crisis in Zimbabwe.', '2009-06-01');
  assert.ok(critics.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('ZAF>ZAF')), JSON.stringify(dyadsOf(critics)));
  const rival = code('LUSAKA (Reuters) - His main rival rejected the result on Tuesday.', '2021-08-16');
  assert.ok(rival.some((e) => e.event === 'REJECT' && dyadsOf([e])[0]!.endsWith('ZMB>ZMB')), JSON.stringify(dyadsOf(rival)));
});

test('a charter jet is no warplane, and a country\'s people or craft named by its adjective are no place', () => {
  const evs = code('NAIROBI (Reuters) - Gunmen fired two rockets at a Turkish airliner as it took off on Monday.', '2003-06-02');
  assert.ok(evs.some((e) => e.event === 'ASSAULT' && dyadsOf([e])[0]!.endsWith('KEN>TUR')), JSON.stringify(dyadsOf(evs)));
  // (A place named by a people's adjective and a kind of actor's word, with a noun of place after them, stays a place.)
  const posts = code('BEIRUT (Reuters) - Israeli tanks fired at Lebanese army positions, destroying an armoured vehicle.', '2010-08-03');
  assert.ok(posts.some((e) => e.event === 'ASSAULT' && dyadsOf([e])[0]!.endsWith('ISR>LBN')), JSON.stringify(dyadsOf(posts)));
});

test('observers saying a vote fell short of standards disapprove of the vote\'s country; saying it met them approves', () => {
  const evs = code('BAKU (Reuters) - OSCE monitors said the presidential vote fell well short of international standards.', '2003-10-16');
  assert.ok(evs.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('IGO>AZE')), JSON.stringify(dyadsOf(evs)));
  const met = code('TBILISI (Reuters) - The OSCE said the parliamentary election had met democratic standards.', '2008-05-22');
  assert.ok(met.some((e) => e.event === 'SUPPORT' && dyadsOf([e])[0]!.endsWith('IGO>GEO')), JSON.stringify(dyadsOf(met)));
  const notMet = code('TBILISI (Reuters) - The OSCE said the parliamentary election did not meet democratic standards.', '2008-05-22');
  assert.ok(notMet.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('IGO>GEO')) && !notMet.some((e) => e.event === 'REJECT'), JSON.stringify(dyadsOf(notMet)));
});

test('a demand to free people is made of whoever holds them: "the release of sailors seized by Iranian forces"', () => {
  const evs = code('LONDON (Reuters) - Britain demanded the release of six sailors and two marines detained by Iranian forces.', '2004-06-22');
  assert.ok(evs.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('GBR>IRN')), JSON.stringify(dyadsOf(evs)));
});

test('an attack whose noun a denial governs, or that a modal passive follows, did not happen', () => {
  const denied = codeAll('LONDON (Reuters) - Britain denied any shots had been fired at the frigate.', '2021-06-23');
  assert.deepEqual(denied.filter((e) => e.event === 'ASSAULT'), []);
  const could = codeAll('KIEV (Reuters) - Opposition leaders said martial law could be used to delay the vote.', '2018-11-27');
  assert.deepEqual(could.filter((e) => e.cameo === '1724'), []);
});

test('forces sent to a country\'s own border are mobilised, not given', () => {
  const evs = code('BEIJING (Reuters) - China sent fighter jets to its border with Myanmar on Saturday.', '2015-03-14');
  assert.ok(evs.some((e) => e.event === 'MOBILIZE' && dyadsOf([e])[0]!.endsWith('CHN>MMR')), JSON.stringify(dyadsOf(evs)));
  assert.ok(!evs.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(evs)));
});

test('an envoy summoned to receive a note of protest or to hear concern is protested to; receiving a protest is no protest', () => {
  const evs = codeAll('BOGOTA (Reuters) - The foreign ministry summoned the U.S. ambassador to receive a note of protest.', '1996-03-02');
  assert.ok(evs.some((e) => e.cameo === '114' && dyadsOf([e])[0]!.endsWith('COL>USA')), JSON.stringify(dyadsOf(evs)));
  assert.ok(!evs.some((e) => codesOf(e.actor).includes('USA')), JSON.stringify(dyadsOf(evs)));
});

test('after a judgement, ", and" with a new subject and its verb is a new act, not what the judgement alleges', () => {
  const evs = code('TEHRAN (Reuters) - A spokesman called the raid a violation of international law, and Tehran summoned the Iraqi ambassador.', '2007-01-12');
  assert.ok(evs.some((e) => e.cameo === '114' && dyadsOf([e])[0]!.endsWith('IRN>IRQ')), JSON.stringify(dyadsOf(evs)));
});

test('tribesmen are civilians of the story\'s country: "hundreds of tribesmen chanted anti-American slogans"', () => {
  const evs = code('PESHAWAR (Reuters) - Hundreds of tribesmen chanted anti-American slogans at the funeral.', '2008-09-04');
  assert.ok(evs.some((e) => e.event === 'PROTEST' && dyadsOf([e])[0]!.endsWith('PAK>USA')), JSON.stringify(dyadsOf(evs)));
});

test('talks by telephone: "spoke to his counterpart by telephone", "raised the matter with X", "in a telephone call with X"', () => {
  const spoke = code('ANKARA (Reuters) - Foreign Minister Ahmet Davutoglu spoke to his Russian counterpart Sergei Lavrov by telephone.', '2013-05-02');
  assert.ok(spoke.some((e) => e.cameo === '041' && dyadsOf([e])[0]!.endsWith('TUR>RUS')), JSON.stringify(dyadsOf(spoke)));
  const raised = code('PARIS (Reuters) - Hollande raised the case with Chinese President Xi Jinping on Monday.', '2014-03-24');
  assert.ok(raised.some((e) => e.event === 'CONSULT' && dyadsOf([e])[0]!.endsWith('FRA>CHN')), JSON.stringify(dyadsOf(raised)));
  const call = code('KIEV (Reuters) - Poroshenko raised the shelling in a telephone call with German Chancellor Angela Merkel.', '2015-02-01');
  assert.ok(call.some((e) => e.cameo === '041' && dyadsOf([e])[0]!.endsWith('UKR>DEU')), JSON.stringify(dyadsOf(call)));
  // (Calling one's counterpart a name is no call; defending one's own companies protects no one else.)
  assert.deepEqual(codeAll('HAVANA (Reuters) - Castro called his Uruguayan counterpart Jorge Batlle a traitor.', '2002-04-23').filter((e) => e.cameo === '041'), []);
  assert.deepEqual(codeAll('MADRID (Reuters) - Rajoy said Spain would defend its companies abroad.', '2012-05-02').filter((e) => e.cameo === '074'), []);
});

test('an appeal from abroad is addressed to the story\'s country when only another clause names another party', () => {
  const evs = code('BISHKEK (Reuters) - Kazakhstan urged restraint, and the United Nations sent an envoy to the capital.', '2010-04-08');
  assert.ok(evs.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('KAZ>KGZ')), JSON.stringify(dyadsOf(evs)));
  // (One named in its own clause may be whom it is aimed at: no recipient is guessed.)
  const own = codeAll('BISHKEK (Reuters) - Kazakhstan urged restraint after talks with Russia.', '2010-04-08');
  assert.ok(!own.some((e) => e.event === 'REQUEST' && codesOf(e.recipient).includes('KGZ')), JSON.stringify(dyadsOf(own)));
});

test('a demand made at home is of the story\'s country; an order given at home is no demand of it', () => {
  const demand = code('DHAKA (Reuters) - The opposition leader demanded a fresh election on Sunday.', '2014-01-06');
  assert.ok(demand.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('BGD>BGD')), JSON.stringify(dyadsOf(demand)));
  const order = code('DHAKA (Reuters) - The prime minister ordered a committee to investigate the fire.', '2014-01-06');
  assert.ok(!order.some((e) => e.event === 'REQUEST'), JSON.stringify(dyadsOf(order)));
});

test('deputies in the plural are members of a parliament: "Opposition deputies demanded the minister\'s resignation"', () => {
  const evs = code('KIEV (Reuters) - Opposition deputies demanded the defence minister\'s resignation on Tuesday.', '2001-03-06');
  assert.ok(evs.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('UKR>UKR')), JSON.stringify(dyadsOf(evs)));
});

test('parties and armed groups of the round\'s dictionary additions are their countries\'', () => {
  const fmln = code('SAN SALVADOR (Reuters) - The leftist FMLN condemned the use of troops in parliament.', '2020-02-10');
  assert.ok(fmln.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'SLV'), JSON.stringify(dyadsOf(fmln)));
  const updf = code('KAMPALA (Reuters) - The UPDF shelled rebel positions near the border on Monday.', '2002-03-11');
  assert.ok(updf.some((e) => e.event === 'ASSAULT' && codesOf(e.actor).join() === 'UGA'), JSON.stringify(dyadsOf(updf)));
});

test('a person named with an age set off by commas is of the story\'s country; a bare unknown name stays unknown', () => {
  const aged = code('ALGIERS (Reuters) - Benhadj, 52, was arrested on Sunday at his home in Algiers.', '2005-07-27');
  assert.ok(aged.some((e) => e.cameo === '173' && dyadsOf([e])[0]!.endsWith('DZA>DZA')), JSON.stringify(dyadsOf(aged)));
  const said = code('KUALA LUMPUR (Reuters) - Rahman, 61, denounced the ruling from the dock.', '2015-02-10');
  assert.ok(said.some((e) => e.event === 'ACCUSE' && codesOf(e.actor).join() === 'MYS'), JSON.stringify(dyadsOf(said)));
  assert.deepEqual(code('KUALA LUMPUR (Reuters) - Rahman denounced the ruling from the dock.', '2015-02-10').filter((e) => codesOf(e.actor).includes('MYS')), []);
});

test('a defence said is verbal support; a defence against an attack is protection', () => {
  const said = code('WASHINGTON (Reuters) - The president defended Saudi Arabia over criticism of the war in Yemen.', '2018-10-12');
  assert.ok(said.some((e) => e.cameo === '052' && dyadsOf([e])[0]!.endsWith('USA>SAU')), JSON.stringify(dyadsOf(said)));
  assert.ok(!said.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(said)));
  const fought = code('PARIS (Reuters) - French troops defended Mali against attacks by Islamist fighters.', '2013-01-20');
  assert.ok(fought.some((e) => e.cameo === '074' && dyadsOf([e])[0]!.endsWith('FRA>MLI')), JSON.stringify(dyadsOf(fought)));
});

test('peacekeepers and observers sent or arriving are help given, not a show of force or a visit', () => {
  const sent = code('ABUJA (Reuters) - Ghana announced the deployment of 300 troops, including 40 officers, to Sierra Leone on a peacekeeping mission.', '1999-03-02');
  assert.ok(sent.some((e) => e.cameo === '074' && dyadsOf([e])[0]!.endsWith('GHA>SLE')), JSON.stringify(dyadsOf(sent)));
  assert.ok(!sent.some((e) => e.event === 'MOBILIZE'), JSON.stringify(dyadsOf(sent)));
  const arrived = codeAll('Nigerian peacekeeping troops arrived in Freetown on Monday.', '1999-03-02');
  assert.ok(arrived.some((e) => e.cameo === '074') && !arrived.some((e) => e.event === 'CONSULT'), JSON.stringify(dyadsOf(arrived)));
  const observers = code('BRUSSELS (Reuters) - The European Union has deployed election observers in Malawi.', '2019-05-10');
  assert.ok(observers.some((e) => e.event === 'AID' && dyadsOf([e])[0]!.endsWith('>MWI')) && !observers.some((e) => e.event === 'MOBILIZE'), JSON.stringify(dyadsOf(observers)));
  // (Troops that arrive with no help named are still deployed.)
  const troops = code('KUWAIT (Reuters) - The first British soldiers arrived in Kuwait on Monday.', '1990-08-20');
  assert.ok(troops.some((e) => e.event === 'MOBILIZE'), JSON.stringify(dyadsOf(troops)));
});

test('what a gap of giving holds that is said is no aid; operations of healing or rescue are aid, not force', () => {
  const speech = code('PARIS (Reuters) - Obama gave a speech to French business leaders on Tuesday.', '2017-12-02');
  assert.ok(!speech.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(speech)));
  const surgery = code('MAIDUGURI (Reuters) - The Nigerian army carried out free surgical operations for displaced people in Borno State.', '2018-05-03');
  assert.ok(surgery.some((e) => e.cameo === '073') && !surgery.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(surgery)));
  const workers = code('YANGON (Reuters) - The government of Myanmar expelled humanitarian aid workers from the state.', '2017-09-01');
  assert.ok(!workers.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(workers)));
});

test('agreeing to allow access is the permission, not what those let in do; "rebel" before a noun names rebels', () => {
  // (With no one named it is promised to, the intention is held back by default: read with --unresolved.)
  const evs = codeAll('DAMASCUS (Reuters) - Syria has agreed to allow access for aid convoys to deliver food to besieged towns.', '2016-05-27');
  assert.ok(evs.some((e) => e.cameo === '0355' && codesOf(e.actor).join() === 'SYR'), JSON.stringify(evs.map((e) => e.cameo + ' ' + dyadsOf([e])[0])));
  const rebels = codeAll('Khartoum agreed to allow humanitarian access to rebel areas.', '2014-03-01');
  assert.ok(rebels.some((e) => e.cameo === '0355'), JSON.stringify(rebels.map((e) => e.cameo)));
});

test('an accusation alleges from its "of"; a charge that describes a noun alleges up to the comma closing it', () => {
  const accused = codeAll('The vice-president accused the government of waging a campaign of persecution.', '2012-01-02');
  assert.ok(accused.some((e) => e.event === 'ACCUSE') && !accused.some((e) => e.event === 'ASSAULT'), JSON.stringify(accused.map((e) => e.event)));
  const surrendered = codeAll('Abdel Rahim, a militia leader charged with war crimes in the conflict, has surrendered to the authorities.', '2020-06-09');
  assert.ok(surrendered.some((e) => e.cameo === '0874'), JSON.stringify(surrendered.map((e) => e.cameo)));
});

test('an intention with a phrase between the verb and its "to": "vowed during the campaign to lift sanctions"', () => {
  const evs = codeAll('The candidate vowed during his campaign to lift the sanctions on Cuba.', '2008-01-10');
  assert.ok(!evs.some((e) => e.event === 'RETREAT'), JSON.stringify(evs.map((e) => e.cameo)));
  assert.ok(evs.some((e) => e.event === 'AGREE'), JSON.stringify(evs.map((e) => e.cameo)));
});

test('meals, joining for talks, a declared cessation of hostilities, returned weapons and artifacts, approved extraditions', () => {
  const lunch = code('PARIS (Reuters) - Obama had lunch with French President Emmanuel Macron on Saturday.', '2017-12-02');
  assert.ok(lunch.some((e) => e.event === 'CONSULT' && dyadsOf([e])[0]!.endsWith('USA>FRA')), JSON.stringify(dyadsOf(lunch)));
  const joined = code('VIENNA (Reuters) - Secretary of State John Kerry joined Iranian Foreign Minister Mohammad Javad Zarif for talks on Sunday.', '2015-07-05');
  assert.ok(joined.some((e) => e.event === 'CONSULT' && dyadsOf([e])[0]!.includes('USA') && dyadsOf([e])[0]!.includes('IRN')), JSON.stringify(dyadsOf(joined)));
  const truce = code('KHARTOUM (Reuters) - President Omar al-Bashir declared a unilateral cessation of hostilities in Darfur on Monday.', '2016-06-20');
  assert.ok(truce.some((e) => e.cameo === '0871'), JSON.stringify(truce.map((e) => e.cameo)));
  const artifacts = code('WASHINGTON (Reuters) - The United States returned hundreds of ancient Iraqi artifacts to Iraq on Tuesday.', '2021-08-03');
  assert.ok(artifacts.some((e) => e.cameo === '0842' && dyadsOf([e])[0]!.endsWith('USA>IRQ')), JSON.stringify(dyadsOf(artifacts)));
  const extradition = code('MIAMI (Reuters) - A U.S. judge approved the extradition of former Guatemalan President Alfonso Portillo.', '2013-05-10');
  assert.ok(extradition.some((e) => e.cameo === '063'), JSON.stringify(extradition.map((e) => e.cameo)));
});

test('operations ceased are a step down; an operation one "will begin" is a threat, one begun is force', () => {
  const ceased = code('DAMASCUS (Reuters) - The Syrian army said it had ceased its military operations near the capital.', '2016-02-27');
  assert.ok(ceased.some((e) => e.cameo === '087') && !ceased.some((e) => e.event === 'ASSAULT'), JSON.stringify(ceased.map((e) => e.cameo)));
  const will = code('ANKARA (Reuters) - Turkey\'s president said it will begin a new military operation against Kurdish fighters in Syria.', '2019-10-05');
  assert.ok(will.some((e) => e.event === 'THREATEN') && !will.some((e) => e.event === 'ASSAULT'), JSON.stringify(will.map((e) => e.cameo)));
  const began = code('ANKARA (Reuters) - Turkey began a new military operation against Kurdish fighters in Syria on Wednesday.', '2019-10-09');
  assert.ok(began.some((e) => e.event === 'ASSAULT'), JSON.stringify(began.map((e) => e.cameo)));
});

test('"both sides" and "the parties" are the sides of the last fight or accord told, not a mediator or a host', () => {
  const evs = code('SEOUL (Reuters) - North Korea shelled a South Korean island on Tuesday, killing two marines. The United States condemned the attack. China urged both sides to show restraint.', '2010-11-23');
  const urged = evs.find((e) => e.event === 'REQUEST' && codesOf(e.actor).join() === 'CHN');
  assert.ok(urged && codesOf(urged.recipient).join() === 'KOR,PRK', JSON.stringify(dyadsOf(evs)));
  const talks = code('NAIROBI (Reuters) - Sudan\'s government and the SPLA rebels signed a framework accord on Saturday at talks chaired by Kenya. "The parties have agreed on the two issues that blocked every attempt at peace," said the Kenyan envoy.', '2002-07-20');
  assert.ok(!talks.some((e) => e.event === 'AGREE' && [...codesOf(e.actor), ...codesOf(e.recipient)].includes('KEN')), JSON.stringify(dyadsOf(talks)));
});

test('a crowd named by its number alone protests as civilians of the place; a number of soldiers is no crowd', () => {
  const rally = code('JERUSALEM (Reuters) - Tens of thousands rallied in Tel Aviv on Saturday against the judicial overhaul.', '2023-07-22');
  assert.ok(rally.some((e) => e.event === 'PROTEST' && codesOf(e.actor).join() === 'ISR'), JSON.stringify(dyadsOf(rally)));
  const more = code('TBILISI (Reuters) - Thousands more gathered outside parliament in the afternoon.', '2007-11-07');
  assert.ok(more.some((e) => e.event === 'PROTEST' && codesOf(e.actor).join() === 'GEO'), JSON.stringify(dyadsOf(more)));
  assert.ok(!codeAll('MOSCOW (Reuters) - Thousands of soldiers marched in Red Square.', '2015-05-09').some((e) => e.event === 'PROTEST'));
});

test('"the three countries" are the last three named together; "at the end of" talks ends none', () => {
  const evs = code('VIENNA (Reuters) - Britain, France and Germany condemned Iran\'s missile test on Monday. Russia and China urged restraint. The three countries asked Iran to return to talks.', '2019-12-02');
  const asked = evs.find((e) => e.event === 'REQUEST' && codesOf(e.recipient).join() === 'IRN' && e.text.startsWith('The three'));
  assert.ok(asked && codesOf(asked.actor).join() === 'DEU,FRA,GBR', JSON.stringify(dyadsOf(evs)));
  assert.ok(!code('JERUSALEM (Reuters) - The deal came at the end of talks between Israel and Hamas.', '2014-08-26').some((e) => e.event === 'SANCTION'));
});

test('"the three countries" named beside an alliance are the states; Cyprus\'s and Kosovo\'s communities are theirs', () => {
  const signed = code('MADRID (Reuters) - Turkey lifted its objection to Finland and Sweden joining NATO after the three countries signed a memorandum.', '2022-06-28');
  assert.ok(signed.some((e) => e.event === 'SUPPORT') && !signed.some((e) => [...codesOf(e.actor), ...codesOf(e.recipient)].includes('IGO')), JSON.stringify(dyadsOf(signed)));
  const cypriots = code('NICOSIA (Reuters) - Greek Cypriots rejected the reunification plan on Saturday.', '2004-04-24');
  assert.ok(cypriots.some((e) => e.event === 'REJECT' && codesOf(e.actor).join() === 'CYP'), JSON.stringify(dyadsOf(cypriots)));
  const serbs = codeAll('PRISTINA (Reuters) - Kosovo Serbs blocked roads near the border on Monday.', '2021-09-27');
  assert.ok(serbs.some((e) => codesOf(e.actor).join() === 'XKX'), JSON.stringify(dyadsOf(serbs)));
});

test('an appeal or a condemnation made jointly is aimed at another, not at each other; support pledged together is given', () => {
  const appeal = codeAll('TRIPOLI (Reuters) - The United States, Britain, France and Italy jointly called for an immediate de-escalation.', '2019-04-05');
  assert.ok(!appeal.some((e) => codesOf(e.recipient).some((c) => ['USA', 'GBR', 'FRA', 'ITA'].includes(c ?? ''))), JSON.stringify(dyadsOf(appeal)));
  const condemned = codeAll('Britain and France jointly condemned the attack.', '2015-11-14');
  assert.ok(condemned.some((e) => e.event === 'ACCUSE') && !condemned.some((e) => codesOf(e.recipient).some((c) => c === 'GBR' || c === 'FRA')), JSON.stringify(dyadsOf(condemned)));
  const pledged = codeAll('The United States and Japan pledged support for its implementation.', '2005-08-15');
  assert.ok(!pledged.some((e) => dyadsOf([e])[0]!.endsWith('USA>JPN') || dyadsOf([e])[0]!.endsWith('JPN>USA')), JSON.stringify(dyadsOf(pledged)));
  // (Agreeing and drilling together stay done with each other.)
  const drill = code('Russia and China held joint naval exercises on Monday.', '2019-07-01');
  assert.ok(drill.some((e) => dyadsOf([e])[0]!.endsWith('RUS>CHN')), JSON.stringify(dyadsOf(drill)));
});

test('sanctions whose suspension is approved are eased; what the way is cleared for is yet to be; words that attack criticise', () => {
  const eased = code('NEW YORK (Reuters) - The Security Council approved the suspension of U.N. sanctions on Libya.', '1999-04-05');
  assert.ok(eased.some((e) => e.cameo === '085') && !eased.some((e) => e.event === 'SANCTION'), JSON.stringify(eased.map((e) => e.cameo)));
  const cleared = codeAll('The two suspects arrived on Monday, clearing the way for the suspension of U.N. sanctions on Libya.', '1999-04-05');
  assert.ok(!cleared.some((e) => e.cameo === '085'), JSON.stringify(cleared.map((e) => e.cameo)));
  const words = code('HARARE (Reuters) - Mugabe used his speech to attack Britain on Monday.', '2008-09-15');
  assert.ok(words.some((e) => e.cameo === '111' && dyadsOf([e])[0]!.endsWith('ZWE>GBR')) && !words.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(words)));
});

test('demonstrators who gather protest; land returned is no landing; pulling out of an exercise with another cuts cooperation', () => {
  const gathered = code('ANKARA (Reuters) - Kurdish demonstrators gathered in several European cities on Tuesday.', '1999-06-29');
  assert.ok(gathered.some((e) => e.event === 'PROTEST'), JSON.stringify(dyadsOf(gathered)));
  assert.ok(!codeAll('AMMAN (Reuters) - Israel will return 380 square kilometres of land in the Arava valley to Jordan.', '1994-10-26').some((e) => e.event === 'CONSULT'));
  const exercise = code('ATHENS (Reuters) - Greece pulled out of a military exercise with Israel on Tuesday.', '2010-06-01');
  assert.ok(exercise.some((e) => e.event === 'SANCTION' && dyadsOf([e])[0]!.endsWith('GRC>ISR')) && !exercise.some((e) => e.event === 'RETREAT'), JSON.stringify(dyadsOf(exercise)));
});

test('a curfew, a ban or an emergency told in the passive with no one named is the place\'s, imposed on its people', () => {
  const emergency = code('BANGKOK (Reuters) - A state of emergency was declared in the capital on Sunday.', '1992-05-18');
  assert.ok(emergency.some((e) => e.cameo === '1724' && dyadsOf([e])[0]!.endsWith('THA>THA')), JSON.stringify(dyadsOf(emergency)));
  const curfew = code('BANJUL (Reuters) - A dusk-to-dawn curfew was imposed.', '1994-07-22');
  assert.ok(curfew.some((e) => e.cameo === '1723' && dyadsOf([e])[0]!.endsWith('GMB>GMB')), JSON.stringify(dyadsOf(curfew)));
  const banned = code('ISLAMABAD (Reuters) - Gatherings were banned in Islamabad and Punjab province.', '2023-05-09');
  assert.ok(banned.some((e) => e.cameo.startsWith('172') && dyadsOf([e])[0]!.endsWith('PAK>PAK')), JSON.stringify(dyadsOf(banned)));
  // (One lifted is no emergency imposed; a ban a condition names is no ban.)
  assert.ok(!code('BANGKOK (Reuters) - The state of emergency will be lifted next week.', '1992-05-18').some((e) => e.cameo === '1724'));
  assert.ok(!codeAll('NEW DELHI (Reuters) - The drivers said they would not end the strike until their permits are renewed and the rival apps are banned from the city.', '2019-06-01').some((e) => e.cameo.startsWith('172')));
});

test('a verdict said of the clause\'s subject after "be": a fair vote or a good step is praise, an outrage or the blame for bloodshed an accusation', () => {
  const fair = code('The European Union said the election in Malawi was free and fair.', '1994-05-20');
  assert.ok(fair.some((e) => e.cameo === '051' && dyadsOf([e])[0]!.endsWith('IGO>MWI')), JSON.stringify(dyadsOf(fair)));
  const step = code('The European Union said the vote in Myanmar was an important step.', '2010-11-08');
  assert.ok(step.some((e) => e.cameo === '051' && dyadsOf([e])[0]!.endsWith('IGO>MMR')), JSON.stringify(dyadsOf(step)));
  const outrage = code('Prime Minister John Major said the IRA attack was an appalling outrage.', '1996-06-16');
  assert.ok(outrage.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('GBR>GBR')), JSON.stringify(dyadsOf(outrage)));
  const blamed = code('LIMA (Reuters) - Indigenous leader Alberto Pizango said the government was responsible for the bloodshed.', '2009-06-06');
  assert.ok(blamed.some((e) => e.cameo === '112' && codesOf(e.recipient).includes('PER')), JSON.stringify(dyadsOf(blamed)));
  const bore = code('The U.S. Embassy in Khartoum said the Sudanese military council bore responsibility.', '2019-06-04');
  assert.ok(bore.some((e) => e.cameo === '112' && dyadsOf([e])[0]!.endsWith('USA>SDN')), JSON.stringify(dyadsOf(bore)));
  // (Not without "be": a call for free and fair elections praises no one.)
  assert.ok(!codeAll('The opposition called for free and fair elections in Kenya.', '2007-12-01').some((e) => e.cameo === '051'));
});

test('a new administration one will not recognise is rejected; the people of an aside before a verb of saying do not speak', () => {
  const refused = code('NAIROBI (Reuters) - Kenya said it would not recognise the junta in Sierra Leone.', '1997-05-28');
  assert.ok(refused.some((e) => e.event === 'REJECT' && dyadsOf([e])[0]!.endsWith('KEN>SLE')), JSON.stringify(dyadsOf(refused)));
  const aside = code('The European Union, whose foreign ministers meet later this month, said the vote in Myanmar was an important step.', '2010-11-08');
  assert.ok(aside.some((e) => e.cameo === '051' && dyadsOf([e])[0]!.endsWith('IGO>MMR')), JSON.stringify(dyadsOf(aside)));
});

test('after an appeal or a complaint, a coordinated verb with a tense of its own, or the next act of a list, is an act of its own', () => {
  const ban = code('Japan pushed for tough measures and had already announced its own ban on North Korean imports.', '2009-06-12');
  assert.ok(ban.some((e) => e.event === 'SANCTION' && dyadsOf([e])[0]!.endsWith('JPN>PRK')), JSON.stringify(dyadsOf(ban)));
  const list = code('China summoned Japan\'s ambassador several times, suspended ministerial-level contacts, postponed talks on a gas field and called off a series of exchange events.', '2010-09-20');
  assert.ok(list.some((e) => e.cameo === '160' && dyadsOf([e])[0]!.endsWith('CHN>JPN')), JSON.stringify(dyadsOf(list)));
  // (What was urged stays unhappened: "urged them to stop the fighting and proceed to talks".)
  assert.ok(!codeAll('The United Nations urged both sides to stop the fighting and proceed to talks in Geneva.', '2010-09-20').some((e) => e.event === 'CONSULT'));
});

test('"both countries" are the story\'s own pair of states, not a pair named once in a background sentence', () => {
  const evs = code('ALGIERS (Reuters) - Algeria broke off diplomatic relations with Morocco on Tuesday. Algeria accused Morocco of hostile actions. Morocco condemned Algeria\'s decision. Morocco normalised relations with Israel last year in exchange for US recognition of its sovereignty over Western Sahara. Saudi Arabia called on both countries to exercise restraint.', '2021-08-24');
  const appeal = evs.filter((e) => e.event === 'REQUEST');
  assert.deepEqual(appeal.map((e) => codesOf(e.recipient).join()), ['DZA,MAR'], JSON.stringify(dyadsOf(evs)));
  // (A pair named often stays what "the two countries" means.)
  const named = code('Armenia and Azerbaijan fought over Nagorno-Karabakh. Armenia accused Azerbaijan of shelling. Azerbaijan accused Armenia of attacks. Russia and Turkey signed a deal on Syria. Russia and Turkey also agreed on grain. Russia and Turkey met in Sochi. France urged the two countries to talk.', '2020-10-10');
  assert.ok(named.some((e) => e.event === 'REQUEST' && codesOf(e.recipient).join() === 'RUS,TUR'), JSON.stringify(dyadsOf(named)));
});

test('a warning of steps one would take, or of consequences another would face, is a threat; protests one vows to keep up threaten protest', () => {
  const steps = code('Chinese Premier Wen Jiabao warned that China would take further steps if Japan refused to release the captain.', '2010-09-22');
  assert.ok(steps.some((e) => e.event === 'THREATEN' && dyadsOf([e])[0]!.endsWith('CHN>JPN')), JSON.stringify(dyadsOf(steps)));
  const face = code('Turkish Foreign Minister Ahmet Davutoglu said Israel would face consequences.', '2010-06-01');
  assert.ok(face.some((e) => e.event === 'THREATEN' && dyadsOf([e])[0]!.endsWith('TUR>ISR')), JSON.stringify(dyadsOf(face)));
  const protests = code('CAIRO (Reuters) - The Muslim Brotherhood has vowed to keep up its protests in Tahrir Square.', '2012-11-25');
  assert.ok(protests.some((e) => e.cameo === '133'), JSON.stringify(dyadsOf(protests)));
  // (Not a warning of what the government would do about something: no one is threatened.)
  assert.ok(!code('He warned that the government would take action against corruption.', '2010-09-20').some((e) => e.event === 'THREATEN'));
});

test('an agency credit on a line of its own loses none of the article', () => {
  const evs = code('QUITO (Reuters) - Ecuador broke off diplomatic relations with Colombia on Monday.\n(AFP)\nVenezuela closed its embassy in Bogota.', '2008-03-03');
  assert.ok(evs.some((e) => dyadsOf([e])[0]!.endsWith('ECU>COL')) && evs.some((e) => dyadsOf([e])[0]!.endsWith('VEN>COL')), JSON.stringify(dyadsOf(evs)));
});

test('an act called an important step or a victory is praised; one called a betrayal, a bloodbath or reckless is condemned', () => {
  const start = code('Swedish Foreign Minister Margot Wallstrom called the agreement on Yemen an important start.', '2018-12-13');
  assert.ok(start.some((e) => e.cameo === '051' && dyadsOf([e])[0]!.endsWith('SWE>YEM')), JSON.stringify(dyadsOf(start)));
  const talks = code('Pakistani Prime Minister Nawaz Sharif described the talks with India as constructive.', '1999-02-21');
  assert.ok(talks.some((e) => e.cameo === '051' && dyadsOf([e])[0]!.endsWith('PAK>IND')), JSON.stringify(dyadsOf(talks)));
  const reckless = code('U.S. Defense Secretary William Perry described the Chinese missile firings as reckless.', '1996-03-09');
  assert.ok(reckless.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('USA>CHN')), JSON.stringify(dyadsOf(reckless)));
  const cruel = code('UN rights chief Michelle Bachelet called the executions in Myanmar a cruel and regressive step.', '2022-07-25');
  assert.ok(cruel.some((e) => e.event === 'ACCUSE' && codesOf(e.recipient).includes('MMR')) && !cruel.some((e) => e.event === 'SUPPORT'), JSON.stringify(dyadsOf(cruel)));
  // (A call for an end to a disaster condemns no one.)
  assert.ok(!codeAll('The opposition called for an end to the disaster in the north.', '2005-06-01').some((e) => e.event === 'ACCUSE'));
});

test('a person\'s one-word name followed by another name is someone else\'s given name', () => {
  const fired = codeAll('SOFIA (Reuters) - Borisov dismissed Finance Minister Simeon Djankov on Monday.', '2013-02-18');
  assert.ok(fired.length && !fired.some((e) => [...e.actor, ...e.recipient].some((a) => a.code === 'HTI')), JSON.stringify(dyadsOf(fired)));
  const summoned = code('ISLAMABAD (Reuters) - Foreign Secretary Salman Bashir summoned US Ambassador Cameron Munter to lodge a strong protest.', '2011-11-27');
  assert.ok(summoned.some((e) => dyadsOf([e])[0]!.endsWith('PAK>USA')) && !summoned.some((e) => codesOf(e.recipient).includes('GBR')), JSON.stringify(dyadsOf(summoned)));
  // (A name before "Administration" or a day is still the person's.)
  assert.ok(code('WASHINGTON (Reuters) - The Obama Administration imposed sanctions on Russia.', '2014-03-20').some((e) => dyadsOf([e])[0]!.endsWith('USA>RUS')));
});

test('an envoy given hours to leave is expelled, not threatened; a court strikes down no one; an economic war is no force', () => {
  const expelled = code('KUALA LUMPUR (Reuters) - Malaysia declared North Korea\'s ambassador persona non grata and gave him 48 hours to leave the country.', '2017-03-04');
  assert.ok(expelled.some((e) => e.event === 'SANCTION') && !expelled.some((e) => e.event === 'THREATEN'), JSON.stringify(dyadsOf(expelled)));
  assert.ok(!codeAll('APIA (Reuters) - The Supreme Court struck down both moves.', '2021-05-24').some((e) => e.event === 'ASSAULT'));
  const economic = code('CARACAS (Reuters) - Maduro said Colombian paramilitary gangs were waging an economic war against Venezuela.', '2015-08-27');
  assert.ok(!economic.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(economic)));
});

test('a commitment not made refuses nothing; the states of a region are no parties named before', () => {
  // (An accord not reached stays a rejection, as the news sentences' labels code it: "failed to reach a deal".)
  assert.ok(!codeAll('BELGRADE (Reuters) - Vucic said he had made no commitment to recognise Kosovo.', '2023-03-19').some((e) => e.event === 'AGREE'));
  // (Still a refusal: "refused to agree".)
  assert.ok(code('Sudan refused to agree to the plan by South Sudan.', '2012-04-20').some((e) => e.event === 'REJECT'));
  const european = codeAll('BEIRUT (Reuters) - Israel shelled villages in south Lebanon. Syria condemned the shelling. The campaign drew criticism from European governments.', '1993-07-31');
  assert.ok(!european.some((e) => e.event === 'ACCUSE' && e.actor.some((a) => a.text === 'European governments' && a.code)), JSON.stringify(dyadsOf(european)));
  const algeria = code('ALGIERS (Reuters) - Algeria\'s High State Council met in emergency session.', '1992-06-29');
  assert.ok(!algeria.some((e) => [...e.actor, ...e.recipient].some((a) => a.code === 'CHN')), JSON.stringify(dyadsOf(algeria)));
});

test('a note, a tone or a deal struck is a manner of speaking or an agreement, not an attack', () => {
  assert.ok(!codeAll('KYIV (Reuters) - Ukraine struck a cautious note on Friday.', '2022-07-22').some((e) => e.event === 'ASSAULT'));
  assert.ok(!codeAll('MOSCOW (Reuters) - Russia struck a conciliatory tone towards Kyiv.', '2022-07-22').some((e) => e.event === 'ASSAULT'));
  const deal = code('ISTANBUL (Reuters) - Russia and Ukraine struck a deal on grain exports on Friday.', '2022-07-22');
  assert.ok(deal.length > 0 && !deal.some((e) => e.event === 'ASSAULT'), JSON.stringify(dyadsOf(deal)));
  // (What is struck is still attacked: "Israeli jets struck Gaza".)
  assert.ok(code('JERUSALEM (Reuters) - Israeli jets struck Gaza on Friday.', '2022-08-05').some((e) => e.event === 'ASSAULT'));
});

test('after an appeal, "and said it would" is the speaker\'s next act; forces placed on alert show force in the passive too', () => {
  const envoys = code('CONAKRY (Reuters) - The West African regional bloc ECOWAS urged restraint and said it would send envoys to Conakry.', '2007-02-10');
  assert.ok(envoys.some((e) => e.event === 'AGREE' && dyadsOf([e])[0]!.endsWith('IGO>GIN')), JSON.stringify(dyadsOf(envoys)));
  const alert = code('COLOMBO (Reuters) - Army units in the east were placed on alert.', '2004-04-10');
  assert.deepEqual(dyadsOf(alert), ['152 LKA>']);
  // (Not a doer's noun in any other passive: "Three Indian soldiers were killed" did not kill.)
  assert.ok(!code('NEW DELHI (Reuters) - Three Indian soldiers were killed along the border.', '2013-01-08').some((e) => e.event === 'ASSAULT' && e.actor.some((a) => a.text.includes('soldiers'))));
});

test('an explanation or an account wanted of someone is asked of them', () => {
  const account = code('LONDON (Reuters) - Britain had asked the Yemeni government for a full account of how the hostages died.', '1998-12-30');
  assert.deepEqual(dyadsOf(account), ['021 GBR>YEM']);
  const wanted = code('BANGKOK (Reuters) - Thailand wants an explanation from Cambodia.', '2003-01-30');
  assert.deepEqual(dyadsOf(wanted), ['021 THA>KHM']);
});

test('"we" in a quotation is the speaker\'s side, named after the quotation or before it', () => {
  const after = code('MOSCOW (Reuters) - "We condemn this barbaric attack on Syria," Russian Foreign Minister Sergei Lavrov told reporters.', '2018-04-14');
  assert.ok(after.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('RUS>SYR')), JSON.stringify(dyadsOf(after)));
  const said = code('BEIJING (Reuters) - "We urge the Vietnamese side to protect Chinese citizens," China\'s foreign ministry said.', '2014-05-15');
  assert.ok(said.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0]!.endsWith('CHN>VNM')), JSON.stringify(dyadsOf(said)));
  // (Not a "we" outside any quotation: no one is known to speak it.)
  assert.ok(!codeAll('MOSCOW (Reuters) - We condemn this barbaric attack on Syria.', '2018-04-14').some((e) => e.actor.some((a) => a.code)));
});

test('supporters who gather rally; a resignation or a strike called off at home yields to the country\'s own people', () => {
  const rally = code('BISHKEK (Reuters) - Several hundred of Atambayev\'s supporters gathered in the centre of the village.', '2019-08-08');
  assert.ok(rally.some((e) => e.event === 'PROTEST' && codesOf(e.actor).includes('KGZ')), JSON.stringify(dyadsOf(rally)));
  assert.deepEqual(dyadsOf(code('ISLAMABAD (Reuters) - Pakistan\'s law minister resigned on Monday.', '2017-11-27')), ['0831 PAK>PAK']);
  // (Not a foreign official's resignation, whose recipient is no one named.)
  assert.deepEqual(dyadsOf(code('ISLAMABAD (Reuters) - Britain\'s foreign secretary resigned on Monday.', '2018-07-09')), ['0831 GBR>']);
  const strike = code('ABUJA (Reuters) - Nigeria\'s labour unions on Monday suspended a week-long general strike.', '2012-01-16');
  assert.ok(strike.some((e) => e.cameo === '082' && dyadsOf([e])[0]!.endsWith('NGA>NGA')), JSON.stringify(dyadsOf(strike)));
});

test('a longer demonym\'s plural names its country; the opposition is the story\'s own country\'s; a gerund that is a subject tells no act', () => {
  const voters = code('SAN JOSE, Costa Rica (AP) — Costa Ricans narrowly approved a free trade agreement with the United States on Sunday.', '2007-10-08');
  assert.ok(voters.some((e) => dyadsOf([e])[0]!.endsWith('CRI>USA')), JSON.stringify(dyadsOf(voters)));
  const solis = code('SAN JOSE, Costa Rica (AP) — Costa Ricans narrowly approved a free trade agreement with the United States. Opposition leader Otton Solis said he would not concede, citing what he called interference by the U.S. government.', '2007-10-08');
  assert.ok(solis.filter((e) => e.actor.some((a) => a.sector === 'OPP')).every((e) => codesOf(e.actor).join() === 'CRI') && solis.some((e) => e.actor.some((a) => a.sector === 'OPP')), JSON.stringify(dyadsOf(solis)));
  assert.deepEqual(codeAll('WASHINGTON (Reuters) - Obama said attacking Iran would be a mistake.', '2012-03-04').filter((e) => e.event === 'ASSAULT'), []);
  assert.deepEqual(codeAll('SAN JOSE (Reuters) - Supporters said rejecting the pact would cost thousands of jobs.', '2007-10-08').filter((e) => e.event === 'REJECT'), []);
  // (A gerund after a preposition is still an act: "accused Russia of attacking Ukraine" alleges one.)
  assert.ok(code('KYIV (Reuters) - Ukraine accused Russia of attacking its ships.', '2018-11-26').some((e) => e.event === 'ACCUSE'));
});

test('a meeting or a visit expected is scheduled; contact kept and calls held are consultation; a mission sent engages its host', () => {
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - Putin is expected to meet Trump in Helsinki next week.', '2018-07-09')), ['036 RUS>USA']);
  // (What others expect of any other act is no one's act yet; nor a meeting thought unlikely.)
  assert.deepEqual(code('WASHINGTON (Reuters) - The United States is expected to announce its own sanctions on Russia.', '2018-07-09'), []);
  assert.deepEqual(codeAll('MOSCOW (Reuters) - Putin is unlikely to meet Trump.', '2018-07-09'), []);
  assert.deepEqual(dyadsOf(code('PARIS (Reuters) - France said it was in contact with Yemeni authorities.', '2002-10-07')), ['040 FRA>YEM']);
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - Secretary of State Warren Christopher spent days on the telephone with Syrian President Hafez Assad.', '1996-04-27')), ['041 USA>SYR']);
  assert.deepEqual(dyadsOf(code('PARIS (Reuters) - France sent a team of investigators to Yemen.', '2002-10-07')), ['040 FRA>YEM']);
  assert.deepEqual(dyadsOf(code('BRUSSELS (Reuters) - The European Union sent 200 monitors to Aceh.', '2005-09-15')), ['074 IGO>IDN']);
});

test('a military council rules; an elected government dissolved by another is coerced, a prime minister\'s own is not', () => {
  assert.deepEqual(dyadsOf(code('BAMAKO (Reuters) - The military council suspended the constitution.', '1991-03-27')), ['170 MLI>MLI']);
  assert.deepEqual(dyadsOf(code('MASERU (Reuters) - Lesotho\'s King Letsie III dissolved the elected government of Prime Minister Ntsu Mokhehle.', '1994-08-17')), ['170 LSO>LSO']);
  assert.deepEqual(codeAll('TUNIS (Reuters) - Prime Minister Hamadi Jebali said he will dissolve the government and form a cabinet of technocrats.', '2013-02-06'), []);
});

test('a defeat conceded, a result or a ruling accepted, the constitution respected are yielded to the country\'s own people', () => {
  assert.deepEqual(dyadsOf(code('LIMA (Reuters) - Peru\'s opposition leader Alan Garcia conceded defeat on Monday.', '2006-06-05')), ['080 PER>PER']);
  assert.deepEqual(dyadsOf(code('COLOMBO (Reuters) - Sirisena said in a statement that he accepted the ruling.', '2018-12-14')), ['080 LKA>LKA']);
  assert.deepEqual(dyadsOf(code('BISSAU (Reuters) - The military will respect the constitutional order, the army chief said.', '2001-01-01')), ['035 GNB>GNB']);
  // (Not what is admitted: "conceded that mistakes had been made" yields nothing to anyone named.)
  assert.deepEqual(code('COLOMBO (Reuters) - The minister conceded that mistakes had been made.', '2018-12-14'), []);
});

test('representations lodged are a protest; words from abroad after another party\'s clause are still addressed to the story\'s country', () => {
  assert.deepEqual(dyadsOf(code('BEIJING (Reuters) - China said it had lodged representations with Hanoi.', '2014-05-15')), ['114 CHN>VNM']);
  const condemned = code('TASHKENT, Feb 16 (Reuters) - A series of car bombs exploded in Tashkent. Neighbouring Kazakhstan and Kyrgyzstan sent messages of condolence, and Russia\'s Foreign Ministry condemned what it called a barbaric terrorist act.', '1999-02-16');
  assert.ok(condemned.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0]!.endsWith('RUS>UZB')), JSON.stringify(dyadsOf(condemned)));
  // (Not a new subject that may be the speaker's words, nor an age: "since Soviet times" is no actor.)
  const western = code('MOSCOW (Reuters) - The Arab League called for an immediate ceasefire, and Western governments have evacuated most of their nationals from Aden.', '1994-05-10');
  assert.ok(!western.some((e) => e.event === 'AID'), JSON.stringify(dyadsOf(western)));
  const soviet = codeAll('ALMATY (Reuters) - Nazarbayev, who has led Kazakhstan since Soviet times, was re-elected in an election observers said fell short of democratic standards.', '2005-12-05');
  assert.ok(!soviet.some((e) => [...e.actor, ...e.recipient].some((a) => a.text.includes('Soviet'))), JSON.stringify(dyadsOf(soviet)));
});

test('"they" after a group named as such is every party of it', () => {
  const agreed = code('PYONGYANG (Reuters) - Japanese Prime Minister Junichiro Koizumi met North Korean leader Kim Jong Il on Tuesday. The two leaders signed a declaration under which they agreed to resume talks on establishing diplomatic relations.', '2002-09-17');
  assert.ok(['036 JPN>PRK', '036 PRK>JPN'].every((d) => dyadsOf(agreed).includes(d)), JSON.stringify(dyadsOf(agreed)));
});

test('security stepped up in the passive, with no one named, is the place\'s own forces\'', () => {
  assert.deepEqual(dyadsOf(code('LONDON (Reuters) - Security was stepped up in London and Northern Ireland last night.', '1996-02-10')), ['151 GBR>']);
  // (Not what is said to be done if needed.)
  assert.deepEqual(codeAll('LONDON (Reuters) - The government said security would be stepped up if needed.', '1996-02-10').filter((e) => e.event === 'MOBILIZE'), []);
});

test('"the attack" a third party condemns is the one the story is about, not the last reply to it', () => {
  const text = 'SEOUL (Reuters) - North Korea fired a barrage of artillery shells onto a South Korean island on Tuesday. South Korean howitzers returned fire at North Korean positions. Washington strongly condemned the attack.';
  const evs = code(text, '2010-11-23').filter((e) => e.event === 'ACCUSE');
  assert.deepEqual(dyadsOf(evs), ['111 USA>PRK']);
});

test('the channel one speaks on is no recipient; what a ban is on still is', () => {
  const rival = codeAll('MALE (Reuters) - Solih conceded defeat, congratulating his rival Mohamed Muizzu on social media.', '2023-10-01').filter((e) => e.event === 'SUPPORT');
  assert.ok(rival.length && rival.every((e) => !e.recipient.some((a) => a.text.includes('media'))), JSON.stringify(rival.map((e) => e.recipient.map((a) => a.text))));
  const radio = codeAll('DUSHANBE (Reuters) - Rakhmonov appealed on state radio for all sides to lay down their weapons.', '1994-10-01');
  assert.ok(!radio.some((e) => e.recipient.some((a) => a.text.includes('radio'))), JSON.stringify(radio.map((e) => e.recipient.map((a) => a.text))));
  const ban = code('ISLAMABAD (Reuters) - Pakistan refuses to remove the ban on Indian television channels.', '2000-01-01');
  assert.ok(ban.some((e) => dyadsOf([e])[0]!.endsWith('PAK>IND')), JSON.stringify(dyadsOf(ban)));
});

test('an act dated by the occasion it was part of, years before the story, is history recalled', () => {
  assert.deepEqual(code('DAMASCUS (Reuters) - The central issue remains the Golan Heights, which Israel seized from Syria in the 1967 Middle East war.', '2000-01-04'), []);
  assert.deepEqual(code('BAMAKO (Reuters) - Traore came to power in a 1968 coup that toppled Mali\'s first president, Modibo Keita.', '1991-03-26'), []);
  assert.deepEqual(code('BISHKEK (Reuters) - The nation has seen two presidents toppled by popular uprisings, in 2005 and 2010.', '2020-10-06'), []);
  // (A year that names what is acted on is no date of the act: "violated the 2015 accord".)
  assert.ok(code('BAMAKO (Reuters) - Rebels violated the 2015 accord that ended the war.', '2022-03-26').some((e) => e.event === 'REJECT'));
});

test('a protest conveyed to an envoy is a diplomatic protest', () => {
  assert.deepEqual(dyadsOf(code('NEW DELHI (Reuters) - Foreign Secretary Ranjan Mathai conveyed India\'s protest to Pakistan\'s High Commissioner.', '2013-01-09')), ['114 IND>PAK']);
});

test('a summit\'s venue named by its country\'s adjective is no story country; names without the Arabic article; acronyms are no surnames; pressure is no recipient', () => {
  const lusaka = code('LUSAKA, Nov 20 (AFP) - Angola\'s government and UNITA rebels signed a peace accord in the Zambian capital on Sunday. Angolan President Jose Eduardo dos Santos attended the ceremony. Government forces captured the rebel stronghold of Huambo earlier this month.', '1994-11-20');
  assert.ok(lusaka.length && lusaka.every((e) => [...e.actor, ...e.recipient].every((a) => a.code !== 'ZMB')), JSON.stringify(dyadsOf(lusaka)));
  const musawi = code('BEIRUT (Reuters) - Israeli helicopter gunships killed Sheikh Abbas Musawi in a rocket attack.', '1992-02-16');
  assert.ok(musawi.some((e) => e.recipient.some((a) => a.code === 'LBN' && a.sector === 'REB')), JSON.stringify(musawi.map((e) => e.recipient)));
  assert.ok(code('LIMA (Reuters) - CELAC condemned the coup in Peru.', '2023-01-10').every((e) => e.actor.every((a) => a.code === 'IGO')));
  const pressure = code('ATHENS (Reuters) - Greece and Turkey stepped back from the edge of war, agreeing under intense U.S. pressure to withdraw their warships.', '1996-01-31');
  assert.ok(!pressure.some((e) => e.recipient.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(pressure)));
});

test('hours given to someone named at length are an ultimatum; a night on the phone to capitals is a call', () => {
  assert.deepEqual(dyadsOf(code('JERUSALEM (Reuters) - Prime Minister Ehud Barak gave Palestinian leader Yasser Arafat 48 hours to halt the violence.', '2000-10-07')), ['139 ISR>PSE']);
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - Secretary of State Warren Christopher spent the night on the phone to Syrian President Hafez Assad.', '1996-04-27')), ['041 USA>SYR']);
});

test('people called foreign are no one\'s of the place, wherever the phrase read begins', () => {
  const tourists = codeAll('KAMPALA (Reuters) - Rebels hacked to death eight foreign tourists in a gorilla park.', '1999-03-02');
  assert.ok(tourists.some((e) => e.event === 'ASSAULT') && !tourists.some((e) => e.recipient.some((a) => a.text.includes('tourists') && a.code)), JSON.stringify(tourists.map((e) => e.recipient)));
});

test('inquiries ordered, accords signed and acts defended at home are the country\'s own', () => {
  const dhaka = 'DHAKA (Reuters) - Gunmen killed nine people at a rally of the ruling party in the northern town of Bogra on Sunday.';
  const inquiry = code(`${dhaka} Prime Minister Sheikh Hasina ordered a full investigation.`, '2001-03-12');
  assert.ok(inquiry.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0] === '090 BGD>BGD'), JSON.stringify(dyadsOf(inquiry)));
  const lima = 'LIMA (Reuters) - Police cleared a highway blocked by farmers in the Andes on Friday, and at least six people were killed.';
  assert.ok(code(`${lima} The interior minister defended the operation.`, '2009-06-06').some((e) => e.event === 'SUPPORT' && dyadsOf([e])[0] === '052 PER>PER'));
  const maputo = 'MAPUTO (Reuters) - President Joaquim Chissano and Renamo leader Afonso Dhlakama ended two years of fighting on Tuesday.';
  assert.ok(code(`${maputo} The two men signed the accord in the capital.`, '1992-10-06').some((e) => e.event === 'SUPPORT' && dyadsOf([e])[0]!.endsWith('MOZ>MOZ')));
  // (Not intentions or regret: "would meet on Monday to choose a candidate" is internal business.)
  const colombo = 'COLOMBO (Reuters) - The opposition candidate for Sri Lanka\'s presidency was killed in a bomb blast at a rally.';
  assert.ok(!code(`${colombo} Party officials said they would meet on Monday to choose a replacement.`, '1994-10-24').some((e) => e.event === 'AGREE'));
});

test('a mission suspended, a verdict not recognised, a trial called a show', () => {
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - Russia suspended its diplomatic mission to NATO on Monday.', '2021-10-18')), ['161 RUS>IGO']);
  const verdict = code('MOSCOW (Reuters) - A Lithuanian court convicted a former Soviet officer of war crimes. The Russian foreign ministry called the trial a political show put on by the Lithuanian authorities and said it would not recognise the verdict.', '2019-03-27');
  assert.ok(verdict.some((e) => e.event === 'ACCUSE' && dyadsOf([e])[0] === '111 RUS>LTU'), JSON.stringify(dyadsOf(verdict)));
  assert.ok(verdict.some((e) => e.event === 'REJECT' && dyadsOf([e])[0]!.endsWith('RUS>LTU')), JSON.stringify(dyadsOf(verdict)));
  assert.deepEqual(dyadsOf(code('GAZA (Reuters) - Israeli troops shot dead a Palestinian gunman. Palestinian officials called the killing a dangerous escalation.', '2005-03-01')).filter((d) => d.startsWith('111')), ['111 PSE>ISR']);
});

test('a city whose name ends on a word the tagger reads as a common noun is read whole', () => {
  const saigon = code('HANOI (Reuters) - Protesters clashed with police in several provinces on Sunday. In Ho Chi Minh City, police detained an American citizen.', '2018-06-11');
  assert.ok(saigon.some((e) => e.event === 'COERCE' && dyadsOf([e])[0] === '173 VNM>USA'), JSON.stringify(dyadsOf(saigon)));
});

test('a doer named before a participle after "been" is what was done to; the Niger Delta is Nigeria\'s; UNMIS is the UN\'s', () => {
  const rome = codeAll('ROME (Reuters) - Two Italian paramilitary police officers have been shot and wounded outside the prime minister\'s office.', '2013-04-28');
  assert.ok(!rome.some((e) => e.actor.some((a) => a.sector === 'COP')), JSON.stringify(dyadsOf(rome)));
  const odi = code('LAGOS (Reuters) - Troops have raided the Niger Delta town of Odi after the killing of 12 policemen.', '1999-11-25');
  assert.ok(odi.length && odi.every((e) => [...e.actor, ...e.recipient].every((a) => a.code !== 'NER')), JSON.stringify(dyadsOf(odi)));
  const unmis = code('KHARTOUM (Reuters) - The UN Mission in Sudan (UNMIS) condemned the bombardment of the town.', '2011-05-22');
  assert.ok(unmis.some((e) => e.event === 'ACCUSE' && e.actor.some((a) => a.code === 'IGO')), JSON.stringify(dyadsOf(unmis)));
});

test('a place inside a reason set off by commas is not where the clause\'s act was done', () => {
  const riot = code('KATHMANDU (AP) - Thousands of rioters, enraged by the killing of 12 Nepali workers in Iraq, attacked the capital\'s main mosque on Wednesday.', '2004-09-01');
  assert.ok(riot.length && riot.every((e) => e.actor.every((a) => a.code === 'NPL')), JSON.stringify(dyadsOf(riot)));
});

test('a toll counted since a war began or ended is how the war went, not an act of the day', () => {
  assert.deepEqual(code('COLOMBO (Reuters) - More than 35,000 people have been killed since the rebels began fighting for a separate homeland.', '1995-04-19'), []);
  assert.deepEqual(code('VIENTIANE (Reuters) - More than 20,000 people have been killed by leftover bombs since the war ended.', '2016-09-06'), []);
  assert.deepEqual(code('LIMA (Reuters) - Dozens of soldiers have been killed since fighting broke out in late January on the border.', '1995-02-10'), []);
  // (Since a ceasefire began, the killing is an act of its own.)
  assert.ok(code('KABUL (Reuters) - Rebels have killed five soldiers since the ceasefire began.', '2010-01-01').some((e) => e.event === 'ASSAULT'));
});

test('a word of the pattern that names the act\'s kind is no recipient; the partner after "with" is', () => {
  assert.deepEqual(dyadsOf(code('JAKARTA (Reuters) - Indonesia on Wednesday suspended military and intelligence cooperation with Australia.', '2013-11-20')), ['1622 IDN>AUS']);
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - The United States suspended military aid to Egypt.', '2013-10-09')), ['1622 USA>EGY']);
});

test('the Krajina Serbs\' leaders and state are rebels in Croatia, not Serbia\'s government', () => {
  const knin = codeAll('ZAGREB (Reuters) - Rebel Serb rockets hit central Zagreb on Tuesday. Milan Martic, president of the self-styled Republic of Serbian Krajina, said he had personally ordered the attack on Zagreb.', '1995-05-02');
  const martic = knin.filter((e) => e.actor.some((a) => /Martic/.test(a.text)));
  assert.ok(martic.length && martic.every((e) => e.actor.every((a) => a.code === 'HRV' && a.sector === 'REB')), JSON.stringify(knin.map((e) => e.actor)));
});

test('a counted subject past an aside set off by commas is what was done to, not the one who tells it', () => {
  const toll = codeAll('BAGHDAD (Reuters) - Police said more than 300 people, including many civilians, had been killed in the fighting.', '2004-04-10');
  assert.ok(toll.length && toll.every((e) => e.recipient.every((a) => a.sector !== 'COP')), JSON.stringify(toll.map((e) => e.recipient)));
});

test('property destroyed with no one named to do it is not the act of the official who tells it', () => {
  const niamey = codeAll('NIAMEY (Reuters) - Interior Minister Hassoumi Massaoudou said 45 churches had been burned in the capital.', '2015-01-20');
  assert.ok(!niamey.some((e) => e.actor.some((a) => /Massaoudou/.test(a.text))), JSON.stringify(dyadsOf(niamey)));
  // (An arrest told by the police is still theirs.)
  assert.ok(code('NIAMEY (Reuters) - Police said 90 people had been arrested in the capital.', '2015-01-20').some((e) => e.event === 'COERCE' && e.actor.some((a) => a.code === 'NER')));
});

test('a dateline with an "occupied" region is no actor', () => {
  const ramallah = codeAll('Ramallah, occupied West Bank — Some 1,600 Palestinian prisoners agreed on Monday to end a hunger strike after Egypt brokered a deal with Israel.', '2012-05-14');
  assert.ok(ramallah.length && !ramallah.some((e) => [...e.actor, ...e.recipient].some((a) => /Ramallah/.test(a.text))), JSON.stringify(dyadsOf(ramallah)));
});

test('the peoples of one country are of that country', () => {
  assert.deepEqual(dyadsOf(code('SARAJEVO (Reuters) - Bosniak parties sharply criticized Croatia.', '2014-01-10')), ['111 BIH>HRV']);
  assert.ok(code('LAGOS (Reuters) - Ogoni activists accused Shell of polluting their land.', '1995-01-10').some((e) => e.actor.some((a) => a.code === 'NGA')));
});

test('a city of millions named again and again tells the story\'s country, for its domestic agents', () => {
  const saoPaulo = code('Gunmen set fire to dozens of buses in Sao Paulo on Monday. Shops in Sao Paulo closed early. Human rights groups urged police not to carry out reprisals.', '2006-05-15');
  assert.ok(saoPaulo.some((e) => e.event === 'REQUEST' && dyadsOf([e])[0] === '020 NGO>BRA'), JSON.stringify(dyadsOf(saoPaulo)));
});

test('coercion a warner says it could use is threatened; what a warning says others could do is no threat of the warner\'s', () => {
  assert.deepEqual(dyadsOf(code('ABUJA (Reuters) - The European Union has warned it could impose sanctions on Niger.', '2010-07-28')), ['1312 IGO>NER']);
  assert.ok(code('KINSHASA (Reuters) - Burundian and Rwandan officials warned they could send troops into eastern Congo.', '2010-07-28').some((e) => e.event === 'THREATEN'));
  // (Cooperation a warner could offer is still only possible.)
  assert.deepEqual(code('ABUJA (Reuters) - The European Union warned it could cooperate with Niger.', '2010-07-28'), []);
});

test('those a disguise makes others look like did nothing; a slogan chanted is no act; a crowd that celebrates makes no protest', () => {
  const sanaa = code('SANAA (Reuters) - Militants disguised as police attacked the U.S. embassy on Wednesday with car bombs.', '2008-09-17');
  assert.ok(sanaa.length && !sanaa.some((e) => e.actor.some((a) => a.sector === 'COP')), JSON.stringify(dyadsOf(sanaa)));
  assert.ok(!codeAll('TBILISI (Reuters) - Protesters chanting "Resign!" gathered outside parliament.', '2001-11-01').some((e) => e.event === 'CONCEDE'));
  assert.deepEqual(codeAll('MANAMA (Reuters) - Crowds took to the streets of Manama waving flags and sounding car horns.', '2001-03-16'), []);
  assert.ok(code('MANAMA (Reuters) - Thousands took to the streets of Manama to protest against the ruling.', '2001-03-16').some((e) => e.event === 'PROTEST'));
  assert.ok(codeAll('NAIROBI (Reuters) - Thousands marched in Nairobi to protest against famine in the Horn of Africa.', '2011-07-01').some((e) => e.event === 'PROTEST'));
});

test('people a foreign state\'s troops use force on are of the story\'s country', () => {
  assert.ok(code('KABUL (Reuters) - Riots broke out in Kabul on Monday. American soldiers fired on a crowd that was stoning the convoy.', '2006-05-29').some((e) => dyadsOf([e])[0] === '175 USA>AFG'));
});

test('a capital\'s name after a Romance particle ends another place\'s name', () => {
  const mocimboa = codeAll('MAPUTO (Reuters) - Rwandan and Mozambican forces have recaptured the port town of Mocimboa da Praia. The insurgents overran Mocimboa da Praia in August 2020.', '2021-08-08');
  assert.ok(mocimboa.length && !mocimboa.some((e) => [...e.actor, ...e.recipient].some((a) => a.code === 'CPV')), JSON.stringify(dyadsOf(mocimboa)));
});

test('acts called unforgivable, a vendetta, an abuse of power or a step in the wrong direction are disapproved; sums committed are aid', () => {
  assert.deepEqual(dyadsOf(code('LA PAZ (Reuters) - Former president Carlos Mesa called the arrests an abuse of power.', '2021-03-14')), ['111 BOL>BOL']);
  assert.deepEqual(dyadsOf(code('BRUSSELS (Reuters) - NATO called Russia\'s decision a step in the wrong direction.', '2007-07-14')), ['111 IGO>RUS']);
  assert.deepEqual(dyadsOf(code('LA PAZ (Reuters) - President Evo Morales called the police raid unforgivable.', '2011-09-27')), ['111 BOL>BOL']);
  assert.deepEqual(dyadsOf(code('KUWAIT (Reuters) - Saudi Arabia committed $1.5 billion to Iraq.', '2018-02-14')), ['071 SAU>IRQ']);
});

test('Serbs and Croats named by their own name, in a story of a neighbouring state where they live, are of that state', () => {
  assert.ok(code('PRISTINA (Reuters) - A Serb mob fired on NATO peacekeepers at the border crossing.', '2011-07-28').some((e) => e.actor.some((a) => a.code === 'XKX')));
  assert.ok(code('SARAJEVO (Reuters) - Serbs marched through the town to protest against the arrest.', '2011-07-28').every((e) => e.actor.every((a) => a.code === 'BIH')));
  // (In Serbia they are Serbia's, and a state's adjective stays the state's.)
  assert.ok(code('BELGRADE (Reuters) - Serbs marched through the town to protest against the arrest.', '2011-07-28').some((e) => e.actor.some((a) => a.code === 'SRB')));
});

test('a bloc\'s members listed after its name are one side of an accord, not parties to it with each other', () => {
  const mercosur = codeAll('BRUSSELS (Reuters) - Negotiators for the EU and Mercosur members Brazil, Argentina, Uruguay and Paraguay sealed the accord in Brussels.', '2019-06-28');
  const within = (e: { actor: { code: string | null }[]; recipient: { code: string | null }[] }) => [...e.actor, ...e.recipient].every((a) => ['ARG', 'URY', 'PRY', 'BRA'].includes(a.code ?? ''));
  assert.ok(!mercosur.some((e) => e.recipient.length && within(e)), JSON.stringify(dyadsOf(mercosur)));
  // (Two states named alone still agree with each other.)
  assert.deepEqual(dyadsOf(code('BRASILIA (Reuters) - Brazil and Argentina sealed the accord on Friday.', '2019-06-28')).sort(), ['057 ARG>BRA', '057 BRA>ARG']);
});

test('an acronym is first the initials of a body the article named in full; "People Power" is a party\'s name of common words', () => {
  const sdf = code('YAOUNDE (Reuters) - Cameroon\'s main opposition party, the Social Democratic Front, accused the government of fraud. The SDF called for protests.', '2018-10-22');
  assert.ok(sdf.some((e) => e.event === 'REQUEST' && e.actor.some((a) => a.code === 'CMR')) && !sdf.some((e) => e.actor.some((a) => a.code === 'SYR')), JSON.stringify(dyadsOf(sdf)));
  assert.deepEqual(dyadsOf(code('BANGKOK (Reuters) - Thailand\'s Constitutional Court on Tuesday dissolved the ruling People Power Party.', '2008-12-02')), ['1722 THA>THA']);
  // (An acronym of a body of a country the article names keeps the dictionary's reading.)
  assert.ok(code('DAMASCUS (Reuters) - The Syrian Democratic Forces (SDF) attacked Islamic State positions in Syria.', '2018-10-22').some((e) => e.actor.some((a) => a.code === 'SYR')));
});

test('a crowd counted and arrested with no one named is arrested by the state where it was; vows that the culprits will be punished threaten', () => {
  assert.deepEqual(dyadsOf(code('JAKARTA (Reuters) - Several police vehicles were set alight. Dozens were detained.', '2016-11-05')), ['173 IDN>IDN']);
  assert.deepEqual(code('TASHKENT (Reuters) - Thousands have been arrested since the killings of several police officers in December.', '1999-02-20'), []);
  assert.ok(code('NDJAMENA (Reuters) - President Idriss Deby vowed that the attackers would be pursued and punished.', '2006-04-14').some((e) => e.event === 'THREATEN'));
  // (What anyone might do is no one's act.)
  assert.ok(!codeAll('HARARE (Reuters) - The minister warned that anyone caught looting would face the full force of the law.', '1998-01-20').some((e) => e.event === 'PROTEST'));
});

test('a vice president or a judge dismissed is removed from office, not a proposal rejected', () => {
  assert.deepEqual(dyadsOf(code('SANAA (Reuters) - President Hadi also dismissed Vice President Ali Mohsen al-Ahmar.', '2022-04-07')), ['170 YEM>YEM']);
});

test('people killed in a place, named before the clause\'s verb, are what was done to', () => {
  assert.deepEqual(code('WASHINGTON (Reuters) - The 18 U.S. soldiers killed in Mogadishu were honoured on Friday.', '1993-10-20'), []);
});

test('names after ", and" that a verb follows open a clause of their own and are no recipients', () => {
  const ecowas = codeAll('ABUJA (Reuters) - ECOWAS imposed sanctions, and the United States and the European Union have expressed concern.', '2010-07-28');
  assert.ok(!ecowas.some((e) => e.recipient.some((a) => a.code === 'USA')), JSON.stringify(dyadsOf(ecowas)));
  assert.deepEqual(dyadsOf(code('ABUJA (Reuters) - ECOWAS imposed sanctions on Niger, and the United States expressed concern.', '2010-07-28')).filter((d) => d.startsWith('16')), ['163 IGO>NER']);
});

test('a capital\'s name followed by a name that begins no name of the dictionary\'s is a given name', () => {
  assert.deepEqual(dyadsOf(code('MEXICO CITY (Reuters) - Interior Minister Santiago Creel criticised the Cuban government.', '2004-05-01')), ['111 MEX>CUB']);
  assert.ok(!codeAll('LONDON (Reuters) - Foreign Secretary Douglas Hurd thanked the Syrian government.', '1991-08-08').some((e) => e.actor.some((a) => a.code === 'IMN')));
  // (A capital before a title stays its city: "Moscow Mayor Sergei Sobyanin".)
  assert.ok(codeAll('MOSCOW (Reuters) - Moscow Mayor Sergei Sobyanin criticised the protesters.', '2019-05-01').some((e) => e.actor.some((a) => a.code === 'RUS')));
});

test('a denial of an accusation rejects the accuser, the last to accuse the denier; with none, it is held back', () => {
  assert.deepEqual(dyadsOf(code('BOGOTA (Reuters) - Colombia accused Venezuela of sheltering rebels. Venezuela rejected the accusations as lies.', '2008-03-04')), ['016 VEN>COL', '112 COL>VEN']);
  assert.deepEqual(dyadsOf(code('KHARTOUM (Reuters) - Sudan accused Chad of backing the rebels who attacked the capital. Chad denied any role in the attack.', '2008-05-12')).filter((d) => d.startsWith('016')), ['016 TCD>SDN']);
  assert.ok(code('KHARTOUM (Reuters) - Sudan accused Chad of backing the rebels.', '2008-05-12').every((e) => e.quadClass === 3));
  // (A denial with no accuser named or told is a statement; "charges" a suspect faces are no one's accusation here.)
  assert.deepEqual(code('BAGHDAD (Reuters) - Iraq\'s Sunni vice-president has denied charges he ran a hit squad.', '2011-12-20'), []);
  // (Not the denier's own accusation: "Quito ... rejected the claims" answers Colombia's, not its own.)
  const quito = dyadsOf(code('QUITO (Reuters) - Ecuador accused Colombia of violating its sovereignty. Colombia accused Ecuador of sheltering rebels. Quito rejected the claims as lies.', '2008-03-04'));
  assert.ok(quito.includes('016 ECU>COL') && !quito.includes('016 ECU>ECU'), JSON.stringify(quito));
});

test('concern voiced about another\'s act is an accusation of its doer; concern about what may happen stays a comment', () => {
  assert.deepEqual(dyadsOf(code('TBILISI (Reuters) - Georgian police raided the Imedi television station. The United States expressed concern about the raid.', '2007-11-08')).filter((d) => d.startsWith('11')), ['110 USA>GEO']);
  assert.deepEqual(dyadsOf(code('TOKYO (Reuters) - Japan expressed concern over China\'s military buildup.', '2007-03-05')), ['110 JPN>CHN']);
  assert.deepEqual(code('TOKYO (Reuters) - Japan expressed concern that the talks could fail.', '2007-03-05'), []);
  // (Concern about no one's act: nothing to count.)
  assert.deepEqual(code('The U.S. secretary of defense has expressed concerns about the negative impact on key allies such as South Korea.', '2019-02-01'), []);
});

test('an act named as what a treaty or a law works against is no act', () => {
  assert.ok(!codeAll('ANKARA (Reuters) - Turkey left a Council of Europe treaty on combating violence against women.', '2021-03-20').some((e) => e.event === 'ASSAULT'));
});

test('a state\'s embassy, envoy or flag named in a story is abroad: the story is about where it stands', () => {
  const tunis = code('Hundreds of protesters angered by an anti-Islam film made in the United States stormed the US embassy compound in Tunisia\'s capital on Friday. They replaced the US flag with a black banner. The US ambassador was safe, the US State Department said. Security forces fired tear gas to push back the crowd. Tunisia\'s president condemned the attack.', '2012-09-14');
  assert.ok(tunis.some((e) => e.event === 'ASSAULT' && e.actor.some((a) => a.code === 'TUN' && a.sector === 'COP')) && !tunis.some((e) => e.actor.some((a) => a.code === 'USA' && a.sector === 'COP')), JSON.stringify(dyadsOf(tunis)));
});

test('a quotation mark between two words of a pattern is no word', () => {
  assert.deepEqual(dyadsOf(code('CAIRO (Reuters) - An Egyptian court sentenced Ayman Nour to five years in prison. The United States said it was "deeply troubled" by the sentence.', '2005-12-24')).filter((d) => d.startsWith('11')), ['110 USA>EGY']);
});

test('a condemnation beside an appeal for restraint is aimed at the sides appealed to', () => {
  const bangkok = dyadsOf(code('BANGKOK (Reuters) - Troops fired on protesters in Bangkok. The United States said it deplored the violence and urged Thai leaders to show restraint, while Japan voiced deep concern.', '2010-05-15'));
  assert.ok(bangkok.some((d) => d.startsWith('111 USA>THA')), JSON.stringify(bangkok));
});

test('people taken, named before the clause\'s verb and phrases of place and time, are those it was done to', () => {
  assert.deepEqual(code('Two of the four Americans kidnapped at gunpoint in the Mexican border city of Matamoros were found dead.', '2023-03-07').filter((e) => e.event === 'ASSAULT'), []);
  assert.deepEqual(code('BUCHAREST (Reuters) - Three Romanian journalists kidnapped in Iraq in March were released on Sunday.', '2005-05-22').filter((e) => e.event === 'ASSAULT'), []);
  assert.deepEqual(dyadsOf(code('BAGHDAD (Reuters) - Gunmen kidnapped three Romanian journalists in Baghdad in March.', '2005-05-22')), ['181 IRQ>ROU']);
});

test('a release negotiated together for others is no negotiation between the negotiators', () => {
  assert.deepEqual(code('The medics were flown home. They were accompanied by Cecilia Sarkozy, the wife of the French president, and the EU commissioner Benita Ferrero-Waldner, who negotiated their release.', '2007-07-24').filter((e) => e.event === 'CONSULT'), []);
  assert.deepEqual(dyadsOf(code('Russia and Ukraine negotiated the release of prisoners.', '2022-09-22')), ['046 RUS>UKR', '046 UKR>RUS']);
});


test('a toll of a war or of months of unrest counted to date tells no day\'s act', () => {
  assert.deepEqual(codeAll('KATHMANDU (Reuters) - More than 9,000 people have been killed in the insurgency.', '2004-08-19').filter((e) => e.event === 'ASSAULT'), []);
  assert.deepEqual(codeAll('CARACAS (Reuters) - Venezuela has been shaken by three months of protests in which more than 75 people have been killed.', '2017-06-28').filter((e) => e.event === 'ASSAULT'), []);
  // (A day's deaths in fighting stand.)
  assert.ok(codeAll('MOGADISHU (Reuters) - Two soldiers were killed in the fighting in Kismayo on Tuesday.', '2012-09-29').some((e) => e.event === 'ASSAULT'));
});

test('those who said an act killed did not kill', () => {
  const sanaa = code('SANAA (Reuters) - Hours later, the Saudi-led coalition launched air strikes on the capital Sanaa, which residents and Houthi media said killed 14 people.', '2022-01-17');
  assert.ok(!sanaa.some((e) => e.actor.some((a) => a.sector === 'CVL' || a.sector === 'MED')), JSON.stringify(dyadsOf(sanaa)));
});

test('a round of talks that ends with the next set is no breakdown; a ban told as a standing rule is no act', () => {
  assert.ok(!code('TOKYO (Kyodo) - Japan and North Korea ended their first formal talks on Thursday, agreeing to meet again in Tokyo.', '1991-01-31').some((e) => e.event === 'SANCTION'));
  assert.deepEqual(dyadsOf(code('JERUSALEM (Reuters) - Israel ended talks with the Palestinians.', '2001-01-28')), ['164 ISR>PSE']);
  assert.deepEqual(codeAll('RIYADH (Reuters) - Activists called the vote a breakthrough in a country where women are banned from driving.', '2015-12-13').filter((e) => e.event === 'COERCE'), []);
});

test('regret that another did something criticises the doer; regret for one\'s own act apologises', () => {
  assert.deepEqual(dyadsOf(code('SEOUL (Reuters) - "The government cannot but express deep regret that the Japanese government approved a textbook which distorts history," Foreign Minister Han Seung-soo said.', '2001-04-10')), ['110 KOR>JPN']);
  assert.ok(codeAll('TOKYO (Kyodo) - Japan expressed regret that it had caused suffering to the Korean people.', '1998-10-08').every((e) => e.event !== 'ACCUSE'));
});

test('a warning from those who wield no force or sanction is no threat of theirs', () => {
  assert.ok(!codeAll('KAMPALA (Reuters) - Aid agencies warned that civilians in the remote area could face reprisals from rebels fleeing the bombardment.', '2008-12-15').some((e) => e.event === 'THREATEN'));
  assert.deepEqual(dyadsOf(code('WASHINGTON (Reuters) - The United States warned that Iran would face consequences.', '2019-05-01')), ['130 USA>IRN']);
});

test('dismay with nothing after it, denials of having done something, and a decision called disproportionate', () => {
  assert.deepEqual(dyadsOf(code('BUDAPEST (Reuters) - Hungary forced the university out. The U.S. State Department said it was disappointed.', '2018-12-03')).filter((d) => d.startsWith('11')), ['110 USA>HUN']);
  assert.deepEqual(dyadsOf(code('MANAMA (Reuters) - Bahrain accused Iran of backing the protests. Tehran has denied interfering.', '1995-01-15')).filter((d) => d.startsWith('016')), ['016 IRN>BHR']);
  assert.deepEqual(dyadsOf(code('WARSAW (Reuters) - The EU court fined Poland. Poland said the decision was disproportionate.', '2021-09-20')).filter((d) => d.startsWith('11')), ['111 POL>IGO']);
});

test('a duty said to be unmet is blamed on the one who failed it; an act named after a name and a determiner is told, not done', () => {
  assert.deepEqual(dyadsOf(code('ROME (Reuters) - Secretary of State Rex Tillerson said that Moscow had failed to keep its 2013 promise to remove Syria\'s chemical arsenal.', '2017-04-11')), ['112 USA>RUS']);
  assert.deepEqual(code('WASHINGTON (Reuters) - The United States expelled 10 Russian diplomats over the SolarWinds hack and interference in the 2020 election. Russia\'s Foreign Ministry summoned the U.S. ambassador.', '2021-04-15')
    .filter((e) => e.cameo.startsWith('17')), []);
  // (A bare past with a particle is done: "the Taliban set off a roadside bomb".)
  assert.ok(code('KABUL (Reuters) - The Taliban set off a roadside bomb in Kandahar on Friday, police said.', '2005-03-12').some((e) => e.cameo.startsWith('183')));
});

test('force one side says another used is, beside the act, the teller\'s accusation of the doer', () => {
  assert.deepEqual(dyadsOf(code('ABUJA (Reuters) - Nigeria says Cameroonian troops opened fire on Nigerian soldiers on the Bakassi peninsula.', '1994-02-20')).sort(), ['1123 NGA>CMR', '190 CMR>NGA']);
  assert.deepEqual(dyadsOf(code('KABUL (Reuters) - Afghan officials said Iranian forces attacked a border post.', '2021-08-01')).sort(), ['1123 AFG>IRN', '190 IRN>AFG']);
  // (Not one's own side's act, told by its army.)
  assert.ok(!code('BAGHDAD (Reuters) - The Iraqi army said its troops killed 20 militants near Mosul.', '2016-11-01').some((e) => e.event === 'ACCUSE'));
  // (Nor a teller after the act, where the lead reports it from.)
  assert.ok(!code('BAKU (Reuters) - Armenian forces shelled Azerbaijani villages overnight, the Azeri defence ministry said.', '2020-09-28').some((e) => e.event === 'ACCUSE'));
});

test('every word of condemnation serves every construction that labels an act with it', () => {
  assert.deepEqual(dyadsOf(code('BELGRADE (Reuters) - Kosovo imposed a 100 percent tariff on Serbian goods. Serbian President Aleksandar Vucic called the tariff a foolish move.', '2018-11-21')).filter((d) => d.startsWith('11')), ['111 SRB>XKX']);
  assert.ok(code('MOSCOW (Reuters) - Britain expelled four Russian diplomats. Russia\'s Foreign Ministry called the British position immoral.', '2007-07-17').some((e) => e.event === 'ACCUSE' && e.actor.some((a) => a.code === 'RUS')));
  assert.ok(code('ABU DHABI (Reuters) - A court in the United Arab Emirates sentenced 68 people for plotting a coup. Amnesty International said the trial was grossly unfair.', '2013-07-02')
    .some((e) => e.event === 'ACCUSE' && e.actor.some((a) => a.code === 'NGO') && e.recipient.some((b) => b.code === 'ARE')));
  // (A body's meetings suspended with another are reduced relations; a plan suspended is a policy eased, not "planned".)
  assert.deepEqual(dyadsOf(code('BRUSSELS (Reuters) - NATO suspended formal meetings with Russia.', '2008-08-19')), ['160 IGO>RUS']);
  assert.deepEqual(dyadsOf(code('BEIJING (Reuters) - China on Saturday suspended planned military exchanges with the United States.', '2010-01-30')), ['160 CHN>USA']);
});

test('those who attend or host what an act was done at did not do it; "the council" is the council named before', () => {
  assert.ok(!code('DAR ES SALAAM (Reuters) - The deal was signed at a summit attended by Tanzanian President Jakaya Kikwete and Ugandan President Yoweri Museveni.', '2006-09-07')
    .some((e) => e.event === 'SUPPORT' && e.actor.some((a) => a.code === 'TZA' || a.code === 'UGA')));
  // (Another participle's agent may be the verb's own: "detained and are being questioned by the police".)
  assert.ok(code('NEW DELHI (Reuters) - Five crew members were detained and are being questioned by the Indian police.', '1995-12-20').some((e) => e.cameo === '173' && e.actor.some((a) => a.code === 'IND')));
  assert.deepEqual(dyadsOf(code('UNITED NATIONS (Reuters) - The U.N. Security Council voted to impose sanctions on the Taliban. The council demanded that the Taliban turn over Bin Laden.', '1999-10-15')).filter((d) => d.startsWith('10')), ['100 IGO>AFG']);
});

test('those who sign with a party named are not one another\'s partners; what is yet to be done and what is done by accident are no acts', () => {
  assert.deepEqual(dyadsOf(code('CORFU (Reuters) - Austria, Finland, Sweden and Norway signed accession treaties with the European Union.', '1994-06-24')), ['057 AUT,FIN,NOR,SWE>IGO']);
  assert.deepEqual(code('DILI (Reuters) - The two governments have yet to agree on a development plan for the fields.', '2018-03-06').filter((e) => e.event === 'AGREE' || e.event === 'REJECT'), []);
  assert.deepEqual(code('NEW DELHI (Reuters) - India said on Friday it had accidentally fired a missile into Pakistan during routine maintenance.', '2022-03-11').filter((e) => e.event === 'ASSAULT'), []);
  assert.ok(code('NEW DELHI (Reuters) - India fired a missile into Pakistan.', '2022-03-11').some((e) => e.event === 'ASSAULT'));
});

test('"was shocked and called on" is an appeal by the one shocked, not a passive', () => {
  assert.deepEqual(dyadsOf(code('GAZA (Reuters) - Israeli shells killed 18 people in Beit Hanoun. Kofi Annan, the UN secretary-general, said he was shocked and called on Israel to end such operations.', '2006-11-08'))
    .filter((d) => d.startsWith('02')), ['0256 IGO,IGO>ISR']);
});

test('forces deployed in the passive, with no one named deploying them, show their own force; where they are stationed is no act', () => {
  assert.deepEqual(dyadsOf(code('KARACHI (Reuters) - Police and Rangers were deployed in strength in sensitive areas of Karachi.', '1998-10-30')), ['153 PAK,>']);
  assert.deepEqual(code('SEOUL (Reuters) - About 37,000 U.S. troops are stationed in South Korea.', '2013-04-09').filter((e) => e.event === 'MOBILIZE'), []);
  assert.deepEqual(dyadsOf(code('KAMPALA (Reuters) - Soldiers and police surrounded the opposition leader\'s home.', '2021-01-16')), ['191 UGA,UGA>UGA']);
});

test('declining to comment is no denial; warning shots into the air are a show of force; measures named as lifted are not imposed', () => {
  assert.deepEqual(codeAll('JERUSALEM (Reuters) - Israel refused to confirm or deny involvement.', '1995-10-29').filter((e) => e.event === 'REJECT'), []);
  assert.deepEqual(dyadsOf(code('MOSCOW (Reuters) - National Guard troops fired warning shots into the air on Thursday when protesters tried to approach the parliament building.', '2018-10-05')), ['150 RUS>']);
  assert.deepEqual(dyadsOf(code('UNITED NATIONS (Reuters) - The U.N. Security Council voted unanimously Wednesday to lift an arms embargo, travel bans and asset freezes on Eritrea.', '2018-11-14')), ['081 IGO>ERI']);
});

test('a surname the article gave someone else is not, bare, the dictionary\'s namesake of another country', () => {
  const maputo = codeAll('MAPUTO, Nov 23 (Reuters) - Carlos Cardoso, Mozambique\'s best-known investigative journalist, was shot dead in his car in central Maputo on Wednesday evening, police said. Gunmen in another vehicle blocked Cardoso\'s car as he was being driven home, and opened fire with automatic weapons. Cardoso had accused the authorities of stalling. President Joaquim Chissano condemned the killing as a cowardly crime.', '2000-11-23');
  assert.ok(!maputo.some((e) => [...e.actor, ...e.recipient].some((a) => a.code === 'BRA')), JSON.stringify(dyadsOf(maputo)));
});
