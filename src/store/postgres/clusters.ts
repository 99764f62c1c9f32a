// Event clustering and the relations index (dyad_days) on PostgreSQL: the rule and the bookkeeping of
// ../sqlite/clusters.ts (see there), on a connection inside the caller's transaction, which holds the store's write lock.
import type pg from 'pg';
import { CLUSTER_WINDOW_DAYS, type ClusterableEvent } from '../sqlite/clusters.js';
import { all, first } from './sql.js';

interface ClusterRow {
  seq: number;
  rep_event_seq: number;
  actor_code: string | null;
  recipient_code: string | null;
  date: string;
  quad_class: number;
  goldstein: number;
  plover_score: number;
  mentions: number;
}

const CLUSTER_COLUMNS = 'seq, rep_event_seq, actor_code, recipient_code, date, quad_class, goldstein, plover_score, mentions';

export class PgClusterIndex {
  constructor(private readonly c: pg.ClientBase) {}

  /** Puts a stored counted event into its cluster (a new one when none matches). */
  async attach(e: ClusterableEvent): Promise<void> {
    await this.place(e, (clusterSeq) => this.setEventCluster(e.seq, clusterSeq));
  }

  /** Places an event that `insert` stores (with seq e.seq) in the cluster given; then counts and dyad_days follow. */
  async place(e: ClusterableEvent, insert: (clusterSeq: number) => Promise<void>): Promise<void> {
    const match = e.actor_code !== null && e.recipient_code !== null
      ? await first<ClusterRow>(this.c, `SELECT ${CLUSTER_COLUMNS} FROM clusters
          WHERE actor_code = $1 AND recipient_code = $2 AND cameo_root = $3 AND day BETWEEN $4 - ${CLUSTER_WINDOW_DAYS}::int AND $4 + ${CLUSTER_WINDOW_DAYS}::int
          ORDER BY abs(day - $4), day, seq LIMIT 1`, [e.actor_code, e.recipient_code, e.cameo_root, e.day], 'cluster_find')
      : undefined;
    if (!match) {
      const { seq } = (await first<{ seq: number }>(this.c, `INSERT INTO clusters
        (rep_event_seq, actor_code, recipient_code, cameo_root, day, date, quad_class, goldstein, plover_score, mentions, sources, articles)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, 1, 1) RETURNING seq`,
      [e.seq, e.actor_code, e.recipient_code, e.cameo_root, e.day, e.date, e.quad_class, e.goldstein, e.plover_score], 'cluster_insert'))!;
      await insert(seq);
      await this.contribute({ ...e, seq, rep_event_seq: e.seq, mentions: 1 }, 1);
      return;
    }
    await this.contribute(match, -1);
    await insert(match.seq);
    await this.contribute(await this.recount(match.seq), 1);
  }

  /** Takes an event out of its cluster: the cluster gets a new representative, or goes when it was the last member. */
  async detach(eventSeq: number, clusterSeq: number): Promise<void> {
    const before = (await first<ClusterRow>(this.c, `SELECT ${CLUSTER_COLUMNS} FROM clusters WHERE seq = $1`, [clusterSeq], 'cluster_get'))!;
    await this.contribute(before, -1);
    await this.setEventCluster(eventSeq, null);
    const next = await first<Omit<ClusterableEvent, 'actor_code' | 'recipient_code' | 'cameo_root'>>(this.c,
      'SELECT seq, day, date, quad_class, goldstein, plover_score FROM events WHERE cluster_seq = $1 ORDER BY seq LIMIT 1', [clusterSeq], 'cluster_first');
    if (!next) {
      await this.c.query({ name: 'cluster_remove', text: 'DELETE FROM clusters WHERE seq = $1', values: [clusterSeq] });
      return;
    }
    if (before.rep_event_seq === eventSeq) {
      await this.c.query({
        name: 'cluster_rep',
        text: 'UPDATE clusters SET rep_event_seq = $1, day = $2, date = $3, quad_class = $4, goldstein = $5, plover_score = $6 WHERE seq = $7',
        values: [next.seq, next.day, next.date, next.quad_class, next.goldstein, next.plover_score, clusterSeq],
      });
    }
    await this.contribute(await this.recount(clusterSeq), 1);
  }

  private async setEventCluster(eventSeq: number, clusterSeq: number | null): Promise<void> {
    await this.c.query({ name: 'event_cluster', text: 'UPDATE events SET cluster_seq = $1 WHERE seq = $2', values: [clusterSeq, eventSeq] });
  }

  /** Counts the cluster's reports, outlets (an article without one is its own) and articles; returns the cluster. */
  private async recount(clusterSeq: number): Promise<ClusterRow> {
    return (await first<ClusterRow>(this.c, `UPDATE clusters c SET mentions = m.mentions, sources = m.sources, articles = m.articles
      FROM (SELECT count(*) AS mentions, count(DISTINCT coalesce(a.source, ' article ' || a.seq)) AS sources,
              count(DISTINCT e.article_seq) AS articles
            FROM events e JOIN articles a ON a.seq = e.article_seq WHERE e.cluster_seq = $1) m
      WHERE c.seq = $1 RETURNING c.${CLUSTER_COLUMNS.split(', ').join(', c.')}`, [clusterSeq], 'cluster_recount'))!;
  }

  /** Adds (sign 1) or removes (sign -1) a cluster's share of its dyad's day. */
  private async contribute(c: ClusterRow, sign: 1 | -1): Promise<void> {
    if (c.actor_code === null || c.recipient_code === null) return;
    const q = (k: number) => (c.quad_class === k ? sign : 0);
    const m = sign * c.mentions;
    await all(this.c, `INSERT INTO dyad_days AS d
      (actor, recipient, date, events, q1, q2, q3, q4, goldstein, plover, mentions, mq1, mq2, mq3, mq4, goldstein_w, plover_w)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
      ON CONFLICT (actor, recipient, date) DO UPDATE SET
        events = d.events + excluded.events, q1 = d.q1 + excluded.q1, q2 = d.q2 + excluded.q2, q3 = d.q3 + excluded.q3,
        q4 = d.q4 + excluded.q4, goldstein = d.goldstein + excluded.goldstein, plover = d.plover + excluded.plover,
        mentions = d.mentions + excluded.mentions, mq1 = d.mq1 + excluded.mq1, mq2 = d.mq2 + excluded.mq2,
        mq3 = d.mq3 + excluded.mq3, mq4 = d.mq4 + excluded.mq4, goldstein_w = d.goldstein_w + excluded.goldstein_w,
        plover_w = d.plover_w + excluded.plover_w`, [
      c.actor_code, c.recipient_code, c.date, sign, q(1), q(2), q(3), q(4), sign * c.goldstein, sign * c.plover_score,
      m, q(1) * c.mentions, q(2) * c.mentions, q(3) * c.mentions, q(4) * c.mentions, m * c.goldstein, m * c.plover_score,
    ], 'dyad_day_add');
    if (sign < 0) {
      await this.c.query({
        name: 'dyad_day_drop',
        text: 'DELETE FROM dyad_days WHERE actor = $1 AND recipient = $2 AND date = $3 AND events <= 0',
        values: [c.actor_code, c.recipient_code, c.date],
      });
    }
  }
}
