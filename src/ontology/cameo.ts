// CAMEO codes, Goldstein values and the CAMEO → PLOVER mapping, read from dictionaries/ontology/.
import { join } from 'node:path';
import { DICTIONARY_DIR, DictionaryError, readTsv } from '../dictionaries/tsv.js';
import { PLOVER_CATEGORIES, type PloverCategory, type QuadClass } from '../model.js';

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  /** null for the statements of CAMEO 01, which PLOVER drops. */
  plover: PloverCategory | null;
  mode: string | null;
  context: string[];
  quadClass: QuadClass;
  ploverScore: number | null;
}

/** Denying an accusation (CAMEO 016): a statement PLOVER drops, which detente codes as REJECT towards the accuser. */
export const DENIAL = '016';

/** Quad class of a CAMEO code, by its root: 01–05 verbal cooperation, 06–08 material cooperation,
 *  09–13 and 16 verbal conflict, 14–15 and 17–20 material conflict. Reducing relations (16: sanctions, suspended
 *  aid, expulsions of diplomats) is verbal conflict, as in the PLOVER manual's quad table (SANCTION) and the
 *  Phoenix data sets. So are appeals (02), which detente codes as PLOVER REQUESTs, a verbal conflict in that table
 *  as demands are: "the United States urged Russia to withdraw its troops" is no cooperation. */
export function quadClassOf(code: string): QuadClass {
  // (A denial of an accusation, coded as REJECT towards the accuser, is verbal conflict.)
  if (code.startsWith(DENIAL)) return 3;
  const root = Number(code.slice(0, 2));
  if (root === 2) return 3;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

/** The root (two-digit family) of a CAMEO code: "042" → "04", "1823" → "18". */
export const cameoRoot = (code: string): string => code.slice(0, 2);

export class CameoTable {
  private readonly codes = new Map<string, CameoCode>();

  constructor(dir = join(DICTIONARY_DIR, 'ontology')) {
    const scores = new Map<string, number>();
    for (const r of readTsv(join(dir, 'plover-scores.tsv'), 3)) {
      const [cat, mode, score] = r.cols as [string, string, string];
      scores.set(`${cat}/${mode === '-' ? '' : mode}`, Number(score));
    }
    for (const r of readTsv(join(dir, 'cameo.tsv'), 6)) {
      const [code, gold, plover, mode, context, name] = r.cols as [string, string, string, string, string, string];
      if (!/^\d{2,4}$/.test(code)) throw new DictionaryError(r.file, r.line, `bad CAMEO code "${code}"`);
      const cat = plover === '-' ? null : (plover as PloverCategory);
      if (cat && !PLOVER_CATEGORIES.includes(cat)) throw new DictionaryError(r.file, r.line, `unknown PLOVER category "${plover}"`);
      const m = mode === '-' ? null : mode;
      const score = cat ? (scores.get(`${cat}/${m ?? ''}`) ?? scores.get(`${cat}/`) ?? null) : null;
      this.codes.set(code, {
        code, name, goldstein: Number(gold), plover: cat, mode: m,
        context: context === '-' ? [] : context.split(';').filter(Boolean),
        quadClass: quadClassOf(code), ploverScore: score,
      });
    }
  }

  /** The entry for a code; unknown sub-codes fall back to their parent (e.g. 1384 → 138). */
  get(code: string): CameoCode | undefined {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const hit = this.codes.get(c);
      if (hit) return c === code ? hit : { ...hit, code };
    }
    return undefined;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  all(): CameoCode[] {
    return [...this.codes.values()];
  }
}
