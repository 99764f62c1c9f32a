// Request and response schemas of the HTTP API. Requests are validated with these zod schemas, and the OpenAPI
// document (/api/openapi.json) is generated from the same objects, so the document cannot drift from what the
// server accepts. Response schemas are not enforced at run time (that would cost time on every request); the API
// tests parse every response with them instead.
import { z } from 'zod';
import { PLOVER_CATEGORIES } from '../model.js';
import { DYAD_MIN_EVENTS } from '../relations/dyads.js';
import { parseCursor } from '../store/listing.js';

/** A calendar date written YYYY-MM-DD that exists (2017-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'is not a calendar date' })
  .meta({ format: 'date', example: '2017-04-01' });

/** An actor: a code as used in events (USA, NATO, or a CAMEO type such as IGO; any case), or a name or alias of the
 *  actor dictionaries (Russia, Putin, "United States"). Handlers resolve it with src/actors/resolve.ts: an unknown
 *  one is a 400 whose message suggests the nearest actors. */
export const actorParam = z
  .string()
  .trim()
  .min(1, { error: 'must be an actor code or name, such as USA, RUS, Russia or Putin' })
  .max(100, { error: 'must be at most 100 characters' })
  .meta({ example: 'USA' });

/** Two arguments that are the same code or name are not a pair (names that resolve to one code are caught later). */
const samePair = (q: { a: string; b: string }) => q.a.toUpperCase() !== q.b.toUpperCase();

/** Query-string booleans: `true`/`false`/`1`/`0`. */
const queryBoolean = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const ploverCategory = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(PLOVER_CATEGORIES, { error: `must be a PLOVER category: ${PLOVER_CATEGORIES.join(', ')}` }))
  .meta({ example: 'ACCUSE' });

const cameoPrefix = z
  .string()
  .regex(/^\d{2,4}$/, { error: 'must be a CAMEO code or prefix of 2–4 digits, such as 19 or 112' })
  .meta({ example: '11' });

/** The `nextCursor` of a page of /api/events (src/store/listing.ts), as the key to continue after. */
const listingCursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\.\d{1,15}$/, { error: 'must be the nextCursor of a previous page (YYYY-MM-DD.N)' })
  .transform(parseCursor)
  .meta({ example: '2024-01-03.5120447' });

const intervalSchema = z.enum(['day', 'week', 'month'], { error: 'must be day, week or month' });

/** Parses an integer query parameter with bounds and a message that names them. */
const boundedInt = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** `from` must not be after `to` (both optional). */
function dateOrder<T extends { from?: string; to?: string }>(q: T, ctx: z.core.$RefinementCtx<T>): void {
  if (q.from && q.to && q.from > q.to) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: `is after to (${q.from} > ${q.to})` });
  }
}

// ---- requests -------------------------------------------------------------------------------------------------

export const relationsQuery = z
  .strictObject({
    a: actorParam.describe('first actor: code or name'),
    b: actorParam.describe('second actor: code or name'),
    from: isoDate.optional().describe('first day, inclusive (default: the first date in the store)'),
    to: isoDate.optional().describe('last day, inclusive (default: the last date in the store)'),
    interval: intervalSchema.default('month').describe('length of a period'),
    weighted: queryBoolean.optional().describe('weight figures by how many reports (mentions) an event has'),
  })
  .superRefine(dateOrder)
  .refine(samePair, { error: 'a and b must be different actors', path: ['b'] });

