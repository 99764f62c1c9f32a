// Cross-article event clustering and the relations index (dyad_days), kept in step inside the caller's transaction.
//
// Rule: a counted event joins the cluster with the same actor code, recipient code and CAMEO root whose
// representative is dated within one day of it (the nearest such cluster; the older one on a tie); otherwise it
// starts a cluster and is its representative. Events lacking an actor or recipient code are not merged: nothing
// says two of them involve the same parties. A cluster contributes to dyad_days once, on its representative's
// date, with its mentions as the weight; every change is "take the old contribution out, put the new one in".
// A cluster's counts (reports, outlets, articles) change by at most one per event that joins or leaves: its reports
// per outlet and per article are kept in cluster_sources and cluster_articles, so the cost of an event does not grow
// with the size of its story.
import type Database from 'better-sqlite3';
import { SQUARE_COLUMNS, squaresOf } from '../dyad-days.js';

/** Days either side of a cluster's representative within which a report joins it. */
export const CLUSTER_WINDOW_DAYS = 1;

/** The fields of an event that clustering reads. */
export interface ClusterableEvent {
  seq: number;
  article_seq: number;
  actor_code: string | null;
  recipient_code: string | null;
  cameo_root: string;
  day: number;
  date: string;
  quad_class: number;
  goldstein: number;
  plover_score: number;
}

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

export class ClusterIndex {
  private readonly find: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly get: Database.Statement;
  private readonly setEventCluster: Database.Statement;
  private readonly sourceKey: Database.Statement;
  private readonly addSource: Database.Statement;
  private readonly addArticle: Database.Statement;
  private readonly takeSource: Database.Statement;
  private readonly takeArticle: Database.Statement;
  private readonly dropSource: Database.Statement;
  private readonly dropArticle: Database.Statement;
  private readonly addCounts: Database.Statement;
  private readonly firstMember: Database.Statement;
  private readonly setRepresentative: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly addDay: Database.Statement;
  private readonly dropEmptyDay: Database.Statement;

  constructor(db: Database.Database) {
    this.find = db.prepare(`SELECT seq FROM clusters
      WHERE actor_code = @actor AND recipient_code = @recipient AND cameo_root = @root AND day BETWEEN @lo AND @hi
      ORDER BY abs(day - @day), day, seq LIMIT 1`);
    this.insert = db.prepare(`INSERT INTO clusters
      (rep_event_seq, actor_code, recipient_code, cameo_root, day, date, quad_class, goldstein, plover_score, mentions, sources, articles)
      VALUES (@seq, @actor_code, @recipient_code, @cameo_root, @day, @date, @quad_class, @goldstein, @plover_score, 0, 0, 0)`);
    this.get = db.prepare('SELECT seq, rep_event_seq, actor_code, recipient_code, date, quad_class, goldstein, plover_score, mentions FROM clusters WHERE seq = ?');
    this.setEventCluster = db.prepare('UPDATE events SET cluster_seq = ? WHERE seq = ?');
    // An article without an outlet name counts as its own source.
    this.sourceKey = db.prepare("SELECT coalesce(source, ' article ' || seq) AS k FROM articles WHERE seq = ?").pluck();
    // RETURNING the new count: 1 means a new outlet (or article) for the cluster.
    this.addSource = db.prepare(`INSERT INTO cluster_sources (cluster_seq, source_key, reports) VALUES (?, ?, 1)
      ON CONFLICT (cluster_seq, source_key) DO UPDATE SET reports = reports + 1 RETURNING reports`).pluck();
    this.addArticle = db.prepare(`INSERT INTO cluster_articles (cluster_seq, article_seq, reports) VALUES (?, ?, 1)
      ON CONFLICT (cluster_seq, article_seq) DO UPDATE SET reports = reports + 1 RETURNING reports`).pluck();
    this.takeSource = db.prepare('UPDATE cluster_sources SET reports = reports - 1 WHERE cluster_seq = ? AND source_key = ? RETURNING reports').pluck();
    this.takeArticle = db.prepare('UPDATE cluster_articles SET reports = reports - 1 WHERE cluster_seq = ? AND article_seq = ? RETURNING reports').pluck();
    this.dropSource = db.prepare('DELETE FROM cluster_sources WHERE cluster_seq = ? AND source_key = ?');
    this.dropArticle = db.prepare('DELETE FROM cluster_articles WHERE cluster_seq = ? AND article_seq = ?');
    this.addCounts = db.prepare('UPDATE clusters SET mentions = mentions + ?, sources = sources + ?, articles = articles + ? WHERE seq = ?');
    this.firstMember = db.prepare(`SELECT seq, day, date, quad_class, goldstein, plover_score FROM events
      WHERE cluster_seq = ? ORDER BY seq LIMIT 1`);
    this.setRepresentative = db.prepare(`UPDATE clusters SET rep_event_seq = @seq, day = @day, date = @date,
      quad_class = @quad_class, goldstein = @goldstein, plover_score = @plover_score WHERE seq = @cluster`);
    this.remove = db.prepare('DELETE FROM clusters WHERE seq = ?');
    this.addDay = db.prepare(`INSERT INTO dyad_days
      (actor, recipient, date, events, q1, q2, q3, q4, goldstein, plover, mentions, mq1, mq2, mq3, mq4, goldstein_w, plover_w,
        ${SQUARE_COLUMNS.join(', ')})
      VALUES (@actor, @recipient, @date, @n, @q1, @q2, @q3, @q4, @g, @p, @m, @mq1, @mq2, @mq3, @mq4, @gw, @pw,
        ${SQUARE_COLUMNS.map((c) => `@${c}`).join(', ')})
      ON CONFLICT (actor, recipient, date) DO UPDATE SET
        events = events + excluded.events, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3,
        q4 = q4 + excluded.q4, goldstein = goldstein + excluded.goldstein, plover = plover + excluded.plover,
        mentions = mentions + excluded.mentions, mq1 = mq1 + excluded.mq1, mq2 = mq2 + excluded.mq2,
        mq3 = mq3 + excluded.mq3, mq4 = mq4 + excluded.mq4, goldstein_w = goldstein_w + excluded.goldstein_w,
        plover_w = plover_w + excluded.plover_w, ${SQUARE_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`);
    this.dropEmptyDay = db.prepare('DELETE FROM dyad_days WHERE actor = ? AND recipient = ? AND date = ? AND events <= 0');
  }

