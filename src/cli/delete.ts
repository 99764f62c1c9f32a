// `detente delete ID...`: remove articles and their events from the store (clusters, relations and near-duplicate
// links follow). Ids come as arguments, or one per line from a file or stdin (`--ids FILE`, `-` for stdin).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DB_OPTION, openExistingStore } from './store-options.js';

interface DeleteCliOptions {
  db: string;
  ids?: string;
}

/** Ids one per line; blank lines and lines starting with # are ignored. */
export function idsOfText(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function registerDelete(program: Command): void {
  program
    .command('delete')
    .description('remove stored articles and their events by article id (indices, clusters and duplicate links follow)')
    .argument('[ids...]', 'article ids')
    .option(...DB_OPTION)
    .option('--ids <file>', 'read article ids from a file, one per line (- for stdin)')
    .action((args: string[], opts: DeleteCliOptions) => {
      const ids = [...args];
      if (opts.ids !== undefined) ids.push(...idsOfText(readFileSync(opts.ids === '-' ? 0 : opts.ids, 'utf8')));
      if (!ids.length) throw new Error('delete: give article ids as arguments or with --ids FILE');
      const store = openExistingStore(opts.db);
      try {
        const r = store.deleteArticles(ids);
        process.stdout.write(`deleted ${r.deleted.length} article${r.deleted.length === 1 ? '' : 's'} and ${r.events} event${r.events === 1 ? '' : 's'}\n`);
        if (r.missing.length) {
          process.stderr.write(`not stored (nothing deleted): ${r.missing.join(', ')}\n`);
          process.exitCode = 2;
        }
      } finally {
        store.close();
      }
    });
}
