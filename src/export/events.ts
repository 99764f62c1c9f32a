// Events as flat rows (CSV and Parquet share one column table) and as JSON Lines (the whole stored event).
// docs/export.md describes every column; keep it in step with EVENT_COLUMNS.
import type { ActorRef } from '../model.js';
import type { StoredEvent } from '../store/store.js';
import { actorKey, firstActorKey } from '../store/codes.js';
import { cameoRoot } from '../ontology/cameo.js';

/** Column types: what Parquet stores and what CSV readers should read (STRING columns stay text: "042"). */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
export type CellValue = string | number | boolean | null;

export interface EventColumn {
  name: string;
  type: ColumnType;
  value: (e: StoredEvent) => CellValue;
}

/** Separates the items of list columns (one item per actor, in the event's order). */
export const LIST_SEPARATOR = ';';

/** The date the event happened, when the coder found one in the sentence (events stored before it was coded
 *  have none). */
const eventDateOf = (e: StoredEvent): string | null => e.eventDate ?? null;

/** One item per actor, joined: positions line up across the codes, names, sectors... columns of one side. A
 *  separator inside an item (only possible in free text) becomes a comma so that the positions stay right. */
const list = (refs: ActorRef[], item: (a: ActorRef) => string | null | undefined): string =>
  refs.map((a) => (item(a) ?? '').replaceAll(LIST_SEPARATOR, ',')).join(LIST_SEPARATOR);

const span = (a: ActorRef) => (a.start < 0 ? '' : `${a.start}-${a.end}`);

function sideColumns(side: 'actor' | 'recipient'): EventColumn[] {
  const refs = (e: StoredEvent) => e[side];
  return [
    { name: `${side}_key`, type: 'STRING', value: (e) => firstActorKey(refs(e)) },
    { name: `${side}_keys`, type: 'STRING', value: (e) => list(refs(e), actorKey) },
    { name: `${side}_codes`, type: 'STRING', value: (e) => list(refs(e), (a) => a.code) },
    { name: `${side}_orgs`, type: 'STRING', value: (e) => list(refs(e), (a) => a.org) },
    { name: `${side}_names`, type: 'STRING', value: (e) => list(refs(e), (a) => a.name) },
    { name: `${side}_sectors`, type: 'STRING', value: (e) => list(refs(e), (a) => a.sector) },
    { name: `${side}_texts`, type: 'STRING', value: (e) => list(refs(e), (a) => a.text) },
    { name: `${side}_spans`, type: 'STRING', value: (e) => list(refs(e), span) },
  ];
}

export const EVENT_COLUMNS: readonly EventColumn[] = [
  { name: 'id', type: 'STRING', value: (e) => e.id },
  { name: 'date', type: 'DATE', value: (e) => e.date },
  { name: 'event_date', type: 'DATE', value: eventDateOf },
  { name: 'doc_id', type: 'STRING', value: (e) => e.docId },
  { name: 'sentence_index', type: 'INT32', value: (e) => e.sentenceIndex },
  ...sideColumns('actor'),
  ...sideColumns('recipient'),
  { name: 'event', type: 'STRING', value: (e) => e.event || null },
  { name: 'mode', type: 'STRING', value: (e) => e.mode },
  { name: 'context', type: 'STRING', value: (e) => e.context.join(LIST_SEPARATOR) || null },
  { name: 'cameo', type: 'STRING', value: (e) => e.cameo },
  { name: 'cameo_root', type: 'STRING', value: (e) => cameoRoot(e.cameo) },
  { name: 'quad_class', type: 'INT32', value: (e) => e.quadClass },
  { name: 'goldstein', type: 'DOUBLE', value: (e) => e.goldstein },
  { name: 'plover_score', type: 'DOUBLE', value: (e) => e.ploverScore },
  { name: 'confidence', type: 'DOUBLE', value: (e) => e.confidence },
  { name: 'counted', type: 'BOOLEAN', value: (e) => e.counted },
  { name: 'cluster_id', type: 'STRING', value: (e) => e.clusterId },
  { name: 'mentions', type: 'INT32', value: (e) => e.mentions },
  { name: 'sources', type: 'INT32', value: (e) => e.sources },
  { name: 'articles', type: 'INT32', value: (e) => e.articles },
  { name: 'source', type: 'STRING', value: (e) => e.articleSource },
  { name: 'url', type: 'STRING', value: (e) => e.articleUrl },
  { name: 'location', type: 'STRING', value: (e) => e.location?.name ?? null },
  { name: 'location_country', type: 'STRING', value: (e) => e.location?.countryCode ?? null },
  { name: 'location_kind', type: 'STRING', value: (e) => e.location?.kind ?? null },
  { name: 'lat', type: 'DOUBLE', value: (e) => e.location?.lat ?? null },
  { name: 'lon', type: 'DOUBLE', value: (e) => e.location?.lon ?? null },
  { name: 'event_text', type: 'STRING', value: (e) => e.eventText },
  { name: 'event_start', type: 'INT32', value: (e) => e.eventSpan[0] },
  { name: 'event_end', type: 'INT32', value: (e) => e.eventSpan[1] },
  { name: 'sentence', type: 'STRING', value: (e) => e.text },
  { name: 'pattern', type: 'STRING', value: (e) => e.pattern },
];

export const EVENT_COLUMN_NAMES: readonly string[] = EVENT_COLUMNS.map((c) => c.name);

export const eventValues = (e: StoredEvent): CellValue[] => EVENT_COLUMNS.map((c) => c.value(e));

/** The whole stored event (actor lists, spans, location as objects) plus the derived CAMEO root and event date. */
export const eventJsonLine = (e: StoredEvent): string =>
  JSON.stringify({ ...e, cameoRoot: cameoRoot(e.cameo), eventDate: eventDateOf(e) }) + '\n';