export const eventsQuery = z
  .strictObject({
    actor: actorParam.optional().describe('any actor of the event: code or name'),
    recipient: actorParam.optional().describe('any recipient of the event: code or name'),
    category: ploverCategory.optional().describe('PLOVER event category'),
    cameo: cameoPrefix.optional().describe('CAMEO code prefix'),
    quadClass: z.coerce
      .number({ error: 'must be 1, 2, 3 or 4' })
      .int({ error: 'must be 1, 2, 3 or 4' })
      .min(1, { error: 'must be 1, 2, 3 or 4' })
      .max(4, { error: 'must be 1, 2, 3 or 4' })
      .optional()
      .describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
    from: isoDate.optional().describe('first day, inclusive'),
    to: isoDate.optional().describe('last day, inclusive'),
    text: z.string().trim().min(2, { error: 'must be at least 2 characters' }).max(200, { error: 'must be at most 200 characters' })
      .optional().describe('words that the sentence contains'),
    dedup: queryBoolean.optional().describe('only one event per cluster of reports of the same event (default true)'),
    limit: boundedInt(1, 500).default(50).describe('page size'),
    offset: boundedInt(0, 1_000_000).default(0).describe('events to skip'),
    cursor: listingCursor.optional()
      .describe('the `nextCursor` of the previous page: the page after it (keyset paging; faster than `offset` past the first pages)'),
  })
  .superRefine(dateOrder)
  .refine((q) => !(q.cursor && q.offset), { error: 'give cursor or offset, not both', path: ['offset'] });

export const pairEventsQuery = z
  .strictObject({
    a: actorParam.describe('first actor: code or name'),
    b: actorParam.describe('second actor: code or name'),
    from: isoDate.optional().describe('first day, inclusive'),
    to: isoDate.optional().describe('last day, inclusive'),
    limit: boundedInt(1, 500).default(100).describe('page size'),
    offset: boundedInt(0, 1_000_000).default(0).describe('events to skip'),
  })
  .superRefine(dateOrder)
  .refine(samePair, { error: 'a and b must be different actors', path: ['b'] });

export const articleParams = z.strictObject({
  id: z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }).describe('article id'),
});

export const dyadsQuery = z
  .strictObject({
    from: isoDate.optional().describe('first day, inclusive'),
    to: isoDate.optional().describe('last day, inclusive'),
    top: boundedInt(1, 100).default(10).describe('how many pairs in each ranking'),
    minEvents: boundedInt(1, 1_000_000).default(DYAD_MIN_EVENTS).describe('fewest events a pair needs in the window to be ranked'),
  })
  .superRefine(dateOrder);

export const mapQuery = z
  .strictObject({
    from: isoDate.optional().describe('first day, inclusive'),
    to: isoDate.optional().describe('last day, inclusive'),
  })
  .superRefine(dateOrder);

export const actorsQuery = z.strictObject({
  q: z.string().trim().min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' })
    .describe('part of a name or code: "rus", "Putin", "NATO"'),
  limit: boundedInt(1, 50).default(10).describe('most results'),
});

/** Longest text accepted by live coding: a long article, not a book (coding is synchronous CPU work). */
export const MAX_CODE_TEXT = 20_000;

export const codeBody = z.strictObject({
  text: z.string().trim().min(1, { error: 'must not be empty' })
    .max(MAX_CODE_TEXT, { error: `must be at most ${MAX_CODE_TEXT} characters` }).describe('the text to code'),
  date: isoDate.optional().describe('publication date: dates the roles of people named (default today)'),
});

const articleInput = z.strictObject({
  id: z.union([z.string().trim().min(1, { error: 'must not be empty' }).max(200), z.number().int()]).transform(String),
  date: isoDate,
  title: z.string().max(1000).optional(),
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(200_000, { error: 'must be at most 200000 characters' }),
  source: z.string().max(200).optional(),
  url: z.url({ error: 'must be a URL' }).max(2000).optional(),
});

export const MAX_INGEST_ARTICLES = 500;

export const ingestBody = z.strictObject({
  articles: z.array(articleInput)
    .min(1, { error: 'must hold at least one article' })
    .max(MAX_INGEST_ARTICLES, { error: `must hold at most ${MAX_INGEST_ARTICLES} articles per request` }),
});

// ---- responses ------------------------------------------------------------------------------------------------

export const errorResponse = z.object({
  error: z.string().meta({ example: 'Bad Request' }),
  message: z.string().meta({ example: 'from: must be a date written YYYY-MM-DD' }),
});

