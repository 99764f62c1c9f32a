// `detente eval GOLD`: codes a labelled file and prints accuracy with the reference scorers' definitions.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EventCoder } from '../events/coder.js';
import { scoreGold, scoreNews, type GoldRecord, type NewsRecord } from '../eval/score.js';
import type { CodedEvent } from '../model.js';

const f = (x: number) => x.toFixed(3);

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('code a labelled file (PLOVER gold JSON array, or news JSONL with quad labels) and print accuracy')
    .argument('<gold>', 'gold file, e.g. ../shared/eval/plover-gsr-dev.json or ../shared/eval/news-dev.jsonl')
    .option('--show-misses', 'list every record the coder got wrong')
    .option('--json', 'print the figures as JSON')
    .action((path: string, opts: { showMisses?: boolean; json?: boolean }) => {
      if (!existsSync(path)) throw new Error(`${path}: no such file (the development sets are in ../shared/eval in the project's layout)`);
      const raw = readFileSync(path, 'utf8');
      const coder = EventCoder.load();
      const started = process.hrtime.bigint();
      if (raw.trimStart().startsWith('[')) {
        let all: GoldRecord[];
        try { all = JSON.parse(raw) as GoldRecord[]; } catch (e) { throw new Error(`${path}: not a valid JSON array: ${(e as Error).message}`); }
        const gold = all.filter((r) => typeof r.text === 'string' && r.text);
        const events = codeAll(coder, gold.map((g) => ({ id: String(g.id), text: g.text, date: g.date })));
        const s = scoreGold(gold, events);
        const secs = Number(process.hrtime.bigint() - started) / 1e9;
        if (opts.json) { console.log(JSON.stringify({ file: path, ...s, misses: undefined, seconds: secs })); return; }
        console.log(`${path}: ${s.n} gold records, ${s.predicted} events (${(gold.length / secs).toFixed(0)} sentences/s)`);
        console.log('category        n   category-recall   triple-recall');
        for (const c of s.perCategory) console.log(`${c.category.padEnd(12)} ${String(c.n).padStart(4)}   ${f(c.categoryRecall).padStart(15)}   ${f(c.tripleRecall).padStart(13)}`);
        if (opts.showMisses) {
          console.log('\nmisses (no event with the right category, actor and recipient):');
          for (const m of s.misses) console.log(`- ${m.id} want ${m.want} ${m.gold} | got ${m.got}\n    ${m.text}`);
        }
        console.log(`\nevent precision ${f(s.eventPrecision)}  triple precision ${f(s.triplePrecision)}  triple recall ${f(s.tripleRecall)}`);
        console.log(`category_recall=${f(s.categoryRecall)} triple_f1=${f(s.tripleF1)}`);
      } else {
        // A bad line is reported with its number and left out; the figures are over the records that could be read.
        const gold: NewsRecord[] = [];
        raw.split('\n').forEach((l, i) => {
          if (!l.trim()) return;
          try { gold.push(JSON.parse(l) as NewsRecord); } catch (e) { process.stderr.write(`${path}:${i + 1}: not valid JSON: ${(e as Error).message}\n`); process.exitCode = 2; }
        });
        const events = codeAll(coder, gold);
        const s = scoreNews(gold, events);
        const secs = Number(process.hrtime.bigint() - started) / 1e9;
        if (opts.json) { console.log(JSON.stringify({ file: path, ...s, quadMisses: undefined, dyadMisses: undefined, seconds: secs })); return; }
        if (opts.showMisses) console.log(`# quad misses\n${s.quadMisses.join('\n')}\n# dyad misses\n${s.dyadMisses.join('\n')}`);
        console.log(`${path}: ${s.sentences} sentences (${(gold.length / secs).toFixed(0)} sentences/s); labelled 1-4 ${s.labelled}, with spans ${s.withSpans}`);
        console.log(`per quad label: ${s.perQuad.map((q) => `${q.quad}: ${f(q.recall)} of ${q.n}`).join(', ')}`);
        console.log(`quad_recall=${f(s.quadRecall)} quad_precision=${f(s.quadPrecision)}  dyad_recall=${f(s.dyadRecall)} dyad_precision=${f(s.dyadPrecision)} dyad_reversed=${s.dyadReversed}`);
        console.log(`quad_f1=${f(s.quadF1)} dyad_f1=${f(s.dyadF1)}`);
      }
    });
}

/** Codes records as one-sentence articles; the coder sees only the text (ids name nothing it may read). */
function codeAll(coder: EventCoder, records: Array<{ id: string; text: string; date?: string }>): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const r of records) out.push(...coder.codeArticle({ id: r.id, date: r.date ?? '2000-01-01', text: r.text }));
  return out;
}
