// Ranking pairs of actors: the most conflictual and the most cooperative pairs of a window, by the same volume-normalised
// score as relations periods (the cooperation–conflict balance), among pairs with enough events for a share to mean
// something. Ties (common: a pair with only conflict events has −1) are broken by the mean Goldstein score, then volume.
// Pure: the store supplies each pair's sums (Store.dyadTotals).
import type { DyadTotals } from '../store/store.js';

/** Pairs with fewer merged events in the window are not ranked (a pair with one accusation is not "the most hostile"). */
export const DYAD_MIN_EVENTS = 10;

export interface DyadRank extends DyadTotals {
  /** (cooperation − conflict) / (cooperation + conflict) events, −1 … +1: what pairs are ranked by. */
  balance: number;
  /** Goldstein score per event, −10 … +10: breaks ties of the balance. */
  goldsteinMean: number;
  ploverMean: number;
  cooperationEvents: number;
  conflictEvents: number;
}

export interface DyadRanking {
  minEvents: number;
  /** Pairs with events in the window, and those of them with at least minEvents (the ranked ones). */
  pairs: number;
  rankedPairs: number;
  /** Lowest balance first, pairs with more conflict than cooperation only. */
  conflict: DyadRank[];
  /** Highest balance first, pairs with more cooperation than conflict only. */
  cooperation: DyadRank[];
}

const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

export function rankDyads(totals: DyadTotals[], opts: { top: number; minEvents?: number }): DyadRanking {
  const minEvents = opts.minEvents ?? DYAD_MIN_EVENTS;
  const ranked: DyadRank[] = totals.filter((t) => t.events >= minEvents).map((t) => {
    const cooperationEvents = t.quad[0] + t.quad[1];
    const conflictEvents = t.quad[2] + t.quad[3];
    return {
      ...t,
      goldsteinMean: tidy(t.goldsteinTotal / t.events),
      ploverMean: tidy(t.ploverTotal / t.events),
      balance: tidy((cooperationEvents - conflictEvents) / t.events),
      cooperationEvents,
      conflictEvents,
    };
  });
  const byPair = (x: DyadRank, y: DyadRank) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
  return {
    minEvents,
    pairs: totals.length,
    rankedPairs: ranked.length,
    conflict: ranked.filter((r) => r.balance < 0)
      .sort((x, y) => x.balance - y.balance || x.goldsteinMean - y.goldsteinMean || byPair(x, y)).slice(0, opts.top),
    cooperation: ranked.filter((r) => r.balance > 0)
      .sort((x, y) => y.balance - x.balance || y.goldsteinMean - x.goldsteinMean || byPair(x, y)).slice(0, opts.top),
  };
}
