// Article layout: agency and photo credits inside the text are blanked out, offsets kept; they are never actors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOf, maskCredits, newsSegments } from '../src/text/article.js';
import { EventCoder } from '../src/events/coder.js';

test('credits are blanked with spaces of the same length; the words around them stay where they were', () => {
  const cases: Array<[string, string]> = [
    ['Police arrested ten protesters (AP) in the capital.', '(AP)'],
    ['China condemned the visit (Xinhua) and recalled its envoy.', '(Xinhua)'],
    ['Troops crossed the border. Photo: Reuters', 'Photo: Reuters'],
    ['Troops crossed the border — Reuters', '— Reuters'],
    ['Protesters clashed with police (AFP/Getty Images) on Sunday.', '(AFP/Getty Images)'],
    ['Protesters gathered (Photo by Jane Doe/AFP) outside parliament.', '(Photo by Jane Doe/AFP)'],
    ['Smoke rose over Gaza (AFP via Getty Images) after the strike.', '(AFP via Getty Images)'],
    ['Officials condemned the attack (AP Photo/Jane Doe).', '(AP Photo/Jane Doe)'],
  ];
  for (const [text, credit] of cases) {
    const masked = maskCredits(text);
    assert.equal(masked.length, text.length);
    const at = text.indexOf(credit);
    assert.equal(masked.slice(at, at + credit.length).trim(), '', `${credit} left in "${masked}"`);
    assert.equal(masked.slice(0, at), text.slice(0, at));
    assert.equal(masked.slice(at + credit.length), text.slice(at + credit.length));
  }
  // Not credits: organisations in brackets, agencies as the subject of a sentence, "Photo:" followed by news.
  for (const text of ['The Asia-Pacific Economic Cooperation (APEC) forum met.', 'Reuters reported that Russia had moved troops.',
    'The Palestinian Authority (PA) rejected the plan.']) assert.equal(maskCredits(text), text);
  assert.equal(maskCredits('Photo: Reuters Russian troops entered the town.'), '               Russian troops entered the town.');
});

test('news segments keep article offsets with credits blanked', () => {
  const text = 'KABUL (Reuters) - Gunmen attacked a checkpoint (AP) in Kabul.\nPhoto: AFP\n';
  const segs = newsSegments(text);
  assert.equal(segs.length, 1);
  const seg = segs[0]!;
  assert.ok(!seg.text.includes('(AP)'));
  assert.equal(text.slice(seg.start + seg.text.indexOf('Kabul.'), seg.start + seg.text.indexOf('Kabul.') + 6), 'Kabul.');
});

test('agencies credited inside the text are never actors', () => {
  // Each of these, read with its credit, made the agency an actor or recipient (AP → USA, Xinhua → CHN).
  // The sentences name no country: with unresolved events too, every place a credit could have landed is seen.
  const coder = EventCoder.load({ unresolved: true });
  for (const text of ['Demonstrators gathered in Kabul (AP) and police fired tear gas at them.', 'The ministry (Xinhua) condemned the visit.',
    'Protesters (AFP/Getty Images) attacked the embassy.', 'A soldier guards the border (Xinhua) as troops attacked the town.',
    'Officials condemned the attack (AP Photo/Jane Doe).', 'Gunmen attacked the convoy - Xinhua']) {
    const events = coder.codeArticle({ id: 'c', date: '2022-08-01', text });
    assert.ok(events.length > 0, `no event in "${text}"`);
    for (const e of events) {
      for (const a of [...e.actor, ...e.recipient]) assert.ok(!/Reuters|Xinhua|AFP|Getty|\bAP\b/.test(a.text), `${a.text} is an actor in "${text}"`);
    }
  }
});

test('a headline line is not news text and does not hide the dateline after it', () => {
  const text = 'Pakistan expels Indian envoy, suspends bilateral trade\nISLAMABAD (Reuters) - Pakistan expelled India\'s envoy on Wednesday.\nIt also suspended trade.';
  assert.deepEqual(newsSegments(text).map((s) => s.text), ['Pakistan expelled India\'s envoy on Wednesday.', 'It also suspended trade.']);
  assert.equal(datelineOf(text)?.place, 'ISLAMABAD');
  // A headline followed by a blank line, then a paragraph without a dateline.
  assert.deepEqual(newsSegments('Troops enter Kherson\n\nUkrainian troops entered the city on Friday.').map((s) => s.text), ['Ukrainian troops entered the city on Friday.']);
  // Hard-wrapped text still runs on, and a one-line text is a sentence.
  assert.deepEqual(newsSegments('Russian Foreign Minister Sergei Lavrov\naccused Washington of violating the treaty.').length, 1);
  assert.deepEqual(newsSegments('Russia accused Washington of violating the treaty').length, 1);
  // The coder then reads the dateline's country: "police" in the body are Pakistan's.
  const evs = EventCoder.load().codeArticle({ id: 'h', date: '2019-08-08', text: 'Police arrest 15 militants\nISLAMABAD: Police arrested 15 militants in raids on Sunday.' });
  assert.deepEqual(evs.map((e) => [e.event, e.actor.map((a) => a.code)]), [['COERCE', ['PAK']]]);
});

