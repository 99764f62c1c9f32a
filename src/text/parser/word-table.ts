// Word → small number tables of the tagger (the tag dictionary, the word clusters) at run time: an open-addressing
// table in two typed arrays, so that the model file can hold it as it is used (loading makes no Map of 100,000
// entries) and a worker thread can read the loading thread's copy in shared memory.

/** What the tagger asks of a word table: a Map<number, number> (as training makes them) is one too. */
export interface WordLookup {
  get(word: number): number | undefined;
}

/**
 * The table's memory: slot i holds word `keys[i]` with value `values[i] - 1`; a value of 0 marks a free slot (so
 * that any 32-bit word hash, 0 included, can be a key). Power-of-two size, at most half full, linear probing.
 */
export interface WordTableData {
  keys: Int32Array;
  values: Uint16Array;
}

/** The largest value a table holds (values are stored + 1 in 16 bits). */
const MAX_VALUE = 0xfffe;

/** The table of `map` (its keys are word hashes, taken as 32-bit integers), filled in ascending key order so that
 *  the same map always gives the same bytes. */
export function wordTableData(map: ReadonlyMap<number, number>): WordTableData {
  let size = 2;
  while (size < 2 * map.size) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values = new Uint16Array(size);
  const entries = [...map].map(([k, v]) => [k | 0, v] as const).sort((a, b) => a[0] - b[0]);
  for (const [word, value] of entries) {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VALUE) throw new Error(`word table: value ${value} of word ${word} is not an integer in 0..${MAX_VALUE}`);
    let i = word & mask;
    while (values[i] !== 0) i = (i + 1) & mask;
    keys[i] = word;
    values[i] = value + 1;
  }
  return { keys, values };
}

export class WordTable implements WordLookup {
  private readonly keys: Int32Array;
  private readonly values: Uint16Array;
  private readonly mask: number;

  /** Over the table's memory (not copied). */
  constructor(data: WordTableData) {
    const size = data.keys.length;
    if (size === 0 || (size & (size - 1)) !== 0 || data.values.length !== size) {
      throw new Error(`word table: ${size} keys and ${data.values.length} values (want the same power of two)`);
    }
    this.keys = data.keys;
    this.values = data.values;
    this.mask = size - 1;
  }

  get(word: number): number | undefined {
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    const key = word | 0;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const v = values[i]!;
      if (v === 0) return undefined;
      if (keys[i] === key) return v - 1;
    }
  }
}
