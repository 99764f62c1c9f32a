// The API's endpoints. Each is declared once (schemas + handler); src/server/index.ts registers them and
// src/server/openapi.ts documents them.
import { rankDyads } from '../relations/dyads.js';
import { relationsReport } from '../relations/report.js';
import { today } from '../ingest/readers.js';
import type { EventCoder } from '../events/coder.js';
import type { ArticleCoder } from '../ingest/coding.js';
import type { Store } from '../store/store.js';
import { listingTotal, LISTING_COUNT_CAP, nextCursor } from '../store/listing.js';
import type { ActorSearch } from '../actors/search.js';
import { resolveActor, UnknownActorError } from '../actors/resolve.js';
import { ingestArticles } from './ingest.js';
import { mapFigures, pairEvents } from './queries.js';
import { HttpError, route, type Route } from './routes.js';
import * as s from './schemas.js';
import { withSentenceStarts } from './sentence-offsets.js';

/** What the read endpoints need: the store, the actor names, and the server's description of itself. A reader
 *  thread (reader-thread.ts) builds one of its own, so that it answers with the very handlers the server declares. */
export interface ReadContext {
  store: Store;
  actors: ActorSearch;
  version: string;
  readOnly: boolean;
}

export interface ApiContext extends ReadContext {
  /** The coder's dictionaries, for actor names and searches. */
  coder: EventCoder;
  /** Codes posted text and articles off the event loop (a coder thread), so that reads are answered meanwhile. */
  postCoder: ArticleCoder;
  limits: {
    code: { max: number; timeWindowMs: number };
    ingest: { max: number; timeWindowMs: number };
  };
}

/** Every endpoint: the reads (GET), then the writes. */
export function apiRoutes(ctx: ApiContext): Route[] {
  return [...readRoutes(ctx), ...writeRoutes(ctx)];
}

/** The GET endpoints: answers computed from the store and the dictionaries alone, which the server may cache and
 *  compute on a reader thread. */
export function readRoutes(ctx: ReadContext): Route[] {
  const { store, actors } = ctx;
  const label = (code: string) => ({ code, name: actors.nameOf(code) });
  /** A code or name parameter as its code; an unknown one is a 400 that names the parameter and suggests actors. */
  const actorCodeOf = (param: string, value: string): string => {
    try {
      return resolveActor(actors, value).code;
    } catch (err) {
      if (err instanceof UnknownActorError) throw new HttpError(400, `${param}: ${err.message}`);
      throw err;
    }
  };
  const optionalActor = (param: string, value: string | undefined) => (value === undefined ? undefined : actorCodeOf(param, value));
  const pair = (q: { a: string; b: string }) => {
    const a = actorCodeOf('a', q.a), b = actorCodeOf('b', q.b);
    if (a === b) throw new HttpError(400, `a and b must be different actors: "${q.a}" and "${q.b}" are both ${a}`);
    return { a, b };
  };

  return [
    route({
      method: 'GET', url: '/api/health', tag: 'meta',
      summary: 'Health and store summary',
      response: s.healthResponse,
      handler: () => {
        const st = store.stats();
        return { status: 'ok', version: ctx.version, readOnly: ctx.readOnly, articles: st.articles, events: st.events, firstDate: st.firstDate, lastDate: st.lastDate };
      },
    }),

    route({
      method: 'GET', url: '/api/relations', tag: 'relations',
      summary: 'Relations between two actors over time',
      description: 'Per period, for A→B, B→A and both directions: event counts by quad class, the mean Goldstein and PLOVER scores '
        + 'per event with 90 % t intervals, the cooperation–conflict balance with its 90 % Wilson interval, and the totals. '
        + 'Periods are ranked by the balance of both directions; thin periods (fewer than `thinBelow` events) are not ranked. '
        + 'See docs/relations.md.',
      query: s.relationsQuery,
      response: s.relationsResponse,
      handler: ({ query }) => {
        const q = { ...query, ...pair(query) };
        // The same report as `detente relations`: whole periods, each ranked in the pair's history, and the verdict.
        const report = relationsReport(store, { a: q.a, b: q.b, from: q.from, to: q.to, interval: q.interval, weighted: q.weighted ?? false });
        return {
          a: label(q.a), b: label(q.b), from: q.from ?? null, to: q.to ?? null, interval: q.interval, weighted: q.weighted ?? false,
          periods: report.periods, historyPeriods: report.historyPeriods, historyMedian: report.historyMedian, thinBelow: report.thinBelow,
          verdict: report.verdict,
        };
      },
    }),

    route({
      method: 'GET', url: '/api/events', tag: 'events',
      summary: 'Events, filtered and paginated',
      description: `The filters of \`detente events\`. \`total\` counts the matching events, not only this page, up to ${LISTING_COUNT_CAP.toLocaleString('en-US')}: `
        + `when more match, \`total\` is ${LISTING_COUNT_CAP} and \`totalExact\` false. Events come oldest first; for the next page, pass `
        + '`nextCursor` as `cursor` (each page then reads only its own events) or raise `offset` (which reads every event before the page).',
      query: s.eventsQuery,
      response: s.eventsPageResponse,
      handler: ({ query: q }) => {
        const filter = {
          actor: optionalActor('actor', q.actor), recipient: optionalActor('recipient', q.recipient), category: q.category, cameo: q.cameo, from: q.from, to: q.to, text: q.text,
          quadClass: q.quadClass as 1 | 2 | 3 | 4 | undefined, dedup: q.dedup,
        };
        const { total, exact } = listingTotal(store, filter);
        const events = store.events({ ...filter, limit: q.limit, offset: q.offset, after: q.cursor });
        return { total, totalExact: exact, limit: q.limit, offset: q.offset, nextCursor: nextCursor(events, q.limit), events };
      },
    }),

    route({
      method: 'GET', url: '/api/pair-events', tag: 'events',
      summary: 'Events between two actors, both directions',
      description: 'The evidence behind a relations period: events A→B and B→A, oldest first.',
      query: s.pairEventsQuery,
      response: s.eventsResponse,
      handler: ({ query: q }) => ({ ...pairEvents(store, { ...q, ...pair(q) }), limit: q.limit, offset: q.offset }),
    }),

    route({
      method: 'GET', url: '/api/articles/:id', tag: 'articles',
      summary: 'One article with its coded events',
      description: 'Each event has `sentenceStart`, the offset of its sentence in the article text, so spans can be highlighted in place.',
      params: s.articleParams,
      response: s.articleResponse,
      errors: { 404: 'no article has this id' },
      handler: ({ params }) => {
        const article = store.article(params.id);
        if (!article) throw new HttpError(404, `no article with id "${params.id}"`);
        // All of this article's own events: dedup would hide the ones whose cluster is represented by another article.
        const events = store.events({ docId: article.id, dedup: false, limit: 10_000, offset: 0 })
          .sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.id.localeCompare(y.id));
        const { textHash: _hash, ...shown } = article;
        return { article: shown, events: withSentenceStarts(article.text, events) };
      },
    }),

    route({
      method: 'GET', url: '/api/dyads', tag: 'relations',
      summary: 'The most conflictual and the most cooperative pairs of actors in a window',
      description: 'Pairs are ranked by their cooperation–conflict balance, (cooperation − conflict) / events (both directions, each '
        + 'merged event once; ties broken by the mean Goldstein score), among pairs with at least `minEvents` events in the window.',
      query: s.dyadsQuery,
      response: s.dyadsResponse,
      handler: ({ query: q }) => {
        const ranks = rankDyads(store.dyadTotals({ from: q.from, to: q.to }), { top: q.top, minEvents: q.minEvents });
        const named = (list: typeof ranks.conflict) => list.map((d) => ({ ...d, aName: actors.nameOf(d.a), bName: actors.nameOf(d.b) }));
        return {
          from: q.from ?? null, to: q.to ?? null, minEvents: ranks.minEvents, pairs: ranks.pairs, rankedPairs: ranks.rankedPairs,
          conflict: named(ranks.conflict), cooperation: named(ranks.cooperation),
        };
      },
    }),

    route({
      method: 'GET', url: '/api/map', tag: 'relations',
      summary: 'Event counts and mean Goldstein score per country and per location',
      description: 'Countries that took part in events of the window, and the places where events happened when events carry a location.',
      query: s.mapQuery,
      response: s.mapResponse,
      handler: ({ query: q }) => ({ from: q.from ?? null, to: q.to ?? null, ...mapFigures(store, q) }),
    }),

    route({
      method: 'GET', url: '/api/actors', tag: 'actors',
      summary: 'Search actors by name or code',
      description: 'Countries, organisations and people of the actor dictionary. People resolve to the code of their latest role.',
      query: s.actorsQuery,
      response: s.actorsResponse,
      handler: ({ query: q }) => ({ actors: actors.search(q.q, q.limit) }),
    }),
  ];
}

