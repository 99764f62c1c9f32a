// Aligned plain-text tables for terminals.
import type { ActorRef, CodedEvent } from '../model.js';

/** Renders rows as columns padded to their widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export const actorLabel = (list: ActorRef[]): string =>
  list.map((a) => `${a.code ?? '?'}${a.org ? `/${a.org}` : ''}${a.sector ? ` ${a.sector}` : ''} (${a.text})`).join(' + ') || '-';

export function formatEventTable(events: CodedEvent[]): string {
  return formatTable(
    ['date', 'happened', 'doc:sent', 'actor', 'event', 'cameo', 'recipient', 'evidence'],
    events.map((e) => [e.date, e.eventDate ?? '', `${e.docId}:${e.sentenceIndex}`, actorLabel(e.actor), e.event, e.cameo, actorLabel(e.recipient), e.eventText]),
  );
}
