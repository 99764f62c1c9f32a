// `detente recode`: code the stored articles again (after dictionaries or patterns change), replacing their
// events, then rebuild the clusters and the relations index. Each batch is one transaction.
import type { Command } from 'commander';
import type { CodedEvent } from '../model.js';
import { CodingThread } from '../ingest/coding.js';
import { DEFAULT_BATCH_SIZE } from '../ingest/pipeline.js';
import { ProgressBar } from './progress.js';
import { wholeNumber } from './options.js';
import { DB_OPTION, openExistingStore } from './store-options.js';

interface RecodeCliOptions {
  db: string;
  batchSize?: string;
  statements?: boolean;
}

export function registerRecode(program: Command): void {
  program
    .command('recode')
    .description('re-code every stored article, replacing its events, and rebuild event clusters and the relations index')
    .option(...DB_OPTION)
    .option('--batch-size <n>', `articles per transaction (default ${DEFAULT_BATCH_SIZE})`)
    .option('--statements', 'also code CAMEO 01 statements (PLOVER leaves them out)')
    .action(async (opts: RecodeCliOptions) => {
      const batchSize = wholeNumber('--batch-size', opts.batchSize, DEFAULT_BATCH_SIZE) || DEFAULT_BATCH_SIZE;
      const store = openExistingStore(opts.db);
      const coder = new CodingThread({ includeStatements: !!opts.statements });
      try {
        const before = store.stats();
        const bar = new ProgressBar('recode', before.articles);
        const started = performance.now();
        let articles = 0, sentences = 0, events = 0;
        // Batch k is written while batch k+1 is coded; each write is one transaction.
        let ready: Array<{ articleId: string; events: CodedEvent[]; sentences: number }> | null = null;
        const write = () => {
          if (!ready) return;
          store.replaceEvents(ready);
          articles += ready.length;
          for (const b of ready) { sentences += b.sentences; events += b.events.length; }
          bar.update(articles, { articles, sentences, events, seconds: (performance.now() - started) / 1000 });
          ready = null;
        };
        for (let offset = 0; ; offset += batchSize) {
          const page = store.articles({ limit: batchSize, offset });
          if (!page.length) break;
          const coding = coder.code(page);
          write();
          const { coded } = await coding;
          ready = page.map((article, i) => ({ articleId: article.id, ...coded[i]! }));
        }
        write();
        bar.stop();
        // Replacing article by article leaves clusters in storing order; rebuilding puts them in date order again.
        store.recluster();
        const after = store.stats();
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`recoded ${articles} articles (${sentences} sentences) in ${seconds.toFixed(1)} s: `
          + `events ${before.events} → ${after.events}, merged events ${before.clusters} → ${after.clusters}\n`);
      } finally {
        await coder.close();
        store.close();
      }
    });
}
