// The dating stage: the day each event happened, read from its sentence after the coder has coded. A module of its
// own, light to load (chrono and the article's dateline, none of the coder's dictionaries), so that a thread that
// does not code can date what a coder thread coded: `detente code` dates on its main thread, which has a core to
// spare, while the coder thread codes the next batch (docs/coder.md, "Twenty-second round").
import type { CodedEvent } from '../model.js';
import { eventDate } from '../text/dates.js';

/**
 * The day each event happened, when its sentence says (see eventDate), read once per sentence. A stage of its own,
 * run over an article's events after all its sentences are coded, and in ingestion over a whole batch's after the
 * batch is coded (codeBatch, or the thread the batch is coded for: CodingThread): chrono runs its few dozen parsers
 * back to back then, while their code and data are in the processor's caches (one sentence at a time, between the
 * coder's other stages, each call cost three to four times as much), and only for sentences whose events are shown.
 */
export function dateEvents(events: CodedEvent[], articleDate: string): void {
  let text: string | null = null;
  let day: string | null = null;
  for (const e of events) {
    if (e.text !== text) {
      text = e.text;
      day = eventDate(text, articleDate);
    }
    e.eventDate = day;
  }
}

/**
 * Dates the events of each coded article of a batch (dateEvents) with that article's date. An article whose dating
 * fails is reported by `failed` instead, and the others are dated all the same.
 */
export function dateArticles<C extends { events: CodedEvent[]; error?: string }>(coded: C[], dates: ReadonlyArray<string>, failed: (e: unknown) => C): void {
  for (let k = 0; k < coded.length; k++) {
    const c = coded[k]!;
    if (c.error) continue;
    try {
      dateEvents(c.events, dates[k]!);
    } catch (e) {
      coded[k] = failed(e);
    }
  }
}
