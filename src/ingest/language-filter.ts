// Articles not in English are skipped before coding, with a reason: detente's dictionaries and patterns are
// English, and a French or Russian article would otherwise give nothing, silently.
import { detectLanguage } from '../text/language.js';
import type { ReadItem } from './readers.js';

export interface LanguageSkip { file: string; line: number; id: string; language: string; name: string }

/** The line `code` and `ingest` print on stderr for a skipped article. */
export const formatLanguageSkip = (s: LanguageSkip): string =>
  `${s.file}:${s.line}: skipped article ${s.id}: written in ${s.name} (${s.language}), not English`;

/** Passes read items through, holding back articles in another language (reported to `onSkip`). */
export async function* englishOnly(items: AsyncIterable<ReadItem>, onSkip: (s: LanguageSkip) => void): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if ('article' in item) {
      const v = await detectLanguage(item.article.text);
      if (!v.english) {
        onSkip({ file: item.file, line: item.line, id: item.article.id, language: v.language, name: v.name });
        continue;
      }
    }
    yield item;
  }
}
