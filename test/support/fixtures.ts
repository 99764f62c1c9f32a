// Builders for tests: coded events written by hand (so store tests do not depend on the coder), temporary paths.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef, Article, CodedEvent, EventLocation, PloverCategory, QuadClass } from '../../src/model.js';

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `detente-${prefix}-`));

export const actorRef = (code: string, name = code, extra: Partial<ActorRef> = {}): ActorRef =>
  ({ text: name, name, code, sector: null, start: 0, end: name.length, ...extra });

export interface EventSpec {
  actor: string | ActorRef[];
  recipient: string | ActorRef[];
  cameo: string;
  goldstein: number;
  plover: number;
  quad: QuadClass;
  category?: PloverCategory;
  sentence?: number;
  text?: string;
  location?: EventLocation;
  eventDate?: string;
}

/** A coded event of an article, as the coder would return it. */
export function codedEvent(article: Pick<Article, 'id' | 'date'>, spec: EventSpec, index = 0): CodedEvent {
  const refs = (x: string | ActorRef[]) => (typeof x === 'string' ? [actorRef(x)] : x);
  const sentenceIndex = spec.sentence ?? 0;
  const text = spec.text ?? `Event ${spec.cameo} reported in ${article.id}.`;
  return {
    id: `${article.id}:${sentenceIndex}:${index}`, docId: article.id, date: article.date, eventDate: spec.eventDate ?? null, sentenceIndex, text,
    event: spec.category ?? (spec.quad >= 3 ? 'ACCUSE' : 'CONSULT'), mode: null, context: [], cameo: spec.cameo,
    goldstein: spec.goldstein, ploverScore: spec.plover, quadClass: spec.quad, actor: refs(spec.actor), recipient: refs(spec.recipient),
    eventText: 'reported', eventSpan: [0, 8], pattern: 'test', confidence: 0.9, location: spec.location ?? null,
  };
}

/** An article with its events, ready for Store.ingestBatch. */
export function stored(article: Article, specs: EventSpec[], sentences = 3) {
  return { article, events: specs.map((s, i) => codedEvent(article, s, i)), sentences };
}
