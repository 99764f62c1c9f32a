// `detente recode`: code the stored articles again (after dictionaries or patterns change), replacing their
// events, then rebuild the clusters and the relations index. Each batch is one transaction.
import type { Command } from 'commander';
import { SentenceCountingCoder } from '../ingest/coding.js';
import { DEFAULT_BATCH_SIZE } from '../ingest/pipeline.js';
import { ProgressBar } from './progress.js';
import { DB_OPTION, wholeNumber, openExistingStore } from './options.js';

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
    .option('--statements', 'also code CAMEO 01 statements and 02 appeals (PLOVER leaves them out)')
    .action((opts: RecodeCliOptions) => {
      const batchSize = wholeNumber('--batch-size', opts.batchSize, DEFAULT_BATCH_SIZE) || DEFAULT_BATCH_SIZE;
      const store = openExistingStore(opts.db);
      try {
        const before = store.stats();
        const coder = SentenceCountingCoder.loadCounting({ includeStatements: !!opts.statements });
        const bar = new ProgressBar('recode', before.articles);
        const started = performance.now();
        let articles = 0, sentences = 0, events = 0;
        for (let offset = 0; ; offset += batchSize) {
          const page = store.articles({ limit: batchSize, offset });
          if (!page.length) break;
          const batch = page.map((article) => ({ articleId: article.id, ...coder.codeWithSentences(article) }));
          store.replaceEvents(batch);
          articles += page.length;
          for (const b of batch) { sentences += b.sentences; events += b.events.length; }
          bar.update(articles, { articles, sentences, events, seconds: (performance.now() - started) / 1000 });
        }
        bar.stop();
        // Replacing article by article leaves clusters in storing order; rebuilding puts them in date order again.
        store.recluster();
        const after = store.stats();
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`recoded ${articles} articles (${sentences} sentences) in ${seconds.toFixed(1)} s: `
          + `events ${before.events} → ${after.events}, merged events ${before.clusters} → ${after.clusters}\n`);
      } finally {
        store.close();
      }
    });
}
