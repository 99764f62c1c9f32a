// The relations index (dyad_days), as both backends keep it: per directed dyad and day, the sums of its merged events
// (clusters) that the relations queries and the relations report read. Each cluster contributes once, on its
// representative's date, with its reports (mentions) as the weight m. Besides counts and score totals, the sums of
// squares that a mean's 90 % interval needs (src/relations/interval.ts), in whole tenths of a score (G, P) so that
// they are exact integers: Σ G², Σ m², Σ m²·G, Σ m²·G² (and the same for P).
import type { PairDay } from './store.js';
import { tenths } from '../relations/interval.js';

/** The sums-of-squares columns (SQLite migration 7, PostgreSQL migration 5), in the order of `squaresOf`. */
export const SQUARE_COLUMNS = ['goldstein_sq', 'plover_sq', 'mentions_sq', 'goldstein_w2', 'plover_w2', 'goldstein_sq_w2', 'plover_sq_w2'] as const;

/** A cluster's contribution to the sums-of-squares columns, in SQUARE_COLUMNS order. */
export function squaresOf(goldstein: number, plover: number, mentions: number): number[] {
  const g = tenths(goldstein), p = tenths(plover), m2 = mentions * mentions;
  return [g * g, p * p, m2, m2 * g, m2 * p, m2 * g * g, m2 * p * p];
}

/** The same contribution as SQL over a row with columns goldstein, plover_score and mentions (a cluster). */
function squaresSql(dialect: 'sqlite' | 'postgres', c: string): string[] {
  const t = (col: string) => (dialect === 'postgres' ? `round(${c}${col} * 10)::bigint` : `CAST(round(${c}${col} * 10) AS INTEGER)`);
  // bigint on PostgreSQL: a product of integers is an integer there, which m² · G² can outgrow.
  const g = t('goldstein'), p = t('plover_score'), m = dialect === 'postgres' ? `${c}mentions::bigint` : `${c}mentions`;
  return [`${g} * ${g}`, `${p} * ${p}`, `${m} * ${m}`, `${m} * ${m} * ${g}`, `${m} * ${m} * ${p}`, `${m} * ${m} * ${g} * ${g}`, `${m} * ${m} * ${p} * ${p}`];
}

/** Adds the sums-of-squares columns to an existing dyad_days table. */
export function addSquareColumns(dialect: 'sqlite' | 'postgres'): string {
  const type = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  return SQUARE_COLUMNS.map((col) => `ALTER TABLE dyad_days ADD COLUMN ${col} ${type} NOT NULL DEFAULT 0;`).join('\n');
}

/** Fills an empty dyad_days from the clusters (a migration's rebuild; the query bench's generated stores). */
export function dyadDaysFromClusters(dialect: 'sqlite' | 'postgres'): string {
  return `INSERT INTO dyad_days (actor, recipient, date, events, q1, q2, q3, q4, goldstein, plover, mentions,
    mq1, mq2, mq3, mq4, goldstein_w, plover_w, ${SQUARE_COLUMNS.join(', ')})
  SELECT actor_code, recipient_code, date, count(*),
    sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),
    sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END),
    sum(goldstein), sum(plover_score), sum(mentions),
    sum(CASE WHEN quad_class = 1 THEN mentions ELSE 0 END), sum(CASE WHEN quad_class = 2 THEN mentions ELSE 0 END),
    sum(CASE WHEN quad_class = 3 THEN mentions ELSE 0 END), sum(CASE WHEN quad_class = 4 THEN mentions ELSE 0 END),
    sum(mentions * goldstein), sum(mentions * plover_score), ${squaresSql(dialect, '').map((s) => `sum(${s})`).join(', ')}
  FROM clusters WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL
  GROUP BY actor_code, recipient_code, date`;
}

/** The contribution expressions of a cluster `c` (plpgsql record), for detente_contribute. */
export const squaresOfClusterSql = (c: string): string[] => squaresSql('postgres', `${c}.`);

/** The columns of a pair's days (Store.pairDays), the same SQL on both backends; rows go through pairDayOf. */
export const PAIR_DAY_COLUMNS = `date, actor, recipient, events, mentions, q1, q2, q3, q4, mq1, mq2, mq3, mq4, goldstein,
  goldstein_w, plover, plover_w, ${SQUARE_COLUMNS.join(', ')}`;

/** The WHERE clause of a pair's days, both directions: parameters @a, @b, @from, @to. */
export const PAIR_DAYS_WHERE = `((actor = @a AND recipient = @b) OR (actor = @b AND recipient = @a)) AND date >= @from AND date <= @to`;

type PairDayRow = Record<'date' | 'actor' | 'recipient', string> & Record<string, number>;

export function pairDayOf(r: PairDayRow): PairDay {
  return {
    date: r.date, actor: r.actor, recipient: r.recipient, events: r.events!, mentions: r.mentions!, mentionsSq: r.mentions_sq!,
    quad: [r.q1!, r.q2!, r.q3!, r.q4!], quadMentions: [r.mq1!, r.mq2!, r.mq3!, r.mq4!],
    goldstein: r.goldstein!, goldsteinWeighted: r.goldstein_w!, goldsteinSq: r.goldstein_sq!, goldsteinW2: r.goldstein_w2!, goldsteinSqW2: r.goldstein_sq_w2!,
    plover: r.plover!, ploverWeighted: r.plover_w!, ploverSq: r.plover_sq!, ploverW2: r.plover_w2!, ploverSqW2: r.plover_sq_w2!,
  };
}
