/**
 * bucketBatches: mini-batches of similar lengths, to cut padding.
 */
import { ValueError, type Rng, rngFrom } from '@mnemo/tensor';
import { checkArray, checkBoolean, checkFunction, checkInteger, checkOptions, describe } from './options.js';
import { shuffle } from './shuffle.js';

/** Options of {@link bucketBatches}. */
export interface BucketBatchesOptions<T> {
  /** The length of an item, e.g. `(item) => item.ids.length`. */
  length: (item: T) => number;
  /** Seed of the randomness (or pass `rng`). */
  seed?: number;
  /** Generator to draw from (advanced, so successive epochs differ). */
  rng?: Rng;
  /** Items sorted together by length (default 50 × batchSize). Larger pools pad less but mix less. */
  poolSize?: number;
  /** Leave out batches smaller than `batchSize` (default false). */
  dropLast?: boolean;
}

/**
 * Yields mini-batches whose items have similar lengths, so padding each batch
 * to its longest item wastes few steps, while the order stays random.
 *
 * The "sortish" scheme: shuffle the items; cut them into pools of `poolSize`;
 * sort each pool by length (a stable sort, so equal lengths stay shuffled);
 * cut each pool into batches of `batchSize`; shuffle the order of all batches.
 * Each pool's last batch may be smaller than `batchSize` (left out with `dropLast`).
 *
 * @param items - the data set (not modified).
 * @param batchSize - a positive integer.
 * @param options.length - the length of an item, a non-negative number.
 * @param options.seed - or `rng`: the randomness (required).
 * @returns a generator of arrays.
 *
 * @example
 * ```ts
 * const encoded = sentences.map((s) => ({ ids: vocabulary.encode(s.text), label: s.label }));
 * for (const batch of bucketBatches(encoded, 32, { length: (item) => item.ids.length, seed: 1 })) {
 *   const { ids, lengths } = padSequences(batch.map((item) => item.ids));
 * }
 * ```
 */
export function bucketBatches<T>(items: readonly T[], batchSize: number, options: BucketBatchesOptions<T>): Generator<T[], void, undefined> {
  const op = 'bucketBatches(items, batchSize, options)';
  checkArray(op, 'items', items);
  checkInteger(op, 'batchSize', batchSize);
  if (options === undefined) throw new ValueError(`${op}: options { length, seed } are required`);
  checkOptions(op, options, ['length', 'seed', 'rng', 'poolSize', 'dropLast']);
  const lengthOf = checkFunction<(item: T) => number>(op, 'length', options.length);
  const poolSize = checkInteger(op, 'poolSize', options.poolSize ?? 50 * batchSize);
  const dropLast = checkBoolean(op, 'dropLast', options.dropLast ?? false);
  const rng = rngFrom(op, options);

  const order = shuffle(items, { rng });
  const lengths = order.map((item, index) => {
    const length = lengthOf(item);
    if (typeof length !== 'number' || !(length >= 0)) {
      throw new ValueError(`${op}: length(item) must be a non-negative number, got ${describe(length)} for the item at shuffled position ${index}`);
    }
    return length;
  });
  const groups: T[][] = [];
  for (let poolStart = 0; poolStart < order.length; poolStart += poolSize) {
    const pool: number[] = [];
    for (let index = poolStart; index < Math.min(poolStart + poolSize, order.length); index++) pool.push(index);
    pool.sort((a, b) => lengths[a] - lengths[b]);
    for (let start = 0; start < pool.length; start += batchSize) {
      const group = pool.slice(start, start + batchSize);
      if (dropLast && group.length < batchSize) continue;
      groups.push(group.map((index) => order[index]));
    }
  }
  return (function* () {
    yield* shuffle(groups, { rng });
  })();
}