export const actorRefSchema = z.object({
  text: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  org: z.string().optional(),
  sector: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

export const codedEventSchema = z.object({
  id: z.string(),
  docId: z.string(),
  date: z.string(),
  sentenceIndex: z.number().int(),
  text: z.string().describe('the sentence'),
  event: z.string(),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string(),
  goldstein: z.number(),
  ploverScore: z.number(),
  quadClass: z.number().int().min(1).max(4),
  actor: z.array(actorRefSchema),
  recipient: z.array(actorRefSchema),
  eventText: z.string(),
  eventSpan: z.tuple([z.number().int(), z.number().int()]).describe('offsets of the event words in the sentence'),
  pattern: z.string(),
  confidence: z.number(),
  location: z.object({
    name: z.string(), countryCode: z.string(), lat: z.number(), lon: z.number(), kind: z.enum(['city', 'country']),
  }).nullable().optional().describe('where the event happened, when its clause names a place'),
});

export const storedEventSchema = codedEventSchema.extend({
  clusterId: z.string(),
  mentions: z.number().int(),
  sources: z.number().int(),
  articles: z.number().int(),
  articleSource: z.string().nullable(),
  articleUrl: z.string().nullable(),
  counted: z.boolean().describe('false for events of near-duplicate articles: kept as evidence, counted once with the original'),
  ingestedAt: z.string(),
});

/** Where an event's sentence starts in its article (or posted) text; null when it could not be found. */
const sentenceStart = z.number().int().nullable().describe('offset of the sentence in the article text');

export const healthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  readOnly: z.boolean().describe('true when no DETENTE_TOKEN is configured: ingest is refused'),
  articles: z.number().int(),
  events: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

const interval90 = z.tuple([z.number(), z.number()]).nullable().describe('90 % interval [low, high]; null without events');

const directionFigures = z.object({
  events: z.number().int().describe('merged events, each counted once'),
  reports: z.number().int().describe('reports of those events (sum of their mentions)'),
  quad: z.tuple([z.number(), z.number(), z.number(), z.number()])
    .describe('verbal cooperation, material cooperation, verbal conflict, material conflict: events, or reports when weighted'),
  goldsteinTotal: z.number().describe('sum of Goldstein scores: grows with coverage, not ranked'),
  goldsteinMean: z.number().nullable().describe('Goldstein score per event (per report when weighted), −10 … +10'),
  goldsteinInterval: interval90,
  ploverTotal: z.number(),
  ploverMean: z.number().nullable(),
  ploverInterval: interval90,
  balance: z.number().nullable().describe('(cooperation − conflict) / (cooperation + conflict), −1 … +1: what periods are ranked by'),
  balanceInterval: interval90.describe('90 % Wilson interval of the cooperation share over merged events, mapped to −1 … +1'),
});

const actorLabel = z.object({ code: z.string(), name: z.string() });

const verdictSchema = z.object({
  period: z.string(),
  standing: z.enum(['lowest', 'highest', 'below', 'above', 'typical', 'thin', 'short-history'])
    .describe('lowest/highest: at the edge of the history (≤ 10th or ≥ 90th percentile, interval clear of the median); '
      + 'below/above: interval clear of the median; typical: interval holds the median; thin and short-history: not compared'),
  score: z.number().describe('the balance of both directions'),
  interval: z.tuple([z.number(), z.number()]),
  goldsteinMean: z.number(),
  goldsteinInterval: z.tuple([z.number(), z.number()]),
  events: z.number().int(),
  reports: z.number().int(),
  cooperation: z.number(),
  conflict: z.number(),
  percentile: z.number().nullable(),
  median: z.number().nullable(),
  historyPeriods: z.number().int(),
  firstPeriod: z.string().nullable(),
  since: z.string().nullable().describe('for lowest/highest: the latest earlier period as low (high); null: on record'),
  text: z.string(),
});

export const relationsResponse = z.object({
  a: actorLabel,
  b: actorLabel,
  from: z.string().nullable(),
  to: z.string().nullable(),
  interval: intervalSchema,
  weighted: z.boolean(),
  periods: z.array(z.object({
    period: z.string(),
    start: z.string(),
    thin: z.boolean().describe('fewer than thinBelow events: shown, not ranked'),
    aToB: directionFigures,
    bToA: directionFigures,
    both: directionFigures,
    percentile: z.number().nullable().describe("the period's balance (both directions) as a percentile of the pair's ranked periods; null when thin"),
  })).describe('periods of the window that have events, oldest first (periods without events are left out)'),
  historyPeriods: z.number().int().describe('ranked (not thin) periods in the pair history up to the window end'),
  historyMedian: z.number().nullable().describe('median balance of those periods'),
  thinBelow: z.number().int().describe('periods with fewer events than this are thin'),
  verdict: verdictSchema.extend({
    latestRanked: verdictSchema.extend({ latestRanked: z.null() }).nullable()
      .describe('when the latest period is thin: the verdict on the latest ranked period before it'),
  }).nullable().describe('where the latest period stands in the pair history, as `detente relations` prints it'),
});

export const eventsResponse = z.object({
  total: z.number().int(),
  /** False when more events match than were counted (total is then the cap, LISTING_COUNT_CAP). */
  totalExact: z.boolean(),
  limit: z.number().int(),
  offset: z.number().int(),
  events: z.array(storedEventSchema),
});

export const eventsPageResponse = eventsResponse.extend({
  nextCursor: z.string().nullable()
    .describe('pass as `cursor` for the next page (null when this page is not full: nothing follows it)'),
});

export const articleResponse = z.object({
  article: z.object({
    id: z.string(),
    date: z.string(),
    title: z.string().optional(),
    text: z.string(),
    source: z.string().optional().nullable(),
    url: z.string().optional().nullable(),
    duplicateOf: z.string().nullable().describe('the earlier article this one nearly duplicates'),
    similarity: z.number().nullable().describe('word-shingle similarity with duplicateOf'),
    sentences: z.number().int(),
    ingestedAt: z.string(),
  }),
  events: z.array(storedEventSchema.extend({ sentenceStart })),
});

const dyadRank = z.object({
  a: z.string(),
  b: z.string(),
  aName: z.string(),
  bName: z.string(),
  events: z.number().int(),
  quad: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  goldsteinMean: z.number().describe('Goldstein score per event: breaks ties of the balance'),
  goldsteinTotal: z.number(),
  ploverMean: z.number(),
  ploverTotal: z.number(),
  balance: z.number().describe('(cooperation − conflict) / events, −1 … +1: what pairs are ranked by'),
  conflictEvents: z.number().int(),
  cooperationEvents: z.number().int(),
});

export const dyadsResponse = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  minEvents: z.number().int(),
  pairs: z.number().int().describe('pairs with events in the window'),
  rankedPairs: z.number().int().describe('pairs with at least minEvents events: the ones ranked'),
  conflict: z.array(dyadRank).describe('lowest balance first (pairs with more conflict than cooperation)'),
  cooperation: z.array(dyadRank).describe('highest balance first (pairs with more cooperation than conflict)'),
});

