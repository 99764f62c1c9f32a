// Events carry their sentence and offsets into it; to highlight events in place in a whole text, the dashboard
// needs where each sentence starts in that text. The coder's sentences are exact slices of the article text, in
// order, so a forward search from the previous sentence finds each one (and repeated sentences resolve in order).

/** Adds `sentenceStart` (offset of the event's sentence in `text`, or null when not found) to each event. */
export function withSentenceStarts<E extends { sentenceIndex: number; text: string }>(text: string, events: E[]): Array<E & { sentenceStart: number | null }> {
  const bySentence = new Map<number, string>();
  for (const e of events) if (!bySentence.has(e.sentenceIndex)) bySentence.set(e.sentenceIndex, e.text);
  const starts = new Map<number, number | null>();
  let cursor = 0;
  for (const index of [...bySentence.keys()].sort((x, y) => x - y)) {
    const sentence = bySentence.get(index)!;
    let at = text.indexOf(sentence, cursor);
    // Out of order (or the text changed since it was coded): look from the start before giving up.
    if (at < 0) at = text.indexOf(sentence);
    starts.set(index, at < 0 ? null : at);
    if (at >= 0) cursor = at + sentence.length;
  }
  return events.map((e) => ({ ...e, sentenceStart: starts.get(e.sentenceIndex) ?? null }));
}