  /** Puts a stored counted event into its cluster (a new one when none matches). */
  attach(e: ClusterableEvent): void {
    this.place(e, (clusterSeq) => this.setEventCluster.run(clusterSeq, e.seq));
  }

  /**
   * Places an event that is not stored yet: `insert` stores it (with seq e.seq) in the cluster given, which saves
   * updating the row afterwards; then the cluster's counts and its share of dyad_days follow.
   */
  place(e: ClusterableEvent, insert: (clusterSeq: number) => void): void {
    const match = e.actor_code !== null && e.recipient_code !== null
      ? this.find.get({ actor: e.actor_code, recipient: e.recipient_code, root: e.cameo_root, day: e.day,
        lo: e.day - CLUSTER_WINDOW_DAYS, hi: e.day + CLUSTER_WINDOW_DAYS }) as { seq: number } | undefined
      : undefined;
    if (!match) {
      const clusterSeq = Number(this.insert.run(e).lastInsertRowid);
      insert(clusterSeq);
      this.count(clusterSeq, e.article_seq, 1);
      this.contribute({ ...e, seq: clusterSeq, rep_event_seq: e.seq, mentions: 1 }, 1);
      return;
    }
    this.contribute(this.get.get(match.seq) as ClusterRow, -1);
    insert(match.seq);
    this.count(match.seq, e.article_seq, 1);
    this.contribute(this.get.get(match.seq) as ClusterRow, 1);
  }

  /** Takes an event out of its cluster: the cluster gets a new representative, or goes when it was the last member. */
  detach(eventSeq: number, articleSeq: number, clusterSeq: number): void {
    const before = this.get.get(clusterSeq) as ClusterRow;
    this.contribute(before, -1);
    this.setEventCluster.run(null, eventSeq);
    this.count(clusterSeq, articleSeq, -1);
    const first = this.firstMember.get(clusterSeq) as Omit<ClusterableEvent, 'actor_code' | 'recipient_code' | 'cameo_root'> | undefined;
    if (!first) {
      this.remove.run(clusterSeq);
      return;
    }
    if (before.rep_event_seq === eventSeq) this.setRepresentative.run({ ...first, cluster: clusterSeq });
    this.contribute(this.get.get(clusterSeq) as ClusterRow, 1);
  }

  /**
   * A report of an article joins (sign 1) or leaves (-1) a cluster: the cluster's reports change by one, its outlet's
   * and its article's report counts too, and the cluster's outlet and article counts when one appears or goes.
   */
  private count(clusterSeq: number, articleSeq: number, sign: 1 | -1): void {
    const source = this.sourceKey.get(articleSeq) as string;
    let sources = 0, articles = 0;
    if (sign > 0) {
      // The count after the upsert: 1 means a new outlet (or article) for the cluster.
      if (this.addSource.get(clusterSeq, source) === 1) sources = 1;
      if (this.addArticle.get(clusterSeq, articleSeq) === 1) articles = 1;
    } else {
      if (this.takeSource.get(clusterSeq, source) === 0) { sources = -1; this.dropSource.run(clusterSeq, source); }
      if (this.takeArticle.get(clusterSeq, articleSeq) === 0) { articles = -1; this.dropArticle.run(clusterSeq, articleSeq); }
    }
    this.addCounts.run(sign, sources, articles, clusterSeq);
  }

  /** Adds (sign 1) or removes (sign -1) a cluster's share of its dyad's day. */
  private contribute(c: ClusterRow, sign: 1 | -1): void {
    if (c.actor_code === null || c.recipient_code === null) return;
    const q = (k: number) => (c.quad_class === k ? sign : 0);
    const m = sign * c.mentions;
    const squares = squaresOf(c.goldstein, c.plover_score, c.mentions);
    this.addDay.run({
      ...Object.fromEntries(SQUARE_COLUMNS.map((col, i) => [col, sign * squares[i]!])),
      actor: c.actor_code, recipient: c.recipient_code, date: c.date, n: sign,
      q1: q(1), q2: q(2), q3: q(3), q4: q(4), g: sign * c.goldstein, p: sign * c.plover_score,
      m, mq1: q(1) * c.mentions, mq2: q(2) * c.mentions, mq3: q(3) * c.mentions, mq4: q(4) * c.mentions,
      gw: m * c.goldstein, pw: m * c.plover_score,
    });
    if (sign < 0) this.dropEmptyDay.run(c.actor_code, c.recipient_code, c.date);
  }
}
