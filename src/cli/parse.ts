// `detente parse [FILE ...]`: dependency parses of text (CoNLL-U or an indented tree), or of already-tokenized
// CoNLL-U whose tokens and sentence boundaries are kept exactly, so that any standard scorer can evaluate the parser.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../text/nlp.js';
import { formatConllu, parseConllu } from '../text/parser/conllu.js';
import { conlluOfParse, formatTree, withParse } from '../text/parser/format.js';
import { loadBeamParser, loadParser } from '../text/parser/model-file.js';
import type { Parse } from '../text/parser/parser.js';
import type { SentenceParser } from '../text/parser/reverse.js';
import { choice, wholeNumber } from './options.js';

interface ParseOptions {
  format: 'conllu' | 'tree';
  inputFormat: 'text' | 'conllu';
  beam?: string;
  ensemble?: boolean;
}

/**
 * The parser and width the options ask for: `--beam 1` is the greedy parser the event coder uses; a wider beam uses
 * the parser trained with a beam (models/en-ewt-parser-beam.bin), whose weights are made for it. By default, or with
 * `--ensemble`, the reparsing ensemble of the greedy, beam, right-to-left and right-to-left beam parsers (ensemble.ts:
 * more accurate than the beam parser on EWT dev, test and PUD, and slower; docs/parser.md, "Sixth round" and "Seventh
 * round"), each member at its own width.
 */
export async function parserForOptions(beam: string | undefined, ensemble = false): Promise<{ parser: SentenceParser; width: number }> {
  if (ensemble && beam !== undefined) throw new Error('--ensemble and --beam: choose one (the ensemble\'s members parse at their own widths)');
  if (beam !== undefined) {
    const width = wholeNumber('--beam', beam, 1);
    if (width < 1) throw new Error(`--beam must be at least 1, got "${beam}"`);
    if (width === 1) return { parser: loadParser(), width };
    return { parser: loadBeamParser().parser, width };
  }
  // The ensemble module loads four parsers' weights: imported only when used.
  return { parser: (await import('../text/parser/ensemble.js')).loadEnsembleParser(), width: 1 };
}

/** Sentences longer than this are parsed in pieces: nothing real is this long, and parse cost grows with length. */
const MAX_WORDS = 300;
/** Text is handed to the sentence splitter in pieces of about this many characters, cut at whitespace. */
const CHUNK = 50_000;

function readInput(path: string): string {
  const buf = readFileSync(path === '-' ? 0 : path);
  return buf.toString('utf8');
}

/** Splits text into pieces of at most about `CHUNK` characters at line breaks or, failing that, at spaces. */
export function textChunks(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      const sp = text.lastIndexOf(' ', end);
      const cut = nl > at + CHUNK / 2 ? nl : sp > at ? sp : end;
      end = cut + (cut < end ? 1 : 0);
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('dependency parses (Universal Dependencies) of text or of tokenized CoNLL-U')
    .argument('[files...]', 'input files; stdin when none')
    .option('-f, --format <format>', 'conllu or tree', 'conllu')
    .option('--input-format <format>', 'text, or conllu (keeps its tokens and sentences; replaces its tags, heads and relations)', 'text')
    .option('--ensemble', 'the default: reparse the votes of the greedy, beam, right-to-left and right-to-left beam parsers (the most accurate, and the slowest: docs/parser.md, "Seventh round")')
    .option('--beam <width>', 'parse with one parser instead: 1 parses greedily, as the event coder does (fastest); more parses with the beam-trained model at that width')
    .action(async (files: string[], opts: ParseOptions) => {
      choice('--format', opts.format, ['conllu', 'tree'] as const);
      choice('--input-format', opts.inputFormat, ['text', 'conllu'] as const);
      const { parser, width } = await parserForOptions(opts.beam, opts.ensemble);
      const out: string[] = [];
      const flush = (force = false) => {
        if (force || out.length >= 512) {
          process.stdout.write(out.join(''));
          out.length = 0;
        }
      };
      let errors = 0;
      for (const path of files.length ? files : ['-']) {
        const name = path === '-' ? 'stdin' : path;
        let text: string;
        try {
          text = readInput(path);
        } catch (err) {
          process.stderr.write(`${name}: ${(err as Error).message}\n`);
          errors++;
          continue;
        }
        if (opts.inputFormat === 'conllu') {
          const { sentences, errors: bad } = parseConllu(text);
          for (const e of bad) process.stderr.write(`${name}:${e.line}: ${e.message}; sentence skipped\n`);
          errors += bad.length;
          for (const s of sentences) {
            const parse = parser.parse(s.words.map((w) => w.form), width);
            out.push(opts.format === 'tree' ? formatTree(parse) + '\n' : formatConllu(withParse(s, parse)));
            flush();
          }
          continue;
        }
        let index = 0;
        for (const chunk of textChunks(text)) {
          for (const sentence of analyze(chunk)) {
            // wink-nlp keeps line breaks as tokens; they are not words.
            const tokens = sentence.tokens.filter((t) => t.text.trim() !== '');
            for (let from = 0; from < tokens.length; from += MAX_WORDS) {
              const piece = tokens.slice(from, from + MAX_WORDS);
              const parse: Parse = parser.parse(piece.map((t) => t.text), width);
              index++;
              if (opts.format === 'tree') out.push(formatTree(parse) + '\n');
              else {
                const spaceAfter = piece.map((t, i) => i + 1 >= piece.length || piece[i + 1]!.start > t.end);
                const sentText = sentence.text.slice(piece[0]!.start, piece[piece.length - 1]!.end);
                out.push(formatConllu(conlluOfParse(parse, { id: String(index), text: sentText, lemmas: piece.map((t) => t.lemma), spaceAfter })));
              }
              flush();
            }
          }
        }
      }
      flush(true);
      if (errors) process.exitCode = 2;
    });
}
