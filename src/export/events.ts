// Events as CSV rows (flat, one actor and recipient code per column) and JSON Lines (the whole stored event).
import type { ActorRef } from '../model.js';
import type { StoredEvent } from '../store/store.js';
import { firstActorKey } from '../store/codes.js';

export const EVENT_CSV_COLUMNS = [
  'id', 'date', 'doc_id', 'sentence_index', 'actor_code', 'actor', 'recipient_code', 'recipient', 'event', 'mode', 'cameo',
  'quad_class', 'goldstein', 'plover_score', 'confidence', 'counted', 'cluster_id', 'mentions', 'sources', 'articles',
  'source', 'url', 'location', 'location_country', 'lat', 'lon', 'event_text', 'sentence', 'pattern',
] as const;

const names = (list: ActorRef[]) => list.map((a) => a.name).join(' + ');

export function eventCsvValues(e: StoredEvent): unknown[] {
  return [
    e.id, e.date, e.docId, e.sentenceIndex, firstActorKey(e.actor), names(e.actor), firstActorKey(e.recipient), names(e.recipient),
    e.event, e.mode, e.cameo, e.quadClass, e.goldstein, e.ploverScore, e.confidence, e.counted ? 1 : 0, e.clusterId, e.mentions,
    e.sources, e.articles, e.articleSource, e.articleUrl, e.location?.name, e.location?.countryCode, e.location?.lat, e.location?.lon,
    e.eventText, e.text, e.pattern,
  ];
}

export const eventJsonLine = (e: StoredEvent): string => JSON.stringify(e) + '\n';