/** The POST endpoints: coding and ingest, on the server's own coder thread and store. */
function writeRoutes(ctx: ApiContext): Route[] {
  const { store, postCoder } = ctx;
  return [
    route({
      method: 'POST', url: '/api/code', tag: 'coding',
      summary: 'Code posted text into events (stores nothing)',
      description: 'JSON `{ "text": ..., "date": "YYYY-MM-DD" }`, or the text alone as `text/plain`. Rate-limited.',
      body: s.codeBody,
      plainTextField: 'text',
      limits: { rateLimit: ctx.limits.code, bodyLimit: 256 * 1024 },
      response: s.codeResponse,
      errors: { 413: 'the body is larger than 256 KiB' },
      handler: async ({ body }) => {
        const { coded: [result], seconds } = await postCoder.code([{ id: 'posted', date: body.date ?? today(), text: body.text }]);
        if (result!.error) throw new Error(result!.error);
        return { events: withSentenceStarts(body.text, result!.events), millis: Math.round(seconds * 10_000) / 10 };
      },
    }),

    route({
      method: 'POST', url: '/api/articles', tag: 'articles',
      summary: 'Ingest articles (code and store them)',
      description: 'Requires `Authorization: Bearer <DETENTE_TOKEN>`. Articles already stored (same id, URL or text) are skipped, as in `detente ingest`; '
        + 'an article the coder fails on is listed in `failed` and the others are stored. Rate-limited.',
      body: s.ingestBody,
      auth: true,
      limits: { rateLimit: ctx.limits.ingest, bodyLimit: 8 * 1024 * 1024 },
      status: 201,
      response: s.ingestResponse,
      errors: { 401: 'no bearer token was sent', 403: 'the token is wrong, or the server is read-only', 413: 'the body is larger than 8 MiB' },
      handler: async ({ body, reply }) => {
        const result = await ingestArticles(store, postCoder, body.articles);
        // Nothing new stored (every article was already there): the request succeeded but created nothing.
        if (!result.stored) reply?.code(200);
        return result;
      },
    }),
  ];
}