test('a dateline in ordinary case needs a day or an agency; a capitals dateline may hold an apostrophe', () => {
  assert.equal(datelineOf('Ulan Bator, Oct 3 - Sanjaasurengiin Zorig was stabbed to death late Friday.')?.place, 'Ulan Bator');
  assert.equal(datelineOf('Kabul, Jan 4 (AFP) - Gunmen attacked a police post.')?.place, 'Kabul');
  assert.equal(datelineOf('Port-au-Prince (Reuters) - Protesters marched.')?.place, 'Port-au-Prince');
  assert.equal(datelineOf("N'DJAMENA - Chad broke off diplomatic relations with Sudan.")?.place, "N'DJAMENA");
  // A sentence that opens on a name and a dash, or a name and a bracket, is no dateline.
  assert.equal(datelineOf('Russia - and China - agreed to talks.'), null);
  assert.equal(datelineOf('Putin (left) - Xi met in Beijing.'), null);
  assert.equal(datelineOf('Washington: The United States said it would act.'), null);
  // The dateline is not the first sentence's recipient, and gives the domestic agents their country.
  const evs = EventCoder.load().codeArticle({ id: 'u', date: '1998-10-03', text: 'Ulan Bator, Oct 3 - Police arrested two men on Saturday.' });
  assert.deepEqual(evs.map((e) => [e.event, e.actor.map((a) => a.code), e.recipient.map((a) => a.text)]), [['COERCE', ['MNG'], ['two men']]]);
});

test('datelines in the other wire styles: a city and its country, a day then a full stop, an agency unbracketed', () => {
  // Al Jazeera's and the BBC's "City, Country —"; not a sentence that opens on two names and a dash.
  assert.equal(datelineOf('Amman, Jordan — Jordan executed two convicted jihadists at dawn.')?.place, 'Amman, Jordan');
  assert.equal(datelineOf('Kinshasa, Democratic Republic of the Congo — President Felix Tshisekedi was sworn in.')?.place,
    'Kinshasa, Democratic Republic of the Congo');
  assert.equal(datelineOf('SARAJEVO, Bosnia-Herzegovina (AP) — Bosnian Serbs seized peacekeepers.')?.place, 'SARAJEVO, Bosnia-Herzegovina');
  assert.equal(datelineOf('Russia, China - and India - agreed to talks.'), null);
  // The Hindu's "COLOMBO, APRIL 10." and "DURRES (ALBANIA), APRIL 15.": a day, then a full stop.
  assert.equal(datelineOf('COLOMBO, APRIL 10. Heavy fighting broke out on Friday.')?.place, 'COLOMBO');
  assert.equal(datelineOf('NEW DELHI, Dec. 12. India and Bangladesh signed a treaty today.')?.place, 'NEW DELHI');
  assert.equal(datelineOf('DURRES (ALBANIA), APRIL 15. The first soldiers landed.')?.place, 'DURRES, ALBANIA');
  assert.equal(datelineOf('NATO. The alliance met.'), null);
  // Kyodo's "TOKYO, Sept. 1 Kyodo -"; agencies with digits or two names in the bracket.
  assert.equal(datelineOf('PYONGYANG, Sept. 17 Kyodo - North Korean leader Kim Jong Il apologized.')?.place, 'PYONGYANG');
  assert.equal(datelineOf('Dhaka, Jan 11 (bdnews24.com) — President Iajuddin Ahmed declared an emergency.')?.place, 'Dhaka');
  assert.equal(datelineOf('ANKARA (REUTERS, AFP) - Turkey agreed on Thursday to a ceasefire.')?.place, 'ANKARA');
  // The dateline's country is then the story's: the government and its security forces are Sri Lanka's.
  const evs = EventCoder.load().codeArticle({ id: 'c', date: '2004-04-10', text: 'COLOMBO, APRIL 10. The security forces arrested 20 students at the university on Friday.' });
  assert.deepEqual(evs.map((e) => [e.event, e.actor.map((a) => a.code)]), [['COERCE', ['LKA']]]);
});