export const mapResponse = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  countries: z.array(z.object({
    code: z.string(),
    numeric: z.string().describe('ISO 3166-1 numeric code: the id of the country in world-atlas'),
    name: z.string(),
    events: z.number().int(),
    goldsteinMean: z.number(),
  })).describe('countries that took part in events (as actor or recipient) in the window'),
  locations: z.array(z.object({
    name: z.string(),
    lat: z.number(),
    lon: z.number(),
    events: z.number().int(),
    goldsteinMean: z.number(),
  })).describe('places where events happened, when the events carry a location'),
  locatedEvents: z.number().int(),
  scannedEvents: z.number().int(),
});

export const actorsResponse = z.object({
  actors: z.array(z.object({
    code: z.string().describe('the code to query events and relations with'),
    name: z.string(),
    kind: z.enum(['country', 'organization', 'person']),
    detail: z.string().describe('what the code stands for: the role of a person, the type of an organisation'),
    matched: z.string().describe('the name or code the query matched'),
  })),
});

export const codeResponse = z.object({
  events: z.array(codedEventSchema.extend({ sentenceStart })),
  millis: z.number().describe('time spent coding'),
});

export const ingestResponse = z.object({
  stored: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.enum(['same-id', 'same-url', 'same-text']), existing: z.string() })),
  nearDuplicates: z.number().int(),
  duplicateLinks: z.array(z.object({ id: z.string(), duplicateOf: z.string(), similarity: z.number() })),
  events: z.number().int(),
  sentences: z.number().int(),
  failed: z.array(z.object({ id: z.string(), error: z.string() })).describe('articles the coder failed on: not stored (the others are)'),
});
