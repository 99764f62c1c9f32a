// Accuracy against labelled data, with the same definitions as the reference scorers in shared/eval/
// (score-events.mjs for PLOVER gold records, score-news.mjs for labelled news sentences).
import type { CodedEvent } from '../model.js';

// PLOVER 0.5-era names used in the gold standard → current PLOVER names.
const LEGACY: Record<string, string> = { DISAPPROVE: 'ACCUSE', DEMAND: 'REQUEST', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };
const category = (c: unknown) => { const up = String(c ?? '').toUpperCase(); return LEGACY[up] ?? up; };
// Typos in the gold standard's country codes.
const CODE_FIX: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const codeOf = (a: { code?: unknown } | null | undefined) => { const c = String(a?.code ?? '').toUpperCase().slice(0, 3); return CODE_FIX[c] ?? c; };
const codes = (side: unknown) => new Set((Array.isArray(side) ? side : []).map(codeOf).filter(Boolean));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export interface GoldRecord { id: string; event: string; text: string; date?: string; source?: unknown; target?: unknown }

export interface GoldScore {
  n: number;
  predicted: number;
  categoryRecall: number;
  tripleRecall: number;
  triplePrecision: number;
  tripleF1: number;
  eventPrecision: number;
  perCategory: Array<{ category: string; n: number; categoryRecall: number; tripleRecall: number }>;
  misses: Array<{ id: string; want: string; gold: string; got: string; text: string }>;
}

/** Scores events against PLOVER gold records (category recall; triples of actor code, category, recipient code). */
export function scoreGold(goldAll: GoldRecord[], events: CodedEvent[]): GoldScore {
  const gold = goldAll.filter((r) => r.event && r.event !== 'DOCUMENT');
  const byDoc = groupByDoc(events);
  let catHit = 0, tripleHit = 0, attempted = 0, predicted = 0, predictedRight = 0;
  const perCat = new Map<string, { n: number; cat: number; triple: number }>();
  const misses: GoldScore['misses'] = [];
  for (const g of gold) {
    const want = category(g.event);
    const gs = codes(g.source), gt = codes(g.target);
    const reciprocal = gt.size === 0 && gs.size >= 2;
    const evs = byDoc.get(String(g.id)) ?? [];
    if (evs.length) attempted++;
    predicted += evs.length;
    let cat = false, triple = false;
    for (const e of evs) {
      if (category(e.event) !== want) continue;
      predictedRight++;
      cat = true;
      const pa = codes(e.actor), pr = codes(e.recipient);
      const actorOk = gs.size === 0 || meets(gs, pa) || (reciprocal && meets(gs, pr));
      const recipOk = reciprocal ? pr.size === 0 || meets(gs, pr) || meets(gs, pa) : gt.size === 0 || meets(gt, pr);
      if (actorOk && recipOk) triple = true;
    }
    if (cat) catHit++;
    if (triple) tripleHit++;
    const pc = perCat.get(want) ?? { n: 0, cat: 0, triple: 0 };
    pc.n++; pc.cat += +cat; pc.triple += +triple;
    perCat.set(want, pc);
    if (!triple) {
      misses.push({
        id: g.id, want, gold: `${[...gs]} -> ${[...gt]}`, text: g.text,
        got: evs.map((e) => `${[...codes(e.actor)]} ${category(e.event)} ${[...codes(e.recipient)]}`).join('; ') || '(none)',
      });
    }
  }
  const n = gold.length;
  const tripleRecall = n ? tripleHit / n : 0;
  const triplePrecision = attempted ? tripleHit / attempted : 0;
  return {
    n, predicted,
    categoryRecall: n ? catHit / n : 0,
    tripleRecall, triplePrecision, tripleF1: f1(triplePrecision, tripleRecall),
    eventPrecision: predicted ? predictedRight / predicted : 0,
    perCategory: [...perCat.entries()].sort(([a], [b]) => a.localeCompare(b))
      .map(([c, v]) => ({ category: c, n: v.n, categoryRecall: v.cat / v.n, tripleRecall: v.triple / v.n })),
    misses,
  };
}

type Span = [number, number, string?];
export interface NewsRecord { id: string; text: string; date?: string; quad: number; source?: Span[]; target?: Span[]; reciprocal?: Span[] }

export interface NewsScore {
  sentences: number;
  labelled: number;
  withSpans: number;
  quadRecall: number;
  quadPrecision: number;
  quadF1: number;
  dyadRecall: number;
  dyadPrecision: number;
  dyadF1: number;
  dyadReversed: number;
  perQuad: Array<{ quad: number; n: number; recall: number }>;
  quadMisses: string[];
  dyadMisses: string[];
}

/** Scores events against labelled news sentences: is the kind of event found (quad), and who-to-whom (dyad). */
export function scoreNews(gold: NewsRecord[], events: CodedEvent[]): NewsScore {
  const byDoc = groupByDoc(events);
  const sides = (list: CodedEvent['actor']) => (list ?? []).map((a) => a.text).join('+') || '?';
  const describe = (evs: CodedEvent[]) => evs.map((e) => `${sides(e.actor)} -${e.event}/q${e.quadClass}-> ${sides(e.recipient)}`).join('; ') || '(no event)';
  let pos = 0, hit = 0, withEv = 0, right = 0;
  const perQuad = new Map<number, { n: number; hit: number }>();
  const quadMisses: string[] = [];
  for (const g of gold) {
    const evs = byDoc.get(g.id) ?? [];
    const q = evs.map((e) => Number(e.quadClass));
    if (q.length) { withEv++; if (g.quad > 0 && q.includes(g.quad)) right++; }
    if (g.quad > 0) { pos++; if (q.includes(g.quad)) hit++; }
    const pq = perQuad.get(g.quad) ?? { n: 0, hit: 0 };
    pq.n++; pq.hit += +(g.quad > 0 ? q.includes(g.quad) : q.length === 0);
    perQuad.set(g.quad, pq);
    if (g.quad > 0 ? !q.includes(g.quad) : q.length > 0) quadMisses.push(`${g.id} label ${g.quad}: ${g.text}\n   got ${describe(evs)}`);
  }
  const docSpans = (doc: string, e: CodedEvent, list: CodedEvent['actor']): Array<[number, number]> => {
    const at = typeof e.text === 'string' ? doc.indexOf(e.text) : -1;
    const base = at >= 0 ? at : 0;
    return (list ?? []).map((a): [number, number] | null => {
      if (Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start) return [base + a.start, base + a.end];
      const i = a.text ? doc.indexOf(a.text) : -1;
      return i >= 0 ? [i, i + a.text.length] : null;
    }).filter((x): x is [number, number] => x !== null);
  };
  const overlaps = (xs: Array<[number, number]>, gs: Span[]) => xs.some(([a, b]) => gs.some(([c, d]) => a < d && c < b));
  let labelled = 0, found = 0, reversed = 0, withDyad = 0;
  const dyadMisses: string[] = [];
  for (const g of gold) {
    const recip = (g.reciprocal ?? []).length > 0;
    if (g.quad === 0) continue;
    if (!recip && !((g.source ?? []).length && (g.target ?? []).length)) continue;
    labelled++;
    const evs = byDoc.get(g.id) ?? [];
    let ok = false, rev = false, dyad = false;
    for (const e of evs) {
      const act = docSpans(g.text, e, e.actor), rec = docSpans(g.text, e, e.recipient);
      if (!act.length || !rec.length) continue;
      dyad = true;
      if (recip) { if (overlaps(act, g.reciprocal!) && overlaps(rec, g.reciprocal!)) ok = true; }
      else if (overlaps(act, g.source!) && overlaps(rec, g.target!)) ok = true;
      else if (overlaps(act, g.target!) && overlaps(rec, g.source!)) rev = true;
    }
    if (dyad) withDyad++;
    if (ok) { found++; continue; }
    if (rev) reversed++;
    const want = recip ? `reciprocal ${g.reciprocal!.map((s) => s[2]).join(' | ')}` : `${g.source!.map((s) => s[2]).join(' | ')} -> ${g.target!.map((s) => s[2]).join(' | ')}`;
    dyadMisses.push(`${g.id}${rev ? ' (reversed)' : ''}: ${g.text}\n   want ${want}\n   got  ${describe(evs)}`);
  }
  const qR = pos ? hit / pos : 0, qP = withEv ? right / withEv : 0;
  const dR = labelled ? found / labelled : 0, dP = withDyad ? found / withDyad : 0;
  return {
    sentences: gold.length, labelled: pos, withSpans: labelled,
    quadRecall: qR, quadPrecision: qP, quadF1: f1(qP, qR),
    dyadRecall: dR, dyadPrecision: dP, dyadF1: f1(dP, dR), dyadReversed: reversed,
    perQuad: [...perQuad.entries()].sort(([a], [b]) => a - b).map(([quad, v]) => ({ quad, n: v.n, recall: v.hit / v.n })),
    quadMisses, dyadMisses,
  };
}

function groupByDoc(events: CodedEvent[]): Map<string, CodedEvent[]> {
  const m = new Map<string, CodedEvent[]>();
  for (const e of events) {
    const list = m.get(String(e.docId)) ?? [];
    list.push(e);
    m.set(String(e.docId), list);
  }
  return m;
}
